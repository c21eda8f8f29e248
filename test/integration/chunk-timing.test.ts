import { expect, waitUntil } from '@open-wc/testing';
import { synthetic } from '../fixtures/synthetic.js';

const ELEMENTS = {
  'casualty-counter': 'cw-casualty-counter',
  'regional-bar-chart': 'cw-regional-bar-chart',
  'ceasefire-timeline': 'cw-ceasefire-timeline',
} as const;

type TimedWindow = Window & { firstIntl?: number };

/**
 * A page with one element from its production CDN file (dist/cdn/), given
 * `data` before it upgrades, if any. A script ahead of the library notes
 * when the page first asks Intl which locales it supports: the element's
 * first update does that as it starts its own work (the locale), which on a
 * phone means 40-160 ms of the browser starting Intl.
 */
async function pageWith(entry: keyof typeof ELEMENTS, data?: object): Promise<TimedWindow> {
  const tag = ELEMENTS[entry];
  const frame = document.createElement('iframe');
  frame.srcdoc = `<script>
      const supported = Intl.NumberFormat.supportedLocalesOf;
      Intl.NumberFormat.supportedLocalesOf = function (...args) {
        window.firstIntl ??= performance.now();
        return supported.apply(this, args);
      };
    </script>
    <${tag} start="none"></${tag}>
    ${data ? `<script>document.querySelector('${tag}').data = ${JSON.stringify(data)};</script>` : ''}
    <script type="module" src="/dist/cdn/${entry}.js"></script>`;
  document.body.append(frame);
  await waitUntil(
    () => frame.contentDocument?.querySelector(tag)?.shadowRoot?.textContent.includes('Source'),
    `${tag} never showed its figures`,
    { timeout: 8000 },
  );
  return frame.contentWindow as TimedWindow;
}

/** When the page asked for the CDN chunk whose name starts with `name`. */
function askedAt(win: Window, name: string): number | undefined {
  return win.performance
    .getEntriesByType('resource')
    .find((entry) => new URL(entry.name).pathname.startsWith(`/dist/cdn/${name}-`))?.startTime;
}

describe('the chunk a load needs is asked for before the first update does its own work', () => {
  afterEach(() => {
    for (const frame of document.querySelectorAll('iframe')) frame.remove();
  });

  for (const entry of Object.keys(ELEMENTS) as (keyof typeof ELEMENTS)[]) {
    it(`${ELEMENTS[entry]}: the bundled dataset`, async () => {
      const win = await pageWith(entry);
      const asked = askedAt(win, 'karabakh-2020.generated');
      expect(asked, 'the bundled dataset was never asked for').to.be.a('number');
      expect(asked).to.be.below(win.firstIntl!);
    });
  }

  it('cw-regional-bar-chart: the reader of a page’s .data', async () => {
    const win = await pageWith('regional-bar-chart', synthetic());
    const asked = askedAt(win, 'read-dataset');
    expect(asked, 'the reader was never asked for').to.be.a('number');
    expect(asked).to.be.below(win.firstIntl!);
    expect(askedAt(win, 'karabakh-2020.generated'), 'the bundled dataset').to.equal(undefined);
  });
});
