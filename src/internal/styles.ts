import { css, type CSSResult } from '@lit/reactive-element';

/**
 * Places colour-token declarations for each theme: `light` on the host,
 * `dark` with `theme="dark"` and under a dark colour scheme unless
 * `theme="light"`, and `forced` (system colours) in forced-colors mode. The
 * one place that says how themes apply, for baseStyles and interactiveStyles.
 */
export const themed = (light: CSSResult, dark: CSSResult, forced: CSSResult) => css`
  :host {
    ${light}
  }
  :host([theme='dark']) {
    ${dark}
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${dark}
    }
  }
  @media (forced-colors: active) {
    :host {
      ${forced}
    }
  }
`;

/** Light values (the default). */
const baseLight = css`
  --_text: var(--cw-color-text, #1b1b1f);
  --_muted: var(--cw-color-muted, #595960);
  --_background: var(--cw-color-background, #ffffff);
  --_figure: var(--cw-color-figure, #9b1c1c);
  --_accent: var(--cw-color-accent, #9b1c1c);
  --_border: var(--cw-color-border, #d4d4d8);
`;

/** Dark values: theme="dark", or a dark colour scheme unless theme="light". */
const baseDark = css`
  --_text: var(--cw-color-text, #f1f1f3);
  --_muted: var(--cw-color-muted, #b4b4bd);
  --_background: var(--cw-color-background, #18181b);
  --_figure: var(--cw-color-figure, #ff9b8f);
  --_accent: var(--cw-color-accent, #ff9b8f);
  --_border: var(--cw-color-border, #3f3f46);
`;

/** Forced-colors values: system colours. */
const baseForced = css`
  --_text: CanvasText;
  --_muted: CanvasText;
  --_background: Canvas;
  --_figure: CanvasText;
  --_accent: Highlight;
  --_border: CanvasText;
`;

/**
 * Design tokens and the host reset every element shares.
 *
 * The page's CSS cannot reach inside the shadow root, but inherited properties
 * (font, colour, letter-spacing, text-transform, ...) still flow in through the
 * host. `.cw-root { all: initial }` cuts that off; custom properties survive
 * `all`, so `--cw-*` theming still works.
 *
 * Themes: light by default, dark with `theme="dark"`, and `theme="auto"` (or no
 * attribute) follows prefers-color-scheme. Forced-colors mode maps everything
 * to system colours.
 */
export const baseStyles = css`
  ${themed(baseLight, baseDark, baseForced)}
  :host {
    display: block;
  }
  :host([hidden]) {
    display: none;
  }
  .cw-root {
    all: initial;
    display: block;
    box-sizing: border-box;
    max-width: 100%;
    /* Every browser the elements run in knows system-ui (Segoe UI, San Francisco, Roboto, ...). */
    font-family: var(--cw-font-family, system-ui, sans-serif);
    /* medium is the reader's default size, whatever the host page sets on html. */
    font-size: var(--cw-font-size, medium);
    line-height: 1.45;
    color: var(--_text);
    background: var(--_background);
    /* em, not rem: the host page's root font size must not reach in. */
    padding: var(--cw-padding, 1em);
    border-radius: var(--cw-radius, 4px);
    overflow-wrap: anywhere;
    text-align: start;
  }
  .cw-root *,
  .cw-root *::before,
  .cw-root *::after {
    box-sizing: border-box;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  .source {
    margin: 0.75em 0 0;
    font-size: max(12px, 0.8125em);
    color: var(--_muted);
  }
  .error {
    margin: 0;
    padding: 0.75em;
    border: 1px solid var(--_border);
    border-inline-start: 4px solid var(--_accent);
    color: var(--_text);
    font-size: max(12px, 0.875em);
  }
`;
