import { html, nothing, type TemplateResult } from 'lit';

import type { Breakdown } from '../../data/query.js';
import type { Dataset, DateStamp, Figure, Metric } from '../../data/types.js';
import { formatStamp, qualifiedNumber } from '../../internal/format.js';
import { creditText, statusText } from '../../internal/source-text.js';
import { stampKey } from './distinct.js';
import { HIGHLIGHT_MARKER, type Arrangement } from './layout.js';
import { NOT_REPORTED, WORDS, capitalise } from './text.js';

/** One table row, every cell already in words. */
export interface TableRow {
  key: string;
  name: string;
  highlighted: boolean;
  /** One per metric: "about 20", or undefined for "not reported". */
  values: (string | undefined)[];
  source: string;
}

/** The chart's data as a table: every region, unfolded, in display order. */
export interface TableModel {
  caption: string;
  headings: string[];
  rows: TableRow[];
  /** The sum of the regional figures, per metric. */
  sums: string[];
  national: TableRow | undefined;
}

export interface TableInput {
  caption: string;
  data: Dataset;
  metrics: readonly Metric[];
  series: readonly Breakdown[];
  arrangement: Arrangement;
  highlight: ReadonlySet<string>;
  locale: string;
}

const unique = (items: readonly string[]) => [...new Set(items)];
const present = (figures: readonly (Figure | undefined)[]) =>
  figures.filter((f): f is Figure => f !== undefined);
/** Who reported a figure, and its status, each a sentence. */
const attribution = (f: Figure, data: Dataset) => [
  ...creditText(data, f).map((credit) => `${credit}.`),
  statusText(data, [f]),
];

/**
 * Every region, unfolded, as the rows of a real table: the chart's full data
 * for screen readers (always in the accessibility tree) and, once "Show
 * table" is pressed, for everyone. The source cell is the date, plus the
 * reporter and status when they differ between rows; when they are all the
 * same, the source line under the table says it once.
 */
export function tableModel(t: TableInput): TableModel {
  const { data, metrics, series, arrangement, locale } = t;
  const everyFigure = [
    ...arrangement.charted.flatMap((e) => present(e.figures)),
    ...present(series.map((b) => b.national)),
  ];
  const detailed = unique(everyFigure.map((f) => attribution(f, data).join('|'))).length > 1;
  // Thousands of rows share a handful of dates: each is written once.
  const dates = new Map<string, string>();
  const date = (stamp: DateStamp) => {
    const key = stampKey(stamp);
    let text = dates.get(key);
    if (text === undefined) dates.set(key, (text = capitalise(formatStamp(stamp, locale))));
    return text;
  };
  const row = (
    key: string,
    name: string,
    figures: readonly (Figure | undefined)[],
    highlighted: boolean,
  ): TableRow => {
    const shown = present(figures);
    const when = unique(shown.map((f) => date(f.asOf)));
    const parts = detailed
      ? [...when.map((w) => `${w}.`), ...unique(shown.flatMap((f) => attribution(f, data)))]
      : [];
    return {
      key,
      name,
      highlighted,
      values: figures.map((f) => f && qualifiedNumber(f.value, f.qualifier, locale)),
      source: detailed ? parts.join(' ') : when.join('; '),
    };
  };
  const none = metrics.map(() => undefined);
  const national = series.map((b) => b.national);
  return {
    caption: t.caption,
    headings: [
      WORDS.region,
      ...metrics.map((m) => capitalise(m.label)),
      detailed ? WORDS.dateSourceStatus : WORDS.date,
    ],
    rows: [
      ...arrangement.charted.map((e) =>
        row(e.region.id, e.region.name, e.figures, t.highlight.has(e.region.id)),
      ),
      ...arrangement.notReported.map((r) => row(r.id, r.name, none, t.highlight.has(r.id))),
    ],
    sums: series.map((b) => qualifiedNumber(b.sum, b.sumQualifier, locale)),
    national: national.some(Boolean) ? row('national', WORDS.national, national, false) : undefined,
  };
}

function renderRow(r: TableRow): TemplateResult {
  return html`<tr class=${r.highlighted ? 'highlighted' : ''}>
    <th scope="row">
      ${r.highlighted ? html`<span class="marker" aria-hidden="true">${HIGHLIGHT_MARKER}</span>` : nothing}${r.name}
    </th>
    ${r.values.map((v) => html`<td class=${v ? 'num' : 'num missing'}>${v ?? NOT_REPORTED}</td>`)}
    <td>${r.source}</td>
  </tr>`;
}

/**
 * The "Show table" button and the table, visually hidden until opened. Rows are not keyed: on a new
 * metric or order every row's text changes anyway, and rewriting text in
 * place costs a third less than moving 2,000 rows (no style recalculation).
 */
export function renderTable(
  model: TableModel,
  { id, open, toggle }: { id: string; open: boolean; toggle: () => void },
): TemplateResult {
  const [first, ...rest] = model.headings;
  return html`<button
      type="button"
      class="toggle"
      part="toggle"
      aria-expanded=${open ? 'true' : 'false'}
      aria-controls=${id}
      @click=${toggle}
    >
      ${open ? WORDS.hideTable : WORDS.showTable}
    </button>
    <div id=${id} part="table" class=${open ? 'table' : 'table visually-hidden'}>
      <table>
        <caption>
          ${model.caption}
        </caption>
        <thead>
          <tr>
            <th scope="col">${first}</th>
            ${rest.map((h, i) => html`<th scope="col" class=${i < rest.length - 1 ? 'num' : ''}>${h}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${model.rows.map(renderRow)}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">${WORDS.sum}</th>
            ${model.sums.map((s) => html`<td class="num">${s}</td>`)}
            <td></td>
          </tr>
          ${model.national ? renderRow(model.national) : nothing}
        </tfoot>
      </table>
    </div>`;
}
