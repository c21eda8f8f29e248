/**
 * conflict-widgets: registers every element and re-exports the data API.
 */
export * from './data/index.js';
export type { CwError, CwErrorCode, CwErrorDetail } from './internal/errors.js';
