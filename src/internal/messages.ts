import type { Qualifier, ReporterKind } from '../data/types.js';
import type { CwErrorCode } from './errors.js';
import { html, type TemplateResult } from 'lit';
import { messages, sentence, wordsIn } from './i18n.js';

/**
 * The words all three elements share, in English: qualifiers, dates, source
 * lines and errors. Other languages: src/i18n/. Values arrive formatted for
 * the locale (numbers, dates, lists); a message only places them.
 */
export const COMMON_EN = {
  /** Words before a number: "about 70", "at least 21"; with their trailing space. */
  qualifier: {
    exact: '',
    about: 'about ',
    estimated: 'an estimated ',
    'at-least': 'at least ',
    'more-than': 'more than ',
    'up-to': 'up to ',
  } satisfies Record<Qualifier, string>,
  dateNotStated: 'date not stated',
  dateNotStatedBefore: (day: string) => `date not stated (before ${day})`,
  /** In place of the day, for a time the source gives without one: "day not stated, about 13:30". */
  dayNotStated: 'day not stated',
  /** A date with its time of day: "11 Oct 2020, about 04:00". */
  dateTime: (date: string, time: string, about: boolean) =>
    `${date}, ${about ? 'about ' : ''}${time}`,
  /** A time of day alone: "about 04:00". */
  time: (time: string, about: boolean) => `${about ? 'about ' : ''}${time}`,
  asOf: (date: string) => `as of ${date}`,
  /** Between the items of a list that are phrases themselves (credits, dates, titles). */
  separator: '; ',
  /** After a label, before what it introduces ("Ganja: 25 civilians killed"), without the space after. */
  colon: ':',
  /**
   * A figure with what it counts. The dataset's label is plural ("civilians
   * killed"): where `value` takes the singular, the label comes first, so
   * the words agree: "91 civilians killed", "civilians killed: 1".
   */
  counted: (figure: string, label: string, value: number) =>
    value === 1 ? `${label}: ${figure}` : `${figure} ${label}`,
  /** What the live region says when an element shows other data: its title, then its summary. */
  changed: (title: string, summary: string) => `${title}. ${summary}`,
  /** A reporter that is also the source's publisher: the claim is the report's own. */
  namesNoSource: (reporter: string) => `${reporter} (the report names no source)`,
  /** Whose claim it is, by kind of reporter, lower case (it may follow a semicolon). */
  reporterKind: {
    party: 'reported by a party to the conflict',
    advocacy: 'an advocacy report’s own claim',
    independent: 'a statement by an independent organisation, not a verification',
  } satisfies Record<ReporterKind, string>,
  /** `kinds` is the reporterKind list; `unverified` when a party or advocate says it. */
  statusReported: (kinds: string, unverified: boolean) =>
    `${kinds}${unverified ? '; not independently verified' : ''}.`,
  statusCorroborated: 'Corroborated by an independent organisation.',
  statusMixed: (kinds: string, unverified: boolean) =>
    `${kinds}. Some claims corroborated by an independent organisation${unverified ? ', the others not independently verified' : ''}.`,
  /** The source's own section heading, quoted and labelled as its words. */
  heading: (section: string) => `the report’s heading: “${section}”`,
  /** The line under every element. `date` may be empty; `status` is a full sentence. */
  sourceLine: (reporters: readonly string[], date: string, status: string, cited: string) =>
    `${sentence(`${reporters.length > 1 ? 'Sources' : 'Source'}: ${reporters.join('; ')}${date ? `, ${date}` : ''}`)} ${status} Cited from ${sentence(cited)}`,
  citedFrom: (where: string) => `Cited from ${sentence(where)}`,
  /** A dataset without a scope statement: whose figures they are. */
  scopeFallback: (reporters: string) => `Figures as reported by ${reporters}.`,
  /** The `download` link: the figures shown, as a spreadsheet file. */
  getData: 'Get the data (CSV)',
  /** The `image-export` buttons: the group's name, then one per format. */
  saveImage: 'Save image',
  saveSvg: 'SVG',
  savePng: 'PNG',
  savePng2x: 'PNG, 2×',
  /**
   * What a reader sees when an element cannot show its figures, by error
   * code; the technical detail follows in the page's developer language.
   */
  error: {
    'fetch-failed': 'The figures could not be loaded.',
    timeout: 'The figures took too long to load.',
    'http-status': 'The figures could not be loaded.',
    'content-type': 'The figures could not be read.',
    'too-large': 'The figures could not be loaded: the file is too large.',
    'invalid-json': 'The figures could not be read.',
    'invalid-data': 'The figures could not be used: the data has errors.',
    'invalid-attribute': 'This graphic is set up wrongly.',
    'unknown-region': 'This graphic asks for a region the data does not have.',
    'invalid-csv': 'The spreadsheet could not be used.',
    'csv-rows-skipped': 'Some rows of the spreadsheet were left out.',
    'image-failed': 'The image could not be saved.',
  } satisfies Record<CwErrorCode, string>,
};

export type CommonMessages = typeof COMMON_EN;

/** The shared words for `locale`. */
export const common = (locale: string) => messages(locale, 'common', COMMON_EN);

/**
 * "Why 25 is shown: …": one of the element's labels, its colon as `locale`
 * writes it, then the dataset's words, marked with their language (`lang`).
 */
export const labelledWords = (
  label: string,
  lang: string | undefined,
  text: string,
  locale: string,
): TemplateResult => html`${label}${common(locale).colon} ${wordsIn(lang, text)}`;

/** "A; B; C" as `locale` separates phrases: "A ; B ; C" in French. */
export const phraseList = (items: readonly string[], locale: string) =>
  items.join(common(locale).separator);
