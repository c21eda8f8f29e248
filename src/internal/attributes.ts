import { parseDay } from '../data/query.js';
import type { CwError } from './errors.js';

/**
 * How every element reads its attributes, one rule for all: a blank value
 * (a CMS field left empty, or only spaces) counts as not set, so the default
 * applies; any other value is trimmed and checked, and a value the element
 * cannot use is a visible error, never quietly replaced by a default.
 *
 * One exception: a blank `src` is an error (internal/data-controller.ts),
 * because its default, the bundled dataset, would publish figures the
 * article never meant to show. Every other default is labelled for what it
 * is (the national figure, the default title), so blank stays "not set".
 */

/** The `theme` attribute's values: `auto` follows the page's colour scheme. */
export const THEMES = ['light', 'dark', 'auto'] as const;
export type Theme = (typeof THEMES)[number];

/** A blank attribute counts as not set; others are trimmed. */
export function unset(text: string | undefined): string | undefined {
  return text?.trim() ? text.trim() : undefined;
}

/**
 * For on/off attributes: present is on, as in HTML, except the value
 * `false`, which is what an author means by it and what Vue writes for
 * `:hide-source="false"`. Read as on, it would hide the credits the page
 * asked to keep.
 */
export const flag = {
  fromAttribute: (value: string | null): boolean =>
    value !== null && value.trim().toLowerCase() !== 'false',
  toAttribute: (value: boolean): string | null => (value ? '' : null),
};

/** For number attributes: blank is not set, anything else is read as a number (and checked later). */
export const optionalNumber = {
  fromAttribute: (value: string | null): number | undefined =>
    value === null || value.trim() === '' ? undefined : Number(value),
};

/** Longest part of a page's own value a message quotes. */
const QUOTE_LIMIT = 40;

/**
 * A value from the page, quoted for a message: “Terter”. Cut to 40
 * characters with an ellipsis, so a huge attribute cannot flood the box or
 * the console.
 */
export function quote(value: string): string {
  const shown = value.length > QUOTE_LIMIT ? `${value.slice(0, QUOTE_LIMIT - 1)}…` : value;
  return `“${shown}”`;
}

/** An attribute value the element cannot use: shown, warned and fired as `cw-error`. */
export function invalidAttribute(message: string): CwError {
  return { code: 'invalid-attribute', message };
}

/** `sort="random" is not one of “value”, “name”, “none”.` */
export function notOneOf(attribute: string, value: string, allowed: readonly string[]): CwError {
  return invalidAttribute(
    `${attribute}=${quote(value)} is not one of ${allowed.map((a) => `“${a}”`).join(', ')}.`,
  );
}

/**
 * A comma list (`metric`, `highlight`, `kinds`): blank is not set
 * (undefined); otherwise its items, trimmed, with empty ones dropped, so
 * "killed, injured," is two. A value that lists nothing (",") is not blank:
 * it is an error naming what to put, never quietly read as not set.
 */
export function commaList(
  attribute: string,
  text: string | undefined,
  hint: string,
): string[] | CwError | undefined {
  const value = unset(text);
  if (value === undefined) return undefined;
  const items = value
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
  return items.length > 0
    ? items
    : invalidAttribute(`${attribute}=${quote(value)} lists nothing; ${hint}.`);
}

/** A problem with a set `theme`, checked like any other attribute rather than quietly treated as `auto`. */
export function themeProblem(theme: string | undefined): CwError | undefined {
  return theme === undefined || (THEMES as readonly string[]).includes(theme)
    ? undefined
    : notOneOf('theme', theme, THEMES);
}

/** The error for a day attribute (`as-of`, `from`, `to`) that is set but not a real `YYYY-MM-DD` day. */
export function dayProblem(name: string, day: string | undefined): CwError | undefined {
  return day === undefined || parseDay(day) !== undefined
    ? undefined
    : invalidAttribute(`${name}=${quote(day)} is not a day written YYYY-MM-DD.`);
}
