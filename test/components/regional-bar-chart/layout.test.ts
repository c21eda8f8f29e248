import { expect } from '@open-wc/testing';
import {
  DEFAULT_LIMIT,
  FOLD_ABOVE,
  NARROW_WIDTH,
  OTHER_KEY,
  arrange,
  foldRows,
  joinSeries,
  layoutChart,
  orderEntries,
  textWidth,
  wrapText,
  type ArrangeOptions,
  type Box,
} from '../../../src/components/regional-bar-chart/layout.js';
import type { Breakdown } from '../../../src/data/query.js';
import { regionalBreakdown } from '../../../src/data/query.js';
import type { MetricId } from '../../../src/data/types.js';
import { synthetic } from '../../fixtures/synthetic.js';
import { many, regions } from './helpers.js';

type Options = ArrangeOptions & Box;
const options = (over: Partial<Options> = {}): Options => ({
  width: 640,
  fontSize: 14,
  locale: 'en',
  sort: 'value',
  highlight: new Set(),
  ...over,
});
/** Arranges and lays out in one go, as the element does for one width. */
const laidOut = (list: readonly Breakdown[], o: Options) => layoutChart(arrange(list, o), o);
const series = (data = many(), metrics: MetricId[] = ['killed']) =>
  metrics.map((m) => regionalBreakdown(data, m));
const names = (list: readonly { region: { name: string } }[]) => list.map((e) => e.region.name);

describe('regional-bar-chart layout', () => {
  it('joinSeries() gives one entry per region with a figure (or undefined) per metric', () => {
    const entries = joinSeries(series(synthetic(), ['killed', 'injured']));
    expect(entries.map((e) => e.figures.map((f) => f?.value))).to.deep.equal([
      [7, 20],
      [5, 10],
      [undefined, 1],
    ]);
  });

  it("orderEntries(…, 'value') puts the largest first, keeps dataset order on ties, and lists regions without a figure apart", () => {
    const { charted, notReported } = orderEntries(joinSeries(series()), 'value', 'en');
    expect(names(charted)).to.deep.equal([
      'Region H',
      'Region A',
      'Region B',
      'Region D',
      'Region E',
      'Region F',
    ]);
    expect(notReported.map((r) => r.name)).to.deep.equal(['Region C', 'Region G']);
  });

  it("orderEntries(…, 'name') sorts by name; 'none' keeps the dataset's order", () => {
    const data = many();
    data.regions.reverse();
    expect(names(orderEntries(joinSeries(series(data)), 'name', 'en').charted)).to.deep.equal([
      'Region A',
      'Region B',
      'Region D',
      'Region E',
      'Region F',
      'Region H',
    ]);
    expect(names(orderEntries(joinSeries(series(data)), 'none', 'en').charted)).to.deep.equal([
      'Region H',
      'Region F',
      'Region E',
      'Region D',
      'Region B',
      'Region A',
    ]);
  });

  it('orderEntries() for a pair sorts by the first metric, then rows that only have the second', () => {
    const { charted } = orderEntries(
      joinSeries(series(synthetic(), ['killed', 'injured'])),
      'value',
      'en',
    );
    expect(names(charted)).to.deep.equal(['Region A', 'Region B', 'Region C']);
  });

  it('foldRows(charted, 2) keeps the top two and folds the rest into "Other regions" with their sum and qualifier', () => {
    const { charted } = orderEntries(joinSeries(series()), 'value', 'en');
    const rows = foldRows(charted, 2, new Set(), 'en').rows;
    expect(rows.map((r) => r.label)).to.deep.equal(['Region H', 'Region A', 'Other regions (4)']);
    const other = rows.at(-1)!;
    expect(other.key).to.equal(OTHER_KEY);
    expect(other.amounts[0]).to.deep.equal({ value: 12, qualifier: 'about' });
    expect(names(other.entries)).to.deep.equal(['Region B', 'Region D', 'Region E', 'Region F']);
  });

  it('foldRows() never counts or folds regions without a figure', () => {
    const { charted } = orderEntries(joinSeries(series()), 'value', 'en');
    const rows = foldRows(charted, 4, new Set(), 'en').rows;
    expect(rows.map((r) => r.label)).to.deep.equal([
      'Region H',
      'Region A',
      'Region B',
      'Region D',
      'Other regions (2)',
    ]);
    expect(rows.flatMap((r) => names(r.entries))).not.to.include.members(['Region C', 'Region G']);
  });

  it('foldRows() draws a single leftover region as itself instead of "Other regions (1)"', () => {
    const { charted } = orderEntries(joinSeries(series()), 'value', 'en');
    expect(foldRows(charted, 5, new Set(), 'en').rows.map((r) => r.label)).to.deep.equal(
      names(charted),
    );
  });

  it('foldRows() keeps a highlighted region out of the fold, in display order', () => {
    const { charted } = orderEntries(joinSeries(series()), 'name', 'en');
    const rows = foldRows(charted, 2, new Set(['region-f']), 'en').rows;
    expect(rows.map((r) => r.label)).to.deep.equal([
      'Region A',
      'Region F',
      'Region H',
      'Other regions (3)',
    ]);
    expect(rows.map((r) => r.highlighted)).to.deep.equal([false, true, false, false]);
  });

  it(`layoutChart() puts labels beside the bars from ${NARROW_WIDTH}px and above them below it`, () => {
    const wide = laidOut(series(), options({ width: 640 }));
    expect(wide.placement).to.equal('beside');
    expect(wide.rows.every((r) => r.labelAnchor === 'end' && r.labelX < wide.x0)).to.be.true;
    const narrow = laidOut(series(), options({ width: 320 }));
    expect(narrow.placement).to.equal('above');
    for (const row of narrow.rows) {
      expect(row.labelAnchor).to.equal('start');
      expect(row.labelLines.at(-1)!.y).to.be.below(row.bars[0].y);
    }
  });

  it('wrapText() breaks after spaces, inside a word only when it alone is too wide (between graphemes), and loses nothing', () => {
    const room = textWidth('x'.repeat(12), 10);
    expect(wrapText('Barda city and its villages', room, 10)).to.deep.equal([
      'Barda city ',
      'and its ',
      'villages',
    ]);
    expect(wrapText('Supercalifragilistic region', room, 10)).to.deep.equal([
      'Supercalifra',
      'gilistic ',
      'region',
    ]);
    expect(wrapText('Barda', room, 10)).to.deep.equal(['Barda']);
    // Never between a letter and its accent.
    const e = 'e\u0301';
    expect(wrapText(`x${e.repeat(7)}`, room, 10)).to.deep.equal([`x${e.repeat(5)}`, e.repeat(2)]);
  });

  it('layoutChart() wraps a label too long for a narrow chart over lines that fit, and makes its row taller', () => {
    const data = many();
    const short = laidOut(series(data), options({ width: 320 }));
    data.regions[7].name = 'Region H, the district town and the villages along the river';
    const layout = laidOut(series(data), options({ width: 320 }));
    const [h] = layout.rows;
    expect(h.labelLines.map((l) => l.text).join('')).to.equal(h.label);
    expect(h.labelLines.length).to.be.above(1);
    for (const line of h.labelLines)
      expect(4 + textWidth(line.text.trimEnd(), 14)).to.be.at.most(316);
    expect(h.labelLines.at(-1)!.y).to.be.below(h.bars[0].y);
    expect(layout.height - short.height).to.equal(h.height - short.rows[0].height);
    expect(layout.rows[1].y).to.be.above(h.y + h.height);
    // Beside the bars, where the label column is as wide as the longest label, one line.
    expect(laidOut(series(data), options({ width: 1600 })).rows[0].labelLines).to.have.length(1);
  });

  it('layoutChart() puts labels above when the longest label would take over 40% of a wide chart', () => {
    const data = many();
    data.regions[0].name = 'A region with a name far too long for a label column';
    expect(laidOut(series(data), options({ width: 640 })).placement).to.equal('above');
  });

  it('layoutChart() keeps every bar and value inside the width, at 288px and 1168px', () => {
    for (const width of [288, 1168]) {
      const layout = laidOut(series(), options({ width }));
      for (const bar of layout.rows.flatMap((r) => r.bars)) {
        expect(bar.x).to.be.at.least(0);
        expect(bar.x + bar.width).to.be.at.most(width);
        expect(bar.textX + textWidth(bar.text, 14)).to.be.at.most(width);
      }
    }
  });

  it('layoutChart() scales bar lengths linearly from a common start, longest to x1', () => {
    const layout = laidOut(series(), options());
    const [h, a] = layout.rows.map((r) => r.bars[0]);
    expect(h.x).to.equal(layout.x0);
    expect(h.x + h.width).to.be.closeTo(layout.x1, 1e-9);
    expect(a.width / h.width).to.be.closeTo(7 / 9, 1e-9);
  });

  it('layoutChart() shows qualifiers on the bar ends: "≥9", "~3"', () => {
    const values = laidOut(series(), options()).rows.map((r) => r.bars[0].text);
    expect(values).to.deep.equal(['≥9', '7', '5', '3', '~3', '1']);
  });

  it('layoutChart() height follows the number of rows, and rows never overlap', () => {
    const six = laidOut(series(), options());
    const three = laidOut(series(), options({ limit: 2 }));
    expect(six.rows).to.have.length(6);
    expect(three.rows).to.have.length(3);
    const perRow = (six.height - three.height) / 3;
    expect(perRow).to.be.above(0);
    expect(six.height).to.be.closeTo(three.height + 3 * perRow, 1e-9);
    six.rows.slice(1).forEach((row, i) => {
      const previous = six.rows[i];
      expect(row.y).to.be.above(previous.y + previous.height);
    });
  });

  it('layoutChart() for a pair gives two bars per row, and no bar (the text "not reported") for a missing figure', () => {
    const pair = laidOut(series(synthetic(), ['killed', 'injured']), options());
    expect(pair.rows.map((r) => r.bars.length)).to.deep.equal([2, 2, 2]);
    const c = pair.rows.find((r) => r.label === 'Region C')!;
    expect(c.bars[0].amount).to.equal(undefined);
    expect(c.bars[0].width).to.equal(0);
    expect(c.bars[0].text).to.equal('not reported');
    expect(c.bars[1].y).to.be.above(c.bars[0].y + c.bars[0].height);
  });

  it('layoutChart() with nothing dated by as-of has no rows and no height, and lists every region, undated apart', () => {
    const o = options({ width: 640 });
    const arrangement = arrange([regionalBreakdown(many(), 'killed', '2000-01-01')], o);
    const layout = layoutChart(arrangement, o);
    expect(layout.rows).to.deep.equal([]);
    expect(layout.height).to.equal(0);
    expect(names(arrangement.undated)).to.deep.equal(['Region B']);
    expect(arrangement.notReported).to.have.length(7);
    expect(arrangement.notReported.map((r) => r.name)).not.to.include('Region B');
  });

  it('layoutChart() scales every length with the font size', () => {
    const small = laidOut(series(), options({ fontSize: 12 }));
    const large = laidOut(series(), options({ fontSize: 20 }));
    expect(large.height).to.be.above(small.height);
    expect(large.rows[0].bars[0].height).to.be.above(small.rows[0].bars[0].height);
  });

  it(`arrange() without a limit draws up to ${FOLD_ABOVE} regions, and folds more to the top ${DEFAULT_LIMIT} and "Other regions (n)"`, () => {
    const all = arrange(series(regions(FOLD_ABOVE)), options());
    expect(all.rows).to.have.length(FOLD_ABOVE);
    expect([all.top, all.folded]).to.deep.equal([FOLD_ABOVE, 0]);
    const folded = arrange(series(regions(FOLD_ABOVE + 1)), options());
    expect(folded.rows.map((r) => r.label)).to.deep.equal([
      ...Array.from({ length: DEFAULT_LIMIT }, (_, i) => `Region ${String(i + 1)}`),
      'Other regions (11)',
    ]);
    expect([folded.top, folded.folded]).to.deep.equal([DEFAULT_LIMIT, 11]);
    expect(folded.charted).to.have.length(FOLD_ABOVE + 1);
  });

  it('arrange() on 2,000 regions draws 21 rows, sums the other 1,980 in the last, and keeps all 2,000 for the table', () => {
    const big = arrange(series(regions(2000)), options());
    expect(big.rows).to.have.length(DEFAULT_LIMIT + 1);
    const other = big.rows.at(-1)!;
    expect(other.label).to.equal('Other regions (1,980)');
    expect(other.entries).to.have.length(1980);
    // Killed runs 2000 down to 1: the folded ones are 1980 down to 1.
    expect(other.amounts[0]).to.deep.equal({ value: (1980 * 1981) / 2, qualifier: 'exact' });
    expect(big.charted).to.have.length(2000);
  });

  it('arrange() with a limit uses it whatever the number of regions: more bars than the default, or no fold at all', () => {
    expect(arrange(series(regions(2000)), options({ limit: 50 })).rows).to.have.length(51);
    expect(arrange(series(regions(40)), options({ limit: 40 })).rows).to.have.length(40);
  });

  it('arrange() never folds a highlighted region, and counts it apart from the top regions', () => {
    const a = arrange(series(regions(100)), options({ highlight: new Set(['region-77']) }));
    expect(a.rows.map((r) => r.label).slice(-2)).to.deep.equal(['Region 77', 'Other regions (79)']);
    expect([a.top, a.folded]).to.deep.equal([DEFAULT_LIMIT, 79]);
  });

  it('layoutChart() puts rows and bars on whole pixels, every row one step below the last, first at the edge', () => {
    // Font sizes whose multiples are fractions: every length must still come out whole.
    for (const data of [many(), regions(21)]) {
      for (const width of [320, 640]) {
        for (const fontSize of [12, 14, 17.5, 41.5, 54]) {
          for (const metrics of [['killed'], ['killed', 'injured']] as MetricId[][]) {
            const { rows } = laidOut(series(data, metrics), options({ width, fontSize }));
            const edges = rows.flatMap((r) => [
              r.y,
              r.height,
              ...r.bars.flatMap((b) => [b.y, b.height]),
            ]);
            expect(edges.every(Number.isInteger), String(edges)).to.be.true;
            expect(rows[0].y).to.equal(4);
            expect(new Set(rows.slice(1).map((r, i) => r.y - rows[i].y)).size).to.equal(1);
          }
        }
      }
    }
  });

  it('layoutChart() gives a lone row and its bar the same size as each row of many', () => {
    const one = laidOut(series(synthetic()), options({ limit: undefined, width: 640 }));
    const data = synthetic();
    data.regions = data.regions.slice(0, 1);
    const lone = laidOut(series(data), options());
    expect(lone.rows).to.have.length(1);
    expect(lone.rows[0].height).to.equal(one.rows[0].height);
    expect(lone.rows[0].bars[0].height).to.equal(one.rows[0].bars[0].height);
    expect(lone.height).to.equal(lone.rows[0].height + 8);
  });

  it('layoutChart() puts the two bars of a pair 3px apart, each as thick as the other', () => {
    const { rows } = laidOut(series(many(), ['killed', 'injured']), options());
    for (const { bars } of rows) {
      expect(bars[1].y - (bars[0].y + bars[0].height)).to.equal(3);
      expect(bars[1].height).to.equal(bars[0].height);
    }
  });
});
