import { css } from 'lit';

export const counterStyles = css`
  .counter {
    border-inline-start: 3px solid var(--_accent);
    padding-inline-start: 0.875em;
  }
  .visual {
    /* The figure sizes itself to this column (cqi below). */
    container-type: inline-size;
  }
  .visual > p {
    margin: 0;
  }
  .figure {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    column-gap: 0.25em;
    /*
     * Big enough to lead the block, small enough for a phone column; and
     * never wider than its column: a figure at most --_figure-ems wide
     * (figureEms() in view.ts) fits in 100cqi at 100cqi / that.
     * 1,234,567 keeps 3.5em where it fits and shrinks on a 320 px phone;
     * 91 never shrinks.
     */
    font-size: min(
      var(--cw-figure-size, clamp(2.5em, 1.75em + 2.5vw, 3.5em)),
      100cqi / var(--_figure-ems, 1)
    );
    font-weight: 700;
    line-height: 1.05;
    letter-spacing: -0.015em;
    color: var(--_figure);
    /* Equal-width digits: the number does not wobble while it counts. */
    font-variant-numeric: tabular-nums lining-nums;
  }
  .qualifier {
    font-size: 0.4em;
    font-weight: 600;
    letter-spacing: 0;
    color: var(--_text);
  }
  .number {
    display: inline-grid;
    white-space: nowrap;
  }
  .number > span {
    grid-area: 1 / 1;
  }
  /* Reserves the final width: the digits never need more room than this. */
  .ghost {
    visibility: hidden;
  }
  /* Ones digit stays put while higher digits appear, like an odometer. */
  .digits {
    justify-self: end;
  }
  /* On paper, the final figure whatever frame of a count-up the page is at, and the reason unfolded. */
  @media print {
    .ghost {
      visibility: visible;
    }
    .digits {
      visibility: hidden;
    }
    .versions details::details-content {
      content-visibility: visible;
    }
    .versions summary {
      text-decoration: none;
    }
  }
  /* A statement, not a number: it should not outshout the figures around it. */
  .statement {
    font-size: 1.375em;
    font-weight: 600;
    line-height: 1.2;
    color: var(--_text);
  }
  .visual > .label {
    margin-top: 0.3em;
    font-size: 1.0625em;
    font-weight: 600;
    line-height: 1.3;
    color: var(--_text);
  }
  .label.loading {
    margin: 0.3em 0 0;
    font-weight: 400;
    color: var(--_muted);
  }
  .visual > .date {
    margin-top: 0.25em;
    font-size: max(12px, 0.875em);
    color: var(--_muted);
  }
  /* Other versions and notes: read after the figure, quieter than its label. */
  .versions,
  .note {
    margin: 0.625em 0 0;
    font-size: max(12px, 0.875em);
    line-height: 1.4;
  }
  .versions p,
  .versions ul {
    margin: 0;
  }
  .versions details {
    margin-top: 0.25em;
    color: var(--_muted);
  }
  .versions summary {
    width: fit-content;
    cursor: pointer;
    text-decoration: underline dotted;
    text-underline-offset: 0.2em;
  }
  .versions details > p,
  .versions li {
    margin-top: 0.375em;
  }
  .versions ul {
    padding-inline-start: 1.25em;
  }
  .note {
    color: var(--_muted);
  }
  .source {
    margin-top: 0.5em;
    line-height: 1.4;
  }
`;
