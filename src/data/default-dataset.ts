import type { Dataset } from './types.js';
import { validate, type ValidationResult } from './validate.js';

let loading: Promise<ValidationResult> | undefined;

/**
 * The bundled dataset (data/karabakh-2020.json), imported on first use so
 * that pages with their own data never download or parse it. Validated like
 * any other data.
 */
export function loadDefaultDataset(): Promise<ValidationResult> {
  loading ??= import('./karabakh-2020.generated.js').then(({ dataset }) => validate(dataset));
  return loading;
}

/** The bundled dataset, or a rejection listing what is wrong with it. */
export async function defaultDataset(): Promise<Dataset> {
  const result = await loadDefaultDataset();
  if (result.ok) return result.data;
  throw new Error(
    `The bundled dataset is invalid: ${result.errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`,
  );
}
