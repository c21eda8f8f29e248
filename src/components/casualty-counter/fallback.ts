import { html, nothing, type TemplateResult } from 'lit';
import { fallbackTemplate } from '../../internal/fallback.js';
import { wordsIn } from '../../internal/i18n.js';
import { common } from '../../internal/messages.js';
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
  const found = view.kind === 'found' ? view : undefined;
  const versions = found?.versions;
  return fallbackTemplate(
    locale,
    html`<p><strong>${view.quote(view.summary)}</strong></p>
      ${
        versions
          ? html`<p>${versions.line}</p>
              <p>
                ${versions.title}${common(locale).colon}
                ${wordsIn(versions.reasonLang, versions.reason)}
              </p>
              <ul>
                ${versions.sources.map((source) => html`<li>${source}</li>`)}
              </ul>`
          : nothing
      }
      ${found?.notes.map(
        (note) => html`<p>${found.noteLabel} ${wordsIn(found.textLanguage, note)}</p>`,
      )}`,
    view,
  );
}
