import { messages, sentence } from '../../internal/i18n.js';

/** Every word <cw-casualty-counter> writes, in English; other languages: src/i18n/. */
export const COUNTER_EN = {
  loading: 'Loading figure…',
  /** The label: "civilians killed in Barda". */
  labelIn: (metric: string, place: string) => `${metric} in ${place}`,
  /** `list` is the other versions, joined: "65 (date not stated)". */
  alsoGives: (list: string, sameSource: boolean) =>
    `${sameSource ? 'The report also gives' : 'The sources also give'} ${list}.`,
  /** A version with its date: "65 (date not stated)", "about 70 (as of 23 Oct 2020)". */
  version: (figure: string, date: string) => `${figure} (${date})`,
  whyShown: (figure: string) => `Why ${figure} is shown`,
  /** Before a note the dataset gives, in the dataset's own language. */
  noteLabel: 'Note:',
  noneDatedBy: (day: string) => `No figure is dated on or before ${sentence(day)}`,
  givenUndated: 'This version is given without a date.',
  firstListed:
    'No version has a stated date, and the data does not say which to prefer: the first listed is shown.',
  latestBy: (day: string) => `It is the latest figure dated on or before ${sentence(day)}`,
  latest: 'It is the latest figure with a stated date.',
  /** In place of a figure the data lacks; `region` and `day` may be empty. */
  notReported: (region: string, day: string) =>
    `Not reported${region ? ` for ${region}` : ''}${day ? ` as of ${day}` : ''}`,
  /** What screen readers hear for it. */
  notReportedSummary: (label: string, region: string, day: string) =>
    sentence(
      `${label}: not reported${region ? ` for ${region}` : ''}${day ? ` as of ${day}` : ''}`,
    ),
  /** What screen readers hear for a figure: "91 civilians killed, as of 4 Nov 2020." `figure` is common.counted, capitalised. */
  summary: (figure: string, date: string) => `${figure}, ${sentence(date)}`,
  /** The attribution of an absent figure: which dataset was checked. */
  datasetChecked: (title: string, sources: string) =>
    `Dataset checked: “${title}”${sources ? ` (${sources})` : ''}.`,
};

export type CounterMessages = typeof COUNTER_EN;

/** The counter's words for `locale`. */
export const counterWords = (locale: string) => messages(locale, 'counter', COUNTER_EN);
