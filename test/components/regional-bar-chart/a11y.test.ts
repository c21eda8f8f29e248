import { expect, html, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { CwRegionalBarChart } from '../../../src/components/regional-bar-chart/regional-bar-chart.js';
import { fig, synthetic } from '../../fixtures/synthetic.js';
import { chart, contrast, everything, many, parts } from './helpers.js';

/** Every element in the shadow root that draws text of its own. */
function textElements(el: CwRegionalBarChart): Element[] {
  return [...el.shadowRoot!.querySelectorAll('*')].filter((node) =>
    [...node.childNodes].some((c) => c.nodeType === Node.TEXT_NODE && c.textContent?.trim()),
  );
}

describe('<cw-regional-bar-chart> accessibility, themes and widths', () => {
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
  });

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

  it('at 320px of its own width (in a 1200px window) labels sit above the bars, long names wrap, and nothing overflows', async () => {
    await setViewport({ width: 1200, height: 800 });
    const data = many();
    const long = 'Region A: the district town and the villages along the river';
    const word = 'Regionwithanamelongerthananyphonescolumncanhold';
    data.regions[0].name = long;
    data.regions[7].name = word;
    const el = await chart(
      html`<div style="width: 320px">
        <cw-regional-bar-chart
          metric="killed,injured"
          highlight="region-h"
          .data=${data}
        ></cw-regional-bar-chart>
      </div>`,
    );
    const svg = parts(el).svg()!;
    expect(Number(svg.getAttribute('width'))).to.equal(288);
    const box = svg.getBoundingClientRect();
    for (const row of parts(el).rows()) {
      const label = row.querySelector<SVGTextElement>('.label')!;
      const bar = row.querySelector<SVGRectElement>('.bar')!;
      expect(label.getAttribute('text-anchor')).to.equal('start');
      expect(label.getBoundingClientRect().bottom).to.be.at.most(bar.getBoundingClientRect().top);
    }
    for (const node of el.shadowRoot!.querySelectorAll(
      'svg.plot text, svg.plot tspan, svg.plot rect.bar',
    )) {
      const r = node.getBoundingClientRect();
      expect(r.left).to.be.at.least(box.left - 0.5);
      expect(r.right, node.textContent).to.be.at.most(box.right + 0.5);
    }
    // Each name whole, over as many lines as it takes, and no line over another.
    expect(parts(el).labels()).to.include.members([long, `▸ ${word}`]);
    const wrapped = parts(el)
      .rows()
      .filter((row) => row.querySelector('tspan'));
    expect(wrapped).to.have.length(2);
    for (const label of wrapped.map((row) => row.querySelector('.label')!)) {
      const firstLine = document.createRange();
      firstLine.selectNode([...label.childNodes].find((n) => n instanceof Text && n.data.trim())!);
      let above = firstLine.getBoundingClientRect().bottom;
      for (const line of label.querySelectorAll('tspan')) {
        expect(line.getBoundingClientRect().top).to.be.at.least(above - 0.5);
        above = line.getBoundingClientRect().bottom;
      }
    }
    parts(el).toggle().click();
    await el.updateComplete;
    const root = parts(el).root;
    expect(root.scrollWidth).to.be.at.most(root.clientWidth);
    expect(el.getBoundingClientRect().width).to.equal(320);
  });

  it('at 1200px labels sit beside the bars, ending where the bars start', async () => {
    await setViewport({ width: 1200, height: 800 });
    const el = await chart(
      html`<cw-regional-bar-chart style="width: 1200px" .data=${many()}></cw-regional-bar-chart>`,
    );
    const row = parts(el).rows()[0];
    const label = row.querySelector<SVGTextElement>('.label')!.getBoundingClientRect();
    const bar = row.querySelector<SVGRectElement>('.bar')!.getBoundingClientRect();
    expect(label.right).to.be.at.most(bar.left);
    expect(label.top).to.be.below(bar.bottom);
    expect(label.bottom).to.be.above(bar.top);
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

  it('at 320px of window width no text is smaller than 12px, even with a small base font', async () => {
    await setViewport({ width: 320, height: 700 });
    const el = await chart(
      html`<cw-regional-bar-chart
        style="--cw-font-size: 10px"
        metric="killed,injured"
        .data=${many()}
      ></cw-regional-bar-chart>`,
    );
    parts(el).toggle().click();
    await el.updateComplete;
    const sizes = textElements(el).map((node) => parseFloat(getComputedStyle(node).fontSize));
    expect(sizes.length).to.be.above(10);
    expect(Math.min(...sizes)).to.be.at.least(12);
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
