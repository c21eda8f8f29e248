import { html, type TemplateResult } from 'lit';
import type { Dataset, TimelineEvent } from '../../../data/types.js';
import { formatStamp } from '../../../internal/format.js';
import { sentence, type Words } from '../../../internal/i18n.js';
import type { HorizontalLayout, Row, VerticalLayout } from '../layout/types.js';
import { timelineWords } from '../messages.js';
import {
  eventCount,
  eventLabelsIn,
  eventLine,
  groupKinds,
  groupText,
  rowMeta,
  shortDay,
  timeOfDay,
} from '../text.js';
import type { Ready } from '../view.js';
import { renderGlyph } from './glyph.js';

/** The screen-reader list names every event up to this many, then the groups drawn. */
export const LIST_LIMIT = 500;

function renderRow(
  data: Dataset,
  row: Row,
  previous: Row | undefined,
  active: boolean,
  locale: string,
): TemplateResult {
  const first = row.events[0];
  const single = row.events.length === 1;
  const year = new Date(row.time).getUTCFullYear();
  const withYear = !previous || new Date(previous.time).getUTCFullYear() !== year;
  const day = shortDay(row.time, locale, withYear);
  const time = single ? timeOfDay(first, locale) : '';
  const kind = single ? first.kind : 'group';
  return html`<li class="row ${kind}${active ? ' active' : ''}" data-key=${row.key}>
    <span class="when" aria-hidden="true"
      >${time ? html`${day} <span class="time">${time}</span>` : day}</span
    >
    <span class="row-mark">${renderGlyph(kind, row.glyph, row.noFigure)}</span>
    <span class="what">
      ${
        single
          ? html`<span class="visually-hidden">${sentence(formatStamp(first.date, locale))}</span>
              <span class="row-title">${eventLabelsIn(data, locale, first.title, [first])}</span>
              <span class="row-meta">${rowMeta(data, first, locale)}</span>`
          : html`<span class="visually-hidden">${groupText(row.events, locale)}</span>
              <span class="row-title" aria-hidden="true"
                >${eventCount(row.events.length, locale)}</span
              >
              <span class="row-meta" aria-hidden="true">${groupKinds(row.events, locale)}</span>`
      }
    </span>
  </li>`;
}

/**
 * The narrow layout: one row per event (or per day, for very many), dates
 * down the side. An open card sits right under its row, where a phone reader
 * is looking, not at the end of a long list.
 */
export function renderRows(
  data: Dataset,
  layout: VerticalLayout,
  keys: { active: string | undefined; card: string | undefined },
  card: TemplateResult | undefined,
  locale: string,
): TemplateResult {
  return html`<ol class="rows" part="list">
    ${layout.rows.map((row, i) => {
      const item = renderRow(data, row, layout.rows[i - 1], row.key === keys.active, locale);
      return row.key === keys.card && card
        ? html`${item}
            <li class="card-row">${card}</li>`
        : item;
    })}
  </ol>`;
}

/** Every event as text for screen readers while the chart is drawn (it is aria-hidden), and on paper. */
export function renderScreenReaderList(
  data: Dataset,
  layout: HorizontalLayout,
  locale: string,
): TemplateResult {
  return html`<ol class="visually-hidden print-shown" aria-label=${timelineWords(locale).eventList}>
    ${listItems(data, layout, locale).map((text) => html`<li>${text}</li>`)}
  </ol>`;
}

/** Every event as a sentence, in date order; past LIST_LIMIT events on the chart, the groups drawn. */
export function listItems(
  data: Dataset,
  layout: HorizontalLayout | VerticalLayout,
  locale: string,
): Words[] {
  const line = (e: TimelineEvent) => eventLine(data, e, locale);
  if (layout.order.length <= LIST_LIMIT || layout.mode !== 'horizontal')
    return layout.order.map(line);
  return [...layout.marks]
    .sort((a, b) => a.span[0] - b.span[0])
    .map((m) => (m.shape === 'group' ? sentence(groupText(m.events, locale)) : line(m.events[0])));
}

/** What each shape means, for the kinds shown. */
export function renderLegend(legend: Ready['legend']): TemplateResult {
  return html`<ul class="legend" part="legend">
    ${legend.map(
      (item) =>
        html`<li>
          ${item.glyphs.map((g) => renderGlyph(g.kind, g.glyph, g.noFigure))}${item.text}
        </li>`,
    )}
  </ul>`;
}

/** What the drawing leaves out (undated events and snapshots), and the totals in words. */
export function renderNotes(notes: Ready['notes']): TemplateResult {
  return html`<div class="notes" part="notes">
    ${notes.map((n) => html`<p class=${n.hidden ? 'visually-hidden' : ''}>${n.words}</p>`)}
  </div>`;
}
