import type { Timeline } from '../../data/query.js';
import { stampTime } from '../../data/query.js';
import { EVENT_KINDS, type EventKind, type TimelineEvent } from '../../data/types.js';
import { linearScale, niceDomain, sqrtScale, ticks } from '../../internal/scale.js';
import { stepAfterPath } from '../../internal/step-path.js';
import { utcTicks } from '../../internal/utc-ticks.js';
import { DAY_MS, type Snapshot } from './timeline-data.js';

/** Below this many pixels of its own width the timeline becomes a vertical list. */
export const VERTICAL_BELOW = 560;
/** Largest marker radius: the event with the most reported deaths in view. */
export const R_MAX = 16;
/** Smallest radius a figure-bearing marker is drawn with, so one death stays visible and tappable. */
export const R_MIN = 3;
/** Events without a killed figure: a small hollow marker of fixed size. */
export const R_NO_FIGURE = 4;
/** Markers closer than this gap (edge to edge) merge into a group. */
const GAP = 2;
/** A group never spans more than this, so a dense axis still shows where events are. */
const MAX_SPAN = 48;
/** Vertical mode shows one row per event up to this many events, then one row per day. */
export const ROW_LIMIT = 200;

const MARGIN_X = 24;
const FLAG_Y = 10;
const LINK_Y = 34;
const LANE_GAP = 50;
const TOTALS_HEIGHT = 64;

/** Half-diagonal of a diamond with the area of a unit circle, so both shapes encode deaths alike. */
export const DIAMOND = Math.sqrt(Math.PI / 2);

export type Shape = 'flag' | 'diamond' | 'circle' | 'group';

/** One drawn thing: a single event's marker, or a group badge standing for several. */
export interface Mark {
  /** `e:<event id>` for one event, `g:<lane>:<first event id>` for a group. */
  key: string;
  lane: EventKind;
  events: readonly TimelineEvent[];
  x: number;
  y: number;
  /** Marker radius; for a group badge, half its width. */
  r: number;
  shape: Shape;
  /** A single attack or violation without a killed figure. */
  noFigure: boolean;
  /** x of the first and last event it stands for. */
  span: readonly [number, number];
}

export interface Tick {
  time: number;
  x: number;
  anchor: 'start' | 'middle' | 'end';
  /** How the label is worded: a time of day, a day, a month or a year. */
  unit: 'time' | 'day' | 'month' | 'year';
  /** Whether the label should name the year (the first label, and where the year changes). */
  withYear: boolean;
}

export interface Band {
  ceasefire: TimelineEvent;
  label: string;
  x0: number;
  x1: number;
  /** Whether the label fits inside the band (estimated, as layout has no DOM to measure). */
  labelFits: boolean;
  /** Alternating shade, so bands that meet stay distinguishable. */
  shade: 0 | 1;
}

/** The comb linking a ceasefire to the violations reported against it. */
export interface Link {
  ceasefire: string;
  d: string;
  /** How many drawn marks hang off it. */
  drops: number;
}

export interface Totals {
  path: string;
  points: { x: number; y: number; snapshot: Snapshot }[];
  ticks: { y: number; value: number }[];
  top: number;
  bottom: number;
}

/** A row of the vertical list: one event, or (past ROW_LIMIT) all events of a day. */
export interface Row {
  key: string;
  events: readonly TimelineEvent[];
  time: number;
  shape: Shape;
  r: number;
  noFigure: boolean;
  /** Index into `periods` of the ceasefire in force at this row, if any. */
  period: number | undefined;
}

interface Common {
  width: number;
  domain: readonly [number, number];
  /** Every event in time order: the order the arrow keys follow. */
  order: readonly TimelineEvent[];
  /** Event id -> position in `order`. */
  index: ReadonlyMap<string, number>;
  /** Event id -> key of the mark or row that shows it. */
  holder: ReadonlyMap<string, string>;
  /** Key -> events, for marks and rows that stand for several events. */
  groups: ReadonlyMap<string, readonly TimelineEvent[]>;
  /** The largest killed figure in view, which the largest marker stands for. */
  maxKilled: number;
}

export interface HorizontalLayout extends Common {
  mode: 'horizontal';
  height: number;
  ticks: Tick[];
  axisY: number;
  bands: Band[];
  links: Link[];
  marks: Mark[];
  totals?: Totals;
}

export interface VerticalLayout extends Common {
  mode: 'vertical';
  periods: { ceasefire: TimelineEvent; label: string; shade: 0 | 1 }[];
  rows: Row[];
}

export type TimelineLayout = HorizontalLayout | VerticalLayout;

export interface LayoutOptions {
  /** [start, end) of the axis, in UTC-naive ms. */
  domain: readonly [number, number];
  /** The reported killed for an event, undefined when none was reported. */
  killed: (event: TimelineEvent) => number | undefined;
  /** Whether ceasefire periods are drawn (the `ceasefire` kind is shown). */
  bands: boolean;
  /** The kinds shown: lanes for the others are left out (default: all). */
  kinds?: readonly EventKind[];
  /** Dated national snapshots for the totals step line; absent: no line. */
  totals?: readonly Snapshot[];
}

const timeOf = (event: TimelineEvent) => stampTime(event.date) ?? 0;
const shapeOf = (kind: EventKind): Shape =>
  kind === 'ceasefire' ? 'flag' : kind === 'violation' ? 'diamond' : 'circle';
export const badgeHalfWidth = (count: number) => (12 + 7 * String(count).length) / 2;

/** Sizes markers so their area is proportional to reported deaths (floored at R_MIN). */
function radiusFn(order: readonly TimelineEvent[], killed: LayoutOptions['killed'], rMax: number) {
  let max = 0;
  for (const e of order) max = Math.max(max, killed(e) ?? 0);
  const scale = sqrtScale([0, Math.max(max, 1)], [0, rMax]);
  const radius = (e: TimelineEvent) => {
    if (e.kind === 'ceasefire') return 6;
    const k = killed(e);
    return k === undefined ? R_NO_FIGURE : Math.max(R_MIN, scale(k));
  };
  return { radius, max };
}

function common(timeline: Timeline, width: number, options: LayoutOptions) {
  const order = timeline.events;
  const index = new Map<string, number>();
  order.forEach((e, i) => index.set(e.id, i));
  return { width, domain: options.domain, order, index };
}

/** Half the drawn width: a diamond of the same area as a circle reaches further sideways. */
const half = (m: Mark) => (m.shape === 'diamond' ? m.r * DIAMOND : m.r);
const extent = (m: Mark) => [m.x - half(m), m.x + half(m)] as const;
const touches = (a: Mark, b: Mark) => extent(b)[0] < extent(a)[1] + GAP;

/** Event lists of groups made here, extended in place so grouping stays linear. */
const owned = new WeakSet<readonly TimelineEvent[]>();

function merge(a: Mark, b: Mark): Mark {
  const events = owned.has(a.events) ? (a.events as TimelineEvent[]) : [...a.events];
  owned.add(events);
  for (const e of b.events) events.push(e);
  const span = [a.span[0], b.span[1]] as const;
  return {
    key: `g:${a.lane}:${events[0]?.id ?? ''}`,
    lane: a.lane,
    events,
    x: (span[0] + span[1]) / 2,
    y: a.y,
    r: badgeHalfWidth(events.length),
    shape: 'group',
    noFigure: false,
    span,
  };
}

/**
 * Groups one lane's marks, already in x order, in linear time. First pass: a
 * mark joins the current group when it would touch it and the group spans no
 * more than MAX_SPAN, so a dense axis still shows where events are. A badge
 * sits at the centre of its span and is wider than a small marker, so a
 * second pass merges a badge with any neighbour it now overlaps.
 */
export function group(marks: readonly Mark[]): Mark[] {
  const firstPass: Mark[] = [];
  for (const mark of marks) {
    const current = firstPass.at(-1);
    if (current && touches(current, mark) && mark.x - current.span[0] <= MAX_SPAN) {
      firstPass[firstPass.length - 1] = merge(current, mark);
    } else {
      firstPass.push(mark);
    }
  }
  const out: Mark[] = [];
  for (let item of firstPass) {
    let top = out.at(-1);
    while (top && (top.shape === 'group' || item.shape === 'group') && touches(top, item)) {
      out.pop();
      item = merge(top, item);
      top = out.at(-1);
    }
    out.push(item);
  }
  return out;
}

/** Lane centres: flags on top, then violations under the links, then attacks; unshown lanes close up. */
function lanesFor(kinds: readonly EventKind[]): Record<EventKind, number> {
  const violation = kinds.includes('violation') ? LINK_Y + 28 : FLAG_Y;
  const attack = kinds.includes('attack') ? Math.max(violation, LINK_Y - 6) + LANE_GAP : violation;
  return { ceasefire: FLAG_Y, violation, attack };
}

function ticksFor(domain: readonly [number, number], x0: number, x1: number): Tick[] {
  const scale = linearScale(domain, [x0, x1]);
  // Fewer ticks until labels ("Sep 27, 2020" is the widest) have room: the count is only a hint.
  let times: number[] = [];
  for (let count = Math.max(2, Math.floor((x1 - x0) / 90)); count >= 1; count--) {
    times = utcTicks(domain[0], domain[1], count).filter((t) => t < domain[1]);
    if (times.length < 2 || (x1 - x0) / times.length >= 84) break;
  }
  const step = times.length > 1 ? (times[1] ?? 0) - (times[0] ?? 0) : DAY_MS;
  const unit: Tick['unit'] =
    step < DAY_MS ? 'time' : step < 28 * DAY_MS ? 'day' : step < 365 * DAY_MS ? 'month' : 'year';
  let lastYear = -1;
  return times.map((time) => {
    const x = scale(time);
    const year = new Date(time).getUTCFullYear();
    const withYear = unit !== 'year' && unit !== 'time' && year !== lastYear;
    lastYear = year;
    const anchor = x - x0 < 30 ? 'start' : x1 - x < 30 ? 'end' : 'middle';
    return { time, x, anchor, unit, withYear };
  });
}

function horizontal(timeline: Timeline, width: number, options: LayoutOptions): HorizontalLayout {
  const base = common(timeline, width, options);
  const [start, end] = options.domain;
  const x0 = MARGIN_X;
  const x1 = Math.max(x0 + 1, width - MARGIN_X);
  const xOf = linearScale([start, end], [x0, x1], { clamp: true });
  const { radius, max } = radiusFn(base.order, options.killed, R_MAX);
  const laneY = lanesFor(options.kinds ?? EVENT_KINDS);
  const axisY = Math.max(laneY.violation, laneY.attack) + R_MAX + 12;

  const lanes: Record<EventKind, Mark[]> = { ceasefire: [], violation: [], attack: [] };
  for (const event of base.order) {
    const ex = xOf(timeOf(event));
    lanes[event.kind].push({
      key: `e:${event.id}`,
      lane: event.kind,
      events: [event],
      x: ex,
      span: [ex, ex],
      y: laneY[event.kind],
      r: radius(event),
      shape: shapeOf(event.kind),
      noFigure: event.kind !== 'ceasefire' && options.killed(event) === undefined,
    });
  }
  const marks = [...group(lanes.ceasefire), ...group(lanes.violation), ...group(lanes.attack)];
  const holder = new Map<string, string>();
  const groups = new Map<string, readonly TimelineEvent[]>();
  for (const mark of marks) {
    for (const e of mark.events) holder.set(e.id, mark.key);
    if (mark.events.length > 1) groups.set(mark.key, mark.events);
  }

  const periods = options.bands ? timeline.ceasefires : [];
  const bands: Band[] = [];
  periods.forEach((p, i) => {
    const bx0 = xOf(p.start);
    const bx1 = xOf(p.end ?? end);
    if (bx1 <= bx0) return;
    const label = p.ceasefire.brokeredIn ?? p.ceasefire.title;
    bands.push({
      ceasefire: p.ceasefire,
      label,
      x0: bx0,
      x1: bx1,
      labelFits: label.length * 7.5 + 16 <= bx1 - bx0,
      shade: (i % 2) as 0 | 1,
    });
  });
  const links: Link[] = [];
  for (const band of bands) {
    const drops = marks.filter(
      (m) => m.lane === 'violation' && m.events.some((e) => e.violates === band.ceasefire.id),
    );
    if (drops.length === 0) continue;
    const xs = drops.map((m) => m.x);
    const from = Math.min(band.x0, ...xs);
    const to = Math.max(band.x0, ...xs);
    const d = `M${band.x0},${FLAG_Y + 6}V${LINK_Y}M${from},${LINK_Y}H${to}${drops.map((m) => `M${m.x},${LINK_Y}V${m.y - (m.shape === 'group' ? 9 : m.r * DIAMOND)}`).join('')}`;
    links.push({ ceasefire: band.ceasefire.id, d, drops: drops.length });
  }

  const layout: HorizontalLayout = {
    ...base,
    mode: 'horizontal',
    holder,
    groups,
    maxKilled: max,
    height: axisY + 24,
    ticks: ticksFor(options.domain, x0, x1),
    axisY,
    bands,
    links,
    marks,
  };
  if (options.totals) {
    const top = axisY + 60;
    const bottom = top + TOTALS_HEIGHT;
    const maxValue = Math.max(1, ...options.totals.map((s) => s.figure.value));
    const [low, high] = niceDomain(0, maxValue, 3);
    const y = linearScale([low, high], [bottom, top]);
    const points = options.totals.map((snapshot) => ({
      x: xOf(snapshot.time),
      y: y(snapshot.figure.value),
      snapshot,
    }));
    const path = stepAfterPath(points);
    const valueTicks = ticks(low, high, 3).map((value) => ({ y: y(value), value }));
    layout.totals = { path, points, ticks: valueTicks, top, bottom };
    layout.height = bottom + 8;
  }
  return layout;
}

function vertical(timeline: Timeline, width: number, options: LayoutOptions): VerticalLayout {
  const base = common(timeline, width, options);
  const { radius, max } = radiusFn(base.order, options.killed, 10);
  const periods = options.bands ? timeline.ceasefires : [];
  const periodAt = (time: number) => {
    for (let i = periods.length - 1; i >= 0; i--) {
      const p = periods.at(i);
      if (p && time >= p.start && time < (p.end ?? options.domain[1])) return i;
    }
    return undefined;
  };
  const rows: Row[] = [];
  const holder = new Map<string, string>();
  const groups = new Map<string, readonly TimelineEvent[]>();
  if (base.order.length <= ROW_LIMIT) {
    for (const event of base.order) {
      const time = timeOf(event);
      const key = `e:${event.id}`;
      holder.set(event.id, key);
      const noFigure = event.kind !== 'ceasefire' && options.killed(event) === undefined;
      rows.push({
        key,
        events: [event],
        time,
        shape: shapeOf(event.kind),
        r: radius(event),
        noFigure,
        period: periodAt(time),
      });
    }
  } else {
    let current: TimelineEvent[] = [];
    let day = -1;
    const flush = () => {
      const first = current.at(0);
      if (!first) return;
      const key = current.length > 1 ? `d:${String(day)}` : `e:${first.id}`;
      for (const e of current) holder.set(e.id, key);
      if (current.length > 1) groups.set(key, current);
      const single = current.length === 1;
      const time = timeOf(first);
      rows.push({
        key,
        events: current,
        time,
        shape: single ? shapeOf(first.kind) : 'group',
        r: single ? radius(first) : badgeHalfWidth(current.length),
        noFigure: single && first.kind !== 'ceasefire' && options.killed(first) === undefined,
        period: periodAt(time),
      });
    };
    for (const event of base.order) {
      const d = Math.floor(timeOf(event) / DAY_MS);
      if (d !== day) {
        flush();
        current = [];
        day = d;
      }
      current.push(event);
    }
    flush();
  }
  return {
    ...base,
    mode: 'vertical',
    holder,
    groups,
    maxKilled: max,
    periods: periods.map((p, i) => ({
      ceasefire: p.ceasefire,
      label: p.ceasefire.brokeredIn ?? p.ceasefire.title,
      shade: (i % 2) as 0 | 1,
    })),
    rows,
  };
}

/**
 * Positions for everything the timeline draws, from the queried timeline and
 * the element's own width: pure, so it is tested without a DOM and memoised
 * by the element.
 */
export function layoutTimeline(
  timeline: Timeline,
  width: number,
  options: LayoutOptions,
): TimelineLayout {
  return width < VERTICAL_BELOW
    ? vertical(timeline, width, options)
    : horizontal(timeline, width, options);
}
