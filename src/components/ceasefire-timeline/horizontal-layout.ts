import { DAY_MS, type Timeline } from '../../data/query.js';
import { EVENT_KINDS, type EventKind, type TimelineEvent } from '../../data/types.js';
import { linearScale, niceDomain, ticks } from '../../internal/scale.js';
import { stepAfterPath } from '../../internal/step-path.js';
import { utcTicks } from '../../internal/utc-ticks.js';
import { group } from './grouping.js';
import { common, radiusFn, shapeOf, timeOf } from './layout-shared.js';
import {
  DIAMOND,
  R_MAX,
  type Band,
  type HorizontalLayout,
  type LayoutOptions,
  type Link,
  type Mark,
  type Tick,
} from './layout-types.js';

const MARGIN_X = 24;
const FLAG_Y = 10;
const LINK_Y = 34;
const LANE_GAP = 50;
const TOTALS_HEIGHT = 64;

/** Lane centres: flags on top, then violations under the links, then attacks; unshown lanes close up. */
function lanesFor(kinds: readonly EventKind[]): Record<EventKind, number> {
  const violation = kinds.includes('violation') ? LINK_Y + 28 : FLAG_Y;
  const attack = kinds.includes('attack') ? Math.max(violation, LINK_Y - 6) + LANE_GAP : violation;
  return { ceasefire: FLAG_Y, violation, attack };
}

/** Axis ticks placed with the marks' own x scale (`xOf`), between x0 and x1. */
function ticksFor(
  domain: readonly [number, number],
  x0: number,
  x1: number,
  xOf: (time: number) => number,
): Tick[] {
  // Fewer ticks until labels ("27 Sep 2020" is the widest) have room: the count is only a hint.
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
    const x = xOf(time);
    const year = new Date(time).getUTCFullYear();
    const withYear = unit !== 'year' && unit !== 'time' && year !== lastYear;
    lastYear = year;
    const anchor = x - x0 < 30 ? 'start' : x1 - x < 30 ? 'end' : 'middle';
    return { time, x, anchor, unit, withYear };
  });
}

/** Lanes along a time axis, for wide containers. */
export function horizontalLayout(
  timeline: Timeline,
  width: number,
  options: LayoutOptions,
): HorizontalLayout {
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
    ticks: ticksFor(options.domain, x0, x1, xOf),
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
