import type {
  ClaimSubject,
  Dataset,
  DateMeaning,
  DateStamp,
  EventKind,
  MetricId,
  TimelineEvent,
} from '../../data/types.js';
import { discrepanciesOf, findRegion, killedFigure, type Snapshot } from '../../data/query.js';
import {
  asOfText,
  formatDay,
  formatUtc,
  formatNumber,
  formatStamp,
  qualifiedNumber,
} from '../../internal/format.js';
import type { Tick } from './layout/types.js';

// Violations and attacks are claims: our words say "reported", never "attack" as fact.
export const KIND_WORDS: Record<EventKind, [string, string]> = {
  ceasefire: ['ceasefire', 'ceasefires'],
  violation: ['reported ceasefire violation', 'reported ceasefire violations'],
  attack: ['reported attack on a populated area', 'reported attacks on populated areas'],
};

export const KIND_LABEL: Record<EventKind, string> = {
  ceasefire: 'Ceasefire',
  violation: 'Reported ceasefire violation',
  attack: 'Reported attack on a populated area',
};

export const DEFAULT_LABEL = 'Ceasefires, reported violations and attacks';

/** The title: whose account this is, where the dataset says (Dataset.scope). */
export function titleText(data: Dataset): string {
  const who = data.scope?.reportedBy;
  return who ? `Ceasefires, violations and attacks as reported by ${who}` : DEFAULT_LABEL;
}

/**
 * What an event's date marks, as a label ("Agreed") and inline ("agreed").
 * None says a ceasefire took effect or held: the sources date agreements and
 * announcements only.
 */
const DATE_OF: Record<DateMeaning, [string, string]> = {
  occurred: ['When', ''],
  agreed: ['Agreed', 'agreed'],
  announced: ['Announced', 'announced'],
  reaffirmed: ['Reaffirmed', 'reaffirmed'],
  'agreed-start': ['Agreed start', 'start agreed for'],
};

/** The card's label for an event's date: "When", "Agreed", "Agreed start". */
export const dateLabel = (dateOf: DateMeaning = 'occurred') => DATE_OF[dateOf][0];

/** "10 Oct 2020, 12:00, time zone not stated", "28 Oct 2020, about 13:30 local time". */
export function stampText(stamp: DateStamp, locale: string): string {
  const text = formatStamp(stamp, locale);
  if (stamp.timeZone === 'not-stated') return `${text}, time zone not stated`;
  return stamp.timeZone === 'local' ? `${text} local time` : text;
}

/** "agreed 24 Oct 2020", "start agreed for 10 Oct 2020, 12:00, …", or the bare date. */
export function datedText(stamp: DateStamp, dateOf: DateMeaning | undefined, locale: string) {
  const inline = DATE_OF[dateOf ?? 'occurred'][1];
  return `${inline ? `${inline} ` : ''}${stampText(stamp, locale)}`;
}

const CLAIM_LABEL: Record<ClaimSubject, string> = {
  date: 'Date',
  place: 'Place',
  terms: 'Terms',
  munitions: 'Munitions',
  perpetrator: 'Attribution',
  damage: 'Damage',
  violation: 'Ceasefire breach',
};

/** What a claim is about, with the date it gives: "Date (agreed 9 Oct 2020)". */
export function claimLabel(
  claim: { about: ClaimSubject; date?: DateStamp; dateOf?: DateMeaning },
  locale: string,
): string {
  const label = CLAIM_LABEL[claim.about];
  return claim.date ? `${label} (${datedText(claim.date, claim.dateOf, locale)})` : label;
}

const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth'];
const ordinalWord = (n: number) => ORDINALS[n - 1] ?? `number ${String(n)}`;

/**
 * "Counted as the third violation. Another passage also calls “…” the third."
 * Two passages can give the same number to different events: both are shown.
 */
export function ordinalText(data: Dataset, event: TimelineEvent, ordinal: number): string {
  const others = data.events.filter(
    (e) => e !== event && e.claims?.some((c) => c.about === 'violation' && c.ordinal === ordinal),
  );
  const word = ordinalWord(ordinal);
  const also = others.map((e) => ` Another passage also calls “${e.title}” the ${word}.`);
  return `Counted as the ${word} violation.${also.join('')}`;
}

/** The card's labels. */
export const CARD_TEXT = {
  dateReason: 'Why this date:',
  where: 'Where',
  ceasefire: 'Ceasefire',
  figures: 'Figures',
  note: 'Note',
  claims: 'Claims',
  status: 'Status',
  reportedBy: 'Reported by',
  citedFrom: 'Cited from',
  violations: 'Violations of this ceasefire reported in this range:',
} as const;

/** What the card says where an event has no figure. */
export const FIGURES_TEXT = {
  none: 'None stated for this event',
  notReported: 'No casualty figure reported',
} as const;

/** "Source: Amnesty International. Corroborated by an independent organisation. Cited from section 7 (…)." */
export function attributionText(credits: readonly string[], status: string, where: string): string {
  return `Source: ${credits.join('; ')}. ${status} Cited from ${where}.`;
}

/** "Also given: 21 (…). Why this version: …": the versions a figure's default was chosen from. */
export function versionsText(also: readonly string[], reason: string | undefined): string {
  return `Also given: ${also.join('; ')}.${reason ? ` Why this version: ${reason}` : ''}`;
}

/** The notes of discrepancies that involve any figure of these events. */
export function discrepancyNotes(data: Dataset, events: readonly TimelineEvent[]): string[] {
  const ids = events.flatMap((e) => Object.values(e.figures).flatMap((fs) => fs.map((f) => f.id)));
  return discrepanciesOf(data, ids).map((d) => d.note);
}

export const KEYS_HELP =
  'Arrow keys move between events in time order; Home and End go to the first and last; Enter opens the details; Escape closes them.';

export const LOADING = 'Loading events…';

/** The name of the list that stands in for the drawing for screen readers. */
export const EVENT_LIST_LABEL = 'Events in time order';

/** The legend's words for each shape. */
export const LEGEND = {
  ceasefire:
    'Ceasefire, marked on the date it was agreed or announced, or the start it was agreed for; not a claim that it took effect or held',
  violation: 'Reported ceasefire violation, linked to the ceasefire it is reported to have broken',
  attack: 'Reported attack on a populated area',
  noFigure: 'No casualty figure reported',
  group: 'Nearby events, grouped; select to list them',
} as const;

/** "Marker area shows reported deaths, … (largest: 21)". */
export function legendSizeText(maxKilled: number, locale: string): string {
  return `Marker area shows reported deaths, for reported attacks and violations alike (largest: ${formatNumber(maxKilled, locale)})`;
}

/** "27 Sep", or "27 Sep 2020" with the year. */
export function shortDay(time: number, locale: string, withYear = false): string {
  return formatUtc(time, locale, withYear ? 'day' : 'day-no-year');
}

/** "about 04:00", "12:00", or '' when the source states only the day. */
export function timeOfDay(event: TimelineEvent): string {
  const { value, precision } = event.date;
  if (!value || (precision !== 'time' && precision !== 'about-time')) return '';
  return `${precision === 'about-time' ? 'about ' : ''}${value.slice(11, 16)}`;
}

/** An axis label as coarse as the tick step: "12:00", "4 Oct", "Oct 2020", "2021". */
export function tickLabel(tick: Tick, locale: string): string {
  const { time, unit, withYear } = tick;
  if (unit === 'time') return formatUtc(time, locale, 'time');
  if (unit === 'year') return formatUtc(time, locale, 'year');
  if (unit === 'month') return formatUtc(time, locale, withYear ? 'month-year' : 'month');
  return shortDay(time, locale, withYear);
}

const counted = (n: number, one: string, many: string, locale: string) =>
  `${formatNumber(n, locale)} ${n === 1 ? one : many}`;
const count = (n: number, kind: EventKind, locale: string) =>
  counted(n, ...KIND_WORDS[kind], locale);

/** "3 ceasefires, 4 reported violations and 2 attacks between 27 Sep and 4 Nov 2020". */
export function summaryText(
  events: readonly TimelineEvent[],
  kinds: readonly EventKind[],
  range: readonly [number, number],
  locale: string,
): string {
  const parts = kinds.map((kind) =>
    count(events.filter((e) => e.kind === kind).length, kind, locale),
  );
  const list =
    parts.length > 1
      ? `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1] ?? ''}`
      : (parts[0] ?? '');
  const [from, to] = range;
  const sameYear = new Date(from).getUTCFullYear() === new Date(to).getUTCFullYear();
  const span =
    from === to
      ? `on ${shortDay(from, locale, true)}`
      : `between ${shortDay(from, locale, !sameYear)} and ${shortDay(to, locale, true)}`;
  return `${list} ${span}`;
}

/** "Ganja, Residential neighbourhood near a hospital", "Brokered in Moscow", or undefined. */
export function placeText(data: Dataset, event: TimelineEvent): string | undefined {
  if (event.kind === 'ceasefire')
    return event.brokeredIn ? `Brokered in ${event.brokeredIn}` : undefined;
  const region = event.region ? (findRegion(data, event.region)?.name ?? event.region) : undefined;
  const parts = [region, event.place].filter((p): p is string => Boolean(p));
  return parts.length > 0 ? parts.join(', ') : undefined;
}

/** The ceasefire an event is reported to have broken, as words with its start. */
export function violationText(
  data: Dataset,
  event: TimelineEvent,
  locale: string,
): string | undefined {
  if (!event.violates) return undefined;
  const ceasefire = data.events.find((e) => e.id === event.violates);
  if (!ceasefire) return undefined;
  const name = ceasefire.brokeredIn
    ? `the ${ceasefire.brokeredIn} ceasefire`
    : `the ceasefire “${ceasefire.title}”`;
  return `Reported as a violation of ${name} (${datedText(ceasefire.date, ceasefire.dateOf, locale)})`;
}

export function metricLabel(data: Dataset, metric: MetricId): string {
  return data.metrics.find((m) => m.id === metric)?.label ?? metric.replace(/-/g, ' ');
}

/** "10 civilians killed", "no casualty figure reported" (attacks and violations without one). */
export function killedText(
  data: Dataset,
  event: TimelineEvent,
  locale: string,
): string | undefined {
  if (event.kind === 'ceasefire') return undefined;
  const f = killedFigure(data, event);
  return f
    ? `${qualifiedNumber(f.value, f.qualifier, locale)} ${metricLabel(data, 'killed')}`
    : 'no casualty figure reported';
}

/** An event's date with what it marks: "start agreed for 10 Oct 2020, 12:00, time zone not stated". */
export const eventDate = (event: TimelineEvent, locale: string) =>
  datedText(event.date, event.dateOf, locale);

/** One line per event for lists: "11 Oct 2020, about 04:00, time zone not stated. Reported ceasefire violation: title. Ganja. 10 civilians killed." */
export function eventLine(data: Dataset, event: TimelineEvent, locale: string): string {
  const when = eventDate(event, locale);
  const parts = [
    when.charAt(0).toUpperCase() + when.slice(1),
    `${KIND_LABEL[event.kind]}: ${event.title}`,
    placeText(data, event),
    killedText(data, event, locale),
  ];
  return `${parts.filter((p): p is string => Boolean(p)).join('. ')}.`;
}

/** "100 attacks, 43 reported violations": what a group holds. */
export function groupKinds(events: readonly TimelineEvent[], locale: string): string {
  const counts: Record<EventKind, number> = { ceasefire: 0, violation: 0, attack: 0 };
  for (const e of events) counts[e.kind]++;
  return (['ceasefire', 'violation', 'attack'] as const)
    .filter((kind) => counts[kind] > 0)
    .map((kind) => count(counts[kind], kind, locale))
    .join(', ');
}

/** "143 events, 11 Oct 2020 to 12 Oct 2020 (100 attacks, 43 reported violations)". */
export function groupText(events: readonly TimelineEvent[], locale: string): string {
  const first = events.at(0);
  const last = events.at(-1);
  if (!first || !last) return '';
  const span =
    first.date.value?.slice(0, 10) === last.date.value?.slice(0, 10)
      ? formatDay(first.date.value ?? '', locale)
      : `${formatDay(first.date.value ?? '', locale)} to ${formatDay(last.date.value ?? '', locale)}`;
  return `${eventCount(events.length, locale)}, ${span} (${groupKinds(events, locale)})`;
}

/** The totals line in words: "Reported national total of civilians killed: 91 as of 4 Nov 2020." */
export function totalsText(data: Dataset, points: readonly Snapshot[], locale: string): string {
  const label = metricLabel(data, 'killed');
  if (points.length === 0) return `No dated national total of ${label} falls in this range.`;
  const values = points.map(
    (p) =>
      `${qualifiedNumber(p.figure.value, p.figure.qualifier, locale)} ${asOfText(p.figure.asOf, locale)}`,
  );
  return `Reported national total of ${label}: ${values.join('; ')}.`;
}

/** The totals panel's caption. */
export function totalsCaption(data: Dataset): string {
  return `Reported national total, ${metricLabel(data, 'killed')} (dated figures only)`;
}

/** "1 undated snapshot not shown." */
export function undatedSnapshotsText(n: number, locale: string): string {
  return `${counted(n, 'undated snapshot', 'undated snapshots', locale)} not shown.`;
}

/** "2 events have no stated date and are not placed on the axis: A; B." */
export function undatedEventsText(events: readonly TimelineEvent[], locale: string): string {
  const n = events.length;
  return `${counted(n, 'event has', 'events have', locale)} no stated date and ${n === 1 ? 'is' : 'are'} not placed on the axis: ${events.map((e) => e.title).join('; ')}.`;
}

/**
 * "Region A · at least 3 civilians killed · reported violation of the City X
 * ceasefire"; a ceasefire's row says what its date marks ("Agreed"), and a
 * time on no stated clock says so, as the row's date column has no room.
 */
export function rowMeta(data: Dataset, event: TimelineEvent, locale: string): string {
  const ceasefire = event.violates ? data.events.find((e) => e.id === event.violates) : undefined;
  const parts = [
    event.dateOf && event.dateOf !== 'occurred' ? dateLabel(event.dateOf) : undefined,
    event.date.timeZone === 'not-stated' ? 'time zone not stated' : undefined,
    placeText(data, event),
    killedText(data, event, locale),
    ceasefire
      ? `reported violation of the ${ceasefire.brokeredIn ?? ceasefire.title} ceasefire`
      : undefined,
  ];
  return parts.filter((p): p is string => Boolean(p)).join(' · ');
}

/** "143 events": a day's row in the narrow list. */
export function eventCount(n: number, locale: string): string {
  return counted(n, 'event', 'events', locale);
}

/** What the status region says when the selection changes. */
export function announcement(
  order: readonly TimelineEvent[],
  position: number | undefined,
  group: readonly TimelineEvent[] | undefined,
  locale: string,
): string {
  if (group) return `Group: ${groupText(group, locale)}.`;
  const event = position === undefined ? undefined : order.at(position);
  if (!event || position === undefined) return '';
  const n = `${formatNumber(position + 1, locale)} of ${formatNumber(order.length, locale)}`;
  return `${KIND_LABEL[event.kind]}: ${event.title}, ${eventDate(event, locale)}. ${n}.`;
}
