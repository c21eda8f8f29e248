import { expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import '../../src/components/regional-bar-chart/regional-bar-chart.js';
import '../../src/components/ceasefire-timeline/ceasefire-timeline.js';
import { synthetic } from '../fixtures/synthetic.js';

/** Window errors while `act` runs, as an error tracker on a news page would collect them. */
async function windowErrors(act: () => Promise<void>): Promise<string[]> {
  const seen: string[] = [];
  const listen = (e: ErrorEvent) => {
    seen.push(e.message);
    e.preventDefault();
  };
  window.addEventListener('error', listen);
  const previous = window.onerror;
  // Mocha would fail the test on the first one; collect them all instead.
  window.onerror = () => true;
  try {
    await act();
  } finally {
    window.removeEventListener('error', listen);
    window.onerror = previous;
  }
  return seen;
}

const frames = async (n: number) => {
  for (let i = 0; i < n; i++) await nextFrame();
};

for (const tag of ['cw-regional-bar-chart', 'cw-ceasefire-timeline'] as const) {
  describe(`<${tag}> following its column`, () => {
    it('re-lays itself out on every width, and a resize raises no "ResizeObserver loop" error', async () => {
      const column = await fixture<HTMLDivElement>(html`<div style="width: 1200px"></div>`);
      const el = document.createElement(tag);
      el.data = synthetic();
      column.append(el);
      await waitUntil(() => el.shadowRoot?.querySelector('svg, ol'), 'never rendered');
      const heights: number[] = [];
      const errors = await windowErrors(async () => {
        for (const width of [360, 800, 320, 1200]) {
          column.style.width = `${width}px`;
          await frames(4);
          await el.updateComplete;
          heights.push(el.getBoundingClientRect().height);
        }
      });
      expect(errors).to.deep.equal([]);
      expect(new Set(heights).size, `heights ${heights.join(', ')}`).to.be.above(1);
    });

    it('starts following its column without an update inside an update (Lit’s dev build warns of none)', async () => {
      const warnings: string[] = [];
      const warn = console.warn;
      console.warn = (...args: unknown[]) => {
        warnings.push(args.map(String).join(' '));
      };
      try {
        const column = await fixture<HTMLDivElement>(html`<div style="width: 800px"></div>`);
        // A class of its own: Lit warns once per class.
        const name = `${tag}-fresh`;
        const Fresh = class extends (customElements.get(tag) as CustomElementConstructor) {};
        customElements.define(name, Fresh);
        const el = document.createElement(name) as HTMLElement & { data: unknown };
        el.data = synthetic();
        column.append(el);
        await waitUntil(() => el.shadowRoot?.querySelector('svg, ol'), 'never rendered');
        await frames(4);
      } finally {
        console.warn = warn;
      }
      expect(warnings.filter((w) => w.includes('change-in-update'))).to.deep.equal([]);
    });
  });
}
