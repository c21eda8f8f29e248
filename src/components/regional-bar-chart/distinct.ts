import type { DateStamp, Figure } from '../../data/types.js';

/**
 * Thousands of regions share a handful of dates and sources: what is said
 * about them is worked out once per distinct one, not once per region.
 */

/** The first item of each key, in order. */
export function distinct<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Map<string, T>();
  for (const item of items) if (!seen.has(key(item))) seen.set(key(item), item);
  return [...seen.values()];
}

/** Two stamps with the same key are written the same. */
export const stampKey = (s: DateStamp) => `${s.precision} ${s.value ?? ''} ${s.before ?? ''}`;

/** Two figures with the same key have the same source sentence, credit and citation. */
export const attributionKey = (f: Figure) =>
  [
    f.reportedBy,
    f.status,
    f.citation.source,
    f.citation.section,
    f.citation.locator ?? '',
    stampKey(f.asOf),
  ].join('\n');
