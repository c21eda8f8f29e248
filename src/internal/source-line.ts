import { html, type TemplateResult } from 'lit';

/**
 * The source line as a paragraph. With `hidden` it leaves the visual layout
 * but stays in the accessibility tree, so the element can still point
 * aria-describedby at it.
 */
export function renderSourceLine(text: string, hidden: boolean, id = 'source'): TemplateResult {
  return html`<p id=${id} part="source" class=${hidden ? 'source visually-hidden' : 'source'}>
    ${text}
  </p>`;
}
