import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/elements.js';

const TAGS = ['cw-casualty-counter', 'cw-regional-bar-chart', 'cw-ceasefire-timeline'] as const;

/** The request is in flight: /__test/slow.json answers after 1.5 s (with `{}`, not a dataset). */
const inFlight = () => new Promise((resolve) => setTimeout(resolve, 100));

/** Loading ended: the element shows its figures or its error, not "Loading…". */
const settled = (el: HTMLElement) =>
  waitUntil(
    () => el.shadowRoot?.querySelector('.source, [part="error"]'),
    `${el.localName} stuck loading`,
    { timeout: 6000 },
  );

function slowElement(tag: (typeof TAGS)[number], key: string): HTMLElement {
  const el = document.createElement(tag);
  el.setAttribute('start', 'none');
  el.setAttribute('src', `/__test/slow.json?${tag}-${key}`);
  return el;
}

/**
 * Frameworks move elements while they load (keyed lists, portals, strict
 * mode's double mount): a load cut short by a disconnect must start again on
 * reconnect, never leave the element on "Loading…".
 */
describe('elements that move while their data loads', () => {
  for (const tag of TAGS) {
    it(`${tag}: removed mid-load and re-added, 100 cycles, settles`, async () => {
      const parent = await fixture<HTMLDivElement>(html`<div></div>`);
      const el = slowElement(tag, 'cycles');
      parent.append(el);
      await inFlight();
      for (let i = 0; i < 100; i++) {
        el.remove();
        parent.append(el);
      }
      await settled(el);
      // The slow endpoint's `{}` is not a dataset: the visible error proves the load finished.
      expect(el.shadowRoot!.querySelector('[part="error"]')?.textContent).to.match(/\S/);
    });

    it(`${tag}: moved to another parent mid-load, settles`, async () => {
      const a = await fixture<HTMLDivElement>(html`<div></div>`);
      const b = await fixture<HTMLDivElement>(html`<div></div>`);
      const el = slowElement(tag, 'moved');
      a.append(el);
      await inFlight();
      b.append(el);
      await settled(el);
    });
  }
});
