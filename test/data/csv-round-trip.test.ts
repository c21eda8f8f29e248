import { expect } from '@open-wc/testing';
import { parseCsv } from '../../src/data/csv.js';
import { COLUMNS } from '../../src/data/csv-columns.js';
import { shownCsv } from '../../src/data/csv-write.js';
import { fileBase } from '../../src/data/slug.js';
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

describe('data/karabakh-2020.csv, written from the JSON by scripts/write-dataset-csv.mjs', () => {
  it('reads back as the same dataset: JSON → CSV → JSON', async () => {
    const json = JSON.parse(await get('/data/karabakh-2020.json')) as Dataset;
    const result = parseCsv(await get('/data/karabakh-2020.csv'), 'karabakh-2020.csv');
    if (!result.ok) throw new Error(`${result.message} ${JSON.stringify(result.problems)}`);
    expect(result.skipped).to.deep.equal([]);
    // Every figure's value, qualifier, region, metric, reporter, status, date, citation and
    // note; every event with its claims; contradictions, discrepancies, scope and labels.
    // The layout is one language, the dataset row's: the JSON's translated labels (fr, ru)
    // are not in the sheet.
    const own: Dataset = { ...json };
    delete own.translations;
    expect(byName(result.data)).to.deep.equal(byName(own));
  });

  it('has every column of the layout in row 1, in the documented order', async () => {
    const [header] = (await get('/data/karabakh-2020.csv')).split(/\r?\n/);
    expect(header.split(',')).to.deep.equal([...COLUMNS]);
  });

  it('data/template.csv loads: its example rows are valid data', async () => {
    const result = parseCsv(await get('/data/template.csv'), 'template.csv');
    if (!result.ok) throw new Error(result.message);
    expect(result.skipped).to.deep.equal([]);
    expect(result.data.regions.length).to.be.greaterThan(0);
  });
});

describe('shownCsv(): what an element downloads', () => {
  const bundled = async () => {
    const own = JSON.parse(await get('/data/karabakh-2020.json')) as Dataset;
    delete own.translations;
    delete own.language;
    return own;
  };
  const everyFigure = (data: Dataset) =>
    [data.national, ...data.regions.map((r) => r.figures)].flatMap((set) =>
      Object.values(set).flat(),
    );

  it('shownCsv(data, everything) reads back as the same dataset, as the generated file does', async () => {
    const own = await bundled();
    const csv = shownCsv(own, { figures: everyFigure(own), events: own.events.map((e) => e.id) });
    const result = parseCsv(csv, 'the download');
    if (!result.ok) throw new Error(`${result.message} ${JSON.stringify(result.problems)}`);
    expect(result.skipped).to.deep.equal([]);
    expect(byName(result.data)).to.deep.equal(byName(own));
  });

  it('shownCsv() keeps a contradiction only with all its figures, so a file never names a missing one', async () => {
    const own = await bundled();
    const contradiction = own.contradictions.at(0);
    if (!contradiction) throw new Error('the bundled data has no contradiction');
    const figures = everyFigure(own).filter((f) => contradiction.figures.includes(f.id));
    // The rows themselves: a reader would drop a row naming a missing figure, hiding the slip.
    const ids = (csv: string) =>
      csv
        .split('\r\n')
        .filter((line) => line.startsWith('contradiction,'))
        .map((line) => line.split(',')[1]);
    expect(ids(shownCsv(own, { figures }))).to.deep.equal([contradiction.id]);
    expect(ids(shownCsv(own, { figures: figures.slice(1) }))).to.deep.equal([]);
  });

  it('shownCsv() quotes what needs quoting and writes "not reported" as an empty value', () => {
    const csv = shownCsv(
      {
        schemaVersion: 1,
        id: 'synthetic',
        title: 'Quotes "and", commas\nand lines',
        description: 'One line\nand another',
        sources: [],
        reporters: [],
        metrics: [{ id: 'killed', label: 'civilians killed' }],
        national: {},
        regions: [{ id: 'region-c', name: 'Region C', alternates: [], figures: {} }],
        events: [],
        contradictions: [],
      },
      { figures: [], notReported: [{ metric: 'killed', region: 'region-c' }] },
    );
    const [header = '', dataset = '', gap = ''] = csv.split('\r\n');
    const column = (name: string) => header.split(',').indexOf(name);
    expect(dataset).to.include('"Quotes ""and"", commas\nand lines"');
    expect(dataset).to.include('"One line\nand another"');
    const cells = gap.split(',');
    expect([
      cells[column('region')],
      cells[column('metric')],
      cells[column('value')],
    ]).to.deep.equal(['Region C', 'killed', '']);
  });

  it('a chart’s download, with the regions it says are not reported, reads back with no row left out and the same regions not reported', async () => {
    const own = await bundled();
    const killed = (r: Dataset['regions'][number]) => (r.figures.killed ?? []).length > 0;
    const silent = own.regions.filter((r) => !killed(r));
    expect(silent.length, 'the bundled data has regions with no deaths reported').to.be.above(0);
    const csv = shownCsv(own, {
      figures: own.regions.flatMap((r) => r.figures.killed ?? []),
      notReported: silent.map((r) => ({ metric: 'killed', region: r.id })),
    });
    const result = parseCsv(csv, 'the download');
    if (!result.ok) throw new Error(`${result.message} ${JSON.stringify(result.problems)}`);
    expect(result.skipped).to.deep.equal([]);
    const names = (regions: Dataset['regions']) => regions.map((r) => r.name).sort();
    expect(names(result.data.regions.filter((r) => !killed(r)))).to.deep.equal(names(silent));
    expect(names(result.data.regions)).to.deep.equal(names(own.regions));
  });

  it('fileBase() is ASCII, from the title and the dataset id', () => {
    expect(fileBase('Civilians killed in Azerbaijan, by region', 'karabakh-2020')).to.equal(
      'civilians-killed-in-azerbaijan-by-region-karabakh-2020',
    );
    expect(fileBase('Погибшие среди мирных жителей', 'karabakh-2020')).to.equal('karabakh-2020');
    expect(fileBase('Victimes civiles à Gəncə', '')).to.equal('victimes-civiles-a-g-nc');
  });
});
