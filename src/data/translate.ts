import type { Dataset, DatasetTranslation, MetricId } from './types.js';

const copies = new WeakMap<Dataset, Map<string, Dataset>>();

/** The translation `locale` reads: its own tag's, else its language's, else none. */
function translationFor(data: Dataset, locale: string): DatasetTranslation | undefined {
  const all = data.translations;
  if (!all) return undefined;
  const tag = locale.toLowerCase();
  const language = tag.split('-')[0];
  const key =
    Object.keys(all).find((k) => k.toLowerCase() === tag) ??
    Object.keys(all).find((k) => k.toLowerCase() === language);
  return key === undefined ? undefined : all[key];
}

/**
 * The dataset as a reader of `locale` sees it: metric labels, region names,
 * reporters' names, event titles and places, and the scope in that language where the dataset
 * translates them. Region names in the dataset's own language stay
 * alternates, so `region="Barda"` still finds the region on a French page.
 * The same object for the same data and locale, so views memoised on the
 * data stay valid; the data itself when nothing is translated.
 */
export function translated(data: Dataset, locale: string): Dataset {
  const t = translationFor(data, locale);
  if (!t) return data;
  let byLocale = copies.get(data);
  if (!byLocale) copies.set(data, (byLocale = new Map<string, Dataset>()));
  let copy = byLocale.get(locale);
  if (!copy) {
    copy = {
      ...data,
      ...(data.scope ? { scope: { ...data.scope, ...t.scope } } : {}),
      metrics: data.metrics.map((m) => ({ ...m, label: t.metrics?.[m.id] ?? m.label })),
      regions: data.regions.map((r) => {
        const name = t.regions?.[r.id];
        return name ? { ...r, name, alternates: [...r.alternates, r.name] } : r;
      }),
      reporters: data.reporters.map((r) => ({ ...r, name: t.reporters?.[r.id] ?? r.name })),
      events: data.events.map((e) => {
        const words = t.events?.[e.id];
        return words ? { ...e, ...words } : e;
      }),
    };
    byLocale.set(locale, copy);
  }
  return copy;
}

/** The language of the dataset's own text (notes, summaries, citations): its `language`, else English. */
export const textLanguage = (data: Dataset) => data.language ?? 'en';

/** The language of the scope statement a reader of `locale` sees: the reader's where the dataset translates it, else the dataset's. */
export const scopeLanguage = (data: Dataset, locale: string) =>
  translationFor(data, locale)?.scope?.statement ? locale : textLanguage(data);

/**
 * The language a reader of `locale` sees a metric's label, an event's title,
 * a claim's text or the scope's "reported by" in: the locale's where the
 * dataset translates it, else the dataset's.
 */
export function labelLanguage(
  data: Dataset,
  locale: string,
  label: { metric: MetricId } | { event: string } | { reportedBy: true } | { claim: string },
): string {
  // A claim's text is never translated.
  if ('claim' in label) return textLanguage(data);
  const t = translationFor(data, locale);
  const words =
    'metric' in label
      ? t?.metrics?.[label.metric]
      : 'event' in label
        ? t?.events?.[label.event]?.title
        : t?.scope?.reportedBy;
  return words ? locale : textLanguage(data);
}
