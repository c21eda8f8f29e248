import { html, nothing, type TemplateResult } from 'lit';
import { wordsIn, type Words } from './i18n.js';
import type { Scope } from './source-text.js';

/** The scope statement in its own language, then any warning in the reader's. */
export const scopeContent = ({ statement, lang, warning }: Scope) =>
  html`${wordsIn(lang, statement)}${warning ? ` ${warning}` : ''}`;

/**
 * The source block under every element: the dataset's scope statement in its
 * own box (whose figures these are, what they do not cover, whether anyone
 * checked them), then the source line if there is one. With `hidden` (hide-source) it leaves
 * the visual layout but stays in the accessibility tree, so a screen reader
 * still hears both and the element can point aria-describedby at them
 * (`${id}-scope` and `id`).
 */
export function renderSourceBlock(
  scope: Scope,
  source: Words,
  hidden: boolean,
  id = 'source',
): TemplateResult {
  return html`<div
    part="source-block"
    class=${hidden ? 'source-block visually-hidden' : 'source-block'}
  >
    <p id=${`${id}-scope`} part="scope" class="scope">${scopeContent(scope)}</p>
    ${source ? html`<p id=${id} part="source" class="source">${source}</p>` : nothing}
  </div>`;
}
