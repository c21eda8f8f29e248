import { stampTime, type Timeline } from '../../../data/query.js';
import { horizontalLayout } from './horizontal.js';
import { VERTICAL_BELOW, type LayoutOptions, type TimelineLayout } from './types.js';
import { verticalLayout } from './vertical.js';

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
  const order = timeline.events;
  const index = new Map<string, number>();
  const times: number[] = [];
  order.forEach((e, i) => {
    index.set(e.id, i);
    times.push(stampTime(e.date) ?? 0);
  });
  const base = { width, domain: options.domain, order, index, times };
  return width < VERTICAL_BELOW
    ? verticalLayout(options, base)
    : horizontalLayout(timeline, options, base);
}
