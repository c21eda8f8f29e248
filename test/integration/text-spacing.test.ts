import { expect, fixture, waitUntil } from '@open-wc/testing';
import '../../src/elements.js';
import { outside } from '../fixtures/overflow.js';

const TAGS = ['cw-casualty-counter', 'cw-regional-bar-chart', 'cw-ceasefire-timeline'];

/** WCAG 1.4.12's spacing, as text-spacing bookmarklets apply it: !important on every element. */
const READER = `* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
p { margin-bottom: 2em !important; }`;
/** A page's own global rules and an ancestor's tracked-out text: never the widget's. */
const HOSTILE = `* { line-height: 2.2; letter-spacing: 0.3em; word-spacing: 0.5em; }`;

function sheet(css: string): CSSStyleSheet {
  const s = new CSSStyleSheet();
  s.replaceSync(css);
  return s;
}

/** The element at `width`, drawn at its measured width. */
async function mount(tag: string, width: number, ancestor = '') {
  const wrapper = await fixture<HTMLDivElement>(
    `<div style="width: ${String(width)}px; ${ancestor}"><${tag} start="none"></${tag}></div>`,
  );
  const el = wrapper.firstElementChild as HTMLElement & { updateComplete: Promise<boolean> };
  await waitUntil(() => el.shadowRoot?.querySelector('.source'), 'no figures', { timeout: 8000 });
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  await el.updateComplete;
  return el;
}

/**
 * Every element in the shadow root that draws text of its own, and is seen.
 * Not the counter's big figure: it keeps its tight tracking, since its size
 * is fitted to the column from its number of digits (see the counter's styles).
 */
function texts(el: HTMLElement): Element[] {
  return [...el.shadowRoot!.querySelectorAll('*')].filter(
    (node) =>
      !node.closest('.visually-hidden, [hidden], [part="figure"]') &&
      [...node.childNodes].some((c) => c.nodeType === Node.TEXT_NODE && c.textContent?.trim()),
  );
}

/** Pairs of SVG texts in one drawing whose boxes overlap by more than a pixel. */
function overlaps(el: HTMLElement): string[] {
  const found: string[] = [];
  for (const svg of el.shadowRoot!.querySelectorAll('svg')) {
    const boxes = [...svg.querySelectorAll('text')].map((t) => ({
      t: t.textContent.trim(),
      r: t.getBoundingClientRect(),
    }));
    for (const [i, a] of boxes.entries())
      for (const b of boxes.slice(i + 1)) {
        const x = Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left);
        const y = Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top);
        if (a.t && b.t && x > 1 && y > 1) found.push(`${a.t} / ${b.t}`);
      }
  }
  return found;
}

describe('text spacing (WCAG 1.4.12) reaches the text; page CSS does not', () => {
  const before = [...document.adoptedStyleSheets];
  afterEach(() => {
    document.adoptedStyleSheets = before;
  });

  for (const tag of TAGS) {
    it(`${tag}: a reader's !important spacing reaches every text; nothing leaves the box or overlaps at 320 and 800 px`, async () => {
      document.adoptedStyleSheets = [...before, sheet(READER)];
      for (const width of [320, 800]) {
        const el = await mount(tag, width);
        for (const node of texts(el)) {
          const style = getComputedStyle(node);
          const where = `${String(width)}px ${node.localName}.${node.getAttribute('class') ?? ''}: ${node.textContent.trim().slice(0, 30)}`;
          // The host's size is 16px: 0.12em and 0.16em of it, inherited in px.
          expect(parseFloat(style.letterSpacing) || 0, where).to.be.at.least(1.92 - 0.01);
          expect(parseFloat(style.wordSpacing) || 0, where).to.be.at.least(2.56 - 0.01);
        }
        const root = el.shadowRoot!.querySelector('.cw-root')!;
        expect(getComputedStyle(root).lineHeight).to.equal(
          `${String(1.5 * parseFloat(getComputedStyle(root).fontSize))}px`,
        );
        expect(outside(el), `${String(width)}px: out of the box`).to.be.at.most(0.5);
        expect(overlaps(el), `${String(width)}px: overlapping text`).to.deep.equal([]);
      }
    });

    it(`${tag}: a page's universal rules and an ancestor's spacing stay out`, async () => {
      document.adoptedStyleSheets = [...before, sheet(HOSTILE)];
      const el = await mount(tag, 800, 'letter-spacing: 9px; word-spacing: 9px; line-height: 5');
      for (const node of texts(el)) {
        const style = getComputedStyle(node);
        const where = `${node.localName}: ${node.textContent.trim().slice(0, 30)}`;
        expect(style.letterSpacing, where).to.be.oneOf(['normal', '0px']);
        expect(style.wordSpacing, where).to.equal('0px');
      }
      expect(getComputedStyle(el.shadowRoot!.querySelector('.cw-root')!).lineHeight).not.to.match(
        /^(36|80)px$/,
      );
    });
  }
});
