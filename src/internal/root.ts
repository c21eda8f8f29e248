import { html, type TemplateResult } from 'lit';
import { textDirection } from './i18n.js';
import { reserveHeight } from './reserve.js';

/**
 * Every element's root, `.cw-root`, around its content: the language and
 * writing direction its words are in (so screen readers pronounce them and
 * right-to-left catalogues mirror the layout), and while its data loads the
 * height it reserves (reserveHeight()).
 */
export function rootTemplate(
  host: HTMLElement,
  locale: string,
  loading: { loading: boolean; bundled: boolean },
  content: unknown,
): TemplateResult {
  return html`<div
    class="cw-root"
    part="base"
    lang=${locale}
    dir=${textDirection(locale)}
    ${reserveHeight(host, loading.loading, loading.bundled)}
  >
    ${content}
  </div>`;
}
