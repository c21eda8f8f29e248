import { expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import '../../src/elements.js';
import { watchAnnouncements } from '../fixtures/announcements.js';
import { fig, synthetic } from '../fixtures/synthetic.js';

type Widget = HTMLElement & {
  data?: unknown;
  updateComplete: Promise<boolean>;
  requestUpdate(): void;
};

/** The element's own problems or its drawing: shown and settled. */
async function settled(el: Widget) {
  await waitUntil(
    () => el.shadowRoot?.querySelector('.source') && !el.shadowRoot.querySelector('[aria-busy]'),
    'never showed data',
    { timeout: 8000 },
  );
  await el.updateComplete;
  await nextFrame();
}

/** Synthetic data with other figures, so every element says something new. */
function other() {
  const data = synthetic();
  data.national.killed = [fig('n-killed-other', 99)];
  data.regions[0].figures.killed = [fig('a-killed-other', 77)];
  data.events = data.events.filter((e) => e.kind !== 'violation');
  return data;
}

/** Per element: one change of what it shows by attribute. */
const CASES = [
  { tag: 'cw-casualty-counter', attribute: ['metric', 'injured'], extra: 'start="none"' },
  { tag: 'cw-regional-bar-chart', attribute: ['metric', 'injured'], extra: '' },
  { tag: 'cw-ceasefire-timeline', attribute: ['kinds', 'attack'], extra: '' },
] as const;

describe('data changes are announced once, politely', () => {
  for (const { tag, attribute, extra } of CASES) {
    it(`${tag}: nothing on load; exactly one polite announcement per change of ${attribute[0]}, .data and src; none on a redraw`, async () => {
      const host = await fixture<HTMLDivElement>(html`<div style="width: 700px"></div>`);
      host.innerHTML = `<${tag} ${extra}></${tag}>`;
      const el = host.firstElementChild as Widget;
      el.data = synthetic();
      await settled(el);
      const { said, stop } = watchAnnouncements(el.shadowRoot!);
      try {
        const step = async (name: string, change: () => void, count: number) => {
          said.length = 0;
          change();
          await settled(el);
          await new Promise((r) => setTimeout(r, 100));
          expect(said, `${name}: ${JSON.stringify(said)}`).to.have.length(count);
          for (const region of el.shadowRoot!.querySelectorAll('[aria-live], [role="status"]'))
            expect(region.getAttribute('aria-live') ?? 'polite', name).to.equal('polite');
          return said[0] ?? '';
        };
        await step(
          'redraw',
          () => {
            el.requestUpdate();
          },
          0,
        );
        const byAttribute = await step(
          attribute[0],
          () => {
            el.setAttribute(attribute[0], attribute[1]);
          },
          1,
        );
        await step(
          `no ${attribute[0]}`,
          () => {
            el.removeAttribute(attribute[0]);
          },
          1,
        );
        const byData = await step('.data', () => (el.data = other()), 1);
        expect(byData).not.to.equal(byAttribute);
        el.data = undefined;
        await settled(el);
        await step(
          'src',
          () => {
            el.setAttribute('src', '/test/fixtures/synthetic.csv');
          },
          1,
        );
        await step('host width', () => (host.style.width = '400px'), 0);
      } finally {
        stop();
      }
    });
  }
});
