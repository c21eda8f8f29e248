import { expect, waitUntil } from '@open-wc/testing';
import { synthetic } from '../fixtures/synthetic.js';

/** A library file's URL as this server serves it. */
const served = (path: string) => new URL(`../../src/${path}`, import.meta.url).href.split('?')[0];

/**
 * A frame that loads the counter with an import map sending one of the
 * library's lazily imported files to a URL that answers 410 Gone (as a missing file would 404): what a page sees
 * when a self-hosted copy of the library is missing a file.
 */
async function counterWithout(missing: string): Promise<HTMLElement> {
  const frame = document.createElement('iframe');
  const imports = { [served(missing)]: '/__test/gone/chunk.js' };
  frame.srcdoc = `<script type="importmap">${JSON.stringify({ imports })}</script>
    <script type="module" src="${served('components/casualty-counter/casualty-counter.js')}"></script>`;
  document.body.append(frame);
  // A fresh frame loads every library module again, unbundled: on a busy
  // machine that takes longer than waitUntil's default second.
  await waitUntil(
    () => frame.contentWindow?.customElements.get('cw-casualty-counter'),
    'the counter never registered in the frame',
    { timeout: 5000 },
  );
  const el = frame.contentDocument!.createElement('cw-casualty-counter');
  el.setAttribute('start', 'none');
  return el;
}

const errorText = (el: HTMLElement) => el.shadowRoot?.querySelector('[part="error"]')?.textContent;

describe('a library file that does not arrive', () => {
  afterEach(() => {
    for (const frame of document.querySelectorAll('iframe')) frame.remove();
  });

  it('the bundled dataset: a visible error and a cw-error event, not a rejection', async () => {
    const el = await counterWithout('data/karabakh-2020.generated.js');
    const events: string[] = [];
    el.addEventListener('cw-error', (e) =>
      events.push((e as CustomEvent<{ code: string }>).detail.code),
    );
    el.ownerDocument.body.append(el);
    await waitUntil(() => errorText(el), 'no error was shown');
    expect(errorText(el)).to.match(/^The bundled dataset could not be loaded \(.+\)\.$/);
    expect(events).to.deep.equal(['fetch-failed']);
  });

  it('the validator and parsers, for data the page gives: a visible error', async () => {
    const el = await counterWithout('internal/read-dataset.js');
    (el as HTMLElement & { data: unknown }).data = synthetic();
    el.ownerDocument.body.append(el);
    await waitUntil(() => errorText(el), 'no error was shown');
    expect(errorText(el)).to.match(
      /^The conflict-widgets data loader could not be loaded \(.+\)\.$/,
    );
  });

  it('the parsers, for a src whose data arrives: a visible error, not "loading" for ever', async () => {
    const el = await counterWithout('internal/read-dataset.js');
    el.setAttribute('src', '/data/karabakh-2020.json');
    el.ownerDocument.body.append(el);
    await waitUntil(() => errorText(el), 'no error was shown');
    expect(errorText(el)).to.match(
      /^The conflict-widgets data loader could not be loaded \(.+\)\.$/,
    );
  });
});
