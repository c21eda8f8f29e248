// One spreadsheet row read on its own: every cell checked, each problem named
// by row and column. Links between rows (the same reporter on two rows, a
// figure's event) are csv-assemble.ts's work.
import { parseDay } from './query.js';
import { MAX_FIGURE } from './validate.js';
import {
  CLAIM_SUBJECTS,
  DATE_MEANINGS,
  DATE_PRECISIONS,
  DAY_STATEMENTS,
  METRIC_IDS,
  QUALIFIERS,
  REPORTER_KINDS,
  STATUSES,
  TIME_ZONES,
  type Claim,
  type DateStamp,
  type EventKind,
  type Figure,
  type MetricId,
  type Scope,
  type TimelineEvent,
} from './types.js';
import { NOT_REPORTED, ROW_TYPES, USED, type Column, type RowType } from './csv-columns.js';
import { rowText } from './csv-messages.js';

/** A problem in one row; `column` is canonical, messages use the sheet's own header. */
export interface RowProblem {
  row: number;
  column?: Column;
  message: string;
}

export interface ReporterCell {
  name: string;
  kind?: string;
}

/** The source and where in it: the source's details are checked across rows. */
export interface CiteCells {
  source: string;
  details: Partial<Record<Column, string>>;
  section: string;
  locator?: string;
}

export interface RegionCells {
  name: string;
  details: Partial<Record<Column, string>>;
}

/** What a row says once its cells are checked, before it is linked to other rows. */
export type ParsedRow = { row: number; id?: string } & (
  | {
      type: 'figure';
      event?: string;
      region?: RegionCells;
      metric: MetricId;
      metricLabel?: string;
      figure: Omit<Figure, 'id' | 'reportedBy' | 'citation'>;
      reporter: ReporterCell;
      cite: CiteCells;
    }
  | {
      type: 'event';
      region?: RegionCells;
      event: Omit<TimelineEvent, 'id' | 'region' | 'reportedBy' | 'citation' | 'figures'>;
      reporters: ReporterCell[];
      cite: CiteCells;
    }
  | {
      type: 'claim';
      event: string;
      claim: Omit<Claim, 'id' | 'reportedBy' | 'citation'>;
      reporter: ReporterCell;
      cite: CiteCells;
    }
  | { type: 'not-reported'; region?: RegionCells; metric: MetricId; metricLabel?: string }
  | { type: 'contradiction'; figures: string[]; shown: string; reason: string }
  | { type: 'discrepancy'; figures: string[]; note: string }
  | { type: 'dataset'; title?: string; description?: string; language?: string; scope?: Scope }
);

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const MONTH_OR_DAY = /^\d{4}-\d{2}(-\d{2})?$/;
const DAY_TIME = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}):(\d{2})$/;

/** "at least" and "At-Least" are the vocabulary's `at-least`: a matter of typing, not of meaning. */
const word = (text: string) => text.toLowerCase().replace(/[\s_]+/g, '-');

/** `a; b; c`: a cell holding several ids or names. */
export const splitList = (text: string): string[] =>
  text
    .split(';')
    .map((item) => item.trim())
    .filter(Boolean);

/** Reads one row's cells; every problem is kept, so a reporter fixes a row in one go. */
class Cells {
  readonly problems: RowProblem[] = [];
  constructor(
    readonly row: number,
    private readonly get: (column: Column) => string,
  ) {}

  problem(column: Column | undefined, message: string): void {
    this.problems.push({ row: this.row, ...(column ? { column } : {}), message });
  }
  text(column: Column): string | undefined {
    return this.get(column) || undefined;
  }
  need(column: Column, why: string): string | undefined {
    const text = this.text(column);
    if (text === undefined) this.problem(column, rowText.empty(why));
    return text;
  }
  /** One of `allowed`; blank is undefined, or a problem when `why` says it is needed. */
  choice<T extends string>(column: Column, allowed: readonly T[], why?: string): T | undefined {
    const text = why ? this.need(column, why) : this.text(column);
    if (text === undefined) return undefined;
    const value = word(text);
    if ((allowed as readonly string[]).includes(value)) return value as T;
    this.problem(column, rowText.notOneOf(text, allowed));
    return undefined;
  }
  count(column: Column, why?: string): number | undefined {
    const text = why ? this.need(column, why) : this.text(column);
    if (text === undefined) return undefined;
    // A sheet formats 1234 as "1,234" in its export: grouping, not a decimal.
    if (/^\d+$|^\d{1,3}(,\d{3})+$/.test(text)) {
      const n = Number(text.replaceAll(',', ''));
      if (n <= MAX_FIGURE) return n;
      this.problem(column, rowText.tooLarge(text, MAX_FIGURE));
      return undefined;
    }
    if (/^[-−]\s*\d/.test(text)) {
      this.problem(column, rowText.negative(text));
      return undefined;
    }
    if (/^\d*[.,]\d+$/.test(text)) {
      this.problem(column, rowText.notWhole(text));
      return undefined;
    }
    this.problem(column, rowText.notANumber(text, column));
    return undefined;
  }
  day(column: Column, pattern = DAY): string | undefined {
    const text = this.text(column);
    if (text === undefined) return undefined;
    if (!pattern.test(text)) {
      this.problem(column, pattern === DAY ? rowText.badDay(text) : rowText.badMonthOrDay(text));
      return undefined;
    }
    if (parseDay(text.length === 7 ? `${text}-01` : text) === undefined) {
      this.problem(column, rowText.noSuchDay(text));
      return undefined;
    }
    return text;
  }

  /** as_of and its precision, time zone and bound; precision, when blank, is what as_of states. */
  stamp(): DateStamp | undefined {
    const text = this.text('as_of');
    const given = this.choice('precision', DATE_PRECISIONS);
    if (given === undefined && this.text('precision')) return undefined;
    let value: string | undefined;
    let timed = false;
    if (text !== undefined) {
      const time = DAY_TIME.exec(text);
      if (time) {
        const [, day = '', hours = '', minutes = ''] = time;
        if (parseDay(day) === undefined) {
          this.problem('as_of', rowText.noSuchDay(text));
          return undefined;
        }
        if (Number(hours) > 23 || Number(minutes) > 59) {
          this.problem('as_of', rowText.noSuchTime(text));
          return undefined;
        }
        value = `${day}T${hours}:${minutes}`;
        timed = true;
      } else if (DAY.test(text)) {
        if (parseDay(text) === undefined) {
          this.problem('as_of', rowText.noSuchDay(text));
          return undefined;
        }
        value = text;
      } else {
        this.problem('as_of', rowText.badDate(text));
        return undefined;
      }
    }
    const precision = given ?? (value === undefined ? 'unknown' : timed ? 'time' : 'day');
    const said = this.text('precision') ?? precision;
    if (precision === 'unknown' && value !== undefined) {
      this.problem('precision', rowText.unknownWithDate('as_of'));
      return undefined;
    }
    if (precision !== 'unknown' && value === undefined) {
      this.problem('precision', rowText.precisionNeedsDate(said, 'as_of'));
      return undefined;
    }
    if (precision === 'day' && timed) {
      this.problem('precision', rowText.precisionNoTime('as_of'));
      return undefined;
    }
    if ((precision === 'time' || precision === 'about-time') && !timed) {
      this.problem('precision', rowText.precisionNeedsTime(said, 'as_of'));
      return undefined;
    }
    const stamp: DateStamp = { precision, ...(value === undefined ? {} : { value }) };
    /** A cell only a time has: its value, or false (a problem named) beside a date without one. */
    const ofTime = <T extends string>(column: Column, allowed: readonly T[], problem: string) => {
      const chosen = this.choice(column, allowed);
      if (chosen === undefined || timed) return chosen;
      this.problem(column, problem);
      return false;
    };
    const timeZone = ofTime('time_zone', TIME_ZONES, rowText.onlyWithTime);
    const day = ofTime('day', DAY_STATEMENTS, rowText.dayOnlyWithTime);
    if (timeZone === false || day === false) return undefined;
    if (timeZone) stamp.timeZone = timeZone;
    if (day) stamp.day = day;
    if (this.text('before') !== undefined) {
      if (precision !== 'unknown') {
        this.problem('before', rowText.onlyWhenUnknown);
        return undefined;
      }
      const before = this.day('before');
      if (before) stamp.before = before;
    }
    return stamp;
  }

  reporters(many: boolean): ReporterCell[] {
    const names = many ? splitList(this.text('reporter') ?? '') : [this.text('reporter') ?? ''];
    if (!names[0]) {
      this.need('reporter', rowText.needed.reporter);
      return [];
    }
    const kinds = many ? splitList(this.text('reporter_kind') ?? '') : [this.text('reporter_kind')];
    if (kinds.length > 0 && kinds.length !== names.length) {
      this.problem('reporter_kind', rowText.kindsCount(names.length, kinds.length));
      return [];
    }
    return names.map((name, i) => {
      const kind = kinds[i];
      if (kind === undefined) return { name };
      if (!(REPORTER_KINDS as readonly string[]).includes(word(kind)))
        this.problem('reporter_kind', rowText.notOneOf(kind, REPORTER_KINDS));
      return { name, kind: word(kind) };
    });
  }

  cite(): CiteCells | undefined {
    const source = this.need('source', rowText.needed.source);
    const section = this.need('section', rowText.needed.section);
    const published = this.day('source_published', MONTH_OR_DAY);
    if (!source || !section) return undefined;
    const details: Partial<Record<Column, string>> = {};
    for (const column of [
      'publisher',
      'source_author',
      'source_url',
      'source_description',
    ] as const) {
      const text = this.text(column);
      if (text) details[column] = text;
    }
    if (published) details.source_published = published;
    const locator = this.text('locator');
    return { source, details, section, ...(locator ? { locator } : {}) };
  }

  region(): RegionCells | undefined {
    const name = this.text('region');
    if (!name) return undefined;
    const details: Partial<Record<Column, string>> = {};
    for (const column of ['region_type', 'region_alternates'] as const) {
      const text = this.text(column);
      if (text) details[column] = text;
    }
    return { name, details };
  }
}

/** The given entries of `entries`: an optional field is absent, never `undefined`. */
const optional = <E extends Record<string, unknown>>(entries: E) =>
  Object.fromEntries(Object.entries(entries).filter(([, v]) => v !== undefined)) as {
    [K in keyof E]?: Exclude<E[K], undefined>;
  };

function figureRow(c: Cells, id: string | undefined): ParsedRow | undefined {
  const metric = c.choice('metric', METRIC_IDS, rowText.needed.metric);
  const value = c.count('value', rowText.needed.value);
  const qualifier = c.text('qualifier') === undefined ? 'exact' : c.choice('qualifier', QUALIFIERS);
  const status = c.choice('status', STATUSES, rowText.needed.status);
  const asOf = c.stamp();
  const since = c.day('since');
  const reporter = c.reporters(false).at(0);
  const cite = c.cite();
  const event = c.text('event');
  const region = c.region();
  if (event && region) c.problem('region', rowText.eventFigure);
  if (
    c.problems.length > 0 ||
    !metric ||
    value === undefined ||
    !qualifier ||
    !status ||
    !asOf ||
    !reporter ||
    !cite
  )
    return undefined;
  const note = c.text('note');
  const metricLabel = c.text('metric_label');
  return {
    type: 'figure' as const,
    row: c.row,
    ...optional({ id, event, metricLabel }),
    ...(region ? { region } : {}),
    metric: metric,
    figure: { value, qualifier, asOf, status, ...optional({ since, note }) },
    reporter,
    cite,
  };
}

/** A figure row with only a place and a metric: that figure was not reported there. */
function notReportedRow(c: Cells): ParsedRow | undefined {
  const metric = c.choice('metric', METRIC_IDS, rowText.needed.metric);
  const region = c.region();
  const metricLabel = c.text('metric_label');
  if (!metric) return undefined;
  return {
    type: 'not-reported',
    row: c.row,
    metric,
    ...(region ? { region } : {}),
    ...optional({ metricLabel }),
  };
}

function eventRow(c: Cells, id: string | undefined, kind: EventKind): ParsedRow | undefined {
  const date = c.stamp();
  const dateOf = c.choice('date_of', DATE_MEANINGS);
  const title = c.need('title', rowText.needed.title);
  const summary = c.need('summary', rowText.needed.summary);
  const status = c.choice('status', STATUSES, rowText.needed.status);
  const reporters = c.reporters(true);
  const cite = c.cite();
  const region = c.region();
  if (c.problems.length > 0 || !date || !title || !summary || !status || !cite) return undefined;
  return {
    type: 'event' as const,
    row: c.row,
    ...optional({ id }),
    ...(region ? { region } : {}),
    event: {
      kind,
      date,
      title,
      summary,
      status,
      ...optional({
        dateOf,
        dateReason: c.text('date_reason'),
        place: c.text('place'),
        brokeredIn: c.text('brokered_in'),
        violates: c.text('violates'),
      }),
    },
    reporters,
    cite,
  };
}

function claimRow(c: Cells, id: string | undefined): ParsedRow | undefined {
  const event = c.need('event', rowText.needed.event);
  const about = c.choice('about', CLAIM_SUBJECTS, rowText.needed.about);
  const text = c.need('summary', rowText.needed.summary);
  const status = c.choice('status', STATUSES, rowText.needed.status);
  const dated = (['as_of', 'precision', 'time_zone', 'day', 'before'] as const).some((k) =>
    c.text(k),
  );
  const date = dated ? c.stamp() : undefined;
  const dateOf = c.choice('date_of', DATE_MEANINGS);
  const ordinal = c.count('ordinal');
  if (ordinal !== undefined && about !== 'violation') c.problem('ordinal', rowText.onlyViolation);
  const reporter = c.reporters(false).at(0);
  const cite = c.cite();
  if (c.problems.length > 0 || !event || !about || !text || !status || !reporter || !cite)
    return undefined;
  return {
    type: 'claim' as const,
    row: c.row,
    ...optional({ id }),
    event,
    claim: {
      about,
      text,
      status,
      ...(date ? { date } : {}),
      ...optional({ dateOf, ordinal, note: c.text('note') }),
    },
    reporter,
    cite,
  };
}

function linkRow(c: Cells, id: string | undefined, type: 'contradiction' | 'discrepancy') {
  const figures = splitList(c.need('figures', rowText.needed.figures) ?? '');
  const note = c.need(
    'note',
    type === 'contradiction' ? rowText.needed.reason : rowText.needed.mismatch,
  );
  if (type === 'discrepancy')
    return note && figures.length
      ? { type, row: c.row, ...optional({ id }), figures, note }
      : undefined;
  const shown = c.need('shown', rowText.needed.shown);
  return note && shown && figures.length
    ? { type, row: c.row, ...optional({ id }), figures, shown, reason: note }
    : undefined;
}

function datasetRow(c: Cells, id: string | undefined): ParsedRow | undefined {
  const statement = c.text('scope');
  const area = c.text('scope_area');
  const reportedBy = c.text('scope_reported_by');
  if (!statement && (area || reportedBy)) c.need('scope', rowText.needed.scope);
  if (c.problems.length > 0) return undefined;
  return {
    type: 'dataset' as const,
    row: c.row,
    ...optional({
      id,
      title: c.text('title'),
      description: c.text('note'),
      language: c.text('language'),
    }),
    ...(statement ? { scope: { statement, ...optional({ area, reportedBy }) } } : {}),
  };
}

/**
 * Reads one row: `present` are the sheet's columns, `get` gives a cell's trimmed text ('' when blank or when the
 * sheet has no such column). Returns the row or the problems that skip it.
 */
export function readRow(
  row: number,
  present: readonly Column[],
  get: (column: Column) => string,
): { parsed: ParsedRow } | { problems: RowProblem[] } {
  const c = new Cells(row, get);
  const type: RowType | undefined = get('type') ? c.choice('type', ROW_TYPES) : 'figure';
  if (!type) return { problems: c.problems };
  for (const column of present)
    if (column !== 'type' && column !== 'id' && !USED[type].has(column) && get(column))
      c.problem(column, rowText.notForType(type));
  const id = c.text('id');
  let parsed: ParsedRow | undefined;
  const notReported =
    type === 'figure' &&
    get('metric') &&
    present.every((column) => NOT_REPORTED.has(column) || !get(column));
  if (notReported) parsed = notReportedRow(c);
  else if (type === 'figure') parsed = figureRow(c, id);
  else if (type === 'attack' || type === 'violation' || type === 'ceasefire')
    parsed = eventRow(c, id, type);
  else if (type === 'claim') parsed = claimRow(c, id);
  else if (type === 'contradiction' || type === 'discrepancy') parsed = linkRow(c, id, type);
  else parsed = datasetRow(c, id);
  return parsed && c.problems.length === 0 ? { parsed } : { problems: c.problems };
}
