import { html, nothing, type TemplateResult } from 'lit';
import { fallbackTemplate } from '../../internal/fallback.js';
import { renderNotes, renderReasonAndSources } from './context.js';
import type { CounterView } from './view.js';

/**
 * The counter without JavaScript: the figure as the sentence a screen reader
 * hears (qualifier, figure, label, date), its other versions with why this
 * one is shown and each one's source (unfolded, as on paper), the notes on
 * figures that do not add up, the scope and the source.
 */
export function counterFallback(
  view: CounterView,
  locale: string,
): TemplateResult | typeof nothing {
  if (view.kind !== 'found' && view.kind !== 'not-reported') return nothing;
  const versions = view.kind === 'found' ? view.versions : undefined;
  return fallbackTemplate(
    locale,
    html`<p><strong>${view.quote(view.summary)}</strong></p>
      ${
        versions
          ? html`<p>${versions.line}</p>
              <p><strong>${versions.title}</strong></p>
              ${renderReasonAndSources(versions)}`
          : nothing
      }
      ${view.kind === 'found' ? renderNotes(view) : nothing}`,
    view,
  );
}
