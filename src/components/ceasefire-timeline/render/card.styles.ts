import { css } from 'lit';

/** The detail card (card.ts) for the selected event or group. */
export const cardStyles = css`
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
  .note {
    margin: 0;
  }
  .note + .note {
    margin-top: 0.375em;
  }
  .claims {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .claims li + li {
    margin-top: 0.375em;
  }
  .figure,
  .claim-label {
    font-weight: 600;
  }
  .attribution,
  .versions,
  .reason {
    display: block;
    font-size: 0.875em;
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

  @keyframes cw-card-in {
    from {
      opacity: 0;
      transform: translateY(-4px);
    }
  }
  /* On paper, the card as it ends: one redrawn for the paper's width must not print mid-fade. */
  @media (prefers-reduced-motion: reduce), print {
    .card {
      animation: none;
    }
  }
  @media (forced-colors: active) {
    .card {
      border-inline-start-color: Highlight;
    }
  }
`;
