import { expect, fixture, waitUntil } from '@open-wc/testing';
import '../../src/elements.js';
import { outside } from '../fixtures/overflow.js';

const TAGS = ['cw-casualty-counter', 'cw-regional-bar-chart', 'cw-ceasefire-timeline'];

/** A reader's large text (or a page's --cw-font-size) in a phone column: nothing leaves the box. */
describe('large text in a narrow column', () => {
  for (const tag of TAGS)
    for (const size of ['24px', '48px'])
      it(`${tag} at --cw-font-size ${size} in 320 px stays in its box`, async () => {
        const wrapper = await fixture<HTMLDivElement>(
          `<div style="width: 320px; --cw-font-size: ${size}"><${tag} start="none"></${tag}></div>`,
        );
        const el = wrapper.firstElementChild as HTMLElement & { updateComplete: Promise<boolean> };
        await el.updateComplete;
        await waitUntil(() => el.shadowRoot?.querySelector('.source'), 'no figures', {
          timeout: 5000,
        });
        // The first layout may use a guessed width; the measured one follows a frame later.
        await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
        await el.updateComplete;
        expect(outside(el)).to.be.at.most(0.5);
      });
});

describe('the narrow timeline list', () => {
  it('at 320 px gives its text most of the width: the date moves above the title', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      `<div style="width: 320px"><cw-ceasefire-timeline></cw-ceasefire-timeline></div>`,
    );
    const el = wrapper.firstElementChild as HTMLElement & { updateComplete: Promise<boolean> };
    await el.updateComplete;
    await waitUntil(() => el.shadowRoot?.querySelector('.rows .what'), 'no list', {
      timeout: 5000,
    });
    const text = el.shadowRoot!.querySelector('.rows .what')!.getBoundingClientRect();
    const when = el.shadowRoot!.querySelector('.rows .when')!.getBoundingClientRect();
    expect(text.width).to.be.above(200);
    expect(when.bottom).to.be.at.most(text.top + 1);
  });
});
