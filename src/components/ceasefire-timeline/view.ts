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
import { EVENT_KINDS, type Dataset, type EventKind } from '../../data/types.js';
import type { CwError } from '../../internal/errors.js';
import { sourceText, type Attributed } from '../../internal/source-text.js';
import { layoutTimeline } from './layout.js';
import type { TimelineLayout } from './layout-types.js';
import { parseKinds } from './timeline-data.js';

export interface ViewInput {
  from: string | undefined;
  to: string | undefined;
  kinds: string | undefined;
  showTotals: boolean;
  width: number;
  locale: string;
}

/** Everything the element renders from, computed once per change of data, attributes or width. */
export interface Prepared {
  timeline: Timeline;
  layout: TimelineLayout;
  kinds: readonly EventKind[];
  /** First and last day shown, as ms at the start of each day. */
  range: readonly [number, number];
  totals?: { points: readonly Snapshot[]; undated: number };
  source: string;
}

const bad = (message: string): { error: CwError } => ({
  error: { code: 'invalid-attribute', message },
});

/**
 * Checks the element's attributes against the data and lays the timeline out.
 * Returns the problem instead when an attribute cannot be used: the element
 * shows it rather than guessing what was meant.
 */
export function prepare(data: Dataset, input: ViewInput): Prepared | { error: CwError } {
  for (const name of ['from', 'to'] as const) {
    const value = input[name];
    if (value !== undefined && parseDay(value) === undefined) {
      return bad(`The ${name} attribute must be a date like 2020-10-28; got “${value}”.`);
    }
  }
  let kinds: readonly EventKind[] = EVENT_KINDS;
  if (input.kinds !== undefined) {
    const parsed = parseKinds(input.kinds);
    if (!parsed.ok) {
      return bad(
        `The kinds attribute lists “${parsed.bad}”, which is not an event kind; use ${EVENT_KINDS.join(', ')}.`,
      );
    }
    kinds = EVENT_KINDS.filter((k) => parsed.kinds.includes(k));
  }
  const span = dataRange(data);
  const from = input.from ?? span?.from;
  const to = input.to ?? span?.to;
  if (from === undefined || to === undefined)
    return bad('The data has no dated events or figures to place on a timeline.');
  const start = parseDay(from) ?? 0;
  const last = parseDay(to) ?? 0;
  if (last < start) {
    const which =
      input.from !== undefined && input.to !== undefined ? '' : ' (where the data ends)';
    return bad(`The from date (${from}) is after the to date (${to}${which}).`);
  }
  const end = last + DAY_MS;
  const tl = timeline(data, { from, to, kinds: [...kinds] });
  const totals = input.showTotals ? totalsSnapshots(data, start, end) : undefined;
  const killed = new Map(tl.events.map((e) => [e, killedFigure(data, e)?.value]));
  const layout = layoutTimeline(tl, input.width, {
    domain: [start, end],
    killed: (e) => killed.get(e),
    bands: kinds.includes('ceasefire'),
    kinds,
    ...(totals ? { totals: totals.points } : {}),
  });
  const items: Attributed[] = [
    ...tl.events,
    ...tl.undated,
    ...(totals?.points.map((p) => p.figure) ?? []),
  ];
  const source = items.length > 0 ? sourceText(data, items, input.locale) : '';
  return {
    timeline: tl,
    layout,
    kinds,
    range: [start, last],
    ...(totals ? { totals } : {}),
    source,
  };
}

/** prepare() remembering its last answer: re-renders for a selection reuse the layout. */
export function memoisedPrepare(): (
  data: Dataset,
  input: ViewInput,
) => Prepared | { error: CwError } {
  let last: { key: unknown[]; value: Prepared | { error: CwError } } | undefined;
  return (data, input) => {
    const key = [
      data,
      input.from,
      input.to,
      input.kinds,
      input.showTotals,
      input.width,
      input.locale,
    ];
    if (!last || key.some((k, i) => k !== last?.key[i]))
      last = { key, value: prepare(data, input) };
    return last.value;
  };
}
