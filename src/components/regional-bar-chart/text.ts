import type { Breakdown } from '../../data/query.js';
import type { Dataset, Figure, Metric, Region } from '../../data/types.js';
import { asOfText, formatDay, formatNumber, qualifiedNumber } from '../../internal/format.js';
import { sourceText } from '../../internal/source-text.js';
import { attributionKey, distinct, stampKey } from './distinct.js';
import type { Amount, Arrangement, RegionEntry, Row } from './layout.js';

/**
 * Every word <cw-regional-bar-chart> writes: labels, title, summary,
 * reconciliation, the not-reported list, the details of one bar and the
 * table's headings. Pure, so the element only places them, and one place for
 * a later translation.
 */

export const WORDS = {
  loading: 'Loading regional figures…',
  plot: 'Bar chart',
  keys: 'Arrow keys move between regions; Escape hides the details.',
  showTable: 'Show table',
  hideTable: 'Hide table',
  region: 'Region',
  date: 'Date',
  dateSourceStatus: 'Date, source and status',
  sum: 'Sum of regional figures',
  national: 'National figure',
} as const;

/** Said, at a bar's end and in the table, where a region has no figure. */
export const NOT_REPORTED = 'not reported';

/** A list of region names stops after this many; the rest are counted, and the table lists them all. */
const NAMES_SHOWN = 10;

export const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
let listFormat: Intl.ListFormat | undefined;
const list = (items: readonly string[]) =>
  (listFormat ??= new Intl.ListFormat('en', { type: 'conjunction' })).format(items);

/** The first NAMES_SHOWN names, and "1,970 more" for the rest. */
function someNames(regions: readonly Region[], locale: string) {
  const names = regions.slice(0, NAMES_SHOWN).map((r) => r.name);
  const rest = regions.length - names.length;
  return { names, more: rest > 0 ? `${formatNumber(rest, locale)} more` : undefined };
}

/** "Civilians killed by region"; "Civilians killed and civilians injured by region". */
export function defaultTitle(metrics: readonly Metric[]): string {
  return `${capitalise(list(metrics.map((m) => m.label)))} by region`;
}

/** The bar that holds the folded regions: "Other regions (1,980)". */
export function otherRegionsLabel(count: number, locale: string): string {
  return `Other regions (${formatNumber(count, locale)})`;
}

/** What the summary calls the metric after "the most reported": deaths, injuries, or the dataset's label. */
function noun(metric: Metric): string {
  if (metric.id === 'killed') return 'deaths';
  if (metric.id === 'injured') return 'injuries';
  return metric.label;
}

/** "about 70 civilians injured". */
export function amountWords(amount: Amount, metric: Metric, locale: string): string {
  return `${qualifiedNumber(amount.value, amount.qualifier, locale)} ${metric.label}`;
}

function leaderClause(
  entries: readonly RegionEntry[],
  s: number,
  metric: Metric,
  national: Figure | undefined,
  locale: string,
): string {
  const withFigure = entries.filter((e) => e.figures[s]);
  const nationally = national
    ? `, of ${qualifiedNumber(national.value, national.qualifier, locale)} nationally`
    : '';
  const top = withFigure.reduce<Figure | undefined>((best, e) => {
    const f = e.figures[s];
    return f && (!best || f.value > best.value) ? f : best;
  }, undefined);
  if (!top) {
    const total = national
      ? ` (${qualifiedNumber(national.value, national.qualifier, locale)} nationally)`
      : '';
    return `no region has a reported figure for ${metric.label}${total}`;
  }
  const value = qualifiedNumber(top.value, top.qualifier, locale);
  if (withFigure.length === 1) {
    return `${withFigure[0]?.region.name ?? ''} is the only region with a reported figure for ${metric.label}, ${value}${nationally}`;
  }
  const leaders = withFigure.filter(
    (e) => e.figures[s]?.value === top.value && e.figures[s]?.qualifier === top.qualifier,
  );
  const names = list(leaders.map((e) => e.region.name));
  return leaders.length > 1
    ? `${names} have the most reported ${noun(metric)}, ${value} each${nationally}`
    : `${names} has the most reported ${noun(metric)}, ${value}${nationally}`;
}

/** "Ganja and Barda have the most reported deaths, 25 each, of 91 nationally." One sentence for one or two metrics. */
export function summarySentence(
  charted: readonly RegionEntry[],
  metrics: readonly Metric[],
  series: readonly Breakdown[],
  locale: string,
): string {
  const clauses = metrics.map((metric, s) =>
    leaderClause(charted, s, metric, series[s]?.national, locale),
  );
  return `${capitalise(clauses.join('; '))}.`;
}

/**
 * What a fold leaves out of the bars: "The bars show the 20 regions with the
 * most reported deaths; the other 1,980 are added up in one bar and listed in
 * the table." Empty when nothing is folded.
 */
export function foldSentence(arrangement: Arrangement, metric: Metric, locale: string): string {
  const { rows, top, folded } = arrangement;
  if (folded === 0) return '';
  const regions = top === 1 ? 'the region' : `the ${formatNumber(top, locale)} regions`;
  const extra = rows.length - 1 - top;
  const highlighted =
    extra > 0
      ? ` and ${formatNumber(extra, locale)} highlighted region${extra === 1 ? '' : 's'}`
      : '';
  return `The bars show ${regions} with the most reported ${noun(metric)}${highlighted}; the other ${formatNumber(folded, locale)} are added up in one bar and listed in the table.`;
}

/**
 * "Regional figures add up to about 356 of the 405 civilians injured reported
 * nationally as of 4 Nov 2020." Empty when every metric reconciles or has no
 * national figure: silence means the parts add up.
 */
export function reconciliationText(
  series: readonly Breakdown[],
  metrics: readonly Metric[],
  locale: string,
): string {
  return series
    .flatMap((b, s) => {
      const metric = metrics.at(s);
      if (!metric || !b.national || b.gap === undefined || b.gap === 0) return [];
      const sum = qualifiedNumber(b.sum, b.sumQualifier, locale);
      const national = `${qualifiedNumber(b.national.value, b.national.qualifier, locale)} ${metric.label} reported nationally`;
      const when = b.national.asOf.value ? ` ${asOfText(b.national.asOf, locale)}` : '';
      return b.gap > 0
        ? [`Regional figures add up to ${sum} of the ${national}${when}.`]
        : [`Regional figures add up to ${sum}, more than the ${national}${when}.`];
    })
    .join(' ');
}

/** "Not reported: Naftalan, Mingachevir." (the first ten, then how many more). Empty when every region has a figure. */
export function notReportedText(regions: readonly Region[], locale: string): string {
  if (regions.length === 0) return '';
  const { names, more } = someNames(regions, locale);
  return `Not reported: ${names.join(', ')}${more ? ` and ${more}` : ''}.`;
}

/** The line under the title: the requested date, the one date every figure shares, or why there is none. */
export function asOfLine(
  charted: readonly RegionEntry[],
  asOf: string | undefined,
  locale: string,
): string {
  if (asOf) return `Latest figures on or before ${formatDay(asOf, locale)}`;
  const stamps = distinct(
    charted.flatMap((e) => e.figures.flatMap((f) => (f ? [f.asOf] : []))),
    stampKey,
  );
  const stated = new Set(stamps.flatMap((s) => (s.value ? [asOfText(s, locale)] : [])));
  if (stamps.length > 0 && stated.size === 1 && stamps.every((s) => s.value))
    return capitalise([...stated][0] ?? '');
  if (stated.size === 0) return 'Latest figure for each region; the source states no dates';
  return 'Latest figure for each region; dates vary';
}

/** The table's caption: the title and the as-of line. */
export const tableCaption = (title: string, asOf: string) => `${title}. ${asOf}.`;

export interface Details {
  heading: string;
  /** One line per metric: "25 civilians killed" or "civilians injured: not reported". */
  values: string[];
  /** "Source: …, as of …. Reported by a party to the conflict. Cited from …." */
  source: string;
}

/** What a row says about itself: heading and one line per metric. */
function rowWords(row: Row, metrics: readonly Metric[], locale: string) {
  const other = row.kind === 'other';
  const values = metrics.map((metric, s) => {
    const amount = row.amounts[s];
    if (!amount) return `${metric.label}: ${NOT_REPORTED}`;
    return other
      ? `${amountWords(amount, metric, locale)} in total`
      : amountWords(amount, metric, locale);
  });
  if (!other) return { heading: row.label, values };
  const { names, more } = someNames(
    row.entries.map((e) => e.region),
    locale,
  );
  return { heading: `Other regions: ${list(more ? [...names, more] : names)}`, values };
}

/** A bar's accessible name: "Region A: 7 civilians killed". */
export function rowLabel(row: Row, metrics: readonly Metric[], locale: string): string {
  const { heading, values } = rowWords(row, metrics, locale);
  return `${heading}: ${values.join('; ')}`;
}

/** The source line of some figures (see sourceText()), from one figure per distinct attribution. */
export function figuresSource(data: Dataset, figures: readonly Figure[], locale: string): string {
  return sourceText(data, distinct(figures, attributionKey), locale);
}

/** What the details panel says about one row, with its source: only ever for the active row. */
export function rowDetails(
  row: Row,
  metrics: readonly Metric[],
  data: Dataset,
  locale: string,
): Details {
  const figures = row.entries.flatMap((e) => e.figures.filter((f): f is Figure => f !== undefined));
  return { ...rowWords(row, metrics, locale), source: figuresSource(data, figures, locale) };
}
