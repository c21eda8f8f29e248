import type { LitElement, ReactiveElement } from 'lit';
import type { DataController } from './data-controller.js';
import { readyLocale } from './i18n.js';
import { onServer } from './on-server.js';

/**
 * The column a server render lays out in (src/ssr.ts sets it from its
 * `width` option): the width inside the default padding of a 640 px column.
 */
export const serverColumn = { width: 608 };

/** What a server render drew, as its root records it (rootTemplate()). */
interface ServerDrawing {
  width: number;
  loading: boolean;
}

/**
 * What the server drew in the host's declarative shadow root, until the
 * host's first update hydrates it; undefined for an element the browser
 * renders itself (or without Lit's hydration support loaded, which empties
 * a declarative root before the first update).
 */
export function serverDrawing(host: ReactiveElement): ServerDrawing | undefined {
  if (onServer || host.hasUpdated) return undefined;
  const root = host.shadowRoot?.querySelector('.cw-root[data-ssr-width]');
  if (!root) return undefined;
  const width = Number(root.getAttribute('data-ssr-width'));
  return { width, loading: root.hasAttribute('data-ssr-loading') };
}

/**
 * For shouldUpdate(): hydration re-uses the server's DOM as it is, so the
 * first update must draw what the server drew — in its words, with its
 * figures — or Lit could not match the two. Until the locale's words and
 * the data have arrived the element keeps the server's drawing and waits.
 */
export function readyToHydrate(
  host: ReactiveElement & HTMLElement,
  data: DataController,
  locale: string | undefined,
): boolean {
  const drawn = serverDrawing(host);
  if (!drawn) return true;
  if (readyLocale(host, locale) === undefined) return false;
  if (drawn.loading || data.value.status !== 'loading') return true;
  void data.prepare().then(() => {
    host.requestUpdate();
  });
  return false;
}

/**
 * For connectedCallback(): a server-rendered shadow root that this page's
 * Lit does not hydrate (Lit's hydration support not loaded, or loaded for
 * another copy of Lit, as with the CDN files) is emptied, or Lit would draw
 * the element a second time below the server's copy. Lit adopts the
 * element's styles only when it does not hydrate, which tells the two apart.
 */
export function dropUnhydratedRoot(host: LitElement): void {
  const root = host.shadowRoot;
  if (host.hasUpdated || !root || root.adoptedStyleSheets.length === 0) return;
  if (!root.querySelector('.cw-root[data-ssr-width]')) return;
  root.replaceChildren();
  // Lit meant to draw before the server's first node.
  host.renderOptions.renderBefore = null;
}

/**
 * Whether the element's keys work where it is drawn: not in a server render,
 * read without script, so that copy offers no tab stop and no key help that
 * would do nothing; not in the hydration either, which must draw what the
 * server drew; from the update after it, yes.
 */
export function keysController(host: ReactiveElement): { readonly value: boolean } {
  const state = { value: !onServer };
  host.addController({
    hostConnected() {
      if (serverDrawing(host)) state.value = false;
    },
    hostUpdated() {
      if (state.value || onServer) return;
      state.value = true;
      host.requestUpdate();
    },
  });
  return state;
}
