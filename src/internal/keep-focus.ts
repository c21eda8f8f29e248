import type { ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentFragment };

/**
 * Keeps the keyboard focus in the element when an update removes the node
 * that had it: new data leaves fewer bars, a narrower column turns the
 * timeline into a list. The browser would hand the focus to the page's body,
 * sending a keyboard or screen-reader user back to the top of the article;
 * `target()` names where it goes instead (nowhere, if the update drew none).
 */
export function keepFocus(host: Host, target: () => HTMLElement | SVGElement | null): void {
  const focusedInside = () => (host.renderRoot as ShadowRoot).activeElement !== null;
  /** Whether the focus was in the element when the update began. */
  let had = false;
  host.addController({
    hostUpdate() {
      had = focusedInside();
    },
    hostUpdated() {
      if (had && !focusedInside()) target()?.focus();
    },
  });
}
