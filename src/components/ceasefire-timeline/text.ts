import type { Dataset, EventKind, MetricId, TimelineEvent } from '../../data/types.js';
import { findRegion, killedFigure, type Snapshot } from '../../data/query.js';
import {
  asOfText,
  formatDay,
  formatUtc,
  formatNumber,
  formatStamp,
  qualifiedNumber,
} from '../../internal/format.js';
import type { Tick } from './layout/types.js';

export const KIND_WORDS: Record<EventKind, [string, string]> = {
  ceasefire: ['ceasefire', 'ceasefires'],
  violation: ['reported violation', 'reported violations'],
  attack: ['attack', 'attacks'],
};

export const KIND_LABEL: Record<EventKind, string> = {
  ceasefire: 'Ceasefire',
  violation: 'Reported violation',
  attack: 'Attack',
};

export const DEFAULT_LABEL = 'Ceasefires, reported violations and attacks';

export const KEYS_HELP =
  'Arrow keys move between events in time order; Home and End go to the first and last; Enter opens the details; Escape closes them.';

export const LOADING = 'Loading events…';

/** The name of the list that stands in for the drawing for screen readers. */
export const EVENT_LIST_LABEL = 'Events in time order';

/** The legend's words for each shape. */
export const LEGEND = {
  ceasefire: 'Ceasefire, shaded until the next one',
  violation: 'Reported violation, linked to the ceasefire it is reported to have broken',
  attack: 'Attack on a populated area',
  noFigure: 'No casualty figure reported',
  group: 'Nearby events, grouped; select to list them',
} as const;

/** "Marker area shows reported deaths, … (largest: 21)". */
export function legendSizeText(maxKilled: number, locale: string): string {
  return `Marker area shows reported deaths, for attacks and violations alike (largest: ${formatNumber(maxKilled, locale)})`;
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
  return `Reported as a violation of ${name} (in force from ${formatStamp(ceasefire.date, locale)})`;
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

/** One line per event for lists: "11 Oct 2020, about 04:00. Reported violation: title. Ganja. 10 civilians killed." */
export function eventLine(data: Dataset, event: TimelineEvent, locale: string): string {
  const parts = [
    formatStamp(event.date, locale),
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

/** "Region A · at least 3 civilians killed · reported violation of the City X ceasefire". */
export function rowMeta(data: Dataset, event: TimelineEvent, locale: string): string {
  const ceasefire = event.violates ? data.events.find((e) => e.id === event.violates) : undefined;
  const parts = [
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
  return `${KIND_LABEL[event.kind]}: ${event.title}, ${formatStamp(event.date, locale)}. ${n}.`;
}
