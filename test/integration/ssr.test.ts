import { expect, fixture } from '@open-wc/testing';
import { html, unsafeStatic } from 'lit/static-html.js';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/elements.js';
import { fallbackHTML } from '../../src/internal/fallback.js';
import { VERTICAL_BELOW } from '../../src/components/ceasefire-timeline/layout/types.js';

type Widget = HTMLElement & { updateComplete: Promise<boolean>; renderLight(): unknown };
interface SsrRecord {
  roots: Map<Element, Element | null>;
  changes: { where: string; text: string }[];
  shifts: number;
  errors: string[];
}
type PageWindow = Window & typeof globalThis & { ssrRecord?: SsrRecord };

/** Each element as a page writes it, and the text its figures are checked by. */
const CASES = [
  { tag: 'cw-casualty-counter', attributes: 'metric="killed"' },
  { tag: 'cw-regional-bar-chart', attributes: 'metric="killed,injured"' },
  { tag: 'cw-ceasefire-timeline', attributes: 'show-totals' },
] as const;
const WIDTH = 640;

const markup = (c: (typeof CASES)[number]) => `<${c.tag} ${c.attributes}></${c.tag}>`;

/** The render command's page for `markup`, in a frame: scripts off (sandboxed), or hydrating. */
async function load(text: string, scripts: 'none' | 'hydrate' | 'cdn'): Promise<PageWindow> {
  const frame = document.createElement('iframe');
  if (scripts === 'none') frame.sandbox.add('allow-same-origin');
  frame.style.cssText = `width: ${WIDTH + 40}px; height: 1400px; border: 0`;
  frame.src = `/__test/ssr?${new URLSearchParams({ markup: text, width: String(WIDTH), scripts }).toString()}`;
  const loaded = new Promise((resolve) => {
    frame.addEventListener('load', resolve, { once: true });
  });
  document.body.append(frame);
  await loaded;
  return frame.contentWindow as PageWindow;
}

/**
 * Each case's shadow root on the render command's page for `text` (the
 * cases in order): as served, or hydrated and updated once more, which
 * gives the keys (keysController()).
 */
async function served(
  text: string,
  scripts: 'none' | 'hydrate',
): Promise<{ win: PageWindow; roots: ShadowRoot[] }> {
  const win = await load(text, scripts);
  const roots = await Promise.all(
    CASES.map(async (c) => {
      const el = win.document.querySelector(c.tag) as Widget;
      if (scripts === 'hydrate') {
        await win.customElements.whenDefined(c.tag);
        await el.updateComplete;
        await el.updateComplete;
      }
      return el.shadowRoot!;
    }),
  );
  return { win, roots };
}

/** The same element rendered by the browser, in a column as wide. */
async function clientElement(c: (typeof CASES)[number]): Promise<Widget> {
  const el = await fixture<Widget>(
    // A tag name chosen at run time: lit/static-html.js, which the lint rules do not know.
    // eslint-disable-next-line lit/binding-positions, lit/no-invalid-html
    html`<${unsafeStatic(c.tag)} ${unsafeStatic(c.attributes)} style="display: block; width: ${WIDTH}px"></${unsafeStatic(c.tag)}>`,
  );
  await el.updateComplete;
  return el;
}

/** The figures a text holds: every number, in order. */
const figures = (text: string) => text.match(/\d[\d,.]*/g) ?? [];
const visible = (node: Element | null | undefined) =>
  !!node && node.getBoundingClientRect().width > 1 && node.getBoundingClientRect().height > 1;
const texts = (nodes: Iterable<Element>) =>
  [...nodes].map((n) => n.textContent.trim().replace(/\s+/g, ' '));

/** Where each element keeps its figures in text: the counter's sentence, the chart's table, the timeline's list. */
function figureTexts(root: ParentNode): string[] {
  return texts(root.querySelectorAll('.summary, table th, table td, ol[aria-label] li'));
}

/** A copy's text block by block (templates minified or not write different spaces between them). */
const blocks = (root: ParentNode) => texts(root.querySelectorAll('p, li, caption, th, td'));

describe('server rendering (the render command, Lit SSR)', function () {
  // Each page runs the render command in a process of its own, and the hydrating one loads the package unbundled.
  this.timeout(60_000);
  afterEach(async () => {
    document.querySelectorAll('iframe').forEach((f) => {
      f.remove();
    });
    await emulateMedia({ media: 'screen' });
  });

  for (const c of CASES) {
    it(`${c.tag}: the HTML holds its figures, scope and source, and its fallback says what the element shows`, async () => {
      const response = await fetch(
        `/__test/ssr?${new URLSearchParams({ markup: markup(c) }).toString()}`,
      );
      const page = new DOMParser().parseFromString(await response.text(), 'text/html');
      const element = page.querySelector(c.tag)!;
      const shadow = element.querySelector<HTMLTemplateElement>(
        'template[shadowrootmode="open"]',
      )!.content;
      const fallback = element.querySelector(':scope > div[lang]')!;
      const client = await clientElement(c);
      const clientRoot = client.shadowRoot!;
      // The server drew what the browser draws.
      expect(figureTexts(shadow)).to.deep.equal(figureTexts(clientRoot));
      expect(shadow.querySelector('.scope')!.textContent).to.equal(
        clientRoot.querySelector('.scope')!.textContent,
      );
      expect(shadow.querySelector('.source')!.textContent).to.match(/^Sources?: /);
      // The plain-HTML copy: the same figures, scope and source, no script, no style.
      const copy = blocks(fallback).join(' ');
      const drawn = figureTexts(clientRoot).join(' ');
      expect(figures(copy)).to.include.members(figures(drawn));
      expect(copy).to.include(clientRoot.querySelector('.scope')!.textContent.trim());
      // The notes (totals, undated events, figures that do not add up) and what the element
      // unfolds on paper (why this version is shown, each version's source) too.
      for (const note of texts(
        clientRoot.querySelectorAll('.notes p, [part="note"], details p, details li'),
      ))
        expect(copy).to.include(note);
      expect(copy).to.include(clientRoot.querySelector('.source')!.textContent.trim());
      expect(
        fallback.querySelectorAll('script, style, [style], [class*="visually-hidden"]'),
      ).to.have.length(0);
      // The builder's copy, made in the browser, is the same.
      const built = document.createElement('div');
      built.innerHTML = fallbackHTML(client);
      expect(blocks(built)).to.deep.equal(blocks(fallback));
    });
  }

  it('the counter’s copy carries the note on figures that do not add up (Barda’s district total)', async () => {
    const el = await fixture<Widget>(
      html`<cw-casualty-counter metric="killed" region="barda"></cw-casualty-counter>`,
    );
    await el.updateComplete;
    const note = el.shadowRoot!.querySelector('[part="note"]')!.textContent.trim();
    expect(note).to.match(/^Note: The report's Barda district total, 25 killed/);
    const copy = document.createElement('div');
    copy.innerHTML = fallbackHTML(el);
    expect(blocks(copy)).to.include(note);
  });

  it('with scripts off the page shows every figure, scope statement and the table, and no second copy', async () => {
    const win = await load(CASES.map(markup).join(''), 'none');
    const [counter, chart, timeline] = CASES.map((c) => win.document.querySelector(c.tag)!);
    for (const el of [counter, chart, timeline]) {
      const root = el.shadowRoot!;
      expect(root, el.localName).to.exist;
      expect(visible(root.querySelector('.scope')), `${el.localName} scope`).to.be.true;
      expect(visible(root.querySelector('.source')), `${el.localName} source`).to.be.true;
      // The light-DOM copy is for pages without declarative shadow DOM: here it is not drawn, nor read.
      expect(visible(el.querySelector('div[lang]')), `${el.localName} copy`).to.be.false;
    }
    expect(counter.shadowRoot!.querySelector('.digits')!.textContent).to.equal('91');
    expect(visible(counter.shadowRoot!.querySelector('.digits'))).to.be.true;
    const values = texts(chart.shadowRoot!.querySelectorAll('svg [part="value"]'));
    expect(values).to.include('25');
    expect(chart.shadowRoot!.querySelectorAll('table tbody tr').length).to.be.greaterThan(5);
    // No script can open it: the table is drawn open.
    expect(visible(chart.shadowRoot!.querySelector('table'))).to.be.true;
    expect(visible(timeline.shadowRoot!.querySelector('svg'))).to.be.true;
    expect(timeline.shadowRoot!.querySelectorAll('ol[aria-label] li').length).to.be.greaterThan(5);
  });

  it('with scripts off no control that needs script is shown; once defined, each is', async () => {
    const controls = CASES.map(
      (c) => `<${c.tag} ${c.attributes} download image-export></${c.tag}>`,
    );
    const shown = async (scripts: 'none' | 'hydrate') => {
      const { win, roots } = await served(controls.join(''), scripts);
      return roots.flatMap((root, i) =>
        [...root.querySelectorAll('button, .get a')].map(
          (n) => `${CASES[i].tag} ${n.textContent.trim()}: ${win.getComputedStyle(n).visibility}`,
        ),
      );
    };
    const off = await shown('none');
    // The chart's table toggle, and each element's data link and three image buttons.
    expect(off.length).to.be.at.least(13);
    expect(off.filter((c) => !c.endsWith(': hidden'))).to.deep.equal([]);
    const on = await shown('hydrate');
    expect(on.length).to.equal(off.length);
    expect(on.filter((c) => !c.endsWith(': visible'))).to.deep.equal([]);
  });

  it('with scripts off nothing is a tab stop and no key help is read; hydrated, the bars and the timeline are', async () => {
    const keys = async (scripts: 'none' | 'hydrate') => {
      const { roots } = await served(CASES.map(markup).join(''), scripts);
      return roots.map((root, i) => {
        const help = root.querySelector('#keys, [id$="-hint"]');
        return `${CASES[i].tag}: ${String(root.querySelectorAll('[tabindex="0"]').length)} tab stops, ${help ? 'key help' : 'no key help'}`;
      });
    };
    expect(await keys('none')).to.deep.equal([
      'cw-casualty-counter: 0 tab stops, no key help',
      'cw-regional-bar-chart: 0 tab stops, no key help',
      'cw-ceasefire-timeline: 0 tab stops, no key help',
    ]);
    expect(await keys('hydrate')).to.deep.equal([
      'cw-casualty-counter: 0 tab stops, no key help',
      'cw-regional-bar-chart: 1 tab stops, key help',
      'cw-ceasefire-timeline: 1 tab stops, key help',
    ]);
  });

  it('with scripts off in a column too narrow for the chart drawn, the timeline lists its events under it', async () => {
    const win = await load(markup(CASES[2]), 'none');
    const root = win.document.querySelector(CASES[2].tag)!.shadowRoot!;
    const list = root.querySelector('ol[aria-label]');
    const chart = root.querySelector('svg.chart');
    // In the column it was drawn for, the list is for screen readers and paper.
    expect(visible(list)).to.be.false;
    // The width inside the root's padding, where the script lays out (VERTICAL_BELOW).
    const main = win.document.querySelector('main')!;
    const cwRoot = root.querySelector('.cw-root')!;
    const style = win.getComputedStyle(cwRoot);
    const inside = () =>
      cwRoot.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    const column = (width: number) => {
      main.style.width = `${main.clientWidth + width - inside()}px`;
      expect(inside()).to.equal(width);
    };
    // Where the script would draw the chart, the list stays for screen readers.
    column(VERTICAL_BELOW);
    expect(visible(list)).to.be.false;
    // Where it would draw the list, the chart scales down, too small to read, and the list shows under it.
    for (const width of [VERTICAL_BELOW - 1, 296]) {
      column(width);
      expect(visible(chart), `${width} px`).to.be.true;
      expect(visible(list), `${width} px`).to.be.true;
      expect(list!.getBoundingClientRect().top).to.be.at.least(
        chart!.getBoundingClientRect().bottom,
      );
    }
  });

  it('printed with scripts off, the figures, the table and the event list are on paper', async () => {
    const win = await load(CASES.map(markup).join(''), 'none');
    await emulateMedia({ media: 'print' });
    const [counter, chart, timeline] = CASES.map(
      (c) => win.document.querySelector(c.tag)!.shadowRoot!,
    );
    expect(visible(counter.querySelector('.digits'))).to.be.true;
    expect(visible(chart.querySelector('table'))).to.be.true;
    expect(visible(timeline.querySelector('ol[aria-label]'))).to.be.true;
  });

  it('hydrates: the server DOM is kept, nothing moves, no count-up and no announcement', async () => {
    const win = await load(CASES.map(markup).join(''), 'hydrate');
    const record = win.ssrRecord!;
    for (const c of CASES) {
      await win.customElements.whenDefined(c.tag);
      const el = win.document.querySelector(c.tag) as Widget;
      await el.updateComplete;
      await new Promise((resolve) =>
        win.requestAnimationFrame(() => win.requestAnimationFrame(resolve)),
      );
      await el.updateComplete;
      expect((el as unknown as { hasUpdated: boolean }).hasUpdated, c.tag).to.be.true;
      expect(record.roots.get(el), `${c.tag} root`).to.equal(
        el.shadowRoot!.querySelector('.cw-root'),
      );
    }
    // The counter's digits never went below the figure; no live region spoke again.
    const spoken = record.changes.filter((change) =>
      /digits|announcement|summary|loading/.test(change.where),
    );
    expect(spoken).to.deep.equal([]);
    expect(record.errors).to.deep.equal([]);
    expect(record.shifts).to.be.at.most(0.01);
    // Still an element: it answers its attributes.
    const counter = win.document.querySelector('cw-casualty-counter') as Widget;
    counter.setAttribute('metric', 'injured');
    await counter.updateComplete;
    expect(counter.shadowRoot!.querySelector('.digits')!.textContent).to.equal('405');
  });

  it('with the CDN file, which cannot hydrate, each element draws itself once, in place of the server copy', async () => {
    const win = await load(CASES.map(markup).join(''), 'cdn');
    for (const c of CASES) {
      await win.customElements.whenDefined(c.tag);
      const el = win.document.querySelector(c.tag) as Widget;
      await el.updateComplete;
      expect(el.shadowRoot!.querySelectorAll('.cw-root'), c.tag).to.have.length(1);
    }
    expect(win.ssrRecord!.errors).to.deep.equal([]);
    expect(
      win.document.querySelector('cw-casualty-counter')!.shadowRoot!.querySelector('.digits')!
        .textContent,
    ).to.equal('91');
  });

  it('with the fallback the builder writes and the definition blocked, a page reads the figures', async () => {
    const c = CASES[0];
    const client = await clientElement(c);
    const frame = document.createElement('iframe');
    frame.sandbox.add('allow-same-origin');
    frame.srcdoc = `<!doctype html><main><${c.tag} ${c.attributes}>${fallbackHTML(client)}</${c.tag}></main>`;
    const loaded = new Promise((resolve) => {
      frame.addEventListener('load', resolve, { once: true });
    });
    document.body.append(frame);
    await loaded;
    const text = frame.contentDocument!.querySelector('main')!.innerText;
    expect(text).to.include(client.shadowRoot!.querySelector('.summary')!.textContent.trim());
    expect(text).to.include(client.shadowRoot!.querySelector('.source')!.textContent.trim());
  });
});
