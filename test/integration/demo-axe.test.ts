import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';

interface AxeResult {
  violations: {
    id: string;
    help: string;
    nodes: { target: unknown[]; failureSummary?: string }[];
  }[];
}
type AxeWindow = Window & { axe?: { run(context: Document, options: object): Promise<AxeResult> } };

const TAGS = ['cw-casualty-counter', 'cw-regional-bar-chart', 'cw-ceasefire-timeline'];

/** A demo page in a frame, its widgets drawn, with axe-core loaded into it. */
async function open(page: string): Promise<HTMLIFrameElement> {
  const frame = await fixture<HTMLIFrameElement>(
    html`<iframe title="Demo page" style="width: 1200px; height: 900px; border: 0"></iframe>`,
  );
  const loaded = new Promise((resolve) => {
    frame.addEventListener('load', resolve, { once: true });
  });
  frame.src = `/demo/${page}`;
  await loaded;
  const doc = frame.contentDocument!;
  const widgets = () => [...doc.querySelectorAll(TAGS.join(','))];
  await waitUntil(
    () =>
      widgets().every((w) => {
        const root = w.shadowRoot;
        return root && !root.querySelector('[aria-busy]') && root.querySelector('.cw-root');
      }),
    `${page}: widgets never finished loading`,
    { timeout: 15000 },
  );
  // Contrast is checked on the page at rest: a card fading in does not have its colours yet.
  await Promise.all(
    [doc, ...widgets().map((w) => w.shadowRoot!)]
      .flatMap((root) => root.getAnimations())
      .filter((a) => a.effect?.getComputedTiming().endTime !== Infinity)
      .map((a) => a.finished.catch(() => undefined)),
  );
  const script = doc.createElement('script');
  const ready = new Promise((resolve) => {
    script.addEventListener('load', resolve, { once: true });
  });
  script.src = '/node_modules/axe-core/axe.min.js';
  doc.head.append(script);
  await ready;
  return frame;
}

/** axe's violations as lines a reader can act on. */
async function violations(frame: HTMLIFrameElement): Promise<string[]> {
  const axe = (frame.contentWindow as AxeWindow).axe!;
  const result = await axe.run(frame.contentDocument!, { resultTypes: ['violations'] });
  return result.violations.flatMap((v) =>
    v.nodes.map((n) => `${v.id}: ${v.help} at ${JSON.stringify(n.target)}`),
  );
}

describe('axe on every demo page, page chrome included', function () {
  // Nine pages, each loading its widgets and running axe, on a machine shared with other runs.
  this.timeout(300_000);
  let pages: string[] = [];
  before(async () => {
    // The article in the two shipped languages and in a page's own right-to-left catalogue too:
    // the dataset's English inside their sentences carries lang and dir attributes axe checks.
    const own = (await (await fetch('/__test/demo-pages')).json()) as string[];
    pages = [...own, ...['fr', 'ru', 'ar'].map((lang) => `article.html?lang=${lang}`)];
    await setViewport({ width: 1240, height: 1000 });
  });
  after(async () => {
    await emulateMedia({ colorScheme: 'light' });
    await setViewport({ width: 800, height: 600 });
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`reports no violations in a ${scheme} colour scheme`, async () => {
      await emulateMedia({ colorScheme: scheme });
      expect(pages.length, 'demo pages found').to.be.at.least(5);
      const found: string[] = [];
      for (const page of pages) {
        const frame = await open(page);
        found.push(...(await violations(frame)).map((v) => `${page}: ${v}`));
        frame.remove();
      }
      expect(found).to.deep.equal([]);
    });
  }
});
