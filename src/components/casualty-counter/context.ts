import { html, type TemplateResult } from 'lit';
import { wordsIn } from '../../internal/i18n.js';
import type { CounterView, VersionsView } from './view.js';

// What the counter says around its figure, for the element (where the reason
// and sources fold away under "Why … is shown") and for its plain-HTML copy
// (unfolded, as on paper) alike.

/** Why the figure shown is the default, then each other version with its own source. */
export const renderReasonAndSources = (versions: VersionsView): TemplateResult =>
  html`<p>${wordsIn(versions.reasonLang, versions.reason)}</p>
    <ul>
      ${versions.sources.map((source) => html`<li>${source}</li>`)}
    </ul>`;

/** The data's notes on figures that do not add up with this one, each after "Note:". */
export const renderNotes = ({
  notes,
  noteLabel,
  textLanguage,
}: Extract<CounterView, { kind: 'found' }>): TemplateResult[] =>
  notes.map(
    (note) => html`<p part="note" class="note">${noteLabel} ${wordsIn(textLanguage, note)}</p>`,
  );
