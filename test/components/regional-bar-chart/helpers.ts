import { fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../../src/components/regional-bar-chart/regional-bar-chart.js';
import type { CwRegionalBarChart } from '../../../src/components/regional-bar-chart/regional-bar-chart.js';
import type { Dataset } from '../../../src/data/types.js';
import { fig, synthetic } from '../../fixtures/synthetic.js';

/**
 * Synthetic data with more regions, so sorting and folding have something to
 * do: killed A 7, B 5, D 3, E about 3, F 1, H 9 (with an at-least qualifier);
 * C and G report nothing for killed. Killed: 28 regional of 40 national.
 */
export function many(): Dataset {
  const data = synthetic();
  const region = (id: string, name: string, figures: Dataset['regions'][number]['figures']) => ({
    id,
    name,
    alternates: [],
    figures,
  });
  data.regions.push(
    region('region-d', 'Region D', {
      killed: [fig('d-killed', 3)],
      injured: [fig('d-injured', 4)],
    }),
    region('region-e', 'Region E', { killed: [fig('e-killed', 3, { qualifier: 'about' })] }),
    region('region-f', 'Region F', { killed: [fig('f-killed', 1)] }),
    region('region-g', 'Region G', {}),
    region('region-h', 'Region H', { killed: [fig('h-killed', 9, { qualifier: 'at-least' })] }),
  );
  data.national.killed = [fig('n-killed-many', 40)];
  return data;
}

/** A chart with everything on: a pair, a highlight, a fold, "not reported", a gap. */
export const everything = (theme: string) =>
  html`<cw-regional-bar-chart
    theme=${theme}
    metric="killed,injured"
    highlight="region-a"
    limit="3"
    .data=${many()}
  ></cw-regional-bar-chart>`;

/**
 * `n` synthetic regions, "Region 1" to "Region N", killed n down to 1 (so
 * Region 1 leads), injured 1 to n; the national figures are the sums.
 */
export function regions(n: number): Dataset {
  const data = synthetic();
  data.contradictions = [];
  data.events = [];
  data.regions = Array.from({ length: n }, (_, i) => ({
    id: `region-${String(i + 1)}`,
    name: `Region ${String(i + 1)}`,
    alternates: [],
    figures: {
      killed: [fig(`r${String(i + 1)}-killed`, n - i)],
      injured: [fig(`r${String(i + 1)}-injured`, i + 1)],
    },
  }));
  const sum = (n * (n + 1)) / 2;
  data.national = { killed: [fig('n-killed-sum', sum)], injured: [fig('n-injured-sum', sum)] };
  return data;
}

/**
 * Waits until the element shows bars, its empty state or an error:
 * updateComplete waits for the data (and the validator chunk the first
 * chart in a file loads), and the chart draws at once at its guessed width.
 */
export async function settled(el: CwRegionalBarChart): Promise<void> {
  await el.updateComplete;
}

/** Renders a template and returns the (first) chart in it once it has settled. */
export async function chart(template: TemplateResult | string): Promise<CwRegionalBarChart> {
  const el = await fixture<HTMLElement>(template);
  const found =
    el.localName === 'cw-regional-bar-chart'
      ? (el as CwRegionalBarChart)
      : el.querySelector('cw-regional-bar-chart')!;
  await settled(found);
  return found;
}

/** Named pieces of the rendered element. */
export function parts(el: CwRegionalBarChart) {
  const root = el.shadowRoot!;
  const text = (selector: string) => root.querySelector(selector)?.textContent.trim();
  const all = <T extends Element>(selector: string) => [...root.querySelectorAll<T>(selector)];
  return {
    root: root.querySelector<HTMLElement>('.cw-root')!,
    svg: () => root.querySelector<SVGSVGElement>('svg.plot'),
    rows: () => all<SVGGElement>('.row'),
    labels: () => all<SVGTextElement>('.row .label').map((t) => t.textContent.trim()),
    values: () => all<SVGTextElement>('.row .value').map((t) => t.textContent.trim()),
    bars: () => all<SVGRectElement>('.row .bar'),
    title: () => text('[part="title"]'),
    asOf: () => text('[part="as-of"]'),
    summary: () => text('[part="summary"]'),
    notReported: () => text('[part="not-reported"]'),
    undated: () => text('[part="undated"]'),
    discrepancies: () => text('[part="discrepancies"]'),
    reconciliation: () => text('[part="reconciliation"]'),
    details: () => root.querySelector<HTMLElement>('[part="details"]')!,
    toggle: () => root.querySelector<HTMLButtonElement>('[part="toggle"]')!,
    table: () => root.querySelector<HTMLElement>('[part="table"]')!,
    tableRows: () =>
      all<HTMLTableRowElement>('tbody tr').map((tr) =>
        [...tr.cells].map((c) => c.textContent.replace(/\s+/g, ' ').trim()),
      ),
    source: () => root.querySelector<HTMLElement>('[part="source"]'),
    error: () => text('[part="error"]'),
    legend: () => text('[part="legend"]'),
  };
}

/** "rgb(1, 2, 3)" -> WCAG relative luminance. */
function luminance(color: string): number {
  const [r, g, b] = (color.match(/[\d.]+/g) ?? ['0', '0', '0']).slice(0, 3).map((c) => {
    const v = Number(c) / 255;
    return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two computed colours. */
export function contrast(a: string, b: string): number {
  const [x, y] = [luminance(a), luminance(b)];
  return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
}

/** Every element in the shadow root that draws text of its own. */
export function textElements(el: CwRegionalBarChart): Element[] {
  return [...el.shadowRoot!.querySelectorAll('*')].filter((node) =>
    [...node.childNodes].some((c) => c.nodeType === Node.TEXT_NODE && c.textContent?.trim()),
  );
}

/** The chart between two buttons, so Tab can be counted. */
export function between() {
  return chart(
    html`<div>
      <button id="before">before</button>
      <cw-regional-bar-chart locale="en-GB" .data=${many()}></cw-regional-bar-chart>
      <button id="after">after</button>
    </div>`,
  );
}

export const focused = (el: CwRegionalBarChart) => el.shadowRoot!.activeElement;
export const focusedIndex = (el: CwRegionalBarChart) =>
  Number(focused(el)?.getAttribute('data-index'));
