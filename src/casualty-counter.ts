/** Registers <cw-casualty-counter> when imported. */
export * from './components/casualty-counter/casualty-counter.js';
export type * from './internal/events.js';
