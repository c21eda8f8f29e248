// Checked rows to a Dataset: reporters, sources, regions and metrics are
// named on many rows and must agree; figures and claims join their events.
// Each part of the dataset remembers its row, so a problem validate() finds
// later is reported at that row and column.
import type {
  Claim,
  Contradiction,
  Dataset,
  Discrepancy,
  Figure,
  FigureSet,
  MetricId,
  Region,
  Reporter,
  ReporterKind,
  Source,
  TimelineEvent,
} from './types.js';
import { splitList, type CiteCells, type ParsedRow, type RowProblem } from './csv-rows.js';
import type { Column } from './csv-columns.js';
import { METRIC_LABELS, UNTITLED, rowText } from './csv-messages.js';
import { slug } from './slug.js';

/** Where a part of the dataset came from: `pointer` is its JSON pointer in the result. */
export interface Origin {
  pointer: string;
  row: number;
  /** The column each field (a pointer below `pointer`, such as `asOf/value`) is read from. */
  fields: Readonly<Partial<Record<string, Column>>>;
}

const CITE_FIELDS = {
  reportedBy: 'reporter',
  'citation/source': 'source',
  'citation/section': 'section',
  'citation/locator': 'locator',
  status: 'status',
  note: 'note',
  id: 'id',
} as const;
const DATE_FIELDS = (key: string) =>
  ({
    [key]: 'as_of',
    [`${key}/value`]: 'as_of',
    [`${key}/precision`]: 'precision',
    [`${key}/before`]: 'before',
    [`${key}/timeZone`]: 'time_zone',
    [`${key}/day`]: 'day',
  }) as const;
export const FIELDS = {
  figure: {
    ...CITE_FIELDS,
    ...DATE_FIELDS('asOf'),
    value: 'value',
    qualifier: 'qualifier',
    since: 'since',
  },
  event: {
    ...CITE_FIELDS,
    ...DATE_FIELDS('date'),
    kind: 'type',
    dateOf: 'date_of',
    dateReason: 'date_reason',
    title: 'title',
    summary: 'summary',
    region: 'region',
    place: 'place',
    brokeredIn: 'brokered_in',
    violates: 'violates',
  },
  claim: {
    ...CITE_FIELDS,
    ...DATE_FIELDS('date'),
    about: 'about',
    text: 'summary',
    dateOf: 'date_of',
    ordinal: 'ordinal',
  },
  link: { id: 'id', figures: 'figures', shown: 'shown', reason: 'note', note: 'note' },
  dataset: { id: 'id', title: 'title', description: 'note', language: 'language', scope: 'scope' },
  // '' is the object itself: a clash of names, or ids, is in the column that names it.
  reporter: { '': 'reporter', name: 'reporter', kind: 'reporter_kind', id: 'reporter' },
  source: {
    '': 'source',
    id: 'source',
    title: 'source',
    publisher: 'publisher',
    author: 'source_author',
    published: 'source_published',
    url: 'source_url',
    description: 'source_description',
  },
  region: {
    '': 'region',
    id: 'region',
    name: 'region',
    alternates: 'region_alternates',
    type: 'region_type',
  },
  metric: { '': 'metric', id: 'metric', label: 'metric_label' },
} satisfies Record<string, Record<string, Column>>;

interface Entry {
  id: string;
  /** Its place in the dataset's list. */
  index: number;
  name: string;
  row: number;
  /** Each detail with the row that first gave it. */
  details: Map<Column, { text: string; row: number }>;
}

/**
 * Things several rows name: a reporter, a source, a region, a metric. The
 * first row that gives a detail sets it; a later row that gives it
 * differently is a problem, never silently overruled.
 */
class Registry {
  readonly entries = new Map<string, Entry>();
  constructor(
    private readonly prefix: string,
    private readonly nameColumn: Column,
    /** Details a new entry must have, with why (for the message). */
    private readonly required: Partial<Record<Column, (name: string) => string>> = {},
  ) {}

  check(row: number, name: string, details: Partial<Record<Column, string>>): RowProblem[] {
    const problems: RowProblem[] = [];
    const known = this.entries.get(name.toLowerCase());
    if (known && known.name !== name)
      problems.push({
        row,
        column: this.nameColumn,
        message: rowText.spelling(name, known.row, known.name),
      });
    for (const [column, why] of Object.entries(this.required) as [Column, (n: string) => string][])
      if (!known && !details[column])
        problems.push({ row, column, message: rowText.empty(why(name)) });
    for (const [column, text] of Object.entries(details) as [Column, string][]) {
      const first = known?.details.get(column);
      if (first && first.text !== text)
        problems.push({
          row,
          column,
          message: rowText.disagrees(text, first.row, first.text, name),
        });
    }
    return problems;
  }

  add(row: number, name: string, details: Partial<Record<Column, string>>): Entry {
    const key = name.toLowerCase();
    let entry = this.entries.get(key);
    if (!entry) {
      const index = this.entries.size;
      const id = slug(name) || `${this.prefix}-${index + 1}`;
      entry = { id, index, name, row, details: new Map() };
      this.entries.set(key, entry);
    }
    for (const [column, text] of Object.entries(details) as [Column, string][])
      if (!entry.details.has(column)) entry.details.set(column, { text, row });
    return entry;
  }
}

const detail = (entry: Entry, column: Column) => entry.details.get(column)?.text;

function push(set: FigureSet, metric: MetricId, figure: Figure): number {
  const list = (set[metric] ??= []);
  return list.push(figure) - 1;
}

/**
 * Builds a dataset from checked rows, in row order. Rows that disagree with
 * earlier ones, or name an event no row has, are left out and returned as
 * problems; `origins` lead every part of the result back to its row.
 */
export function assemble(
  rows: readonly ParsedRow[],
  eventRows: ReadonlyMap<string, number>,
): { data: Dataset; origins: Origin[]; problems: RowProblem[] } {
  const problems: RowProblem[] = [];
  const origins: Origin[] = [];
  const reporters = new Registry('reporter', 'reporter', {
    reporter_kind: rowText.needed.reporterKind,
  });
  const sources = new Registry('source', 'source', { publisher: rowText.needed.publisher });
  const regions = new Registry('region', 'region');
  const metrics = new Registry('metric', 'metric');
  const national: FigureSet = {};
  const regionFigures = new Map<string, FigureSet>();
  const events: TimelineEvent[] = [];
  const eventIndex = new Map<string, number>();
  const later: Extract<ParsedRow, { type: 'figure' | 'claim' }>[] = [];
  const contradictions: Contradiction[] = [];
  const discrepancies: Discrepancy[] = [];
  let about: Extract<ParsedRow, { type: 'dataset' }> | undefined;

  /** Registers what a row names; false (and problems) when it disagrees with earlier rows. */
  const names = (
    row: ParsedRow,
    people: { name: string; kind?: string }[],
    cite?: CiteCells,
    region?: { name: string; details: Partial<Record<Column, string>> },
  ): boolean => {
    const found = [
      ...people.flatMap((p) =>
        reporters.check(row.row, p.name, p.kind ? { reporter_kind: p.kind } : {}),
      ),
      ...(cite ? sources.check(row.row, cite.source, cite.details) : []),
      ...(region ? regions.check(row.row, region.name, region.details) : []),
      ...(row.type === 'figure' || row.type === 'not-reported'
        ? metrics.check(
            row.row,
            row.metric,
            row.metricLabel ? { metric_label: row.metricLabel } : {},
          )
        : []),
    ];
    if (found.length > 0) {
      problems.push(...found);
      return false;
    }
    for (const p of people) reporters.add(row.row, p.name, p.kind ? { reporter_kind: p.kind } : {});
    if (cite) sources.add(row.row, cite.source, cite.details);
    if (region) regions.add(row.row, region.name, region.details);
    if (row.type === 'figure' || row.type === 'not-reported')
      metrics.add(row.row, row.metric, row.metricLabel ? { metric_label: row.metricLabel } : {});
    return true;
  };
  const cited = (cite: CiteCells, reporter: string) => ({
    reportedBy: reporters.add(0, reporter, {}).id,
    citation: {
      source: sources.add(0, cite.source, {}).id,
      section: cite.section,
      ...(cite.locator ? { locator: cite.locator } : {}),
    },
  });
  const regionSet = (name: string) => {
    const { id, index } = regions.add(0, name, {});
    let set = regionFigures.get(id);
    if (!set) regionFigures.set(id, (set = {}));
    return { id, set, index };
  };

  for (const row of rows) {
    const id = row.id ?? `row-${row.row}`;
    if (row.type === 'dataset') {
      if (about)
        problems.push({ row: row.row, column: 'type', message: rowText.oneDataset(about.row) });
      else about = row;
    } else if (row.type === 'contradiction' || row.type === 'discrepancy') {
      const list = row.type === 'contradiction' ? contradictions : discrepancies;
      origins.push({
        pointer: `/${row.type === 'contradiction' ? 'contradictions' : 'discrepancies'}/${list.length}`,
        row: row.row,
        fields: FIELDS.link,
      });
      if (row.type === 'contradiction')
        contradictions.push({ id, figures: row.figures, shown: row.shown, reason: row.reason });
      else discrepancies.push({ id, figures: row.figures, note: row.note });
    } else if (row.type === 'not-reported') {
      // The region is listed, with no figure for the metric: the elements say "not reported".
      if (names(row, [], undefined, row.region) && row.region) regionSet(row.region.name);
    } else if (row.type === 'event') {
      if (!names(row, row.reporters, row.cite, row.region)) continue;
      const region = row.region ? regionSet(row.region.name).id : undefined;
      const citation = cited(row.cite, row.reporters[0]?.name ?? '').citation;
      eventIndex.set(id, events.length);
      origins.push({ pointer: `/events/${events.length}`, row: row.row, fields: FIELDS.event });
      events.push({
        id,
        ...row.event,
        ...(region ? { region } : {}),
        figures: {},
        reportedBy: row.reporters.map((p) => reporters.add(0, p.name, {}).id),
        citation,
      });
    } else {
      const region = row.type === 'figure' ? row.region : undefined;
      if (!names(row, [row.reporter], row.cite, region)) continue;
      if (row.type === 'claim' || row.event !== undefined) {
        later.push(row);
        continue;
      }
      const figure: Figure = { id, ...row.figure, ...cited(row.cite, row.reporter.name) };
      if (region) {
        const { set, index } = regionSet(region.name);
        const i = push(set, row.metric, figure);
        origins.push({
          pointer: `/regions/${index}/figures/${row.metric}/${i}`,
          row: row.row,
          fields: FIELDS.figure,
        });
      } else {
        const i = push(national, row.metric, figure);
        origins.push({
          pointer: `/national/${row.metric}/${i}`,
          row: row.row,
          fields: FIELDS.figure,
        });
      }
    }
  }

  // Figures and claims of events join them once every event row is known: a sheet may list them first.
  for (const row of later) {
    const eventId = row.event ?? '';
    const e = eventIndex.get(eventId);
    const event = e === undefined ? undefined : events[e];
    if (e === undefined || !event) {
      const at = eventRows.get(eventId);
      problems.push({
        row: row.row,
        column: 'event',
        message: at ? rowText.eventSkipped(eventId, at) : rowText.noEvent(eventId),
      });
      continue;
    }
    const id = row.id ?? `row-${row.row}`;
    if (row.type === 'figure') {
      const i = push(event.figures, row.metric, {
        id,
        ...row.figure,
        ...cited(row.cite, row.reporter.name),
      });
      origins.push({
        pointer: `/events/${e}/figures/${row.metric}/${i}`,
        row: row.row,
        fields: FIELDS.figure,
      });
    } else {
      const claims: Claim[] = (event.claims ??= []);
      origins.push({
        pointer: `/events/${e}/claims/${claims.length}`,
        row: row.row,
        fields: FIELDS.claim,
      });
      claims.push({ id, ...row.claim, ...cited(row.cite, row.reporter.name) });
    }
  }

  const entries = (registry: Registry, pointer: string, fields: Record<string, Column>) =>
    [...registry.entries.values()].map((entry) => {
      origins.push({ pointer: `${pointer}/${entry.index}`, row: entry.row, fields });
      return entry;
    });
  const sourceList: Source[] = entries(sources, '/sources', FIELDS.source).map((s) => ({
    id: s.id,
    title: s.name,
    publisher: detail(s, 'publisher') ?? '',
    ...Object.fromEntries(
      (['author', 'published', 'url', 'description'] as const).flatMap((key) => {
        const text = detail(s, `source_${key}`);
        return text ? [[key, text]] : [];
      }),
    ),
  }));
  const reporterList: Reporter[] = entries(reporters, '/reporters', FIELDS.reporter).map((r) => {
    // A claim credited to a source's own publisher is the source's own claim (query.ts namesNoSource()).
    const publishes = sourceList.filter((s) => s.publisher === r.name).map((s) => s.id);
    return {
      id: r.id,
      name: r.name,
      kind: (detail(r, 'reporter_kind') ?? '') as ReporterKind,
      ...(publishes.length ? { publishes } : {}),
    };
  });
  const regionList: Region[] = entries(regions, '/regions', FIELDS.region).map((r) => {
    const type = detail(r, 'region_type');
    return {
      id: r.id,
      name: r.name,
      alternates: splitList(detail(r, 'region_alternates') ?? ''),
      ...(type ? { type } : {}),
      figures: regionFigures.get(r.id) ?? {},
    };
  });
  const metricList = entries(metrics, '/metrics', FIELDS.metric).map((m) => ({
    id: m.name as MetricId,
    label: detail(m, 'metric_label') ?? METRIC_LABELS[m.name as MetricId],
  }));
  if (about) origins.push({ pointer: '', row: about.row, fields: FIELDS.dataset });
  const data: Dataset = {
    schemaVersion: 1,
    ...(about?.language ? { language: about.language } : {}),
    id: about?.id ?? 'spreadsheet',
    title: about?.title ?? UNTITLED,
    ...(about?.description ? { description: about.description } : {}),
    ...(about?.scope ? { scope: about.scope } : {}),
    sources: sourceList,
    reporters: reporterList,
    metrics: metricList,
    national,
    regions: regionList,
    events,
    contradictions,
    ...(discrepancies.length ? { discrepancies } : {}),
  };
  return { data, origins, problems };
}
