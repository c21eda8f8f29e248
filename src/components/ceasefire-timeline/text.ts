import type {
  ClaimSubject,
  Dataset,
  DateMeaning,
  DateStamp,
  EventKind,
  MetricId,
  TimelineEvent,
} from '../../data/types.js';
import { METRIC_IDS } from '../../data/types.js';
import {
  discrepanciesOf,
  findRegion,
  killedFigure,
  stampTime,
  versionsOf,
  type Snapshot,
} from '../../data/query.js';
import {
  asOfText,
  formatDay,
  formatUtc,
  formatNumber,
  formatStamp,
  countedText,
  qualifiedNumber,
} from '../../internal/format.js';
import {
  capitalise,
  isolated,
  listText,
  sentence,
  wordsDirection,
  type Words,
} from '../../internal/i18n.js';
import { labelsIn, shownLabels } from '../../internal/labels.js';
import { common, phraseList } from '../../internal/messages.js';
import { creditText, statusText } from '../../internal/source-text.js';
import type { Tick } from './layout/types.js';
import { timelineWords } from './messages.js';

/**
 * The sentences <cw-ceasefire-timeline> writes, built from the words of
 * messages.ts for the locale. Pure, so the element only places them.
 */

/** The title: whose account this is, where the dataset says (Dataset.scope). */
export function titleText(data: Dataset, locale: string): string {
  const who = data.scope?.reportedBy;
  const words = timelineWords(locale);
  return who ? words.titleBy(who) : words.defaultTitle;
}

/** The card's label for an event's date: "When", "Agreed", "Agreed start". */
export const dateLabel = (dateOf: DateMeaning = 'occurred', locale: string) =>
  timelineWords(locale).dateOf[dateOf];

/** "10 Oct 2020, 12:00, time zone not stated", "28 Oct 2020, about 13:30 local time". */
export function stampText(stamp: DateStamp, locale: string): string {
  const text = formatStamp(stamp, locale);
  const words = timelineWords(locale);
  if (stamp.timeZone === 'not-stated') return words.zoneNotStated(text);
  return stamp.timeZone === 'local' ? words.localTime(text) : text;
}

/** "agreed 24 Oct 2020", "start agreed for 10 Oct 2020, 12:00, …", or the bare date. */
export function datedText(stamp: DateStamp, dateOf: DateMeaning | undefined, locale: string) {
  return timelineWords(locale).datedAs[dateOf ?? 'occurred'](stampText(stamp, locale));
}

/** What a claim is about, with the date it gives: "Date (agreed 9 Oct 2020)". */
export function claimLabel(
  claim: { about: ClaimSubject; date?: DateStamp; dateOf?: DateMeaning },
  locale: string,
): string {
  const words = timelineWords(locale);
  const label = words.claim[claim.about];
  return claim.date ? words.claimDated(label, datedText(claim.date, claim.dateOf, locale)) : label;
}

/**
 * "Counted as the third violation. Another passage also calls “…” the third."
 * Two passages can give the same number to different events: both are shown.
 */
export function ordinalText(
  data: Dataset,
  event: TimelineEvent,
  ordinal: number,
  locale: string,
): string {
  const words = timelineWords(locale);
  const count = formatNumber(ordinal, locale);
  const others = data.events.filter(
    (e) => e !== event && e.claims?.some((c) => c.about === 'violation' && c.ordinal === ordinal),
  );
  return [
    words.countedAs(ordinal, count),
    ...others.map((e) => words.alsoCalls(e.title, ordinal, count)),
  ].join(' ');
}

/** "Source: Amnesty International. Corroborated by an independent organisation. Cited from section 7 (…)." */
export function attributionText(
  credits: readonly string[],
  status: string,
  where: string,
  locale: string,
): string {
  return timelineWords(locale).attribution(phraseList(credits, locale), status, where);
}

/** The notes of discrepancies that involve any figure of these events. */
export function discrepancyNotes(data: Dataset, events: readonly TimelineEvent[]): string[] {
  const ids = events.flatMap((e) => Object.values(e.figures).flatMap((fs) => fs.map((f) => f.id)));
  return discrepanciesOf(data, ids).map((d) => d.note);
}

/** "Marker area shows reported deaths, … (largest: 21)". */
export function legendSizeText(maxKilled: number, locale: string): string {
  return timelineWords(locale).legendSize(formatNumber(maxKilled, locale));
}

/** "27 Sep", or "27 Sep 2020" with the year. */
export function shortDay(time: number, locale: string, withYear = false): string {
  return formatUtc(time, locale, withYear ? 'day' : 'day-no-year');
}

/** "about 04:00", "12:00", or '' when the source states only the day. */
export function timeOfDay(event: TimelineEvent, locale: string): string {
  const { value, precision } = event.date;
  if (!value || (precision !== 'time' && precision !== 'about-time')) return '';
  return common(locale).time(value.slice(11, 16), precision === 'about-time');
}

/** An axis label as coarse as the tick step: "12:00", "4 Oct", "Oct 2020", "2021". */
export function tickLabel(tick: Tick, locale: string): string {
  const { time, unit, withYear } = tick;
  if (unit === 'time') return formatUtc(time, locale, 'time');
  if (unit === 'year') return formatUtc(time, locale, 'year');
  if (unit === 'month') return formatUtc(time, locale, withYear ? 'month-year' : 'month');
  return shortDay(time, locale, withYear);
}

const count = (n: number, kind: EventKind, locale: string) =>
  timelineWords(locale).kindCount(kind, n, formatNumber(n, locale));

/** "3 ceasefires, 4 reported violations and 2 attacks between 27 Sep and 4 Nov 2020". */
export function summaryText(
  events: readonly TimelineEvent[],
  kinds: readonly EventKind[],
  range: readonly [number, number],
  locale: string,
): string {
  const words = timelineWords(locale);
  const counts = listText(
    locale,
    kinds.map((kind) => count(events.filter((e) => e.kind === kind).length, kind, locale)),
  );
  const [from, to] = range;
  const sameYear = new Date(from).getUTCFullYear() === new Date(to).getUTCFullYear();
  return sentence(
    capitalise(
      from === to
        ? words.summaryOn(counts, shortDay(from, locale, true))
        : words.summaryBetween(
            counts,
            shortDay(from, locale, !sameYear),
            shortDay(to, locale, true),
          ),
      locale,
    ),
  );
}

/** The name of an event's region, in the dataset's words (its id when the data has no such region). */
const regionName = (data: Dataset, event: TimelineEvent) =>
  event.region ? (findRegion(data, event.region)?.name ?? event.region) : undefined;

/** "Ganja, Residential neighbourhood near a hospital", "Brokered in Moscow", or undefined. */
export function placeText(data: Dataset, event: TimelineEvent, locale: string): string | undefined {
  if (event.kind === 'ceasefire')
    return event.brokeredIn ? timelineWords(locale).brokeredIn(event.brokeredIn) : undefined;
  // Isolated: a name written the other way ("كنجة") would draw in the toll
  // that follows it in a row ("كنجة · 10 civilians killed").
  const dir = wordsDirection(locale);
  const parts = [regionName(data, event), event.place]
    .filter((p): p is string => Boolean(p))
    .map((p) => isolated(p, dir));
  return parts.length > 0 ? parts.join(', ') : undefined;
}

/**
 * A direct label on the wide layout: a ceasefire's place and date ("Moscow,
 * 10 Oct"); an event's place, date and toll ("Barda, 28 Oct" / "at least 21
 * killed"). A group's label is its largest member's: the one its marker shows.
 */
export function labelLines(data: Dataset, event: TimelineEvent, locale: string): string[] {
  const words = timelineWords(locale);
  const day = shortDay(stampTime(event.date) ?? 0, locale);
  if (event.kind === 'ceasefire') return [words.labelHead(event.brokeredIn ?? event.title, day)];
  const head = words.labelHead(regionName(data, event) ?? event.place, day);
  const f = killedFigure(data, event);
  if (!f) return [head];
  return [head, words.labelToll(qualifiedNumber(f.value, f.qualifier, locale))];
}

/** The ceasefire an event is reported to have broken, as words with its start. */
export function violationText(
  data: Dataset,
  event: TimelineEvent,
  locale: string,
): string | undefined {
  const ceasefire = violated(data, event);
  if (!ceasefire) return undefined;
  const words = timelineWords(locale);
  const name = ceasefire.brokeredIn
    ? words.ceasefireAt(ceasefire.brokeredIn)
    : words.ceasefireTitled(ceasefire.title);
  return words.violationOf(name, datedText(ceasefire.date, ceasefire.dateOf, locale));
}

/** The ceasefire an event is reported to have broken, where the data holds it. */
const violated = (data: Dataset, event: TimelineEvent) =>
  event.violates ? data.events.find((e) => e.id === event.violates) : undefined;

/** "reported violation of the Moscow ceasefire": where it was brokered, else its title. */
const violationShort = (ceasefire: TimelineEvent, locale: string) =>
  timelineWords(locale).violationOfShort(ceasefire.brokeredIn ?? ceasefire.title);

/**
 * `text`, one of the timeline's sentences about `events`, with their titles
 * and the metrics' labels marked where the reader gets them untranslated
 * (labelsIn()).
 */
export const eventLabelsIn = (
  data: Dataset,
  locale: string,
  text: string,
  events: readonly TimelineEvent[],
): Words =>
  labelsIn(data, locale, text, [
    ...events.map((e) => ({ event: e.id, text: e.title })),
    ...events.flatMap(corroboratedClaims).map((c) => ({ claim: c.id, text: c.text })),
    ...shownLabels(data, data.metrics),
  ]);

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
  const words = timelineWords(locale);
  return f ? countedText(f, metricLabel(data, 'killed'), locale) : words.noCasualty;
}

/** An event's date with what it marks: "start agreed for 10 Oct 2020, 12:00, time zone not stated". */
export const eventDate = (event: TimelineEvent, locale: string) =>
  datedText(event.date, event.dateOf, locale);

/** The figures an event's card shows first (killed, injured, …): the version of each the dataset shows by default. */
function shownFigures(data: Dataset, event: TimelineEvent) {
  return METRIC_IDS.flatMap((metric) => {
    const { shown } = versionsOf(data, event.figures[metric] ?? []);
    return shown ? [{ metric, figure: shown }] : [];
  });
}

/** "At least 21 civilians killed and about 70 civilians injured"; "No casualty figure reported"; nothing for a ceasefire. */
export function figuresText(
  data: Dataset,
  event: TimelineEvent,
  locale: string,
): string | undefined {
  if (event.kind === 'ceasefire') return undefined;
  const words = timelineWords(locale);
  const figures = shownFigures(data, event).map(({ metric, figure }) =>
    countedText(figure, metricLabel(data, metric), locale),
  );
  return capitalise(figures.length > 0 ? listText(locale, figures) : words.noCasualty, locale);
}

/**
 * One line per event for lists, its labels marked (eventLabelsIn()): "11 Oct
 * 2020, about 04:00, time zone not stated. Reported violation of the Moscow
 * ceasefire: title. Ganja. 10 civilians killed, according to X. Reported by
 * a party to the conflict; not independently verified.", then any claim an
 * independent organisation corroborated.
 */
export function eventLine(data: Dataset, event: TimelineEvent, locale: string): Words {
  const words = timelineWords(locale);
  const ceasefire = violated(data, event);
  const kind = ceasefire
    ? capitalise(violationShort(ceasefire, locale), locale)
    : words.kind[event.kind];
  const head = [
    capitalise(eventDate(event, locale), locale),
    `${kind}${common(locale).colon} ${event.title}`,
    placeText(data, event, locale),
  ].filter((p): p is string => Boolean(p));
  const line = [
    ...head.map(sentence),
    ...tollText(data, event, locale),
    ...corroboratedText(data, event, locale),
  ].join(' ');
  return eventLabelsIn(data, locale, line, ceasefire ? [event, ceasefire] : [event]);
}

/** Each figure shown with its credit and status, or that none was reported; nothing for a ceasefire. */
function tollText(data: Dataset, event: TimelineEvent, locale: string): string[] {
  if (event.kind === 'ceasefire') return [];
  const words = timelineWords(locale);
  const figures = shownFigures(data, event).map(({ metric, figure }) =>
    words.accordingTo(
      capitalise(countedText(figure, metricLabel(data, metric), locale), locale),
      phraseList(creditText(data, figure, locale), locale),
      statusText(data, [figure], locale),
    ),
  );
  return figures.length > 0 ? figures : [sentence(capitalise(words.noCasualty, locale))];
}

/** The claims of an event an independent organisation is cited as having verified. */
const corroboratedClaims = (event: TimelineEvent) =>
  (event.claims ?? []).filter((c) => c.status === 'corroborated');

/**
 * "Munitions, according to Amnesty International: … Corroborated by an
 * independent organisation.": what was verified, in the list of events, since
 * the event's own status (and its toll's) may well be "reported".
 */
const corroboratedText = (data: Dataset, event: TimelineEvent, locale: string) =>
  corroboratedClaims(event).map(
    (c) =>
      `${sentence(
        timelineWords(locale).claimAccordingTo(
          claimLabel(c, locale),
          phraseList(creditText(data, c, locale), locale),
          c.text,
        ),
      )} ${statusText(data, [c], locale)}`,
  );

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
  const words = timelineWords(locale);
  const from = formatDay(first.date.value ?? '', locale);
  const span =
    first.date.value?.slice(0, 10) === last.date.value?.slice(0, 10)
      ? from
      : words.dayRange(from, formatDay(last.date.value ?? '', locale));
  return words.groupText(eventCount(events.length, locale), span, groupKinds(events, locale));
}

/** The totals line in words: "Reported national total of civilians killed: 91 as of 4 Nov 2020." */
export function totalsText(data: Dataset, points: readonly Snapshot[], locale: string): string {
  const words = timelineWords(locale);
  const label = metricLabel(data, 'killed');
  if (points.length === 0) return words.noTotals(label);
  const values = points.map(
    (p) =>
      `${qualifiedNumber(p.figure.value, p.figure.qualifier, locale)} ${asOfText(p.figure.asOf, locale)}`,
  );
  return words.totals(label, phraseList(values, locale));
}

/** The totals panel's caption. */
export function totalsCaption(data: Dataset, locale: string): string {
  return timelineWords(locale).totalsCaption(metricLabel(data, 'killed'));
}

/** "1 undated snapshot not shown." */
export function undatedSnapshotsText(n: number, locale: string): string {
  return timelineWords(locale).undatedSnapshots(n, formatNumber(n, locale));
}

/** "2 events have no stated date and are not placed on the axis: A; B." */
export function undatedEventsText(events: readonly TimelineEvent[], locale: string): string {
  const n = events.length;
  const titles = phraseList(
    events.map((e) => e.title),
    locale,
  );
  return timelineWords(locale).undatedEvents(n, formatNumber(n, locale), titles);
}

/**
 * "Region A · at least 3 civilians killed · reported violation of the City X
 * ceasefire"; a ceasefire's row says what its date marks ("Agreed"), and a
 * time on no stated clock says so, as the row's date column has no room.
 * The labels in it are marked (eventLabelsIn()), the violated ceasefire's
 * title among them.
 */
export function rowMeta(data: Dataset, event: TimelineEvent, locale: string): Words {
  const words = timelineWords(locale);
  const ceasefire = violated(data, event);
  const parts = [
    event.dateOf && event.dateOf !== 'occurred' ? dateLabel(event.dateOf, locale) : undefined,
    event.date.timeZone === 'not-stated' ? words.timeZoneNotStated : undefined,
    placeText(data, event, locale),
    killedText(data, event, locale),
    ceasefire ? violationShort(ceasefire, locale) : undefined,
  ];
  const text = parts.filter((p): p is string => Boolean(p)).join(' · ');
  return eventLabelsIn(data, locale, text, ceasefire ? [ceasefire] : []);
}

/** "143 events": a day's row in the narrow list. */
export function eventCount(n: number, locale: string): string {
  return timelineWords(locale).eventCount(n, formatNumber(n, locale));
}

/** What the status region says when the selection changes. */
export function announcement(
  data: Dataset,
  order: readonly TimelineEvent[],
  position: number | undefined,
  group: readonly TimelineEvent[] | undefined,
  locale: string,
): string {
  const words = timelineWords(locale);
  if (group) return words.announceGroup(groupText(group, locale));
  const event = position === undefined ? undefined : order.at(position);
  if (!event || position === undefined) return '';
  const said = words.announceEvent(
    words.kind[event.kind],
    event.title,
    eventDate(event, locale),
    formatNumber(position + 1, locale),
    formatNumber(order.length, locale),
  );
  // The figures, without their credits: those are one Enter away, in the card.
  const figures = figuresText(data, event, locale);
  return figures ? `${said} ${sentence(figures)}` : said;
}
