import type { ClaimSubject, DateMeaning, EventKind } from '../../data/types.js';
import { messages, sentence } from '../../internal/i18n.js';

/**
 * Every word <cw-ceasefire-timeline> writes, in English; other languages:
 * src/i18n/. Violations and attacks are claims: the words say "reported",
 * never "attack" as fact. Numbers and dates arrive formatted for the locale.
 */
export const TIMELINE_EN = {
  loading: 'Loading events…',
  defaultTitle: 'Ceasefires, reported violations and attacks',
  titleBy: (reportedBy: string) =>
    `Ceasefires, violations and attacks as reported by ${reportedBy}`,
  /** An event's kind as a label. */
  kind: {
    ceasefire: 'Ceasefire',
    violation: 'Reported ceasefire violation',
    attack: 'Reported attack on a populated area',
  } satisfies Record<EventKind, string>,
  /** "3 ceasefires", "no ceasefires": a count of events of one kind; `n` is the number, `count` it formatted. */
  kindCount: (kind: EventKind, n: number, count: string) =>
    `${n === 0 ? 'no' : count} ${
      {
        ceasefire: n === 1 ? 'ceasefire' : 'ceasefires',
        violation: n === 1 ? 'reported ceasefire violation' : 'reported ceasefire violations',
        attack:
          n === 1 ? 'reported attack on a populated area' : 'reported attacks on populated areas',
      }[kind]
    }`,
  eventCount: (n: number, count: string) => `${count} ${n === 1 ? 'event' : 'events'}`,
  /** What an event's date marks, as a label ("Agreed") and inline before the date ("agreed 24 Oct"). */
  dateOf: {
    occurred: 'When',
    agreed: 'Agreed',
    announced: 'Announced',
    reaffirmed: 'Reaffirmed',
    'agreed-start': 'Agreed start',
  } satisfies Record<DateMeaning, string>,
  datedAs: {
    occurred: (date: string) => date,
    agreed: (date: string) => `agreed ${date}`,
    announced: (date: string) => `announced ${date}`,
    reaffirmed: (date: string) => `reaffirmed ${date}`,
    'agreed-start': (date: string) => `start agreed for ${date}`,
  } satisfies Record<DateMeaning, (date: string) => string>,
  zoneNotStated: (date: string) => `${date}, time zone not stated`,
  localTime: (date: string) => `${date} local time`,
  timeZoneNotStated: 'time zone not stated',
  /** What a claim is about. */
  claim: {
    date: 'Date',
    place: 'Place',
    terms: 'Terms',
    munitions: 'Munitions',
    perpetrator: 'Attribution',
    damage: 'Damage',
    violation: 'Ceasefire breach',
  } satisfies Record<ClaimSubject, string>,
  claimDated: (label: string, date: string) => `${label} (${date})`,
  /** "Counted as the third violation." */
  countedAs: (ordinal: number, count: string) =>
    `Counted as the ${ordinalWord(ordinal, count)} violation.`,
  alsoCalls: (title: string, ordinal: number, count: string) =>
    `Another passage also calls “${title}” the ${ordinalWord(ordinal, count)}.`,
  /** The card's labels. */
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
  close: 'Close details',
  /** Under a card's list cut at `shown` events. */
  listCut: (shown: string, total: string) =>
    `Showing the first ${shown} of ${total}; the arrow keys on the timeline step through all of them.`,
  group: 'Group of events',
  chooseEvent: 'Choose an event:',
  /** "Reported attack on a populated area · 3 of 10". */
  position: (kind: string, n: string, of: string) => `${kind} · ${n} of ${of}`,
  noFigures: 'None stated for this event',
  noCasualtyFigure: 'No casualty figure reported',
  /** `status` is a full sentence. */
  attribution: (credits: string, status: string, where: string) =>
    `Source: ${credits}. ${status} Cited from ${where}.`,
  /** The other versions of a figure, as a list. */
  alsoGiven: (also: string) => `Also given: ${also}.`,
  /** A label: the dataset's reason follows it, after common.colon, in the dataset's language. */
  whyThisVersion: 'Why this version',
  keys: 'Arrow keys move between events in time order without opening them; Home and End go to the first and last; Enter or Space opens the details; Escape closes them.',
  eventList: 'Events in time order',
  /** The legend's words for each shape. */
  legend: {
    ceasefire:
      'Ceasefire, marked on the date it was agreed or announced, or the start it was agreed for; not a claim that it took effect or held',
    violation:
      'Reported ceasefire violation, linked to the ceasefire it is reported to have broken',
    attack: 'Reported attack on a populated area',
  } satisfies Record<EventKind, string>,
  legendNoFigure: 'No casualty figure reported',
  legendGroup:
    'Nearby events, grouped: the number counts them, the marker is sized by the largest; select to list them',
  /** The names written on the wide layout's lanes. */
  lane: {
    violation: 'Reported ceasefire violations',
    attack: 'Reported attacks on populated areas',
  } satisfies Record<Exclude<EventKind, 'ceasefire'>, string>,
  /** A direct label's first line: "Barda, 28 Oct", "Moscow, 10 Oct"; the date alone without a place. */
  labelHead: (place: string | undefined, day: string) => (place ? `${place}, ${day}` : day),
  /** A direct label's toll: "at least 21 killed". */
  labelToll: (figure: string) => `${figure} killed`,
  legendSize: (largest: string) =>
    `Marker area shows reported deaths, for reported attacks and violations alike (largest: ${largest})`,
  /** "3 ceasefires and 4 reported violations between 27 Sep and 4 Nov 2020". */
  summaryBetween: (counts: string, from: string, to: string) =>
    `${counts} between ${from} and ${to}`,
  summaryOn: (counts: string, day: string) => `${counts} on ${day}`,
  brokeredIn: (place: string) => `Brokered in ${place}`,
  violationOf: (ceasefire: string, date: string) =>
    `Reported as a violation of ${ceasefire} (${date})`,
  ceasefireAt: (place: string) => `the ${place} ceasefire`,
  ceasefireTitled: (title: string) => `the ceasefire “${title}”`,
  /** In a list row: "reported violation of the Moscow ceasefire". */
  violationOfShort: (ceasefire: string) => `reported violation of the ${ceasefire} ceasefire`,
  /** In lists: "At least 21 civilians killed, according to X. Reported by a party…; not independently verified." `figure` is common.counted; `status` is a sentence. */
  accordingTo: (figure: string, credits: string, status: string) =>
    `${figure}, according to ${credits}. ${status}`,
  noCasualty: 'no casualty figure reported',
  /** A corroborated claim in the list of events: `text` is the dataset's own sentence; the status follows. */
  claimAccordingTo: (about: string, credits: string, text: string) =>
    `${about}, according to ${credits}: ${text}`,
  /** "143 events, 11 Oct 2020 to 12 Oct 2020 (100 attacks, 43 reported violations)". */
  groupText: (events: string, span: string, kinds: string) => `${events}, ${span} (${kinds})`,
  dayRange: (from: string, to: string) => `${from} to ${to}`,
  totals: (metric: string, values: string) =>
    `Reported national total of ${metric}: ${sentence(values)}`,
  noTotals: (metric: string) => `No dated national total of ${metric} falls in this range.`,
  totalsCaption: (metric: string) => `Reported national total, ${metric} (dated figures only)`,
  undatedSnapshots: (n: number, count: string) =>
    `${count} undated snapshot${n === 1 ? '' : 's'} not shown.`,
  undatedEvents: (n: number, count: string, titles: string) =>
    `${count} ${n === 1 ? 'event has' : 'events have'} no stated date and ${n === 1 ? 'is' : 'are'} not placed on the axis: ${titles}.`,
  /** What the status region says when a group or event is chosen. */
  announceGroup: (group: string) => `Group: ${sentence(group)}`,
  announceEvent: (kind: string, title: string, date: string, n: string, of: string) =>
    `${kind}: ${title}, ${sentence(date)} ${n} of ${of}.`,
};

const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth'];
function ordinalWord(n: number, count: string): string {
  return ORDINALS[n - 1] ?? `number ${count}`;
}

export type TimelineMessages = typeof TIMELINE_EN;

/** The timeline's words for `locale`. */
export const timelineWords = (locale: string) => messages(locale, 'timeline', TIMELINE_EN);
