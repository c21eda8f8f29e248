import { html, nothing, type TemplateResult } from 'lit';
import { join } from 'lit/directives/join.js';

import type { Breakdown } from '../../data/query.js';
import type { Dataset, DateStamp, Figure, Metric } from '../../data/types.js';
import { formatStamp, qualifiedNumber } from '../../internal/format.js';
import { phraseList } from '../../internal/messages.js';
import { citedIn } from '../../internal/source-text.js';
import { attributionKey, stampKey } from './distinct.js';
import { HIGHLIGHT_MARKER, type Arrangement, type RegionEntry } from './layout.js';
import { capitalise, sentence, type Words } from '../../internal/i18n.js';
import { chartWords, type ChartMessages } from './messages.js';
import { creditLines, figuresOf, versionLines } from './text.js';

/** One table row, every cell already in words. */
export interface TableRow {
  key: string;
  name: string;
  highlighted: boolean;
  /** One per metric: "about 20", "25 (date not stated)", or undefined for "not reported". */
  values: (string | undefined)[];
  /** The date, the credit where rows differ, the other versions, why the default, notes. */
  source: Words[];
}

/** The chart's data as a table: every region, unfolded, in display order. */
export interface TableModel {
  /** The metrics' labels marked where they are not the reader's language (labelsIn()). */
  caption: Words;
  headings: Words[];
  rows: TableRow[];
  /** The sum of the regional figures, per metric. */
  sums: string[];
  national: TableRow | undefined;
  /** The chart's words in its locale, for the cells and the button. */
  words: ChartMessages;
}

export interface TableInput {
  caption: string;
  /** Marks the metrics' labels in the caption and headings (labelsIn()). */
  quote: (text: string) => Words;
  data: Dataset;
  metrics: readonly Metric[];
  series: readonly Breakdown[];
  arrangement: Arrangement;
  highlight: ReadonlySet<string>;
  locale: string;
}

/** Per metric, the version shown, or with as-of the one given without a date. */
type Shown = { figure?: Figure | undefined; undated?: Figure | undefined };

const unique = (items: readonly string[]) => [...new Set(items)];

/**
 * Every region, unfolded, as the rows of a real table: the chart's full data,
 * for everyone once "Show table" is pressed (the bars, each named with its
 * figure and date, are the reading path until then). The source cell is the date, plus the
 * reporter, status and place in the source when they differ between rows
 * (when they are all the same, the source line under the table says it
 * once), then every other version of the region's figures, why the default,
 * and the dataset's notes on figures that do not add up.
 */
export function tableModel(t: TableInput): TableModel {
  const { data, metrics, series, arrangement, locale } = t;
  const words = chartWords(locale);
  const national: Shown[] = series.map((b) => ({ figure: b.national, undated: b.nationalUndated }));
  const shownOf = (list: readonly Shown[]) => list.flatMap((v) => v.figure ?? v.undated ?? []);
  const everyFigure = [
    ...[...arrangement.charted, ...arrangement.undated].flatMap(figuresOf),
    ...shownOf(national),
  ];
  // Thousands of rows share a handful of dates and sources: each is written, and its
  // citation marked with the dataset's language, once.
  const credits = new Map<string, { text: string; words: Words }[]>();
  const credit = (f: Figure) => {
    const key = attributionKey(f);
    let lines = credits.get(key);
    if (lines === undefined) {
      // Without the heading: repeated down every row, a loaded one would label regions it is not about.
      lines = creditLines(data, f, locale, false).map((text) => ({
        text,
        words: citedIn(data, text, [f]),
      }));
      credits.set(key, lines);
    }
    return lines;
  };
  const detailed =
    unique(
      everyFigure.map((f) =>
        credit(f)
          .map((line) => line.text)
          .join(' '),
      ),
    ).length > 1;
  const dates = new Map<string, string>();
  const date = (stamp: DateStamp) => {
    const key = stampKey(stamp);
    let text = dates.get(key);
    if (text === undefined) dates.set(key, (text = capitalise(formatStamp(stamp, locale), locale)));
    return text;
  };
  const number = (f: Figure) => qualifiedNumber(f.value, f.qualifier, locale);
  const row = (
    key: string,
    name: string,
    shown: readonly Shown[],
    highlighted: boolean,
    versions: readonly Words[] = [],
  ): TableRow => {
    const figures = shownOf(shown);
    const when = unique(figures.map((f) => date(f.asOf)));
    const parts = detailed
      ? [
          ...when.map(sentence),
          // Each line once, though two of the row's figures share it.
          ...new Map(figures.flatMap(credit).map((line) => [line.text, line.words])).values(),
        ]
      : [phraseList(when, locale)];
    return {
      key,
      name,
      highlighted,
      values: shown.map((v) =>
        v.figure ? number(v.figure) : v.undated && `${number(v.undated)} (${words.dateNotStated})`,
      ),
      source: [...parts, ...versions].filter(Boolean),
    };
  };
  const region = (e: RegionEntry) =>
    row(
      e.region.id,
      e.region.name,
      e.versions,
      t.highlight.has(e.region.id),
      versionLines(data, e, metrics, locale),
    );
  const none = metrics.map(() => ({}));
  return {
    caption: t.quote(t.caption),
    headings: [
      words.region,
      ...metrics.map((m) => t.quote(capitalise(m.label, locale))),
      detailed ? words.dateSourceStatus : words.date,
    ],
    rows: [
      ...arrangement.charted.map(region),
      ...arrangement.undated.map(region),
      ...arrangement.notReported.map((r) => row(r.id, r.name, none, t.highlight.has(r.id))),
    ],
    sums: series.map((b) => qualifiedNumber(b.sum, b.sumQualifier, locale)),
    national:
      shownOf(national).length > 0 ? row('national', words.national, national, false) : undefined,
    words,
  };
}

function renderRow(r: TableRow, notReported: string): TemplateResult {
  return html`<tr class=${r.highlighted ? 'highlighted' : ''}>
    <th scope="row">
      ${r.highlighted ? html`<span class="marker" aria-hidden="true">${HIGHLIGHT_MARKER}</span>` : nothing}${r.name}
    </th>
    ${r.values.map((v) => html`<td class=${v ? 'num' : 'num missing'}>${v ?? notReported}</td>`)}
    <td>${join(r.source, ' ')}</td>
  </tr>`;
}

/** The table itself: in the chart, and alone in the chart's plain-HTML fallback. */
export function renderDataTable(model: TableModel): TemplateResult {
  const [first, ...rest] = model.headings;
  return html`<table>
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
      ${model.rows.map((r) => renderRow(r, model.words.notReported))}
    </tbody>
    <tfoot>
      <tr>
        <th scope="row">${model.words.sum}</th>
        ${model.sums.map((s) => html`<td class="num">${s}</td>`)}
        <td></td>
      </tr>
      ${model.national ? renderRow(model.national, model.words.notReported) : nothing}
    </tfoot>
  </table>`;
}

/**
 * The "Show table" button and the table, hidden until opened: for a screen
 * reader as for the eye, so "collapsed" means what it says (on paper, always
 * shown and the button left out). Hidden "until found": the browser's find
 * in page still searches it (a region folded into "Other regions", a date, a
 * source) and opens it on a match, saying so through `reveal` so the button
 * follows; where `until-found` is unknown it is plain `hidden`. Rows are not
 * keyed: on a new metric or order every row's text changes anyway, and
 * rewriting text in place costs a third less than moving 2,000 rows (no
 * style recalculation).
 */
export function renderTable(
  model: TableModel,
  {
    id,
    open,
    toggle,
    reveal,
  }: { id: string; open: boolean; toggle: () => void; reveal: () => void },
): TemplateResult {
  return html`<button
      type="button"
      class="toggle print-hidden"
      part="toggle"
      aria-expanded=${open ? 'true' : 'false'}
      aria-controls=${id}
      @click=${toggle}
    >
      ${open ? model.words.hideTable : model.words.showTable}
    </button>
    <div
      id=${id}
      part="table"
      class="table"
      hidden=${open ? nothing : 'until-found'}
      @beforematch=${reveal}
    >
      ${renderDataTable(model)}
    </div>`;
}
