/**
 * conflict-widgets: registers every element and re-exports the data API.
 */
export * from './casualty-counter.js';
export * from './ceasefire-timeline.js';
export * from './regional-bar-chart.js';
export * from './data/index.js';
export type { CwError, CwErrorCode, CwErrorDetail } from './internal/errors.js';
