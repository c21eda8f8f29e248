import { css } from 'lit';

/**
 * What only the elements a reader selects in (the bar chart and the
 * timeline) need, after baseStyles: the mark and surface tokens, themed like
 * the others (see baseTokens), and the probe of their width.
 */
export const interactiveStyles = css`
  :host {
    --_mark: var(--cw-color-mark, light-dark(#56657a, #9fb0c6));
    --_surface: var(--cw-color-surface, light-dark(#f4f4f5, #27272a));
  }
  @media (forced-colors: active) {
    :host,
    :host([theme]) {
      --_mark: CanvasText;
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
  /* Paper cannot be clicked: no buttons. */
  @media print {
    button.print-hidden {
      display: none;
    }
  }
`;
