import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/elements.js';
import { synthetic } from '../fixtures/synthetic.js';

const TAGS = ['cw-casualty-counter', 'cw-regional-bar-chart', 'cw-ceasefire-timeline'] as const;

/** The host page's CSS that legitimately reaches into the elements. */
describe('host page CSS', () => {
  for (const tag of TAGS) {
    it(`${tag} stays hidden inside a visibility: hidden ancestor, and shows when it is lifted`, async () => {
      const panel = await fixture<HTMLDivElement>(html`<div style="visibility: hidden"></div>`);
      const el = document.createElement(tag);
      el.setAttribute('start', 'none');
      el.data = synthetic();
      panel.append(el);
      await waitUntil(() => el.shadowRoot?.querySelector('.source'), 'never rendered', {
        timeout: 5000,
      });
      const source = el.shadowRoot!.querySelector('.source')!;
      expect(source.checkVisibility({ visibilityProperty: true })).to.equal(false);
      panel.style.visibility = 'visible';
      expect(source.checkVisibility({ visibilityProperty: true })).to.equal(true);
    });
  }
});
