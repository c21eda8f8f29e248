import type { Timeline } from '../../data/query.js';
import { stampTime } from '../../data/query.js';
import type { EventKind, TimelineEvent } from '../../data/types.js';
import { sqrtScale } from '../../internal/scale.js';
import { R_MIN, R_NO_FIGURE, type LayoutOptions, type Shape } from './layout-types.js';

// Helpers both layout modes use: event times, marker shapes and sizes.

export const timeOf = (event: TimelineEvent) => stampTime(event.date) ?? 0;
export const shapeOf = (kind: EventKind): Shape =>
  kind === 'ceasefire' ? 'flag' : kind === 'violation' ? 'diamond' : 'circle';
export const badgeHalfWidth = (count: number) => (12 + 7 * String(count).length) / 2;

/** Sizes markers so their area is proportional to reported deaths (floored at R_MIN). */
export function radiusFn(
  order: readonly TimelineEvent[],
  killed: LayoutOptions['killed'],
  rMax: number,
) {
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

/** What both layout modes start from: the events in time order and their positions. */
export function common(timeline: Timeline, width: number, options: LayoutOptions) {
  const order = timeline.events;
  const index = new Map<string, number>();
  order.forEach((e, i) => index.set(e.id, i));
  return { width, domain: options.domain, order, index };
}
