import { expect } from '@open-wc/testing';
import { parseCsv } from '../../src/data/csv.js';
import { COLUMNS } from '../../src/data/csv-columns.js';
import type { Citation, Dataset, Figure, FigureSet } from '../../src/data/types.js';

/**
 * The dataset with reporters, sources and regions referred to by name: the
 * spreadsheet names them in words, and its reader makes ids of its own.
 * Everything else (figure, event and claim ids included) must be the same.
 */
function byName(data: Dataset) {
  const name = (list: { id: string; name?: string; title?: string }[], id: string) => {
    const found = list.find((item) => item.id === id);
    return found?.name ?? found?.title ?? `missing ${id}`;
  };
  const reporter = (id: string) => name(data.reporters, id);
  const source = (id: string) => name(data.sources, id);
  const cite = (c: Citation) => ({ ...c, source: source(c.source) });
  const figures = (set: FigureSet) =>
    Object.fromEntries(
      Object.entries(set).map(([metric, list]) => [
        metric,
        list.map((f: Figure) => ({
          ...f,
          reportedBy: reporter(f.reportedBy),
          citation: cite(f.citation),
        })),
      ]),
    );
  return {
    ...data,
    id: data.id,
    // In the order rows first name them, which need not be the JSON's.
    sources: data.sources.map(({ id: _, ...s }) => s).sort(byTitle),
    reporters: data.reporters
      .map(({ id: _, ...r }) => ({ ...r, publishes: r.publishes?.map(source) }))
      .sort(byTitle),
    national: figures(data.national),
    regions: data.regions.map(({ id: _, ...r }) => ({ ...r, figures: figures(r.figures) })),
    events: data.events.map((e) => ({
      ...e,
      region: e.region && name(data.regions, e.region),
      reportedBy: e.reportedBy.map(reporter),
      citation: cite(e.citation),
      figures: figures(e.figures),
      claims: e.claims?.map((c) => ({
        ...c,
        reportedBy: reporter(c.reportedBy),
        citation: cite(c.citation),
      })),
    })),
  };
}

const byTitle = (a: { name?: string; title?: string }, b: { name?: string; title?: string }) =>
  (a.name ?? a.title ?? '').localeCompare(b.name ?? b.title ?? '');

const get = async (path: string) => (await fetch(path)).text();

describe('data/karabakh-2020.csv, generated from the JSON by scripts/build-dataset.mjs', () => {
  it('reads back as the same dataset: JSON → CSV → JSON', async () => {
    const json = JSON.parse(await get('/data/karabakh-2020.json')) as Dataset;
    const result = parseCsv(await get('/data/karabakh-2020.csv'), 'karabakh-2020.csv');
    if (!result.ok) throw new Error(`${result.message} ${JSON.stringify(result.problems)}`);
    expect(result.skipped).to.deep.equal([]);
    // Every figure's value, qualifier, region, metric, reporter, status, date, citation and
    // note; every event with its claims; contradictions, discrepancies, scope and labels.
    // The layout is one language: the JSON's translated labels (fr, ru) are not in the sheet.
    const own: Dataset = { ...json };
    delete own.translations;
    delete own.language;
    expect(byName(result.data)).to.deep.equal(byName(own));
  });

  it('has every column of the layout in row 1, in the documented order', async () => {
    const [header] = (await get('/data/karabakh-2020.csv')).split('\n');
    expect(header.split(',')).to.deep.equal([...COLUMNS]);
  });

  it('data/template.csv loads: its example rows are valid data', async () => {
    const result = parseCsv(await get('/data/template.csv'), 'template.csv');
    if (!result.ok) throw new Error(result.message);
    expect(result.skipped).to.deep.equal([]);
    expect(result.data.regions.length).to.be.greaterThan(0);
  });
});
