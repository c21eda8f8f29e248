// Every event the elements fire, typed on the global event maps: each element
// entry re-exports this module, so importing any one element types `cw-error`
// and `cw-ready` on the element, the document and the window (`cw-select`,
// which only the timeline fires, comes with the timeline's entry).
export type { CwError, CwErrorCode, CwErrorDetail } from './errors.js';

/** Detail of the bubbling, composed `cw-ready` event. */
export interface CwReadyDetail {
  /** The element that finished drawing. */
  element: HTMLElement;
}

// Fired when an element's figures are drawn, and again after a data change.
declare global {
  interface HTMLElementEventMap {
    'cw-ready': CustomEvent<CwReadyDetail>;
  }
  interface DocumentEventMap {
    'cw-ready': CustomEvent<CwReadyDetail>;
  }
  interface WindowEventMap {
    'cw-ready': CustomEvent<CwReadyDetail>;
  }
}
