import { expect, nextFrame } from '@open-wc/testing';
import '../../src/elements.js';
import type { CwReadyDetail } from '../../src/internal/events.js';
import { synthetic } from '../fixtures/synthetic.js';

type Widget = HTMLElement & { data?: unknown; updateComplete: Promise<boolean> };

/** Each element with what marks its figures as drawn, and an attribute change that redraws them. */
const ELEMENTS = [
  { tag: 'cw-casualty-counter', drawn: '.digits', change: ['metric', 'injured'] },
  { tag: 'cw-regional-bar-chart', drawn: 'svg.plot .bar', change: ['metric', 'injured'] },
  { tag: 'cw-ceasefire-timeline', drawn: 'svg.chart', change: ['kinds', 'attack'] },
] as const;

/** An element in a 900 px column; `start="none"` keeps a counter from counting. */
function make(tag: string, attributes: Record<string, string> = {}): Widget {
  const el = document.createElement(tag) as Widget;
  el.setAttribute('start', 'none');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  return el;
}

/** Appends `el` and records the cw-ready events that reach the document. */
function mount(el: Widget): CustomEvent<CwReadyDetail>[] {
  const events: CustomEvent<CwReadyDetail>[] = [];
  const box = document.createElement('div');
  box.style.width = '900px';
  box.className = 'ready-test';
  document.addEventListener('cw-ready', (e) => {
    if (e.detail.element === el) events.push(e);
  });
  box.append(el);
  document.body.append(box);
  return events;
}

/** Lets any stray re-render (a resize, a late frame) happen, so a second event would have been seen. */
async function frames(n = 5): Promise<void> {
  for (let i = 0; i < n; i++) await nextFrame();
}

/** A fetch that answers `url` with the synthetic data only after `ms`. */
function slowFetch(url: string, ms: number): () => void {
  const real = window.fetch.bind(window);
  window.fetch = (input, init) =>
    typeof input === 'string' && input.endsWith(url)
      ? new Promise((resolve) =>
          setTimeout(() => {
            resolve(
              new Response(JSON.stringify(synthetic()), {
                headers: { 'content-type': 'application/json' },
              }),
            );
          }, ms),
        )
      : real(input, init);
  return () => {
    window.fetch = real;
  };
}

describe('cw-ready and updateComplete', () => {
  afterEach(() => {
    for (const box of document.querySelectorAll('.ready-test')) box.remove();
  });

  for (const { tag, drawn, change } of ELEMENTS) {
    it(`<${tag}>: await updateComplete, and the figures of the bundled data are there`, async () => {
      const el = make(tag);
      mount(el);
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector(drawn) !== null, 'figures drawn').to.equal(true);
    });

    it(`<${tag}>: await updateComplete waits for a slow src`, async () => {
      // A URL of its own: the loader caches answers by URL.
      const url = `/slow-ready-${tag}.json`;
      const restore = slowFetch(url, 400);
      try {
        const el = make(tag, { src: url });
        mount(el);
        await el.updateComplete;
        expect(el.shadowRoot!.textContent).to.contain('Example Ministry');
      } finally {
        restore();
      }
    });

    it(`<${tag}>: cw-ready once per drawing, bubbling and composed, with the element`, async () => {
      const el = make(tag);
      el.data = synthetic();
      const events = mount(el);
      await el.updateComplete;
      await frames();
      expect(events).to.have.length(1);
      const [event] = events;
      expect([event.bubbles, event.composed, event.detail.element === el]).to.deep.equal([
        true,
        true,
        true,
      ]);
    });

    it(`<${tag}>: cw-ready again after new .data and after ${change[0]}="${change[1]}"`, async () => {
      const el = make(tag);
      el.data = synthetic();
      const events = mount(el);
      await el.updateComplete;
      await frames();
      el.data = synthetic();
      await el.updateComplete;
      await frames();
      expect(events).to.have.length(2);
      el.setAttribute(change[0], change[1]);
      await el.updateComplete;
      await frames();
      expect(events).to.have.length(3);
    });

    it(`<${tag}>: no cw-ready on an error`, async () => {
      const warn = console.warn;
      console.warn = () => undefined;
      try {
        const el = make(tag, { theme: 'sepia' });
        el.data = synthetic();
        const events = mount(el);
        let errors = 0;
        el.addEventListener('cw-error', () => errors++);
        await el.updateComplete;
        await frames();
        expect([errors, events.length]).to.deep.equal([1, 0]);
      } finally {
        console.warn = warn;
      }
    });
  }
});
