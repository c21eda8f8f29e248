import { scaleLinear, scaleUtc, type ScaleTime } from 'd3-scale';
import { curveStepAfter, line } from 'd3-shape';
import { DAY_MS, type Snapshot, type Timeline } from '../../../data/query.js';
import type { EventKind, TimelineEvent } from '../../../data/types.js';
import { group } from './grouping.js';
import { ceasefireSpots, eventSpots, labelAt, labelSize, placer, textWidth } from './labels.js';
import { MARKER, eventMark, laneReach, markerSizes, place, px, reachOf } from './markers.js';
import type {
  Axis,
  CeasefireLine,
  HorizontalLayout,
  Label,
  LayoutBase,
  LayoutOptions,
  Link,
  Mark,
  Placed,
  Rect,
  Tick,
  Totals,
} from './types.js';

/** Space left and right of the axis, so edge markers and labels are not cut. */
const MARGIN_X = 24;
/** Lengths in ems of the text, so the drawing makes room for the reader's text size. */
const EM = {
  /** A line of text. */
  line: 1.25,
  /** Between rows of the drawing, and between a label and its mark. */
  gap: 0.35,
  /** Room for an axis label at first ask: 11 characters ("27 Sep 2020"). */
  tickLabel: 6.6,
} as const;
/** Rows of ceasefire labels at most: a ceasefire with no room in them keeps its line and flag. */
const CEASEFIRE_ROWS = 3;
/** At most one direct label per this many px of width, so the drawing stays readable. */
const PX_PER_LABEL = 110;
const AXIS = {
  /** Between the lowest marker and the axis. */
  gap: 12,
  tickLength: 5,
  /** Labels this close to an end are anchored to it, so they stay inside. */
  edge: 30,
} as const;
const TOTALS = {
  height: 64,
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
  /** The size of a single figure, in ems of the chart's text. */
  figure: 1.5,
} as const;

/** How a tick label is worded, from the step d3 chose between ticks. */
function unitOf(step: number): Tick['unit'] {
  if (step < DAY_MS) return 'time';
  if (step < 28 * DAY_MS) return 'day';
  return step < 365 * DAY_MS ? 'month' : 'year';
}

/**
 * Ticks at `times`, worded as coarsely as their step, the year named where it
 * changes. Ticks hours apart name the day at midnight ("9 Jan", not a second
 * "00:00"), so a reader knows which day each time belongs to.
 */
function ticksAt(x: ScaleTime<number, number>, times: readonly number[]): Tick[] {
  const [x0, x1] = x.range() as [number, number];
  const step = unitOf(times.length > 1 ? times[1] - times[0] : DAY_MS);
  let lastYear = -1;
  return times.map((time): Tick => {
    const tx = px(x(time));
    const unit = step === 'time' && time % DAY_MS === 0 ? 'day' : step;
    const year = new Date(time).getUTCFullYear();
    const withYear = (unit === 'day' || unit === 'month') && year !== lastYear;
    if (unit !== 'time') lastYear = year;
    const anchor = tx - x0 < AXIS.edge ? 'start' : x1 - tx < AXIS.edge ? 'end' : 'middle';
    return { time, x: tx, anchor, unit, withYear };
  });
}

/**
 * The axis: d3's UTC ticks, asking for fewer until no two labels (their
 * widths estimated from their words) come within half an em, inside
 * [start, end). A label at the left end reaches a whole label's width
 * right, not half: only when no three ticks fit with it is it left out (the
 * next label then names the year). The domain is not nice()d: it is the
 * days the page asked for, and ceasefire lines and markers share it.
 */
function axisFor(
  x: ScaleTime<number, number>,
  end: number,
  y: number,
  f: number,
  words: (tick: Tick) => string,
): Axis {
  const [x0, x1] = x.range() as [number, number];
  const span = (t: Tick): [number, number] => {
    const w = textWidth(words(t), f);
    if (t.anchor === 'start') return [t.x, t.x + w];
    return t.anchor === 'end' ? [t.x - w, t.x] : [t.x - w / 2, t.x + w / 2];
  };
  const fit = (ticks: readonly Tick[]) =>
    ticks.every((t, i) => i === 0 || span(ticks[i - 1])[1] + f / 2 <= span(t)[0]);
  const first = Math.max(2, Math.floor((x1 - x0) / (EM.tickLabel * f)));
  const thinned = (dropFirst: boolean) => {
    let ticks: Tick[] = [];
    for (let count = first; count >= 1; count--) {
      const times = x
        .ticks(count)
        .map(Number)
        .filter((t) => t < end);
      ticks = ticksAt(x, dropFirst && times.length > 2 ? times.slice(1) : times);
      if (ticks.length < 2 || fit(ticks)) break;
    }
    return ticks;
  };
  const kept = thinned(false);
  const dropped = kept.length >= 3 ? kept : thinned(true);
  const ticks = dropped.length > kept.length ? dropped : kept;
  return {
    y,
    x0,
    x1,
    tickEnd: y + AXIS.tickLength,
    labelY: px(y + AXIS.tickLength + (EM.line / 2) * f + 0.35 * f),
    ticks,
  };
}

/** Each ceasefire's comb: a drop from its flag to the rail, the rail, and a drop to each violation. */
function linksFor(
  lines: readonly CeasefireLine[],
  marks: readonly Mark[],
  flagBottom: number,
  rail: number,
): Link[] {
  const segment = line();
  const links: Link[] = [];
  for (const { ceasefire, x } of lines) {
    const id = ceasefire.id;
    const drops = marks.filter(
      (m) => m.lane === 'violation' && m.events.some((e) => e.violates === id),
    );
    if (drops.length === 0) continue;
    const xs = drops.map((m) => m.x);
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

/**
 * The totals panel under the axis, from `top`: two or more dated totals are
 * a step-after line on a nice linear y scale from 0; one is a figure.
 */
function totalsFor(
  snapshots: readonly Snapshot[],
  x: ScaleTime<number, number>,
  top: number,
  f: number,
): { totals: Totals; bottom: number } {
  const [x0, x1] = x.range() as [number, number];
  const lineHeight = EM.line * f;
  const caption = { x: x0, y: px(top + lineHeight / 2 + 0.35 * f) };
  if (snapshots.length < 2) {
    const figure = { x: x0, y: px(top + lineHeight + TOTALS.figure * f) };
    const snapshot = snapshots[0];
    return {
      totals: { kind: 'figure', caption, figure, snapshot },
      bottom: figure.y + TOTALS.below + f,
    };
  }
  // Room over the top grid line for its value.
  const panelTop = top + lineHeight + f;
  const bottom = panelTop + TOTALS.height;
  const max = snapshots.reduce((m, s) => Math.max(m, s.figure.value), 1);
  const y = scaleLinear().domain([0, max]).range([bottom, panelTop]).nice(TOTALS.ticks);
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
  const totals: Totals = {
    kind: 'line',
    path,
    points,
    pointRadius: TOTALS.pointRadius,
    ticks: y.ticks(TOTALS.ticks).map((value) => {
      const ty = px(y(value));
      return { y: ty, value, labelX: x0 + TOTALS.tickLabelDx, labelY: ty - TOTALS.tickLabelRise };
    }),
    x0,
    x1,
    caption,
  };
  return { totals, bottom: px(bottom + TOTALS.below) };
}

/** A mark's box, from its centre and how far it reaches. */
function boxOf(m: Mark, reach: { half: number; top: number; bottom: number }): Rect {
  return {
    x: m.x - reach.half,
    y: m.y - reach.top,
    width: 2 * reach.half,
    height: reach.top + reach.bottom,
  };
}

/** How far a mark reaches from its centre: a group's badge included. */
function markReach(m: Mark, r: (e: TimelineEvent) => number, f: number) {
  if (m.shape !== 'group') return reachOf(m.lane, r(m.events[0]));
  return { ...laneReach(m.lane, r(m.largest), f), half: m.half };
}

/** Lanes along a d3 scaleUtc time axis, for wide containers. */
export function horizontalLayout(
  timeline: Timeline,
  options: LayoutOptions,
  base: LayoutBase,
): HorizontalLayout {
  const { order, times, width } = base;
  const [start, end] = options.domain;
  const { kinds, fontSize: f, labelOf } = options;
  const lineHeight = px(EM.line * f);
  const gap = px(EM.gap * f);
  const x = scaleUtc()
    .domain([start, end])
    .range([MARGIN_X, Math.max(MARGIN_X + 1, width - MARGIN_X)])
    .clamp(true);
  const [x0] = x.range() as [number, number];
  const { radius, max } = markerSizes(order, options.killed, MARKER.rMax);
  const bounds = (top: number, bottom: number): Rect => ({
    x: 0,
    y: top,
    width,
    height: bottom - top,
  });

  // Ceasefire labels first, in rows over the lanes: how many rows they take sets where the lanes go.
  const ceasefires = kinds.includes('ceasefire')
    ? timeline.ceasefires
        .filter((p) => p.start >= start && p.start < end)
        .map((p) => ({ ceasefire: p.ceasefire, x: px(x(p.start)) }))
    : [];
  const cfPlacer = placer(bounds(0, CEASEFIRE_ROWS * lineHeight), []);
  const cfLabels = ceasefires.flatMap(({ ceasefire, x: at }) => {
    const lines = labelOf(ceasefire);
    const size = labelSize(lines, f, lineHeight);
    const spot = cfPlacer.take(ceasefireSpots(at, size, CEASEFIRE_ROWS, gap));
    return spot
      ? [{ id: ceasefire.id, label: labelAt(spot, lines, 'ceasefire', f, lineHeight) }]
      : [];
  });
  const withCeasefires = ceasefires.length > 0 || kinds.includes('ceasefire');
  const band = cfLabels.reduce((b, { label }) => Math.max(b, label.box.y + label.box.height), 0);
  const flagReach = reachOf('ceasefire', MARKER.rFixed);
  const flagY = px(band + gap + flagReach.top);
  const flagBottom = px(flagY + flagReach.bottom);
  const rail = px(flagBottom + 2 * gap);

  // Each lane: its name, a row for labels above its marks, then the marks.
  const laneY: Record<EventKind, number> = { ceasefire: flagY, violation: 0, attack: 0 };
  const rows: Partial<Record<EventKind, { top: number; bottom: number }>> = {};
  const laneLabels: Label[] = [];
  let cursor = withCeasefires ? rail + gap : 0;
  const lanesTop = cursor;
  let axisY = withCeasefires ? flagBottom + AXIS.gap : AXIS.gap;
  for (const kind of ['violation', 'attack'] as const) {
    if (!kinds.includes(kind)) continue;
    const reach = laneReach(kind, MARKER.rMax, f);
    const name = [options.laneNames[kind]];
    const size = labelSize(name, f, lineHeight);
    laneLabels.push(
      labelAt(
        { rect: { x: x0, y: px(cursor), ...size }, anchor: 'start' },
        name,
        'lane',
        f,
        lineHeight,
      ),
    );
    // Its name, then a row for two-line labels above its marks.
    laneY[kind] = px(cursor + 3 * lineHeight + 2 * gap + reach.top);
    rows[kind] = { top: laneY[kind] - reach.top, bottom: laneY[kind] + reach.bottom };
    cursor = laneY[kind] + reach.bottom + gap;
    axisY = px(laneY[kind] + reach.bottom + AXIS.gap);
  }

  const lanes: Record<EventKind, Placed[]> = { ceasefire: [], violation: [], attack: [] };
  order.forEach((event, i) => {
    const noFigure = event.kind !== 'ceasefire' && options.killed(event) === undefined;
    lanes[event.kind].push(place(event, radius(event), x(times[i]), laneY[event.kind], noFigure));
  });
  // Paths only for what is drawn: grouping folds most of a dense axis away.
  const marks = [lanes.ceasefire, lanes.violation, lanes.attack]
    .flatMap((lane) => group(lane, f))
    .map((m): Mark => ('event' in m ? eventMark(m) : m));
  const holder = new Map<string, string>();
  const groups = new Map<string, readonly TimelineEvent[]>();
  for (const mark of marks) {
    for (const e of mark.events) holder.set(e.id, mark.key);
    if (mark.shape === 'group') groups.set(mark.key, mark.events);
  }
  const grouped = new Map<string, Placed>();
  for (const p of [lanes.ceasefire, lanes.violation, lanes.attack].flat())
    if (groups.has(holder.get(p.event.id) ?? '')) grouped.set(p.event.id, p);
  const lines = ceasefires.map(({ ceasefire, x: at }): CeasefireLine => {
    const label = cfLabels.find((l) => l.id === ceasefire.id)?.label;
    return { ceasefire, x: at, y: label?.box.y ?? band, height: axisY };
  });

  // Then the largest tolls, then events with no toll reported (by date), as
  // many as fit, with the marks and lane names as obstacles.
  const reaches = marks.map((m) => markReach(m, radius, f));
  // Ceasefire lines are avoided where a label can be: one across a line reads as if it straddled the date.
  const eventPlacer = placer(
    bounds(lanesTop, axisY - AXIS.tickLength),
    [...marks.map((m, i) => boxOf(m, reaches[i])), ...laneLabels.map((l) => l.box)],
    lines.map((c) => ({ x: c.x, y: c.y, width: 0, height: c.height - c.y })),
  );
  // No toll ranks below a reported 0.
  const toll = (m: Mark) => options.killed(m.shape === 'group' ? m.largest : m.events[0]) ?? -1;
  const ranked = marks
    .map((m, i) => ({ m, i, killed: toll(m) }))
    .filter((r) => r.m.lane !== 'ceasefire')
    .sort((a, b) => b.killed - a.killed || a.m.x - b.m.x);
  const eventLabels: Label[] = [];
  for (const { m, i } of ranked) {
    if (eventLabels.length >= Math.max(1, Math.floor(width / PX_PER_LABEL))) break;
    const row = rows[m.lane];
    if (!row) continue;
    const event = m.shape === 'group' ? m.largest : m.events[0];
    const text = labelOf(event);
    const spot = eventPlacer.take(
      eventSpots(
        { ...reaches[i], x: m.x, y: m.y, rowTop: row.top, rowBottom: row.bottom },
        labelSize(text, f, lineHeight),
        gap,
        lineHeight,
      ),
    );
    if (spot) eventLabels.push(labelAt(spot, text, 'event', f, lineHeight, m.key));
  }
  // A ceasefire's label opens what holds it: its own flag, or a group of flags.
  const labels = [
    ...laneLabels,
    ...cfLabels.map(({ id, label }) => ({ ...label, key: holder.get(id) })),
    ...eventLabels,
  ];

  const axisBottom = axisY + AXIS.tickLength + lineHeight;
  const totals =
    options.totals && options.totals.length > 0
      ? totalsFor(options.totals, x, px(axisBottom + lineHeight), f)
      : undefined;
  return {
    ...base,
    mode: 'horizontal',
    holder,
    groups,
    maxKilled: max,
    hasNoFigure: marks.some((m) => m.noFigure),
    height: px(totals ? totals.bottom : axisBottom + gap),
    fontSize: f,
    lineHeight,
    axis: axisFor(x, end, axisY, f, options.tickLabelOf),
    ceasefires: lines,
    labels,
    grouped,
    links: linksFor(lines, marks, flagBottom, rail),
    marks,
    ...(totals ? { totals: totals.totals } : {}),
  };
}
