import { expect } from '@open-wc/testing';
import { Validator } from '@cfworker/json-schema';
import { defaultDataset } from '../../src/data/default-dataset.js';
import { figure, regionalBreakdown, timeline } from '../../src/data/query.js';
import { validate } from '../../src/data/validate.js';
import { METRIC_IDS, type Dataset, type Figure } from '../../src/data/types.js';
import { synthetic } from '../fixtures/synthetic.js';

const LOADED_TERMS =
  /\b(barbar\w*|terror\w*|aggress\w*|genocid\w*|atrocious|savage\w*|hypocritical|occupying|nefarious|massacre)\b/i;

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
    });
    expect(periods[0].violations.length).to.be.greaterThan(0);
    expect(periods[2].violations.length).to.be.greaterThan(0);
  });

  it('marks the Barda cluster-munition report as corroborated by an independent organisation', async () => {
    const data = await bundled();
    const corroborated = data.events.filter((e) => e.status === 'corroborated');
    expect(corroborated.map((e) => e.region)).to.include('barda');
    const independents = new Set(
      data.reporters.filter((r) => r.kind === 'independent').map((r) => r.id),
    );
    expect(corroborated.every((e) => e.reportedBy.some((id) => independents.has(id)))).to.equal(
      true,
    );
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
    const data = await bundled();
    const own = [
      data.title,
      data.description ?? '',
      ...data.events.flatMap((e) => [e.title, e.summary]),
      ...allFigures(data).map((f) => f.note ?? ''),
      ...data.contradictions.map((c) => c.reason),
    ];
    expect(own.filter((text) => LOADED_TERMS.test(text))).to.deep.equal([]);
  });
});
