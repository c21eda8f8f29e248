import { scaleSqrt } from 'd3-scale';
import { symbol, symbolCircle, symbolDiamond, symbolTriangle, type SymbolType } from 'd3-shape';
import type { EventKind, TimelineEvent } from '../../../data/types.js';
import type { EventMark, Glyph, GroupMark, Pill, Placed, Shape } from './types.js';

// Markers both layout modes draw: each kind's d3 symbol sized by area, group
// badges, and the small glyphs beside text.

/** A position as the templates write it: to a hundredth of a pixel. */
export const px = (n: number) => Math.round(n * 100) / 100;

/** Marker sizes, each the radius of the circle with the marker's area. */
export const MARKER = {
  /** The most reported deaths in view, on the axis. */
  rMax: 16,
  /** The same in the vertical list's narrow column. */
  rMaxList: 10,
  /** The smallest marker with a figure, so one death stays visible. */
  rMin: 3,
  /** An attack or violation without a killed figure: small, hollow, fixed. */
  rNoFigure: 4,
  /** Ceasefire flags (no figure), and every glyph in the legend. */
  rFixed: 6,
  /** Glyphs in a card's list of events. */
  rPick: 5,
  /** Space between a marker and its selection ring. */
  ringGap: 4,
  /** A tap target is never smaller than this radius. */
  hitMin: 12,
} as const;

/** A glyph's box: at least this big, with this margin round its symbol. */
const GLYPH = { minBox: 16, margin: 2 } as const;

export interface Reach {
  /** Half the width. */
  half: number;
  /** Reach above the centre and below it. */
  top: number;
  bottom: number;
}

/**
 * How far a d3 symbol of area 1 reaches from its centre, found by letting
 * d3 draw it into a context that only records where the pen goes, so d3's
 * geometry is asked, not restated here (control points count: the box may be
 * generous, never short). A symbol of area A reaches √A times as far.
 */
function unitReach(type: SymbolType, flipped: boolean): Reach {
  const reach = { half: 0, top: 0, bottom: 0 };
  const at = (x: number, y: number) => {
    const down = flipped ? -y : y;
    reach.half = Math.max(reach.half, Math.abs(x));
    reach.top = Math.max(reach.top, -down);
    reach.bottom = Math.max(reach.bottom, down);
  };
  // Lines, arcs and curves stay inside the box of their points (and radii).
  const pen: CanvasPath = {
    moveTo: at,
    lineTo: at,
    closePath() {
      // Returns to a point already seen.
    },
    arc(x, y, r) {
      at(x - r, y - r);
      at(x + r, y + r);
    },
    ellipse(x, y, rx, ry) {
      at(x - rx, y - ry);
      at(x + rx, y + ry);
    },
    rect(x, y, w, h) {
      at(x, y);
      at(x + w, y + h);
    },
    roundRect(x, y, w, h) {
      at(x, y);
      at(x + w, y + h);
    },
    arcTo(x1, y1, x2, y2) {
      at(x1, y1);
      at(x2, y2);
    },
    quadraticCurveTo(cx, cy, x, y) {
      at(cx, cy);
      at(x, y);
    },
    bezierCurveTo(c1x, c1y, c2x, c2y, x, y) {
      at(c1x, c1y);
      at(c2x, c2y);
      at(x, y);
    },
  };
  type.draw(pen, 1);
  return reach;
}

function kindSymbol(shape: Shape, type: SymbolType, angle: 0 | 180) {
  return { shape, type, angle, reach: unitReach(type, angle === 180) };
}

/** Each kind's d3 symbol. Ceasefire flags point down at the line that marks their date. */
const SYMBOLS = {
  ceasefire: kindSymbol('flag', symbolTriangle, 180),
  violation: kindSymbol('diamond', symbolDiamond, 0),
  attack: kindSymbol('circle', symbolCircle, 0),
} as const;

/** d3's symbol() draws a shape of the given area; this one has the area of a circle of radius `r`. */
const areaOf = (r: number) => Math.PI * r * r;

/** How far a kind's marker of radius `r` reaches from its centre. */
export function reachOf(kind: EventKind, r: number): Reach {
  const { reach } = SYMBOLS[kind];
  const k = Math.sqrt(areaOf(r));
  return { half: reach.half * k, top: reach.top * k, bottom: reach.bottom * k };
}

/**
 * Marker radii for the events in view: area proportional to the reported
 * deaths on a d3 scaleSqrt up to `rMax`, floored at MARKER.rMin; fixed sizes
 * for ceasefires and for events without a figure.
 */
export function markerSizes(
  order: readonly TimelineEvent[],
  killed: (event: TimelineEvent) => number | undefined,
  rMax: number,
) {
  let max = 0;
  for (const e of order) max = Math.max(max, killed(e) ?? 0);
  const scale = scaleSqrt()
    .domain([0, Math.max(max, 1)])
    .range([0, rMax]);
  const radius = (e: TimelineEvent) => {
    if (e.kind === 'ceasefire') return MARKER.rFixed;
    const k = killed(e);
    return k === undefined ? MARKER.rNoFigure : Math.max(MARKER.rMin, scale(k));
  };
  return { radius, max };
}

/** Where an event's marker of radius `r` goes, and how wide it is. */
export function place(
  event: TimelineEvent,
  r: number,
  x: number,
  y: number,
  noFigure: boolean,
): Placed {
  const lane = event.kind;
  const half = SYMBOLS[lane].reach.half * Math.sqrt(areaOf(r));
  return { event, lane, x: px(x), y: px(y), r, noFigure, half };
}

/** A placed event's marker: its d3 symbol, selection ring and tap target. */
export function eventMark(p: Placed): EventMark {
  const { event, lane, x, y, r, half } = p;
  const { shape, type, angle } = SYMBOLS[lane];
  const reach = reachOf(lane, r);
  const area = areaOf(r);
  return {
    key: `e:${event.id}`,
    lane,
    events: [event],
    x,
    y,
    span: [x, x],
    shape,
    noFigure: p.noFigure,
    area,
    symbol: { angle, d: symbol(type, area)() ?? '' },
    ring: { angle, d: symbol(type, areaOf(r + MARKER.ringGap))() ?? '' },
    half,
    top: px(y - reach.top),
    hit: px(Math.max(MARKER.hitMin, half, reach.top, reach.bottom)),
  };
}

/** A count badge's size in ems of the text in it, so the count fits at any font size. */
const BADGE_EM = { height: 1.4, padding: 0.9, perDigit: 0.6, countDrop: 0.36 } as const;
/** Where a group's badge sits: its centre at this share of the symbol's half width and top. */
const BADGE_AT = 0.7;

/** Half the width of a badge showing `count` in text of `fontSize` px: wider for more digits. */
export const badgeHalfWidth = (count: number, fontSize: number) =>
  (fontSize * (BADGE_EM.padding + BADGE_EM.perDigit * String(count).length)) / 2;

const pill = (cx: number, cy: number, half: number, halfHeight: number): Pill => ({
  x: px(cx - half),
  y: px(cy - halfHeight),
  width: px(2 * half),
  height: px(2 * halfHeight),
  rx: px(halfHeight),
});

/** A group's badge, around its centre (x, y) relative to the group's symbol. */
function groupBadge(lane: EventKind, r: number, count: number, fontSize: number) {
  const reach = reachOf(lane, r);
  const half = badgeHalfWidth(count, fontSize);
  const halfHeight = (BADGE_EM.height * fontSize) / 2;
  return {
    x: BADGE_AT * reach.half,
    y: -BADGE_AT * reach.top,
    half,
    halfHeight,
    /** How far the symbol and badge together reach from the symbol's centre. */
    reach: {
      half: Math.max(reach.half, BADGE_AT * reach.half + half),
      top: Math.max(reach.top, BADGE_AT * reach.top + halfHeight),
      bottom: reach.bottom,
    },
  };
}

/** Half the width of a group drawn as `largest`'s symbol with a badge counting `count`. */
export const groupHalfWidth = (largest: Placed, count: number, fontSize: number) =>
  groupBadge(largest.lane, largest.r, count, fontSize).reach.half;

/** How far any mark of a lane reaches above and below the lane, markers of up to `r` and groups alike. */
export function laneReach(kind: EventKind, r: number, fontSize: number): Reach {
  // Two digits: a badge of a hundred or more is wider, never taller.
  return groupBadge(kind, r, 99, fontSize).reach;
}

/**
 * A mark standing for `events` of one lane, centred on their span: the
 * symbol of the largest, so its size still shows the largest toll, and a
 * badge with how many there are.
 */
export function groupMark(
  events: readonly TimelineEvent[],
  largest: Placed,
  span: readonly [number, number],
  fontSize: number,
): GroupMark {
  const x = px((span[0] + span[1]) / 2);
  const { lane, y, r } = largest;
  const { type, angle } = SYMBOLS[lane];
  const badge = groupBadge(lane, r, events.length, fontSize);
  return {
    key: `g:${lane}:${events[0]?.id ?? ''}`,
    lane,
    events,
    largest: largest.event,
    noFigure: largest.noFigure,
    x,
    y,
    span,
    shape: 'group',
    half: badge.reach.half,
    hit: px(Math.max(MARKER.hitMin, badge.reach.half, badge.reach.top)),
    symbol: { angle, d: symbol(type, areaOf(r))() ?? '' },
    ring: { angle, d: symbol(type, areaOf(r + MARKER.ringGap))() ?? '' },
    badge: pill(badge.x, badge.y, badge.half, badge.halfHeight),
    countX: px(badge.x),
    countY: px(badge.y + BADGE_EM.countDrop * fontSize),
    spanLine: [px(span[0] - x), px(span[1] - x)],
    top: px(y - reachOf(lane, r).top),
  };
}

/** A kind's symbol of radius `r` (default: the legend's size), centred in a square box. */
export function kindGlyph(kind: EventKind, r: number = MARKER.rFixed): Glyph {
  const { half, top, bottom } = reachOf(kind, r);
  const size = Math.max(
    GLYPH.minBox,
    Math.ceil(2 * Math.max(half, top, bottom)) + 2 * GLYPH.margin,
  );
  const { type, angle } = SYMBOLS[kind];
  return {
    kind: 'symbol',
    width: size,
    height: size,
    // Centre the shape's box, not its centroid: a triangle's sits off-centre.
    x: size / 2,
    y: px(size / 2 + (top - bottom) / 2),
    symbol: { angle, d: symbol(type, areaOf(r))() ?? '' },
  };
}

/** A group's badge with its count, in a box of its own size, for text of `fontSize` px. */
export function groupGlyph(count: number, fontSize = 12): Glyph {
  const half = badgeHalfWidth(count, fontSize);
  const h = (BADGE_EM.height * fontSize) / 2;
  // Half a pixel in, so the badge's outline is not cut by the box.
  const badge = pill(half, h, half - 0.5, h - 0.5);
  return {
    kind: 'badge',
    width: px(2 * half),
    height: px(2 * h),
    badge,
    count,
    countX: px(half),
    countY: px(h + BADGE_EM.countDrop * fontSize),
  };
}
