import { fixture, nextFrame, type html } from '@open-wc/testing';
import '../../../src/components/casualty-counter/casualty-counter.js';
import type { CwCasualtyCounter } from '../../../src/components/casualty-counter/casualty-counter.js';
import type { Dataset } from '../../../src/data/types.js';
import { fig, synthetic } from '../../fixtures/synthetic.js';

/**
 * Synthetic data with a five-digit national figure, so a count-up has many
 * steps and a separator, and with another version and a discrepancy note, so
 * the count-up tests run with everything the counter can show around it.
 */
export function bigNumber(): Dataset {
  const data = synthetic();
  data.national.killed = [
    fig('n-killed-big', 12345),
    fig('n-killed-big-undated', 9876, { asOf: { precision: 'unknown' } }),
  ];
  data.discrepancies = [
    { id: 'big', figures: ['n-killed-big', 'a-killed'], note: 'Example note on the big figure.' },
  ];
  return data;
}

/** Named pieces of the rendered element. */
export function parts(el: CwCasualtyCounter) {
  const root = el.shadowRoot!;
  const text = (selector: string) => root.querySelector(selector)?.textContent.trim();
  return {
    root: root.querySelector<HTMLElement>('.cw-root')!,
    digits: () => text('.digits'),
    digitsEl: () => root.querySelector<HTMLElement>('.digits'),
    qualifier: () => text('.qualifier'),
    label: () => text('[part="label"]'),
    date: () => text('[part="date"]'),
    statement: () => text('[part="statement"]'),
    source: () => text('[part="source"]'),
    versionsEl: () => root.querySelector<HTMLElement>('[part="versions"]'),
    versionsLine: () => text('[part="versions"] > p'),
    notes: () => [...root.querySelectorAll('[part="note"]')].map((n) => n.textContent.trim()),
    sourceEl: () => root.querySelector<HTMLElement>('[part="source"]'),
    summary: () => text('.summary'),
    liveRegions: () => [...root.querySelectorAll<HTMLElement>('[aria-live], [role="status"]')],
    error: () => text('[part="error"]'),
    errorEl: () => root.querySelector<HTMLElement>('[part="error"]'),
  };
}

/**
 * Waits until the element shows a figure, a statement or an error:
 * updateComplete waits for the data, including the validator and fetch code
 * the first `.data` or `src` of a page imports.
 */
export async function settled(el: CwCasualtyCounter): Promise<void> {
  await el.updateComplete;
}

/** The counter a template draws (itself, or the first inside it), once settled. */
export async function counter(template: ReturnType<typeof html>): Promise<CwCasualtyCounter> {
  const el = await fixture<CwCasualtyCounter>(template);
  const found =
    el.localName === 'cw-casualty-counter' ? el : el.querySelector('cw-casualty-counter')!;
  await settled(found);
  return found;
}

/**
 * The count-up's phase. Private state, read only so tests can tell "done"
 * from "showing the final value in the last frames before done".
 */
export function countUpPhase(el: CwCasualtyCounter): string {
  return (el as unknown as { countUp: { phase: string } }).countUp.phase;
}

/** Collects what the digits show on each of the next `count` frames. */
export async function framesOfDigits(el: CwCasualtyCounter, count: number): Promise<string[]> {
  const seen: string[] = [];
  for (let i = 0; i < count; i++) {
    await nextFrame();
    seen.push(parts(el).digits() ?? '');
  }
  return seen;
}

/** Number of the form the digits show, without group separators. */
export const asNumber = (text: string) => Number(text.replace(/\D/g, ''));
