import { css } from 'lit';

/**
 * What only the elements a reader can focus and select in (the bar chart and
 * the timeline) need, after baseStyles: the mark, focus and surface tokens,
 * themed like the others (see baseTokens), and the focus ring. The counter has
 * nothing to focus.
 */
export const interactiveStyles = css`
  :host {
    --_mark: var(--cw-color-mark, light-dark(#56657a, #9fb0c6));
    --_focus: var(--cw-color-focus, light-dark(#0b57d0, #8ab4f8));
    --_surface: var(--cw-color-surface, light-dark(#f4f4f5, #27272a));
  }
  @media (forced-colors: active) {
    :host,
    :host([theme]) {
      --_mark: CanvasText;
      --_focus: Highlight;
      --_surface: Canvas;
    }
  }
  /* The probe boxController() measures: as wide as the content, 1em tall, taking no room. */
  .box {
    display: block;
    height: 1em;
    margin-block-end: -1em;
    visibility: hidden;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  /* Paper cannot be clicked: no buttons, no focus ring. */
  @media print {
    :focus-visible {
      outline: none;
    }
    button.print-hidden {
      display: none;
    }
  }
`;
