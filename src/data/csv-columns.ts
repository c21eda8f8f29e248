// The spreadsheet layout: one row per figure, event, claim or link, with the
// columns below (README "Your own data from a spreadsheet" documents each).
// Only the few in REQUIRED must be in row 1; any other may be left out.

/** Every column the reader knows, in the order the generated files use. */
export const COLUMNS = [
  'type',
  'id',
  'event',
  'region',
  'region_type',
  'region_alternates',
  'metric',
  'metric_label',
  'value',
  'qualifier',
  'since',
  'reporter',
  'reporter_kind',
  'status',
  'as_of',
  'precision',
  'time_zone',
  'day',
  'before',
  'date_of',
  'date_reason',
  'source',
  'publisher',
  'source_author',
  'source_published',
  'source_url',
  'source_description',
  'section',
  'locator',
  'title',
  'summary',
  'place',
  'brokered_in',
  'violates',
  'about',
  'ordinal',
  'figures',
  'shown',
  'note',
  'scope',
  'scope_area',
  'scope_reported_by',
  'language',
] as const;
export type Column = (typeof COLUMNS)[number];

/** What a figure row needs; a sheet of events only still has them (blank on event rows). */
export const REQUIRED: readonly Column[] = [
  'metric',
  'value',
  'reporter',
  'reporter_kind',
  'status',
  'source',
  'publisher',
  'section',
];

/** What the `type` column may say; blank is a figure. */
export const ROW_TYPES = [
  'figure',
  'attack',
  'violation',
  'ceasefire',
  'claim',
  'contradiction',
  'discrepancy',
  'dataset',
] as const;
export type RowType = (typeof ROW_TYPES)[number];

const DATE: Column[] = ['as_of', 'precision', 'time_zone', 'before'];
/** Who reported a figure, event or claim, its status, and where it is cited from. */
const CITED = COLUMNS.filter((c) => /^(reporter|status|source|publisher|section|locator)/.test(c));
const PLACE: Column[] = ['region', 'region_type', 'region_alternates'];
const EVENT: Column[] = [
  ...PLACE,
  ...DATE,
  ...CITED,
  'date_of',
  'date_reason',
  'title',
  'summary',
  'place',
  'brokered_in',
  'violates',
];

/**
 * The columns each type of row uses besides `type` and `id`. A value in any
 * other column is a mistake the reader reports: it would otherwise be lost.
 */
export const USED: Record<RowType, ReadonlySet<Column>> = {
  figure: new Set([
    ...PLACE,
    ...DATE,
    ...CITED,
    'event',
    'metric',
    'metric_label',
    'value',
    'qualifier',
    'since',
    'note',
  ]),
  attack: new Set(EVENT),
  violation: new Set(EVENT),
  ceasefire: new Set(EVENT),
  // Only a claim's time can leave its day unstated: events and figures are placed on their day.
  claim: new Set([
    ...DATE,
    ...CITED,
    'day',
    'event',
    'about',
    'summary',
    'date_of',
    'ordinal',
    'note',
  ]),
  contradiction: new Set(['figures', 'shown', 'note']),
  discrepancy: new Set(['figures', 'note']),
  dataset: new Set(['title', 'note', 'scope', 'scope_area', 'scope_reported_by', 'language']),
};

/**
 * The cells of a figure row that says a figure was not reported: where, and
 * which metric. With every other cell blank, value included, the row is read
 * as "not reported" (the region is listed as such), never as 0.
 */
export const NOT_REPORTED: ReadonlySet<Column> = new Set([
  'type',
  'id',
  ...PLACE,
  'metric',
  'metric_label',
]);

/** A header as people type it ("As of", "as-of") to the column it names. */
export const columnKey = (header: string): string =>
  header
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
