import { expect, nextFrame } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/elements.js';
import { MEASURED } from '../../src/internal/measured.js';

type Widget = HTMLElement & { updateComplete: Promise<boolean> };

/** How far (px) a measured height may be from the real one: a layout shift of a few px is below CLS 0.01. */
const TOLERANCE = 4;

/** The element on the bundled data with default attributes, drawn in an article column at `viewport` px. */
async function drawnHeight(tag: string, viewport: number): Promise<number> {
  await setViewport({ width: viewport, height: 800 });
  const column = document.createElement('div');
  column.style.cssText = 'max-width: 680px; margin: 0 auto; padding: 0 16px';
  const el = document.createElement(tag) as Widget;
  column.append(el);
  document.body.append(column);
  try {
    await el.updateComplete;
    await nextFrame();
    await el.updateComplete;
    return el.getBoundingClientRect().height;
  } finally {
    column.remove();
  }
}

describe('MEASURED (src/internal/measured.ts): the heights the loading state reserves', () => {
  // The column of a page with 16 px gutters and no body margin, as measured.
  before(() => {
    document.body.style.margin = '0';
  });
  after(async () => {
    document.body.style.margin = '';
    await setViewport({ width: 800, height: 600 });
  });

  for (const [tag, measured] of Object.entries(MEASURED)) {
    it(`<${tag}> on the bundled data is as tall as measured, in a phone and a desktop column`, async () => {
      const real = { narrow: await drawnHeight(tag, 390), wide: await drawnHeight(tag, 1280) };
      // On failure, the message gives the real heights to copy into measured.ts.
      const off = (Object.keys(real) as (keyof typeof real)[]).filter(
        (width) => Math.abs(real[width] - measured[width]) > TOLERANCE,
      );
      expect(off, `real heights ${JSON.stringify(real)}`).to.deep.equal([]);
    });
  }
});
