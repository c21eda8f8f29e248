import { expect, waitUntil } from '@open-wc/testing';
import '../../src/elements.js';
import type { Dataset, TimelineEvent } from '../../src/data/types.js';
import { regionalBreakdown } from '../../src/data/query.js';
import { validate } from '../../src/data/validate.js';
import { arrange, layoutChart } from '../../src/components/regional-bar-chart/layout.js';
import { counterView } from '../../src/components/casualty-counter/view.js';
import { readOptions as readCounterOptions } from '../../src/components/casualty-counter/options.js';
import { chartView } from '../../src/components/regional-bar-chart/view.js';
import { readOptions as readChartOptions } from '../../src/components/regional-bar-chart/options.js';
import { viewBuilder } from '../../src/components/ceasefire-timeline/view.js';
import { recordUncaught } from '../fixtures/problems.js';
import { fig, synthetic } from '../fixtures/synthetic.js';

/**
 * Past about 120,000 arguments, a spread into Math.max or push overflows the
 * call stack: `npm test` runs the data, view and layout code (where such
 * spreads live) at 150,000 of each. With CW_SCALE_EVENTS and/or
 * CW_SCALE_REGIONS set (1000000 and 100000 for the README's timings), the
 * elements themselves run too: minutes on a busy machine, mostly spent by the
 * chart's table (a row per region, in the DOM for screen readers).
 */
const sizes = (await (await fetch('/__test/env')).json()) as {
  scaleEvents?: number;
  scaleRegions?: number;
};
const EVENTS = sizes.scaleEvents ?? 150_000;
const REGIONS = sizes.scaleRegions ?? 150_000;
const withElements = sizes.scaleEvents !== undefined || sizes.scaleRegions !== undefined;

const citation = { source: 'example-report', section: 'Section One' };
const asOf = { value: '2030-01-10', precision: 'day' } as const;

/**
 * Synthetic data with `events` more events (attacks, and violations all
 * linked to one ceasefire) and `regions` regions with one killed figure each.
 */
function large(events: number, regions: number): Dataset {
  const data = synthetic();
  // One citation and date object shared by all figures keeps the test's memory down.
  const figure = (id: string, value: number) => fig(id, value, { citation, asOf });
  data.regions = Array.from({ length: regions }, (_, i) => ({
    id: `r-${String(i)}`,
    name: `Region ${String(i)}`,
    alternates: [],
    figures: { killed: [figure(`r-${String(i)}-killed`, i % 1000)] },
  }));
  const added = Array.from({ length: events }, (_, i): TimelineEvent => ({
    id: `e-${String(i)}`,
    // One in ten an attack; the rest all break one ceasefire: the widest link drawn.
    kind: i % 10 ? 'violation' : 'attack',
    ...(i % 10 ? { violates: 'cf-1' } : {}),
    date: { value: `2030-01-${String((i % 28) + 1).padStart(2, '0')}`, precision: 'day' },
    title: `Attack ${String(i)}`,
    summary: 'Example Ministry reported an attack.',
    figures: {},
    reportedBy: ['example-ministry'],
    status: 'reported',
    citation,
  }));
  data.events = [...data.events.filter((e) => e.kind === 'ceasefire'), ...added];
  data.contradictions = [];
  return data;
}

const settled = (el: Element) =>
  waitUntil(
    () =>
      el.shadowRoot?.querySelector('[part="error"]') ??
      el.shadowRoot?.textContent.includes('Example Ministry'),
    `${el.localName} never settled`,
    { timeout: 240_000, interval: 200 },
  );

/** Milliseconds from setting `.data` to the element showing it. */
async function timeToShow(tag: string, data: Dataset, attrs: Record<string, string> = {}) {
  const el = document.createElement(tag) as HTMLElement & { data?: unknown };
  el.style.display = 'block';
  el.style.width = '800px';
  el.setAttribute('start', 'none');
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  document.body.append(el);
  const start = performance.now();
  el.data = data;
  await settled(el);
  const ms = performance.now() - start;
  const error = el.shadowRoot!.querySelector('[part="error"]')?.textContent;
  el.remove();
  return { ms, error };
}

describe(`scale: ${String(EVENTS)} events and ${String(REGIONS)} regions`, function () {
  this.timeout(600_000);
  const { uncaught, stop } = recordUncaught();
  let data: Dataset;
  before(() => {
    data = large(EVENTS, REGIONS);
  });
  after(() => {
    stop();
  });

  it('validate() accepts them', () => {
    const start = performance.now();
    expect(validate(data).ok).to.equal(true);
    console.log(`validate(): ${String(Math.round(performance.now() - start))} ms`);
  });

  it('the bar chart lays out a bar for every region (limit = all of them)', () => {
    const series = [regionalBreakdown(data, 'killed')];
    const options = {
      sort: 'value' as const,
      limit: REGIONS,
      highlight: new Set<string>(),
      locale: 'en',
    };
    const layout = layoutChart(arrange(series, options), {
      width: 800,
      fontSize: 14,
      locale: 'en',
    });
    expect(layout.rows).to.have.length(REGIONS);
  });

  it('the element views and the timeline layouts, wide and narrow, take them', () => {
    const state = { status: 'ready', data, origin: 'property' } as const;
    const chart = chartView(state, readChartOptions({ metric: 'killed' }), 'en');
    expect(chart.kind).to.equal('ready');
    const counter = counterView(
      readCounterOptions({ region: `Region ${String(REGIONS - 1)}` }),
      state,
      'en',
    );
    expect(counter.kind).to.equal('found');
    const build = viewBuilder();
    for (const width of [800, 320]) {
      const view = build({
        state,
        ...{ from: undefined, to: undefined, kinds: undefined, selected: undefined },
        ...{ label: undefined, openGroup: undefined, cursor: undefined, theme: 'auto' },
        showTotals: true,
        locale: 'en',
        width,
        fontSize: 16,
      });
      expect(view.status).to.equal('ready');
    }
  });

  const shows: [string, Record<string, string>][] = [
    ['cw-casualty-counter', { region: `Region ${String(REGIONS - 1)}` }],
    ['cw-regional-bar-chart', {}],
    ['cw-ceasefire-timeline', { 'show-totals': '' }],
  ];
  for (const [tag, attrs] of withElements ? shows : []) {
    it(`<${tag}> shows them without throwing`, async () => {
      const { ms, error } = await timeToShow(tag, data, attrs);
      console.log(`<${tag}>: ${String(Math.round(ms))} ms`);
      expect(error).to.equal(undefined);
      expect(uncaught).to.deep.equal([]);
    });
  }
});
