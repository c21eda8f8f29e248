import type { LitElement } from 'lit';
import { keepControlClicks } from './control-clicks.js';
import { keepStyles } from './document-styles.js';
import { dropUnhydratedRoot } from './hydration.js';
import { guardTextSpacing } from './text-spacing.js';

/**
 * What every element does each time it is connected, after Lit's own
 * connectedCallback(): lets go of a server-rendered root it cannot hydrate,
 * keeps its styles when moved into another document (an iframe, adoptNode),
 * keeps the page's text spacing out of it, and keeps clicks on its controls
 * from following a link around it (added once: the same listener twice is one).
 */
export function settleInPage(host: LitElement): void {
  dropUnhydratedRoot(host);
  keepStyles(host);
  guardTextSpacing(host);
  host.addEventListener('click', keepControlClicks);
}
