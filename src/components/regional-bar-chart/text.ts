import { discrepanciesOf, type Breakdown } from '../../data/query.js';
import type { Dataset, Figure, Metric, Region } from '../../data/types.js';
import {
  asOfText,
  countedText,
  formatDay,
  formatNumber,
  formatStamp,
  qualifiedNumber,
  qualifiedShort,
} from '../../internal/format.js';
import {
  citationText,
  citedIn,
  creditText,
  headingText,
  sourceText,
  statusText,
} from '../../internal/source-text.js';
import { common, labelledWords, phraseList } from '../../internal/messages.js';
import { textLanguage } from '../../data/translate.js';
import {
  capitalise,
  isolated,
  listText,
  sentence,
  wordsIn,
  wordsDirection,
  type Words,
} from '../../internal/i18n.js';
import { labelsIn, shownLabels } from '../../internal/labels.js';
import { attributionKey, distinct, stampKey } from './distinct.js';
import type { Amount, Arrangement, RegionEntry, Row } from './layout.js';
import { chartWords } from './messages.js';

/**
 * The sentences <cw-regional-bar-chart> writes: title, summary,
 * reconciliation, the not-reported list, the details of one bar and the
 * table's caption, built from the words of messages.ts for the locale. Pure,
 * so the element only places them.
 */

/** A list of region names stops after this many; the rest are counted, and the table lists them all. */
const NAMES_SHOWN = 10;

/** The first NAMES_SHOWN names, and "1,970 more" for the rest, as one list. */
function someNames(all: readonly string[], locale: string): string {
  const names = all.slice(0, NAMES_SHOWN);
  const rest = all.length - names.length;
  return listText(
    locale,
    rest > 0 ? [...names, chartWords(locale).more(formatNumber(rest, locale))] : names,
  );
}

/**
 * "Civilians killed by region"; with the dataset's `scope.area`, where:
 * "Civilians killed in Azerbaijan, by region".
 */
export function defaultTitle(metrics: readonly Metric[], area: string | undefined, locale: string) {
  const what = capitalise(
    listText(
      locale,
      metrics.map((m) => m.label),
    ),
    locale,
  );
  return chartWords(locale).title(what, area ?? '');
}

/** Whose figures, from the dataset's `scope.reportedBy`: "as reported by Azerbaijani authorities"; empty without one. */
export const whoseText = (reportedBy: string | undefined, locale: string) =>
  reportedBy ? chartWords(locale).whose(reportedBy) : '';

/** The bar that holds the folded regions: "Other regions (1,980)". */
export function otherRegionsLabel(count: number, locale: string): string {
  return chartWords(locale).otherRegions(formatNumber(count, locale));
}

/** What the summary calls the metric after "the most reported": deaths, injuries, or the dataset's label. */
const noun = (metric: Metric, locale: string) => chartWords(locale).noun[metric.id] ?? metric.label;

/** "about 70 civilians injured". */
export function amountWords(amount: Amount, metric: Metric, locale: string): string {
  return countedText(amount, metric.label, locale);
}

function leaderClause(
  entries: readonly RegionEntry[],
  s: number,
  metric: Metric,
  national: Figure | undefined,
  asOf: string | undefined,
  locale: string,
): string {
  const words = chartWords(locale);
  const withFigure = entries.filter((e) => e.figures[s]);
  // With as-of, a region may give a figure without a date: it has one, just none dated by then.
  const some = asOf
    ? words.someDatedFigure(metric.label, formatDay(asOf, locale))
    : words.someFigure(metric.label);
  const nationally = national ? qualifiedNumber(national.value, national.qualifier, locale) : '';
  const top = withFigure.reduce<Figure | undefined>((best, e) => {
    const f = e.figures[s];
    return f && (!best || f.value > best.value) ? f : best;
  }, undefined);
  if (!top) return words.noRegion(some, nationally);
  const value = qualifiedNumber(top.value, top.qualifier, locale);
  if (withFigure.length === 1)
    return words.onlyRegion(withFigure[0]?.region.name ?? '', some, value, nationally);
  const leaders = withFigure.filter(
    (e) => e.figures[s]?.value === top.value && e.figures[s]?.qualifier === top.qualifier,
  );
  const names = listText(
    locale,
    leaders.map((e) => e.region.name),
  );
  return leaders.length > 1
    ? words.leaders(names, noun(metric, locale), value, nationally)
    : words.leader(names, noun(metric, locale), value, nationally);
}

/**
 * "Ganja and Barda have the most reported deaths, 25 each, of 91 nationally."
 * One sentence for one or two metrics, opening with whose figures they are
 * when the dataset says: "As reported by …, Ganja and Barda have …".
 */
export function summarySentence(
  charted: readonly RegionEntry[],
  metrics: readonly Metric[],
  series: readonly Breakdown[],
  locale: string,
  asOf?: string,
  whose = '',
): string {
  const clauses = metrics.map((metric, s) =>
    leaderClause(charted, s, metric, series[s]?.national, asOf, locale),
  );
  return capitalise(chartWords(locale).summary(whose, clauses), locale);
}

/**
 * What a fold leaves out of the bars: "The bars show the 20 regions with the
 * most reported deaths; the other 1,980 are added up in one bar and listed in
 * the table." Empty when nothing is folded.
 */
export function foldSentence(arrangement: Arrangement, metric: Metric, locale: string): string {
  const { rows, top, folded } = arrangement;
  if (folded === 0) return '';
  const extra = rows.length - 1 - top;
  const n = (count: number) => formatNumber(count, locale);
  return chartWords(locale).fold(top, n(top), noun(metric, locale), extra, n(extra), n(folded));
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
      const words = chartWords(locale);
      const sum = qualifiedNumber(b.sum, b.sumQualifier, locale);
      const national = qualifiedNumber(b.national.value, b.national.qualifier, locale);
      const when = b.national.asOf.value ? asOfText(b.national.asOf, locale) : '';
      return [(b.gap > 0 ? words.sumBelow : words.sumAbove)(sum, national, metric.label, when)];
    })
    .join(' ');
}

/** "Not reported: Naftalan, Mingachevir." (the first ten, then how many more). Empty when every region has a figure. */
export function notReportedText(regions: readonly Region[], locale: string): string {
  if (regions.length === 0) return '';
  return chartWords(locale).notReportedList(
    someNames(
      regions.map((r) => r.name),
      locale,
    ),
  );
}

/**
 * With as-of, the figures the source gives without a date, which no bar can
 * place on or before that day but which are not "not reported" either:
 * "Given without a date, so not drawn for 30 Oct 2020. Civilians killed: Barda 25,
 * Tartar 16 and 6 more; national figure 65." Empty when there are none.
 */
export function undatedText(
  entries: readonly RegionEntry[],
  series: readonly Breakdown[],
  metrics: readonly Metric[],
  asOf: string | undefined,
  locale: string,
): string {
  if (!asOf) return '';
  const words = chartWords(locale);
  const dir = wordsDirection(locale);
  const lists = metrics.flatMap((metric, s) => {
    const given = entries.flatMap((e) => {
      const f = e.versions[s]?.undated;
      return f
        ? [`${isolated(e.region.name, dir)} ${qualifiedNumber(f.value, f.qualifier, locale)}`]
        : [];
    });
    const national = series[s]?.nationalUndated;
    const items = [
      given.length > 0 ? someNames(given, locale) : '',
      national
        ? words.undatedNational(qualifiedNumber(national.value, national.qualifier, locale))
        : '',
    ].filter(Boolean);
    return items.length > 0
      ? [words.undatedMetric(capitalise(metric.label, locale), phraseList(items, locale))]
      : [];
  });
  if (lists.length === 0) return '';
  return words.undated(formatDay(asOf, locale), lists.join(' '));
}

/**
 * The notes the dataset keeps on figures that do not add up (a district
 * total beside the tolls of its strikes), for every figure shown, one a
 * paragraph; empty when none applies.
 */
export function discrepancyNotes(data: Dataset, figures: readonly Figure[]): string[] {
  return discrepanciesOf(
    data,
    figures.map((f) => f.id),
  ).map((d) => d.note);
}

/** The line under the title: the requested date, the one date every figure shares, or why there is none. */
export function asOfLine(
  charted: readonly RegionEntry[],
  asOf: string | undefined,
  locale: string,
): string {
  const words = chartWords(locale);
  if (asOf) return words.latestBy(formatDay(asOf, locale));
  const stamps = distinct(
    charted.flatMap((e) => e.figures.flatMap((f) => (f ? [f.asOf] : []))),
    stampKey,
  );
  const stated = new Set(stamps.flatMap((s) => (s.value ? [asOfText(s, locale)] : [])));
  if (stamps.length > 0 && stated.size === 1 && stamps.every((s) => s.value))
    return capitalise([...stated][0] ?? '', locale);
  return stated.size === 0 ? words.noDates : words.datesVary;
}

/** The table's caption: the title, whose figures they are, and the as-of line. */
export const tableCaption = (title: string, whose: string, asOf: string, locale: string) =>
  `${sentence(chartWords(locale).caption(title, whose))} ${sentence(asOf)}`;

export interface Details {
  heading: string;
  /** One line per metric: "25 civilians killed" or "civilians injured: not reported", its label marked (labelsIn()). */
  values: Words[];
  /** "Source: …, as of …. Reported by a party to the conflict. Cited from …." with the report’s heading, its citations’ words marked. */
  source: Words;
  /** Every other version of the row's figures, why the default, and notes on figures that do not add up. */
  versions: Words[];
}

/**
 * How many of a row's regions have no figure for metric `s`, as words: "5 not
 * reported, 2 date not stated" (with as-of, a figure given without a date is
 * not "not reported"), `of` after each count.
 */
function gaps(row: Row, s: number, locale: string, of = ''): string {
  const words = chartWords(locale);
  const count = [0, 0];
  for (const e of row.entries) if (!e.figures[s]) count[e.versions[s]?.undated ? 1 : 0]++;
  return [words.notReported, words.dateNotStated]
    .flatMap((what, i) => (count[i] ? [words.gap(formatNumber(count[i], locale), of, what)] : []))
    .join(', ');
}

/**
 * The text at a bar's end: "~70"; where a region has no bar, "not reported"
 * or (with as-of) "date not stated"; for "Other regions", the sum and how many
 * of its regions it leaves out: "6 (5 not reported)".
 */
export function barText(row: Row, s: number, locale: string): string {
  const amount = row.amounts[s];
  const short = amount && qualifiedShort(amount.value, amount.qualifier, locale);
  const words = chartWords(locale);
  if (row.kind === 'region')
    return (
      short ?? (row.entries[0]?.versions[s]?.undated ? words.dateNotStated : words.notReported)
    );
  const left = gaps(row, s, locale);
  return short && left ? `${short} (${left})` : (short ?? left);
}

/** What a row says about itself: heading and one line per metric. */
function rowWords(row: Row, metrics: readonly Metric[], locale: string) {
  const words = chartWords(locale);
  const other = row.kind === 'other';
  const values = metrics.map((metric, s) => {
    const amount = row.amounts[s];
    if (other) {
      const left = gaps(row, s, locale, formatNumber(row.entries.length, locale));
      if (!amount) return words.missing(metric.label, left);
      const total = words.inTotal(amountWords(amount, metric, locale));
      return left ? `${total} (${left})` : total;
    }
    if (amount) return amountWords(amount, metric, locale);
    const undated = row.entries[0]?.versions[s]?.undated;
    return undated
      ? words.undatedAmount(amountWords(undated, metric, locale), words.dateNotStated)
      : words.missing(metric.label, words.notReported);
  });
  if (!other) return { heading: row.label, values };
  const names = someNames(
    row.entries.map((e) => e.region.name),
    locale,
  );
  return { heading: words.otherRegionsList(names), values };
}

/** "Bar chart, 6 bars, scale from 0 to 9": what a screen reader hears before the first bar. */
export function plotLabel(rows: readonly Row[], locale: string): string {
  const max = rows
    .flatMap((r) => r.amounts.map((a) => a?.value ?? 0))
    .reduce((m, v) => Math.max(m, v), 0);
  const bars = rows.reduce((n, r) => n + r.amounts.filter(Boolean).length, 0);
  return chartWords(locale).plot(bars, formatNumber(bars, locale), formatNumber(max, locale));
}

/**
 * A bar's accessible name: "Region A: 7 civilians killed, as of 10 Jan 2030".
 * The date is part of the claim, so a screen reader moving bar by bar hears
 * it without opening the details: once when the row's figures share it, else
 * beside each figure; a fold over several dates says they vary.
 */
export function rowLabel(row: Row, metrics: readonly Metric[], locale: string): string {
  const { heading, values } = rowWords(row, metrics, locale);
  const shown = row.entries.flatMap((e) => e.versions.flatMap((v) => v.figure ?? []));
  const dates = distinct(shown, (f) => stampKey(f.asOf)).map((f) => asOfText(f.asOf, locale));
  const versions = row.entries[0]?.versions ?? [];
  const shared = dates.length <= 1 && versions.every((v) => v.figure);
  if (shared || row.kind === 'other') {
    const when = dates.length > 1 ? chartWords(locale).variousDates : dates[0];
    return `${heading}${common(locale).colon} ${phraseList(values, locale)}${when ? `, ${when}` : ''}`;
  }
  const dated = values.map((value, s) => {
    const figure = versions[s]?.figure;
    return figure ? `${value}, ${asOfText(figure.asOf, locale)}` : value;
  });
  return `${heading}${common(locale).colon} ${phraseList(dated, locale)}`;
}

/** The source line of some figures (see sourceText()), from one figure per distinct attribution. */
export function figuresSource(data: Dataset, figures: readonly Figure[], locale: string): string {
  return sourceText(data, distinct(figures, attributionKey), locale);
}

/**
 * Who a figure is credited to, its status, and where it is in the source,
 * with (`heading`) the source's own heading quoted and labelled: sentences
 * for the details and the table only, never the visible source line.
 */
export function creditLines(data: Dataset, f: Figure, locale: string, heading = true): string[] {
  const where = citationText(data, f);
  return [
    ...creditText(data, f, locale).map(sentence),
    statusText(data, [f], locale),
    common(locale).citedFrom(heading ? phraseList([where, headingText(f, locale)], locale) : where),
  ];
}

/** The figures a region shows, or lists as undated: one per metric that has one. */
export const figuresOf = (e: RegionEntry): Figure[] =>
  e.versions.flatMap((v) => {
    const f = v.figure ?? v.undated;
    return f ? [f] : [];
  });

/**
 * Every other version of a region's figures, each with its qualifier, date,
 * credit and place in the source; why the default was chosen; and the
 * dataset's notes on figures that do not add up. For the details and table.
 * The reason and the notes are the dataset's words, marked with its language.
 */
export function versionLines(
  data: Dataset,
  entry: RegionEntry,
  metrics: readonly Metric[],
  locale: string,
): Words[] {
  const lang = textLanguage(data);
  const lines = metrics.flatMap((metric, s) => {
    const v = entry.versions.at(s);
    if (!v) return [];
    const words = chartWords(locale);
    const main = v.figure ?? v.undated;
    // A version from the same source and section as the one shown says so, not its credit
    // again (written only where there are other versions: most rows of a large chart have none).
    const credit = main && v.others.length > 0 && creditLines(data, main, locale).join(' ');
    const others = v.others.map((f) => {
      const given = words.alsoGiven(amountWords(f, metric, locale), formatStamp(f.asOf, locale));
      const its = creditLines(data, f, locale).join(' ');
      return its === credit
        ? `${given}${words.sameSource}`
        : citedIn(data, `${sentence(given)} ${its}`, [f]);
    });
    // A contradiction's reason explains its own default; with as-of the one shown may be another.
    const why =
      main && v.contradiction?.shown === main.id
        ? [
            labelledWords(
              words.whyShown(amountWords(main, metric, locale)),
              lang,
              v.contradiction.reason,
              locale,
            ),
          ]
        : [];
    return [...others, ...why];
  });
  // Most datasets note no discrepancy: thousands of rows skip the lookup.
  if (!data.discrepancies?.length) return lines;
  const all = entry.versions.flatMap((v) => [v.figure, v.undated, ...v.others]);
  const notes = discrepancyNotes(
    data,
    all.filter((f): f is Figure => f !== undefined),
  );
  return [...lines, ...notes.map((note) => wordsIn(lang, note))];
}

/** What the details panel says about one row, with its source: only ever for the active row. */
export function rowDetails(
  row: Row,
  metrics: readonly Metric[],
  data: Dataset,
  locale: string,
): Details {
  const figures = row.entries.flatMap(figuresOf);
  const region = row.kind === 'region' ? row.entries[0] : undefined;
  const headings = distinct(figures, (f) => f.citation.section).map(
    (f) => `${capitalise(headingText(f, locale), locale)}.`,
  );
  const { heading, values } = rowWords(row, metrics, locale);
  const labels = shownLabels(data, metrics);
  return {
    heading,
    values: values.map((line) => labelsIn(data, locale, line, labels)),
    source: citedIn(
      data,
      [figuresSource(data, figures, locale), ...(region ? headings : [])].join(' '),
      figures,
    ),
    versions: region ? versionLines(data, region, metrics, locale) : [],
  };
}
