// Every English word the CSV reader writes, in one place for the translation
// pass. Messages speak to a reporter with the spreadsheet open: rows are
// numbered as the spreadsheet numbers them (the header is row 1) and columns
// are named as row 1 names them.

import type { MetricId } from './metric-ids.js';

/** Longest part of a cell a message quotes: a message is for reading, not a copy of the sheet. */
const QUOTE_LIMIT = 40;

/** A cell's text, quoted and cut short. */
export const cell = (text: string): string =>
  `'${text.length > QUOTE_LIMIT ? `${text.slice(0, QUOTE_LIMIT - 1)}…` : text}'`;

const list = (items: readonly string[]) => items.join(', ');

/** Where a problem is: "row 12, column value". */
export const where = (row: number, column?: string): string =>
  column === undefined ? `row ${row}` : `row ${row}, column ${column}`;

/** Labels for metrics a spreadsheet names without its own metric_label. */
export const METRIC_LABELS: Record<MetricId, string> = {
  killed: 'people killed',
  injured: 'people injured',
  'houses-damaged': 'houses damaged',
  'buildings-damaged': 'buildings damaged',
  'facilities-damaged': 'facilities damaged',
};

/** The title of a dataset whose spreadsheet has no `dataset` row with one. */
export const UNTITLED = 'Figures from a spreadsheet';

/** Where a reporter finds every column, rather than a list longer than the message. */
const TEMPLATE = 'data/template.csv has every column the widgets read.';

/** Problems with the file as a whole: nothing in it can be shown. */
export const fileText = {
  empty: (where: string) => `The spreadsheet at ${where} is empty.`,
  notUtf8: (where: string) =>
    `The spreadsheet at ${where} is not UTF-8 text (it holds zero bytes, as UTF-16 files without a byte-order mark do): save it as "CSV UTF-8".`,
  noRows: (where: string) =>
    `The spreadsheet at ${where} has a header row but no rows of figures under it.`,
  unknownColumns: (where: string, names: readonly string[]) =>
    `The spreadsheet at ${where} has ${names.length > 1 ? 'columns' : 'a column'} the widgets do not read: ${list(names.slice(0, 3).map(cell))}${names.length > 3 ? ` and ${names.length - 3} more` : ''}. Rename or delete ${names.length > 1 ? 'them' : 'it'} in row 1; ${TEMPLATE}`,
  noKnownColumns: (where: string) =>
    `Row 1 of the spreadsheet at ${where} names none of the columns the widgets read, so it is not in their layout; ${TEMPLATE}`,
  missingColumns: (where: string, names: readonly string[]) =>
    `The spreadsheet at ${where} has no ${names.length > 1 ? 'columns' : 'column'} ${list(names)}: add ${names.length > 1 ? 'them' : 'it'} to row 1.`,
  repeatedColumn: (where: string, name: string) =>
    `The spreadsheet at ${where} names column ${name} twice in row 1: delete one.`,
  noneUsable: (where: string, count: number) =>
    `None of the ${count} rows of the spreadsheet at ${where} could be used: ${count > 1 ? 'each has' : 'it has'} a problem listed in the details.`,
  firstProblem: (location: string, message: string) => `The first: ${location}: ${message}`,
};

/** The notice shown with the figures when some rows were skipped. */
export const skippedText = (count: number, where: string): string =>
  `${count} ${count === 1 ? 'row' : 'rows'} of the spreadsheet at ${where} ${count === 1 ? 'was' : 'were'} left out because of ${count === 1 ? 'a problem' : 'problems'}; the figures shown come from the other rows.`;

/** Problems with one cell or row: the row is skipped, the message says how to fix it. */
export const rowText = {
  empty: (why: string) => `is empty: ${why}`,
  needed: {
    metric: 'put the metric, such as killed or injured',
    value:
      'put the number; an empty cell is never read as 0, so if the figure was not reported, leave only region and metric on the row',
    reporter: 'put who reported the figure',
    status: 'put reported or corroborated',
    source: 'put the title of the document the figure comes from',
    section: 'put the heading of the section the figure is in, so an editor can find it',
    title: 'put a short title for the event',
    summary: 'put one or two sentences saying what was reported, and by whom',
    reporterKind: (name: string) =>
      `say whether ${cell(name)} is a party to the conflict (party), argues one party's case (advocacy) or is independent`,
    publisher: (title: string) => `put who published ${cell(title)}`,
    event: 'put the id of the event row this row belongs to',
    figures: 'put the ids of the figures it links, separated by ;',
    shown: 'put the id of the version widgets show',
    reason: 'put why that version is shown',
    mismatch: 'put what does not add up',
    about: 'put what the claim is about',
    scope: 'put whose figures these are and what they do not cover',
  },
  notANumber: (text: string, column: string) => {
    const worded = /^\s*([^\d\s][^\d]*?)\s*(\d[\d,]*)\s*$/.exec(text);
    return worded
      ? `${cell(text)} is not a number — put ${worded[2]} in ${column} and ${cell(worded[1])} in qualifier`
      : `${cell(text)} is not a number — put a whole number such as 70`;
  },
  notWhole: (text: string) => `${cell(text)} is not a whole number of people or buildings`,
  negative: (text: string) => `${cell(text)} is negative — a count is 0 or more`,
  tooLarge: (text: string, max: number) =>
    `${cell(text)} is larger than ${max.toLocaleString('en')}, which no count of harm comes near`,
  notOneOf: (text: string, allowed: readonly string[]) =>
    `${cell(text)} is not one of ${list(allowed)}`,
  badDate: (text: string) =>
    `${cell(text)} is not a date — write it as 2020-10-28, or 2020-10-28 14:30 with a time`,
  badDay: (text: string) => `${cell(text)} is not a date — write it as 2020-10-28`,
  badMonthOrDay: (text: string) =>
    `${cell(text)} is not a date — write it as 2020-11 or 2020-11-05`,
  noSuchDay: (text: string) => `${cell(text)} is not a day on the calendar`,
  noSuchTime: (text: string) => `${cell(text)} is not a time of day (00:00 to 23:59)`,
  precisionNeedsDate: (precision: string, column: string) =>
    `says ${cell(precision)} but ${column} is empty — put the date, or put unknown`,
  precisionNeedsTime: (precision: string, column: string) =>
    `says ${cell(precision)} but ${column} has no time — add the time, or put day`,
  precisionNoTime: (column: string) =>
    `says day but ${column} has a time — put time, or about-time if the source says "around"`,
  unknownWithDate: (column: string) => `says unknown but ${column} has a date — clear one of them`,
  onlyWithTime: 'only a time has a time zone — clear it, or give a time in as_of',
  dayOnlyWithTime: 'only a time can leave its day unstated — clear it, or give a time in as_of',
  onlyWhenUnknown: 'is a bound for an unknown date — clear it, or put unknown in precision',
  onlyViolation: 'only a claim about a violation has an ordinal',
  notForType: (type: string) => `is not used on ${type} rows — clear it`,
  eventFigure: 'a figure of an event takes its place from the event row — clear region',
  kindsCount: (names: number, kinds: number) =>
    `gives ${kinds} kinds for ${names} reporters — give one kind per reporter, separated by ;`,
  disagrees: (text: string, row: number, first: string, name: string) =>
    `${cell(text)} differs from row ${row}, which gives ${cell(first)} for ${cell(name)} — use one`,
  spelling: (text: string, row: number, first: string) =>
    `${cell(text)} is spelled differently from row ${row} (${cell(first)}) — use one spelling, and put others in region_alternates`,
  repeats: (row: number) => `repeats row ${row} exactly — delete one`,
  tooManyCells: (cells: number, columns: number) =>
    `has ${cells} cells but row 1 names ${columns} columns — a cell with a comma in it needs quotes`,
  noEvent: (id: string) => `no event row has the id ${cell(id)}`,
  eventSkipped: (id: string, row: number) =>
    `the event ${cell(id)} (row ${row}) was left out — fix that row first`,
  oneDataset: (row: number) => `row ${row} is already the dataset row — keep one`,
  unnamed: (column: number) =>
    `is in column ${column}, which has no name in row 1 — name the column or clear the cell`,
};
