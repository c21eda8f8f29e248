/**
 * All three elements, registered when imported, and nothing else: the CDN
 * entry. The data API (validate, queries, the bundled dataset) is
 * `conflict-widgets/data.js`, so pages that only show widgets do not download it.
 */
export * from './casualty-counter.js';
export * from './ceasefire-timeline.js';
export * from './regional-bar-chart.js';
export type { CwError, CwErrorCode, CwErrorDetail, CwReadyDetail } from './internal/errors.js';
