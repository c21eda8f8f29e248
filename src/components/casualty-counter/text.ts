import type { Dataset, Figure } from '../../data/types.js';
import { asOfText, formatDay, qualifiedNumber } from '../../internal/format.js';
import { listText } from '../../internal/i18n.js';
import { sourceText } from '../../internal/source-text.js';
import { counterWords } from './messages.js';

/** A version with its qualifier and date: "65 (date not stated)", "about 70 (as of 23 Oct 2020)". */
export function versionText(f: Figure, locale: string): string {
  return counterWords(locale).version(
    qualifiedNumber(f.value, f.qualifier, locale),
    asOfText(f.asOf, locale),
  );
}

/** "The report also gives 65 (date not stated)." */
export function versionsLine(shown: Figure, others: readonly Figure[], locale: string): string {
  const sameSource = others.every((f) => f.citation.source === shown.citation.source);
  const list = listText(
    locale,
    others.map((f) => versionText(f, locale)),
  );
  return counterWords(locale).alsoGives(list, sameSource);
}

/** The summary of the details that say why the shown version is the default: "Why 91 is shown". */
export function whyShownTitle(f: Figure, locale: string): string {
  return counterWords(locale).whyShown(qualifiedNumber(f.value, f.qualifier, locale));
}

/** "No figure is dated on or before 1 Oct 2020." */
export function noneDatedBy(asOf: string, locale: string): string {
  return counterWords(locale).noneDatedBy(formatDay(asOf, locale));
}

/**
 * Why the shown version is the default when no contradiction in the data
 * says so: the rule pickFigure() applies, in words.
 */
export function defaultReason(f: Figure, asOf: string | undefined, locale: string): string {
  const words = counterWords(locale);
  if (f.asOf.value === undefined && f.asOf.before === undefined)
    return asOf ? `${noneDatedBy(asOf, locale)} ${words.givenUndated}` : words.firstListed;
  return asOf ? words.latestBy(formatDay(asOf, locale)) : words.latest;
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
