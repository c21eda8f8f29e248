import type { Citation, Dataset, DateStamp, ReporterKind, Status } from '../data/types.js';
import { namesNoSource } from '../data/query.js';
import { asOfText } from './format.js';
import { capitalise, listText, wordsWithin, type Words } from './i18n.js';
import { common, phraseList } from './messages.js';
import type { CwError } from './errors.js';
import { scopeLanguage, textLanguage } from '../data/translate.js';

/** Anything attributable: a figure, or an event with its reporters. */
export interface Attributed {
  reportedBy: string | readonly string[];
  citation: Citation;
  status: Status;
  asOf?: DateStamp;
}

const unique = <T>(items: readonly T[]) => [...new Set(items)];
const reportersOf = (item: Attributed) =>
  typeof item.reportedBy === 'string' ? [item.reportedBy] : item.reportedBy;

/** The display name of whoever reported a figure. */
export function reporterName(data: Dataset, id: string): string {
  return data.reporters.find((r) => r.id === id)?.name ?? id;
}

/**
 * Who a claim is credited to, in plain words: the reporter's name, and where
 * the reporter is the source's own publisher, that the source names no one
 * else ("Legal Analysis and Research Public Union (the report names no
 * source)"), so a report's own claim never reads as an authority's.
 */
export function creditText(data: Dataset, item: Attributed, locale: string): string[] {
  return reportersOf(item).map((id) =>
    namesNoSource(data, { reportedBy: id, citation: item.citation })
      ? common(locale).namesNoSource(reporterName(data, id))
      : reporterName(data, id),
  );
}

/**
 * Whose claims these are and whether anyone independent verified them:
 * "Reported by a party to the conflict; not independently verified." A
 * statement by an independent organisation (UNICEF's appeal) is said to be
 * one, not a verification; only `corroborated` claims are called corroborated.
 */
export function statusText(data: Dataset, items: readonly Attributed[], locale: string): string {
  const words = common(locale);
  const reported = items.filter((item) => item.status === 'reported');
  const kinds = unique(
    reported.flatMap(reportersOf).map((id) => data.reporters.find((r) => r.id === id)?.kind),
  ).map((kind): ReporterKind => kind ?? 'party');
  const unverified = kinds.some((kind) => kind !== 'independent');
  const who = capitalise(
    phraseList(
      kinds.map((kind) => words.reporterKind[kind]),
      locale,
    ),
    locale,
  );
  if (reported.length === items.length) return words.statusReported(who, unverified);
  if (reported.length === 0) return words.statusCorroborated;
  return words.statusMixed(who, unverified);
}

/**
 * Where a claim is in its source, for the visible line: "Legal Analysis and
 * Research Public Union (2020-11), section 7 (Barda strikes; district
 * figures)". The section's own heading can carry the source's loaded words,
 * so it is never used here: see headingText().
 */
export function citationText(data: Dataset, item: { citation: Citation }): string {
  const source = data.sources.find((s) => s.id === item.citation.source);
  const where = source
    ? `${source.publisher}${source.published ? ` (${source.published})` : ''}`
    : item.citation.source;
  return item.citation.locator ? `${where}, ${item.citation.locator}` : where;
}

/**
 * `text`, a credit that quotes items' citations, with their locators and
 * section headings marked with the dataset's language: they are its own
 * words ("section 7 (Barda strikes)"), which no translation covers.
 */
export const citedIn = (
  data: Dataset,
  text: string,
  items: readonly { citation: Citation }[],
): Words =>
  wordsWithin(
    textLanguage(data),
    text,
    items.flatMap(({ citation }) => [citation.locator ?? '', citation.section]),
  );

/** The source's own section heading, quoted and labelled as its words, for details and tables. */
export function headingText(item: { citation: Citation }, locale: string): string {
  return common(locale).heading(item.citation.section);
}

/**
 * The attribution sentence under every widget:
 * "Source: Prosecutor General's Office of Azerbaijan, as of 4 Nov 2020.
 *  Reported by a party to the conflict; not independently verified. Cited
 *  from ..., section 4 (table for 27 Sep–4 Nov 2020)."
 * Says "Sources" when claims come from several reporters.
 */
export function sourceText(data: Dataset, items: readonly Attributed[], locale: string): string {
  const reporters = unique(items.flatMap((item) => creditText(data, item, locale)));
  // A date only when it holds for every item: one dated figure among undated
  // events must not lend its date to the whole line.
  const dates = unique(items.map((item) => (item.asOf ? asOfText(item.asOf, locale) : '')));
  const citations = unique(items.map((item) => citationText(data, item)));
  const when = dates.length === 1 && dates[0] ? dates[0] : '';
  const cited =
    citations.length <= 2
      ? phraseList(citations, locale)
      : phraseList(
          data.sources.map((s) => s.publisher),
          locale,
        );
  return common(locale).sourceLine(reporters, when, statusText(data, items, locale), cited);
}

/** The scope statement as an element shows it (see scopeOf()). */
export interface Scope {
  statement: string;
  /** The statement's language, when it is the dataset's own words (in the reader's language or not). */
  lang?: string;
  /** What loading left out, in the reader's words. */
  warning?: string;
}

/**
 * What the figures cover and whose they are, shown in its own box by every
 * element: the dataset's `scope.statement` (with its language: an untranslated
 * one stays in the dataset's), or for a dataset without one, a statement
 * built from its reporters. A `warning` from loading (rows of a spreadsheet
 * left out) follows it in the reader's words: the figures shown do not cover
 * those rows.
 */
export function scopeOf(data: Dataset, locale: string, warning?: CwError): Scope {
  const words = common(locale);
  const own = data.scope?.statement;
  return {
    statement:
      own ??
      words.scopeFallback(
        listText(
          locale,
          data.reporters.map((r) => r.name),
        ),
      ),
    ...(own ? { lang: scopeLanguage(data, locale) } : {}),
    ...(warning ? { warning: words.error[warning.code] } : {}),
  };
}
