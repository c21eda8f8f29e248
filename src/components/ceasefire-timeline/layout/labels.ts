import { line } from 'd3-shape';
import { px } from './markers.js';
import type { Label, Rect } from './types.js';

// Direct labels, placed greedily by priority: each label takes the first of
// its candidate spots that stays inside the bounds and overlaps no mark and
// no label placed before it; a label with no such spot is left out (its
// event is still in the card, the list and the screen-reader list).
//
// Boxes are estimated from the number of characters, not measured: layout is
// pure and runs before (and without) a DOM, and an estimate on the generous
// side can only leave a label out, never let two overlap. The browser tests
// measure the drawn text against the boxes, which keeps the estimate honest.

/** A character's width in ems: a little wider than the average of system sans fonts. */
const EM = { regular: 0.6, bold: 0.66 } as const;
/** Space kept clear left and right of every label, in px; rows of text are apart by their leading. */
const CLEAR = 2;

/** A line's estimated width in px. */
export const textWidth = (text: string, fontSize: number, bold = false) =>
  text.length * fontSize * (bold ? EM.bold : EM.regular);

/** A label's size: its first line is bold (a name, a place and date), the others regular. */
export function labelSize(lines: readonly string[], fontSize: number, lineHeight: number) {
  const width = lines.reduce((w, text, i) => Math.max(w, textWidth(text, fontSize, i === 0)), 0);
  return { width: Math.ceil(width), height: lines.length * lineHeight };
}

/** Whether two rectangles overlap, or come closer than CLEAR px side by side. */
export const overlaps = (a: Rect, b: Rect) =>
  a.x < b.x + b.width + CLEAR &&
  b.x < a.x + a.width + CLEAR &&
  a.y < b.y + b.height &&
  b.y < a.y + a.height;

const inside = (r: Rect, bounds: Rect) =>
  r.x >= bounds.x &&
  r.y >= bounds.y &&
  r.x + r.width <= bounds.x + bounds.width &&
  r.y + r.height <= bounds.y + bounds.height;

/** A place a label may go: its box, which side its text is anchored to, and where a leader starts. */
export interface Spot {
  rect: Rect;
  anchor: 'start' | 'end';
  /** The point on the mark a leader line is drawn from, for a label not beside it. */
  from?: readonly [number, number];
}

/**
 * Takes labels in priority order: `take()` gives the first spot that is
 * inside `bounds` and clear of every obstacle and every label taken, and
 * clear of what is only to be `avoided` (lines a label may cross, under its
 * halo) if any spot is; else the first clear of the rest.
 */
export function placer(bounds: Rect, obstacles: readonly Rect[], avoided: readonly Rect[] = []) {
  const taken = [...obstacles];
  const free = (rect: Rect, also: readonly Rect[]) =>
    inside(rect, bounds) &&
    !taken.some((t) => overlaps(rect, t)) &&
    !also.some((t) => overlaps(rect, t));
  return {
    take(spots: readonly Spot[]): Spot | undefined {
      const spot =
        spots.find(({ rect }) => free(rect, avoided)) ?? spots.find(({ rect }) => free(rect, []));
      if (spot) taken.push(spot.rect);
      return spot;
    },
  };
}

const rect = (x: number, y: number, size: { width: number; height: number }): Rect => ({
  x: px(x),
  y: px(y),
  ...size,
});

/**
 * A ceasefire's spots: right of its line, then left of it, on the first row
 * of the band above the lanes, then on each row below, so close ceasefires
 * stagger their labels instead of dropping them.
 */
export function ceasefireSpots(
  x: number,
  size: { width: number; height: number },
  rows: number,
  gap: number,
): Spot[] {
  return Array.from({ length: rows }, (_, row): Spot[] => [
    { rect: rect(x + gap, row * size.height, size), anchor: 'start' },
    { rect: rect(x - gap - size.width, row * size.height, size), anchor: 'end' },
  ]).flat();
}

/** What an event's spots are placed around: its mark, and the row of marks of its lane. */
export interface Around {
  x: number;
  y: number;
  /** How far the mark reaches: half its width, above and below its centre. */
  half: number;
  top: number;
  bottom: number;
  /** The lane's marker row: the labels above and below it line up on these. */
  rowTop: number;
  rowBottom: number;
}

/**
 * An event's spots, nearest first: beside its mark (right, then left), then
 * above the lane's row of marks and below it, over the mark or shifted to
 * either side, then a line further out; all but the first two with a leader
 * line from the mark.
 */
export function eventSpots(
  m: Around,
  size: { width: number; height: number },
  gap: number,
  lineHeight: number,
): Spot[] {
  const { width, height } = size;
  const middle = m.y - height / 2;
  const beside: Spot[] = [
    { rect: rect(m.x + m.half + gap, middle, size), anchor: 'start' },
    { rect: rect(m.x - m.half - gap - width, middle, size), anchor: 'end' },
  ];
  // Text starting just left of the mark reads as its label; then further out on each side.
  const lefts: [number, 'start' | 'end'][] = [
    [m.x - gap, 'start'],
    [m.x + gap - width, 'end'],
    [m.x + m.half + gap, 'start'],
    [m.x - m.half - gap - width, 'end'],
    [m.x + m.half + gap + width / 2, 'start'],
    [m.x - m.half - gap - (3 * width) / 2, 'end'],
  ];
  const above = [m.x, m.y - m.top] as const;
  const below = [m.x, m.y + m.bottom] as const;
  const rows: [number, readonly [number, number]][] = [
    [m.rowTop - gap - height, above],
    [m.rowBottom + gap, below],
    [m.rowTop - gap - height - lineHeight, above],
    [m.rowBottom + gap + lineHeight, below],
  ];
  const off = rows.flatMap(([y, from]) =>
    lefts.map(([x, anchor]): Spot => ({ rect: rect(x, y, size), anchor, from })),
  );
  return [...beside, ...off];
}

/** The leader from a mark to the nearest point of its label's box, as d3 line path data. */
export function leader(from: readonly [number, number], box: Rect): string {
  const x = Math.min(Math.max(from[0], box.x + CLEAR), box.x + box.width - CLEAR);
  const y = from[1] < box.y ? box.y : box.y + box.height;
  return (
    line()([
      [px(from[0]), px(from[1])],
      [px(x), px(y)],
    ]) ?? ''
  );
}

/** A label in its spot: the anchor point of its first baseline, half a line's leading under the box's top. */
export function labelAt(
  spot: Spot,
  lines: readonly string[],
  kind: Label['kind'],
  fontSize: number,
  lineHeight: number,
  key?: string,
): Label {
  const { rect: box, anchor, from } = spot;
  return {
    ...(key === undefined ? {} : { key }),
    kind,
    lines,
    x: anchor === 'start' ? box.x : px(box.x + box.width),
    // The middle of a capital letter (0.35 em above the baseline) at the middle of the line.
    y: px(box.y + lineHeight / 2 + 0.35 * fontSize),
    anchor,
    box,
    ...(from ? { leader: leader(from, box) } : {}),
  };
}
