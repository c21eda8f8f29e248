import { expect, waitUntil } from '@open-wc/testing';
import '../../src/elements.js';
import { IMAGE_FONT } from '../../src/internal/image-export.js';
import { synthetic } from '../fixtures/synthetic.js';

interface Exporting extends HTMLElement {
  data?: unknown;
  updateComplete: Promise<boolean>;
  toSVG(): Promise<Blob>;
  toPNG(options?: { scale?: number }): Promise<Blob>;
}

async function mount(markup: string, width = 640) {
  const box = document.createElement('div');
  box.style.width = `${String(width)}px`;
  box.innerHTML = markup;
  const el = box.firstElementChild as Exporting;
  el.data = synthetic();
  document.body.append(box);
  await waitUntil(() => el.shadowRoot?.querySelector('.source'), 'never drew', { timeout: 5000 });
  await el.updateComplete;
  return { box, el };
}

const textOf = (el: Exporting, selector: string) =>
  el.shadowRoot?.querySelector(selector)?.textContent.replace(/\s+/g, ' ').trim() ?? '';

/** The saved SVG, parsed as a viewer would: a document that is SVG, not an error page. */
async function savedSvg(el: Exporting) {
  const blob = await el.toSVG();
  expect(blob.type).to.equal('image/svg+xml');
  const doc = new DOMParser().parseFromString(await blob.text(), 'image/svg+xml');
  expect(doc.querySelector('parsererror')).to.equal(null);
  const svg = doc.documentElement;
  expect(svg.localName).to.equal('svg');
  // A wrapped block is one text of lines (tspans): its words, a space between lines.
  const lines = [...svg.querySelectorAll('text')].flatMap((t) =>
    t.children.length ? [...t.children].map((line) => line.textContent) : [t.textContent],
  );
  return { svg, words: lines.join(' ') };
}

/** The words of a wrapped block, as one line: an image wraps them in its own places. */
const flat = (text: string) => text.replace(/\s+/g, ' ');

const ELEMENTS = [
  ['cw-casualty-counter', 'start="none" region="region-a"', '[part=label]'],
  ['cw-regional-bar-chart', '', '[part=title]'],
  ['cw-ceasefire-timeline', '', '[part=title]'],
] as const;

describe('Get the image: toSVG(), toPNG() and the image-export buttons', () => {
  for (const [tag, attributes, heading] of ELEMENTS) {
    it(`<${tag}>: a standalone SVG as wide as the element, with its words, scope and source`, async () => {
      const { box, el } = await mount(`<${tag} ${attributes}></${tag}>`);
      try {
        const { svg, words } = await savedSvg(el);
        const root = el.shadowRoot?.querySelector('.cw-root');
        expect(Number(svg.getAttribute('width'))).to.equal(
          Math.round(root?.getBoundingClientRect().width ?? 0),
        );
        for (const part of [heading, '[part=scope]', '[part=source]'])
          expect(flat(words)).to.include(textOf(el, part));
        // Nothing refers to the page: no class, no CSS variable, fonts every system has.
        expect(svg.querySelector('[class], style')).to.equal(null);
        expect(new XMLSerializer().serializeToString(svg)).not.to.include('var(--');
        expect(svg.getAttribute('font-family')).to.equal(IMAGE_FONT);
      } finally {
        box.remove();
      }
    });

    it(`<${tag}>: PNGs at 1× and 2× the SVG's size, decoded by the browser`, async () => {
      const { box, el } = await mount(`<${tag} ${attributes}></${tag}>`);
      try {
        const { svg } = await savedSvg(el);
        const width = Number(svg.getAttribute('width'));
        const height = Number(svg.getAttribute('height'));
        expect(height).to.be.greaterThan(100);
        for (const scale of [1, 2]) {
          const png = await el.toPNG({ scale });
          expect(png.type).to.equal('image/png');
          const bitmap = await createImageBitmap(png);
          expect([bitmap.width, bitmap.height]).to.deep.equal([width * scale, height * scale]);
        }
      } finally {
        box.remove();
      }
    });
  }

  it('the counter draws its final figure, and an SVG drawing comes with its own text', async () => {
    const counter = await mount(
      '<cw-casualty-counter start="none" region="region-a"></cw-casualty-counter>',
    );
    const chart = await mount('<cw-regional-bar-chart></cw-regional-bar-chart>');
    try {
      const { words } = await savedSvg(counter.el);
      expect(words).to.include(textOf(counter.el, '.ghost'));
      const drawn = await savedSvg(chart.el);
      // The bars, at their drawn length, and the region names inside the drawing.
      const bars = chart.el.shadowRoot?.querySelectorAll('rect.bar') ?? [];
      expect(drawn.svg.querySelectorAll('rect[fill^="rgb"]').length).to.be.at.least(bars.length);
      expect(drawn.words).to.include('Region A');
    } finally {
      counter.box.remove();
      chart.box.remove();
    }
  });

  it("the timeline's labels stay readable: each halo is painted under its words, as on the page", async () => {
    const { box, el } = await mount('<cw-ceasefire-timeline></cw-ceasefire-timeline>', 900);
    try {
      const { svg } = await savedSvg(el);
      const haloed = [...svg.querySelectorAll('text')].filter(
        (text) => (text.getAttribute('stroke') ?? 'none') !== 'none',
      );
      expect(haloed.length).to.be.greaterThan(2);
      for (const text of haloed)
        expect(text.getAttribute('paint-order'), text.textContent).to.equal('stroke');
    } finally {
      box.remove();
    }
  });

  it("a narrow timeline's rows keep their lines, their text lined up whatever the mark's shape", async () => {
    const { box, el } = await mount('<cw-ceasefire-timeline></cw-ceasefire-timeline>', 300);
    try {
      const { svg } = await savedSvg(el);
      const lines = [...svg.querySelectorAll('tspan')].map((line) => line.textContent);
      // The day and time of day, apart, and on a line of their own: "4 Jan about 04:00".
      const when = textOf(el, '.row:has(.time) .when');
      expect(when).to.match(/\d \S+ \S/);
      expect(lines).to.include(when);
      for (const part of ['.row-title', '.row-meta']) {
        const start = textOf(el, `.row:has(.time) ${part}`).slice(0, 12);
        expect(
          lines.some((line) => line.startsWith(start)),
          `${part} "${start}"`,
        ).to.equal(true);
      }
      // Rows lead with marks of three widths (circle, triangle, diamond); their text starts alike.
      const rows = [...svg.querySelectorAll('text')].filter((text) =>
        /^\d+ [A-Z][a-z]+/.test(text.firstElementChild?.textContent ?? ''),
      );
      expect(rows.length).to.equal(el.shadowRoot?.querySelectorAll('.row').length);
      expect(new Set(rows.map((text) => text.getAttribute('x'))).size).to.equal(1);
    } finally {
      box.remove();
    }
  });

  it('with hide-source the image still says whose figures these are', async () => {
    const { box, el } = await mount('<cw-regional-bar-chart hide-source></cw-regional-bar-chart>');
    try {
      const { words } = await savedSvg(el);
      expect(flat(words)).to.include(textOf(el, '[part=scope]'));
      expect(flat(words)).to.include(textOf(el, '[part=source]'));
    } finally {
      box.remove();
    }
  });

  it('image-export adds three buttons that save files named after the chart', async () => {
    const { box, el } = await mount('<cw-regional-bar-chart image-export></cw-regional-bar-chart>');
    const saved: { name: string; type: string }[] = [];
    const click = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'click');
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      const { download } = this;
      void fetch(this.href)
        .then((r) => r.blob())
        .then((b) => saved.push({ name: download, type: b.type }));
    };
    try {
      const buttons = [...(el.shadowRoot?.querySelectorAll('button[part=save]') ?? [])];
      expect(buttons.map((b) => b.textContent.trim())).to.deep.equal(['SVG', 'PNG', 'PNG, 2×']);
      expect(buttons[0]?.closest('[role=group]')?.getAttribute('aria-label')).to.equal(
        'Save image',
      );
      for (const b of buttons) (b as HTMLButtonElement).click();
      await waitUntil(() => saved.length === 3, 'not every file was saved', { timeout: 5000 });
      expect(saved.map((s) => s.name).sort()).to.deep.equal([
        'civilians-killed-by-region-synthetic.png',
        'civilians-killed-by-region-synthetic.svg',
        'civilians-killed-by-region-synthetic@2x.png',
      ]);
    } finally {
      if (click) Object.defineProperty(HTMLAnchorElement.prototype, 'click', click);
      delete (HTMLAnchorElement.prototype as Partial<HTMLAnchorElement>).click;
      box.remove();
    }
  });

  it('a PNG the page does not allow (a CSP without img-src blob:) is said and reported, not thrown', async () => {
    const { box, el } = await mount('<cw-regional-bar-chart image-export></cw-regional-bar-chart>');
    const errors: string[] = [];
    const unhandled: unknown[] = [];
    const onUnhandled = (e: PromiseRejectionEvent) => unhandled.push(e.reason);
    el.addEventListener('cw-error', (e) =>
      errors.push((e as CustomEvent<{ code: string }>).detail.code),
    );
    window.addEventListener('unhandledrejection', onUnhandled);
    const decode = Object.getOwnPropertyDescriptor(HTMLImageElement.prototype, 'decode')!;
    HTMLImageElement.prototype.decode = () =>
      Promise.reject(new DOMException('The source image cannot be decoded.', 'EncodingError'));
    const failed = () => el.shadowRoot!.querySelector('.save-failed')!.textContent.trim();
    HTMLAnchorElement.prototype.click = () => undefined; // no file saved by the test browser
    try {
      el.shadowRoot!.querySelector<HTMLButtonElement>('button[part=save]:nth-of-type(2)')!.click();
      await waitUntil(() => failed() !== '', 'the failure was not said', { timeout: 5000 });
      expect(failed()).to.equal('The image could not be saved.');
      expect(el.shadowRoot!.querySelector('.save-failed')!.getAttribute('role')).to.equal('status');
      expect(errors).to.deep.equal(['image-failed']);
      Object.defineProperty(HTMLImageElement.prototype, 'decode', decode);
      // The next save, which works, clears it.
      el.shadowRoot!.querySelector<HTMLButtonElement>('button[part=save]')!.click();
      await waitUntil(() => failed() === '', 'the failure stayed', { timeout: 5000 });
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(unhandled).to.deep.equal([]);
    } finally {
      Object.defineProperty(HTMLImageElement.prototype, 'decode', decode);
      window.removeEventListener('unhandledrejection', onUnhandled);
      delete (HTMLAnchorElement.prototype as Partial<HTMLAnchorElement>).click;
      box.remove();
    }
  });
});
