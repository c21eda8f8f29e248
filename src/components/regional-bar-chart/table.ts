import { html, nothing, type TemplateResult } from 'lit';
import type { Breakdown } from '../../data/query.js';
import type { Dataset, Figure, Metric } from '../../data/types.js';
import { STATUS_TEXT, formatStamp, qualifiedNumber, reporterName } from '../../internal/format.js';
import { HIGHLIGHT_MARKER, type ChartLayout } from './layout.js';

export interface TableProps {
  id: string;
  caption: string;
  data: Dataset;
  metrics: readonly Metric[];
  series: readonly Breakdown[];
  layout: ChartLayout;
  locale: string;
  highlight: ReadonlySet<string>;
  open: boolean;
}

const unique = (items: readonly string[]) => [...new Set(items)];
const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function valueCell(f: Figure | undefined, locale: string) {
  return f ? qualifiedNumber(f.value, f.qualifier, locale) : 'not reported';
}

const present = (figures: readonly (Figure | undefined)[]) =>
  figures.filter((f): f is Figure => f !== undefined);
const attribution = (f: Figure, data: Dataset) => [
  reporterName(data, f.reportedBy),
  STATUS_TEXT[f.status],
];

/**
 * "23 Oct 2020", plus ". Prosecutor General's Office of Azerbaijan. Reported by a
 * party to the conflict." when reporters or statuses differ between rows; when
 * they are all the same the source line under the table says it once.
 */
function sourceCell(
  figures: readonly (Figure | undefined)[],
  data: Dataset,
  locale: string,
  detailed: boolean,
): string {
  const shown = present(figures);
  const dates = unique(shown.map((f) => capitalise(formatStamp(f.asOf, locale))));
  if (!detailed) return dates.join('; ');
  return [...dates, ...unique(shown.flatMap((f) => attribution(f, data)))]
    .map((part) => `${part}.`)
    .join(' ');
}

/**
 * Every region, unfolded, as a real table: the chart's full data for screen
 * readers (always in the accessibility tree) and, once "Show table" is
 * pressed, for everyone.
 */
export function renderTable(p: TableProps): TemplateResult {
  const { data, metrics, series, layout, locale } = p;
  const everyFigure = [
    ...layout.charted.flatMap((e) => present(e.figures)),
    ...present(series.map((b) => b.national)),
  ];
  const detailed = unique(everyFigure.map((f) => attribution(f, data).join('|'))).length > 1;
  const row = (name: string, figures: readonly (Figure | undefined)[], highlighted: boolean) =>
    html`<tr class=${highlighted ? 'highlighted' : ''}>
      <th scope="row">
        ${highlighted ? html`<span class="marker" aria-hidden="true">${HIGHLIGHT_MARKER}</span>` : nothing}${name}
      </th>
      ${figures.map((f) => html`<td class=${f ? 'num' : 'num missing'}>${valueCell(f, locale)}</td>`)}
      <td>${sourceCell(figures, data, locale, detailed)}</td>
    </tr>`;
  const highlighted = p.highlight;
  return html`<div id=${p.id} part="table" class=${p.open ? 'table' : 'table visually-hidden'}>
    <table>
      <caption>
        ${p.caption}
      </caption>
      <thead>
        <tr>
          <th scope="col">Region</th>
          ${metrics.map((m) => html`<th scope="col" class="num">${capitalise(m.label)}</th>`)}
          <th scope="col">${detailed ? 'Date, source and status' : 'Date'}</th>
        </tr>
      </thead>
      <tbody>
        ${layout.charted.map((e) => row(e.region.name, e.figures, highlighted.has(e.region.id)))}
        ${layout.notReported.map((r) =>
          row(
            r.name,
            metrics.map(() => undefined),
            highlighted.has(r.id),
          ),
        )}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">Sum of regional figures</th>
          ${series.map((b) => html`<td class="num">${qualifiedNumber(b.sum, b.sumQualifier, locale)}</td>`)}
          <td></td>
        </tr>
        ${
          series.some((b) => b.national)
            ? row(
                'National figure',
                series.map((b) => b.national),
                false,
              )
            : nothing
        }
      </tfoot>
    </table>
  </div>`;
}
