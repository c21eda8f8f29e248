import type {
  Citation,
  Contradiction,
  Dataset,
  DateStamp,
  Discrepancy,
  EventKind,
  Figure,
  MetricId,
  Qualifier,
  Region,
  TimelineEvent,
} from './types.js';

/** Milliseconds at the start of a real calendar day written `YYYY-MM-DD` (2020-02-30 is not), else undefined. */
export function parseDay(text: string): number | undefined {
  if (!/^\d{4}-\d\d-\d\d$/.test(text)) return undefined;
  // A date-only ISO string is read as UTC. Engines differ on the rest: V8
  // rolls a day the month lacks over (30 Feb -> 2 Mar) and Firefox reads month
  // 00 as December of the year before, so the day must read back unchanged.
  const time = Date.parse(text);
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === text
    ? time
    : undefined;
}

/** Sort key for a date stamp: ISO text, or '' when unknown (before any known date). */
export function dateKey(stamp: DateStamp): string {
  return stamp.value ?? '';
}

/** Milliseconds for a stated date or time, read as wall-clock time at the place (UTC-naive). */
export function stampTime(stamp: DateStamp): number | undefined {
  if (!stamp.value) return undefined;
  const text = stamp.value.length === 10 ? `${stamp.value}T00:00` : stamp.value;
  return Date.parse(`${text}:00Z`);
}

/** Finds a region by id, name or alternate spelling, ignoring case and surrounding space. */
export function findRegion(data: Dataset, name: string): Region | undefined {
  const key = name.trim().toLowerCase();
  return data.regions.find(
    (region) =>
      region.id === key ||
      region.name.toLowerCase() === key ||
      region.alternates.some((alt) => alt.toLowerCase() === key),
  );
}

/** Figure ids that a contradiction says to hide in favour of another version. */
function hiddenVersions(data: Dataset, candidates: readonly Figure[]): Set<string> {
  const ids = new Set(candidates.map((f) => f.id));
  const hidden = new Set<string>();
  for (const c of data.contradictions) {
    if (!ids.has(c.shown)) continue;
    for (const id of c.figures) if (id !== c.shown) hidden.add(id);
  }
  return hidden;
}

/** Whether a figure can be said to hold on `asOf` (a `YYYY-MM-DD` day). */
function heldOn(f: Figure, asOf: string): boolean {
  const day = f.asOf.value?.slice(0, 10) ?? f.asOf.before;
  return day !== undefined && day <= asOf;
}

/** Whether the source gives no date that places a figure before or after `asOf`. */
function undatedFor(f: Figure, asOf: string): boolean {
  return f.asOf.value === undefined && !heldOn(f, asOf);
}

/**
 * Picks the version to show from several figures for one thing: on or before
 * `asOf` when given, never a version a contradiction hides, then the latest
 * stated date (an unknown date counts as earliest).
 */
export function pickFigure(
  data: Dataset,
  figures: readonly Figure[],
  asOf?: string,
): Figure | undefined {
  const eligible = asOf ? figures.filter((f) => heldOn(f, asOf)) : figures;
  const hidden = hiddenVersions(data, eligible);
  let best: Figure | undefined;
  for (const f of eligible) {
    if (hidden.has(f.id)) continue;
    if (!best || dateKey(f.asOf) > dateKey(best.asOf)) best = f;
  }
  return best;
}

/** Every version of one figure, sorted out for display. */
export interface Versions {
  /** The version to show: see pickFigure(). */
  shown?: Figure;
  /**
   * Only with `asOf` and no `shown`: the version the source gives without a
   * date. It is not "not reported": say that no version is dated on or before
   * that day, and show this one as undated.
   */
  undated?: Figure;
  /** Every other version (other snapshots, contradicted ones), in dataset order. */
  others: Figure[];
  /** The contradiction the shown (or undated) version belongs to: its `reason` says why it is shown. */
  contradiction?: Contradiction;
}

/** Sorts the versions of one figure into the one to show, an undated fallback, and the rest. */
export function versionsOf(data: Dataset, figures: readonly Figure[], asOf?: string): Versions {
  const shown = pickFigure(data, figures, asOf);
  const undated =
    shown || !asOf
      ? undefined
      : pickFigure(
          data,
          figures.filter((f) => undatedFor(f, asOf)),
        );
  const main = shown ?? undated;
  const contradiction = main && data.contradictions.find((c) => c.figures.includes(main.id));
  return {
    ...(shown ? { shown } : {}),
    ...(undated ? { undated } : {}),
    others: figures.filter((f) => f !== main),
    ...(contradiction ? { contradiction } : {}),
  };
}

export interface FigureQuery {
  /** A region id, name or alternate; absent for the national figure. */
  region?: string;
  /** `YYYY-MM-DD`: the latest figure on or before this day. */
  asOf?: string;
}

/** What every result that has a figure to show also carries. */
interface Shown {
  figure: Figure;
  region?: Region;
  /** Every other version of this figure: "the report also gives 65, undated". */
  others: Figure[];
  /** Why this version is the default, when the source contradicts itself. */
  contradiction?: Contradiction;
}

/**
 * - `found`: `figure` is the version to show (on or before `asOf` when given).
 * - `undated`: `asOf` was given, no version is dated on or before it, and the
 *   source gives `figure` without a date. Not "not reported": say that no
 *   figure is dated on or before that day and show this one as undated.
 * - `not-reported`: nothing to show; `later` lists versions dated after `asOf`
 *   (empty when the source gives no figure at all).
 */
export type FigureResult =
  | ({ kind: 'found' } & Shown)
  | ({ kind: 'undated'; asOf: string } & Shown)
  | { kind: 'not-reported'; region?: Region; later: Figure[] }
  | { kind: 'unknown-region'; name: string };

/** The figure for a metric, nationally or for a region, optionally as of a date. */
export function figure(data: Dataset, metric: MetricId, query: FigureQuery = {}): FigureResult {
  let region: Region | undefined;
  if (query.region !== undefined) {
    region = findRegion(data, query.region);
    if (!region) return { kind: 'unknown-region', name: query.region };
  }
  const figures = (region ? region.figures : data.national)[metric] ?? [];
  const { shown, undated, others, contradiction } = versionsOf(data, figures, query.asOf);
  const base = {
    ...(region ? { region } : {}),
    others,
    ...(contradiction ? { contradiction } : {}),
  };
  if (shown) return { kind: 'found', figure: shown, ...base };
  if (undated && query.asOf) return { kind: 'undated', asOf: query.asOf, figure: undated, ...base };
  return { kind: 'not-reported', ...(region ? { region } : {}), later: figures.slice() };
}

/**
 * Whether the source names no one for a claim: its reporter is the source's
 * own publisher (`Reporter.publishes`). A widget then says so ("the report
 * names no source") instead of crediting anyone else.
 */
export function namesNoSource(
  data: Dataset,
  item: { reportedBy: string; citation: Citation },
): boolean {
  const reporter = data.reporters.find((r) => r.id === item.reportedBy);
  return reporter?.publishes?.includes(item.citation.source) ?? false;
}

/** The discrepancies that involve any of these figure ids, to show beside them. */
export function discrepanciesOf(data: Dataset, figureIds: Iterable<string>): Discrepancy[] {
  const ids = new Set(figureIds);
  return (data.discrepancies ?? []).filter((d) => d.figures.some((id) => ids.has(id)));
}

/** The qualifier of a sum: "about" if any part is approximate, "at least" if any is a floor. */
export function sumQualifier(qualifiers: readonly Qualifier[]): Qualifier {
  if (qualifiers.some((q) => q === 'about' || q === 'estimated' || q === 'up-to')) return 'about';
  if (qualifiers.some((q) => q === 'at-least' || q === 'more-than')) return 'at-least';
  return 'exact';
}

export interface RegionRow {
  region: Region;
  /**
   * The version to show, on or before `asOf` when given. Absent when there is
   * none: then either `undated` holds one, or the region has no figure for this
   * metric ("not reported", never 0).
   */
  figure?: Figure;
  /**
   * Only with `asOf` and no `figure`: the version the source gives without a
   * date. Not counted in `sum`; not "not reported" either.
   */
  undated?: Figure;
  /** Every other version of this region's figure, with `contradiction` saying why the default. */
  others: Figure[];
  contradiction?: Contradiction;
}

export interface Breakdown {
  metric: MetricId;
  rows: RegionRow[];
  /** Sum of the reported regional figures (`figure`, never `undated`). */
  sum: number;
  sumQualifier: Qualifier;
  /** The national figure for the same metric and date, when there is one. */
  national?: Figure;
  /** Only with `asOf` and no `national`: the national version the source gives without a date. */
  nationalUndated?: Figure;
  /** national - sum; 0 when they reconcile, undefined without a national figure. */
  gap?: number;
}

/** Every region's figure for a metric, their sum, and how it reconciles with the national figure. */
export function regionalBreakdown(data: Dataset, metric: MetricId, asOf?: string): Breakdown {
  const rows = data.regions.map((region): RegionRow => {
    const { shown, undated, others, contradiction } = versionsOf(
      data,
      region.figures[metric] ?? [],
      asOf,
    );
    return {
      region,
      ...(shown ? { figure: shown } : {}),
      ...(undated ? { undated } : {}),
      others,
      ...(contradiction ? { contradiction } : {}),
    };
  });
  const reported = rows.flatMap((row) => (row.figure ? [row.figure] : []));
  const sum = reported.reduce((total, f) => total + f.value, 0);
  const { shown: national, undated } = versionsOf(data, data.national[metric] ?? [], asOf);
  return {
    metric,
    rows,
    sum,
    sumQualifier: sumQualifier(reported.map((f) => f.qualifier)),
    ...(national ? { national, gap: national.value - sum } : {}),
    ...(undated ? { nationalUndated: undated } : {}),
  };
}

/**
 * A ceasefire and the violations reported against it. `start` and `end` group
 * events on an axis; they are not when the ceasefire was in force: sources
 * date an agreement, announcement or reaffirmation (`ceasefire.dateOf`), and
 * the bundled report states no time at which any took effect or ended.
 */
export interface CeasefirePeriod {
  ceasefire: TimelineEvent;
  /** The ceasefire's own date (ms, wall-clock, UTC-naive): what `ceasefire.dateOf` says it marks. */
  start: number;
  /** The next ceasefire record's date, or undefined for the last. Not an end of the ceasefire. */
  end?: number;
  violations: TimelineEvent[];
}

export interface TimelineQuery {
  from?: string;
  to?: string;
  kinds?: readonly EventKind[];
}

export interface Timeline {
  /** Events with a stated date, in time order, filtered by range and kind. */
  events: TimelineEvent[];
  /** Events whose date the sources do not state: they cannot be placed on an axis. */
  undated: TimelineEvent[];
  ceasefires: CeasefirePeriod[];
}

const dayStart = (day: string) => Date.parse(`${day}T00:00:00Z`);

/** The events and ceasefire periods of a dataset, in time order. */
export function timeline(data: Dataset, query: TimelineQuery = {}): Timeline {
  const from = query.from ? dayStart(query.from) : -Infinity;
  const to = query.to ? dayStart(query.to) + 86_400_000 - 1 : Infinity;
  const kinds = query.kinds ? new Set(query.kinds) : undefined;
  const wanted = data.events.filter((e) => !kinds || kinds.has(e.kind));
  const dated = wanted
    .map((event) => ({ event, time: stampTime(event.date) }))
    .filter((d): d is { event: TimelineEvent; time: number } => d.time !== undefined)
    .sort((a, b) => a.time - b.time);
  const inRange = dated.filter((d) => d.time >= from && d.time <= to).map((d) => d.event);

  const ceasefires = data.events
    .filter((e) => e.kind === 'ceasefire' && stampTime(e.date) !== undefined)
    .sort((a, b) => (stampTime(a.date) ?? 0) - (stampTime(b.date) ?? 0));
  const periods = ceasefires.map((ceasefire, i): CeasefirePeriod => {
    const next = ceasefires.at(i + 1);
    return {
      ceasefire,
      start: stampTime(ceasefire.date) ?? 0,
      ...(next ? { end: stampTime(next.date) ?? 0 } : {}),
      violations: inRange.filter((e) => e.violates === ceasefire.id),
    };
  });
  return {
    events: inRange,
    undated: wanted.filter((e) => stampTime(e.date) === undefined),
    ceasefires: periods.filter((p) => (p.end ?? Infinity) >= from && p.start <= to),
  };
}

// Queries the ceasefire timeline asks of a dataset.

/** One day in milliseconds: the step from a day's start to the next one's. */
export const DAY_MS = 86_400_000;

const dayOf = (time: number) => new Date(time).toISOString().slice(0, 10);

/**
 * The span the data covers, as `YYYY-MM-DD` days: from the earliest `since`
 * of a national figure or the earliest event, to the latest event or
 * national snapshot. Undefined when nothing in the data has a date.
 */
export function dataRange(data: Dataset): { from: string; to: string } | undefined {
  let low = Infinity;
  let high = -Infinity;
  const add = (time: number | undefined) => {
    if (time === undefined) return;
    low = Math.min(low, time);
    high = Math.max(high, time);
  };
  for (const event of data.events) add(stampTime(event.date));
  for (const figures of Object.values(data.national)) {
    for (const f of figures) {
      add(stampTime(f.asOf));
      if (f.since) add(dayStart(f.since));
    }
  }
  return low <= high ? { from: dayOf(low), to: dayOf(high) } : undefined;
}

/** The killed figure an event is drawn with: the version the dataset shows by default. */
export function killedFigure(data: Dataset, event: TimelineEvent): Figure | undefined {
  const versions = event.figures.killed;
  return versions && versions.length > 0 ? pickFigure(data, versions) : undefined;
}

/** A dated national figure, placed at its time (ms, wall-clock at the place). */
export interface Snapshot {
  time: number;
  figure: Figure;
}

/**
 * National killed snapshots with a stated date inside [start, end), one per
 * date (a contradiction decides between versions of the same date), in time
 * order, and how many snapshots have no date and so cannot be placed.
 */
export function totalsSnapshots(
  data: Dataset,
  start: number,
  end: number,
): { points: Snapshot[]; undated: number } {
  const byTime = new Map<number, Figure[]>();
  let undated = 0;
  for (const f of data.national.killed ?? []) {
    const time = stampTime(f.asOf);
    if (time === undefined) undated++;
    else if (time >= start && time < end) byTime.set(time, [...(byTime.get(time) ?? []), f]);
  }
  const points: Snapshot[] = [];
  for (const [time, versions] of byTime) {
    const figure = pickFigure(data, versions);
    if (figure) points.push({ time, figure });
  }
  return { points: points.sort((a, b) => a.time - b.time), undated };
}
