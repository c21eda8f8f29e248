import { html, nothing, type TemplateResult } from 'lit';
import { fallbackTemplate } from '../../internal/fallback.js';
import { listItems } from './render/list.js';
import { eventLabelsIn } from './text.js';
import type { TimelineView } from './view.js';

/**
 * The timeline without JavaScript: its title and summary, then its events
 * in date order as the list screen readers hear, the notes drawn under the
 * chart (totals, undated events, figures that do not add up), the scope and
 * the source.
 */
export function timelineFallback(view: TimelineView): TemplateResult | typeof nothing {
  if (view.status !== 'ready') return nothing;
  return fallbackTemplate(
    view.locale,
    html`<p><strong>${eventLabelsIn(view.data, view.locale, view.title, [])}</strong></p>
      <p>${view.summary}</p>
      <ol>
        ${listItems(view.data, view.layout, view.locale).map((text) => html`<li>${text}</li>`)}
      </ol>
      ${view.notes.map(({ words }) => html`<p>${words}</p>`)}`,
    view,
  );
}
