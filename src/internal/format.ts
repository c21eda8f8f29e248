import type { DateStamp, Qualifier } from '../data/types.js';
import { common } from './messages.js';

const numberFormats = new Map<string, Intl.NumberFormat>();
export function formatNumber(value: number, locale: string): string {
  let format = numberFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
    numberFormats.set(locale, format);
  }
  return format.format(value);
}

const QUALIFIER_MARKS: Record<Qualifier, string> = {
  exact: '',
  about: '~',
  estimated: '~',
  'at-least': '≥',
  'more-than': '>',
  'up-to': '≤',
};

/** "about 70", "at least 21", "405". */
export function qualifiedNumber(value: number, qualifier: Qualifier, locale: string): string {
  return `${qualifierWords(qualifier, locale)}${formatNumber(value, locale)}`;
}

/** "at least 21 civilians killed", "civilians killed: 1": a figure with the dataset's label for what it counts. */
export function countedText(
  figure: { value: number; qualifier: Qualifier },
  label: string,
  locale: string,
): string {
  return common(locale).counted(
    qualifiedNumber(figure.value, figure.qualifier, locale),
    label,
    figure.value,
  );
}

/** The words before a number ("about "), for layouts that style the number apart. */
export function qualifierWords(qualifier: Qualifier, locale: string): string {
  return common(locale).qualifier[qualifier];
}

/** "~70", "≥21": for bar ends and other tight spots; always paired with words elsewhere. */
export function qualifiedShort(value: number, qualifier: Qualifier, locale: string): string {
  return `${QUALIFIER_MARKS[qualifier]}${formatNumber(value, locale)}`;
}

/** The date formats the elements write, as constants so each formatter is built once per locale. */
const DATE_FORMATS = {
  day: { day: 'numeric', month: 'short', year: 'numeric' },
  'day-no-year': { day: 'numeric', month: 'short' },
  month: { month: 'short' },
  'month-year': { month: 'short', year: 'numeric' },
  year: { year: 'numeric' },
  time: { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;
export type DateFormat = keyof typeof DATE_FORMATS;

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * Formats a wall-clock time at the place, stored UTC-naive (see stampTime()),
 * in UTC so it never shifts to the reader's zone. Bare `en` is written
 * day-month-year ("4 Nov 2020", "27 Sep"), as news style expects, where
 * Intl's `en` would say "Nov 4, 2020"; every other locale keeps its own order.
 * Formatters are built once per format and locale: a chart of thousands of
 * regions formats thousands of dates.
 */
export function formatUtc(time: number, locale: string, format: DateFormat): string {
  const key = `${format}|${locale}`;
  let formatter = dateFormats.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, { ...DATE_FORMATS[format], timeZone: 'UTC' });
    dateFormats.set(key, formatter);
  }
  if (locale !== 'en' || !('month' in DATE_FORMATS[format]) || !('day' in DATE_FORMATS[format]))
    return formatter.format(time);
  const parts = formatter.formatToParts(time);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value;
  return [part('day'), part('month'), part('year')].filter(Boolean).join(' ');
}

/** "4 Nov 2020" for a `YYYY-MM-DD` day. */
export function formatDay(day: string, locale: string): string {
  return formatUtc(Date.parse(`${day.slice(0, 10)}T00:00:00Z`), locale, 'day');
}

/**
 * A date stamp in words, as precise as the source: "11 Oct 2020, about 04:00",
 * or "day not stated, about 13:30" for a time given without its day.
 */
export function formatStamp(stamp: DateStamp, locale: string): string {
  const words = common(locale);
  if (!stamp.value)
    return stamp.before
      ? words.dateNotStatedBefore(formatDay(stamp.before, locale))
      : words.dateNotStated;
  if (stamp.precision === 'day') return formatDay(stamp.value, locale);
  // A time whose day the source does not state: the day (from elsewhere) is not written as its.
  const date = stamp.day === 'not-stated' ? words.dayNotStated : formatDay(stamp.value, locale);
  return words.dateTime(date, stamp.value.slice(11, 16), stamp.precision === 'about-time');
}

/** "as of 4 Nov 2020", or "date not stated". */
export function asOfText(stamp: DateStamp, locale: string): string {
  return stamp.value ? common(locale).asOf(formatStamp(stamp, locale)) : formatStamp(stamp, locale);
}
