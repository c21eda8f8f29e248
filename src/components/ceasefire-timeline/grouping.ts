import type { TimelineEvent } from '../../data/types.js';
import { badgeHalfWidth } from './layout-shared.js';
import { DIAMOND, type Mark } from './layout-types.js';

/** Markers closer than this gap (edge to edge) merge into a group. */
const GAP = 2;
/** A group never spans more than this, so a dense axis still shows where events are. */
const MAX_SPAN = 48;

/** Half the drawn width: a diamond of the same area as a circle reaches further sideways. */
const half = (m: Mark) => (m.shape === 'diamond' ? m.r * DIAMOND : m.r);
const extent = (m: Mark) => [m.x - half(m), m.x + half(m)] as const;
const touches = (a: Mark, b: Mark) => extent(b)[0] < extent(a)[1] + GAP;

/** Event lists of groups made here, extended in place so grouping stays linear. */
const owned = new WeakSet<readonly TimelineEvent[]>();

function merge(a: Mark, b: Mark): Mark {
  const events = owned.has(a.events) ? (a.events as TimelineEvent[]) : [...a.events];
  owned.add(events);
  for (const e of b.events) events.push(e);
  const span = [a.span[0], b.span[1]] as const;
  return {
    key: `g:${a.lane}:${events[0]?.id ?? ''}`,
    lane: a.lane,
    events,
    x: (span[0] + span[1]) / 2,
    y: a.y,
    r: badgeHalfWidth(events.length),
    shape: 'group',
    noFigure: false,
    span,
  };
}

/**
 * Groups one lane's marks, already in x order, in linear time. First pass: a
 * mark joins the current group when it would touch it and the group spans no
 * more than MAX_SPAN, so a dense axis still shows where events are. A badge
 * sits at the centre of its span and is wider than a small marker, so a
 * second pass merges a badge with any neighbour it now overlaps.
 */
export function group(marks: readonly Mark[]): Mark[] {
  const firstPass: Mark[] = [];
  for (const mark of marks) {
    const current = firstPass.at(-1);
    if (current && touches(current, mark) && mark.x - current.span[0] <= MAX_SPAN) {
      firstPass[firstPass.length - 1] = merge(current, mark);
    } else {
      firstPass.push(mark);
    }
  }
  const out: Mark[] = [];
  for (let item of firstPass) {
    let top = out.at(-1);
    while (top && (top.shape === 'group' || item.shape === 'group') && touches(top, item)) {
      out.pop();
      item = merge(top, item);
      top = out.at(-1);
    }
    out.push(item);
  }
  return out;
}
