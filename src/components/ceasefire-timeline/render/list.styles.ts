import { css } from 'lit';

/** The narrow layout (list.ts): one row per event, dates down the side. */
export const listStyles = css`
  .rows {
    list-style: none;
    margin: 0;
    padding: 0;
    /* Its rows rearrange by the list's own width (the @container rule below). */
    container-type: inline-size;
  }
  .row {
    display: grid;
    grid-template-columns: 4.75em 2em 1fr;
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
  /* A ceasefire's row is ruled at its date; nothing is shaded as "in force". */
  .row.ceasefire {
    border-top: 2px solid var(--_band);
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

  /*
   * A very narrow list (a 320 px phone, or large text): the date moves above
   * the title, so the text keeps the width the date column took. Below 20em
   * the three columns would leave the text under 8em, titles on 4-5 lines.
   */
  @container (max-width: 20em) {
    .row {
      grid-template-columns: 1.5em 1fr;
    }
    .row-mark {
      grid-column: 1;
      grid-row: 1 / span 2;
    }
    .when {
      grid-column: 2;
      grid-row: 1;
      text-align: start;
      padding-block-end: 0;
    }
    /* Apart from the day by the space before it, as in copied text. */
    .time {
      display: inline;
    }
    .what {
      grid-column: 2;
      grid-row: 2;
      padding-block-start: 0;
    }
  }

  @media (forced-colors: active) {
    .row.active {
      outline: 2px solid Highlight;
      box-shadow: none;
    }
  }
`;
