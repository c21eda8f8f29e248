// The figures an element shows, as a spreadsheet in the layout csv.ts reads
// (README "Your own data from a spreadsheet"), for its "Get the data" link.
// Loaded with import() by the first element with `download` (csv-link.ts);
// free of d3-dsv, which only the reader needs.
import type { Citation, Dataset, DateStamp, Figure, FigureSet, MetricId } from './types.js';
import { COLUMNS, type Column } from './csv-columns.js';

/** A region (or, without one, the national level) the element says has no figure for a metric. */
export interface NotReported {
  metric: MetricId;
  /** A `Region.id`; absent for the national figure. */
  region?: string | undefined;
}

/** What an element shows: the figures and events it draws or lists, and what it says is not reported. */
export interface Shown {
  figures: readonly Figure[];
  events?: readonly string[];
  notReported?: readonly NotReported[];
  /** The scope statement the element shows, for a dataset without one of its own. */
  scope?: string;
}

type Row = Partial<Record<Column, string | number | undefined>>;

/** RFC 4180: a cell holding a delimiter, a quote or a line break is quoted, its quotes doubled. */
const cell = (value: string | number | undefined) => {
  const text = value === undefined ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

/**
 * The shown part of a dataset as CSV, one row per figure, event and claim,
 * "not reported" as a figure row with an empty value. Dates stay ISO
 * (`2020-10-28`, `2020-10-28T14:30`). Events bring their tolls and claims;
 * a contradiction or discrepancy comes along when all its figures do, so a
 * file read back picks the same default versions.
 */
export function shownCsv(data: Dataset, shown: Shown): string {
  const figureIds = new Set(shown.figures.map((f) => f.id));
  const eventIds = new Set(shown.events ?? []);
  const named = new Set<string>();
  /** A reporter's kind, a source's publisher, a region's details: on the first row that names it. */
  const first = (key: string, details: Row): Row => {
    if (named.has(key)) return {};
    named.add(key);
    return details;
  };
  const stamp = (date: DateStamp): Row => ({
    as_of: date.value,
    precision: date.precision,
    time_zone: date.timeZone,
    day: date.day,
    before: date.before,
  });
  const cited = (reportedBy: readonly string[], citation: Citation): Row => {
    const reporters = reportedBy.map((id) => data.reporters.find((r) => r.id === id));
    const fresh = reporters.some((r) => r && !named.has(`reporter:${r.id}`));
    for (const r of reporters) if (r) named.add(`reporter:${r.id}`);
    const source = data.sources.find((s) => s.id === citation.source);
    return {
      reporter: reporters.map((r, i) => r?.name ?? reportedBy[i]).join('; '),
      reporter_kind: fresh ? reporters.map((r) => r?.kind).join('; ') : undefined,
      source: source?.title ?? citation.source,
      ...(source
        ? first(`source:${source.id}`, {
            publisher: source.publisher,
            source_author: source.author,
            source_published: source.published,
            source_url: source.url,
            source_description: source.description,
          })
        : {}),
      section: citation.section,
      locator: citation.locator,
    };
  };
  const regionCells = (id: string | undefined): Row => {
    const region = data.regions.find((r) => r.id === id);
    if (!region) return {};
    return {
      region: region.name,
      ...first(`region:${region.id}`, {
        region_type: region.type,
        region_alternates: region.alternates.join('; ') || undefined,
      }),
    };
  };
  const metricCells = (metric: MetricId): Row => ({
    metric,
    ...first(`metric:${metric}`, {
      metric_label: data.metrics.find((m) => m.id === metric)?.label,
    }),
  });
  const figureRows = (set: FigureSet, where: Row, all: boolean): Row[] =>
    Object.entries(set).flatMap(([metric, list]) =>
      list
        .filter((f) => all || figureIds.has(f.id))
        .map((f) => ({
          type: 'figure',
          id: f.id,
          ...where,
          ...metricCells(metric as MetricId),
          value: f.value,
          qualifier: f.qualifier,
          since: f.since,
          status: f.status,
          ...stamp(f.asOf),
          ...cited([f.reportedBy], f.citation),
          note: f.note,
        })),
    );
  const events = data.events.filter((e) => eventIds.has(e.id));
  const inFile = new Set([
    ...figureIds,
    ...events.flatMap((e) => Object.values(e.figures).flatMap((list) => list.map((f) => f.id))),
  ]);
  const complete = (ids: readonly string[]) => ids.every((id) => inFile.has(id));

  const rows: Row[] = [
    {
      type: 'dataset',
      id: data.id,
      title: data.title,
      note: data.description,
      scope: data.scope?.statement ?? shown.scope,
      scope_area: data.scope?.area,
      scope_reported_by: data.scope?.reportedBy,
      language: data.language,
    },
    ...figureRows(data.national, {}, false),
    ...data.regions.flatMap((r) => figureRows(r.figures, regionCells(r.id), false)),
    ...(shown.notReported ?? []).map((gap) => ({
      type: 'figure',
      ...regionCells(gap.region),
      ...metricCells(gap.metric),
    })),
    ...events.flatMap((e) => [
      {
        type: e.kind,
        id: e.id,
        ...regionCells(e.region),
        ...stamp(e.date),
        date_of: e.dateOf,
        date_reason: e.dateReason,
        title: e.title,
        summary: e.summary,
        place: e.place,
        brokered_in: e.brokeredIn,
        violates: e.violates,
        status: e.status,
        ...cited(e.reportedBy, e.citation),
      },
      ...figureRows(e.figures, { event: e.id }, true),
      ...(e.claims ?? []).map((c) => ({
        type: 'claim',
        id: c.id,
        event: e.id,
        about: c.about,
        summary: c.text,
        status: c.status,
        ...(c.date ? stamp(c.date) : {}),
        date_of: c.dateOf,
        ordinal: c.ordinal,
        ...cited([c.reportedBy], c.citation),
        note: c.note,
      })),
    ]),
    ...data.contradictions
      .filter((c) => complete(c.figures))
      .map((c) => ({
        type: 'contradiction',
        id: c.id,
        figures: c.figures.join('; '),
        shown: c.shown,
        note: c.reason,
      })),
    ...(data.discrepancies ?? [])
      .filter((d) => complete(d.figures))
      .map((d) => ({ type: 'discrepancy', id: d.id, figures: d.figures.join('; '), note: d.note })),
  ];
  return [COLUMNS, ...rows.map((row) => COLUMNS.map((c) => row[c]))]
    .map((line) => line.map(cell).join(','))
    .join('\r\n')
    .concat('\r\n');
}

/** The file as a `data:` URL: nothing to revoke, and a server renderer can write it too. */
export const csvHref = (csv: string): string =>
  // The byte-order mark makes Excel read UTF-8; the reader drops it.
  `data:text/csv;charset=utf-8,${encodeURIComponent(`\uFEFF${csv}`)}`;
