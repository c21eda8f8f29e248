import type { EventKind, TimelineEvent } from '../../data/types.js';
import type { Snapshot } from '../../data/query.js';

// The shapes of the timeline's layout and the sizes every layout mode shares.

/** Below this many pixels of its own width the timeline becomes a vertical list. */
export const VERTICAL_BELOW = 560;
/** Largest marker radius: the event with the most reported deaths in view. */
export const R_MAX = 16;
/** Smallest radius a figure-bearing marker is drawn with, so one death stays visible and tappable. */
export const R_MIN = 3;
/** Events without a killed figure: a small hollow marker of fixed size. */
export const R_NO_FIGURE = 4;
/** Vertical mode shows one row per event up to this many events, then one row per day. */
export const ROW_LIMIT = 200;

/** Half-diagonal of a diamond with the area of a unit circle, so both shapes encode deaths alike. */
export const DIAMOND = Math.sqrt(Math.PI / 2);

export type Shape = 'flag' | 'diamond' | 'circle' | 'group';

/** One drawn thing: a single event's marker, or a group badge standing for several. */
export interface Mark {
  /** `e:<event id>` for one event, `g:<lane>:<first event id>` for a group. */
  key: string;
  lane: EventKind;
  events: readonly TimelineEvent[];
  x: number;
  y: number;
  /** Marker radius; for a group badge, half its width. */
  r: number;
  shape: Shape;
  /** A single attack or violation without a killed figure. */
  noFigure: boolean;
  /** x of the first and last event it stands for. */
  span: readonly [number, number];
}

export interface Tick {
  time: number;
  x: number;
  anchor: 'start' | 'middle' | 'end';
  /** How the label is worded: a time of day, a day, a month or a year. */
  unit: 'time' | 'day' | 'month' | 'year';
  /** Whether the label should name the year (the first label, and where the year changes). */
  withYear: boolean;
}

export interface Band {
  ceasefire: TimelineEvent;
  label: string;
  x0: number;
  x1: number;
  /** Whether the label fits inside the band (estimated, as layout has no DOM to measure). */
  labelFits: boolean;
  /** Alternating shade, so bands that meet stay distinguishable. */
  shade: 0 | 1;
}

/** The comb linking a ceasefire to the violations reported against it. */
export interface Link {
  ceasefire: string;
  d: string;
  /** How many drawn marks hang off it. */
  drops: number;
}

export interface Totals {
  path: string;
  points: { x: number; y: number; snapshot: Snapshot }[];
  ticks: { y: number; value: number }[];
  top: number;
  bottom: number;
}

/** A row of the vertical list: one event, or (past ROW_LIMIT) all events of a day. */
export interface Row {
  key: string;
  events: readonly TimelineEvent[];
  time: number;
  shape: Shape;
  r: number;
  noFigure: boolean;
  /** Index into `periods` of the ceasefire in force at this row, if any. */
  period: number | undefined;
}

interface Common {
  width: number;
  domain: readonly [number, number];
  /** Every event in time order: the order the arrow keys follow. */
  order: readonly TimelineEvent[];
  /** Event id -> position in `order`. */
  index: ReadonlyMap<string, number>;
  /** Event id -> key of the mark or row that shows it. */
  holder: ReadonlyMap<string, string>;
  /** Key -> events, for marks and rows that stand for several events. */
  groups: ReadonlyMap<string, readonly TimelineEvent[]>;
  /** The largest killed figure in view, which the largest marker stands for. */
  maxKilled: number;
}

export interface HorizontalLayout extends Common {
  mode: 'horizontal';
  height: number;
  ticks: Tick[];
  axisY: number;
  bands: Band[];
  links: Link[];
  marks: Mark[];
  totals?: Totals;
}

export interface VerticalLayout extends Common {
  mode: 'vertical';
  periods: { ceasefire: TimelineEvent; label: string; shade: 0 | 1 }[];
  rows: Row[];
}

export type TimelineLayout = HorizontalLayout | VerticalLayout;

export interface LayoutOptions {
  /** [start, end) of the axis, in UTC-naive ms. */
  domain: readonly [number, number];
  /** The reported killed for an event, undefined when none was reported. */
  killed: (event: TimelineEvent) => number | undefined;
  /** Whether ceasefire periods are drawn (the `ceasefire` kind is shown). */
  bands: boolean;
  /** The kinds shown: lanes for the others are left out (default: all). */
  kinds?: readonly EventKind[];
  /** Dated national snapshots for the totals step line; absent: no line. */
  totals?: readonly Snapshot[];
}
