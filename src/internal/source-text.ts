import type { Citation, Dataset, DateStamp, ReporterKind, Status } from '../data/types.js';
import { namesNoSource } from '../data/query.js';
import { asOfText } from './format.js';

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
export function creditText(data: Dataset, item: Attributed): string[] {
  return reportersOf(item).map((id) =>
    namesNoSource(data, { reportedBy: id, citation: item.citation })
      ? `${reporterName(data, id)} (the report names no source)`
      : reporterName(data, id),
  );
}

/** Whose claim it is, by the kind of reporter (see ReporterKind). */
const KIND_TEXT: Record<ReporterKind, string> = {
  party: 'reported by a party to the conflict',
  advocacy: 'an advocacy report’s own claim',
  independent: 'a statement by an independent organisation, not a verification',
};

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * Whose claims these are and whether anyone independent verified them:
 * "Reported by a party to the conflict; not independently verified." A
 * statement by an independent organisation (UNICEF's appeal) is said to be
 * one, not a verification; only `corroborated` claims are called corroborated.
 */
export function statusText(data: Dataset, items: readonly Attributed[]): string {
  const reported = items.filter((item) => item.status === 'reported');
  const kinds = unique(
    reported.flatMap(reportersOf).map((id) => data.reporters.find((r) => r.id === id)?.kind),
  ).map((kind) => kind ?? 'party');
  const unverified = kinds.some((kind) => kind !== 'independent');
  const who = capitalize(kinds.map((kind) => KIND_TEXT[kind]).join('; '));
  if (reported.length === items.length)
    return `${who}${unverified ? '; not independently verified' : ''}.`;
  if (reported.length === 0) return 'Corroborated by an independent organisation.';
  return `${who}. Some claims corroborated by an independent organisation${unverified ? ', the others not independently verified' : ''}.`;
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

/** The source's own section heading, quoted and labelled as its words, for details and tables. */
export function headingText(item: { citation: Citation }): string {
  return `the report’s heading: “${item.citation.section}”`;
}

/**
 * The attribution sentence under every widget:
 * "Source: Prosecutor General's Office of Azerbaijan, as of 4 Nov 2020.
 *  Reported by a party to the conflict; not independently verified. Cited
 *  from ..., section 4 (table for 27 Sep–4 Nov 2020)."
 * Says "Sources" when claims come from several reporters.
 */
export function sourceText(data: Dataset, items: readonly Attributed[], locale: string): string {
  const reporters = unique(items.flatMap((item) => creditText(data, item)));
  // A date only when it holds for every item: one dated figure among undated
  // events must not lend its date to the whole line.
  const dates = unique(items.map((item) => (item.asOf ? asOfText(item.asOf, locale) : '')));
  const citations = unique(items.map((item) => citationText(data, item)));
  const label = reporters.length > 1 ? 'Sources' : 'Source';
  const when = dates.length === 1 && dates[0] ? `, ${dates[0]}` : '';
  const cited =
    citations.length <= 2 ? citations.join('; ') : data.sources.map((s) => s.publisher).join('; ');
  return `${label}: ${reporters.join('; ')}${when}. ${statusText(data, items)} Cited from ${cited}.`;
}

/**
 * What the figures cover and whose they are, shown in its own box by every
 * element: the dataset's `scope.statement`, or for a dataset without one, a
 * statement built from its reporters.
 */
export function scopeText(data: Dataset): string {
  if (data.scope) return data.scope.statement;
  const names = data.reporters.map((r) => r.name).join('; ');
  return `Figures as reported by ${names}.`;
}
