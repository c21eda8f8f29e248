import { expect, waitUntil } from '@open-wc/testing';
import '../../src/elements.js';
import type { CwErrorDetail } from '../../src/internal/errors.js';

/**
 * The embed builder (demo/builder.html, on the production CDN build) with
 * data of an editor's own: pasted CSV and a published sheet's URL. Its
 * messages must be the element's own, row and column included.
 */

/** Opens the builder in a 1200 px frame and waits for its form. */
async function openBuilder(tag = 'cw-regional-bar-chart'): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 1200px; height: 900px; border: 0';
  frame.src = `/demo/builder.html#${tag}`;
  document.body.append(frame);
  await waitUntil(() => frame.contentDocument?.querySelector('#fields .field'), 'no form', {
    timeout: 10000,
  });
  return frame;
}

const $ = (frame: HTMLIFrameElement, selector: string): Element => {
  const found = frame.contentDocument?.querySelector(selector);
  if (!found) throw new Error(`no ${selector} in the builder`);
  return found;
};
const statusText = (frame: HTMLIFrameElement) =>
  $(frame, '#data-status').textContent.replace(/\s+/g, ' ');
const snippet = (frame: HTMLIFrameElement) => $(frame, '#snippet code').textContent;

/** A sheet with one row the reader refuses: "about 70" in value. */
const SHEET = [
  'metric,value,reporter,reporter_kind,status,as_of,source,publisher,section,region',
  'killed,12,Example Ministry,party,reported,2030-01-10,Example report,Example Publisher,Section Two,Region A',
  'killed,about 70,Example Ministry,,reported,2030-01-10,Example report,,Section Two,Region B',
].join('\n');

/** What the element itself says about the sheet, on a page of its own. */
async function elementSays(csv: string): Promise<CwErrorDetail> {
  const el = document.createElement('cw-regional-bar-chart');
  const script = document.createElement('script');
  script.type = 'text/csv';
  script.textContent = csv;
  el.append(script);
  const said = new Promise<CwErrorDetail>((resolve) => {
    el.addEventListener('cw-error', (e) => {
      resolve(e.detail);
    });
  });
  document.body.append(el);
  try {
    return await said;
  } finally {
    el.remove();
  }
}

describe('The builder: pasted CSV and a sheet URL', () => {
  it('pasted CSV: previewed, checked with the element’s own messages, inlined in the snippet', async () => {
    const frame = await openBuilder();
    try {
      const own = await elementSays(SHEET);
      const csv = $(frame, '#csv') as HTMLTextAreaElement;
      csv.value = SHEET;
      csv.dispatchEvent(new Event('input', { bubbles: true }));
      await waitUntil(() => statusText(frame).includes('row 3, column value'), statusText(frame), {
        timeout: 5000,
      });
      expect(statusText(frame)).to.include(own.message);
      for (const d of own.details ?? [])
        expect(statusText(frame)).to.include(`${d.path}: ${d.message}`);
      const preview = $(frame, '#preview cw-regional-bar-chart');
      expect(preview.shadowRoot?.textContent).to.include('Region A');
      expect(snippet(frame)).to.include(`<script type="text/csv">\n${SHEET}\n  </script>`);
      // The download link is on in the snippet, and in the preview.
      expect(snippet(frame)).to.match(/\sdownload\s/);
      expect(preview.shadowRoot?.querySelector('a[download]')).not.to.equal(null);
    } finally {
      frame.remove();
    }
  });

  it('a published sheet’s URL: read, previewed and said to be read; a broken one says why', async () => {
    const frame = await openBuilder();
    try {
      const src = $(frame, '#field-src') as HTMLInputElement;
      src.value = '/__test/sheets/pub?output=csv';
      src.dispatchEvent(new Event('change', { bubbles: true }));
      await waitUntil(() => statusText(frame).includes('every row used'), statusText(frame), {
        timeout: 5000,
      });
      expect(snippet(frame)).to.include('src="/__test/sheets/pub?output=csv"');
      const errors: CwErrorDetail[] = [];
      frame.contentDocument?.addEventListener('cw-error', (e) => errors.push(e.detail));
      src.value = '/__test/sheets/missing.csv';
      src.dispatchEvent(new Event('change', { bubbles: true }));
      await waitUntil(() => errors.length > 0, 'the preview reported nothing', { timeout: 5000 });
      await waitUntil(
        () => statusText(frame).includes(errors[0]?.message ?? '?'),
        statusText(frame),
      );
      expect($(frame, '#data-status').classList.contains('problem')).to.equal(true);
    } finally {
      frame.remove();
    }
  });

  it('turning the download off leaves it out of the snippet and keeps it off in the address', async () => {
    const frame = await openBuilder();
    try {
      const box = $(frame, '#field-download') as HTMLInputElement;
      expect(box.checked).to.equal(true);
      box.click();
      expect(snippet(frame)).not.to.match(/\sdownload\s/);
      expect(frame.contentWindow?.location.hash).to.include('download=off');
    } finally {
      frame.remove();
    }
  });

  it('the snippet carries the figures as plain HTML: with the definition blocked, a page reads them', async () => {
    const frame = await openBuilder('cw-casualty-counter');
    await waitUntil(() => snippet(frame).includes('<div lang="en">'), 'no copy in the snippet', {
      timeout: 10000,
    });
    const preview = $(frame, '#preview cw-casualty-counter').shadowRoot!;
    // The snippet as an editor pastes it, on a page whose scripts do not run.
    const page = document.createElement('iframe');
    page.sandbox.add('allow-same-origin');
    page.srcdoc = `<!doctype html><main>${snippet(frame)}</main>`;
    const loaded = new Promise((resolve) => {
      page.addEventListener('load', resolve, { once: true });
    });
    document.body.append(page);
    await loaded;
    const text = page.contentDocument!.querySelector('main')!.innerText;
    expect(text).to.include(preview.querySelector('.summary')!.textContent.trim());
    expect(text).to.include(preview.querySelector('.source')!.textContent.trim());
    page.remove();
    frame.remove();
  });
});
