import { html, nothing, type TemplateResult } from 'lit';
import { fallbackTemplate } from '../../internal/fallback.js';
import { renderDataTable } from './table.js';
import { chartNotes, type ChartView } from './view.js';

/**
 * The chart without JavaScript: its title, date line and summary, the table
 * of every region with its sources, the notes under the bars, the scope and
 * the source.
 */
export function chartFallback(view: ChartView): TemplateResult | typeof nothing {
  if (view.kind !== 'ready') return nothing;
  return fallbackTemplate(
    view.locale,
    html`<p><strong>${view.quote(view.title)}</strong></p>
      <p>${view.asOf}</p>
      <p>${view.quote(view.summary)}</p>
      ${renderDataTable(view.table)} ${chartNotes(view).map(({ words }) => html`<p>${words}</p>`)}`,
    view,
  );
}
