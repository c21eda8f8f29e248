import type { Snapshot } from '../../../data/query.js';
import type { EventKind, TimelineEvent } from '../../../data/types.js';

// The shapes of the timeline's layout: positions in px, rounded, for the
// templates to copy into SVG and HTML as they are.

/** Below this many pixels of its own width the timeline becomes a vertical list. */
export const VERTICAL_BELOW = 560;
/** Vertical mode shows one row per event up to this many events, then one row per day. */
export const ROW_LIMIT = 200;

export type Shape = 'flag' | 'diamond' | 'circle';

/** A d3-shape symbol centred on the origin, turned by `angle` degrees. */
export interface SymbolShape {
  /** Path data from d3-shape's symbol(). */
  d: string;
  angle: number;
}

/** A rounded rectangle: a group's badge, or the ring around an open one. */
export interface Pill {
  x: number;
  y: number;
  width: number;
  height: number;
  rx: number;
}

/** A mark is drawn at `translate(x, y)`: its shapes are given around that centre. */
interface MarkBase {
  /** `e:<event id>` for one event, `g:<lane>:<first event id>` for a group. */
  key: string;
  lane: EventKind;
  events: readonly TimelineEvent[];
  x: number;
  y: number;
  /** x of the first and last event it stands for. */
  span: readonly [number, number];
  /** Half its drawn width: marks closer than this merge into a group. */
  half: number;
  /** Radius of the invisible circle that takes a tap: never smaller than a fingertip. */
  hit: number;
}

/**
 * Where one event's marker would go and how wide it is: what grouping needs.
 * Only the events left alone become an EventMark with its d3 paths.
 */
export interface Placed {
  event: TimelineEvent;
  lane: EventKind;
  x: number;
  y: number;
  /** Radius of the circle with the marker's area. */
  r: number;
  noFigure: boolean;
  half: number;
}

/** One event's marker: a d3 symbol whose area shows the reported deaths. */
export interface EventMark extends MarkBase {
  shape: Shape;
  /** An attack or violation without a killed figure: a small hollow marker. */
  noFigure: boolean;
  /** The symbol's area in px², d3's symbol size. */
  area: number;
  symbol: SymbolShape;
  /** The selection ring: the same symbol, a few pixels larger all round. */
  ring: SymbolShape;
  /** y of the symbol's top, where a link's drop ends. */
  top: number;
}

/** A badge with a count, standing for marks that would overlap. */
export interface GroupMark extends MarkBase {
  shape: 'group';
  badge: Pill;
  ring: Pill;
  /** The line under the badge from its first to its last event, as x offsets from the centre. */
  spanLine: readonly [number, number];
  /** Baseline of the count inside the badge. */
  countY: number;
  top: number;
}

export type Mark = EventMark | GroupMark;

/** A small marker beside text (legend, list rows, cards), in its own SVG box. */
export type Glyph =
  | { kind: 'symbol'; width: number; height: number; x: number; y: number; symbol: SymbolShape }
  | {
      kind: 'badge';
      width: number;
      height: number;
      badge: Pill;
      count: number;
      countX: number;
      countY: number;
    };

export interface Tick {
  time: number;
  x: number;
  anchor: 'start' | 'middle' | 'end';
  /** How the label is worded: a time of day, a day, a month or a year. */
  unit: 'time' | 'day' | 'month' | 'year';
  /** Whether the label should name the year (the first label, and where the year changes). */
  withYear: boolean;
}

export interface Axis {
  y: number;
  x0: number;
  x1: number;
  /** Where tick lines end, below the axis. */
  tickEnd: number;
  labelY: number;
  ticks: Tick[];
}

/**
 * A ceasefire's date, as a line across the lanes with its label. Only a date:
 * sources date an agreement, announcement or agreed start, not when a
 * ceasefire took effect or ended, so no span is shaded as a period.
 */
export interface CeasefireLine {
  ceasefire: TimelineEvent;
  label: string;
  x: number;
  height: number;
  labelX: number;
  labelY: number;
  /** Whether the label fits before the next ceasefire or the end (estimated, as layout has no DOM to measure). */
  labelFits: boolean;
}

/** The comb linking a ceasefire to the violations reported against it. */
export interface Link {
  ceasefire: string;
  /** Path data: one d3 line per segment (the drop from the flag, the rail, a drop to each mark). */
  d: string;
  /** How many drawn marks hang off it. */
  drops: number;
}

export interface TotalsPoint {
  x: number;
  y: number;
  snapshot: Snapshot;
  /** Where its value is written; absent when only some values fit. */
  label?: { x: number; y: number; anchor: 'start' | 'end' };
}

/** The panel under the axis with the reported national total as a step line. */
export interface Totals {
  /** d3 line with curveStepAfter through the points. */
  path: string;
  points: TotalsPoint[];
  pointRadius: number;
  /** The y scale's nice ticks, with grid lines from x0 to x1. */
  ticks: { y: number; value: number; labelX: number; labelY: number }[];
  x0: number;
  x1: number;
  caption: { x: number; y: number };
}

/** A row of the vertical list: one event, or (past ROW_LIMIT) all events of a day. */
export interface Row {
  key: string;
  events: readonly TimelineEvent[];
  time: number;
  noFigure: boolean;
  glyph: Glyph;
}

/** What both layout modes start from: the events in time order and where they are. */
export interface LayoutBase {
  width: number;
  domain: readonly [number, number];
  /** Every event in time order: the order the arrow keys follow. */
  order: readonly TimelineEvent[];
  /** Event id -> position in `order`. */
  index: ReadonlyMap<string, number>;
  /** Each event's time (ms, UTC-naive), by position in `order`. */
  times: readonly number[];
}

interface Common extends LayoutBase {
  /** Event id -> key of the mark or row that shows it. */
  holder: ReadonlyMap<string, string>;
  /** Key -> events, for marks and rows that stand for several events. */
  groups: ReadonlyMap<string, readonly TimelineEvent[]>;
  /** The largest killed figure in view, which the largest marker stands for. */
  maxKilled: number;
  /** Whether some drawn attack or violation has no killed figure. */
  hasNoFigure: boolean;
}

export interface HorizontalLayout extends Common {
  mode: 'horizontal';
  height: number;
  axis: Axis;
  ceasefires: CeasefireLine[];
  links: Link[];
  marks: Mark[];
  totals?: Totals;
}

export interface VerticalLayout extends Common {
  mode: 'vertical';
  rows: Row[];
}

export type TimelineLayout = HorizontalLayout | VerticalLayout;

export interface LayoutOptions {
  /** [start, end) of the axis, in UTC-naive ms. */
  domain: readonly [number, number];
  /** The reported killed for an event, undefined when none was reported. */
  killed: (event: TimelineEvent) => number | undefined;
  /** The kinds shown: ceasefire lines are drawn with `ceasefire`, lanes of the others close up. */
  kinds: readonly EventKind[];
  /** Dated national snapshots for the totals step line; absent: no line. */
  totals?: readonly Snapshot[];
}
