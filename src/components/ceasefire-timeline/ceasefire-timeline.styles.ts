import { css } from 'lit';

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
  .chart {
    display: block;
    overflow: visible;
    font-size: 12px;
    user-select: none;
  }

  /* Bands and links */
  .band {
    fill: var(--_band);
    fill-opacity: 0.14;
  }
  .band.shade-1 {
    fill-opacity: 0.24;
  }
  .band-start {
    stroke: var(--_band);
    stroke-width: 1.5;
  }
  .band-label {
    fill: var(--_text);
    font-weight: 600;
  }
  .band-label[data-key] {
    cursor: pointer;
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
  .group .shape {
    fill: var(--_surface);
    fill-opacity: 1;
    stroke-width: 1.5;
  }
  .attack.group .shape {
    stroke: var(--_attack);
  }
  .violation.group .shape,
  .ceasefire.group .shape {
    stroke: var(--_violation);
  }
  .glyph.group .shape {
    stroke: var(--_muted);
  }
  .count,
  .glyph text {
    fill: var(--_text);
    font-size: 11px;
    font-weight: 700;
    text-anchor: middle;
    font-family: inherit;
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

  /* Narrow layout: a list with dates down the side */
  .rows {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .row {
    display: grid;
    grid-template-columns: 4.75em 6px 2em 1fr;
    column-gap: 0.5em;
    align-items: stretch;
    cursor: pointer;
    border-radius: 4px;
  }
  .card-row > .card-box > .card {
    margin: 0.25em 0 0.75em;
  }
  .row > * {
    padding-block: 0.375em;
  }
  .row.active {
    background: var(--_surface);
    box-shadow: inset 0 0 0 2px var(--_focus);
  }
  .when {
    text-align: end;
    font-size: 0.8125em;
    font-weight: 600;
    color: var(--_text);
    font-variant-numeric: tabular-nums;
  }
  .time {
    display: block;
    font-weight: 400;
    color: var(--_muted);
  }
  .rail.in-band {
    background: color-mix(in srgb, var(--_band) 30%, transparent);
  }
  .rail.in-band.shade-1 {
    background: color-mix(in srgb, var(--_band) 55%, transparent);
  }
  .rail.starts {
    border-top: 3px solid var(--_band);
  }
  .row-mark {
    display: flex;
    justify-content: center;
    align-items: flex-start;
  }
  .what {
    min-width: 0;
  }
  .row-title {
    display: block;
    font-size: 0.9375em;
  }
  .ceasefire .row-title {
    font-weight: 700;
  }
  .row-meta {
    display: block;
    font-size: 0.8125em;
    color: var(--_muted);
  }

  /* Detail card */
  .card {
    margin-top: 0.75em;
    padding: 0.75em 1em 1em;
    border: 1px solid var(--_border);
    border-inline-start: 4px solid var(--_focus);
    border-radius: 4px;
    background: var(--_surface);
    animation: cw-card-in 180ms ease-out;
  }
  .card-head {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 0.5em;
  }
  .card-kind {
    display: flex;
    align-items: center;
    gap: 0.375em;
    margin: 0;
    font-size: 0.8125em;
    color: var(--_muted);
  }
  .close {
    all: unset;
    box-sizing: border-box;
    min-width: 2.75em;
    min-height: 2.75em;
    display: inline-grid;
    place-items: center;
    border-radius: 4px;
    cursor: pointer;
    font-size: 1.25em;
    color: var(--_text);
  }
  .close:hover {
    background: var(--_background);
  }
  .card-title {
    margin: 0.125em 0 0.5em;
    font-weight: 700;
    font-size: 1.0625em;
  }
  .facts {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.25em 1em;
    margin: 0;
    font-size: 0.9375em;
  }
  .facts dt {
    color: var(--_muted);
  }
  .facts dd {
    margin: 0;
  }
  .vertical .facts {
    grid-template-columns: 1fr;
    gap: 0;
  }
  .vertical .facts dd + dt {
    margin-top: 0.375em;
  }
  .figures {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .versions {
    color: var(--_muted);
  }
  .card-summary {
    margin: 0.75em 0 0;
    font-size: 0.9375em;
  }
  .card-caption,
  .card-note {
    margin: 0.75em 0 0.25em;
    font-size: 0.875em;
    color: var(--_muted);
  }
  .card-list {
    list-style: none;
    margin: 0;
    padding: 0;
    max-height: 20em;
    overflow-y: auto;
  }
  .pick {
    all: unset;
    box-sizing: border-box;
    display: flex;
    gap: 0.5em;
    align-items: flex-start;
    width: 100%;
    min-height: 2.75em;
    padding: 0.375em 0.5em;
    border-radius: 4px;
    cursor: pointer;
    font-size: 0.875em;
  }
  .pick:hover {
    background: var(--_background);
  }
  .pick .glyph {
    flex: none;
    margin-top: 0.125em;
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

  @keyframes cw-card-in {
    from {
      opacity: 0;
      transform: translateY(-4px);
    }
  }
  @keyframes cw-pop {
    from {
      opacity: 0;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .card,
    .ring {
      animation: none;
    }
    .shape {
      transition: none;
    }
  }
  @media (forced-colors: active) {
    .band {
      fill: none;
      stroke: CanvasText;
      stroke-dasharray: 4 3;
    }
    .band-start,
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
    .group .shape {
      fill: Canvas;
      stroke: CanvasText;
    }
    .ring {
      stroke: Highlight;
    }
    .count,
    .glyph text,
    .band-label,
    .tick-label,
    .totals-caption,
    .totals-value {
      fill: CanvasText;
    }
    .row.active {
      outline: 2px solid Highlight;
      box-shadow: none;
    }
    .rail.in-band {
      background: CanvasText;
    }
    .rail.in-band.shade-1 {
      background: GrayText;
    }
    .card {
      border-inline-start-color: Highlight;
    }
  }
`;
