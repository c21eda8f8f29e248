import { EVENT_KINDS, type EventKind } from '../../data/types.js';
import {
  commaList,
  dayProblem,
  invalidAttribute,
  quote,
  themeProblem,
  unset,
} from '../../internal/attributes.js';
import type { CwError } from '../../internal/errors.js';

/** The element's attributes as the page set them, strings straight from HTML. */
export interface TimelineAttributes {
  from: string | undefined;
  to: string | undefined;
  kinds: string | undefined;
  selected: string | undefined;
  showTotals: boolean;
  label: string | undefined;
  theme: string | undefined;
}

/** The attributes, checked: blank ones are absent, the rest usable as they are. */
export interface TimelineOptions {
  /** First and last day shown, `YYYY-MM-DD`, when set. */
  from?: string;
  to?: string;
  /** The kinds shown, in the dataset's order of kinds. */
  kinds: readonly EventKind[];
  selected?: string;
  showTotals: boolean;
}

const KIND_LIST = EVENT_KINDS.map(quote).join(', ');

/** `kinds="violation, attack"` -> the kinds, in the dataset's order; a word that is not a kind is a problem. */
function readKinds(text: string | undefined): readonly EventKind[] | CwError {
  const words = commaList('kinds', text, `use ${KIND_LIST}`) ?? EVENT_KINDS;
  if ('code' in words) return words;
  const wanted = new Set<EventKind>();
  for (const word of words) {
    const kind = EVENT_KINDS.find((k) => k === word.toLowerCase());
    if (!kind) {
      return invalidAttribute(
        `kinds=${quote(unset(text) ?? '')} lists ${quote(word)}, which is not one of ${KIND_LIST}.`,
      );
    }
    wanted.add(kind);
  }
  return EVENT_KINDS.filter((k) => wanted.has(k));
}

/**
 * Reads the attributes by the one rule of internal/attributes.ts: blank is not
 * set; anything else is checked, and a value that cannot be used is a problem
 * to show, never a quiet default. Checks that need the data (a range that
 * runs backwards, a selected id not shown) are view.ts's.
 */
export function readOptions(
  attrs: TimelineAttributes,
): { ok: true; options: TimelineOptions } | { ok: false; error: CwError } {
  const fail = (error: CwError) => ({ ok: false as const, error });
  const theme = themeProblem(unset(attrs.theme));
  if (theme) return fail(theme);
  const [from, to] = [unset(attrs.from), unset(attrs.to)];
  const day = dayProblem('from', from) ?? dayProblem('to', to);
  if (day) return fail(day);
  const kinds = readKinds(attrs.kinds);
  if ('code' in kinds) return fail(kinds);
  const { showTotals } = attrs;
  return { ok: true, options: { from, to, kinds, selected: unset(attrs.selected), showTotals } };
}
