/**
 * conflict-widgets: registers every element and re-exports the data API.
 */
export * from './elements.js';
export * from './data/index.js';
