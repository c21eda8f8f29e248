import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/elements.js';
import { settled } from '../fixtures/settled.js';
import { synthetic } from '../fixtures/synthetic.js';

const TAGS = ['cw-casualty-counter', 'cw-regional-bar-chart', 'cw-ceasefire-timeline'] as const;

/** The request is in flight: /__test/slow.json answers after 1.5 s (with `{}`, not a dataset). */
const inFlight = () => new Promise((resolve) => setTimeout(resolve, 100));

function slowElement(tag: (typeof TAGS)[number], key: string): HTMLElement {
  const el = document.createElement(tag);
  el.setAttribute('start', 'none');
  el.setAttribute('src', `/__test/slow.json?${tag}-${key}`);
  return el;
}

/**
 * Frameworks move elements while they load (keyed lists, portals, strict
 * mode's double mount): a load cut short by a disconnect must start again on
 * reconnect, never leave the element on "Loading…".
 */
describe('elements that move while their data loads', () => {
  for (const tag of TAGS) {
    it(`${tag}: removed mid-load and re-added, 100 cycles, settles`, async () => {
      const parent = await fixture<HTMLDivElement>(html`<div></div>`);
      const el = slowElement(tag, 'cycles');
      parent.append(el);
      await inFlight();
      for (let i = 0; i < 100; i++) {
        el.remove();
        parent.append(el);
      }
      await settled(el, 6000);
      // The slow endpoint's `{}` is not a dataset: the visible error proves the load finished.
      expect(el.shadowRoot!.querySelector('[part="error"]')?.textContent).to.match(/\S/);
    });

    it(`${tag}: moved at once mid-load, as a keyed list reorders, keeps its one request`, async () => {
      const a = await fixture<HTMLDivElement>(html`<div></div>`);
      const b = await fixture<HTMLDivElement>(html`<div></div>`);
      const el = slowElement(tag, 'kept');
      const original = Object.getOwnPropertyDescriptor(window, 'fetch')!;
      const fetch = window.fetch.bind(window);
      let requests = 0;
      window.fetch = (input, init) => {
        if (String(input instanceof Request ? input.url : input).includes('slow.json')) requests++;
        return fetch(input, init);
      };
      try {
        a.append(el);
        await inFlight();
        for (let i = 0; i < 5; i++) (i % 2 ? a : b).append(el);
        await settled(el, 6000);
      } finally {
        Object.defineProperty(window, 'fetch', original);
      }
      expect(el.shadowRoot!.querySelector('[part="error"]')?.textContent).to.match(/\S/);
      expect(requests).to.equal(1);
    });

    it(`${tag}: moved to another parent mid-load, settles`, async () => {
      const a = await fixture<HTMLDivElement>(html`<div></div>`);
      const b = await fixture<HTMLDivElement>(html`<div></div>`);
      const el = slowElement(tag, 'moved');
      a.append(el);
      await inFlight();
      b.append(el);
      await settled(el, 6000);
    });
  }
});

/** A library file's URL as this server serves it (tsc's output of src/). */
const served = (path: string) => new URL(`../../src/${path}`, import.meta.url).pathname;

/** How late the library chunk under test arrives: long enough to move elements while it loads. */
const CHUNK_LATE = 1500;

/**
 * A frame with the elements defined at once and one lazily imported library
 * chunk (`late`) `CHUNK_LATE` ms late, through an import map: a fresh module
 * graph, so the chunk is loading when the first element connects.
 */
async function frameWithLate(late: string): Promise<Document> {
  const frame = document.createElement('iframe');
  frame.style.width = '900px';
  const imports = { [served(late)]: `/__test/late/${String(CHUNK_LATE)}${served(late)}` };
  frame.srcdoc = `<script type="importmap">${JSON.stringify({ imports })}</script>
    <script type="module" src="${served('elements.js')}"></script>`;
  document.body.append(frame);
  await waitUntil(
    () => TAGS.every((tag) => frame.contentWindow?.customElements.get(tag)),
    'the elements never registered in the frame',
    { timeout: 8000 },
  );
  return frame.contentDocument!;
}

/** What a framework does to an element while its data loads. */
const MOVES = {
  'removed and re-added at once': (el: HTMLElement) => {
    const parent = el.parentElement!;
    el.remove();
    parent.append(el);
  },
  'moved to another parent': (el: HTMLElement) => {
    el.ownerDocument.body.append(el);
  },
  '100 connect/disconnect cycles': (el: HTMLElement) => {
    const parent = el.parentElement!;
    for (let i = 0; i < 100; i++) {
      el.remove();
      parent.append(el);
    }
  },
  'removed, and re-added once the chunk has arrived': (el: HTMLElement) => {
    el.remove();
  },
} as const;
type Move = keyof typeof MOVES;

const isLoading = (el: HTMLElement) => /Loading/.test(el.shadowRoot?.textContent ?? '');
const showsFigures = (el: HTMLElement) =>
  Boolean(el.shadowRoot?.querySelector('[part="source-block"]')) && !isLoading(el);

/**
 * Every element, moved each way while `late` loads, then shows its figures:
 * `prepare` gives an element its data (none for the bundled dataset).
 */
async function movesWhileChunkLoads(late: string, prepare: (el: HTMLElement) => void) {
  const doc = await frameWithLate(late);
  const placed: { el: HTMLElement; move: Move }[] = [];
  for (const tag of TAGS) {
    for (const move of Object.keys(MOVES) as Move[]) {
      const holder = doc.createElement('div');
      const el = doc.createElement(tag);
      el.setAttribute('start', 'none');
      prepare(el);
      holder.append(el);
      doc.body.append(holder);
      placed.push({ el, move });
    }
  }
  await new Promise((resolve) => setTimeout(resolve, 200));
  for (const { el, move } of placed) {
    expect(isLoading(el), `${el.localName} was not loading when ${move}`).to.equal(true);
    MOVES[move](el);
  }
  const label = ({ el, move }: (typeof placed)[number]) => `${el.localName} ${move}`;
  const connected = placed.filter(({ el }) => el.isConnected);
  await waitUntil(
    () => connected.every(({ el }) => showsFigures(el)),
    `stuck loading: ${connected
      .filter(({ el }) => !showsFigures(el))
      .map(label)
      .join('; ')}`,
    { timeout: CHUNK_LATE + 6000 },
  );
  const later = placed.filter(({ el }) => !el.isConnected);
  for (const { el } of later) doc.body.append(el);
  await waitUntil(
    () => later.every(({ el }) => showsFigures(el)),
    `stuck loading once re-added: ${later
      .filter(({ el }) => !showsFigures(el))
      .map(label)
      .join('; ')}`,
    { timeout: 4000 },
  );
}

describe('elements that move while a library chunk loads', () => {
  afterEach(() => {
    for (const frame of document.querySelectorAll('iframe')) frame.remove();
  });

  it('the bundled dataset: every element, every move, shows its figures', async () => {
    await movesWhileChunkLoads('data/karabakh-2020.generated.js', () => undefined);
  });

  it('the validator, for data the page gives: every element, every move, shows its figures', async () => {
    await movesWhileChunkLoads('internal/read-dataset.js', (el) => {
      (el as HTMLElement & { data: unknown }).data = synthetic();
    });
  });
});
