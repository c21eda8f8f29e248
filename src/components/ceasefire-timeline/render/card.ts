import { html, nothing, type TemplateResult } from 'lit';
import type { Dataset, TimelineEvent } from '../../../data/types.js';
import { formatNumber } from '../../../internal/format.js';
import { phraseList } from '../../../internal/messages.js';
import {
  citationText,
  citedIn,
  creditText,
  headingText,
  statusText,
} from '../../../internal/source-text.js';
import { MARKER, groupGlyph, kindGlyph } from '../layout/markers.js';
import type { TimelineLayout } from '../layout/types.js';
import { textLanguage } from '../../../data/translate.js';
import { sentence, wordsIn } from '../../../internal/i18n.js';
import { timelineWords } from '../messages.js';
import {
  dateLabel,
  discrepancyNotes,
  eventLabelsIn,
  eventLine,
  groupText,
  placeText,
  stampText,
  violationText,
} from '../text.js';
import { renderClaims, renderFigures } from './claims.js';
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
      class="close print-hidden"
      part="close"
      aria-label=${timelineWords(ctx.locale).close}
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
            ${timelineWords(ctx.locale).listCut(
              formatNumber(shown.length, ctx.locale),
              formatNumber(events.length, ctx.locale),
            )}
          </p>`
        : nothing
    }`;
}

/** The details of one event: when, where, each claim with its own status and credit, citation. */
export function eventCard(ctx: CardContext, event: TimelineEvent): TemplateResult {
  const { data, locale } = ctx;
  const words = timelineWords(locale);
  const place = placeText(data, event, locale);
  const link = violationText(data, event, locale);
  const position = (ctx.layout.index.get(event.id) ?? 0) + 1;
  const violations =
    event.kind === 'ceasefire' ? ctx.layout.order.filter((e) => e.violates === event.id) : [];
  const notes = discrepancyNotes(data, [event]);
  const fact = (term: string, detail: unknown) =>
    html`<dt>${term}</dt>
      <dd>${detail}</dd>`;
  return html`<section class="card" part="card" aria-labelledby="card-title">
    ${header(
      ctx,
      renderGlyph(event.kind, kindGlyph(event.kind)),
      words.position(
        words.kind[event.kind],
        formatNumber(position, locale),
        formatNumber(ctx.layout.order.length, locale),
      ),
    )}
    <p class="card-title" id="card-title">${eventLabelsIn(data, locale, event.title, [event])}</p>
    <dl class="facts">
      ${fact(
        dateLabel(event.dateOf, locale),
        html`${stampText(event.date, locale)}
        ${
          event.dateReason
            ? html`<span class="reason"
                >${words.dateReason} ${wordsIn(textLanguage(data), event.dateReason)}</span
              >`
            : nothing
        }`,
      )}
      ${place ? fact(words.where, place) : nothing}
      ${
        link
          ? html`<dt>${words.ceasefire}</dt>
              <dd class="link-text">${sentence(link)}</dd>`
          : nothing
      }
      <dt>${words.figures}</dt>
      ${renderFigures(data, event, locale)}
      ${
        notes.length > 0
          ? fact(
              words.note,
              notes.map((n) => html`<p class="note">${wordsIn(textLanguage(data), n)}</p>`),
            )
          : nothing
      }
      ${
        event.claims && event.claims.length > 0
          ? html`<dt>${words.claims}</dt>
              ${renderClaims(data, event, locale)}`
          : fact(words.status, statusText(data, [event], locale))
      }
      ${fact(words.reportedBy, phraseList(creditText(data, event, locale), locale))}
      ${fact(
        words.citedFrom,
        html`${citedIn(data, citationText(data, event), [event])}
          <span class="reason">(${citedIn(data, headingText(event, locale), [event])})</span>`,
      )}
    </dl>
    <p class="card-summary">${wordsIn(textLanguage(data), event.summary)}</p>
    ${violations.length > 0 ? eventButtons(ctx, violations, words.violations) : nothing}
  </section>`;
}

/** A group's card: what it holds, and each event as a button. */
export function groupCard(ctx: CardContext, events: readonly TimelineEvent[]): TemplateResult {
  const words = timelineWords(ctx.locale);
  return html`<section class="card" part="card" aria-labelledby="card-title">
    ${header(ctx, renderGlyph('group', groupGlyph(events.length)), words.group)}
    <p class="card-title" id="card-title">${groupText(events, ctx.locale)}</p>
    ${eventButtons(ctx, events, words.chooseEvent)}
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
