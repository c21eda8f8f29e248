import type { ValidationError } from '../data/validate.js';

export type CwErrorCode =
  | 'fetch-failed'
  | 'timeout'
  | 'http-status'
  | 'content-type'
  | 'too-large'
  | 'invalid-json'
  | 'invalid-data'
  | 'invalid-attribute'
  | 'unknown-region';

/** What went wrong, short enough to show inside the element. */
export interface CwError {
  code: CwErrorCode;
  /** One plain sentence for readers; shown inside the element. */
  message: string;
  /** Validation problems, when the data itself was at fault. */
  details?: ValidationError[];
}

/** Detail of the bubbling, composed `cw-error` event. */
export type CwErrorDetail = CwError;

declare global {
  interface HTMLElementEventMap {
    'cw-error': CustomEvent<CwErrorDetail>;
  }
}

const reported = new WeakMap<HTMLElement, string>();
const keyOf = (error: CwError) => `${error.code}|${error.message}`;

/**
 * Tells the page once per distinct problem: one console warning with the
 * details and one bubbling, composed `cw-error` event. Re-renders of the same
 * broken state stay quiet.
 */
export function reportError(host: HTMLElement, error: CwError): void {
  const key = keyOf(error);
  if (reported.get(host) === key) return;
  reported.set(host, key);
  console.warn(`<${host.localName}>: ${error.message}`, error.details ?? '');
  host.dispatchEvent(new CustomEvent('cw-error', { detail: error, bubbles: true, composed: true }));
}

/**
 * Forget the last problem, so the same one is reported again if it recurs
 * after a fix. With `error`, only if that is the problem on record: the data
 * controller clears its own errors without re-arming an attribute problem.
 */
export function clearError(host: HTMLElement, error?: CwError): void {
  if (!error || reported.get(host) === keyOf(error)) reported.delete(host);
}
