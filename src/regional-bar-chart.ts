/** Registers <cw-regional-bar-chart> when imported. */
export * from './components/regional-bar-chart/regional-bar-chart.js';
export { plural, registerCatalogue, sentence } from './internal/i18n.js';
export { fallbackHTML } from './internal/fallback.js';
export type { Catalogue, PartialCatalogue } from './i18n/catalogue.js';
export type * from './internal/events.js';
