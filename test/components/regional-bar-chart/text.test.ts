import { expect } from '@open-wc/testing';
import {
  arrange,
  joinSeries,
  orderEntries,
} from '../../../src/components/regional-bar-chart/layout.js';
import {
  chartInput,
  readOptions,
  type ChartAttributes,
} from '../../../src/components/regional-bar-chart/options.js';
import {
  asOfLine,
  defaultTitle,
  foldSentence,
  notReportedText,
  reconciliationText,
  rowDetails,
  rowLabel,
  summarySentence,
} from '../../../src/components/regional-bar-chart/text.js';
import { regionalBreakdown } from '../../../src/data/query.js';
import type { Dataset, MetricId } from '../../../src/data/types.js';
import { fig, synthetic } from '../../fixtures/synthetic.js';
import { rendered } from '../../fixtures/words.js';
import { many, regions } from './helpers.js';

const metricsOf = (data: Dataset, ids: MetricId[]) =>
  ids.map((id) => data.metrics.find((m) => m.id === id)!);

function sentence(data: Dataset, ids: MetricId[]): string {
  const series = ids.map((id) => regionalBreakdown(data, id));
  const { charted } = orderEntries(joinSeries(series), 'value', 'en');
  return summarySentence(charted, metricsOf(data, ids), series, 'en');
}

/** readOptions() then chartInput(), as the view runs them. */
function read(data: Dataset, attrs: ChartAttributes) {
  const options = readOptions(attrs);
  return options.ok ? chartInput(data, options.value) : options;
}

describe('regional-bar-chart words and options', () => {
  it('defaultTitle() is the metric label (or both labels) "by region"', () => {
    const data = synthetic();
    expect(defaultTitle(metricsOf(data, ['killed']), undefined, 'en')).to.equal(
      'Civilians killed by region',
    );
    expect(defaultTitle(metricsOf(data, ['killed', 'injured']), undefined, 'en')).to.equal(
      'Civilians killed and civilians injured by region',
    );
  });

  it('summarySentence() names the leading region, its value and the national figure', () => {
    expect(sentence(synthetic(), ['killed'])).to.equal(
      'Region A has the most reported deaths, 7, of 12 nationally.',
    );
  });

  it('summarySentence() names every region tied for the lead, "each"', () => {
    const data = synthetic();
    data.regions[1].figures.killed = [fig('b-killed-tie', 7)];
    data.contradictions = [];
    expect(sentence(data, ['killed'])).to.equal(
      'Region A and Region B have the most reported deaths, 7 each, of 12 nationally.',
    );
  });

  it('summarySentence() keeps qualifiers in words and speaks of one clause per metric for a pair', () => {
    expect(sentence(synthetic(), ['killed', 'injured'])).to.equal(
      'Region A has the most reported deaths, 7, of 12 nationally; Region A has the most reported injuries, about 20, of more than 40 nationally.',
    );
  });

  it("summarySentence() names a damage metric by the catalogue's noun and omits a missing national figure", () => {
    const data = synthetic();
    data.metrics.push({ id: 'houses-damaged', label: 'homes hit' });
    data.regions[0].figures['houses-damaged'] = [fig('a-houses', 30)];
    data.regions[1].figures['houses-damaged'] = [fig('b-houses', 31)];
    expect(sentence(data, ['houses-damaged'])).to.equal(
      'Region B has the most reported damaged houses, 31.',
    );
  });

  it('summarySentence() says so when only one region, or none, has a figure', () => {
    const data = synthetic();
    delete data.regions[1].figures.killed;
    expect(sentence(data, ['killed'])).to.equal(
      'Region A is the only region with a reported figure for civilians killed, 7, of 12 nationally.',
    );
    delete data.regions[0].figures.killed;
    expect(sentence(data, ['killed'])).to.equal(
      'No region has a reported figure for civilians killed (12 nationally).',
    );
  });

  it('reconciliationText() is empty when the regions add up to the national figure', () => {
    const data = synthetic();
    expect(
      reconciliationText([regionalBreakdown(data, 'killed')], metricsOf(data, ['killed']), 'en'),
    ).to.equal('');
  });

  it('reconciliationText() states the qualified sum and the national figure with its date when they differ', () => {
    const data = synthetic();
    expect(
      reconciliationText(
        [regionalBreakdown(data, 'injured')],
        metricsOf(data, ['injured']),
        'en-GB',
      ),
    ).to.equal(
      'Regional figures add up to about 31 of the more than 40 civilians injured reported nationally as of 10 Jan 2030.',
    );
  });

  it('reconciliationText() says "more than" when the regions exceed the national figure, and covers each metric of a pair', () => {
    const data = many();
    data.national.killed = [fig('n-low', 20, { asOf: { precision: 'unknown' } })];
    const ids: MetricId[] = ['killed', 'injured'];
    const text = reconciliationText(
      ids.map((id) => regionalBreakdown(data, id)),
      metricsOf(data, ids),
      'en-GB',
    );
    expect(text).to.equal(
      'Regional figures add up to about 28, more than the 20 civilians killed reported nationally. Regional figures add up to about 35 of the more than 40 civilians injured reported nationally as of 10 Jan 2030.',
    );
  });

  it('notReportedText() lists regions without a figure, or nothing', () => {
    const data = many();
    const { notReported } = orderEntries(
      joinSeries([regionalBreakdown(data, 'killed')]),
      'value',
      'en',
    );
    expect(notReportedText(notReported, 'en')).to.equal('Not reported: Region C and Region G.');
    expect(notReportedText([], 'en')).to.equal('');
  });

  it('asOfLine() gives the shared date, the requested date, or says dates vary or are not stated', () => {
    const data = synthetic();
    const charted = (d: Dataset) =>
      orderEntries(joinSeries([regionalBreakdown(d, 'killed')]), 'value', 'en').charted;
    expect(asOfLine(charted(data), '2030-01-10', 'en-GB')).to.equal(
      'Latest figures on or before 10 Jan 2030',
    );
    expect(asOfLine(charted(data), undefined, 'en-GB')).to.equal(
      'Latest figure for each region; dates vary',
    );
    data.regions[1].figures.killed = [fig('b-dated', 5)];
    data.contradictions = [];
    expect(asOfLine(charted(data), undefined, 'en-GB')).to.equal('As of 10 Jan 2030');
    for (const region of data.regions) {
      for (const f of region.figures.killed ?? []) f.asOf = { precision: 'unknown' };
    }
    expect(asOfLine(charted(data), undefined, 'en-GB')).to.equal(
      'Latest figure for each region; the source states no dates',
    );
  });

  it('rowDetails() gives the region, the value in words, and the source with date, status and the report’s heading', () => {
    const data = synthetic();
    const { rows } = arrange([regionalBreakdown(data, 'injured')], {
      locale: 'en-GB',
      sort: 'value',
      highlight: new Set(),
    });
    const metrics = metricsOf(data, ['injured']);
    const details = rowDetails(rows[0], metrics, data, 'en-GB');
    expect(details.heading).to.equal('Region A');
    expect(details.values).to.deep.equal(['about 20 civilians injured']);
    expect(rowLabel(rows[0], metrics, 'en-GB')).to.equal(
      'Region A: about 20 civilians injured, as of 10 Jan 2030',
    );
    // The heading is the dataset's words: marked with its language.
    expect(rendered(details.source)).to.deep.equal({
      text: 'Source: Example Ministry, as of 10 Jan 2030. Reported by a party to the conflict; not independently verified. Cited from Example Publisher (2030-02). The report’s heading: “Section One”.',
      marked: [['en', 'Section One']],
    });
    expect(details.versions).to.deep.equal([]);
  });

  it('rowDetails() for "Other regions" names the folded regions and gives the total', () => {
    const data = many();
    const { rows } = arrange([regionalBreakdown(data, 'killed')], {
      locale: 'en',
      sort: 'value',
      limit: 4,
      highlight: new Set(),
    });
    const details = rowDetails(rows.at(-1)!, metricsOf(data, ['killed']), data, 'en');
    expect(details.heading).to.equal('Other regions: Region E and Region F');
    expect(details.values).to.deep.equal(['about 4 civilians killed in total']);
  });

  it('chartInput() resolves highlight names and alternates to region ids', () => {
    const result = read(synthetic(), { highlight: ' alpha region , Region B' });
    expect(result.ok && [...result.value.highlight]).to.deep.equal(['region-a', 'region-b']);
  });

  for (const [name, over, code] of [
    ['an unknown metric', { metric: 'deaths' }, 'invalid-attribute'],
    ['three metrics', { metric: 'killed,injured,killed' }, 'invalid-attribute'],
    ['the same metric twice', { metric: 'killed,killed' }, 'invalid-attribute'],
    ['an unknown sort', { sort: 'random' }, 'invalid-attribute'],
    ['limit 0', { limit: 0 }, 'invalid-attribute'],
    ['a fractional limit', { limit: 2.5 }, 'invalid-attribute'],
    ['a non-numeric limit', { limit: Number.NaN }, 'invalid-attribute'],
    ['an impossible as-of date', { asOf: '2030-02-30' }, 'invalid-attribute'],
    ['an unknown theme', { theme: 'blue' }, 'invalid-attribute'],
    ['an unknown highlighted region', { highlight: 'region-a, Nowhere' }, 'unknown-region'],
  ] as const) {
    it(`readOptions() and chartInput() reject ${name} with a message naming it`, () => {
      const result = read(synthetic(), over);
      expect(result.ok).to.be.false;
      if (result.ok) return;
      expect(result.error.code).to.equal(code);
      const value = String(Object.values(over)[0]);
      expect(result.error.message).to.include(code === 'unknown-region' ? 'Nowhere' : value);
    });
  }

  it('foldSentence() says how many regions the bars show and how many are added up in one', () => {
    const data = regions(2000);
    const [killed] = metricsOf(data, ['killed']);
    const o = { locale: 'en', sort: 'value', highlight: new Set<string>() } as const;
    const series = [regionalBreakdown(data, 'killed')];
    expect(foldSentence(arrange(series, o), killed, 'en')).to.equal(
      'The bars show the 20 regions with the most reported deaths; the other 1,980 are added up in one bar and listed in the table.',
    );
    const highlighted = arrange(series, { ...o, highlight: new Set(['region-500', 'region-900']) });
    expect(foldSentence(highlighted, killed, 'de')).to.equal(
      'The bars show the 20 regions with the most reported deaths and 2 highlighted regions; the other 1.978 are added up in one bar and listed in the table.',
    );
    expect(foldSentence(arrange(series, { ...o, limit: 1 }), killed, 'en')).to.match(
      /^The bars show the region with the most reported deaths; the other 1,999 /,
    );
    expect(foldSentence(arrange([regionalBreakdown(many(), 'killed')], o), killed, 'en')).to.equal(
      '',
    );
  });

  it('rowLabel() for "Other regions" of thousands names the first ten and counts the rest', () => {
    const data = regions(2000);
    const { rows } = arrange([regionalBreakdown(data, 'killed')], {
      locale: 'en',
      sort: 'value',
      highlight: new Set(),
    });
    const names = Array.from({ length: 10 }, (_, i) => `Region ${String(21 + i)}`).join(', ');
    expect(rowLabel(rows.at(-1)!, metricsOf(data, ['killed']), 'en')).to.equal(
      `Other regions: ${names} and 1,970 more: 1,961,190 civilians killed in total, as of 10 Jan 2030`,
    );
  });

  it('notReportedText() names the first ten regions and counts the rest', () => {
    const list = regions(12).regions;
    expect(notReportedText(list, 'en')).to.equal(
      `Not reported: ${list
        .slice(0, 10)
        .map((r) => r.name)
        .join(', ')} and 2 more.`,
    );
  });

  it('readOptions() reads metric=" , " and highlight="," as errors, as the timeline reads kinds=","', () => {
    const problem = (attrs: Parameters<typeof readOptions>[0]) => {
      const result = readOptions(attrs);
      return result.ok ? undefined : result.error.message;
    };
    expect(problem({ metric: ' , ' })).to.equal(
      'metric=“,” lists nothing; put a metric such as killed, or two for a pair.',
    );
    expect(problem({ highlight: ',' })).to.equal(
      'highlight=“,” lists nothing; put region names or ids.',
    );
    expect(readOptions({ metric: 'killed, injured,' })).to.nested.include({
      'value.metricIds[1]': 'injured',
    });
  });

  it('readOptions() counts blank metric, sort, highlight, as-of, label and theme as not set', () => {
    const result = readOptions({
      metric: ' ',
      sort: '',
      highlight: ' ',
      asOf: '  ',
      label: ' ',
      theme: '',
    });
    expect(result).to.deep.equal({
      ok: true,
      value: {
        metricIds: ['killed'],
        sort: 'value',
        limit: undefined,
        highlight: [],
        asOf: undefined,
        label: undefined,
        download: false,
      },
    });
  });

  it('readOptions() trims what it keeps and quotes a page value in a message, cut to 40 characters', () => {
    const ok = readOptions({ metric: ' injured , killed ', sort: ' name ', label: ' Deaths ' });
    expect(ok.ok && [ok.value.metricIds, ok.value.sort, ok.value.label]).to.deep.equal([
      ['injured', 'killed'],
      'name',
      'Deaths',
    ]);
    const bad = readOptions({ sort: 'x'.repeat(200) });
    expect(bad.ok).to.be.false;
    if (bad.ok) return;
    expect(bad.error.message).to.equal(
      `sort=“${'x'.repeat(39)}…” is not one of “value”, “name”, “none”.`,
    );
  });
});
