import { messages, sentence } from '../../internal/i18n.js';

/**
 * Every word <cw-regional-bar-chart> writes, in English; other languages:
 * src/i18n/. Numbers, dates and lists arrive formatted for the locale.
 */
export const CHART_EN = {
  loading: 'Loading regional figures…',
  /** The drawing's name: what it is, how many bars, and the scale. */
  plot: (count: number, countText: string, max: string) =>
    `Bar chart, ${countText} ${count === 1 ? 'bar' : 'bars'}, scale from 0 to ${max}`,
  keys: 'Arrow keys move between regions; Enter or Space shows or hides the details; Escape hides them.',
  showTable: 'Show table',
  hideTable: 'Hide table',
  region: 'Region',
  date: 'Date',
  dateSourceStatus: 'Date, source and status',
  sum: 'Sum of regional figures',
  national: 'National figure',
  /** At a bar's end and in the table, where a region has no figure. */
  notReported: 'not reported',
  /** Where, with as-of, a region's only figure has no date: it is not "not reported". */
  dateNotStated: 'date not stated',
  /** "Civilians killed in Azerbaijan, by region"; `metrics` is the joined metric labels. */
  title: (metrics: string, area: string) =>
    area ? `${metrics} in ${area}, by region` : `${metrics} by region`,
  whose: (reportedBy: string) => `as reported by ${reportedBy}`,
  /** The table's caption, before its as-of line: the title and `whose` (may be empty). */
  caption: (title: string, whose: string) => (whose ? `${title}, ${whose}` : title),
  otherRegions: (count: string) => `Other regions (${count})`,
  /** "Other regions: A, B and 3 more". */
  otherRegionsList: (names: string) => `Other regions: ${names}`,
  more: (count: string) => `${count} more`,
  /** What "the most reported …" calls a metric; one a page catalogue leaves out uses its label. */
  noun: {
    killed: 'deaths',
    injured: 'injuries',
    'houses-damaged': 'damaged houses',
    'buildings-damaged': 'damaged residential buildings',
    'facilities-damaged': 'damaged civilian facilities',
  } as Record<string, string>,
  /** "about 70 civilians injured". */
  /** The summary, clause by clause. `some` is someFigure() or someDatedFigure(). */
  someFigure: (metric: string) => `reported figure for ${metric}`,
  someDatedFigure: (metric: string, day: string) =>
    `figure for ${metric} dated on or before ${day}`,
  noRegion: (some: string, national: string) =>
    `no region has a ${some}${national ? ` (${national} nationally)` : ''}`,
  onlyRegion: (region: string, some: string, figure: string, national: string) =>
    `${region} is the only region with a ${some}, ${figure}${national ? `, of ${national} nationally` : ''}`,
  leader: (region: string, noun: string, figure: string, national: string) =>
    `${region} has the most reported ${noun}, ${figure}${national ? `, of ${national} nationally` : ''}`,
  leaders: (regions: string, noun: string, figure: string, national: string) =>
    `${regions} have the most reported ${noun}, ${figure} each${national ? `, of ${national} nationally` : ''}`,
  /** `whose` (may be empty) and the clauses, one per metric. */
  summary: (whose: string, clauses: readonly string[]) =>
    `${[whose, clauses.join('; ')].filter(Boolean).join(', ')}.`,
  /** What a fold leaves out of the bars. `top` is a count; `highlighted` the extra highlighted regions. */
  fold: (
    top: number,
    topText: string,
    noun: string,
    highlighted: number,
    highlightedText: string,
    folded: string,
  ) =>
    `The bars show ${top === 1 ? 'the region' : `the ${topText} regions`} with the most reported ${noun}${
      highlighted > 0
        ? ` and ${highlightedText} highlighted region${highlighted === 1 ? '' : 's'}`
        : ''
    }; the other ${folded} are added up in one bar and listed in the table.`,
  /** Regional figures that do not add up to the national one. */
  sumBelow: (sum: string, national: string, metric: string, date: string) =>
    `Regional figures add up to ${sum} of the ${national} ${metric} reported nationally${date ? ` ${sentence(date)}` : '.'}`,
  sumAbove: (sum: string, national: string, metric: string, date: string) =>
    `Regional figures add up to ${sum}, more than the ${national} ${metric} reported nationally${date ? ` ${sentence(date)}` : '.'}`,
  notReportedList: (names: string) => `Not reported: ${names}.`,
  /** Figures given without a date, with as-of. */
  undated: (day: string, lists: string) =>
    `Given without a date, so not drawn for ${sentence(day)} ${lists}`,
  undatedMetric: (metric: string, items: string) => `${metric}: ${items}.`,
  undatedNational: (figure: string) => `national figure ${figure}`,
  /** The line under the title. */
  latestBy: (day: string) => `Latest figures on or before ${day}`,
  noDates: 'Latest figure for each region; the source states no dates',
  datesVary: 'Latest figure for each region; dates vary',
  /** How many regions of a fold have no figure: "5 not reported"; `of` is the fold's size or ''. */
  gap: (count: string, of: string, what: string) => `${count}${of ? ` of ${of}` : ''} ${what}`,
  /** A row's value in words. */
  inTotal: (amount: string) => `${amount} in total`,
  missing: (metric: string, what: string) => `${metric}: ${what}`,
  undatedAmount: (amount: string, what: string) => `${amount}, ${what}`,
  /** In a bar's name, for a fold over more than two dates. */
  variousDates: 'dates vary',
  alsoGiven: (amount: string, date: string) => `Also given: ${amount}, ${date}`,
  sameSource: ' (same source and section).',
  /** A label: the dataset's reason follows it, after common.colon, in the dataset's language. */
  whyShown: (amount: string) => `Why ${amount} is shown`,
};

export type ChartMessages = typeof CHART_EN;

/** The chart's words for `locale`. */
export const chartWords = (locale: string) => messages(locale, 'chart', CHART_EN);
