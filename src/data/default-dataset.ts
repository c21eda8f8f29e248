import type { Dataset } from './types.js';

let loading: Promise<Dataset> | undefined;
let loaded: Dataset | undefined;

/**
 * The bundled dataset (data/karabakh-2020.json), imported on first use so
 * that pages with their own data never download or parse it. It is checked
 * with validate() when the package is built (scripts/check-dataset.mjs), so
 * readers' browsers do not download the validator for it.
 */
export function defaultDataset(): Promise<Dataset> {
  loading ??= import('./karabakh-2020.generated.js').then(({ dataset }) => (loaded = dataset));
  return loading;
}

/**
 * The bundled dataset if defaultDataset() has delivered it, else undefined:
 * what a server render (and a hydrating element, which must draw what the
 * server drew) shows without waiting.
 */
export function loadedDefaultDataset(): Dataset | undefined {
  return loaded;
}
