import { css } from 'lit';

export const chartStyles = css`
  .figure,
  .loading {
    margin: 0;
    /* The reader's size, or --cw-font-size, but never below 12px anywhere in the chart. */
    font-size: max(12px, 1em);
  }
  .figure > p {
    margin: 0;
  }
  .title {
    font-size: max(13.5px, 1.125em);
    font-weight: 700;
    line-height: 1.3;
  }
  .as-of,
  .summary,
  .not-reported,
  .undated,
  .reconciliation,
  .discrepancies {
    font-size: max(12px, 0.875em);
  }
  .as-of {
    color: var(--_muted);
  }
  .figure > .summary {
    margin-block: 0.25em 0.75em;
  }
  .figure > .not-reported,
  .figure > .undated,
  .figure > .reconciliation,
  .figure > .discrepancies {
    margin-block-start: 0.5em;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1.25em;
    margin: 0 0 0.5em;
    padding: 0;
    list-style: none;
    font-size: max(12px, 0.875em);
  }
  .legend li {
    display: flex;
    align-items: center;
    gap: 0.4em;
  }
  svg {
    display: block;
    overflow: visible;
    /* Colours come from tokens that forced-colors mode already maps to system colours. */
    forced-color-adjust: none;
  }
  .chart {
    position: relative;
    /* Every length in the chart derives from this size; never below 12px. */
    font-size: max(12px, 0.875em);
  }
  .plot text {
    font: inherit;
    fill: var(--_text);
  }
  .plot .value {
    font-variant-numeric: tabular-nums;
  }
  .plot .missing {
    fill: var(--_muted);
    font-style: italic;
  }
  .row {
    outline: none;
    cursor: default;
  }
  .row .ring {
    fill: transparent;
    stroke: none;
  }
  .plot.open .row.active .ring {
    fill: var(--_surface);
  }
  .row:focus-visible .ring {
    stroke: var(--_focus);
    stroke-width: 3px;
  }
  .row.highlighted .label {
    font-weight: 700;
  }
  .s0 {
    fill: var(--_mark);
  }
  /* Its fill is a hatch pattern, set per instance: the pair differs by more than colour. */
  .s1 {
    stroke: var(--_mark);
    stroke-width: 1.5px;
  }
  .highlighted .s0 {
    fill: var(--_accent);
  }
  .highlighted .s1 {
    stroke: var(--_accent);
  }
  .hatch path {
    stroke: var(--_mark);
    stroke-width: 2px;
  }
  .hatch.accent path {
    stroke: var(--_accent);
  }
  .baseline {
    stroke: var(--_text);
    stroke-width: 1px;
  }
  /* Bars grow from the baseline on first view; the numbers beside them never move. */
  .plot .bar {
    transform-box: fill-box;
    transform-origin: 0 50%;
    transform: scaleX(0);
    transition: transform 700ms cubic-bezier(0.2, 0.7, 0.3, 1);
  }
  .plot.grown .bar {
    transform: none;
  }
  @media (prefers-reduced-motion: reduce), print {
    .plot .bar {
      transform: none;
      transition: none;
    }
  }
  .details {
    position: absolute;
    inset-inline-end: 0;
    z-index: 1;
    /* Wide enough that every version of a figure, with its credit, stays a readable block. */
    max-width: min(100%, 32em);
    padding: 0.5em 0.75em;
    background: var(--_background);
    color: var(--_text);
    border: 1px solid var(--_border);
    border-inline-start: 4px solid var(--_mark);
    border-radius: 4px;
    box-shadow: 0 2px 8px rgb(0 0 0 / 0.2);
    pointer-events: none;
  }
  .details[hidden] {
    display: none;
  }
  .details p {
    margin: 0;
  }
  .details .heading {
    font-weight: 700;
  }
  .details .meta,
  .details .meta p + p {
    margin-block-start: 0.25em;
    color: var(--_muted);
  }
  .toggle {
    all: unset;
    display: inline-block;
    margin-block-start: 0.75em;
    padding: 0.3em 0.75em;
    font-size: max(12px, 0.875em);
    border: 1px solid var(--_text);
    border-radius: 4px;
    color: var(--_text);
    background: var(--_background);
    cursor: pointer;
  }
  .toggle:hover {
    background: var(--_surface);
  }
  .toggle:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .table {
    margin-block-start: 0.75em;
    container-type: inline-size;
  }
  /* hidden="until-found" keeps a box (its content skipped): no room above it while closed. */
  .table[hidden] {
    margin-block-start: 0;
  }
  @media print {
    .table[hidden] {
      display: block;
      content-visibility: visible;
      margin-block-start: 0.75em;
    }
  }
  table {
    width: 100%;
    border-collapse: collapse;
    font-size: max(12px, 0.875em);
  }
  caption {
    text-align: start;
    font-weight: 700;
    padding-block-end: 0.25em;
  }
  th,
  td {
    padding: 0.3em 0.75em 0.3em 0;
    /* Break long words only when nothing else fits; the root's "anywhere" would split names in two. */
    overflow-wrap: break-word;
    border-block-end: 1px solid var(--_border);
    text-align: start;
    vertical-align: top;
  }
  /* The source cell holds sentences with long words; at phone widths they may break anywhere rather than widen the table. */
  td:last-child {
    overflow-wrap: anywhere;
  }
  thead th {
    border-block-end-color: var(--_text);
  }
  tbody th,
  tfoot th {
    font-weight: 400;
  }
  tr.highlighted th {
    font-weight: 700;
  }
  .num {
    padding-inline-end: 1em;
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  td.missing {
    color: var(--_muted);
  }
  tfoot th,
  tfoot td {
    border-block-end: none;
    color: var(--_muted);
  }
  /*
   * A phone's column: three columns would leave the sources a sliver a word
   * wide. Each row puts its region and figures on one line and its date,
   * source and status on the full width below; it stays a table to
   * assistive technology.
   */
  @container (max-width: 30em) {
    table,
    caption,
    thead,
    tbody,
    tfoot {
      display: block;
    }
    tr {
      display: flex;
      flex-wrap: wrap;
      column-gap: 0.75em;
      padding-block: 0.3em;
      border-block-end: 1px solid var(--_border);
    }
    thead tr {
      border-block-end-color: var(--_text);
    }
    tfoot tr {
      border-block-end: none;
    }
    th,
    td {
      padding: 0;
      border: none;
    }
    tr > :first-child {
      flex: 1 1 auto;
      /* A name longer than the column breaks (break-word) rather than widen the row. */
      min-width: 0;
    }
    .num {
      min-width: 4.5em;
      padding: 0;
    }
    tr > :last-child:not(.num) {
      flex: 1 0 100%;
    }
  }
`;
