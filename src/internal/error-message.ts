import { html, type TemplateResult } from 'lit';
import type { CwError } from './errors.js';
import { languageOf, wordsLanguage } from './i18n.js';
import { common } from './messages.js';

/**
 * A short visible error in place of a widget's content, so a broken embed
 * never shows an empty box or a number that is not what the page asked for.
 * The message names attributes and URLs for the page's developer, in English
 * (as in the console and the `cw-error` event); where a catalogue speaks
 * another language, a sentence for the reader comes first and the English is
 * marked as such.
 */
export function renderError(error: CwError, locale: string): TemplateResult {
  const english = languageOf(wordsLanguage(locale)) === 'en';
  const text = english
    ? error.message
    : html`${common(locale).error[error.code]} <span lang="en">${error.message}</span>`;
  return html`<p part="error" class="error" role="alert">${text}</p>`;
}
