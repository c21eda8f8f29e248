import { expect, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { chart, many, parts, textElements } from './helpers.js';

// Tests that size the window itself (text sized in vw, a phone's window):
// apart, as WebDriver (the WebKit run) sizes a window but not a viewport.
describe('<cw-regional-bar-chart> in windows of set widths', () => {
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
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
});
