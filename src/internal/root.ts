import { html, nothing, type ReactiveElement, type TemplateResult } from 'lit';
import { onServer } from './on-server.js';
import { serverColumn } from './hydration.js';
import { textDirection, wordsLanguage } from './i18n.js';
import { reserveHeight } from './reserve.js';

/**
 * Every element's root, `.cw-root`, around its content: the language its
 * words are in (wordsLanguage()), so screen readers pronounce them in it, and
 * the writing direction of its locale, so right-to-left pages mirror the
 * layout; while its data loads, the height it reserves (reserveHeight()). A
 * server render also records the column it drew for and whether it drew
 * "loading", which hydration must match (see hydration.ts).
 */
export function rootTemplate(
  host: ReactiveElement,
  locale: string,
  loading: { loading: boolean; bundled: boolean },
  content: unknown,
): TemplateResult {
  return html`<div
    class="cw-root"
    part="base"
    lang=${wordsLanguage(locale)}
    dir=${textDirection(locale)}
    data-ssr-width=${onServer ? serverColumn.width : nothing}
    ?data-ssr-loading=${onServer && loading.loading}
    ${reserveHeight(host, loading.loading, loading.bundled)}
  >
    ${content}
  </div>`;
}
