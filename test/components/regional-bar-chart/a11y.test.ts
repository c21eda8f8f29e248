import { expect, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { fig, synthetic } from '../../fixtures/synthetic.js';
import { chart, contrast, everything, many, parts, textElements } from './helpers.js';

describe('<cw-regional-bar-chart> accessibility, themes and widths', () => {
  for (const theme of ['light', 'dark'] as const) {
    it(`has no axe violations with theme="${theme}": default, paired with highlight and fold, details and table open`, async () => {
      const plain = await chart(
        html`<cw-regional-bar-chart theme=${theme} .data=${many()}></cw-regional-bar-chart>`,
      );
      await expect(plain).to.be.accessible();
      const el = await chart(everything(theme));
      await expect(el).to.be.accessible();
      parts(el).rows()[0].focus();
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'Enter' });
      parts(el).toggle().click();
      await el.updateComplete;
      expect(parts(el).details().hidden).to.be.false;
      await expect(el).to.be.accessible();
    });

    it(`theme="${theme}": bars reach 3:1 and text 4.5:1 against the background`, async () => {
      const el = await chart(everything(theme));
      const background = getComputedStyle(parts(el).root).backgroundColor;
      for (const bar of parts(el).bars()) {
        const style = getComputedStyle(bar);
        // The hatched bar's edge is its stroke; a solid bar is its fill.
        const mark = style.fill.startsWith('url(') ? style.stroke : style.fill;
        expect(contrast(mark, background), bar.outerHTML).to.be.at.least(3);
      }
      for (const node of textElements(el)) {
        const style = getComputedStyle(node);
        const ink = node instanceof SVGElement ? style.fill : style.color;
        expect(contrast(ink, background), node.outerHTML.slice(0, 80)).to.be.at.least(4.5);
      }
    });
  }

  it('the table and the numbers never animate', async () => {
    const el = await chart(
      html`<cw-regional-bar-chart .data=${synthetic()}></cw-regional-bar-chart>`,
    );
    const moving = [
      ...el.shadowRoot!.querySelectorAll('table, table *, .value, .details, .details *'),
    ].filter((node) => {
      const style = getComputedStyle(node);
      return style.transitionDuration !== '0s' || style.animationName !== 'none';
    });
    expect(moving).to.deep.equal([]);
  });

  it('follows its own width when its column is resized, not the window', async () => {
    const el = await chart(
      html`<div style="width: 900px">
        <cw-regional-bar-chart .data=${many()}></cw-regional-bar-chart>
      </div>`,
    );
    expect(parts(el).rows()[0].querySelector('.label')!.getAttribute('text-anchor')).to.equal(
      'end',
    );
    el.parentElement!.style.width = '320px';
    await waitUntil(
      () => parts(el).svg()?.getAttribute('width') === '288',
      'did not follow its column',
    );
    expect(parts(el).rows()[0].querySelector('.label')!.getAttribute('text-anchor')).to.equal(
      'start',
    );
  });

  it('the height follows the number of bars', async () => {
    const height = async (limit: number) => {
      const el = await chart(
        html`<cw-regional-bar-chart limit=${limit} .data=${many()}></cw-regional-bar-chart>`,
      );
      return Number(parts(el).svg()!.getAttribute('height'));
    };
    const [three, five] = [await height(2), await height(4)];
    const six = await height(10);
    expect(five).to.be.above(three);
    expect(six - five).to.be.closeTo((five - three) / 2, 0.5);
  });

  it('a long qualified value still fits beside its bar', async () => {
    const data = synthetic();
    data.regions[0].figures.killed = [fig('a-big', 1234567, { qualifier: 'more-than' })];
    const el = await chart(
      html`<div style="width: 320px">
        <cw-regional-bar-chart .data=${data}></cw-regional-bar-chart>
      </div>`,
    );
    const box = parts(el).svg()!.getBoundingClientRect();
    const value = el.shadowRoot!.querySelector('.value')!;
    expect(value.textContent).to.equal('>1,234,567');
    expect(value.getBoundingClientRect().right).to.be.at.most(box.right);
  });
});
