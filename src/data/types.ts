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

/**
 * How the source words a number: "about 70" is a different claim from 70, and
 * "an estimated 70" (a figure the source calls an estimate) from both.
 */
export const QUALIFIERS = [
  'exact',
  'about',
  'estimated',
  'at-least',
  'more-than',
  'up-to',
] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

/**
 * `reported`: stated by a party to the conflict, its officials, or a
 * publication that argues one side's case, and not cited as verified by anyone
 * independent. A statement by an independent organisation that is not a
 * verification (UNICEF's appeal, say) is also `reported`.
 * `corroborated`: an independent organisation is cited as having verified
 * this claim (not a neighbouring one: fragments verified is not a toll verified).
 */
export const STATUSES = ['reported', 'corroborated'] as const;
export type Status = (typeof STATUSES)[number];

/** How much of a date the source states. */
export const DATE_PRECISIONS = ['time', 'about-time', 'day', 'unknown'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

/**
 * Whether the source says which clock a time is on.
 * `local`: it says local time at the place; `not-stated`: it gives none, so a
 * widget must not present the time as anyone's local time.
 */
export const TIME_ZONES = ['local', 'not-stated'] as const;
export type TimeZoneStatement = (typeof TIME_ZONES)[number];

/**
 * Whether the source states the day of a time it gives. `not-stated`: it
 * gives a time of day only ("at approximately 1.30pm"); the day in `value`
 * comes from elsewhere (the event's date, given by another passage) and a
 * widget must not present it as this source's. Only a claim's date has it:
 * an event or a figure is placed and written on its day.
 */
export const DAY_STATEMENTS = ['not-stated'] as const;
export type DayStatement = (typeof DAY_STATEMENTS)[number];

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
  /** With `time` or `about-time`: whether the source names the time zone. */
  timeZone?: TimeZoneStatement;
  /**
   * Only in a claim's date, with `time` or `about-time`: `not-stated` where
   * the source gives the time but not its day.
   */
  day?: DayStatement;
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

/**
 * `party`: a party to the conflict or its officials.
 * `advocacy`: not a party, but argues one party's case (the publisher of an
 * advocacy report).
 * `independent`: anyone else (a UN agency, a human-rights organisation).
 */
export const REPORTER_KINDS = ['party', 'advocacy', 'independent'] as const;
export type ReporterKind = (typeof REPORTER_KINDS)[number];

/** Whoever made a claim: a ministry, an NGO, a UN agency, or a source itself. */
export interface Reporter {
  id: string;
  /** Display name: "Prosecutor General's Office of Azerbaijan". */
  name: string;
  kind: ReporterKind;
  /**
   * `Source.id`s this reporter published. A claim credited to this reporter
   * and cited from one of these sources is the source's own claim: the source
   * names no one else for it, and a widget says so ("the report names no
   * source"). See `namesNoSource()` in query.ts.
   */
  publishes?: string[];
}

/** Where in a source a claim appears. */
export interface Citation {
  /** A `Source.id`. */
  source: string;
  /**
   * The source's own heading of the section the claim appears under,
   * verbatim, so an editor can find the passage. It may carry the source's
   * loaded words: show it only in details and tables, in quotes, labelled as
   * the source's heading, never as the visible source line.
   */
  section: string;
  /**
   * A neutral locator in the project's words, for the visible source line:
   * a section number and a short neutral title ("section 7 (Barda strikes;
   * district figures)"). data/README.md says how sections are counted.
   */
  locator?: string;
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

/**
 * `ceasefire`: a ceasefire agreed, announced or reaffirmed; `violation`: an
 * act a source presents as breaking one; `attack`: a reported attack on a
 * populated area that no source links to a ceasefire. Each is a claim by whoever
 * reported it, and widgets name it as such ("Reported attack").
 */
export const EVENT_KINDS = ['ceasefire', 'violation', 'attack'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

/**
 * What a date marks. `occurred`: when it happened. For ceasefires: `agreed`,
 * `announced`, `reaffirmed`, or `agreed-start` (the start the agreed terms
 * give). None of these says a ceasefire took effect or held.
 */
export const DATE_MEANINGS = [
  'occurred',
  'agreed',
  'announced',
  'reaffirmed',
  'agreed-start',
] as const;
export type DateMeaning = (typeof DATE_MEANINGS)[number];

/** What a claim inside an event is about. The event's casualty figures are its toll claims. */
export const CLAIM_SUBJECTS = [
  'date',
  'place',
  'terms',
  'munitions',
  'perpetrator',
  'damage',
  'violation',
] as const;
export type ClaimSubject = (typeof CLAIM_SUBJECTS)[number];

/**
 * One assertion inside an event, with its own reporter, status and citation:
 * an organisation that verified munition fragments did not verify who fired
 * them, the toll, or that a ceasefire was broken.
 */
export interface Claim {
  /** Unique among the dataset's claims. */
  id: string;
  about: ClaimSubject;
  /** The claim restated in the project's own neutral words, attributed. */
  text: string;
  /** A `Reporter.id`. */
  reportedBy: string;
  status: Status;
  citation: Citation;
  /** The date or time this claim gives (required with `about: 'date'`). */
  date?: DateStamp;
  /** What `date` marks; absent means `occurred`. */
  dateOf?: DateMeaning;
  /** `about: 'violation'`: the number the source gives this breach ("third" is 3). */
  ordinal?: number;
  /** Which passage says it and how it is credited, in the project's words. */
  note?: string;
}

/** Something that happened at a time: a ceasefire, a reported violation, an attack. */
export interface TimelineEvent {
  id: string;
  kind: EventKind;
  /**
   * Where the event sits on a time axis: what `dateOf` says it marks (for a
   * ceasefire, when it was agreed or announced, never "in force from"). When
   * claims give the date differently, this is one of them and `dateReason`
   * says why.
   */
  date: DateStamp;
  /** What `date` marks; absent means `occurred`. */
  dateOf?: DateMeaning;
  /** Why `date` was chosen among the dates the event's claims give. */
  dateReason?: string;
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
  /**
   * The event as a whole: `corroborated` only if an independent organisation
   * verified the event itself. Verified parts are claims with their own status.
   */
  status: Status;
  citation: Citation;
  /** Each separate assertion (date, munitions, perpetrator, violation, ...) with its own status. */
  claims?: Claim[];
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

/**
 * Figures a source gives separately that do not add up (a district total
 * below the sum of its strikes). Not a contradiction: nothing is hidden. A
 * widget that shows any of the figures shows the note.
 */
export interface Discrepancy {
  id: string;
  /** Figure ids involved (at least 2). */
  figures: string[];
  /** What does not add up, in the project's words. */
  note: string;
}

/** What a dataset covers and whose figures they are: every element shows it by default. */
export interface Scope {
  /**
   * One or two short sentences: where the figures are for, who reported them,
   * whether anyone independent checked them, and what is not included.
   */
  statement: string;
  /** Where the figures are for, for labels: "civilians killed in Azerbaijan". */
  area?: string;
  /** Whose account it is, for titles: "as reported by Azerbaijani authorities". */
  reportedBy?: string;
}

/** An event's words in another language. */
export interface EventTranslation {
  title?: string;
  place?: string;
  brokeredIn?: string;
}

/**
 * The words of a dataset that readers see as labels, in another language:
 * metric labels, region names, reporters' names, event titles and places,
 * and the scope. Notes,
 * summaries, claims and citations stay in the dataset's own language (its
 * `language`), as the source wrote them, and the elements mark them so.
 */
export interface DatasetTranslation {
  /** Metric id → label ("civils tués"). */
  metrics?: Partial<Record<MetricId, string>>;
  /** Region id → name, in the language's usual spelling ("Gandja"). */
  regions?: Record<string, string>;
  /** Reporter id → the body's name as the language writes it ("Генеральная прокуратура Азербайджана"). */
  reporters?: Record<string, string>;
  /** Event id → its title, place and where a ceasefire was brokered. */
  events?: Record<string, EventTranslation>;
  scope?: Partial<Scope>;
}

export interface Dataset {
  schemaVersion: typeof SCHEMA_VERSION;
  /** BCP 47 tag of the dataset's own text (notes, summaries, citations); default `en`. */
  language?: string;
  /** Labels in other languages, by BCP 47 tag (`fr`, `ru`, `pt-BR`); see DatasetTranslation. */
  translations?: Record<string, DatasetTranslation>;
  id: string;
  title: string;
  description?: string;
  /**
   * Optional in schema version 1 so that existing datasets still load; a
   * widget given a dataset without it writes its own from the reporters.
   */
  scope?: Scope;
  sources: Source[];
  reporters: Reporter[];
  metrics: Metric[];
  /** Country-wide figures: every dated (or undated) snapshot the sources give. */
  national: FigureSet;
  regions: Region[];
  events: TimelineEvent[];
  contradictions: Contradiction[];
  discrepancies?: Discrepancy[];
}
