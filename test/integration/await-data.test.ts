import { expect, waitUntil } from '@open-wc/testing';
import '../../src/elements.js';
import { synthetic } from '../fixtures/synthetic.js';

/** Module files this page has requested so far, by file name. */
const requested = () =>
  performance
    .getEntriesByType('resource')
    .map((entry) => entry.name.split('?')[0]?.split('/').pop() ?? '');

const text = (el: Element) => el.shadowRoot?.textContent ?? '';

// Runs alone in its page, so nothing else has loaded the bundled dataset.
describe('await-data: a page whose own data comes after the elements connect', () => {
  it('never shows, downloads or complains about the bundled data, then shows its own', async () => {
    const warnings: unknown[][] = [];
    const warn = console.warn;
    // Ours only: Lit's dev build has advice of its own.
    console.warn = (...args: unknown[]) => {
      if (String(args[0]).startsWith('<cw-')) warnings.push(args);
    };
    const errors: string[] = [];
    const seen: string[] = [];
    const box = document.createElement('div');
    box.style.width = '900px';
    box.addEventListener('cw-error', (e) => errors.push(e.detail.message));
    // Names that exist in the page's data but not in the bundled dataset.
    box.innerHTML = `<cw-casualty-counter await-data start="none" region="Alpha Region"></cw-casualty-counter>
      <cw-regional-bar-chart await-data highlight="Gamma"></cw-regional-bar-chart>
      <cw-ceasefire-timeline await-data selected="v-1"></cw-ceasefire-timeline>`;
    const elements = [...box.children] as (HTMLElement & { data?: unknown })[];
    const watch = new MutationObserver(() => seen.push(...elements.map(text)));
    try {
      document.body.append(box);
      await new Promise((resolve) => setTimeout(resolve, 50));
      for (const el of elements)
        watch.observe(el.shadowRoot!, { childList: true, subtree: true, characterData: true });
      // A framework's mount effect, a while later.
      await new Promise((resolve) => setTimeout(resolve, 400));
      expect(elements.map((el) => /Loading/.test(text(el)))).to.deep.equal([true, true, true]);
      for (const el of elements) el.data = synthetic();
      await waitUntil(
        () => elements.every((el) => text(el).includes('Example Ministry')),
        'the page’s data never showed',
        { timeout: 5000 },
      );
      expect(text(elements[0])).to.contain('7');
      expect(errors).to.deep.equal([]);
      expect(warnings).to.deep.equal([]);
      expect(requested()).not.to.include('karabakh-2020.generated.js');
      expect(seen.some((t) => /Azerbaijan|Karabakh/.test(t))).to.equal(false);
    } finally {
      watch.disconnect();
      console.warn = warn;
      box.remove();
    }
  });
});
