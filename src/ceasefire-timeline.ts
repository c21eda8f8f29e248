/** Registers <cw-ceasefire-timeline> when imported. */
export * from './components/ceasefire-timeline/ceasefire-timeline.js';
export type * from './internal/events.js';
