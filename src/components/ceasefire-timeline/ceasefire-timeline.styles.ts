import { css } from 'lit';
import { printShownInFlow } from '../../internal/styles.js';

export const timelineStyles = css`
  :host {
    --_attack: var(--cw-timeline-attack-color, var(--_figure));
    --_violation: var(--cw-timeline-violation-color, var(--_text));
    --_band: var(--cw-timeline-band-color, var(--_mark));
  }
  .title {
    margin: 0;
    font-weight: 700;
    font-size: 1.0625em;
  }
  .summary {
    margin: 0.125em 0 0.75em;
    color: var(--_muted);
    font-size: 0.9375em;
  }
  .loading {
    margin: 0;
    color: var(--_muted);
  }
  .error + .timeline,
  .summary + .error {
    margin-top: 0.5em;
  }
  .timeline {
    position: relative;
    border-radius: 4px;
    -webkit-tap-highlight-color: transparent;
  }
  /* The reader's size (or --cw-font-size), as view.ts's chartFontSize() lays it out; never under 12px. */
  .chart {
    display: block;
    overflow: visible;
    font-size: max(12px, 0.8125em);
    user-select: none;
  }
  /* Drawn for the screen's column; a page narrower than that scales it down. */
  @media print {
    .chart {
      max-width: 100%;
      height: auto;
    }
  }
  /*
   * Read without script (a server render) in a column narrower than the
   * chart needs, where the script would draw the list: the chart scales
   * down, too small to read, and the list of events that is otherwise for
   * screen readers and paper shows under it. 560px is VERTICAL_BELOW
   * (layout/types.ts); ssr.test checks the two agree.
   */
  .cw-root[data-ssr-width] {
    container: cw-column / inline-size;
  }
  @container cw-column (width < 560px) {
    ${printShownInFlow}
  }

  /* Ceasefire lines and links */
  .ceasefire-line {
    stroke: var(--_band);
    stroke-width: 1.5;
  }
  /* Labels: a halo in the background colour keeps lines that pass under them from crossing the words. */
  .label {
    fill: var(--_text);
    stroke: var(--_background);
    stroke-width: 3px;
    stroke-linejoin: round;
    paint-order: stroke;
  }
  .label tspan:first-child {
    font-weight: 700;
  }
  .label.lane {
    fill: var(--_muted);
  }
  .label[data-key] {
    cursor: pointer;
  }
  .leader {
    fill: none;
    stroke: var(--_muted);
    stroke-width: 1;
  }
  .link {
    fill: none;
    stroke: var(--_violation);
    stroke-width: 1;
    stroke-dasharray: 3 2;
    opacity: 0.7;
  }

  /* Axis */
  .axis-line,
  .tick,
  .grid {
    stroke: var(--_border);
  }
  .axis-line {
    stroke: var(--_muted);
  }
  .grid {
    stroke-dasharray: 2 3;
  }
  .tick-label,
  .totals-caption {
    fill: var(--_muted);
  }

  /* Markers */
  .mark {
    cursor: pointer;
  }
  .hit {
    fill: transparent;
  }
  .shape {
    transition:
      stroke-width 150ms ease-out,
      fill-opacity 150ms ease-out;
  }
  .attack .shape {
    fill: var(--_attack);
    fill-opacity: 0.85;
    stroke: var(--_background);
    stroke-width: 1;
  }
  .violation .shape {
    fill: var(--_violation);
    stroke: var(--_background);
    stroke-width: 1;
  }
  .ceasefire .shape {
    fill: var(--_band);
  }
  .no-figure .shape {
    fill: var(--_background);
    fill-opacity: 1;
    stroke-width: 1.75;
  }
  .attack.no-figure .shape {
    stroke: var(--_attack);
  }
  .violation.no-figure .shape {
    stroke: var(--_violation);
  }
  /* A group's count: a badge on its largest member's marker. */
  .badge,
  .glyph.group .shape {
    fill: var(--_surface);
    stroke: var(--_muted);
    stroke-width: 1.25;
  }
  .count,
  .glyph text {
    fill: var(--_text);
    font-weight: 700;
    text-anchor: middle;
    font-family: inherit;
  }
  .glyph text {
    font-size: 12px;
  }
  .span {
    stroke: var(--_muted);
    stroke-width: 2;
  }
  .ring {
    fill: none;
    stroke: var(--_focus);
    stroke-width: 2.5;
    animation: cw-pop 160ms ease-out;
  }
  .mark:hover .shape {
    stroke-width: 2.5;
  }

  /* Totals */
  .totals-line {
    fill: none;
    stroke: var(--_text);
    stroke-width: 2;
  }
  .totals-point {
    fill: var(--_text);
  }
  .totals-value {
    fill: var(--_text);
    font-weight: 700;
  }
  .totals-figure {
    fill: var(--_muted);
  }
  .totals-figure .totals-value {
    font-size: 1.5em;
  }

  /* Legend and notes */
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1.25em;
    margin: 0.75em 0 0;
    padding: 0;
    list-style: none;
    font-size: max(12px, 0.8125em);
    color: var(--_muted);
  }
  .legend li {
    display: flex;
    align-items: center;
    gap: 0.375em;
  }
  .glyph {
    flex: none;
    overflow: visible;
  }
  .notes p {
    margin: 0.5em 0 0;
    font-size: max(12px, 0.8125em);
    color: var(--_muted);
  }

  @keyframes cw-pop {
    from {
      opacity: 0;
    }
  }
  /* On paper, marks and rings as they end: a print can redraw the layout, and a fade would print blank. */
  @media (prefers-reduced-motion: reduce), print {
    .ring {
      animation: none;
    }
    .shape {
      transition: none;
    }
  }
  @media (forced-colors: active) {
    .ceasefire-line,
    .link,
    .span,
    .totals-line {
      stroke: CanvasText;
    }
    .attack .shape,
    .violation .shape,
    .ceasefire .shape,
    .totals-point {
      fill: CanvasText;
      stroke: Canvas;
    }
    .no-figure .shape,
    .badge,
    .glyph.group .shape {
      fill: Canvas;
      stroke: CanvasText;
    }
    .label {
      stroke: Canvas;
    }
    .leader {
      stroke: CanvasText;
    }
    .ring {
      stroke: Highlight;
    }
    .count,
    .glyph text,
    .label,
    .tick-label,
    .totals-caption,
    .totals-figure,
    .totals-value {
      fill: CanvasText;
    }
  }
`;
