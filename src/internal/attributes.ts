import type { CwError } from './errors.js';

/** The `theme` attribute's values: `auto` follows prefers-color-scheme. */
export const THEMES = ['light', 'dark', 'auto'] as const;
export type Theme = (typeof THEMES)[number];

/** An attribute value the element cannot use: shown, warned and fired as `cw-error`. */
export function invalidAttribute(message: string): CwError {
  return { code: 'invalid-attribute', message };
}

/** A problem with `theme`, checked like any other attribute rather than quietly treated as `auto`. */
export function themeProblem(theme: string | undefined): CwError | undefined {
  return theme === undefined || (THEMES as readonly string[]).includes(theme)
    ? undefined
    : invalidAttribute(`Unknown theme “${theme}”. Use one of: ${THEMES.join(', ')}.`);
}

/** A blank attribute (a CMS field left empty) counts as not set; others are trimmed. */
export function unset(text: string | undefined): string | undefined {
  return text?.trim() ? text.trim() : undefined;
}

/** For number attributes: blank is not set, anything else is read as a number (and checked later). */
export const optionalNumber = {
  fromAttribute: (value: string | null): number | undefined =>
    value === null || value.trim() === '' ? undefined : Number(value),
};
