import { DAY_MS } from '../../../data/query.js';
import type { TimelineEvent } from '../../../data/types.js';
import { MARKER, groupGlyph, kindGlyph, markerSizes } from './markers.js';
import {
  ROW_LIMIT,
  type LayoutBase,
  type LayoutOptions,
  type Row,
  type VerticalLayout,
} from './types.js';

/** One row per event (or per day past ROW_LIMIT), for narrow containers. */
export function verticalLayout(options: LayoutOptions, base: LayoutBase): VerticalLayout {
  const { order, times } = base;
  const { radius, max } = markerSizes(order, options.killed, MARKER.rMaxList);
  const noFigure = (e: TimelineEvent) => e.kind !== 'ceasefire' && options.killed(e) === undefined;
  const rows: Row[] = [];
  const holder = new Map<string, string>();
  const groups = new Map<string, readonly TimelineEvent[]>();
  /** A row for events [from, to) of `order`, all on one day when there are several. */
  const addRow = (from: number, to: number) => {
    const events = order.slice(from, to);
    const first = events[0];
    const single = events.length === 1;
    const time = times[from] ?? 0;
    const key = single ? `e:${first.id}` : `d:${String(Math.floor(time / DAY_MS))}`;
    for (const e of events) holder.set(e.id, key);
    if (!single) groups.set(key, events);
    rows.push({
      key,
      events,
      time,
      noFigure: single && noFigure(first),
      glyph: single ? kindGlyph(first.kind, radius(first)) : groupGlyph(events.length),
    });
  };
  const byDay = order.length > ROW_LIMIT;
  let from = 0;
  for (let i = 1; i <= order.length; i++) {
    const sameDay =
      byDay &&
      i < order.length &&
      Math.floor((times[i] ?? 0) / DAY_MS) === Math.floor((times[from] ?? 0) / DAY_MS);
    if (sameDay) continue;
    addRow(from, i);
    from = i;
  }
  return {
    ...base,
    mode: 'vertical',
    holder,
    groups,
    maxKilled: max,
    hasNoFigure: rows.some((r) => r.noFigure),
    rows,
  };
}
