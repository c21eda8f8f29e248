import type { ValidationError } from '../data/validate.js';

export type CwErrorCode =
  | 'fetch-failed'
  | 'timeout'
  | 'http-status'
  | 'content-type'
  | 'too-large'
  | 'invalid-json'
  | 'invalid-data'
  | 'invalid-csv'
  | 'csv-rows-skipped'
  | 'invalid-attribute'
  | 'unknown-region'
  | 'image-failed';

/** What went wrong, short enough to show inside the element. */
export interface CwError {
  code: CwErrorCode;
  /** One plain sentence for readers; shown inside the element. */
  message: string;
  /** Validation problems, when the data itself was at fault (for CSV: each with its row and column). */
  details?: ValidationError[];
}

/** Detail of the bubbling, composed `cw-error` event. */
export type CwErrorDetail = CwError;

// The event bubbles and is composed, so a page listens on the element, the
// document or the window, typed in each (cw-ready's types: events.ts).
declare global {
  interface HTMLElementEventMap {
    'cw-error': CustomEvent<CwErrorDetail>;
  }
  interface DocumentEventMap {
    'cw-error': CustomEvent<CwErrorDetail>;
  }
  interface WindowEventMap {
    'cw-error': CustomEvent<CwErrorDetail>;
  }
}

/**
 * The last problem each reporter told the page about. A reporter is an element
 * (its attributes) or its data controller (the data), kept apart so that
 * neither a fix nor a new problem on one side repeats or re-arms the other's.
 */
const reported = new WeakMap<object, string>();

/**
 * Tells the page once per distinct problem: one console warning with the
 * details and one bubbling, composed `cw-error` event from `host`. Re-reports
 * of the problem `reporter` (by default the host itself) last reported stay quiet.
 */
export function reportError(host: HTMLElement, error: CwError, reporter: object = host): void {
  const key = `${error.code}|${error.message}`;
  if (reported.get(reporter) === key) return;
  reported.set(reporter, key);
  console.warn(`<${host.localName}>: ${error.message}`, error.details ?? '');
  host.dispatchEvent(new CustomEvent('cw-error', { detail: error, bubbles: true, composed: true }));
}

/** Forgets the reporter's last problem, so the same one is reported again if it recurs after a fix. */
export function clearError(reporter: object): void {
  reported.delete(reporter);
}

/** The last drawing each element announced. */
const announced = new WeakMap<HTMLElement, object>();

/**
 * Tells the page the figures of `drawing` (the view the element has just
 * rendered) are on screen: one bubbling, composed `cw-ready` event per
 * drawing, so a re-render of the same view (a focus move, a count-up frame)
 * stays quiet and new data or attributes announce again. A page can then
 * screenshot, measure or print the element without polling for its content.
 */
export function reportReady(host: HTMLElement, drawing: object): void {
  if (announced.get(host) === drawing) return;
  announced.set(host, drawing);
  host.dispatchEvent(
    new CustomEvent('cw-ready', { detail: { element: host }, bubbles: true, composed: true }),
  );
}
