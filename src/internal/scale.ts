/**
 * The few scale functions the charts need, in place of d3-scale (whose
 * continuous scales pull in d3-interpolate, d3-color and d3-format). Pure
 * numbers in, numbers out; the formulas are d3's, so positions stay the same.
 *
 * `ticks`, `tickIncrement` and `niceDomain` are ported from d3-array 3 and
 * d3-scale 4, Copyright 2010-2023 Mike Bostock, ISC licence (notice in LICENSE).
 */

/** An interval of numbers, as [first, last]. */
export type Extent = readonly [number, number];

/**
 * Maps `domain` linearly onto `range` as d3's scaleLinear does: the domain
 * start goes to the range start, either may run backwards, an empty domain
 * maps everything to the middle of the range. With `clamp`, values outside
 * the domain go to the nearer end of the range.
 */
export function linearScale(
  domain: Extent,
  range: Extent,
  options: { clamp?: boolean } = {},
): (value: number) => number {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const [low, high] = d0 < d1 ? [d0, d1] : [d1, d0];
  return (value) => {
    const v = options.clamp ? Math.max(low, Math.min(high, value)) : value;
    const t = d1 === d0 ? 0.5 : (v - d0) / (d1 - d0);
    return r0 * (1 - t) + r1 * t;
  };
}

const signedSqrt = (v: number) => (v < 0 ? -Math.sqrt(-v) : Math.sqrt(v));

/**
 * Maps `domain` onto `range` by square root, as d3's scaleSqrt does: with a
 * domain from 0, an area drawn with the result as radius is proportional to
 * the value.
 */
export function sqrtScale(domain: Extent, range: Extent): (value: number) => number {
  const linear = linearScale([signedSqrt(domain[0]), signedSqrt(domain[1])], range);
  return (value) => linear(signedSqrt(value));
}

const E10 = Math.sqrt(50);
const E5 = Math.sqrt(10);
const E2 = Math.sqrt(2);

/** d3-array's tickSpec: tick indexes i1..i2 and the step (negative: its inverse). */
function tickSpec(start: number, stop: number, count: number): [number, number, number] {
  const step = (stop - start) / Math.max(0, count);
  const power = Math.floor(Math.log10(step));
  const error = step / Math.pow(10, power);
  const factor = error >= E10 ? 10 : error >= E5 ? 5 : error >= E2 ? 2 : 1;
  let i1: number, i2: number, inc: number;
  if (power < 0) {
    inc = Math.pow(10, -power) / factor;
    i1 = Math.round(start * inc);
    i2 = Math.round(stop * inc);
    if (i1 / inc < start) ++i1;
    if (i2 / inc > stop) --i2;
    inc = -inc;
  } else {
    inc = Math.pow(10, power) * factor;
    i1 = Math.round(start / inc);
    i2 = Math.round(stop / inc);
    if (i1 * inc < start) ++i1;
    if (i2 * inc > stop) --i2;
  }
  if (i2 < i1 && 0.5 <= count && count < 2) return tickSpec(start, stop, count * 2);
  return [i1, i2, inc];
}

/**
 * The step between about `count` round ticks from `start` to `stop` (start ≤
 * stop): 1, 2 or 5 times a power of ten. A step below 1 is returned as the
 * negative of its inverse (-10 for 0.1), which stays exact in floating point.
 */
export function tickIncrement(start: number, stop: number, count: number): number {
  return tickSpec(start, stop, count)[2];
}

/**
 * About `count` round values (1, 2 or 5 times a power of ten apart) from
 * `start` to `stop` inclusive, in the order of the arguments: d3's ticks().
 */
export function ticks(start: number, stop: number, count: number): number[] {
  if (!(count > 0)) return [];
  if (start === stop) return [start];
  if (stop < start) return ticks(stop, start, count).reverse();
  const [i1, i2, inc] = tickSpec(start, stop, count);
  const out: number[] = [];
  for (let i = i1; i <= i2; i++) out.push(inc < 0 ? i / -inc : i * inc);
  return out;
}

/**
 * `[start, stop]` (start ≤ stop) widened to round values, so that
 * `ticks(...niceDomain(start, stop, count), count)` begins and ends at the
 * ends of the domain: d3's linear scale.nice(count). Like d3, it returns the
 * domain unchanged if the step does not settle within ten rounds.
 */
export function niceDomain(start: number, stop: number, count: number): [number, number] {
  let [a, b] = [start, stop];
  let previous: number | undefined;
  for (let i = 0; i < 10; i++) {
    const step = tickIncrement(a, b, count);
    if (step === previous) return [a, b];
    if (step > 0) {
      a = Math.floor(a / step) * step;
      b = Math.ceil(b / step) * step;
    } else if (step < 0) {
      a = Math.ceil(a * step) / step;
      b = Math.floor(b * step) / step;
    } else {
      break;
    }
    previous = step;
  }
  return [start, stop];
}
