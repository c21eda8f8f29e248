import { css } from 'lit';

/**
 * What is there for screen readers (a list of events, .visually-hidden)
 * shown in the flow: on paper, and where a chart drawn without script is
 * too small to read (the timeline's styles).
 */
export const printShownInFlow = css`
  .cw-root .print-shown {
    position: static !important;
    width: auto;
    height: auto;
    margin: 0.75em 0 0;
    /* A list's own indent, for its numbers. */
    padding: revert;
    overflow: visible;
    clip-path: none;
    white-space: normal;
  }
`;

/**
 * Colour tokens. Each is `light-dark(light, dark)`: it follows the colour
 * scheme the element is in, which it inherits from the page (`color-scheme`
 * on the page or any ancestor), so a light page stays light on a dark OS.
 * `theme="light"` and `theme="dark"` force one. Forced-colors mode (Windows
 * High Contrast) replaces every token with a system colour, whatever the theme.
 * A page's own `--cw-color-*` value wins in both schemes.
 */
const baseTokens = css`
  :host {
    --_text: var(--cw-color-text, light-dark(#1b1b1f, #f1f1f3));
    --_muted: var(--cw-color-muted, light-dark(#595960, #b4b4bd));
    --_background: var(--cw-color-background, light-dark(#ffffff, #18181b));
    --_figure: var(--cw-color-figure, light-dark(#9b1c1c, #ff9b8f));
    --_accent: var(--cw-color-accent, light-dark(#9b1c1c, #ff9b8f));
    --_border: var(--cw-color-border, light-dark(#d4d4d8, #3f3f46));
    --_focus: var(--cw-color-focus, light-dark(#0b57d0, #8ab4f8));
  }
  :host([theme='light']) {
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  /* Paper is white: a dark theme would print as a black block. */
  @media print {
    :host,
    :host([theme]) {
      color-scheme: light;
    }
  }
  @media (forced-colors: active) {
    :host,
    :host([theme]) {
      --_text: CanvasText;
      --_muted: CanvasText;
      --_background: Canvas;
      --_figure: CanvasText;
      --_accent: Highlight;
      --_border: CanvasText;
      --_focus: Highlight;
    }
  }
`;

/**
 * Design tokens and the host reset every element shares.
 *
 * The page's CSS cannot reach inside the shadow root, but inherited properties
 * (font, colour, letter-spacing, text-transform, ...) still flow in through the
 * host. `.cw-root { all: initial }` cuts that off; custom properties survive
 * `all`, so `--cw-*` theming still works.
 *
 * Text spacing is the exception: line-height, letter-spacing and
 * word-spacing come from the host, where guardTextSpacing() lets a reader's
 * `!important` text-spacing rules (WCAG 1.4.12) through and keeps the
 * page's ordinary rules and its ancestors' values out.
 *
 * Themes: see baseTokens.
 */
export const baseStyles = css`
  ${baseTokens}
  :host {
    display: block;
    line-height: 1.45;
    letter-spacing: normal;
    word-spacing: normal;
  }
  :host([hidden]) {
    display: none;
  }
  .cw-root {
    all: initial;
    /* all: initial resets the colour scheme too; the tokens resolve in the host's. */
    color-scheme: inherit;
    /* ... and visibility: a widget in a hidden tab panel must stay hidden. */
    visibility: inherit;
    display: block;
    box-sizing: border-box;
    max-width: 100%;
    /* Every browser the elements run in knows system-ui (Segoe UI, San Francisco, Roboto, ...). */
    font-family: var(--cw-font-family, system-ui, sans-serif);
    /* medium is the reader's default size, whatever the host page sets on html. */
    font-size: var(--cw-font-size, medium);
    line-height: inherit;
    letter-spacing: inherit;
    word-spacing: inherit;
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
  /* The focus ring: a link, a button, a summary, a bar, the timeline. */
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  /*
   * Content a reader opens or focuses on screen (a table, a list) is on paper
   * at once; paper cannot be focused, so no ring.
   */
  @media print {
    :focus-visible {
      outline: none;
    }
    ${printShownInFlow}
  }
  .source-block {
    margin: 0.75em 0 0;
    font-size: max(12px, 0.8125em);
  }
  /* The scope statement in its own box: whose figures, what they leave out. */
  .scope {
    margin: 0;
    padding: 0.375em 0.625em;
    border: 1px solid var(--_border);
    border-inline-start-width: 3px;
    border-radius: 2px;
  }
  .source {
    margin: 0.5em 0 0;
    color: var(--_muted);
  }
  /* "Get the data" and "Save image": small, under the source line, each a real target. */
  .get {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    margin: 0.5em 0 0;
    font-size: max(12px, 0.8125em);
  }
  .get a,
  .get button {
    min-height: 24px;
    padding: 0;
    border: 0;
    background: none;
    color: inherit;
    font: inherit;
    text-decoration: underline;
    cursor: pointer;
  }
  .get button + button {
    margin-inline-start: 0.5em;
  }
  /*
   * Server-rendered and read without script (the element never defined):
   * a control that needs script would do nothing. Hidden, it keeps its
   * room, so a script that defines the element later moves nothing.
   */
  :host(:not(:defined)) button,
  :host(:not(:defined)) .get {
    visibility: hidden;
  }
  /*
   * A drawing laid out for another column (a server render, before its
   * script redraws it for this one, or without script) scales to fit.
   */
  svg.drawing {
    max-width: 100%;
    height: auto;
  }
  /*
   * Right to left (a catalogue with dir: 'rtl'): a drawing mirrors as a
   * whole, so bars grow and time runs from the right, and each text turns
   * back around its own centre, readable in its mirrored place. Inside, the
   * geometry stays left to right: in an RTL context SVG's text-anchor start
   * and end swap sides, which the mirror already does.
   */
  .cw-root[dir='rtl'] svg.drawing {
    direction: ltr;
    transform: scaleX(-1);
  }
  .cw-root[dir='rtl'] svg.drawing text {
    transform: scaleX(-1);
    transform-box: fill-box;
    transform-origin: center;
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
