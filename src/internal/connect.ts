import type { LitElement } from 'lit';
import { keepStyles } from './document-styles.js';
import { dropUnhydratedRoot } from './hydration.js';
import { guardTextSpacing } from './text-spacing.js';

/**
 * What every element does each time it is connected, after Lit's own
 * connectedCallback(): lets go of a server-rendered root it cannot hydrate,
 * keeps its styles when moved into another document (an iframe, adoptNode),
 * and keeps the page's text spacing out of it.
 */
export function settleInPage(host: LitElement): void {
  dropUnhydratedRoot(host);
  keepStyles(host);
  guardTextSpacing(host);
}
