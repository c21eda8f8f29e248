import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/elements.js';
import { registerCatalogue } from '../../src/elements.js';

/**
 * Right to left, as drawn: the layouts mirror and their texts do not
 * collide. Measured with Chromium's text boxes, so not part of the Firefox
 * run (see web-test-runner.firefox.config.mjs); the words themselves are
 * checked in i18n.test.ts, in both browsers.
 */

/** An element once `selector` is drawn in its shadow root. */
async function drawn(template: TemplateResult, selector: string): Promise<HTMLElement> {
  const el = await fixture<HTMLElement>(template);
  await waitUntil(() => el.shadowRoot?.querySelector(selector), `no ${selector}`);
  return el;
}

describe('right to left: the drawings mirror', () => {
  before(() => {
    registerCatalogue('ar', { dir: 'rtl' });
  });

  /** Whether two boxes overlap by more than a pixel. */
  const overlap = (a: DOMRect, b: DOMRect) =>
    Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1 &&
    Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1;

  it('the bar chart mirrors: bars grow from the right, labels right of them, nothing overlaps', async () => {
    const el = await drawn(
      html`<cw-regional-bar-chart locale="ar-EG" style="width: 700px"></cw-regional-bar-chart>`,
      'svg.plot rect.bar',
    );
    const root = el.shadowRoot!;
    expect(root.querySelector('.cw-root')!.getAttribute('dir')).to.equal('rtl');
    const plot = root.querySelector('svg.plot')!.getBoundingClientRect();
    const bars = [...root.querySelectorAll('rect.bar')].map((r) => r.getBoundingClientRect());
    const labels = [...root.querySelectorAll('text.label')].map((t) => t.getBoundingClientRect());
    const values = [...root.querySelectorAll('text.value')].map((t) => t.getBoundingClientRect());
    // Every bar ends at the same right-hand start line, and grows leftwards.
    const starts = new Set(bars.map((b) => Math.round(b.right)));
    expect(starts.size).to.equal(1);
    expect([...starts][0]).to.be.above(plot.left + plot.width / 2);
    // Labels start at the right, beside or above their bars.
    for (const label of labels) expect(label.right).to.be.at.least([...starts][0] - 2);
    const boxes = [...bars, ...labels, ...values];
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++)
        expect(overlap(boxes[i], boxes[j]), `boxes ${i} and ${j}`).to.equal(false);
    // Arabic-Indic digits from the locale.
    expect(root.querySelector('text.value')!.textContent).to.match(/[٠-٩]/);
  });

  it('a page in Hebrew mirrors without a catalogue of its own: the script decides', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div lang="he" dir="rtl">
        <cw-regional-bar-chart style="width: 600px"></cw-regional-bar-chart>
      </div>`,
    );
    const el = wrapper.querySelector('cw-regional-bar-chart')!;
    await waitUntil(() => el.shadowRoot?.querySelector('svg.plot rect.bar'), 'no bars');
    expect(el.shadowRoot!.querySelector('.cw-root')!.getAttribute('dir')).to.equal('rtl');
    const plot = el.shadowRoot!.querySelector('svg.plot')!.getBoundingClientRect();
    const bar = el.shadowRoot!.querySelector('rect.bar')!.getBoundingClientRect();
    expect(bar.right).to.be.above(plot.left + plot.width / 2);
    // An English widget on the same page stays left to right.
    const english = await drawn(
      html`<cw-casualty-counter locale="en"></cw-casualty-counter>`,
      '.scope',
    );
    expect(english.shadowRoot!.querySelector('.cw-root')!.getAttribute('dir')).to.equal('ltr');
  });

  it('the timeline mirrors: time runs from right to left, and tick labels do not overlap', async () => {
    const el = await drawn(
      html`<cw-ceasefire-timeline locale="ar" style="width: 1000px"></cw-ceasefire-timeline>`,
      'g.mark',
    );
    const root = el.shadowRoot!;
    const marks = [...root.querySelectorAll<SVGGElement>('g.mark')];
    expect(marks.length).to.be.above(2);
    const first = root.querySelector('g.mark[data-key="e:attack-naftalan-2020-09-27"]')!;
    const last = root.querySelector('g.mark[data-key="e:violation-barda-2020-10-28"]')!;
    expect(first.getBoundingClientRect().left).to.be.above(last.getBoundingClientRect().left);
    const ticks = [...root.querySelectorAll('svg.chart text')].map((t) =>
      t.getBoundingClientRect(),
    );
    for (let i = 0; i < ticks.length; i++)
      for (let j = i + 1; j < ticks.length; j++)
        expect(overlap(ticks[i], ticks[j]), `texts ${i} and ${j}`).to.equal(false);
  });
});
