import { expect } from '@open-wc/testing';
import { Validator } from '@cfworker/json-schema';
import { defaultDataset } from '../../src/data/default-dataset.js';
import {
  discrepanciesOf,
  figure,
  namesNoSource,
  regionalBreakdown,
  timeline,
} from '../../src/data/query.js';
import { validate } from '../../src/data/validate.js';
import {
  METRIC_IDS,
  type Citation,
  type Dataset,
  type Figure,
  type TimelineEvent,
} from '../../src/data/types.js';
import { synthetic } from '../fixtures/synthetic.js';
import { copiedRuns, loadedTerms, pageText, seedRuns } from '../fixtures/wording.js';

const bundled = defaultDataset;

async function schemaValidator(): Promise<Validator> {
  const schema = (await (await fetch('/data/schema.json')).json()) as object;
  return new Validator(schema, '2020-12', false);
}

function allFigures(data: Dataset): Figure[] {
  const sets = [
    data.national,
    ...data.regions.map((r) => r.figures),
    ...data.events.map((e) => e.figures),
  ];
  return sets.flatMap((set) => Object.values(set).flat());
}

function allCitations(data: Dataset): Citation[] {
  return [
    ...allFigures(data).map((f) => f.citation),
    ...data.events.flatMap((e) => [e.citation, ...(e.claims ?? []).map((c) => c.citation)]),
  ];
}

/** Everything the dataset says in the project's own voice (not the report's verbatim headings). */
function ownWords(data: Dataset): string[] {
  const claims = data.events.flatMap((e) => e.claims ?? []);
  return [
    data.title,
    data.description ?? '',
    data.scope?.statement ?? '',
    ...data.sources.flatMap((s) => [s.title, s.description ?? '']),
    ...data.events.flatMap((e) => [e.title, e.summary, e.place ?? '', e.dateReason ?? '']),
    ...claims.flatMap((c) => [c.text, c.note ?? '']),
    ...allCitations(data).map((c) => c.locator ?? ''),
    ...allFigures(data).map((f) => f.note ?? ''),
    ...data.contradictions.map((c) => c.reason),
    ...(data.discrepancies ?? []).map((d) => d.note),
  ].filter(Boolean);
}

const event = (data: Dataset, id: string): TimelineEvent => {
  const found = data.events.find((e) => e.id === id);
  if (!found) throw new Error(`no event ${id}`);
  return found;
};

/**
 * The only passages the report credits to Azerbaijan's Prosecutor General's
 * Office: the 27 Sep-4 Nov table (and the summary that repeats it), the
 * undated 65/297 count, and the office's Barda figures quoted by Amnesty.
 */
const CREDITED_TO_THE_OFFICE = [
  'national-killed-2020-11-04',
  'national-injured-2020-11-04',
  'national-houses-2020-11-04',
  'national-buildings-2020-11-04',
  'national-facilities-2020-11-04',
  'national-killed-undated',
  'national-injured-undated',
  'barda-2020-10-28-killed-amnesty-quote',
  'barda-2020-10-28-injured-amnesty-quote',
].sort();

describe('the bundled dataset (data/karabakh-2020.json)', () => {
  it('passes validate()', async () => {
    const result = validate(await bundled());
    expect(result.ok, result.ok ? '' : JSON.stringify(result.errors)).to.equal(true);
  });

  it('passes data/schema.json (JSON Schema 2020-12)', async () => {
    const result = (await schemaValidator()).validate(await bundled());
    expect(result.valid, JSON.stringify(result.errors.slice(0, 3))).to.equal(true);
  });

  it('data/schema.json rejects what validate() rejects: a negative count', async () => {
    const data = synthetic();
    data.national.killed![0].value = -4;
    expect((await schemaValidator()).validate(data).valid).to.equal(false);
    expect((await schemaValidator()).validate(synthetic()).valid).to.equal(true);
  });

  it('has the latest national snapshot: 91 killed, 405 injured as of 4 Nov 2020', async () => {
    const data = await bundled();
    const expected = {
      killed: 91,
      injured: 405,
      'houses-damaged': 2734,
      'buildings-damaged': 98,
      'facilities-damaged': 500,
    };
    for (const metric of METRIC_IDS) {
      const result = figure(data, metric);
      expect(
        result.kind === 'found' && [result.figure.value, result.figure.asOf.value],
        metric,
      ).to.deep.equal([expected[metric], '2020-11-04']);
    }
  });

  it('keeps an undated snapshot undated, never guessed', async () => {
    const data = await bundled();
    const undated = (data.national.killed ?? []).filter((f) => f.asOf.precision === 'unknown');
    expect(undated.map((f) => f.value)).to.deep.equal([65]);
    expect(undated[0].asOf.value).to.equal(undefined);
  });

  it('has 14 regions; killed reconciles with the national total, injured shows its gap', async () => {
    const data = await bundled();
    expect(data.regions).to.have.length(14);
    const killed = regionalBreakdown(data, 'killed');
    expect([killed.sum, killed.gap]).to.deep.equal([91, 0]);
    const injured = regionalBreakdown(data, 'injured');
    expect([injured.sum, injured.national?.value, injured.gap]).to.deep.equal([356, 405, 49]);
  });

  it('leaves absent figures absent: Naftalan injured is not reported, not 0', async () => {
    const data = await bundled();
    expect(figure(data, 'injured', { region: 'naftalan' }).kind).to.equal('not-reported');
    expect(allFigures(data).every((f) => Number.isInteger(f.value) && f.value >= 0)).to.equal(true);
  });

  it('resolves alternates: Terter, Fizuli, Khojali, Dashkesan, Agjabadi, Agdam, Beylaqan', async () => {
    const data = await bundled();
    const pairs = {
      Terter: 'tartar',
      Fizuli: 'fuzuli',
      Khojali: 'khojaly',
      Dashkesan: 'dashkasan',
      Agjabadi: 'aghjabadi',
      Agdam: 'aghdam',
      Beylaqan: 'beylagan',
    };
    for (const [alternate, id] of Object.entries(pairs)) {
      const result = figure(data, 'injured', { region: alternate });
      expect(result.kind !== 'unknown-region' && result.region?.id, alternate).to.equal(id);
    }
  });

  it('shows the later Barda version by default and keeps the earlier one linked', async () => {
    const data = await bundled();
    const barda = figure(data, 'killed', { region: 'barda' });
    expect(barda.kind === 'found' && barda.figure.value).to.equal(25);
    const versions = data.regions.find((r) => r.id === 'barda')!.figures.killed!;
    expect(versions.map((f) => f.value)).to.include(6);
    const linked = data.contradictions.find((c) =>
      c.figures.includes(versions.find((f) => f.value === 6)!.id),
    );
    expect(linked?.shown).to.equal(barda.kind === 'found' ? barda.figure.id : '');
  });

  it('has the three humanitarian ceasefires, each with the violations reported after it', async () => {
    const data = await bundled();
    const periods = timeline(data).ceasefires;
    expect(periods.map((p) => p.ceasefire.brokeredIn)).to.deep.equal([
      'Moscow',
      'Paris',
      'Washington',
    ]);
    expect(periods[0].ceasefire.date).to.deep.equal({
      value: '2020-10-10T12:00',
      precision: 'time',
      timeZone: 'not-stated',
    });
    expect(periods[0].violations.length).to.be.greaterThan(0);
    expect(periods[2].violations.length).to.be.greaterThan(0);
  });

  it("credits the Prosecutor General only where the report does; every other figure is the report's own", async () => {
    const data = await bundled();
    const office = allFigures(data).filter((f) => f.reportedBy === 'az-prosecutor-general');
    expect(office.map((f) => f.id).sort()).to.deep.equal(CREDITED_TO_THE_OFFICE);
    const rest = allFigures(data).filter((f) => f.reportedBy !== 'az-prosecutor-general');
    expect(rest.filter((f) => !namesNoSource(data, f)).map((f) => f.id)).to.deep.equal([]);
    // Each figure's note says which passage credits whom.
    for (const f of rest)
      expect(f.note, f.id).to.match(/names? no source|neither passage names a source/i);
    for (const f of office) expect(f.note, f.id).to.include("Prosecutor General's Office");
  });

  it('a claim whose note says no one is named is the report’s own, never a nearby speaker’s (rule 4)', async () => {
    const data = await bundled();
    const claims = data.events.flatMap((e) => e.claims ?? []);
    const unnamed = claims.filter((c) =>
      /names no (other )?(source|speaker)|does not say whose|report's own claim/i.test(
        c.note ?? '',
      ),
    );
    expect(unnamed.length).to.be.above(10);
    expect(
      unnamed.filter((c) => c.reportedBy !== 'lar-public-union').map((c) => c.id),
    ).to.deep.equal([]);
  });

  it('the publisher of the report is its reporter for uncredited claims, as an advocate, not a party', async () => {
    const data = await bundled();
    const publisher = data.reporters.filter((r) => r.publishes?.includes('lar-2020'));
    expect(publisher.map((r) => [r.name, r.kind])).to.deep.equal([
      ['Legal Analysis and Research Public Union', 'advocacy'],
    ]);
  });

  it('has a scope statement: Azerbaijan only, whose figures, not independently verified', async () => {
    const { scope } = await bundled();
    expect(scope?.statement).to.match(
      /^Figures for Azerbaijan only, as reported by Azerbaijani authorities and an advocacy report; not independently verified\./,
    );
    expect(scope?.statement).to.include('other party');
    expect(scope?.area).to.equal('Azerbaijan');
  });

  it('Barda, 28 Oct: each claim has its own status; only the munitions one is corroborated', async () => {
    const data = await bundled();
    const barda = event(data, 'violation-barda-2020-10-28');
    expect(barda.status).to.equal('reported');
    const status = (about: string) =>
      (barda.claims ?? []).filter((c) => c.about === about).map((c) => [c.reportedBy, c.status]);
    expect(status('munitions')).to.deep.include(['amnesty-international', 'corroborated']);
    for (const about of ['perpetrator', 'violation', 'date', 'place'])
      expect(
        status(about).every(([, s]) => s === 'reported'),
        about,
      ).to.equal(true);
    const toll = Object.values(barda.figures).flat();
    expect(toll.every((f) => f.status === 'reported')).to.equal(true);
  });

  it('nothing in the bundled data is corroborated except verified munitions; UNICEF is never', async () => {
    const data = await bundled();
    const claims = data.events.flatMap((e) => e.claims ?? []);
    const corroborated = [
      ...allFigures(data).filter((f) => f.status === 'corroborated'),
      ...data.events.filter((e) => e.status === 'corroborated'),
      ...claims.filter((c) => c.status === 'corroborated'),
    ];
    expect(corroborated.map((x) => x.id)).to.deep.equal(['barda-2020-10-28-munitions-amnesty']);
    expect(claims.filter((c) => c.reportedBy === 'unicef').map((c) => c.status)).to.deep.equal([
      'reported',
    ]);
  });

  it('Barda, 28 Oct: the credited version is the default, at least 21 killed and an estimated 70 injured', async () => {
    const data = await bundled();
    for (const metric of ['killed', 'injured'] as const) {
      const versions = event(data, 'violation-barda-2020-10-28').figures[metric]!;
      const c = data.contradictions.find((x) => x.figures.includes(versions[0].id))!;
      const shown = versions.find((f) => f.id === c.shown)!;
      expect([shown.reportedBy, shown.qualifier, shown.value], metric).to.deep.equal([
        'az-prosecutor-general',
        metric === 'killed' ? 'at-least' : 'estimated',
        metric === 'killed' ? 21 : 70,
      ]);
      expect(versions.length, metric).to.be.greaterThan(1);
    }
  });

  it('says where the Barda district total (25) sits beside the two strikes (5 + 21 = 26)', async () => {
    const data = await bundled();
    const notes = discrepanciesOf(data, ['barda-killed-list-2']).map((d) => d.note);
    expect(notes).to.have.length(1);
    expect(notes[0]).to.include('25').and.include('26');
    expect(discrepanciesOf(data, ['barda-2020-10-27-killed'])).to.deep.equal(
      discrepanciesOf(data, ['barda-killed-list-2']),
    );
  });

  it('dates ceasefires when agreed, announced or reaffirmed, never in force; Moscow has no time zone', async () => {
    const data = await bundled();
    const ceasefires = data.events.filter((e) => e.kind === 'ceasefire');
    expect(ceasefires.map((e) => [e.id, e.dateOf])).to.deep.equal([
      ['ceasefire-moscow', 'agreed-start'],
      ['ceasefire-paris', 'reaffirmed'],
      ['ceasefire-washington', 'agreed'],
    ]);
    expect(event(data, 'ceasefire-moscow').date.timeZone).to.equal('not-stated');
    for (const e of data.events) expect(JSON.stringify(e), e.id).not.to.match(/in force/i);
  });

  it('keeps both dates of the US-mediated ceasefire, the agreed 24 Oct by default, both the report’s own', async () => {
    const data = await bundled();
    const washington = event(data, 'ceasefire-washington');
    const dates = (washington.claims ?? []).map((c) => [c.date?.value, c.dateOf, c.reportedBy]);
    expect(dates).to.deep.equal([
      ['2020-10-24', 'agreed', 'lar-public-union'],
      ['2020-10-25', 'announced', 'lar-public-union'],
    ]);
    expect(washington.date.value).to.equal('2020-10-24');
    expect(washington.dateReason).to.match(/24 October.*25 October/);
  });

  it('records both passages that call an event the third violation', async () => {
    const data = await bundled();
    const third = data.events.flatMap((e) =>
      (e.claims ?? []).filter((c) => c.ordinal === 3).map((c) => [e.id, c.reportedBy]),
    );
    expect(third).to.deep.equal([
      ['violation-tartar-2020-10-26', 'az-foreign-ministry'],
      ['violation-barda-2020-10-28', 'lar-public-union'],
    ]);
  });

  it("uses the report's own words where the issue asks: Safiyan village, mediation efforts of Paris, densely populated block", async () => {
    const data = await bundled();
    expect(event(data, 'violation-tartar-2020-10-26').title).to.include('Safiyan village');
    expect(event(data, 'ceasefire-paris').title).to.include('mediation efforts of Paris');
    expect(event(data, 'violation-ganja-2020-10-17').summary).to.include('densely populated block');
    const notes = allFigures(data)
      .map((f) => f.note ?? '')
      .join(' ');
    expect(notes).to.include('“falling into disrepair”');
    expect(notes).to.include('three children lost both parents');
    expect(notes).to.include('two children are missing');
  });

  it('as of 30 Oct, a figure the report gives undated is undated, never "not reported"', async () => {
    const data = await bundled();
    const national = figure(data, 'killed', { asOf: '2020-10-30' });
    expect(national.kind).to.equal('undated');
    expect(national.kind === 'undated' && national.figure.value).to.equal(65);
    const tartar = figure(data, 'killed', { region: 'Tartar', asOf: '2020-10-30' });
    expect(tartar.kind === 'undated' && tartar.figure.value).to.equal(16);
    // Before every dated figure, for every metric and region: not-reported only where
    // the report has no figure at all.
    for (const metric of METRIC_IDS) {
      for (const region of [undefined, ...data.regions.map((r) => r.id)]) {
        const result = figure(data, metric, { region, asOf: '2020-09-01' });
        const given = (region ? data.regions.find((r) => r.id === region)!.figures : data.national)[
          metric
        ];
        const undated = (given ?? []).some((f) => f.asOf.precision === 'unknown');
        expect(result.kind, `${metric} ${region ?? 'national'}`).to.equal(
          undated ? 'undated' : 'not-reported',
        );
      }
    }
  });

  it('regionalBreakdown(data, "killed", "2020-10-30"): dated Ganja shown, the rest undated, never missing', async () => {
    const data = await bundled();
    const b = regionalBreakdown(data, 'killed', '2020-10-30');
    const row = (id: string) => b.rows.find((r) => r.region.id === id)!;
    expect(row('ganja').figure?.value).to.equal(25);
    expect([row('tartar').figure, row('tartar').undated?.value]).to.deep.equal([undefined, 16]);
    expect(row('barda').undated?.value).to.equal(25);
    expect(row('barda').others.map((f) => f.value)).to.deep.equal([6]);
    expect(row('mingachevir').undated).to.equal(undefined);
    expect(b.nationalUndated?.value).to.equal(65);
    const missing = b.rows.filter((r) => !r.figure && !r.undated).map((r) => r.region.id);
    expect(missing).to.deep.equal(['mingachevir', 'dashkasan', 'jabrayil', 'khojaly', 'gabala']);
  });

  it('gives every citation a neutral locator beside the verbatim heading', async () => {
    const data = await bundled();
    for (const c of allCitations(data)) {
      expect(c.locator, c.section).to.match(/^section \d+ \(/);
      expect(loadedTerms(c.locator ?? '')).to.deep.equal([]);
    }
  });

  it("words each locator as data/README.md's table of the report's sections does", async () => {
    // | No. | Neutral title (ours) | Cited? | Heading, where cited |
    const rows = (await (await fetch('/data/README.md')).text()).matchAll(
      /^\| +(\d+) \| ([^|]+?) +\| (yes|notes|) *\|/gm,
    );
    const titles = new Map([...rows].map(([, n, title, cited]) => [n, { title, cited }]));
    expect(titles.size).to.equal(26);
    for (const { locator = '' } of allCitations(await bundled())) {
      const [, n = '', title] = /^section (\d+) \((.*)\)$/.exec(locator) ?? [];
      expect({ locator, ...titles.get(n) }).to.deep.equal({ locator, title, cited: 'yes' });
    }
  });

  it('attributes every figure: reporter, source section, date precision, qualifier, status', async () => {
    const data = await bundled();
    for (const f of allFigures(data)) {
      expect(f.citation.section.length, f.id).to.be.greaterThan(0);
      expect(
        data.reporters.some((r) => r.id === f.reportedBy),
        f.id,
      ).to.equal(true);
    }
  });

  it("uses neutral words in the project's own voice: no loaded terms", async () => {
    const own = ownWords(await bundled());
    expect(own.length).to.be.greaterThan(100);
    expect(own.flatMap(loadedTerms)).to.deep.equal([]);
  });

  it("copies no run of eight words from the report in the project's own voice", async () => {
    const runs = await seedRuns();
    expect(ownWords(await bundled()).flatMap((text) => copiedRuns(text, runs))).to.deep.equal([]);
  });
});

describe("the project's own words in its docs and demo pages", () => {
  let documents: [string, string][];
  before(async () => {
    const pages = (await (await fetch('/__test/demo-pages')).json()) as string[];
    const read = async (path: string): Promise<[string, string]> => {
      const response = await fetch(`/${path}`);
      if (!response.ok) throw new Error(`${path}: ${response.status}`);
      const text = await response.text();
      return [path, path.endsWith('.html') ? pageText(text) : text];
    };
    documents = await Promise.all(
      ['README.md', 'data/README.md', 'CHANGELOG.md', ...pages.map((p) => `demo/${p}`)].map(read),
    );
  });

  it('reads README.md, data/README.md, CHANGELOG.md and every demo page', () => {
    const paths = documents.map(([path]) => path);
    expect(paths).to.include.members(['demo/article.html', 'demo/index.html']);
    for (const [path, text] of documents) expect(text.length, path).to.be.greaterThan(200);
  });

  it('uses no loaded term outside a marked quotation of a report heading', () => {
    const found = documents.flatMap(([path, text]) =>
      loadedTerms(text).map((t) => `${path}: ${t}`),
    );
    expect(found).to.deep.equal([]);
  });

  it('copies no run of eight words from the report', async () => {
    const runs = await seedRuns();
    const found = documents.flatMap(([path, text]) =>
      copiedRuns(text, runs).map((t) => `${path}: ${t}`),
    );
    expect(found).to.deep.equal([]);
  });
});
