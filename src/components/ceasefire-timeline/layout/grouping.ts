import { groupHalfWidth, groupMark } from './markers.js';
import type { GroupMark, Placed } from './types.js';

/** Markers closer than this gap (edge to edge) merge into a group. */
const GAP = 2;
/** A group never spans more than this, so a dense axis still shows where events are. */
const MAX_SPAN = 48;

/**
 * A run of neighbouring markers, `first` to `last` in the lane's x order,
 * that will be drawn as one. Runs belong to one call of group(), which
 * extends them in place: merging moves a run's end, and each group's events
 * are gathered once at the end, so grouping stays linear and allocates little
 * on a dense axis.
 */
interface Run {
  first: number;
  last: number;
  /** Events in the run. */
  count: number;
  /** The member with the largest marker (the largest toll), the first of equals. */
  largest: number;
  span: [number, number];
}

/**
 * Groups one lane's placed markers, already in x order, in linear time. First
 * pass: a marker joins the current run when it would touch it and the run
 * spans no more than MAX_SPAN. A group sits at the centre of its span,
 * drawn as its largest member's symbol with a count badge, wider than a
 * small marker, so a second pass merges a group with any neighbour it now
 * overlaps. Markers left alone come back as they were.
 */
export function group(placed: readonly Placed[], fontSize: number): (Placed | GroupMark)[] {
  const single = (run: Run) => run.first === run.last;
  const half = (run: Run) =>
    single(run) ? placed[run.first].half : groupHalfWidth(placed[run.largest], run.count, fontSize);
  // A marker without a figure is drawn larger than the smallest with one, yet tells less.
  const size = (i: number) => (placed[i].noFigure ? -1 : placed[i].r);
  const larger = (a: number, b: number) => (size(b) > size(a) ? b : a);
  const left = (run: Run) => (run.span[0] + run.span[1]) / 2 - half(run);
  const right = (run: Run) => (run.span[0] + run.span[1]) / 2 + half(run);

  const firstPass: Run[] = [];
  placed.forEach((p, i) => {
    const current = firstPass.at(-1);
    if (current && p.x - p.half < right(current) + GAP && p.x - current.span[0] <= MAX_SPAN) {
      current.last = i;
      current.count += 1;
      current.largest = larger(current.largest, i);
      current.span[1] = p.x;
    } else {
      firstPass.push({ first: i, last: i, count: 1, largest: i, span: [p.x, p.x] });
    }
  });
  const runs: Run[] = [];
  for (let item of firstPass) {
    let top = runs.at(-1);
    while (top && !(single(top) && single(item)) && left(item) < right(top) + GAP) {
      runs.pop();
      top.last = item.last;
      top.count += item.count;
      top.largest = larger(top.largest, item.largest);
      top.span[1] = item.span[1];
      item = top;
      top = runs.at(-1);
    }
    runs.push(item);
  }
  return runs.map((run) => {
    const first = placed[run.first];
    if (single(run)) return first;
    const events = placed.slice(run.first, run.last + 1).map((p) => p.event);
    return groupMark(events, placed[run.largest], run.span, fontSize);
  });
}
