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

/** A rounded rectangle: a group's count badge. */
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

/**
 * Marks that would overlap, drawn as one: the symbol of the largest member
 * at its own size (a group never hides how large its largest event is), a
 * badge with the count at its upper right, and a line under both across the
 * members' span.
 */
export interface GroupMark extends MarkBase {
  shape: 'group';
  /** The member drawn: the one with the largest reported toll (the first of equals). */
  largest: TimelineEvent;
  /** Whether the largest member has no killed figure (then none has): the hollow marker. */
  noFigure: boolean;
  symbol: SymbolShape;
  ring: SymbolShape;
  badge: Pill;
  /** Centre of the count in the badge: x, and its baseline. */
  countX: number;
  countY: number;
  /** The line under the mark from its first to its last event, as x offsets from the centre. */
  spanLine: readonly [number, number];
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
 * A ceasefire's date, as a line across the lanes. Only a date: sources date
 * an agreement, announcement or agreed start, not when a ceasefire took
 * effect or ended, so no span is shaded as a period. Its words are a Label.
 */
export interface CeasefireLine {
  ceasefire: TimelineEvent;
  x: number;
  /** Where the line starts: the top of its label's row, or under the label rows. */
  y: number;
  height: number;
}

/** A rectangle in the drawing's px: what label placement keeps apart. */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Words placed in the drawing: a lane's name, a ceasefire's name and date,
 * or an event's place, date and toll. Its box is estimated from its
 * characters (see labels.ts), so it is a little wider than the text drawn.
 */
export interface Label {
  /** Key of the mark it names (absent for a lane's name): a tap on it opens that mark. */
  key?: string;
  kind: 'lane' | 'ceasefire' | 'event';
  lines: readonly string[];
  /** The anchor point of the first line's baseline; further lines follow a line height below. */
  x: number;
  y: number;
  anchor: 'start' | 'end';
  box: Rect;
  /** Path data of a line from the mark to the label, when the label is not beside it. */
  leader?: string;
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
export interface TotalsLine {
  kind: 'line';
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

/**
 * One dated total (or none) is a figure, not a line: a scale and grid lines
 * around a single point would draw a trend that is not there.
 */
export interface TotalsFigure {
  kind: 'figure';
  caption: { x: number; y: number };
  /** Baseline of the figure and its date, under the caption. */
  figure: { x: number; y: number };
  snapshot: Snapshot;
}

export type Totals = TotalsLine | TotalsFigure;

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
  /** Text size (px) and line height every text position and label box was laid out with. */
  fontSize: number;
  lineHeight: number;
  axis: Axis;
  ceasefires: CeasefireLine[];
  /** Lane names, ceasefire labels and direct labels, none overlapping another or a mark. */
  labels: Label[];
  /** Where each event drawn inside a group would be on its own: an open card's event is drawn there. */
  grouped: ReadonlyMap<string, Placed>;
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
  /** Size (px) of the wide layout's text, never under 12. */
  fontSize: number;
  /** A direct label's lines: a ceasefire's name and date; an event's place and date, then its toll. */
  labelOf: (event: TimelineEvent) => readonly string[];
  /** An axis label's words, so ticks thin out until their labels fit. */
  tickLabelOf: (tick: Tick) => string;
  /** The names written on the lanes of attacks and violations. */
  laneNames: Readonly<Record<Exclude<EventKind, 'ceasefire'>, string>>;
}
