import { expect } from '@open-wc/testing';
import { killedFigure, timeline, totalsSnapshots } from '../../../src/data/query.js';
import { EVENT_KINDS, type TimelineEvent } from '../../../src/data/types.js';
import {
  ceasefireSpots,
  eventSpots,
  labelSize,
  leader,
  overlaps,
  placer,
} from '../../../src/components/ceasefire-timeline/layout/labels.js';
import { layoutTimeline } from '../../../src/components/ceasefire-timeline/layout/layout.js';
import type {
  HorizontalLayout,
  LayoutOptions,
  Rect,
} from '../../../src/components/ceasefire-timeline/layout/types.js';
import { tickLabel } from '../../../src/components/ceasefire-timeline/text.js';
import { synthetic } from '../../fixtures/synthetic.js';
import { attack, many } from './helpers.js';

const DAY = 86_400_000;
const day = (text: string) => Date.parse(`${text}T00:00:00Z`);
const box = (x: number, y: number, width = 10, height = 10): Rect => ({ x, y, width, height });

describe('labels', () => {
  it('labelSize(lines) is the widest line at 0.66 em a bold character, 0.6 em a regular one, a line height a line', () => {
    expect(labelSize(['Barda, 28 Oct', 'at least 21 killed'], 10, 12.5)).to.deep.equal({
      width: Math.ceil(18 * 6),
      height: 25,
    });
    expect(labelSize(['Washington, 24 Oct'], 10, 12.5).width).to.equal(Math.ceil(18 * 6.6));
  });

  it('overlaps(a, b) keeps 2 px clear side by side; rows of text may touch', () => {
    expect(overlaps(box(0, 0), box(11, 0))).to.equal(true);
    expect(overlaps(box(0, 0), box(12, 0))).to.equal(false);
    expect(overlaps(box(0, 0), box(0, 10))).to.equal(false);
    expect(overlaps(box(0, 0), box(5, 9))).to.equal(true);
  });

  it('placer(bounds, obstacles).take(spots) takes the first spot inside and clear, then keeps others off it', () => {
    const p = placer(box(0, 0, 100, 100), [box(0, 0, 20, 20)]);
    const spot = (r: Rect) => ({ rect: r, anchor: 'start' as const });
    // Over the obstacle, then outside the bounds, then free.
    expect(p.take([spot(box(5, 5)), spot(box(95, 50)), spot(box(40, 40))])?.rect).to.deep.equal(
      box(40, 40),
    );
    expect(p.take([spot(box(45, 45))])).to.equal(undefined);
    expect(p.take([spot(box(60, 40))])?.rect).to.deep.equal(box(60, 40));
  });

  it('placer(…, avoided) keeps labels off avoided lines while a spot allows, and crosses them when none does', () => {
    const line = box(50, 0, 0, 100);
    const spot = (r: Rect) => ({ rect: r, anchor: 'start' as const });
    const p = placer(box(0, 0, 100, 100), [], [line]);
    expect(p.take([spot(box(45, 0)), spot(box(70, 0))])?.rect).to.deep.equal(box(70, 0));
    expect(p.take([spot(box(45, 20))])?.rect).to.deep.equal(box(45, 20));
  });

  it('ceasefireSpots(x) are right of the line, then left, row by row down from the top', () => {
    const spots = ceasefireSpots(100, { width: 50, height: 16 }, 2, 4);
    expect(spots.map((s) => [s.rect.x, s.rect.y, s.anchor])).to.deep.equal([
      [104, 0, 'start'],
      [46, 0, 'end'],
      [104, 16, 'start'],
      [46, 16, 'end'],
    ]);
  });

  it('eventSpots(mark) are beside it first (no leader), then over and under its lane’s row, with a leader', () => {
    const mark = { x: 100, y: 50, half: 8, top: 8, bottom: 8, rowTop: 30, rowBottom: 70 };
    const spots = eventSpots(mark, { width: 60, height: 20 }, 4, 10);
    expect(spots.slice(0, 2).map((s) => [s.rect.x, s.rect.y, s.anchor, s.from])).to.deep.equal([
      [112, 40, 'start', undefined],
      [28, 40, 'end', undefined],
    ]);
    const [over] = spots.slice(2);
    // Its text starts just left of the mark, its box ends above the lane's row.
    expect([over.rect.x, over.rect.y + over.rect.height, over.from]).to.deep.equal([
      96,
      26,
      [100, 42],
    ]);
    expect(spots.some((s) => s.rect.y === 74 && s.from?.[1] === 58)).to.equal(true);
    for (const s of spots.slice(2))
      expect(s.rect.y + s.rect.height <= 26 || s.rect.y >= 74, 'clear of the row').to.equal(true);
  });

  it('leader(from, box) runs from the mark to the nearest point of the box’s near edge', () => {
    expect(leader([100, 42], box(96, 6, 60, 20))).to.equal('M100,42L100,26');
    expect(leader([50, 58], box(96, 74, 60, 20))).to.equal('M50,58L98,74');
  });
});

describe('layoutTimeline() labels', () => {
  const options = (data: ReturnType<typeof synthetic>, f = 13): LayoutOptions => ({
    domain: [day('2030-01-02'), day('2030-01-10') + DAY],
    killed: (e: TimelineEvent) => killedFigure(data, e)?.value,
    kinds: EVENT_KINDS,
    fontSize: f,
    labelOf: (e) => (e.kind === 'ceasefire' ? ['City'] : [`${e.id}, 1 Jan`, 'at least 1 killed']),
    laneNames: { violation: 'Reported ceasefire violations', attack: 'Reported attacks' },
    tickLabelOf: (t) => tickLabel(t, 'en-GB'),
  });
  const wide = (data: ReturnType<typeof synthetic>, width: number, f = 13) =>
    layoutTimeline(timeline(data), width, options(data, f)) as HorizontalLayout;
  /** A mark's box, as placement saw it: its symbol and any badge. */
  const markBoxes = (layout: HorizontalLayout) =>
    layout.marks.map((m) => box(m.x - m.half, m.top, 2 * m.half, 2 * (m.y - m.top)));

  for (const width of [560, 768, 1200]) {
    it(`at ${width} px, on 60 crowded events, no label box meets another or a mark, and the largest toll is labelled`, () => {
      const data = many(60);
      data.events.push(attack('big', '2030-01-06T06:00', 40));
      const layout = wide(data, width);
      const labels = layout.labels;
      expect(labels.filter((l) => l.kind === 'event').length).to.be.at.least(2);
      for (const [i, l] of labels.entries()) {
        for (const other of labels.slice(i + 1))
          expect(overlaps(l.box, other.box), `${l.lines[0]} / ${other.lines[0]}`).to.equal(false);
        for (const [j, m] of markBoxes(layout).entries())
          expect(overlaps(l.box, m), `${l.lines[0]} / ${layout.marks[j].key}`).to.equal(false);
        expect(l.box.x >= 0 && l.box.x + l.box.width <= width, l.lines[0]).to.equal(true);
      }
      expect(labels.some((l) => l.key === layout.holder.get('big'))).to.equal(true);
      expect(labels.filter((l) => l.kind === 'ceasefire').map((l) => l.key)).to.deep.equal([
        layout.holder.get('cf-1'),
        layout.holder.get('cf-2'),
      ]);
    });
  }

  it('labels the largest tolls first and the smallest last', () => {
    const data = synthetic();
    data.events.push(attack('big', '2030-01-08', 9), attack('small', '2030-01-09', 1));
    // 560 px leave room for five labels at most; the order is the tolls'.
    const events = wide(data, 560).labels.filter((l) => l.kind === 'event');
    expect(events[0].key).to.equal('e:big');
    expect(events.map((l) => l.key)).to.include('e:small');
    expect(events.findIndex((l) => l.key === 'e:small')).to.equal(events.length - 1);
  });

  it('labels events with no toll reported after every toll, a reported 0 included, where room is left', () => {
    const data = synthetic();
    data.events.push(
      attack('untolled', '2030-01-04'),
      attack('big', '2030-01-08', 9),
      attack('zero', '2030-01-09', 0),
    );
    const keys = wide(data, 1200)
      .labels.filter((l) => l.kind === 'event')
      .map((l) => l.key);
    expect(keys[0]).to.equal('e:big');
    expect(keys.indexOf('e:untolled')).to.equal(keys.length - 1);
    expect(keys.indexOf('e:zero')).to.be.within(1, keys.length - 2);
  });

  it('rows, lanes and badges grow with the text: at 24 px every label box is 1.5 times as tall', () => {
    const data = synthetic();
    const small = wide(data, 1000, 16);
    const large = wide(data, 1000, 24);
    expect(large.lineHeight / small.lineHeight).to.equal(1.5);
    expect(large.labels.map((l) => l.box.height / 1.5)).to.deep.equal(
      small.labels.map((l) => l.box.height),
    );
    expect(large.axis.labelY - large.axis.y).to.be.greaterThan(small.axis.labelY - small.axis.y);
    expect(large.height).to.be.greaterThan(small.height);
  });

  it('a single dated total is a figure under a caption, with no scale; none draws no panel', () => {
    const data = synthetic();
    const snapshots = totalsSnapshots(data, day('2030-01-02'), day('2030-01-11')).points;
    const one = layoutTimeline(timeline(data), 800, {
      ...options(data),
      totals: snapshots.slice(0, 1),
    });
    const totals = (one as HorizontalLayout).totals!;
    expect(totals.kind).to.equal('figure');
    if (totals.kind !== 'figure') return;
    expect(totals.snapshot.figure.value).to.equal(5);
    expect(totals.figure.y).to.be.greaterThan(totals.caption.y);
    expect(one.mode === 'horizontal' && one.height).to.be.greaterThan(totals.figure.y);
    const none = layoutTimeline(timeline(data), 800, { ...options(data), totals: [] });
    expect((none as HorizontalLayout).totals).to.equal(undefined);
  });
});
