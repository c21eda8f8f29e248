import { expect } from '@open-wc/testing';
import { killedFigure, timeline, totalsSnapshots } from '../../../src/data/query.js';
import type { Dataset, TimelineEvent } from '../../../src/data/types.js';
import { group } from '../../../src/components/ceasefire-timeline/grouping.js';
import { layoutTimeline } from '../../../src/components/ceasefire-timeline/layout.js';
import {
  R_MAX,
  R_MIN,
  R_NO_FIGURE,
  ROW_LIMIT,
  VERTICAL_BELOW,
  type HorizontalLayout,
  type LayoutOptions,
  type Mark,
  type VerticalLayout,
} from '../../../src/components/ceasefire-timeline/layout-types.js';
import { step } from '../../../src/components/ceasefire-timeline/navigation.js';
import { parseKinds } from '../../../src/components/ceasefire-timeline/timeline-data.js';
import { synthetic } from '../../fixtures/synthetic.js';
import { attack, many } from './helpers.js';

const DAY = 86_400_000;
/** Paths are written with three decimals (stepAfterPath). */
const r3 = (n: number) => Math.round(n * 1000) / 1000;
const day = (text: string) => Date.parse(`${text}T00:00:00Z`);

function options(data: Dataset, overrides: Partial<LayoutOptions> = {}): LayoutOptions {
  return {
    domain: [day('2030-01-02'), day('2030-01-10') + DAY],
    killed: (e) => killedFigure(data, e)?.value,
    bands: true,
    ...overrides,
  };
}

function wide(
  data: Dataset,
  width = 800,
  overrides: Partial<LayoutOptions> = {},
): HorizontalLayout {
  const layout = layoutTimeline(timeline(data), width, options(data, overrides));
  if (layout.mode !== 'horizontal') throw new Error('expected the horizontal layout');
  return layout;
}

const markOf = (layout: HorizontalLayout, id: string) => {
  const key = layout.holder.get(id);
  const mark = layout.marks.find((m) => m.key === key);
  if (!mark) throw new Error(`no mark holds ${id}`);
  return mark;
};

describe('timeline data helpers', () => {
  it('parseKinds() reads a comma list and names the first word that is not a kind', () => {
    expect(parseKinds(' attack, Violation ')).to.deep.equal({
      ok: true,
      kinds: ['attack', 'violation'],
    });
    expect(parseKinds('attack,airstrike')).to.deep.equal({ ok: false, bad: 'airstrike' });
    expect(parseKinds(' , ')).to.deep.equal({ ok: false, bad: ' , ' });
  });
});

describe('layoutTimeline()', () => {
  it('layoutTimeline(width < VERTICAL_BELOW) is the vertical list, wider is the axis', () => {
    const data = synthetic();
    expect(layoutTimeline(timeline(data), VERTICAL_BELOW - 1, options(data)).mode).to.equal(
      'vertical',
    );
    expect(layoutTimeline(timeline(data), VERTICAL_BELOW, options(data)).mode).to.equal(
      'horizontal',
    );
  });

  it('places events on a UTC time scale across the width, in time order', () => {
    const layout = wide(synthetic());
    expect(layout.order.map((e) => e.id)).to.deep.equal(['a-1', 'cf-1', 'v-1', 'cf-2']);
    // 2030-01-02 is the domain start: the left margin. The domain is 9 days over 752 px.
    expect(markOf(layout, 'a-1').x).to.be.closeTo(24, 0.01);
    expect(markOf(layout, 'cf-2').x).to.be.closeTo(24 + (4 / 9) * 752, 0.01);
    expect(layout.index.get('v-1')).to.equal(2);
  });

  it('ticks fall inside the domain, and the first names the year', () => {
    const layout = wide(synthetic());
    expect(layout.ticks.length).to.be.greaterThan(2);
    for (const t of layout.ticks)
      expect(t.time).to.be.within(day('2030-01-02'), day('2030-01-11') - 1);
    expect(layout.ticks[0].withYear).to.equal(true);
    expect(layout.ticks[1].withYear).to.equal(false);
    expect(layout.ticks[0].unit).to.equal('day');
  });

  it('ticks thin out so labels have room', () => {
    const layout = wide(synthetic(), 600);
    const gaps = layout.ticks.slice(1).map((t, i) => t.x - layout.ticks[i].x);
    expect(Math.min(...gaps)).to.be.at.least(60);
  });

  it('bands run from each ceasefire to the next, the last to the end of the range', () => {
    const layout = wide(synthetic());
    expect(layout.bands.map((b) => b.label)).to.deep.equal(['City X', 'City Y']);
    const [first, second] = layout.bands;
    expect(first.x0).to.be.closeTo(markOf(layout, 'cf-1').x, 0.01);
    expect(first.x1).to.be.closeTo(second.x0, 0.01);
    expect(second.x1).to.be.closeTo(800 - 24, 0.01);
    expect([first.shade, second.shade]).to.deep.equal([0, 1]);
  });

  it('bands are clipped to the range and left out when ceasefires are not shown', () => {
    const data = synthetic();
    const clipped = layoutTimeline(
      timeline(data, { from: '2030-01-05' }),
      800,
      options(data, { domain: [day('2030-01-05'), day('2030-01-11')] }),
    );
    expect((clipped as HorizontalLayout).bands[0].x0).to.equal(24);
    expect(wide(data, 800, { bands: false }).bands).to.deep.equal([]);
  });

  it('links each violation to the ceasefire it is reported to have broken', () => {
    const layout = wide(synthetic());
    expect(layout.links).to.have.length(1);
    const link = layout.links[0];
    expect(link.ceasefire).to.equal('cf-1');
    expect(link.drops).to.equal(1);
    const v = markOf(layout, 'v-1');
    expect(link.d).to.include(`M${v.x},34V`);
  });

  it('marker area is proportional to reported deaths (scaleSqrt), violations keep their diamond', () => {
    const data = synthetic();
    data.events.push(attack('a-big', '2030-01-08', 8));
    const layout = wide(data);
    const big = markOf(layout, 'a-big');
    const small = markOf(layout, 'a-1');
    expect(big.r).to.be.closeTo(R_MAX, 0.001);
    expect((small.r / big.r) ** 2).to.be.closeTo(2 / 8, 0.001);
    const violation = markOf(layout, 'v-1');
    expect(violation.shape).to.equal('diamond');
    expect(violation.r).to.be.closeTo(Math.sqrt(3 / 8) * R_MAX, 0.001);
    expect(markOf(layout, 'cf-1').shape).to.equal('flag');
  });

  it('an event without a killed figure gets the small fixed marker, flagged noFigure', () => {
    const data = synthetic();
    data.events.push(attack('a-none', '2030-01-08'));
    const mark = markOf(wide(data), 'a-none');
    expect(mark.noFigure).to.equal(true);
    expect(mark.r).to.equal(R_NO_FIGURE);
  });

  it('tiny figures are floored at R_MIN so they stay visible', () => {
    const data = synthetic();
    data.events.push(attack('a-huge', '2030-01-08', 10_000));
    expect(markOf(wide(data), 'a-1').r).to.equal(R_MIN);
  });

  it('the totals line steps after each dated snapshot (stepAfterPath)', () => {
    const data = synthetic();
    const totals = totalsSnapshots(data, day('2030-01-02'), day('2030-01-11')).points;
    const layout = wide(data, 800, { totals });
    const t = layout.totals!;
    expect(t.points.map((p) => p.snapshot.figure.value)).to.deep.equal([5, 12]);
    const [a, b] = t.points.map((p) => ({ x: r3(p.x), y: r3(p.y) }));
    // Horizontal to the next date at the old value, then up: no interpolation.
    expect(t.path).to.equal(`M${a.x},${a.y}L${b.x},${a.y}L${b.x},${b.y}`);
    expect(b.y).to.be.lessThan(a.y);
    expect(layout.height).to.be.greaterThan(t.bottom);
  });
});

describe('group()', () => {
  const mark = (id: string, x: number, r = 4): Mark => ({
    key: `e:${id}`,
    lane: 'attack',
    events: [{ id } as TimelineEvent],
    x,
    y: 0,
    r,
    shape: 'circle',
    noFigure: false,
    span: [x, x],
  });

  it('group(touching marks) merges them into one group with a count', () => {
    const out = group([mark('a', 10), mark('b', 15), mark('c', 100)]);
    expect(out.map((m) => m.events.length)).to.deep.equal([2, 1]);
    expect(out[0].shape).to.equal('group');
    expect(out[0].key).to.equal('g:attack:a');
    expect(out[0].x).to.equal(12.5);
    expect(out[0].span).to.deep.equal([10, 15]);
  });

  it('group(marks apart by more than their radii) leaves them alone', () => {
    const out = group([mark('a', 10), mark('b', 20), mark('c', 30)]);
    expect(out.map((m) => m.key)).to.deep.equal(['e:a', 'e:b', 'e:c']);
  });

  it('group(a dense run) caps each group’s span, so clusters still show where events are', () => {
    const marks = Array.from({ length: 1000 }, (_, i) => mark(`m${i}`, i * 0.5));
    const out = group(marks);
    expect(out.length).to.be.within(5, 20);
    expect(out.reduce((n, m) => n + m.events.length, 0)).to.equal(1000);
    for (const m of out) expect(m.span[1] - m.span[0]).to.be.at.most(100);
    for (let i = 1; i < out.length; i++) {
      expect(out[i].x - out[i].r, `badge ${i} overlaps the one before`).to.be.at.least(
        out[i - 1].x + out[i - 1].r,
      );
    }
  });

  it('layoutTimeline(10,000 events) draws a few hundred marks at most and keeps every event', () => {
    const data = many(10_000);
    const layout = wide(data, 1000);
    expect(layout.order).to.have.length(10_004);
    expect(layout.marks.length).to.be.lessThan(200);
    expect(layout.holder.size).to.equal(10_004);
    const grouped = [...layout.groups.values()].reduce((n, events) => n + events.length, 0);
    const single = layout.marks.filter((m) => m.events.length === 1).length;
    expect(grouped + single).to.equal(10_004);
  });
});

describe('layoutTimeline() vertical', () => {
  it('has one row per event in time order, with the ceasefire period in force', () => {
    const data = synthetic();
    const layout = layoutTimeline(timeline(data), 360, options(data)) as VerticalLayout;
    expect(layout.rows.map((r) => r.key)).to.deep.equal(['e:a-1', 'e:cf-1', 'e:v-1', 'e:cf-2']);
    expect(layout.rows.map((r) => r.period)).to.deep.equal([undefined, 0, 0, 1]);
    expect(layout.periods.map((p) => p.label)).to.deep.equal(['City X', 'City Y']);
    expect(layout.rows.map((r) => r.shape)).to.deep.equal(['circle', 'flag', 'diamond', 'flag']);
  });

  it(`groups rows by day past ROW_LIMIT (${ROW_LIMIT}) events`, () => {
    const data = many(1000);
    const layout = layoutTimeline(timeline(data), 360, options(data)) as VerticalLayout;
    expect(layout.rows.length).to.be.within(7, 10);
    expect(layout.rows.reduce((n, r) => n + r.events.length, 0)).to.equal(1004);
    const first = layout.rows.find((r) => r.events.length > 1)!;
    expect(first.key).to.match(/^d:\d+$/);
    expect(layout.groups.get(first.key)).to.equal(first.events);
  });
});

describe('step()', () => {
  it('step(ArrowRight/ArrowLeft) moves one event in time order and stops at the ends', () => {
    expect(step(undefined, 'ArrowRight', 4, false)).to.equal(0);
    expect(step(undefined, 'ArrowLeft', 4, false)).to.equal(3);
    expect(step(1, 'ArrowRight', 4, false)).to.equal(2);
    expect(step(3, 'ArrowRight', 4, false)).to.equal(3);
    expect(step(0, 'ArrowLeft', 4, false)).to.equal(0);
  });

  it('step(Home/End) goes to the first and last event', () => {
    expect(step(2, 'Home', 4, false)).to.equal(0);
    expect(step(0, 'End', 4, false)).to.equal(3);
  });

  it('step() from an open group (x.5) enters at its first event or leaves to the one before', () => {
    expect(step(2.5, 'ArrowRight', 10, false)).to.equal(3);
    expect(step(2.5, 'ArrowLeft', 10, false)).to.equal(2);
    expect(step(-0.5, 'ArrowLeft', 10, false)).to.equal(0);
  });

  it('step(ArrowDown/ArrowUp) moves only in the vertical list; other keys are not handled', () => {
    expect(step(1, 'ArrowDown', 4, true)).to.equal(2);
    expect(step(1, 'ArrowUp', 4, true)).to.equal(0);
    expect(step(1, 'ArrowDown', 4, false)).to.equal(undefined);
    expect(step(1, 'a', 4, true)).to.equal(undefined);
    expect(step(undefined, 'ArrowRight', 0, false)).to.equal(undefined);
  });
});
