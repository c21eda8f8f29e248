import { expect } from '@open-wc/testing';
import { curveStepAfter, line } from 'd3-shape';
import { killedFigure, timeline, totalsSnapshots } from '../../../src/data/query.js';
import { EVENT_KINDS, type Dataset, type TimelineEvent } from '../../../src/data/types.js';
import { group } from '../../../src/components/ceasefire-timeline/layout/grouping.js';
import { layoutTimeline } from '../../../src/components/ceasefire-timeline/layout/layout.js';
import {
  MARKER,
  eventMark,
  groupGlyph,
  kindGlyph,
  place,
} from '../../../src/components/ceasefire-timeline/layout/markers.js';
import {
  ROW_LIMIT,
  VERTICAL_BELOW,
  type EventMark,
  type Glyph,
  type HorizontalLayout,
  type GroupMark,
  type LayoutOptions,
  type Placed,
  type Tick,
  type VerticalLayout,
} from '../../../src/components/ceasefire-timeline/layout/types.js';
import { tickLabel } from '../../../src/components/ceasefire-timeline/text.js';
import { synthetic } from '../../fixtures/synthetic.js';
import { attack, many } from './helpers.js';

const DAY = 86_400_000;
const day = (text: string) => Date.parse(`${text}T00:00:00Z`);
const circleArea = (r: number) => Math.PI * r * r;

/**
 * The area a symbol's path encloses, read from the path itself: a circle
 * (two arcs) from its radius, a polygon by the shoelace formula.
 */
function pathArea(d: string): number {
  const arc = /A([\d.]+),/.exec(d);
  if (arc) return circleArea(Number(arc[1]));
  const points = [...d.matchAll(/[ML](-?[\d.]+),(-?[\d.]+)/g)].map((m) => [+m[1], +m[2]]);
  let twice = 0;
  points.forEach(([x, y], i) => {
    const [nx, ny] = points[(i + 1) % points.length];
    twice += x * ny - nx * y;
  });
  return Math.abs(twice) / 2;
}

/** The y of every point of a symbol's path (for a circle, its top and bottom). */
function pathYs(d: string): number[] {
  const arc = /A([\d.]+),/.exec(d);
  if (arc) return [-Number(arc[1]), Number(arc[1])];
  return [...d.matchAll(/[ML](-?[\d.]+),(-?[\d.]+)/g)].map((m) => +m[2]);
}

/** Path data as its segments, each a list of [x, y] points. */
const segments = (d: string) =>
  d
    .split('M')
    .filter(Boolean)
    .map((s) => s.split('L').map((p) => p.split(',').map(Number)));

/** The chart text size the tests lay out with: a 16 px reader default. */
const F = 13;

function options(data: Dataset, overrides: Partial<LayoutOptions> = {}): LayoutOptions {
  const killed = (e: TimelineEvent) => killedFigure(data, e)?.value;
  return {
    domain: [day('2030-01-02'), day('2030-01-10') + DAY],
    killed,
    kinds: EVENT_KINDS,
    fontSize: F,
    labelOf: (e) =>
      e.kind === 'ceasefire' ? [e.brokeredIn ?? e.title] : [e.id, `${killed(e) ?? '?'} killed`],
    laneNames: { violation: 'Violations', attack: 'Attacks' },
    tickLabelOf: (t) => tickLabel(t, 'en-GB'),
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

function markOf(layout: HorizontalLayout, id: string): EventMark {
  const key = layout.holder.get(id);
  const mark = layout.marks.find((m) => m.key === key);
  if (!mark || mark.shape === 'group') throw new Error(`no single mark holds ${id}`);
  return mark;
}

const decimals = (n: number) => (String(n).split('.')[1] ?? '').length;

describe('layoutTimeline() wide', () => {
  it('layoutTimeline(width < VERTICAL_BELOW) is the vertical list, wider is the axis', () => {
    const data = synthetic();
    expect(layoutTimeline(timeline(data), VERTICAL_BELOW - 1, options(data)).mode).to.equal(
      'vertical',
    );
    expect(layoutTimeline(timeline(data), VERTICAL_BELOW, options(data)).mode).to.equal(
      'horizontal',
    );
  });

  it('places events on the time axis between 24 px margins, in time order, to 0.01 px', () => {
    const layout = wide(synthetic());
    expect(layout.order.map((e) => e.id)).to.deep.equal(['a-1', 'cf-1', 'v-1', 'cf-2']);
    // 2030-01-02 is the domain start: the left margin. The domain is 9 days over 752 px.
    expect(markOf(layout, 'a-1').x).to.equal(24);
    expect(markOf(layout, 'cf-2').x).to.equal(358.22);
    // 3 Jan 12:00 is 1.5 days in.
    expect(markOf(layout, 'cf-1').x).to.equal(149.33);
    expect(layout.index.get('v-1')).to.equal(2);
    for (const m of layout.marks) expect(decimals(m.x), `${m.key} x=${m.x}`).to.be.at.most(2);
  });

  it('at 800 px, 9 days get a tick every other day; the first label names the year', () => {
    const { axis } = wide(synthetic());
    expect(axis.ticks.map((t) => tickLabel(t, 'en-GB'))).to.deep.equal([
      '2 Jan 2030',
      '4 Jan',
      '6 Jan',
      '8 Jan',
      '10 Jan',
    ]);
    expect(axis.ticks.map((t) => t.anchor)).to.deep.equal([
      'start',
      'middle',
      'middle',
      'middle',
      'middle',
    ]);
    expect([axis.x0, axis.x1, axis.tickEnd - axis.y]).to.deep.equal([24, 776, 5]);
  });

  it('ticks thin out so labels have room, and stay inside [from, to]', () => {
    const layout = wide(synthetic(), 600, {
      domain: [day('2030-01-02'), day('2030-01-20')],
    });
    const { ticks } = layout.axis;
    const gaps = ticks.slice(1).map((t, i) => t.x - ticks[i].x);
    expect(Math.min(...gaps)).to.be.at.least(84);
    for (const t of ticks) expect(t.time).to.be.within(day('2030-01-02'), day('2030-01-20') - 1);
  });

  it('ticks thin out for longer words: no two Russian labels (“27 сент. 2020 г.”) come within half an em at 560 px', () => {
    const words = (t: Tick) => tickLabel(t, 'ru');
    const { axis } = wide(synthetic(), 560, {
      domain: [day('2020-09-27'), day('2020-11-05')],
      tickLabelOf: words,
    });
    expect(axis.ticks.length).to.be.at.least(3);
    // Each label’s width at 0.6 em a character, placed by its anchor.
    const span = (t: Tick) => {
      const w = words(t).length * 0.6 * F;
      return t.anchor === 'start' ? [t.x, t.x + w] : [t.x - w / 2, t.x + w / 2];
    };
    for (let i = 1; i < axis.ticks.length; i++)
      expect(
        span(axis.ticks[i])[0] - span(axis.ticks[i - 1])[1],
        words(axis.ticks[i]),
      ).to.be.at.least(F / 2);
  });

  it('over two days the ticks are hours apart and name the day at midnight, the first with its year', () => {
    const { axis } = wide(synthetic(), 800, { domain: [day('2030-01-08'), day('2030-01-10')] });
    expect(axis.ticks.map((t) => tickLabel(t, 'en-GB'))).to.deep.equal([
      '8 Jan 2030',
      '12:00',
      '9 Jan',
      '12:00',
    ]);
  });

  it('over five weeks the ticks are Sundays; over two years, quarters naming the year where it changes', () => {
    const weeks = wide(synthetic(), 800, { domain: [day('2020-10-01'), day('2020-11-06')] });
    expect(weeks.axis.ticks.map((t) => new Date(t.time).getUTCDay())).to.deep.equal([
      0, 0, 0, 0, 0,
    ]);
    expect(weeks.axis.ticks.map((t) => tickLabel(t, 'en-GB'))[0]).to.equal('4 Oct 2020');
    const years = wide(synthetic(), 1000, { domain: [day('2019-07-01'), day('2021-07-01')] });
    expect(years.axis.ticks.map((t) => tickLabel(t, 'en-GB'))).to.deep.equal([
      'Jul 2019',
      'Oct',
      'Jan 2020',
      'Apr',
      'Jul',
      'Oct',
      'Jan 2021',
      'Apr',
    ]);
  });

  it('marks each ceasefire with a line at its own date only: no span is shaded as a period', () => {
    const layout = wide(synthetic());
    const [first, second] = layout.ceasefires;
    expect(first.x).to.equal(markOf(layout, 'cf-1').x);
    expect(second.x).to.equal(markOf(layout, 'cf-2').x);
    expect(first.height).to.equal(layout.axis.y);
    expect(Object.keys(first).sort()).to.deep.equal(['ceasefire', 'height', 'x', 'y']);
  });

  it('labels every ceasefire right of its line, on the top row; the line starts at its label', () => {
    const layout = wide(synthetic());
    const labels = layout.labels.filter((l) => l.kind === 'ceasefire');
    expect(labels.map((l) => [l.lines, l.key, l.anchor])).to.deep.equal([
      [['City X'], 'e:cf-1', 'start'],
      [['City Y'], 'e:cf-2', 'start'],
    ]);
    for (const [i, c] of layout.ceasefires.entries()) {
      expect(labels[i].box.x, c.ceasefire.id).to.be.greaterThan(c.x);
      expect([labels[i].box.y, c.y]).to.deep.equal([0, 0]);
    }
  });

  it('close ceasefires stagger their labels into rows instead of dropping them', () => {
    const data = synthetic();
    data.events[2].date = { value: '2030-01-03T18:00', precision: 'time' };
    const layout = wide(data);
    const labels = layout.labels.filter((l) => l.kind === 'ceasefire');
    expect(labels.map((l) => l.key)).to.deep.equal(['e:cf-1', 'e:cf-2']);
    expect(labels.map((l) => l.box.y)).to.deep.equal([0, layout.lineHeight]);
    expect(layout.ceasefires.map((c) => c.y)).to.deep.equal([0, layout.lineHeight]);
    // The lanes move down by the row the second label took.
    expect(markOf(layout, 'v-1').y - markOf(wide(synthetic()), 'v-1').y).to.equal(
      layout.lineHeight,
    );
  });

  it('a ceasefire before the range gets no line; none without ceasefires shown', () => {
    const data = synthetic();
    const clipped = layoutTimeline(
      timeline(data, { from: '2030-01-05' }),
      800,
      options(data, { domain: [day('2030-01-05'), day('2030-01-11')] }),
    );
    expect((clipped as HorizontalLayout).ceasefires.map((c) => c.ceasefire.id)).to.deep.equal([
      'cf-2',
    ]);
    expect(wide(data, 800, { kinds: ['violation', 'attack'] }).ceasefires).to.deep.equal([]);
  });

  it('links drop from the ceasefire’s flag to a rail, and from the rail to the top of each violation', () => {
    const layout = wide(synthetic());
    expect(layout.links).to.have.length(1);
    const link = layout.links[0];
    expect(link.ceasefire).to.equal('cf-1');
    expect(link.drops).to.equal(1);
    const flag = markOf(layout, 'cf-1');
    const v = markOf(layout, 'v-1');
    const [drop, rail, toViolation] = segments(link.d);
    // The flag points down: its tip is below its centre.
    expect(drop[0][0]).to.equal(flag.x);
    expect(drop[0][1]).to.be.greaterThan(flag.y);
    expect(rail.map(([x]) => x)).to.deep.equal([flag.x, v.x]);
    expect(toViolation).to.deep.equal([
      [v.x, rail[0][1]],
      [v.x, v.top],
    ]);
    expect(v.top).to.be.lessThan(v.y);
  });

  it('marker area, not radius, is proportional to reported deaths, for attacks and violations alike', () => {
    const data = synthetic();
    data.events.push(attack('a-big', '2030-01-08', 8));
    const layout = wide(data);
    const big = markOf(layout, 'a-big');
    const small = markOf(layout, 'a-1');
    const violation = markOf(layout, 'v-1');
    expect(big.area).to.be.closeTo(circleArea(MARKER.rMax), 1e-9);
    expect(small.area / big.area).to.be.closeTo(2 / 8, 1e-9);
    expect(violation.area / big.area).to.be.closeTo(3 / 8, 1e-9);
    // The drawn paths enclose those areas (to the paths' three decimals).
    for (const m of [big, small, violation]) {
      expect(pathArea(m.symbol.d) / m.area, m.key).to.be.closeTo(1, 0.001);
    }
    expect([violation.shape, big.shape, markOf(layout, 'cf-1').shape]).to.deep.equal([
      'diamond',
      'circle',
      'flag',
    ]);
  });

  it('an event without a killed figure gets the small fixed marker, flagged noFigure', () => {
    const data = synthetic();
    data.events.push(attack('a-none', '2030-01-08'));
    const layout = wide(data);
    const mark = markOf(layout, 'a-none');
    expect(mark.noFigure).to.equal(true);
    expect(mark.area).to.be.closeTo(circleArea(MARKER.rNoFigure), 1e-9);
    expect(layout.hasNoFigure).to.equal(true);
    expect(wide(synthetic()).hasNoFigure).to.equal(false);
  });

  it('tiny figures are floored at the smallest marker, so they stay visible', () => {
    const data = synthetic();
    data.events.push(attack('a-huge', '2030-01-08', 10_000));
    expect(markOf(wide(data), 'a-1').area).to.be.closeTo(circleArea(MARKER.rMin), 1e-9);
  });

  it('a mark’s ring is its symbol a few px larger, and its tap target at least 12 px', () => {
    const layout = wide(synthetic());
    const v = markOf(layout, 'v-1');
    const r = Math.sqrt(v.area / Math.PI);
    expect(pathArea(v.ring.d)).to.be.closeTo(circleArea(r + MARKER.ringGap), 0.5);
    expect(v.hit).to.be.at.least(v.y - v.top);
    expect(markOf(layout, 'cf-1').hit).to.equal(MARKER.hitMin);
    expect(markOf(layout, 'cf-1').symbol.angle).to.equal(180);
  });

  it('the axis sits below the largest marker of the lowest lane shown', () => {
    const all = wide(synthetic());
    expect(all.axis.y).to.be.closeTo(markOf(all, 'a-1').y + MARKER.rMax + 12, 0.011);
    // Without attacks, violations are lowest; the tallest diamond reaches further than a circle.
    const noAttacks = wide(synthetic(), 800, { kinds: ['ceasefire', 'violation'] });
    const v = markOf(noAttacks, 'v-1');
    expect(noAttacks.axis.y).to.be.closeTo(v.y + (v.y - v.top) + 12, 0.011);
    expect(noAttacks.height).to.be.lessThan(all.height);
  });

  it('the totals panel: a nice y axis from 0 with ticks 0, 5, 10, 15, and a step-after line through the snapshots', () => {
    const data = synthetic();
    const totals = totalsSnapshots(data, day('2030-01-02'), day('2030-01-11')).points;
    const layout = wide(data, 800, { totals });
    const t = layout.totals!;
    if (t.kind !== 'line') throw new Error('expected a line');
    expect(t.ticks.map((tick) => tick.value)).to.deep.equal([0, 5, 10, 15]);
    const [zero, , , top] = t.ticks;
    expect(zero.y - top.y).to.equal(64);
    // The caption sits a line under the axis labels, and the top value has room over its grid line.
    expect(t.caption.y - layout.axis.labelY).to.be.at.least(layout.lineHeight);
    expect(top.y - t.caption.y).to.be.at.least(layout.lineHeight);
    // 5 and 10 Jan: 3 and 8 days into the 9 days over 752 px.
    expect(t.points.map((p) => [p.snapshot.figure.value, p.x])).to.deep.equal([
      [5, 274.67],
      [12, 692.44],
    ]);
    expect(t.points[0].y).to.be.closeTo(zero.y - (5 / 15) * 64, 0.005);
    expect(t.path).to.equal(
      line<{ x: number; y: number }>()
        .x((p) => p.x)
        .y((p) => p.y)
        .curve(curveStepAfter)(t.points),
    );
    expect(t.points.map((p) => p.label?.anchor)).to.deep.equal(['start', 'start']);
    expect(layout.height).to.equal(top.y + 64 + 8);
  });

  it('totals: past 12 snapshots only the last value is written, and near the right edge it goes left', () => {
    const data = synthetic();
    const snapshots = Array.from({ length: 13 }, (_, i) => ({
      time: day('2030-01-02') + (i < 12 ? i * (DAY / 2) : 8.9 * DAY),
      figure: { ...data.national.killed![2], value: i + 1 },
    }));
    const t = wide(data, 800, { totals: snapshots }).totals!;
    if (t.kind !== 'line') throw new Error('expected a line');
    expect(t.points.filter((p) => p.label).length).to.equal(1);
    const last = t.points[12];
    expect(last.label).to.deep.equal({ x: last.x - 7, y: last.y - 6, anchor: 'end' });
  });
});

describe('group()', () => {
  const event = (id: string) => ({ id, kind: 'attack' }) as TimelineEvent;
  const placed = (id: string, x: number, r = 4): Placed => place(event(id), r, x, 0, false);
  const ids = (out: readonly (Placed | GroupMark)[]) =>
    out.map((m) => ('event' in m ? [m.event.id] : m.events.map((e) => e.id)));
  const badge = (m: Placed | GroupMark): GroupMark => {
    if ('event' in m) throw new Error(`${m.event.id} is not grouped`);
    return m;
  };

  it('group(touching markers) merges them into one mark, centred on their span, as wide as its largest symbol and badge', () => {
    const out = group([placed('a', 10), placed('b', 15), placed('c', 100)], 12);
    expect(ids(out)).to.deep.equal([['a', 'b'], ['c']]);
    const first = badge(out[0]);
    expect(first.key).to.equal('g:attack:a');
    expect(first.x).to.equal(12.5);
    expect(first.span).to.deep.equal([10, 15]);
    // The badge (1.5 em wide for one digit) is centred at 0.7 of the circle's radius.
    expect(first.half).to.be.closeTo(0.7 * 4 + (1.5 * 12) / 2, 1e-9);
  });

  it('group() draws the largest member’s symbol at its own size, wherever it is in the run', () => {
    const out = group([placed('a', 10, 4), placed('b', 13, 9), placed('c', 16, 5)], 12);
    const g = badge(out[0]);
    expect(g.largest.id).to.equal('b');
    expect(pathArea(g.symbol.d)).to.be.closeTo(circleArea(9), 0.5);
    expect(g.noFigure).to.equal(false);
    // A marker without a figure is drawn larger than one with a single death, yet is not the largest.
    const hollow = place(event('h'), MARKER.rNoFigure, 10, 0, true);
    const small = placed('s', 12, MARKER.rMin);
    expect(badge(group([hollow, small], 12)[0]).largest.id).to.equal('s');
  });

  it('group(markers apart by more than their size) leaves them as they were', () => {
    const input = [placed('a', 10), placed('b', 20), placed('c', 30)];
    const out = group(input, 12);
    expect(out).to.have.length(3);
    for (const [i, m] of out.entries()) expect(m === input[i], `marker ${i}`).to.equal(true);
  });

  it('group(a dense run) caps each group’s span, keeps every event in order, never lets badges overlap', () => {
    const input = Array.from({ length: 1000 }, (_, i) => placed(`m${i}`, i * 0.5));
    const out = group(input, 12);
    expect(out.length).to.be.within(5, 20);
    expect(ids(out).flat()).to.deep.equal(input.map((p) => p.event.id));
    for (const m of out) expect(badge(m).span[1] - badge(m).span[0]).to.be.at.most(100);
    for (let i = 1; i < out.length; i++) {
      expect(out[i].x - out[i].half, `badge ${i} overlaps the one before`).to.be.at.least(
        out[i - 1].x + out[i - 1].half,
      );
    }
  });

  it('group() merges a badge with the marker before it that the badge grew over, spanning both', () => {
    // Ten tiny markers close together: their badge, wider than they are, reaches back to 'a'.
    const tiny = Array.from({ length: 10 }, (_, i) => placed(`b${i}`, 20 + i * 0.2, 1));
    const out = group([placed('a', 3), ...tiny], 12);
    expect(ids(out)).to.deep.equal([['a', ...tiny.map((p) => p.event.id)]]);
    expect(badge(out[0]).span).to.deep.equal([3, 21.8]);
    expect(badge(out[0]).x).to.equal(12.4);
  });

  it('group() is a function of its input alone: the same markers twice give the same groups', () => {
    const input = [placed('a', 10), placed('b', 12), placed('c', 14), placed('d', 60)];
    expect(ids(group(input, 12))).to.deep.equal([['a', 'b', 'c'], ['d']]);
    expect(ids(group(input, 12))).to.deep.equal([['a', 'b', 'c'], ['d']]);
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

describe('layoutTimeline() narrow', () => {
  const symbolArea = (g: Glyph) => (g.kind === 'symbol' ? pathArea(g.symbol.d) : 0);

  it('has one row per event in time order, and no ceasefire period a row is said to be in', () => {
    const data = synthetic();
    const layout = layoutTimeline(timeline(data), 360, options(data)) as VerticalLayout;
    expect(layout.rows.map((r) => r.key)).to.deep.equal(['e:a-1', 'e:cf-1', 'e:v-1', 'e:cf-2']);
    expect(Object.keys(layout.rows[2]).sort()).to.deep.equal(
      ['events', 'glyph', 'key', 'noFigure', 'time'].sort(),
    );
  });

  it('row glyphs are the same symbols, area proportional to deaths up to the list’s smaller maximum', () => {
    const data = synthetic();
    const [a1, cf1, v1] = (layoutTimeline(timeline(data), 360, options(data)) as VerticalLayout)
      .rows;
    expect(symbolArea(v1.glyph)).to.be.closeTo(circleArea(MARKER.rMaxList), 0.5);
    expect(symbolArea(a1.glyph) / symbolArea(v1.glyph)).to.be.closeTo(2 / 3, 0.002);
    expect(cf1.glyph.kind === 'symbol' && cf1.glyph.symbol.angle).to.equal(180);
    expect(v1.glyph.width).to.be.at.least(2 * MARKER.rMaxList);
  });

  it(`groups rows by day past ROW_LIMIT (${ROW_LIMIT}) events`, () => {
    const data = many(1000);
    const layout = layoutTimeline(timeline(data), 360, options(data)) as VerticalLayout;
    expect(layout.rows.length).to.be.within(7, 10);
    expect(layout.rows.reduce((n, r) => n + r.events.length, 0)).to.equal(1004);
    const first = layout.rows.find((r) => r.events.length > 1)!;
    expect(first.key).to.match(/^d:\d+$/);
    expect(layout.groups.get(first.key)).to.equal(first.events);
    expect(first.glyph.kind).to.equal('badge');
  });
});

describe('markers', () => {
  it('place(event, r) is as wide as the symbol eventMark() draws, so grouping sees the real shapes', () => {
    for (const kind of EVENT_KINDS) {
      const p = place({ id: kind, kind } as TimelineEvent, 10, 100, 50, false);
      const { d } = eventMark(p).symbol;
      const arc = /A([\d.]+),/.exec(d);
      const xs = arc
        ? [Number(arc[1])]
        : [...d.matchAll(/[ML](-?[\d.]+),/g)].map((m) => Math.abs(+m[1]));
      expect(p.half, kind).to.be.closeTo(Math.max(...xs), 0.001);
    }
  });
});

describe('glyphs', () => {
  it('kindGlyph(kind) fits its symbol in a box of at least 16 px, the flag centred by its box', () => {
    for (const kind of EVENT_KINDS) {
      const g = kindGlyph(kind, 10);
      if (g.kind !== 'symbol') throw new Error('expected a symbol');
      const ys = pathYs(g.symbol.d);
      const flip = g.symbol.angle === 180 ? -1 : 1;
      const top = g.y + Math.min(...ys.map((y) => y * flip));
      const bottom = g.y + Math.max(...ys.map((y) => y * flip));
      expect(top, kind).to.be.at.least(0);
      expect(bottom, kind).to.be.at.most(g.height);
      expect(top, kind).to.be.closeTo(g.height - bottom, 0.01);
    }
    expect(kindGlyph('attack').width).to.equal(16);
  });

  it('groupGlyph(count, fontSize) widens with the digits of the count and grows with the text', () => {
    expect([groupGlyph(3).width, groupGlyph(30).width, groupGlyph(300).width]).to.deep.equal([
      18, 25.2, 32.4,
    ]);
    // At 24 px the badge is twice the height, so the count fits.
    expect(groupGlyph(3, 24).height).to.equal(2 * groupGlyph(3).height);
  });
});
