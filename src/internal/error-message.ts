import { html, type TemplateResult } from 'lit';

/**
 * A short visible error in place of a widget's content, so a broken embed
 * never shows an empty box or a number that is not what the page asked for.
 */
export function renderError(message: string): TemplateResult {
  return html`<p part="error" class="error" role="alert">${message}</p>`;
}
