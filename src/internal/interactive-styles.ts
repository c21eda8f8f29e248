import { css } from '@lit/reactive-element';
import { themed } from './styles.js';

/** Light values (the default). */
const interactiveLight = css`
  --_mark: var(--cw-color-mark, #56657a);
  --_focus: var(--cw-color-focus, #0b57d0);
  --_surface: var(--cw-color-surface, #f4f4f5);
`;

/** Dark values: theme="dark", or a dark colour scheme unless theme="light". */
const interactiveDark = css`
  --_mark: var(--cw-color-mark, #9fb0c6);
  --_focus: var(--cw-color-focus, #8ab4f8);
  --_surface: var(--cw-color-surface, #27272a);
`;

/** Forced-colors values: system colours. */
const interactiveForced = css`
  --_mark: CanvasText;
  --_focus: Highlight;
  --_surface: Canvas;
`;

/**
 * What only the elements a reader can focus and select in (the bar chart and
 * the timeline) need, after baseStyles: the mark, focus and surface tokens,
 * themed like the others, and the focus ring. The counter has nothing to focus.
 */
export const interactiveStyles = css`
  ${themed(interactiveLight, interactiveDark, interactiveForced)}
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
`;
