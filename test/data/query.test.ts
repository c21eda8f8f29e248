import { expect } from '@open-wc/testing';
import {
  discrepanciesOf,
  figure,
  findRegion,
  namesNoSource,
  parseDay,
  regionalBreakdown,
  sumQualifier,
  timeline,
  dataRange,
  killedFigure,
  totalsSnapshots,
} from '../../src/data/query.js';
import { editorial, fig, synthetic } from '../fixtures/synthetic.js';

const ids = (list: readonly { id: string }[]) => list.map((x) => x.id);

describe('query', () => {
  it('parseDay() accepts real YYYY-MM-DD days only', () => {
    expect(parseDay('2030-01-02')).to.equal(Date.UTC(2030, 0, 2));
    expect(parseDay('2032-02-29')).to.equal(Date.UTC(2032, 1, 29));
    expect(parseDay('2030-12-31')).to.equal(Date.UTC(2030, 11, 31));
    // Years below 100 stay as written (Date.UTC would read 0050 as 1950).
    expect(parseDay('0050-01-01')).to.equal(Date.parse('0050-01-01T00:00:00Z'));
    const bad = [
      '2030-02-30',
      '2031-02-29',
      '2030-13-01',
      '2030-00-10',
      '2030-01-00',
      '2030-04-31',
    ];
    for (const text of [...bad, 'yesterday', '2030-1-2', '2030-01-02T10:00', '']) {
      expect(parseDay(text), text).to.equal(undefined);
    }
  });

  it("findRegion(data, ' ALPHA region ') resolves an alternate, ignoring case and space", () => {
    expect(findRegion(synthetic(), ' ALPHA region ')?.id).to.equal('region-a');
    expect(findRegion(synthetic(), 'Region B')?.id).to.equal('region-b');
    expect(findRegion(synthetic(), 'Nowhere')).to.equal(undefined);
  });

  it("figure(data, 'killed') is the latest dated national figure", () => {
    const result = figure(synthetic(), 'killed');
    expect(result.kind === 'found' && result.figure.id).to.equal('n-killed');
  });

  it("figure(data, 'killed', {asOf}) is the latest on or before that day, not an undated one", () => {
    const early = figure(synthetic(), 'killed', { asOf: '2030-01-07' });
    expect(early.kind === 'found' && early.figure.id).to.equal('n-killed-early');
    expect(early.kind === 'found' && early.others.map((f) => f.id)).to.deep.equal([
      'n-killed-undated',
      'n-killed',
    ]);
  });

  it("figure(data, 'killed', {asOf before every dated one}) is the undated version, never not-reported", () => {
    const result = figure(synthetic(), 'killed', { asOf: '2030-01-01' });
    expect(result.kind).to.equal('undated');
    expect(result.kind === 'undated' && [result.figure.id, result.asOf]).to.deep.equal([
      'n-killed-undated',
      '2030-01-01',
    ]);
    // The dated ones it set aside are still there for "the first dated figure is ...".
    expect(result.kind === 'undated' && result.others.map((f) => f.id)).to.deep.equal([
      'n-killed-early',
      'n-killed',
    ]);
  });

  it("figure(data, 'injured', {asOf before every version, none undated}) is not-reported, with the later ones", () => {
    const result = figure(synthetic(), 'injured', { asOf: '2030-01-01' });
    expect(result.kind).to.equal('not-reported');
    expect(result.kind === 'not-reported' && result.later.map((f) => f.id)).to.deep.equal([
      'n-injured',
    ]);
  });

  it("figure(data, 'killed', {asOf}) counts a 'before' bound on or before that day as dated", () => {
    const data = synthetic();
    data.national.killed = [
      fig('bounded', 3, { asOf: { precision: 'unknown', before: '2030-01-02' } }),
    ];
    expect(figure(data, 'killed', { asOf: '2030-01-03' }).kind).to.equal('found');
    // A bound after the as-of day places it nowhere: undated for that day.
    expect(figure(data, 'killed', { asOf: '2030-01-01' }).kind).to.equal('undated');
  });

  it("figure(data, 'killed', {region: 'gamma'}) is not-reported, never zero", () => {
    const result = figure(synthetic(), 'killed', { region: 'gamma' });
    expect(result.kind).to.equal('not-reported');
    expect(result.kind === 'not-reported' && result.region?.name).to.equal('Region C');
  });

  it("figure(data, 'killed', {region: 'nowhere'}) is unknown-region", () => {
    expect(figure(synthetic(), 'killed', { region: 'nowhere' })).to.deep.equal({
      kind: 'unknown-region',
      name: 'nowhere',
    });
  });

  it('figure() shows the version a contradiction names, even over a dated one', () => {
    const result = figure(synthetic(), 'killed', { region: 'region-b' });
    expect(result.kind === 'found' && result.figure.id).to.equal('b-killed-second');
  });

  it('figure() returns the other versions and the contradiction that says why this one', () => {
    const result = figure(synthetic(), 'killed', { region: 'region-b' });
    expect(result.kind === 'found' && result.others.map((f) => f.id)).to.deep.equal([
      'b-killed-first',
    ]);
    expect(result.kind === 'found' && result.contradiction?.reason).to.equal(
      'The second list is the later and more specific one.',
    );
    const plain = figure(synthetic(), 'injured', { region: 'region-a' });
    expect(plain.kind === 'found' && [plain.others, plain.contradiction]).to.deep.equal([
      [],
      undefined,
    ]);
  });

  it('figure() falls back to the other version when the shown one is out of range', () => {
    const result = figure(synthetic(), 'killed', { region: 'region-b', asOf: '2030-01-20' });
    expect(result.kind === 'found' && result.figure.id).to.equal('b-killed-first');
  });

  it("regionalBreakdown(data, 'killed') sums to the national figure with no gap", () => {
    const b = regionalBreakdown(synthetic(), 'killed');
    expect(b.sum).to.equal(12);
    expect(b.gap).to.equal(0);
    expect(b.rows.map((r) => r.figure?.value)).to.deep.equal([7, 5, undefined]);
    expect(b.sumQualifier).to.equal('exact');
  });

  it("regionalBreakdown(data, 'injured') reports the gap to the national total", () => {
    const b = regionalBreakdown(synthetic(), 'injured');
    expect(b.sum).to.equal(31);
    expect(b.national?.id).to.equal('n-injured');
    expect(b.gap).to.equal(9);
    expect(b.sumQualifier).to.equal('about');
  });

  it("regionalBreakdown(data, 'killed', asOf before every dated one) keeps undated versions apart from not-reported", () => {
    const b = regionalBreakdown(synthetic(), 'killed', '2030-01-01');
    expect(
      b.rows.map((r) => [r.region.id, r.figure?.id, r.undated?.id, r.others.map((f) => f.id)]),
    ).to.deep.equal([
      ['region-a', undefined, undefined, ['a-killed']],
      ['region-b', undefined, 'b-killed-second', ['b-killed-first']],
      ['region-c', undefined, undefined, []],
    ]);
    expect(b.rows[1].contradiction?.id).to.equal('b-killed');
    // Undated versions are not summed against a national figure they may not match.
    expect([b.sum, b.national, b.nationalUndated?.id]).to.deep.equal([
      0,
      undefined,
      'n-killed-undated',
    ]);
  });

  it('regionalBreakdown() without a national figure leaves the gap undefined', () => {
    const data = synthetic();
    delete data.national.injured;
    const b = regionalBreakdown(data, 'injured');
    expect(b.national).to.equal(undefined);
    expect(b.gap).to.equal(undefined);
  });

  it("sumQualifier(['exact', 'more-than']) is at-least; any approximation makes it about", () => {
    expect(sumQualifier(['exact', 'more-than'])).to.equal('at-least');
    expect(sumQualifier(['exact', 'estimated'])).to.equal('about');
    expect(sumQualifier(['at-least', 'up-to'])).to.equal('about');
    expect(sumQualifier([])).to.equal('exact');
  });

  it('timeline(data) orders dated events, keeps undated apart, and links violations to ceasefires', () => {
    const t = timeline(synthetic());
    expect(ids(t.events)).to.deep.equal(['a-1', 'cf-1', 'v-1', 'cf-2']);
    expect(ids(t.undated)).to.deep.equal(['a-undated']);
    expect(t.ceasefires.map((p) => [p.ceasefire.id, ids(p.violations)])).to.deep.equal([
      ['cf-1', ['v-1']],
      ['cf-2', []],
    ]);
    expect(t.ceasefires[0].end).to.equal(t.ceasefires[1].start);
    expect(t.ceasefires[1].end).to.equal(undefined);
  });

  it('timeline(data, {from, to, kinds}) filters by day range and kind', () => {
    expect(
      ids(timeline(synthetic(), { from: '2030-01-03', to: '2030-01-04' }).events),
    ).to.deep.equal(['cf-1', 'v-1']);
    expect(ids(timeline(synthetic(), { kinds: ['attack'] }).events)).to.deep.equal(['a-1']);
    expect(
      timeline(synthetic(), { from: '2030-01-07' }).ceasefires.map((p) => p.ceasefire.id),
    ).to.deep.equal(['cf-2']);
  });

  it('namesNoSource(data, figure) is true only where the reporter published the cited source', () => {
    const data = editorial();
    expect(namesNoSource(data, data.regions[2].figures.injured![0])).to.equal(true);
    expect(namesNoSource(data, data.regions[0].figures.killed![0])).to.equal(false);
    // Cited from another source, the publisher is just another reporter.
    const elsewhere = { reportedBy: 'example-publisher', citation: { source: 'x', section: 'S' } };
    expect(namesNoSource(data, elsewhere)).to.equal(false);
  });

  it("discrepanciesOf(data, ['v-1-killed']) finds the note to show beside that figure", () => {
    const data = editorial();
    expect(discrepanciesOf(data, ['v-1-killed']).map((d) => d.id)).to.deep.equal([
      'a-region-vs-violation',
    ]);
    expect(discrepanciesOf(data, ['b-injured'])).to.deep.equal([]);
    expect(discrepanciesOf(synthetic(), ['v-1-killed'])).to.deep.equal([]);
  });
});

describe('query: the timeline’s questions', () => {
  const day = (text: string) => Date.parse(`${text}T00:00:00Z`);

  it('dataRange(data) spans the earliest event to the latest dated national snapshot', () => {
    expect(dataRange(synthetic())).to.deep.equal({ from: '2030-01-02', to: '2030-01-10' });
  });

  it('dataRange(data) starts at the earliest `since` and ends at the latest event when those lie outside', () => {
    const data = synthetic();
    data.national.killed![2].since = '2029-12-28';
    data.events[0].date = { value: '2030-01-20T06:00', precision: 'time' };
    expect(dataRange(data)).to.deep.equal({ from: '2029-12-28', to: '2030-01-20' });
  });

  it('dataRange(data) is undefined when nothing has a date', () => {
    const data = synthetic();
    data.events = [];
    data.national = { killed: [fig('undated', 3, { asOf: { precision: 'unknown' } })] };
    expect(dataRange(data)).to.equal(undefined);
  });

  it('killedFigure(data, event) is the version a contradiction shows; undefined without one', () => {
    const data = synthetic();
    const event = data.events[1];
    event.figures.killed = [fig('v-first', 3), fig('v-second', 4)];
    data.contradictions.push({
      id: 'v',
      figures: ['v-first', 'v-second'],
      shown: 'v-first',
      reason: 'test',
    });
    expect(killedFigure(data, event)?.id).to.equal('v-first');
    expect(killedFigure(data, data.events[0])).to.equal(undefined);
  });

  it('totalsSnapshots(data, start, end) keeps dated snapshots in [start, end) in time order and counts the undated', () => {
    const { points, undated } = totalsSnapshots(synthetic(), day('2030-01-01'), day('2030-01-11'));
    expect(points.map((p) => [p.figure.id, p.time])).to.deep.equal([
      ['n-killed-early', day('2030-01-05')],
      ['n-killed', day('2030-01-10')],
    ]);
    expect(undated).to.equal(1);
    const narrow = totalsSnapshots(synthetic(), day('2030-01-06'), day('2030-01-10'));
    expect(narrow.points).to.deep.equal([]);
  });

  it('totalsSnapshots() gives one point per date, the version a contradiction shows', () => {
    const data = synthetic();
    data.national.killed!.push(fig('n-killed-other', 14));
    data.contradictions.push({
      id: 'n',
      figures: ['n-killed', 'n-killed-other'],
      shown: 'n-killed-other',
      reason: 'test',
    });
    const { points } = totalsSnapshots(data, day('2030-01-01'), day('2030-01-11'));
    expect(points.map((p) => p.figure.id)).to.deep.equal(['n-killed-early', 'n-killed-other']);
  });
});
