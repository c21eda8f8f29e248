import { tickIncrement } from './scale.js';

/**
 * Time axis ticks on UTC calendar boundaries, in place of d3-scale's scaleUtc
 * (which pulls in d3-time and d3-time-format). The choice of interval is
 * d3-time's utcTicks, ported from d3-time 3 (Copyright 2010-2022 Mike Bostock,
 * ISC licence; notice in LICENSE), so the axis gets the same ticks it had with d3.
 */

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const YEAR = 365 * DAY;

/**
 * A tick interval: every `ms` milliseconds counted from `offset` (the Unix
 * epoch, or for weeks the first Sunday after it, 4 January 1970), or the
 * first of every `months`-th month counted from January of year 0.
 */
type Interval = { ms: number; offset: number } | { months: number };

/** d3-time's intervals in order, each with the duration it is chosen by. */
const INTERVALS: readonly (readonly [Interval, number])[] = [
  ...[SECOND, 5 * SECOND, 15 * SECOND, 30 * SECOND, MINUTE, 5 * MINUTE, 15 * MINUTE, 30 * MINUTE]
    .concat([HOUR, 3 * HOUR, 6 * HOUR, 12 * HOUR, DAY, 2 * DAY])
    .map((ms) => [{ ms, offset: 0 }, ms] as const),
  [{ ms: 7 * DAY, offset: 3 * DAY }, 7 * DAY],
  [{ months: 1 }, 30 * DAY],
  [{ months: 3 }, 90 * DAY],
  [{ months: 12 }, YEAR],
];

/** The interval d3 picks for about `count` ticks: the one whose duration is nearest, by ratio. */
function intervalFor(start: number, stop: number, count: number): Interval {
  const target = (stop - start) / count;
  const i = INTERVALS.findIndex(([, duration]) => duration > target);
  // Past a year, a round number of years; below a second, a round number of milliseconds.
  if (i === -1)
    return { months: 12 * Math.max(1, tickIncrement(start / YEAR, stop / YEAR, count)) };
  if (i === 0) return { ms: Math.max(1, tickIncrement(start, stop, count)), offset: 0 };
  const [below, belowDuration] = INTERVALS[i - 1];
  const [above, aboveDuration] = INTERVALS[i];
  return target / belowDuration < aboveDuration / target ? below : above;
}

/** 00:00 UTC on the first of the `m`-th month after January of year 0. */
const monthStart = (m: number) => new Date(0).setUTCFullYear(0, m, 1);

/**
 * About `count` ticks from `start` to `stop` inclusive (UTC ms, start ≤ stop),
 * on round UTC boundaries as d3's scaleUtc().ticks(count) chooses them: every
 * 1, 5, 15 or 30 seconds or minutes, every 1, 3, 6 or 12 hours, midnights
 * (every day, or every other day counted from the epoch), Sundays, firsts of
 * the month (every month or quarter), or New Year's Days (every year, or every
 * 2, 5, 10… years).
 */
export function utcTicks(start: number, stop: number, count: number): number[] {
  const interval = intervalFor(start, stop, count);
  const out: number[] = [];
  if ('ms' in interval) {
    const { ms, offset } = interval;
    const first = offset + Math.ceil((start - offset) / ms) * ms;
    for (let t = first; t <= stop; t += ms) out.push(t);
    return out;
  }
  const { months } = interval;
  const from = new Date(start);
  let m = Math.ceil((from.getUTCFullYear() * 12 + from.getUTCMonth()) / months) * months;
  if (monthStart(m) < start) m += months;
  for (; monthStart(m) <= stop; m += months) out.push(monthStart(m));
  return out;
}
