import { html, type TemplateResult } from 'lit';
import { onServer } from './on-server.js';
import type { Catalogue, PartialCatalogue } from '../i18n/catalogue.js';

/**
 * Message catalogues: every word the elements write, per language.
 *
 * English is built into each element (its section's messages live beside
 * its code); French and Russian ship as chunks loaded only when an element's
 * locale asks for them; a page can register its own catalogue for any
 * locale. Lit's own @lit/localize sets ONE locale for the whole page, while
 * our elements take a locale each (a bilingual article, the builder's
 * preview), so the lookup here is per element: `messages(locale, section)`.
 */

/** Catalogues the package ships besides English, fetched on first use. */
const BUILT_IN: Partial<Record<string, () => Promise<{ default: Catalogue }>>> = {
  fr: () => import('../i18n/fr.js'),
  ru: () => import('../i18n/ru.js'),
};

const registered = new Map<string, PartialCatalogue>();
const loading = new Map<string, Promise<void>>();
const warned = new Set<string>();
const merged = new Map<string, unknown>();

/**
 * Makes `catalogue` the words for `locale` ("de", "de-CH", "ar"): the
 * elements use it for that tag, and for tags of the same language that have
 * none of their own. Any key left out falls back to English, with one
 * console warning per key. Register before the elements render, or call
 * their `requestUpdate()` after.
 */
export function registerCatalogue(locale: string, catalogue: PartialCatalogue): void {
  const tag = locale.toLowerCase();
  registered.set(tag, catalogue);
  for (const key of merged.keys()) if (key.startsWith(`${tag}|`)) merged.delete(key);
}

/** The language of a BCP 47 tag, lower case: `fr` for `fr-CA`. */
export const languageOf = (tag: string): string => tag.toLowerCase().split('-')[0] ?? '';

/** The registered tag whose words `locale` uses: itself, else its language, else none (English). */
function catalogueTag(locale: string): string | undefined {
  const tag = locale.toLowerCase();
  if (registered.has(tag)) return tag;
  const language = languageOf(tag);
  return registered.has(language) ? language : undefined;
}

/**
 * The language an element's words are in for `locale`: the locale's own where
 * a catalogue speaks it (shipped or registered), else English, whose words
 * fill in. What the element's root says, so a screen reader on a German page
 * without a German catalogue reads the English sentences in English; numbers
 * and dates still follow `locale`.
 */
export const wordsLanguage = (locale: string): string =>
  catalogueTag(locale) || languageOf(locale) === 'en' ? locale : 'en';

/** The direction the element's words are written in for `locale` (wordsLanguage()'s). */
export const wordsDirection = (locale: string) => textDirection(wordsLanguage(locale));

/**
 * Starts loading the catalogue `locale` needs, if the package ships one and it
 * is not loaded yet; resolves at once otherwise. Elements show their loading
 * state meanwhile, so a French page never flashes English sentences.
 */
export function loadCatalogue(locale: string): Promise<void> | undefined {
  if (catalogueTag(locale)) return undefined;
  const language = languageOf(locale);
  const load = BUILT_IN[language];
  if (!load) return undefined;
  let pending = loading.get(language);
  if (!pending) {
    pending = load().then(
      (module) => {
        if (!registered.has(language)) registerCatalogue(language, module.default);
      },
      // A failed chunk leaves English, never a stuck element.
      () => {
        registerCatalogue(language, {});
      },
    );
    loading.set(language, pending);
  }
  return pending;
}

/**
 * One section of the words for `locale`: the registered catalogue's, with
 * `english` filling any key it lacks (warned once per locale and key). Every
 * message keeps the words it is given apart from its own (isolated()), so a
 * right-to-left region name does not carry the date after it along with it;
 * in a right-to-left element, English words (a catalogue's fill-ins, or all
 * of them where the language has no catalogue) are kept apart as a whole.
 */
export function messages<S extends keyof Omit<Catalogue, 'dir'>>(
  locale: string,
  section: S,
  english: Catalogue[S],
): Catalogue[S] {
  const tag = catalogueTag(locale);
  const dir = textDirection(locale);
  const key = `${tag ?? ''}|${dir}|${section}`;
  let words = merged.get(key) as Catalogue[S] | undefined;
  if (!words) {
    const own = ((tag && registered.get(tag)?.[section]) ?? {}) as Partial<Catalogue[S]>;
    for (const name of Object.keys(english)) {
      if (!tag || name in own || warned.has(`${key}.${name}`)) continue;
      warned.add(`${key}.${name}`);
      console.warn(
        `conflict-widgets: the “${tag}” catalogue has no ${section}.${name}; using English.`,
      );
    }
    words = { ...keptApart(english, 'ltr', dir), ...keptApart(own, dir, dir) };
    merged.set(key, words);
  }
  return words;
}

/**
 * `words` (a section of one catalogue, written `dir`) for use in an element
 * written `context`: each message isolates the words it is given from its
 * own, and words of the other direction are isolated as a whole.
 */
function keptApart<T extends object>(words: T, dir: Direction, context: Direction): T {
  const whole = (text: unknown) =>
    dir === context || typeof text !== 'string' ? text : marked(text, dir);
  const given = (value: unknown) =>
    typeof value === 'string'
      ? isolated(value, dir)
      : Array.isArray(value)
        ? value.map((v: unknown) => (typeof v === 'string' ? isolated(v, dir) : v))
        : value;
  return Object.fromEntries(
    Object.entries(words).map(([name, value]) => [
      name,
      typeof value === 'function'
        ? (...args: unknown[]) => whole((value as (...a: unknown[]) => unknown)(...args.map(given)))
        : typeof value === 'string'
          ? whole(value)
          : value,
    ]),
  ) as T;
}

/**
 * The nearest `lang` around `node`, as the browser finds it: up through the
 * shadow roots of the components it sits in (a framework's component that
 * renders the element in its own shadow root), not only its own tree.
 */
function nearestLang(node: Element): string | undefined {
  const marked = node.closest('[lang]');
  if (marked) return marked.getAttribute('lang') ?? undefined;
  const root = node.getRootNode();
  return root instanceof ShadowRoot ? nearestLang(root.host) : undefined;
}

/** The locale an element formats for: its `locale` attribute, else the nearest `lang`, else English. */
export function resolveLocale(host: HTMLElement, locale: string | undefined): string {
  // A server render sees no page: its `lang` arrives as the `locale` attribute.
  const nearest = onServer ? undefined : nearestLang(host);
  const candidate = locale ?? nearest ?? 'en';
  try {
    return Intl.NumberFormat.supportedLocalesOf(candidate).length > 0 ? candidate : 'en';
  } catch {
    return 'en';
  }
}

/** The hosts each catalogue load will update when it arrives. */
const waking = new WeakMap<Promise<void>, WeakSet<object>>();

/**
 * The locale an element writes in, once its catalogue is loaded; undefined
 * while it loads, and the host updates when it arrives.
 */
export function readyLocale(
  host: HTMLElement & { requestUpdate(): void },
  locale: string | undefined,
): string | undefined {
  const resolved = resolveLocale(host, locale);
  const pending = loadCatalogue(resolved);
  if (!pending) return resolved;
  // Each update while the words load asks again: the host is woken once.
  let hosts = waking.get(pending);
  if (!hosts) waking.set(pending, (hosts = new WeakSet()));
  if (!hosts.has(host)) {
    hosts.add(host);
    void pending.then(() => {
      host.requestUpdate();
    });
  }
  return undefined;
}

/** The load of the catalogue the host's locale needs, while one is under way. */
export function catalogueLoading(
  host: HTMLElement,
  locale: string | undefined,
): Promise<void> | undefined {
  return loadCatalogue(resolveLocale(host, locale));
}

type Direction = 'ltr' | 'rtl';

/** Scripts written right to left. */
const RTL_SCRIPTS =
  '\\p{sc=Hebrew}\\p{sc=Arabic}\\p{sc=Syriac}\\p{sc=Thaana}\\p{sc=Nko}\\p{sc=Samaritan}\\p{sc=Mandaic}\\p{sc=Adlam}\\p{sc=Hanifi_Rohingya}';
/** A letter written the other way from `dir`. */
const AGAINST: Record<Direction, RegExp> = {
  ltr: new RegExp(`(?=\\p{L})[${RTL_SCRIPTS}]`, 'u'),
  rtl: new RegExp(`(?![${RTL_SCRIPTS}])\\p{L}`, 'u'),
};

/**
 * `text` for a sentence written `dir`: as it is, or, where it holds letters
 * written the other way (an Arabic region name in English, an English one in
 * Arabic), between the Unicode isolate marks of `dir` (LRI or RLI … PDI), so
 * that what follows it ("كنجة, 11 Oct") is not drawn into it ("11 ,كنجة
 * Oct"). Marks, not markup: the words go into SVG labels, attributes and
 * lists as well as into HTML. A list of such names stays in reading order.
 */
export const isolated = (text: string, dir: Direction): string =>
  AGAINST[dir].test(text) ? marked(text, dir) : text;

/**
 * `text` between the isolate marks of `dir` (LRI or RLI, and PDI), then the
 * mark of `dir` itself (LRM or RLM). WebKit's SVG text ignores isolate marks
 * and would draw "11 ,كنجة Oct"; the mark after the name keeps what follows
 * it out of the name's run there too, and changes nothing where isolates work.
 */
const marked = (text: string, dir: Direction) =>
  dir === 'ltr' ? `\u2066${text}\u2069\u200e` : `\u2067${text}\u2069\u200f`;

/**
 * The writing direction of `locale`: its catalogue's `dir`, else the script's
 * own (Intl's text info: `ar`, `fa`, `he`, `ur` are right to left), so an
 * Arabic page mirrors the drawings even before it registers its words.
 */
export function textDirection(locale: string): Direction {
  const tag = catalogueTag(locale);
  const own = tag ? registered.get(tag)?.dir : undefined;
  if (own) return own;
  let script = scriptDirections.get(locale);
  if (!script) {
    // Chromium and Safari have getTextInfo(); Firefox the textInfo property; else left to right.
    const info = new Intl.Locale(locale) as Intl.Locale & {
      getTextInfo?: () => { direction?: string };
      textInfo?: { direction?: string };
    };
    script = (info.getTextInfo?.() ?? info.textInfo)?.direction === 'rtl' ? 'rtl' : 'ltr';
    scriptDirections.set(locale, script);
  }
  return script;
}

/** Each locale's script direction, asked of Intl once: messages() asks for it on every call. */
const scriptDirections = new Map<string, Direction>();

/** Text for a template: plain, or with parts marked by wordsIn(). */
export type Words = TemplateResult | string;

/**
 * Words whose language need not be the element's (the dataset's own notes,
 * summaries, claims, reasons and scope statement): marked with their
 * language, so a screen reader pronounces them in it, and with its
 * direction, so English in a right-to-left element keeps its full stop at
 * its end. Without a `lang` the words are the element's own: plain text.
 */
export const wordsIn = (lang: string | undefined, text: string): Words =>
  lang ? html`<span lang=${lang} dir=${textDirection(lang)}>${text}</span>` : text;

/** Words of another language inside an element's sentence: a label, a citation's locator. */
export interface Quote {
  lang: string;
  text: string;
}

/**
 * `text`, a sentence of the element's that quotes other words (a source line
 * citing "section 7 (Barda strikes)", a label the dataset does not
 * translate), with every place it holds one of `quotes` marked by wordsIn()
 * with that quote's language. A quote that overlaps an earlier one is left
 * inside it; of two that start together, the longer wins.
 */
export function quotedIn(text: string, quotes: readonly Quote[]): Words {
  const found: [number, number, string][] = [];
  const seen = new Set<string>();
  for (const { lang, text: part } of quotes) {
    if (!part || seen.has(part)) continue;
    seen.add(part);
    for (let at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length))
      found.push([at, at + part.length, lang]);
  }
  if (found.length === 0) return text;
  found.sort(([a, aEnd], [b, bEnd]) => a - b || bEnd - aEnd);
  const pieces: Words[] = [];
  let from = 0;
  for (const [start, end, lang] of found) {
    if (start < from) continue;
    pieces.push(text.slice(from, start), wordsIn(lang, text.slice(start, end)));
    from = end;
  }
  pieces.push(text.slice(from));
  return html`${pieces}`;
}

/** quotedIn() for parts all in one language; without a language, the text as it is. */
export const wordsWithin = (lang: string | undefined, text: string, parts: readonly string[]) =>
  lang
    ? quotedIn(
        text,
        parts.map((part) => ({ lang, text: part })),
      )
    : text;

const pluralRules = new Map<string, Intl.PluralRules>();

/** The form of a word for count `n` in `locale`: `forms.one`, `forms.few`…, else `forms.other`. */
export function plural(
  locale: string,
  n: number,
  forms: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string },
): string {
  let rules = pluralRules.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(locale);
    pluralRules.set(locale, rules);
  }
  return forms[rules.select(n)] ?? forms.other;
}

const listFormats = new Map<string, Intl.ListFormat>();

/**
 * "a, b and c" in the language of the element's words (wordsLanguage()):
 * a German page without a German catalogue gets English sentences, so
 * "and", not "und". Bare `en` lists as news style does, without the serial
 * comma Intl's `en` adds (as formatUtc() writes its dates day-month-year).
 */
export function listText(locale: string, items: readonly string[]): string {
  const words = wordsLanguage(locale);
  let format = listFormats.get(words);
  if (!format) {
    format = new Intl.ListFormat(words === 'en' ? 'en-GB' : words, { type: 'conjunction' });
    listFormats.set(words, format);
  }
  return format.format(items.map((item) => isolated(item, wordsDirection(locale))));
}

/** The first letter in upper case, as `locale` writes it (after any isolate mark). */
export const capitalise = (text: string, locale: string) =>
  text.replace(
    /^(\p{Cf}*)(.)/su,
    (_, marks: string, first: string) => marks + first.toLocaleUpperCase(locale),
  );

/**
 * `text` ended as a sentence: with a full stop, unless it ends with one
 * already, as dates do in many languages ("4 нояб. 2020 г.", "27 sept.",
 * "2020. nov. 4.") and a dataset's own words may.
 */
export const sentence = (text: string) => (/\.\p{Cf}*$/u.test(text) ? text : `${text}.`);
