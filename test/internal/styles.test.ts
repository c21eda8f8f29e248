import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/casualty-counter/casualty-counter.js';
import { synthetic } from '../fixtures/synthetic.js';

describe('baseStyles', () => {
  afterEach(() => {
    document.documentElement.style.removeProperty('font-size');
  });

  it("keep the host page's root font size out: padding follows the widget's own font size", async () => {
    document.documentElement.style.fontSize = '62.5%';
    const el = await fixture(
      html`<cw-casualty-counter start="none" .data=${synthetic()}></cw-casualty-counter>`,
    );
    const root = el.shadowRoot!.querySelector<HTMLElement>('.cw-root')!;
    const style = getComputedStyle(root);
    expect(style.paddingTop).to.equal(style.fontSize);
    expect(parseFloat(style.fontSize)).to.be.at.least(16);
  });
});
