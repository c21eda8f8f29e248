import type { ReactiveElement } from 'lit';
import type { DirectiveResult } from 'lit/directive.js';
import { cssomStyle } from './cssom-style.js';
import { MEASURED, type Measured } from './measured.js';
import { guessBox } from './observers.js';

/** Whether every attribute the element reads from `host` leaves its height as measured. */
function drawnAsMeasured(host: HTMLElement, measured: Measured): boolean {
  const { observedAttributes } = host.constructor as typeof ReactiveElement;
  return [...host.attributes].every(({ name, value }) => {
    if (!observedAttributes.includes(name)) return true;
    if (!(name in measured.neutral)) return false;
    const required = measured.neutral[name];
    return required === undefined || required === value;
  });
}

/**
 * For the host's root (`<div class="cw-root" ${reserveHeight(...)}>`): while
 * `loading`, a min-height set through the CSSOM (strict CSP pages allow it):
 * the page's `--cw-reserve-height` when it sets one; else, when the data is
 * the bundled dataset and the attributes those it was measured with, its
 * measured height for the column it is in; else none, and the element grows
 * once when its data arrives. Nothing once loaded. Reads the host's width,
 * which forces a page layout, only while loading the bundled dataset.
 */
export function reserveHeight(
  host: ReactiveElement,
  loading: boolean,
  bundled: boolean,
): DirectiveResult {
  if (!loading) return cssomStyle({});
  // A subclass registered under another tag name has no measured heights.
  const measured = (MEASURED as Partial<Record<string, Measured>>)[host.localName];
  let fallback = '';
  if (bundled && measured && drawnAsMeasured(host, measured)) {
    const wide = guessBox(host).width >= measured.wideFrom;
    fallback = `, ${String(wide ? measured.wide : measured.narrow)}px`;
  }
  return cssomStyle({ 'min-height': `var(--cw-reserve-height${fallback})` });
}
