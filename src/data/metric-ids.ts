// Apart from the rest of types.ts: the counter checks its metric attribute
// against this list on every page, while the other vocabularies there are read
// only by the validator, which loads on demand. Re-exported by types.ts.

/** The metrics a dataset can report figures for. */
export const METRIC_IDS = [
  'killed',
  'injured',
  'houses-damaged',
  'buildings-damaged',
  'facilities-damaged',
] as const;
export type MetricId = (typeof METRIC_IDS)[number];
