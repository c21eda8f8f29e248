import { html, nothing, render, type TemplateResult } from 'lit';
import { scopeContent } from './source-block.js';
import { wordsLanguage, type Words } from './i18n.js';
import type { Scope } from './source-text.js';

/**
 * The frame of every element's plain-HTML fallback (renderLight()): the
 * element's words, without styles or script, in the language they are
 * written in, ending with the scope statement and the source line. It is
 * what a page without JavaScript, a reader mode, a feed or a printout shows
 * inside the element, and what the element hides once it is defined (its
 * shadow root has no slot, so the copy is neither shown nor read twice).
 */
export function fallbackTemplate(
  locale: string,
  content: unknown,
  { scope, source }: { scope: Scope; source: Words },
): TemplateResult {
  return html`<div lang=${wordsLanguage(locale)}>
    ${content}
    <p>${scopeContent(scope)}</p>
    ${source ? html`<p>${source}</p>` : nothing}
  </div>`;
}

/**
 * An element's plain-HTML fallback (its renderLight()) as markup, for a
 * snippet to put inside the element: what the embed builder writes for a
 * CMS that cannot run the render command. Call it once the element has
 * drawn its figures (`await element.updateComplete`).
 */
export function fallbackHTML(element: { renderLight(): unknown }): string {
  const box = document.createElement('div');
  render(element.renderLight(), box);
  // Lit's markers mean nothing outside Lit.
  return box.innerHTML.replace(/<!--[^]*?-->/g, '');
}
