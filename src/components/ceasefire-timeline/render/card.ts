import { html, nothing, type TemplateResult } from 'lit';
import { pickFigure } from '../../../data/query.js';
import { METRIC_IDS, type Dataset, type TimelineEvent } from '../../../data/types.js';
import { formatNumber, formatStamp, qualifiedNumber } from '../../../internal/format.js';
import { citationText, creditText, statusText } from '../../../internal/source-text.js';
import { MARKER, groupGlyph, kindGlyph } from '../layout/markers.js';
import type { TimelineLayout } from '../layout/types.js';
import {
  KIND_LABEL,
  eventLine,
  groupText,
  metricLabel,
  placeText,
  violationText,
} from '../text.js';
import { renderGlyph } from './glyph.js';

/** A card lists at most this many events as buttons; the arrow keys reach the rest. */
export const CARD_LIST_LIMIT = 100;

export interface CardContext {
  data: Dataset;
  locale: string;
  /** Every event in view in time order (`order`), and their positions (`index`). */
  layout: Pick<TimelineLayout, 'order' | 'index' | 'mode'>;
  /** Selects an event from a list in the card (the button's data-id). */
  onPick: (event: Event) => void;
  onClose: () => void;
  /** Escape inside the card. */
  onKeydown: (event: KeyboardEvent) => void;
}

function header(ctx: CardContext, kind: TemplateResult, label: string): TemplateResult {
  return html`<div class="card-head">
    <p class="card-kind">${kind}<span>${label}</span></p>
    <button
      type="button"
      class="close"
      part="close"
      aria-label="Close details"
      @click=${ctx.onClose}
    >
      <span aria-hidden="true">×</span>
    </button>
  </div>`;
}

function eventButtons(
  ctx: CardContext,
  events: readonly TimelineEvent[],
  caption: string,
): TemplateResult {
  const shown = events.slice(0, CARD_LIST_LIMIT);
  const more = events.length - shown.length;
  return html`<p class="card-caption">${caption}</p>
    <ul class="card-list">
      ${shown.map(
        (e) =>
          html`<li>
            <button type="button" class="pick" data-id=${e.id} @click=${ctx.onPick}>
              ${renderGlyph(e.kind, kindGlyph(e.kind, MARKER.rPick))}<span
                >${eventLine(ctx.data, e, ctx.locale)}</span
              >
            </button>
          </li>`,
      )}
    </ul>
    ${
      more > 0
        ? html`<p class="card-note">
            Showing the first ${formatNumber(shown.length, ctx.locale)} of
            ${formatNumber(events.length, ctx.locale)}; the arrow keys on the timeline step through
            all of them.
          </p>`
        : nothing
    }`;
}

function figures(ctx: CardContext, event: TimelineEvent): TemplateResult {
  const rows = METRIC_IDS.flatMap((metric) => {
    const versions = event.figures[metric] ?? [];
    const shown = pickFigure(ctx.data, versions);
    if (!shown) return [];
    const others = versions.filter((f) => f !== shown);
    const label = metricLabel(ctx.data, metric);
    return [
      html`<li>
        ${qualifiedNumber(shown.value, shown.qualifier, ctx.locale)}
        ${label}${
          others.length > 0
            ? html`<span class="versions">
                (the source also gives
                ${others
                  .map(
                    (f) =>
                      `${qualifiedNumber(f.value, f.qualifier, ctx.locale)}, section “${f.citation.section}”`,
                  )
                  .join('; ')})</span
              >`
            : nothing
        }
      </li>`,
    ];
  });
  if (rows.length === 0) {
    return html`<dd>
      ${event.kind === 'ceasefire' ? 'None stated for this event' : 'No casualty figure reported'}
    </dd>`;
  }
  return html`<dd>
    <ul class="figures">
      ${rows}
    </ul>
  </dd>`;
}

/** The details of one event: when, where, what was reported by whom, figures, status, citation. */
export function eventCard(ctx: CardContext, event: TimelineEvent): TemplateResult {
  const place = placeText(ctx.data, event);
  const link = violationText(ctx.data, event, ctx.locale);
  const position = (ctx.layout.index.get(event.id) ?? 0) + 1;
  const violations =
    event.kind === 'ceasefire' ? ctx.layout.order.filter((e) => e.violates === event.id) : [];
  const reporters = creditText(ctx.data, event).join('; ');
  return html`<section class="card" part="card" aria-labelledby="card-title">
    ${header(
      ctx,
      renderGlyph(event.kind, kindGlyph(event.kind)),
      `${KIND_LABEL[event.kind]} · ${formatNumber(position, ctx.locale)} of ${formatNumber(ctx.layout.order.length, ctx.locale)}`,
    )}
    <p class="card-title" id="card-title">${event.title}</p>
    <dl class="facts">
      <dt>When</dt>
      <dd>${formatStamp(event.date, ctx.locale)}</dd>
      ${
        place
          ? html`<dt>Where</dt>
              <dd>${place}</dd>`
          : nothing
      }
      ${
        link
          ? html`<dt>Ceasefire</dt>
              <dd class="link-text">${link}.</dd>`
          : nothing
      }
      <dt>Figures</dt>
      ${figures(ctx, event)}
      <dt>Status</dt>
      <dd>${statusText(ctx.data, [event])}</dd>
      <dt>Reported by</dt>
      <dd>${reporters}</dd>
      <dt>Cited from</dt>
      <dd>${citationText(ctx.data, event)}</dd>
    </dl>
    <p class="card-summary">${event.summary}</p>
    ${violations.length > 0 ? eventButtons(ctx, violations, 'Violations of this ceasefire reported in this range:') : nothing}
  </section>`;
}

/** A group's card: what it holds, and each event as a button. */
export function groupCard(ctx: CardContext, events: readonly TimelineEvent[]): TemplateResult {
  return html`<section class="card" part="card" aria-labelledby="card-title">
    ${header(ctx, renderGlyph('group', groupGlyph(events.length)), 'Group of events')}
    <p class="card-title" id="card-title">${groupText(events, ctx.locale)}</p>
    ${eventButtons(ctx, events, 'Choose an event:')}
  </section>`;
}

/** The open card, if any, in a box that closes it on Escape. */
export function renderCard(
  ctx: CardContext,
  event: TimelineEvent | undefined,
  group: readonly TimelineEvent[] | undefined,
): TemplateResult | undefined {
  const card = group ? groupCard(ctx, group) : event ? eventCard(ctx, event) : undefined;
  return card
    ? html`<div class="card-box ${ctx.layout.mode}" @keydown=${ctx.onKeydown}>${card}</div>`
    : undefined;
}
