import { scaleLinear, scaleUtc, type ScaleTime } from 'd3-scale';
import { curveStepAfter, line } from 'd3-shape';
import { DAY_MS, type Snapshot, type Timeline } from '../../../data/query.js';
import type { EventKind, TimelineEvent } from '../../../data/types.js';
import { group } from './grouping.js';
import { BADGE_REACH, MARKER, eventMark, markerSizes, place, px, reachOf } from './markers.js';
import type {
  Axis,
  CeasefireLine,
  HorizontalLayout,
  LayoutBase,
  LayoutOptions,
  Link,
  Mark,
  Placed,
  Tick,
  Totals,
} from './types.js';

/** Space left and right of the axis, so edge markers and labels are not cut. */
const MARGIN_X = 24;
/** Lane centres: flags on top, the links' rail under them, violations, then attacks. */
const LANES = { flag: 10, link: 34, violation: 62, attack: 112 } as const;
/** Attacks move up under the rail when violations are not shown. */
const ATTACKS_ALONE = 78;
const AXIS = {
  /** Between the lowest marker and the axis. */
  gap: 12,
  tickLength: 5,
  labelDrop: 18,
  /** Height under the axis line for its labels. */
  below: 24,
  /** Pixels per tick asked of d3 at first, then at least this much room per label. */
  perTick: 90,
  labelRoom: 84,
  /** Labels this close to an end are anchored to it, so they stay inside. */
  edge: 30,
} as const;
const LINE_LABEL = { dx: 10, y: 15, charWidth: 7.5, padding: 16 } as const;
const TOTALS = {
  gap: 60,
  height: 64,
  captionRise: 20,
  ticks: 3,
  tickLabelDx: 2,
  tickLabelRise: 3,
  pointRadius: 3.5,
  valueDx: 7,
  valueRise: 6,
  /** Past this many points only the last is labelled. */
  labelAll: 12,
  /** A value label this close to the right end goes left of its point. */
  edge: 40,
  below: 8,
} as const;

/** The y of each lane; lanes of kinds not shown close up (the axis follows the lowest shown). */
function lanesFor(kinds: readonly EventKind[]): Record<EventKind, number> {
  const violations = kinds.includes('violation');
  return {
    ceasefire: LANES.flag,
    violation: violations ? LANES.violation : LANES.flag,
    attack: violations ? LANES.attack : ATTACKS_ALONE,
  };
}

/** How a tick label is worded, from the step d3 chose between ticks. */
function unitOf(step: number): Tick['unit'] {
  if (step < DAY_MS) return 'time';
  if (step < 28 * DAY_MS) return 'day';
  return step < 365 * DAY_MS ? 'month' : 'year';
}

/**
 * The axis: d3's UTC ticks, asking for fewer until every label has room
 * ("27 Sep 2020" is the widest), inside [start, end). The domain is not
 * nice()d: it is the days the page asked for, and ceasefire lines and markers share it.
 */
function axisFor(x: ScaleTime<number, number>, end: number, y: number): Axis {
  const [x0, x1] = x.range() as [number, number];
  let times: number[] = [];
  for (let count = Math.max(2, Math.floor((x1 - x0) / AXIS.perTick)); count >= 1; count--) {
    times = x
      .ticks(count)
      .map(Number)
      .filter((t) => t < end);
    if (times.length < 2 || (x1 - x0) / times.length >= AXIS.labelRoom) break;
  }
  const unit = unitOf(times.length > 1 ? (times[1] ?? 0) - (times[0] ?? 0) : DAY_MS);
  let lastYear = -1;
  const ticks = times.map((time): Tick => {
    const tx = px(x(time));
    const year = new Date(time).getUTCFullYear();
    const withYear = unit !== 'year' && unit !== 'time' && year !== lastYear;
    lastYear = year;
    const anchor = tx - x0 < AXIS.edge ? 'start' : x1 - tx < AXIS.edge ? 'end' : 'middle';
    return { time, x: tx, anchor, unit, withYear };
  });
  return {
    y,
    x0,
    x1,
    tickEnd: y + AXIS.tickLength,
    labelY: y + AXIS.labelDrop,
    ticks,
  };
}

/** A line and label at each ceasefire's date in range; the label only where it has room. */
function ceasefireLines(
  timeline: Timeline,
  x: ScaleTime<number, number>,
  end: number,
  height: number,
): CeasefireLine[] {
  const [start] = x.domain().map(Number);
  return timeline.ceasefires
    .filter((p) => p.start >= start && p.start < end)
    .map((p) => {
      const at = px(x(p.start));
      const label = p.ceasefire.brokeredIn ?? p.ceasefire.title;
      const room = px(x(Math.min(p.end ?? end, end))) - at;
      return {
        ceasefire: p.ceasefire,
        label,
        x: at,
        height,
        labelX: at + LINE_LABEL.dx,
        labelY: LINE_LABEL.y,
        labelFits: label.length * LINE_LABEL.charWidth + LINE_LABEL.padding <= room,
      };
    });
}

/** Each ceasefire's comb: a drop from its flag to the rail, the rail, and a drop to each violation. */
function linksFor(
  lines: readonly CeasefireLine[],
  marks: readonly Mark[],
  flagBottom: number,
): Link[] {
  const segment = line();
  const links: Link[] = [];
  for (const { ceasefire, x } of lines) {
    const id = ceasefire.id;
    const drops = marks.filter(
      (m) => m.lane === 'violation' && m.events.some((e) => e.violates === id),
    );
    if (drops.length === 0) continue;
    // reduce, not Math.min(...spread): 150,000 arguments overflow the call stack.
    const xs = drops.map((m) => m.x);
    const rail = LANES.link;
    const segments: [number, number][][] = [
      [
        [x, flagBottom],
        [x, rail],
      ],
      [
        // reduce, not Math.min(...spread): a long list overflows the call stack.
        [xs.reduce((m, v) => Math.min(m, v), x), rail],
        [xs.reduce((m, v) => Math.max(m, v), x), rail],
      ],
      ...drops.map((m): [number, number][] => [
        [m.x, rail],
        [m.x, m.top],
      ]),
    ];
    const d = segments.map((s) => segment(s) ?? '').join('');
    links.push({ ceasefire: id, d, drops: drops.length });
  }
  return links;
}

/** The totals panel: a nice linear y scale from 0, its ticks, and a step-after line. */
function totalsFor(
  snapshots: readonly Snapshot[],
  x: ScaleTime<number, number>,
  top: number,
): Totals {
  const [x0, x1] = x.range() as [number, number];
  const bottom = top + TOTALS.height;
  const max = snapshots.reduce((m, s) => Math.max(m, s.figure.value), 1);
  const y = scaleLinear().domain([0, max]).range([bottom, top]).nice(TOTALS.ticks);
  const labelAll = snapshots.length <= TOTALS.labelAll;
  const points = snapshots.map((snapshot, i) => {
    const px0 = px(x(snapshot.time));
    const py = px(y(snapshot.figure.value));
    const end = px0 > x1 - TOTALS.edge;
    const labelled = labelAll || i === snapshots.length - 1;
    return {
      x: px0,
      y: py,
      snapshot,
      ...(labelled
        ? {
            label: {
              x: end ? px0 - TOTALS.valueDx : px0 + TOTALS.valueDx,
              y: py - TOTALS.valueRise,
              anchor: end ? ('end' as const) : ('start' as const),
            },
          }
        : {}),
    };
  });
  const path =
    line<{ x: number; y: number }>()
      .x((p) => p.x)
      .y((p) => p.y)
      .curve(curveStepAfter)(points) ?? '';
  return {
    path,
    points,
    pointRadius: TOTALS.pointRadius,
    ticks: y.ticks(TOTALS.ticks).map((value) => {
      const ty = px(y(value));
      return { y: ty, value, labelX: x0 + TOTALS.tickLabelDx, labelY: ty - TOTALS.tickLabelRise };
    }),
    x0,
    x1,
    caption: { x: x0, y: top - TOTALS.captionRise },
  };
}

/** Lanes along a d3 scaleUtc time axis, for wide containers. */
export function horizontalLayout(
  timeline: Timeline,
  options: LayoutOptions,
  base: LayoutBase,
): HorizontalLayout {
  const { order, times, width } = base;
  const [start, end] = options.domain;
  const x = scaleUtc()
    .domain([start, end])
    .range([MARGIN_X, Math.max(MARGIN_X + 1, width - MARGIN_X)])
    .clamp(true);
  const { radius, max } = markerSizes(order, options.killed, MARKER.rMax);
  const { kinds } = options;
  const laneY = lanesFor(kinds);
  // Below the lowest lane's largest marker (or badge).
  const reach = (k: EventKind) =>
    Math.max(BADGE_REACH, reachOf(k, k === 'ceasefire' ? MARKER.rFixed : MARKER.rMax).bottom);
  const axisY = px(Math.max(...kinds.map((k) => laneY[k] + reach(k))) + AXIS.gap);

  const lanes: Record<EventKind, Placed[]> = { ceasefire: [], violation: [], attack: [] };
  order.forEach((event, i) => {
    const noFigure = event.kind !== 'ceasefire' && options.killed(event) === undefined;
    const y = laneY[event.kind];
    lanes[event.kind].push(place(event, radius(event), x(times[i]), y, noFigure));
  });
  // Paths only for what is drawn: grouping folds most of a dense axis away.
  const marks = [lanes.ceasefire, lanes.violation, lanes.attack]
    .flatMap((lane) => group(lane))
    .map((m): Mark => ('event' in m ? eventMark(m) : m));
  const holder = new Map<string, string>();
  const groups = new Map<string, readonly TimelineEvent[]>();
  for (const mark of marks) {
    for (const e of mark.events) holder.set(e.id, mark.key);
    if (mark.shape === 'group') groups.set(mark.key, mark.events);
  }
  const lines = kinds.includes('ceasefire') ? ceasefireLines(timeline, x, end, axisY) : [];
  const flagBottom = laneY.ceasefire + reachOf('ceasefire', MARKER.rFixed).bottom;
  const totalsTop = axisY + TOTALS.gap;
  return {
    ...base,
    mode: 'horizontal',
    holder,
    groups,
    maxKilled: max,
    hasNoFigure: marks.some((m) => m.shape !== 'group' && m.noFigure),
    height: options.totals ? totalsTop + TOTALS.height + TOTALS.below : axisY + AXIS.below,
    axis: axisFor(x, end, axisY),
    ceasefires: lines,
    links: linksFor(lines, marks, px(flagBottom)),
    marks,
    ...(options.totals ? { totals: totalsFor(options.totals, x, totalsTop) } : {}),
  };
}
