import type { Timeline } from '../../data/query.js';
import { horizontalLayout } from './horizontal-layout.js';
import { VERTICAL_BELOW, type LayoutOptions, type TimelineLayout } from './layout-types.js';
import { verticalLayout } from './vertical-layout.js';

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
    ? verticalLayout(timeline, width, options)
    : horizontalLayout(timeline, width, options);
}
