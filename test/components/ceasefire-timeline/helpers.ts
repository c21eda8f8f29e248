import { fixture, nextFrame, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import type { Dataset, EventKind, TimelineEvent } from '../../../src/data/types.js';
import type { CwCeasefireTimeline } from '../../../src/components/ceasefire-timeline/ceasefire-timeline.js';
import type { TimelineAttributes } from '../../../src/components/ceasefire-timeline/options.js';
import '../../../src/components/ceasefire-timeline/ceasefire-timeline.js';
import { fig, synthetic } from '../../fixtures/synthetic.js';

/**
 * Mounts an element and waits until it shows data or an error, and has
 * settled on its width. `timeout` (ms) is for very large datasets, whose
 * validation and layout can take seconds on a loaded machine; speed is
 * measured in the bench, never here.
 */
export async function mount(
  template: TemplateResult,
  timeout = 1000,
): Promise<CwCeasefireTimeline> {
  const el = await fixture<CwCeasefireTimeline>(template);
  await waitUntil(
    () => el.shadowRoot?.querySelector('.timeline, .error'),
    'the element never rendered data or an error',
    { timeout },
  );
  await nextFrame();
  await el.updateComplete;
  // Let the card's entrance animation finish: axe measures contrast mid-fade otherwise.
  await Promise.all(el.shadowRoot!.getAnimations().map((animation) => animation.finished));
  return el;
}

export function $(el: Element, selector: string): HTMLElement | null {
  return el.shadowRoot!.querySelector<HTMLElement>(selector);
}
export const $$ = (el: Element, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<HTMLElement>(selector),
];
/**
 * Whether the shadow root has a match. Assertions compare booleans, never DOM
 * nodes: a failing assertion on a node makes the runner serialise it, which
 * can stall the page instead of reporting the failure.
 */
export const has = (el: Element, selector: string) =>
  el.shadowRoot!.querySelector(selector) !== null;

/** Whether focus is on the timeline, the element's one tab stop. */
export const timelineFocused = (el: Element) =>
  el.shadowRoot!.activeElement !== null &&
  el.shadowRoot!.activeElement === el.shadowRoot!.querySelector('.timeline');

export const text = (node: Element | null | undefined) =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** An attack in Region A on a synthetic day and time. */
export function attack(
  id: string,
  value: string,
  killed?: number,
  kind: EventKind = 'attack',
): TimelineEvent {
  return {
    id,
    kind,
    date: { value, precision: value.length > 10 ? 'time' : 'day' },
    title: `Synthetic ${kind} ${id}`,
    summary: 'Example Ministry reported an event in Region A.',
    region: 'region-a',
    ...(kind === 'violation' ? { violates: 'cf-1' } : {}),
    figures: killed === undefined ? {} : { killed: [fig(`${id}-killed`, killed)] },
    reportedBy: ['example-ministry'],
    status: 'reported',
    citation: { source: 'example-report', section: 'Section One' },
  };
}

/** synthetic() plus `n` attacks spread over 2030-01-02 .. 2030-01-09 (obviously synthetic data). */
export function many(n: number): Dataset {
  const data = synthetic();
  const start = Date.UTC(2030, 0, 2);
  const span = 7 * 86_400_000;
  for (let i = 0; i < n; i++) {
    const time = start + Math.floor((i / n) * span);
    const value = new Date(time).toISOString().slice(0, 16);
    data.events.push(
      attack(
        `m-${i}`,
        value,
        i % 3 === 0 ? undefined : (i % 17) + 1,
        i % 4 === 0 ? 'violation' : 'attack',
      ),
    );
  }
  return data;
}

/** The attributes of a timeline on which none is set, with `overrides`. */
export const attributes = (overrides: Partial<TimelineAttributes> = {}): TimelineAttributes => ({
  from: undefined,
  to: undefined,
  kinds: undefined,
  selected: undefined,
  showTotals: false,
  label: undefined,
  theme: undefined,
  ...overrides,
});

/** The centre of `node` on screen, in whole pixels, for sendMouse(). */
export function centre(node: Element): [number, number] {
  const box = node.getBoundingClientRect();
  return [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)];
}

/** Presses `key` and waits for the update it makes. */
export async function press(el: CwCeasefireTimeline, key: string) {
  await sendKeys({ press: key });
  await el.updateComplete;
}
