import { labelLanguage } from '../data/translate.js';
import type { Dataset, Metric, MetricId } from '../data/types.js';
import { capitalise, languageOf, quotedIn, wordsLanguage, type Quote, type Words } from './i18n.js';

/** A label of the dataset's that one of an element's sentences quotes, as the reader sees it. */
export type Label = (
  { metric: MetricId } | { event: string } | { reportedBy: true } | { claim: string }
) & {
  text: string;
};

/** The labels of the metrics a view shows, and whose figures the dataset holds ("as reported by …"), for labelsIn(). */
export const shownLabels = (data: Dataset, metrics: readonly Metric[]): Label[] => [
  ...metrics.map((m) => ({ metric: m.id, text: m.label })),
  ...(data.scope?.reportedBy ? [{ reportedBy: true as const, text: data.scope.reportedBy }] : []),
];

/**
 * `text`, one of an element's sentences, with the dataset's labels it quotes
 * (a metric's label, an event's title, whose figures they are) marked with their language where it is
 * not the sentence's: on a French page, a dataset with no French labels has
 * "civilians killed" read by an English voice, not a French one. Region and
 * reporters' names are proper names, left as they are.
 */
export function labelsIn(
  data: Dataset,
  locale: string,
  text: string,
  labels: readonly Label[],
): Words {
  const own = languageOf(wordsLanguage(locale));
  const quotes: Quote[] = labels.flatMap((label) => {
    const lang = labelLanguage(data, locale, label);
    if (languageOf(lang) === own) return [];
    // A sentence may start with it: "Civilians killed: 21".
    return [label.text, capitalise(label.text, locale)].map((words) => ({ lang, text: words }));
  });
  return quotes.length > 0 ? quotedIn(text, quotes) : text;
}
