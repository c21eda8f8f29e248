import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/components/casualty-counter/casualty-counter.js';
import type { CwCasualtyCounter } from '../../../src/components/casualty-counter/casualty-counter.js';
import { fig, synthetic } from '../../fixtures/synthetic.js';
import { settled } from './helpers.js';
import { outside } from '../../fixtures/overflow.js';

/** A national figure of `value`, the only one. */
function withFigure(value: number) {
  const data = synthetic();
  data.national.killed = [fig('n-killed-fit', value)];
  return data;
}

async function counter(value: number, width: number, fontSize = '16px') {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div style="width: ${width}px; --cw-font-size: ${fontSize}">
      <cw-casualty-counter start="none" .data=${withFigure(value)}></cw-casualty-counter>
    </div>`,
  );
  const el = wrapper.querySelector<CwCasualtyCounter>('cw-casualty-counter')!;
  await settled(el);
  return el;
}

describe('<cw-casualty-counter> fits its column', () => {
  for (const width of [320, 1200])
    for (const value of [91, 1_234_567, 1_000_000_000])
      it(`${value.toLocaleString('en')} in a ${width} px column stays inside it`, async () => {
        const el = await counter(value, width);
        const number = el.shadowRoot!.querySelector('.number')!.getBoundingClientRect();
        const column = el.shadowRoot!.querySelector('.visual')!.getBoundingClientRect();
        expect(number.right).to.be.at.most(column.right + 0.5);
        expect(outside(el)).to.be.at.most(0.5);
      });

  it('a short figure keeps its full size; a long one shrinks only on a narrow column', async () => {
    const size = async (value: number, width: number) =>
      parseFloat(
        getComputedStyle((await counter(value, width)).shadowRoot!.querySelector('.figure')!)
          .fontSize,
      );
    expect(await size(91, 320)).to.equal(await size(91, 1200));
    expect(await size(1_000_000_000, 320)).to.be.below(await size(1_000_000_000, 1200));
  });

  it('with a 48 px base font in a 320 px column nothing leaves the box', async () => {
    const el = await counter(1_234_567, 320, '48px');
    expect(outside(el)).to.be.at.most(0.5);
  });
});
