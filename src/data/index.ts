export * from './types.js';
export { validate, type ValidationError, type ValidationResult } from './validate.js';
export * from './query.js';
export { defaultDataset } from './default-dataset.js';
