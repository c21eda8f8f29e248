import type { Dataset, Figure } from '../../data/types.js';
import { asOfText, formatDay, qualifiedNumber } from '../../internal/format.js';
import { sourceText } from '../../internal/source-text.js';

/** Shown while the data loads. */
export const LOADING_TEXT = 'Loading figure…';

export const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** "a", "a and b", "a, b and c". */
const andList = (items: readonly string[]) =>
  items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1) ?? ''}`;

/** A version with its qualifier and date: "65 (date not stated)", "about 70 (as of 23 Oct 2020)". */
export function versionText(f: Figure, locale: string): string {
  return `${qualifiedNumber(f.value, f.qualifier, locale)} (${asOfText(f.asOf, locale)})`;
}

/** "The report also gives 65 (date not stated)." */
export function versionsLine(shown: Figure, others: readonly Figure[], locale: string): string {
  const sameSource = others.every((f) => f.citation.source === shown.citation.source);
  const list = andList(others.map((f) => versionText(f, locale)));
  return `${sameSource ? 'The report also gives' : 'The sources also give'} ${list}.`;
}

/** The summary of the details that say why the shown version is the default: "Why 91 is shown". */
export function whyShownTitle(f: Figure, locale: string): string {
  return `Why ${qualifiedNumber(f.value, f.qualifier, locale)} is shown`;
}

/** A discrepancy's note, marked so it does not read as part of the versions above it. */
export const noteText = (note: string) => `Note: ${note}`;

/** "No figure is dated on or before 1 Oct 2020." */
export function noneDatedBy(asOf: string, locale: string): string {
  return `No figure is dated on or before ${formatDay(asOf, locale)}.`;
}

/**
 * Why the shown version is the default when no contradiction in the data
 * says so: the rule pickFigure() applies, in words.
 */
export function defaultReason(f: Figure, asOf: string | undefined, locale: string): string {
  if (f.asOf.value === undefined && f.asOf.before === undefined)
    return asOf
      ? `${noneDatedBy(asOf, locale)} This version is given without a date.`
      : 'No version has a stated date, and the data does not say which to prefer: the first listed is shown.';
  return asOf
    ? `It is the latest figure dated on or before ${formatDay(asOf, locale)}.`
    : 'It is the latest figure with a stated date.';
}

/** A figure's source line without its date: the counter gives the date a line of its own. */
export function figureSource(data: Dataset, f: Figure, locale: string): string {
  const { reportedBy, citation, status } = f;
  return sourceText(data, [{ reportedBy, citation, status }], locale);
}

/** Where another version comes from, with its own credit and status, for the details. */
export function versionSource(data: Dataset, f: Figure, locale: string): string {
  return `${versionText(f, locale)}. ${figureSource(data, f, locale)}`;
}
