import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import type { Metric } from '../../data/types.js';
import type { ActiveBarController } from './active-bar.js';
import { cssomStyle } from '../../internal/cssom-style.js';
import { type BarMark, type ChartLayout, type RowLayout } from './layout.js';
import { capitalise, type Words } from '../../internal/i18n.js';
import type { ChartMessages } from './messages.js';
import type { Details } from './text.js';

export interface ChartProps {
  /** Undefined until the element knows its own width. */
  layout: ChartLayout | undefined;
  /** The accessible name of each row. */
  labels: readonly string[];
  /** The drawing's name: chart type, number of bars and scale. */
  name: string;
  /** What the details panel says about the active row. */
  details: Details | undefined;
  /** Index of the active row: the tab stop, and the one the details panel describes. */
  active: number;
  /** Whether the details panel is showing. */
  open: boolean;
  /** The keys work: false in a server render and its hydration (keysController()). */
  keys: boolean;
  /** The bars have grown in: the chart has been on screen. */
  grown: boolean;
  /** Per-instance prefix for ids. */
  uid: string;
  /** The chart's words in its locale. */
  words: ChartMessages;
  /** Keyboard, pointer and focus handlers. */
  bars: Pick<ActiveBarController, 'keydown' | 'point' | 'focus' | 'leave' | 'focusOut'>;
}

type PlotProps = Omit<ChartProps, 'layout'> & { layout: ChartLayout };

const patternIds = (uid: string) => ({ mark: `${uid}-hatch`, accent: `${uid}-hatch-accent` });

/** Diagonal hatching for the second metric of a pair, in the mark and in the accent colour. */
function renderPatterns(uid: string): SVGTemplateResult {
  const ids = patternIds(uid);
  const pattern = (id: string, accent: boolean) =>
    svg`<pattern id=${id} class=${accent ? 'hatch accent' : 'hatch'} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><path d="M0 0V6"></path></pattern>`;
  return svg`<defs>${pattern(ids.mark, false)}${pattern(ids.accent, true)}</defs>`;
}

function renderBar(bar: BarMark, row: RowLayout, uid: string): SVGTemplateResult | typeof nothing {
  if (!bar.amount) return nothing;
  const ids = patternIds(uid);
  const fill = bar.series === 0 ? nothing : `url(#${row.highlighted ? ids.accent : ids.mark})`;
  return svg`<rect class="bar s${bar.series}" part="bar" x=${bar.x} y=${bar.y} width=${bar.width} height=${bar.height} fill=${fill}></rect>`;
}

function renderValue(bar: BarMark): SVGTemplateResult {
  return svg`<text class=${bar.amount ? 'value' : 'value missing'} part="value" x=${bar.textX} y=${bar.textY} dominant-baseline="central">${bar.text}</text>`;
}

/** The active row's description: the details' source, and their versions when there are any. */
const describedBy = (p: PlotProps) =>
  `${p.uid}-details-source${p.details?.versions.length ? ` ${p.uid}-details-versions` : ''}`;

/**
 * One row is one focusable role="img" with the row's values as its name.
 * Why a roving tabindex over these, not aria-activedescendant on a wrapper:
 * screen readers announce a focused element's name reliably in both browse
 * and focus mode, while activedescendant on a non-composite role is read
 * inconsistently, and listbox/option semantics would promise selection the
 * chart does not have. Only the active row is in the tab order, so the chart
 * is one tab stop.
 */
function renderRow(p: PlotProps, row: RowLayout, i: number): SVGTemplateResult {
  const active = i === p.active;
  const [first = { text: row.label, y: row.y }, ...more] = row.labelLines;
  const firstBar = row.bars[0] ?? { y: row.y };
  const finalBar = row.bars.at(-1) ?? { y: row.y, height: row.height };
  return svg`<g
    class=${`row${active ? ' active' : ''}${row.highlighted ? ' highlighted' : ''}`}
    part="row"
    role="img"
    aria-label=${p.labels[i] ?? row.label}
    aria-describedby=${active ? describedBy(p) : nothing}
    tabindex=${p.keys ? (active ? 0 : -1) : nothing}
    data-index=${i}
  >
    <rect class="ring" x="1.5" y=${row.y - 3} width=${Math.max(0, p.layout.width - 3)} height=${row.height + 6} rx="4"></rect>
    <text class="label" part="label" x=${row.labelX} y=${first.y} text-anchor=${row.labelAnchor} dominant-baseline="central">${first.text}${more.map((line) => svg`<tspan x=${row.labelX} y=${line.y}>${line.text}</tspan>`)}</text>
    ${row.bars.map((bar) => renderBar(bar, row, p.uid))}
    ${row.bars.map(renderValue)}
    <line class="baseline" x1=${p.layout.x0} x2=${p.layout.x0} y1=${firstBar.y} y2=${finalBar.y + finalBar.height}></line>
  </g>`;
}

/**
 * The bars. Rows go by position, as the active row does: moving the focus
 * changes attributes, never the nodes, and a new order rewrites each row in
 * place, so the focused row stays the active one.
 */
function renderPlot(p: PlotProps): TemplateResult {
  const { layout } = p;
  return html`<svg
    class=${`plot drawing${p.grown ? ' grown' : ''}${p.open ? ' open' : ''}`}
    width=${layout.width}
    height=${layout.height}
    viewBox="0 0 ${layout.width} ${layout.height}"
    role="group"
    aria-label=${p.name}
    aria-describedby=${p.keys ? `${p.uid}-hint` : nothing}
  >
    ${renderPatterns(p.uid)} ${layout.rows.map((row, i) => renderRow(p, row, i))}
  </svg>`;
}

/** Which bar is which metric, for a pair: fill, hatch and name. */
export function renderLegend(
  metrics: readonly Metric[],
  uid: string,
  locale: string,
  quote: (text: string) => Words,
): TemplateResult | typeof nothing {
  if (metrics.length < 2) return nothing;
  const ids = patternIds(uid);
  return html`<ul class="legend" part="legend">
    ${metrics.map(
      (m, s) =>
        html`<li>
          <svg width="24" height="14" aria-hidden="true">
            <rect
              class="s${s}"
              x="1"
              y="1"
              width="22"
              height="12"
              fill=${s === 0 ? nothing : `url(#${ids.mark})`}
            ></rect>
          </svg>
          ${quote(capitalise(m.label, locale))}
        </li>`,
    )}
  </ul>`;
}

/**
 * The details of the active row, under it (or above it in the lower half, so
 * it stays inside the chart), shown on hover or tap, or on Enter or Space:
 * never on focus alone, where it would cover the bars being moved through.
 * Screen-reader users get the same text as the focused row's name and
 * description.
 */
function renderDetails(p: PlotProps): TemplateResult {
  const { layout } = p;
  const row = layout.rows.at(p.active);
  const below = !row || row.y + row.height / 2 < layout.height / 2;
  const offset = row ? (below ? row.y + row.height + 6 : layout.height - row.y + 6) : 0;
  const style = {
    [below ? 'top' : 'bottom']: `${offset}px`,
    'inset-inline-start': `${layout.placement === 'beside' ? layout.x0 : 0}px`,
  };
  return html`<div
    id=${`${p.uid}-details`}
    class="details"
    part="details"
    ?hidden=${!p.open || !p.details}
    ${cssomStyle(style)}
  >
    <p class="heading">${p.details?.heading}</p>
    ${p.details?.values.map((v) => html`<p>${v}</p>`)}
    <p id=${`${p.uid}-details-source`} class="meta">${p.details?.source}</p>
    ${
      p.details?.versions.length
        ? html`<div id=${`${p.uid}-details-versions`} class="meta">
            ${p.details.versions.map((v) => html`<p>${v}</p>`)}
          </div>`
        : nothing
    }
  </div>`;
}

/** The bars and the details panel, or an empty box until the width is known or when nothing has a figure. */
export function renderChart(p: ChartProps): TemplateResult {
  const { layout } = p;
  if (!layout) return html`<div class="chart" part="chart"></div>`;
  // Nothing to draw: the summary says no region has a figure, the table lists them all.
  if (layout.rows.length === 0) return html`<div class="chart empty" part="chart"></div>`;
  const plot = { ...p, layout };
  return html`<div
    class="chart"
    part="chart"
    @keydown=${p.bars.keydown}
    @pointerover=${p.bars.point}
    @pointerleave=${p.bars.leave}
    @focusin=${p.bars.focus}
    @focusout=${p.bars.focusOut}
  >
    ${
      // Hidden: read as the bars' description when one takes focus, not once more in the reading path.
      p.keys ? html`<p id=${`${p.uid}-hint`} hidden>${p.words.keys}</p>` : nothing
    }
    ${renderPlot(plot)} ${renderDetails(plot)}
  </div>`;
}
