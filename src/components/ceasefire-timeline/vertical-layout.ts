import { DAY_MS, type Timeline } from '../../data/query.js';
import type { TimelineEvent } from '../../data/types.js';
import { badgeHalfWidth, common, radiusFn, shapeOf, timeOf } from './layout-shared.js';
import { ROW_LIMIT, type LayoutOptions, type Row, type VerticalLayout } from './layout-types.js';

/** One row per event (or per day past ROW_LIMIT), for narrow containers. */
export function verticalLayout(
  timeline: Timeline,
  width: number,
  options: LayoutOptions,
): VerticalLayout {
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
