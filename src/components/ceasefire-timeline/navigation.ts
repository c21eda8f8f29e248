/**
 * Where the arrow keys go. A position is an index into the events in time
 * order; an open group sits half a step before its first event, so Right
 * enters it at its first event and Left leaves it for the event before.
 * Returns undefined for keys the timeline does not handle.
 */
export function step(
  position: number | undefined,
  key: string,
  length: number,
  vertical: boolean,
): number | undefined {
  if (length === 0) return undefined;
  const last = length - 1;
  const forward = key === 'ArrowRight' || (vertical && key === 'ArrowDown');
  const back = key === 'ArrowLeft' || (vertical && key === 'ArrowUp');
  if (key === 'Home') return 0;
  if (key === 'End') return last;
  if (forward) return position === undefined ? 0 : Math.min(last, Math.floor(position) + 1);
  if (back) return position === undefined ? last : Math.max(0, Math.ceil(position) - 1);
  return undefined;
}

/** What a key on the focused timeline does. */
export type KeyAction =
  | { do: 'close' }
  | { do: 'move'; position: number }
  | { do: 'choose'; id: string; position: number }
  | { do: 'open'; id: string };

/**
 * Arrows, Home and End move the active event without opening anything;
 * Enter and Space open what the cursor is on (the event's card, or the group
 * it sits before); Escape closes.
 */
export function keyAction(
  key: string,
  position: number | undefined,
  order: readonly { id: string }[],
  vertical: boolean,
): KeyAction | undefined {
  if (key === 'Escape') return { do: 'close' };
  if (key === 'Enter' || key === ' ') {
    const at = position ?? 0;
    const event = order.at(Math.ceil(at));
    if (!event) return undefined;
    return Number.isInteger(at)
      ? { do: 'choose', id: event.id, position: at }
      : { do: 'open', id: event.id };
  }
  const next = step(position, key, order.length, vertical);
  return next === undefined ? undefined : { do: 'move', position: next };
}
