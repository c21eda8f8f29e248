import { expect, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';

/**
 * Cumulative layout shift for a reader who is already at a widget (a
 * #fragment link to its section, a scroll position restored on reload) while
 * it arrives:
 * first its definition (the CDN files, late), then its data (late too),
 * measured by the browser's own layout-shift entries. The page carries the
 * embed snippet's reserving CSS (demo/snippets.js reserveRule()), as a page
 * built from the README or the builder does. Runs the production CDN build.
 */

const TAGS = ['cw-casualty-counter', 'cw-regional-bar-chart', 'cw-ceasefire-timeline'] as const;
type Tag = (typeof TAGS)[number];
/** An element's file name, in dist/cdn/ and src/components/: its tag without "cw-". */
const file = (tag: Tag) => tag.slice('cw-'.length);

interface Snippets {
  reserveRule: (tag: string, heights?: { narrow: number; wide: number }) => string;
}
// Plain JS from the demo, the code that writes the embed snippets.
const snippets = import(new URL('/demo/snippets.js', location.href).href) as Promise<Snippets>;

/** Delay (ms) of each file: the element's CDN file and everything it imports, data included. */
const LATE = 500;

interface Frame {
  frame: HTMLIFrameElement;
  /** Cumulative layout shift since the page opened. */
  cls: () => number;
  /** Cumulative layout shift since the element first drew itself (its loading state). */
  clsAfterDrawn: () => number;
  el: () => HTMLElement;
}

/** The production CDN file of `tag`, and everything it imports, data included, `LATE` ms late. */
const lateCdn = (tag: Tag) => `<script>
    setTimeout(() => {
      const script = document.createElement('script');
      script.type = 'module';
      script.src = '/__test/delayed/${String(LATE)}/dist/cdn/${file(tag)}.js';
      document.head.append(script);
    }, ${String(LATE)});
  </script>`;

/** A library file's URL as this server serves it (tsc's output of src/). */
const served = (path: string) => new URL(`../../src/${path}`, import.meta.url).pathname;

/**
 * The element's own module at once (the definition is there before the
 * first paint), and only the bundled dataset late: what the element's own
 * measured heights (src/internal/measured.ts) cover without any page CSS.
 */
const lateDataOnly = (tag: Tag) => {
  const dataset = served('data/karabakh-2020.generated.js');
  const imports = { [dataset]: `/__test/delayed/${String(LATE * 2)}${dataset}` };
  return `<script type="importmap">${JSON.stringify({ imports })}</script>
    <script type="module" src="${served(`components/${file(tag)}/${file(tag)}.js`)}"></script>`;
};

/** An article page with `element` (id "widget") loaded by `loader`, scrolled so the reader sees it. */
async function article(tag: Tag, element: string, css: string, loader: string): Promise<Frame> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'position: fixed; inset: 0; width: 100vw; height: 100vh; border: 0';
  const paragraph =
    '<p>Paragraph of the article, which must not move while the widget arrives.</p>';
  frame.srcdoc = `<!doctype html><html><head>
    <style>
      body { margin: 0; font: 18px/1.5 Georgia, serif; }
      .column { max-width: 680px; margin: 0 auto; padding: 0 16px; }
    </style>
    ${css}
    <script>
      window.shifts = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries())
          if (!entry.hadRecentInput) window.shifts.push([entry.startTime, entry.value]);
      }).observe({ type: 'layout-shift', buffered: true });
      // When the element first drew itself (its loading state), for shifts after it.
      customElements.whenDefined('${tag}').then(() =>
        requestAnimationFrame(() => requestAnimationFrame(() => (window.drawnAt = performance.now()))),
      );
    </script>
  </head><body><div class="column">
    ${paragraph.repeat(30)}
    <h2 id="section">The section a link points to</h2>
    ${element}
    ${paragraph.repeat(30)}
  </div>
  <script>
    // A #fragment link to the widget's section: its heading, then the widget, on screen.
    document.getElementById('section').scrollIntoView();
  </script>
  ${loader}</body></html>`;
  document.body.append(frame);
  await waitUntil(() => frame.contentDocument?.getElementById('widget'), 'no page', {
    timeout: 5000,
  });
  const win = () =>
    frame.contentWindow as Window & { shifts: [number, number][]; drawnAt?: number };
  const sum = (from: number) =>
    win()
      .shifts.filter(([time]) => time >= from)
      .reduce((total, [, value]) => total + value, 0);
  return {
    frame,
    cls: () => sum(0),
    clsAfterDrawn: () => sum(win().drawnAt ?? Infinity),
    el: () => frame.contentDocument!.getElementById('widget')!,
  };
}

/** Waits until the widget has drawn its figures, then a little longer for any late shift. */
async function drawn(page: Frame): Promise<void> {
  await waitUntil(
    () => page.el().shadowRoot?.querySelector('.digits, svg.plot, svg.chart, .timeline'),
    'the widget never drew its figures',
    { timeout: 10_000 },
  );
  await new Promise((resolve) => setTimeout(resolve, 500));
}

describe('layout shift while a widget arrives, for a reader already at it', () => {
  afterEach(async () => {
    for (const frame of document.querySelectorAll('iframe')) frame.remove();
    await setViewport({ width: 800, height: 600 });
  });

  for (const width of [390, 1280]) {
    for (const tag of TAGS) {
      it(`<${tag}> on the bundled data at ${String(width)} px: CLS ≤ 0.01`, async () => {
        await setViewport({ width, height: 800 });
        const { reserveRule } = await snippets;
        const page = await article(
          tag,
          `<${tag} id="widget" start="none"></${tag}>`,
          reserveRule(tag),
          lateCdn(tag),
        );
        await drawn(page);
        expect(page.cls(), 'cumulative layout shift').to.be.at.most(0.01);
      });
    }

    for (const tag of TAGS) {
      it(`<${tag}> defined, then the bundled data late, no page CSS, at ${String(width)} px: CLS ≤ 0.01`, async () => {
        await setViewport({ width, height: 800 });
        const page = await article(
          tag,
          `<${tag} id="widget" start="none"></${tag}>`,
          '',
          lateDataOnly(tag),
        );
        await drawn(page);
        // Before the definition no CSS of the element's own can apply: that is the snippet's job.
        const after = page.clsAfterDrawn();
        expect(after, 'layout shift once the element drew itself').to.be.at.most(0.01);
      });
    }

    it(`own data from a late src at ${String(width)} px, with --cw-reserve-height: CLS ≤ 0.01`, async () => {
      await setViewport({ width, height: 800 });
      const { reserveRule } = await snippets;
      const tag = 'cw-regional-bar-chart';
      const src = `/__test/delayed/${String(LATE)}/data/karabakh-2020.json`;
      // The page's own data is the bundled dataset's JSON: the same heights, given by the page.
      const page = await article(
        tag,
        `<${tag} id="widget" src="${src}"></${tag}>`,
        reserveRule(tag),
        lateCdn(tag),
      );
      await drawn(page);
      expect(page.cls(), 'cumulative layout shift').to.be.at.most(0.01);
    });
  }

  it('without any reserving CSS the same page does shift (the measurement sees shifts)', async () => {
    await setViewport({ width: 390, height: 800 });
    const tag = 'cw-regional-bar-chart';
    const page = await article(tag, `<${tag} id="widget"></${tag}>`, '', lateCdn(tag));
    await drawn(page);
    expect(page.cls()).to.be.above(0.1);
  });
});
