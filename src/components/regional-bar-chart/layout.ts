import { scaleLinear } from 'd3-scale';
import { sumQualifier, type Breakdown, type RegionRow } from '../../data/query.js';
import type { Figure, Qualifier, Region } from '../../data/types.js';
import { barText, otherRegionsLabel } from './text.js';

/**
 * Pure arrangement and geometry for <cw-regional-bar-chart>: breakdowns in,
 * rows in display order (folded when there are many), then bars, labels and a
 * height for a width. No DOM, so it is unit-tested without one and the
 * element only maps the result to SVG.
 */

export const SORT_ORDERS = ['value', 'name', 'none'] as const;
export type SortOrder = (typeof SORT_ORDERS)[number];

/** Below this own width, labels go above their bars so the bars keep a usable length. */
export const NARROW_WIDTH = 420;
/** Marker drawn before a highlighted label, so colour is not the only channel. */
export const HIGHLIGHT_MARKER = '▸ ';
export const OTHER_KEY = '__other__';

/**
 * Without a `limit`, a chart of more than FOLD_ABOVE regions draws the top
 * DEFAULT_LIMIT and folds the rest into one bar. 20 rows are about one screen
 * of bars on a wide column (two on a phone, labels above): enough to compare
 * the regions that matter most, while a 2,000-region chart would be a figure
 * tens of thousands of pixels tall that nobody can read. Up to 30 regions are
 * all drawn, so a fold always hides more than ten names, never a handful.
 */
export const FOLD_ABOVE = 30;
export const DEFAULT_LIMIT = 20;

/** One region with its figure for each charted metric; undefined is "not reported" (or, with as-of, undated), never 0. */
export interface RegionEntry {
  region: Region;
  figures: (Figure | undefined)[];
  /** Per metric, every version: the undated one, the others, and why the default (see regionalBreakdown()). */
  versions: RegionRow[];
}

/** A value as the chart shows it: one figure, or the sum of folded ones. */
export interface Amount {
  value: number;
  qualifier: Qualifier;
}

/** A row to draw, before any geometry. */
export interface Row {
  key: string;
  kind: 'region' | 'other';
  label: string;
  /** The region, or every region folded into "Other regions". */
  entries: RegionEntry[];
  amounts: (Amount | undefined)[];
  highlighted: boolean;
}

/** What the chart draws and lists, in display order; independent of the width. */
export interface Arrangement {
  /** Every region with a figure, in display order, unfolded: the table's rows. */
  charted: RegionEntry[];
  /**
   * With as-of: regions with no figure dated on or before it for any charted
   * metric, but one the source gives without a date. Listed as undated, never
   * as "not reported"; not drawn, since no bar can say when it held.
   */
  undated: RegionEntry[];
  /** Regions with no figure, dated or not, for any charted metric: listed, never drawn. */
  notReported: Region[];
  rows: Row[];
  /** How many of the top regions by value are drawn, when some are folded. */
  top: number;
  /** How many regions "Other regions" holds; 0 when nothing is folded. */
  folded: number;
}

export interface BarMark {
  /** Index of the metric (0, or 1 for the second of a pair). */
  series: number;
  /** Absent: this region has no figure for this metric; no bar is drawn. */
  amount?: Amount;
  x: number;
  y: number;
  width: number;
  height: number;
  /** "~70" at the bar end, or "not reported" where no bar is drawn. */
  text: string;
  textX: number;
  textY: number;
}

/** One line of a row's label: its text and the y of its middle. */
export interface LabelLine {
  text: string;
  y: number;
}

export interface RowLayout extends Row {
  y: number;
  height: number;
  labelX: number;
  /** The label with its highlight marker: one line beside the bars, as many as it needs above them. */
  labelLines: LabelLine[];
  labelAnchor: 'start' | 'end';
  bars: BarMark[];
}

export interface ChartLayout {
  width: number;
  height: number;
  placement: 'beside' | 'above';
  fontSize: number;
  /** Where bars start and where the longest one ends. */
  x0: number;
  x1: number;
  rows: RowLayout[];
}

export interface ArrangeOptions {
  locale: string;
  sort: SortOrder;
  /** Show the top N by value; the rest fold into one "Other regions" bar. */
  limit?: number | undefined;
  /** Region ids drawn in the accent colour, bold and with a marker; never folded. */
  highlight: ReadonlySet<string>;
}

export interface Box {
  width: number;
  /** Label font size in px; every length scales with it. */
  fontSize: number;
  locale: string;
}

/** Joins breakdowns of one dataset (one per metric) into one entry per region. */
export function joinSeries(series: readonly Breakdown[]): RegionEntry[] {
  const first = series.at(0);
  if (!first) return [];
  return first.rows.map((row, i) => {
    const versions = series.map((b) => b.rows[i] ?? { region: row.region, others: [] });
    return { region: row.region, figures: versions.map((v) => v.figure), versions };
  });
}

type Figures = (e: RegionEntry) => readonly (Figure | undefined)[];
const shown: Figures = (e) => e.figures;
const undatedOf: Figures = (e) => e.versions.map((v) => v.undated);

/** Larger first metric first; rows without it follow, by the second metric. Stable on ties. */
const byValue =
  (figures: Figures) =>
  (a: RegionEntry, b: RegionEntry): number => {
    const [fa, fb] = [figures(a), figures(b)];
    for (let s = 0; s < Math.max(fa.length, fb.length); s++) {
      const av = fa[s]?.value ?? -1;
      const bv = fb[s]?.value ?? -1;
      if (av !== bv) return bv - av;
    }
    return 0;
  };

/** Splits entries into charted (in display order), undated (by their undated figures) and not reported. */
export function orderEntries(
  list: readonly RegionEntry[],
  sort: SortOrder,
  locale: string,
): { charted: RegionEntry[]; undated: RegionEntry[]; notReported: Region[] } {
  const { compare } = new Intl.Collator(locale);
  const byName = (a: Region, b: Region) => compare(a.name, b.name);
  const order = (entries: RegionEntry[], figures: Figures) => {
    if (sort === 'value') entries.sort(byValue(figures));
    if (sort === 'name') entries.sort((a, b) => byName(a.region, b.region));
    return entries;
  };
  const rest = list.filter((e) => !e.figures.some(Boolean));
  const notReported = rest.filter((e) => !undatedOf(e).some(Boolean)).map((e) => e.region);
  if (sort === 'name') notReported.sort(byName);
  return {
    charted: order(
      list.filter((e) => e.figures.some(Boolean)),
      shown,
    ),
    undated: order(
      rest.filter((e) => undatedOf(e).some(Boolean)),
      undatedOf,
    ),
    notReported,
  };
}

function sumOf(figures: readonly (Figure | undefined)[]): Amount | undefined {
  const present = figures.filter((f): f is Figure => f !== undefined);
  if (present.length === 0) return undefined;
  return {
    value: present.reduce((total, f) => total + f.value, 0),
    qualifier: sumQualifier(present.map((f) => f.qualifier)),
  };
}

/**
 * The rows to draw: the top `limit` by value plus any highlighted region, in
 * display order, then "Other regions" with the sum of the rest. Folding a
 * single region would only hide its name, so one leftover is drawn as itself.
 */
export function foldRows(
  charted: readonly RegionEntry[],
  limit: number | undefined,
  highlight: ReadonlySet<string>,
  locale: string,
): { rows: Row[]; top: number; folded: number } {
  const seriesCount = charted[0]?.figures.length ?? 1;
  const asRow = (e: RegionEntry): Row => ({
    key: e.region.id,
    kind: 'region',
    label: e.region.name,
    entries: [e],
    amounts: e.figures.map((f) => (f ? { value: f.value, qualifier: f.qualifier } : undefined)),
    highlighted: highlight.has(e.region.id),
  });
  const unfolded = () => ({ rows: charted.map(asRow), top: charted.length, folded: 0 });
  if (limit === undefined) return unfolded();
  const top = new Set([...charted].sort(byValue(shown)).slice(0, limit));
  const kept = charted.filter((e) => top.has(e) || highlight.has(e.region.id));
  const folded = charted.filter((e) => !top.has(e) && !highlight.has(e.region.id));
  if (folded.length <= 1) return unfolded();
  const other: Row = {
    key: OTHER_KEY,
    kind: 'other',
    label: otherRegionsLabel(folded.length, locale),
    entries: folded,
    amounts: Array.from({ length: seriesCount }, (_, s) => sumOf(folded.map((e) => e.figures[s]))),
    highlighted: false,
  };
  return { rows: [...kept.map(asRow), other], top: limit, folded: folded.length };
}

/**
 * Orders the regions and folds the tail: by `limit`, or, without one, to the
 * top DEFAULT_LIMIT when more than FOLD_ABOVE regions have a figure.
 */
export function arrange(series: readonly Breakdown[], options: ArrangeOptions): Arrangement {
  const { locale } = options;
  const ordered = orderEntries(joinSeries(series), options.sort, locale);
  const { charted } = ordered;
  const limit = options.limit ?? (charted.length > FOLD_ABOVE ? DEFAULT_LIMIT : undefined);
  return { ...ordered, ...foldRows(charted, limit, options.highlight, locale) };
}

/** Text width estimate: 0.6 em per character is wide enough for bold system sans digits and letters. */
export function textWidth(text: string, fontSize: number): number {
  return text.length * fontSize * 0.6;
}

/** How much of `word` fits in `most` characters, ending between two whole graphemes (at least one). */
function fitting(word: string, most: number): number {
  const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(word);
  let end = 0;
  for (const { index, segment } of graphemes) {
    if (end > 0 && index + segment.length > most) break;
    end = index + segment.length;
  }
  return end;
}

/**
 * `text` broken into lines that textWidth() puts within `room`: after a
 * space, and inside a word only where the word alone is wider. Every line
 * but the last keeps its trailing space, so the lines joined are `text`.
 */
export function wrapText(text: string, room: number, fontSize: number): string[] {
  const most = Math.max(1, Math.floor(room / textWidth('x', fontSize)));
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/(?<=\s)/)) {
    if (line && (line + word).trimEnd().length > most) {
      lines.push(line);
      line = '';
    }
    line += word;
    while (line.trimEnd().length > most) {
      const end = fitting(line, most);
      lines.push(line.slice(0, end));
      line = line.slice(end);
    }
  }
  return [...lines, line];
}

const EDGE = 4; // room for the focus ring inside the SVG
const LABEL_GAP = 8;
const VALUE_GAP = 6;
const PAIR_GAP = 3;
/** How much wider a highlighted (bold) label runs than textWidth() guesses, where it must fit. */
const BOLD = 1.2;
/** Line height of a label wrapped above its bars, in em. */
const WRAPPED_LINE = 1.25;

/**
 * Positions every bar, label and value for a width; the height follows the
 * number of rows. Bar lengths come from a d3 linear scale and stay exact, so
 * they stay proportional.
 */
export function layoutChart(arrangement: Arrangement, box: Box): ChartLayout {
  const { rows } = arrangement;
  const { width, fontSize: f, locale } = box;
  const count = rows[0]?.amounts.length ?? 1;

  const labelText = (r: Row) => (r.highlighted ? HIGHLIGHT_MARKER : '') + r.label;
  // reduce, not Math.max(...spread): 150,000 arguments overflow the call stack.
  const labelWidth = rows.reduce((m, r) => Math.max(m, textWidth(labelText(r), f)), 0);
  const placement = width < NARROW_WIDTH || labelWidth > width * 0.4 ? 'above' : 'beside';
  const texts = rows.map((r) => r.amounts.map((_, s) => barText(r, s, locale)));

  const x0 = placement === 'beside' ? EDGE + labelWidth + LABEL_GAP : EDGE;
  const max = rows
    .flatMap((r) => r.amounts.map((a) => a?.value ?? 0))
    .reduce((m, v) => Math.max(m, v), 0);
  // The longest bar is as long as it can be while every bar's own text still
  // fits after its end: a long text on a short bar (the fold's "6 (5 not
  // reported)") takes room only from bars it would collide with.
  // textWidth() guesses; glyphs such as "~" and "≥" run wider, and a value
  // that overshot would sit under the focus ring: half an em of slack.
  const room = width - EDGE - VALUE_GAP - x0 - f / 2;
  const span = rows.reduce(
    (least, r, i) =>
      r.amounts.reduce(
        (m, a, s) =>
          a?.value ? Math.min(m, ((room - textWidth(texts[i]?.[s] ?? '', f)) * max) / a.value) : m,
        least,
      ),
    room,
  );
  const x1 = x0 + Math.max(1, span);
  const x = scaleLinear()
    .domain([0, max || 1])
    .range([x0, x1]);

  // Rows and bars are whole pixels tall and whole pixels apart, so their edges are crisp.
  const barHeight = Math.round(count > 1 ? f * 1.15 : f * 1.5);
  const labelLine = placement === 'above' ? Math.round(f * 1.5) : 0;
  const wrappedLine = Math.round(f * WRAPPED_LINE);
  const barsHeight = count * barHeight + (count - 1) * PAIR_GAP;
  const rowGap = Math.round(f * 0.85);

  let top = EDGE; // of the next row: rows are as tall as their labels' lines
  const laidOut = rows.map((row, i): RowLayout => {
    // Above the bars a label has the whole width, and a longer name wraps
    // rather than run off the edge on a phone.
    const lines =
      placement === 'beside'
        ? [labelText(row)]
        : wrapText(labelText(row), (width - 2 * EDGE) / (row.highlighted ? BOLD : 1), f);
    const labelHeight = labelLine + (lines.length - 1) * wrappedLine;
    const barsTop = top + labelHeight;
    const firstLine = placement === 'beside' ? barsTop + barsHeight / 2 : top + labelLine / 2;
    const y = top;
    top += labelHeight + barsHeight + rowGap;
    return {
      ...row,
      y,
      height: labelHeight + barsHeight,
      labelX: placement === 'beside' ? EDGE + labelWidth : EDGE,
      labelLines: lines.map((text, k) => ({ text, y: firstLine + k * wrappedLine })),
      labelAnchor: placement === 'beside' ? 'end' : 'start',
      bars: row.amounts.map((amount, s): BarMark => {
        const barY = barsTop + s * (barHeight + PAIR_GAP);
        const end = amount ? x(amount.value) : x0;
        return {
          series: s,
          ...(amount ? { amount } : {}),
          x: x0,
          y: barY,
          width: end - x0,
          height: barHeight,
          text: texts[i]?.[s] ?? '',
          textX: end + VALUE_GAP,
          textY: barY + barHeight / 2,
        };
      }),
    };
  });
  const last = laidOut.at(-1);
  const height = last ? last.y + last.height + EDGE : 0;
  return { width, height, placement, fontSize: f, x0, x1, rows: laidOut };
}
