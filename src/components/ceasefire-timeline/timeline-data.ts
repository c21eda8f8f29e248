import { EVENT_KINDS, type EventKind } from '../../data/types.js';

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
