import { pickFigure, stampTime } from '../../data/query.js';
import {
  EVENT_KINDS,
  type Dataset,
  type EventKind,
  type Figure,
  type TimelineEvent,
} from '../../data/types.js';

export const DAY_MS = 86_400_000;

const dayOf = (time: number) => new Date(time).toISOString().slice(0, 10);

/**
 * The span the data covers, as `YYYY-MM-DD` days: from the earliest `since`
 * of a national figure or the earliest event, to the latest event or
 * national snapshot. Undefined when nothing in the data has a date.
 */
export function dataRange(data: Dataset): { from: string; to: string } | undefined {
  const times: number[] = [];
  for (const event of data.events) {
    const time = stampTime(event.date);
    if (time !== undefined) times.push(time);
  }
  for (const figures of Object.values(data.national)) {
    for (const f of figures) {
      const time = stampTime(f.asOf);
      if (time !== undefined) times.push(time);
      if (f.since) times.push(Date.parse(`${f.since}T00:00:00Z`));
    }
  }
  if (times.length === 0) return undefined;
  return { from: dayOf(Math.min(...times)), to: dayOf(Math.max(...times)) };
}

/** `kinds="violation, attack"` -> the kinds, or the first word that is not a kind. */
export function parseKinds(
  text: string,
): { ok: true; kinds: EventKind[] } | { ok: false; bad: string } {
  const words = text
    .split(',')
    .map((w) => w.trim())
    .filter((w) => w !== '');
  if (words.length === 0) return { ok: false, bad: text };
  const kinds: EventKind[] = [];
  for (const word of words) {
    const kind = EVENT_KINDS.find((k) => k === word.toLowerCase());
    if (!kind) return { ok: false, bad: word };
    if (!kinds.includes(kind)) kinds.push(kind);
  }
  return { ok: true, kinds };
}

/** The killed figure an event is drawn with: the version the dataset shows by default. */
export function killedFigure(data: Dataset, event: TimelineEvent): Figure | undefined {
  const versions = event.figures.killed;
  return versions && versions.length > 0 ? pickFigure(data, versions) : undefined;
}

export interface Snapshot {
  time: number;
  figure: Figure;
}

/**
 * National killed snapshots with a stated date inside [start, end), one per
 * date (a contradiction decides between versions of the same date), and how
 * many snapshots have no date and so cannot be placed.
 */
export function totalsSnapshots(
  data: Dataset,
  start: number,
  end: number,
): { points: Snapshot[]; undated: number } {
  const byTime = new Map<number, Figure[]>();
  let undated = 0;
  for (const f of data.national.killed ?? []) {
    const time = stampTime(f.asOf);
    if (time === undefined) undated++;
    else if (time >= start && time < end) byTime.set(time, [...(byTime.get(time) ?? []), f]);
  }
  const points: Snapshot[] = [];
  for (const [time, versions] of byTime) {
    const figure = pickFigure(data, versions);
    if (figure) points.push({ time, figure });
  }
  return { points: points.sort((a, b) => a.time - b.time), undated };
}
