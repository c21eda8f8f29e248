/**
 * The dataset contract. Every figure about killed or injured people carries
 * who reported it, where in which source, its as-of date with that date's
 * precision, a qualifier and a verification status, so an editor can answer
 * "where does this number come from?" from the widget alone.
 *
 * data/schema.json describes the same format for people editing JSON by hand.
 */

import type { MetricId } from './metric-ids.js';

export { METRIC_IDS, type MetricId } from './metric-ids.js';

/** The only format version this library reads. */
export const SCHEMA_VERSION = 1;

/** How the source words a number: "about 70" is a different claim from 70. */
export const QUALIFIERS = ['exact', 'about', 'at-least', 'more-than', 'up-to'] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

/**
 * `reported`: stated by a party to the conflict or its officials.
 * `corroborated`: an independent organisation is cited as having verified it.
 */
export const STATUSES = ['reported', 'corroborated'] as const;
export type Status = (typeof STATUSES)[number];

/** How much of a date the source states. */
export const DATE_PRECISIONS = ['time', 'about-time', 'day', 'unknown'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

/**
 * A point in time as precise as the source allows.
 * - `time`: `value` is `YYYY-MM-DDTHH:mm` local time at the place, stated exactly.
 * - `about-time`: the same, stated approximately ("at around 4 AM").
 * - `day`: `value` is `YYYY-MM-DD`.
 * - `unknown`: no `value`; `before` may hold a bound the text implies.
 */
export interface DateStamp {
  value?: string;
  precision: DatePrecision;
  /** With `unknown`: the source implies the date is no later than this day. */
  before?: string;
}

/** A document figures are taken from. */
export interface Source {
  id: string;
  title: string;
  publisher: string;
  author?: string;
  /** Publication date, `YYYY-MM` or `YYYY-MM-DD`. */
  published?: string;
  url?: string;
  /** What kind of document it is and whose case it argues, in neutral words. */
  description?: string;
}

/** Whoever made a claim: a ministry, an NGO, a UN agency. */
export interface Reporter {
  id: string;
  /** Display name: "Prosecutor General's Office of Azerbaijan". */
  name: string;
  /** `party`: a party to the conflict or its officials; `independent`: anyone else. */
  kind: 'party' | 'independent';
}

/** Where in a source a claim appears. */
export interface Citation {
  /** A `Source.id`. */
  source: string;
  /** The section heading of the source the claim appears under. */
  section: string;
}

/** One reported number, with everything needed to attribute it. */
export interface Figure {
  /** Unique within the dataset: other records link to figures by id. */
  id: string;
  /** A non-negative integer. */
  value: number;
  qualifier: Qualifier;
  /** A `Reporter.id`. */
  reportedBy: string;
  citation: Citation;
  asOf: DateStamp;
  /** Start of the period the figure counts from, `YYYY-MM-DD`, where stated. */
  since?: string;
  status: Status;
  /** A short neutral note in the project's own words. */
  note?: string;
}

/** Figures keyed by metric; a metric that is absent was not reported (never 0). */
export type FigureSet = Partial<Record<MetricId, Figure[]>>;

export interface Region {
  /** Lower-case English transliteration: `tartar`, `barda`. */
  id: string;
  /** Display name: "Tartar". */
  name: string;
  /** Other spellings that resolve to this region: "Terter". */
  alternates: string[];
  /** `district`, `city`, ... as the source describes it. */
  type?: string;
  figures: FigureSet;
}

export interface Metric {
  id: MetricId;
  /** Noun phrase used after a number: "civilians killed". */
  label: string;
}

export const EVENT_KINDS = ['ceasefire', 'violation', 'attack'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

/** Something that happened at a time: a ceasefire, a reported violation, an attack. */
export interface TimelineEvent {
  id: string;
  kind: EventKind;
  /** When it happened (a ceasefire: when it took effect). */
  date: DateStamp;
  /** Short neutral title in the project's own words. */
  title: string;
  /** One or two neutral sentences: what was reported, and by whom. */
  summary: string;
  /** A `Region.id`, where the event has a place. */
  region?: string;
  /** A more precise place name ("Safiyan village"), where stated. */
  place?: string;
  /** Ceasefires: where it was brokered ("Moscow"). */
  brokeredIn?: string;
  /** Violations and attacks: the id of the ceasefire reported to have been broken. */
  violates?: string;
  /** Casualties reported for this event. */
  figures: FigureSet;
  /** Reporter ids of whoever made the claims in this event. */
  reportedBy: string[];
  status: Status;
  citation: Citation;
}

/**
 * The source states the same thing more than once with different values.
 * Every version stays in the dataset; `shown` is the one widgets use by default.
 */
export interface Contradiction {
  id: string;
  /** Figure ids of every version. */
  figures: string[];
  /** The figure id widgets show by default. */
  shown: string;
  /** Why that one: usually the latest and most specific. */
  reason: string;
}

export interface Dataset {
  schemaVersion: typeof SCHEMA_VERSION;
  id: string;
  title: string;
  description?: string;
  sources: Source[];
  reporters: Reporter[];
  metrics: Metric[];
  /** Country-wide figures: every dated (or undated) snapshot the sources give. */
  national: FigureSet;
  regions: Region[];
  events: TimelineEvent[];
  contradictions: Contradiction[];
}
