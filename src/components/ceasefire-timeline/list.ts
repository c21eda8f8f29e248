import { html, nothing, type TemplateResult } from 'lit';
import type { Dataset, EventKind, TimelineEvent } from '../../data/types.js';
import { formatNumber, formatStamp } from '../../internal/format.js';
import type { HorizontalLayout, Row, TimelineLayout, VerticalLayout } from './layout-types.js';
import { glyph } from './marks.js';
import type { Prepared } from './view.js';
import {
  eventLine,
  groupKinds,
  groupText,
  killedText,
  placeText,
  shortDay,
  timeOfDay,
  totalsText,
} from './text.js';

/** The screen-reader list names every event up to this many, then the groups drawn. */
export const LIST_LIMIT = 500;

function rowMeta(data: Dataset, event: TimelineEvent, locale: string): string {
  const ceasefire = event.violates ? data.events.find((e) => e.id === event.violates) : undefined;
  const parts = [
    placeText(data, event),
    killedText(data, event, locale),
    ceasefire
      ? `reported violation of the ${ceasefire.brokeredIn ?? ceasefire.title} ceasefire`
      : undefined,
  ];
  return parts.filter((p): p is string => Boolean(p)).join(' · ');
}

function renderRow(
  data: Dataset,
  layout: VerticalLayout,
  row: Row,
  previous: Row | undefined,
  active: boolean,
  locale: string,
): TemplateResult {
  const first = row.events.at(0);
  if (!first) return html``;
  const single = row.events.length === 1;
  const year = new Date(row.time).getUTCFullYear();
  const withYear = !previous || new Date(previous.time).getUTCFullYear() !== year;
  const time = single ? timeOfDay(first) : '';
  const period = row.period === undefined ? undefined : layout.periods[row.period];
  const startsPeriod = period?.ceasefire === first && single;
  return html`<li
    class="row ${single ? first.kind : 'group'}${active ? ' active' : ''}"
    data-key=${row.key}
  >
    <span class="when" aria-hidden="true"
      >${shortDay(row.time, locale, withYear)}${time ? html`<span class="time">${time}</span>` : nothing}</span
    >
    <span
      class="rail${period ? ` in-band shade-${period.shade}` : ''}${startsPeriod ? ' starts' : ''}"
    ></span>
    <span class="row-mark"
      >${single ? glyph(first.kind, { r: row.r, noFigure: row.noFigure }) : glyph('group', { count: row.events.length })}</span
    >
    <span class="what">
      ${
        single
          ? html`<span class="visually-hidden">${formatStamp(first.date, locale)}.</span>
              <span class="row-title">${first.title}</span>
              <span class="row-meta">${rowMeta(data, first, locale)}</span>`
          : html`<span class="visually-hidden">${groupText(row.events, locale)}</span>
              <span class="row-title" aria-hidden="true"
                >${formatNumber(row.events.length, locale)} events</span
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
  activeKey: string | undefined,
  card: TemplateResult | undefined,
  locale: string,
): TemplateResult {
  return html`<ol class="rows" part="list">
    ${layout.rows.map((row, i) => {
      const active = row.key === activeKey;
      const item = renderRow(data, layout, row, layout.rows[i - 1], active, locale);
      return active && card
        ? html`${item}
            <li class="card-row">${card}</li>`
        : item;
    })}
  </ol>`;
}

/** Every event as text for screen readers while the chart is drawn (it is aria-hidden). */
export function renderScreenReaderList(
  data: Dataset,
  layout: HorizontalLayout,
  locale: string,
): TemplateResult {
  const items =
    layout.order.length <= LIST_LIMIT
      ? layout.order.map((e) => eventLine(data, e, locale))
      : [...layout.marks]
          .sort((a, b) => a.span[0] - b.span[0])
          .map((m) =>
            m.events.length === 1 && m.events[0]
              ? eventLine(data, m.events[0], locale)
              : `${groupText(m.events, locale)}.`,
          );
  return html`<ol class="visually-hidden" aria-label="Events in time order">
    ${items.map((text) => html`<li>${text}</li>`)}
  </ol>`;
}

/** What each shape means, for the kinds shown. */
export function renderLegend(
  layout: TimelineLayout,
  kinds: readonly EventKind[],
  locale: string,
): TemplateResult {
  const hasGroups = layout.groups.size > 0;
  const hasNoFigure =
    layout.mode === 'horizontal'
      ? layout.marks.some((m) => m.noFigure)
      : layout.rows.some((r) => r.noFigure);
  return html`<ul class="legend" part="legend">
    ${
      kinds.includes('ceasefire')
        ? html`<li>${glyph('ceasefire')}Ceasefire, shaded until the next one</li>`
        : nothing
    }
    ${
      kinds.includes('violation')
        ? html`<li>
            ${glyph('violation')}Reported violation, linked to the ceasefire it is reported to have
            broken
          </li>`
        : nothing
    }
    ${
      kinds.includes('attack')
        ? html`<li>${glyph('attack')}Attack on a populated area</li>`
        : nothing
    }
    ${
      layout.maxKilled > 0
        ? html`<li>
            Marker area shows reported deaths, for attacks and violations alike (largest:
            ${formatNumber(layout.maxKilled, locale)})
          </li>`
        : nothing
    }
    ${
      hasNoFigure
        ? html`<li>
            ${kinds.includes('attack') ? glyph('attack', { r: 4, noFigure: true }) : nothing}
            ${kinds.includes('violation') ? glyph('violation', { r: 4, noFigure: true }) : nothing}
            No casualty figure reported
          </li>`
        : nothing
    }
    ${hasGroups ? html`<li>${glyph('group', { count: 3 })}Nearby events, grouped; select to list them</li>` : nothing}
  </ul>`;
}

/** What the drawing leaves out (undated events and snapshots), and the totals in words. */
export function renderNotes(data: Dataset, prepared: Prepared, locale: string): TemplateResult {
  const undated = prepared.timeline.undated;
  const totals = prepared.totals;
  const n = (count: number, one: string, many: string) =>
    `${formatNumber(count, locale)} ${count === 1 ? one : many}`;
  return html`<div class="notes" part="notes">
    ${
      totals
        ? html`<p
            class=${prepared.layout.mode === 'horizontal' && totals.points.length > 0 ? 'visually-hidden' : ''}
          >
            ${totalsText(data, totals.points, locale)}
          </p>`
        : nothing
    }
    ${
      totals && totals.undated > 0
        ? html`<p>${n(totals.undated, 'undated snapshot', 'undated snapshots')} not shown.</p>`
        : nothing
    }
    ${
      undated.length > 0
        ? html`<p>
            ${n(undated.length, 'event has', 'events have')} no stated date and
            ${undated.length === 1 ? 'is' : 'are'} not placed on the axis:
            ${undated.map((e) => e.title).join('; ')}.
          </p>`
        : nothing
    }
  </div>`;
}
