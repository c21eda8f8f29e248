/** Registers <cw-regional-bar-chart> when imported. */
export * from './components/regional-bar-chart/regional-bar-chart.js';
export type * from './internal/events.js';
