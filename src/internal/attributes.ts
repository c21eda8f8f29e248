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
