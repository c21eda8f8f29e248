import type { Citation, Dataset, DateStamp, Status } from '../data/types.js';
import { STATUS_TEXT, asOfText, citationText, reporterName } from './format.js';

/** Anything attributable: a figure, or an event with its reporters. */
export interface Attributed {
  reportedBy: string | readonly string[];
  citation: Citation;
  status: Status;
  asOf?: DateStamp;
}

const unique = <T>(items: readonly T[]) => [...new Set(items)];

/**
 * The attribution sentence under every widget:
 * "Source: Prosecutor General's Office of Azerbaijan, as of 4 Nov 2020.
 *  Reported by a party to the conflict. Cited from ..., section “SUMMARY”."
 * Says "Sources" when claims come from several reporters, and lists every status present.
 */
export function sourceText(data: Dataset, items: readonly Attributed[], locale: string): string {
  const reporters = unique(items.flatMap((item) => item.reportedBy)).map((id) =>
    reporterName(data, id),
  );
  const dates = unique(items.flatMap((item) => (item.asOf ? [asOfText(item.asOf, locale)] : [])));
  const statuses = unique(items.map((item) => item.status)).map((status) => STATUS_TEXT[status]);
  const citations = unique(items.map((item) => citationText(data, item)));
  const label = reporters.length > 1 ? 'Sources' : 'Source';
  const when = dates.length === 1 ? `, ${dates[0] ?? ''}` : '';
  const cited =
    citations.length <= 2 ? citations.join('; ') : data.sources.map((s) => s.publisher).join('; ');
  return `${label}: ${reporters.join('; ')}${when}. ${statuses.join('; ')}. Cited from ${cited}.`;
}
