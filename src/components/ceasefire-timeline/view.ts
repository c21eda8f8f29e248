import {
  DAY_MS,
  dataRange,
  killedFigure,
  parseDay,
  timeline,
  totalsSnapshots,
  type Snapshot,
  type Timeline,
} from '../../data/query.js';
import { textLanguage, translated } from '../../data/translate.js';
import type { Dataset, EventKind, TimelineEvent } from '../../data/types.js';
import { invalidAttribute, quote, unset } from '../../internal/attributes.js';
import type { DataState } from '../../internal/data-controller.js';
import type { CwError } from '../../internal/errors.js';
import { wordsIn, type Words } from '../../internal/i18n.js';
import {
  citedIn,
  scopeOf,
  sourceText,
  type Attributed,
  type Scope,
} from '../../internal/source-text.js';
import { type Shown } from '../../data/csv-write.js';
import { filesOf, type Files } from '../../internal/get-actions.js';
import { layoutTimeline } from './layout/layout.js';
import { MARKER, eventMark, groupGlyph, kindGlyph } from './layout/markers.js';
import type { EventMark, Glyph, TimelineLayout } from './layout/types.js';
import { readOptions, type TimelineAttributes, type TimelineOptions } from './options.js';
import { timelineWords } from './messages.js';
import {
  announcement,
  discrepancyNotes,
  eventLabelsIn,
  labelLines,
  legendSizeText,
  summaryText,
  tickLabel,
  totalsCaption,
  titleText,
  totalsText,
  undatedEventsText,
  undatedSnapshotsText,
} from './text.js';

/** A glyph with the kind its colours come from. */
export interface GlyphUse {
  kind: EventKind | 'group';
  noFigure: boolean;
  glyph: Glyph;
}

/** Everything the element renders once data and attributes are usable. */
export interface Ready extends Files {
  status: 'ready';
  data: Dataset;
  locale: string;
  title: string;
  kinds: readonly EventKind[];
  timeline: Timeline;
  layout: TimelineLayout;
  summary: string;
  legend: { glyphs: GlyphUse[]; text: string }[];
  /**
   * What the drawing leaves out, the totals in words, and where figures in
   * view do not add up; `hidden` lines are for screen readers only.
   */
  /** Each note as a reader gets it: the dataset's own words, labels and titles marked with their language. */
  notes: { words: Words; hidden: boolean }[];
  totalsCaption: string;
  /** The dataset's scope statement (see scopeOf()). */
  scope: Scope;
  /** The source line, its citations' words marked (see citedIn()). */
  source: Words;
  selection: Selection;
}

/** What is selected: an event (by `selected`), or an open group. */
export interface Selection {
  /** Position in `layout.order` of the selected event. */
  position?: number;
  event?: TimelineEvent;
  group?: readonly TimelineEvent[];
  /** Key of the mark or row drawn as active: the open card's, else the keyboard's. */
  activeKey?: string;
  /** Key of the mark or row whose card is open. */
  cardKey?: string;
  /** The open card's event, drawn on its own over the group that holds it, so it stays visible on the axis. */
  pinned?: EventMark;
  /** What the status region says. */
  announcement: string;
  /** A `selected` id that is not an event shown: reported, while the timeline stays. */
  problem?: CwError;
}

export type TimelineView =
  | { status: 'loading'; title: string }
  | {
      status: 'error';
      title: string;
      error: CwError;
      /** The element's own attributes are at fault, not the data. */
      own: boolean;
    }
  | Ready;

export interface ViewInputs extends TimelineAttributes {
  state: DataState;
  locale: string;
  /** The element's content width in px. */
  width: number;
  /** The element's font size in px (1em of its root). */
  fontSize: number;
  /** Key of the group whose card is open. */
  openGroup: string | undefined;
  /** The keyboard's active position in time order (x.5: before a group). */
  cursor: number | undefined;
  /** Offer the shown events as a CSV file. */
  download?: boolean;
}

type Drawn = Omit<Ready, 'selection' | 'title'>;
type Failed = Extract<TimelineView, { status: 'error' }>;

const problem = (message: string): Omit<Failed, 'title'> => ({
  status: 'error',
  error: invalidAttribute(message),
  own: true,
});

/** The wide layout's text size: the chart's CSS (max(12px, 0.8125em)) in px, as layout lays it out. */
export const chartFontSize = (fontSize: number) => Math.max(12, 0.8125 * fontSize);

/**
 * What a download of the timeline holds: the events shown and listed, the
 * ceasefire lines drawn, the ceasefires the violations shown name (so the
 * file reads back whole), and the national totals drawn.
 */
function shownEvents(
  data: Dataset,
  tl: Timeline,
  kinds: readonly EventKind[],
  totals: readonly Snapshot[],
): Shown {
  const events = new Set([...tl.events, ...tl.undated].map((e) => e.id));
  if (kinds.includes('ceasefire')) for (const p of tl.ceasefires) events.add(p.ceasefire.id);
  for (const e of data.events) if (events.has(e.id) && e.violates) events.add(e.violates);
  return { figures: totals.map((p) => p.figure), events: [...events] };
}

/** The drawing and its words, from the data and every input but the selection. */
function draw(
  data: Dataset,
  v: ViewInputs,
  options: TimelineOptions,
  title: string,
): Drawn | Omit<Failed, 'title'> {
  const span = dataRange(data);
  const from = options.from ?? span?.from;
  const to = options.to ?? span?.to;
  if (from === undefined || to === undefined)
    return problem('The data has no dated events or figures to place on a timeline.');
  const start = parseDay(from) ?? 0;
  const last = parseDay(to) ?? 0;
  if (last < start) {
    const end = options.to === undefined ? `the data’s last day, ${to}` : `to=${quote(to)}`;
    return problem(`from=${quote(from)} is after ${end}.`);
  }
  const end = last + DAY_MS;
  const { kinds, showTotals } = options;
  const tl = timeline(data, { from, to, kinds });
  const totals = showTotals ? totalsSnapshots(data, start, end) : undefined;
  const killed = new Map<TimelineEvent, number | undefined>();
  for (const e of tl.events) killed.set(e, killedFigure(data, e)?.value);
  const words = timelineWords(v.locale);
  const layout = layoutTimeline(tl, v.width, {
    domain: [start, end],
    killed: (e) => killed.get(e),
    kinds,
    fontSize: chartFontSize(v.fontSize),
    labelOf: (e) => labelLines(data, e, v.locale),
    laneNames: words.lane,
    tickLabelOf: (t) => tickLabel(t, v.locale),
    ...(totals ? { totals: totals.points } : {}),
  });
  const snapshots: readonly Snapshot[] = totals?.points ?? [];
  // Claims too: an event is reported as a whole while one of its claims is corroborated.
  const events = [...tl.events, ...tl.undated];
  const items: Attributed[] = [
    ...events,
    ...events.flatMap((e) => e.claims ?? []),
    ...snapshots.map((p) => p.figure),
  ];
  return {
    status: 'ready',
    data,
    locale: v.locale,
    kinds,
    timeline: tl,
    layout,
    summary: summaryText(layout.order, kinds, [start, last], v.locale),
    legend: legendFor(layout, kinds, v.locale),
    notes: [
      ...(totals
        ? [
            {
              words: eventLabelsIn(data, v.locale, totalsText(data, snapshots, v.locale), []),
              // Drawn as a line, it is there for screen readers.
              hidden: snapshots.length > 0 && layout.mode === 'horizontal',
            },
          ]
        : []),
      ...(totals && totals.undated > 0
        ? [{ words: undatedSnapshotsText(totals.undated, v.locale), hidden: false }]
        : []),
      ...(tl.undated.length > 0
        ? [
            {
              words: eventLabelsIn(
                data,
                v.locale,
                undatedEventsText(tl.undated, v.locale),
                tl.undated,
              ),
              hidden: false,
            },
          ]
        : []),
      // Figures that do not add up are noted wherever any of them is shown.
      ...discrepancyNotes(data, tl.events).map((text) => ({
        words: wordsIn(textLanguage(data), text),
        hidden: false,
      })),
    ],
    totalsCaption: totalsCaption(data, v.locale),
    scope: scopeOf(data, v.locale, v.state.status === 'ready' ? v.state.warning : undefined),
    source: items.length > 0 ? citedIn(data, sourceText(data, items, v.locale), items) : '',
    ...filesOf(
      data,
      title,
      v.download ? shownEvents(data, tl, kinds, snapshots) : undefined,
      v.locale,
    ),
  };
}

/** What each shape means, for the kinds shown, with the glyphs the drawing uses. */
function legendFor(layout: TimelineLayout, kinds: readonly EventKind[], locale: string) {
  const use = (kind: EventKind, r?: number, noFigure = false): GlyphUse => ({
    kind,
    noFigure,
    glyph: kindGlyph(kind, r),
  });
  const words = timelineWords(locale);
  const items: Ready['legend'] = kinds.map((kind) => ({
    glyphs: [use(kind)],
    text: words.legend[kind],
  }));
  if (layout.maxKilled > 0)
    items.push({ glyphs: [], text: legendSizeText(layout.maxKilled, locale) });
  if (layout.hasNoFigure) {
    const hollow = kinds
      .filter((k) => k !== 'ceasefire')
      .map((k) => use(k, MARKER.rNoFigure, true));
    items.push({ glyphs: hollow, text: words.legendNoFigure });
  }
  if (layout.groups.size > 0) {
    const glyphs = [{ kind: 'group' as const, noFigure: false, glyph: groupGlyph(3) }];
    items.push({ glyphs, text: words.legendGroup });
  }
  return items;
}

function selectionOf(
  drawn: Drawn,
  selected: string | undefined,
  openGroup: string | undefined,
  cursor: number | undefined,
): Selection {
  const { data, layout, locale } = drawn;
  const position = selected === undefined ? undefined : layout.index.get(selected);
  const event = position === undefined ? undefined : layout.order[position];
  const group = openGroup === undefined ? undefined : layout.groups.get(openGroup);
  const cardKey = group ? openGroup : event ? layout.holder.get(event.id) : undefined;
  const alone = event && layout.mode === 'horizontal' ? layout.grouped.get(event.id) : undefined;
  // With no card open, the keyboard's active event is drawn and announced.
  const at = group || event ? position : cursor;
  const active = at === undefined ? undefined : layout.order[Math.ceil(at)];
  return {
    position,
    event,
    group,
    cardKey,
    ...(alone ? { pinned: eventMark(alone) } : {}),
    activeKey: cardKey ?? (active ? layout.holder.get(active.id) : undefined),
    announcement: announcement(
      data,
      layout.order,
      at !== undefined && Number.isInteger(at) ? at : undefined,
      group,
      locale,
    ),
    ...(selected !== undefined && position === undefined
      ? {
          problem: invalidAttribute(
            `selected=${quote(selected)} is not an event shown on this timeline.`,
          ),
        }
      : {}),
  };
}

/**
 * The view builder: data, attributes, locale and width in, what to render out.
 * Pure, with no reporting: the element reports what it says. It remembers the
 * last drawing, so choosing another event reuses the layout.
 */
export function viewBuilder(): (v: ViewInputs) => TimelineView {
  let last: { key: readonly unknown[]; drawn: ReturnType<typeof draw> } | undefined;
  return (v) => {
    const label = unset(v.label);
    if (v.state.status !== 'ready') {
      const title = label ?? timelineWords(v.locale).defaultTitle;
      return v.state.status === 'loading'
        ? { status: 'loading', title }
        : { status: 'error', title, error: v.state.error, own: false };
    }
    // Labels in the reader's language where the dataset gives them.
    const data = translated(v.state.data, v.locale);
    const title = label ?? titleText(data, v.locale);
    const read = readOptions(v);
    if (!read.ok) return { status: 'error', title, error: read.error, own: true };
    const { options } = read;
    const key = [
      data,
      options.from,
      options.to,
      options.kinds.join(),
      options.showTotals,
      v.locale,
      v.width,
      v.fontSize,
      title,
      v.download,
    ];
    if (!last || key.some((k, i) => k !== last?.key[i]))
      last = { key, drawn: draw(data, v, options, title) };
    const { drawn } = last;
    if (drawn.status === 'error') return { ...drawn, title };
    return {
      ...drawn,
      title,
      selection: selectionOf(drawn, options.selected, v.openGroup, v.cursor),
    };
  };
}
