// A dataset (the JSON format) as the spreadsheet layout src/data/csv.ts reads,
// for data/karabakh-2020.csv. test/data/csv-round-trip.test.ts reads the file
// back and checks it gives the same figures and events: the two sides of the
// layout cannot drift apart unnoticed.
import { readFile } from 'node:fs/promises';
import { csvFormat } from 'd3-dsv';

/** The layout's columns, in order: read from src/data/csv-columns.ts, their one list. */
export const COLUMNS = [
  .../COLUMNS = \[([^\]]*)\]/
    .exec(await readFile(new URL('../../src/data/csv-columns.ts', import.meta.url), 'utf8'))[1]
    .matchAll(/'([a-z_]+)'/g),
].map((match) => match[1]);

/** Throws when the layout cannot say something the dataset says: a silent loss would be worse. */
function refuse(why) {
  throw new Error(`The dataset cannot be written as CSV: ${why}`);
}

export function datasetToCsv(data) {
  // The layout is one language: the dataset's own. Its translated labels stay
  // in the JSON (the sheet has no columns for them), so a sheet in another
  // language than English is refused rather than read back as English.
  if (data.language && data.language !== 'en')
    refuse(`its text is in ${data.language}; the layout assumes English`);
  const byId = (list) => new Map(list.map((item) => [item.id, item]));
  const reporters = byId(data.reporters);
  const sources = byId(data.sources);
  const regions = byId(data.regions);
  const metrics = byId(data.metrics);
  // The layout credits a source to the reporter whose name is its publisher.
  for (const reporter of data.reporters) {
    const published = data.sources.filter((s) => s.publisher === reporter.name).map((s) => s.id);
    if (published.join() !== (reporter.publishes ?? []).join())
      refuse(`${reporter.id} publishes ${reporter.publishes ?? 'nothing'}, not ${published}`);
  }
  const named = new Set();
  /** Details of a reporter, source, region or metric go on the first row that names it. */
  const first = (key, details) => {
    if (named.has(key)) return {};
    named.add(key);
    return details;
  };
  const stamp = (date) => ({
    as_of: date.value?.replace('T', ' '),
    precision: date.precision,
    time_zone: date.timeZone,
    before: date.before,
  });
  const reporterCells = (ids) => {
    const list = ids.map((id) => reporters.get(id) ?? refuse(`no reporter ${id}`));
    const fresh = list.some((r) => !named.has(`reporter:${r.id}`));
    for (const r of list) named.add(`reporter:${r.id}`);
    return {
      reporter: list.map((r) => r.name).join('; '),
      reporter_kind: fresh ? list.map((r) => r.kind).join('; ') : undefined,
    };
  };
  const cited = (reportedBy, citation) => {
    const source = sources.get(citation.source) ?? refuse(`no source ${citation.source}`);
    return {
      ...reporterCells(reportedBy),
      source: source.title,
      ...first(`source:${source.id}`, {
        publisher: source.publisher,
        source_author: source.author,
        source_published: source.published,
        source_url: source.url,
        source_description: source.description,
      }),
      section: citation.section,
      locator: citation.locator,
    };
  };
  const regionCells = (id) => {
    const region = regions.get(id) ?? refuse(`no region ${id}`);
    return {
      region: region.name,
      ...first(`region:${id}`, {
        region_type: region.type,
        region_alternates: region.alternates.join('; ') || undefined,
      }),
    };
  };
  const figureRows = (set, where) =>
    Object.entries(set).flatMap(([metric, list]) =>
      list.map((f) => ({
        type: 'figure',
        id: f.id,
        ...where,
        metric,
        ...first(`metric:${metric}`, { metric_label: metrics.get(metric)?.label }),
        value: String(f.value),
        qualifier: f.qualifier,
        since: f.since,
        status: f.status,
        ...stamp(f.asOf),
        ...cited([f.reportedBy], f.citation),
        note: f.note,
      })),
    );

  const rows = [
    {
      type: 'dataset',
      id: data.id,
      title: data.title,
      note: data.description,
      scope: data.scope?.statement,
      scope_area: data.scope?.area,
      scope_reported_by: data.scope?.reportedBy,
    },
    ...figureRows(data.national, {}),
    ...data.regions.flatMap((r) => {
      if (Object.keys(r.figures).length === 0) refuse(`region ${r.id} has no figures`);
      return figureRows(r.figures, regionCells(r.id));
    }),
    ...data.events.flatMap((e) => [
      {
        type: e.kind,
        id: e.id,
        ...(e.region ? regionCells(e.region) : {}),
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
      ...figureRows(e.figures, { event: e.id }),
      ...(e.claims ?? []).map((c) => ({
        type: 'claim',
        id: c.id,
        event: e.id,
        about: c.about,
        summary: c.text,
        status: c.status,
        ...(c.date ? stamp(c.date) : {}),
        date_of: c.dateOf,
        ordinal: c.ordinal === undefined ? undefined : String(c.ordinal),
        ...cited([c.reportedBy], c.citation),
        note: c.note,
      })),
    ]),
    ...data.contradictions.map((c) => ({
      type: 'contradiction',
      id: c.id,
      figures: c.figures.join('; '),
      shown: c.shown,
      note: c.reason,
    })),
    ...(data.discrepancies ?? []).map((d) => ({
      type: 'discrepancy',
      id: d.id,
      figures: d.figures.join('; '),
      note: d.note,
    })),
  ];
  for (const metric of data.metrics)
    if (!named.has(`metric:${metric.id}`)) refuse(`metric ${metric.id} has no figures`);
  return `${csvFormat(rows, COLUMNS)}\n`;
}
