import { LitElement, html } from 'lit';
import { expect, fixture, oneEvent, waitUntil } from '@open-wc/testing';
import { DataController } from '../../src/internal/data-controller.js';
import type { CwErrorDetail } from '../../src/internal/errors.js';
import { fetchLimits } from '../../src/internal/fetch-dataset.js';
import { synthetic } from '../fixtures/synthetic.js';

/** The smallest host: shows which data it got, or the error code. */
class DataHostElement extends LitElement {
  static override properties = {
    data: { attribute: false },
    src: {},
    awaitData: { type: Boolean, attribute: 'await-data' },
  };
  data?: unknown;
  src?: string;
  awaitData = false;
  readonly source = new DataController(this);
  override render() {
    const v = this.source.value;
    return v.status === 'ready'
      ? html`${v.origin}:${v.data.id}`
      : v.status === 'error'
        ? html`error:${v.error.code}`
        : html`loading`;
  }
}
customElements.define('cw-test-data-host', DataHostElement);

const shown = (el: DataHostElement) => el.shadowRoot!.textContent.trim();
const settled = (el: DataHostElement) =>
  waitUntil(() => !['', 'loading'].includes(shown(el)), 'never settled', { timeout: 5000 });

let fixtureUrl: string;
let fetches: string[] = [];
const realFetch = window.fetch.bind(window);

describe('DataController', () => {
  before(() => {
    fixtureUrl = URL.createObjectURL(
      new Blob([JSON.stringify(synthetic())], { type: 'application/json' }),
    );
  });
  beforeEach(() => {
    fetches = [];
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      fetches.push(input instanceof Request ? input.url : String(input));
      return realFetch(input, init);
    };
  });
  afterEach(() => {
    window.fetch = realFetch;
    fetchLimits.timeoutMs = 10_000;
  });

  it('uses the bundled dataset when given nothing', async () => {
    const el = await fixture<DataHostElement>(html`<cw-test-data-host></cw-test-data-host>`);
    await settled(el);
    expect(shown(el)).to.equal('default:karabakh-2020');
    expect(fetches).to.deep.equal([]);
  });

  it('.data wins over inline JSON and src', async () => {
    const el = await fixture<DataHostElement>(
      html`<cw-test-data-host .data=${{ ...synthetic(), id: 'from-property' }} src="/nowhere.json"
        ><script type="application/json">
          {}
        </script></cw-test-data-host
      >`,
    );
    await settled(el);
    expect(shown(el)).to.equal('property:from-property');
    expect(fetches).to.deep.equal([]);
  });

  it('inline <script type="application/json"> wins over src, and edits to it apply', async () => {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify({ ...synthetic(), id: 'inline-one' });
    const el = document.createElement('cw-test-data-host') as DataHostElement;
    el.src = '/nowhere.json';
    el.append(script);
    document.body.append(el);
    await settled(el);
    expect(shown(el)).to.equal('inline:inline-one');
    script.textContent = JSON.stringify({ ...synthetic(), id: 'inline-two' });
    await waitUntil(() => shown(el) === 'inline:inline-two', 'inline edit not applied');
    el.remove();
  });

  it('malformed inline JSON is an invalid-json error with one cw-error event', async () => {
    const el = document.createElement('cw-test-data-host') as DataHostElement;
    el.innerHTML = '<script type="application/json">{ not json</script>';
    const events: CwErrorDetail[] = [];
    document.body.addEventListener('cw-error', (e) => events.push(e.detail));
    document.body.append(el);
    await settled(el);
    el.requestUpdate();
    await el.updateComplete;
    expect(shown(el)).to.equal('error:invalid-json');
    expect(events.map((e) => e.code)).to.deep.equal(['invalid-json']);
    el.remove();
  });

  it('src: loads and validates a dataset from a URL', async () => {
    const el = await fixture<DataHostElement>(
      html`<cw-test-data-host src=${fixtureUrl}></cw-test-data-host>`,
    );
    await settled(el);
    expect(shown(el)).to.equal('src:synthetic');
  });

  it('src: one request per URL shared by every element', async () => {
    const url = URL.createObjectURL(
      new Blob([JSON.stringify(synthetic())], { type: 'application/json' }),
    );
    const wrapper = await fixture(
      html`<div>
        <cw-test-data-host src=${url}></cw-test-data-host
        ><cw-test-data-host src=${url}></cw-test-data-host
        ><cw-test-data-host src=${url}></cw-test-data-host>
      </div>`,
    );
    const hosts = [...wrapper.querySelectorAll<DataHostElement>('cw-test-data-host')];
    await Promise.all(hosts.map(settled));
    expect(hosts.map(shown)).to.deep.equal(['src:synthetic', 'src:synthetic', 'src:synthetic']);
    expect(fetches.filter((f) => f === url)).to.have.length(1);
  });

  const failures: [string, string, string][] = [
    ['an HTTP error', '/__test/gone/data.json', 'http-status'],
    ['non-JSON content', '/__test/not-json', 'content-type'],
    ['unparseable JSON', '/__test/garbage.json', 'invalid-json'],
    ['JSON that fails validation', '/package.json', 'invalid-data'],
  ];
  for (const [what, url, code] of failures) {
    it(`src: ${what} becomes a ${code} error, a warning and a cw-error event`, async () => {
      const el = document.createElement('cw-test-data-host') as DataHostElement;
      el.src = url;
      const event = oneEvent(el, 'cw-error');
      document.body.append(el);
      const { detail } = (await event) as CustomEvent<CwErrorDetail>;
      expect(detail.code).to.equal(code);
      expect(detail.message).to.contain(url);
      await el.updateComplete;
      expect(shown(el)).to.equal(`error:${code}`);
      el.remove();
    });
  }

  it('src: a value that is not a URL at all is a visible error, not an uncaught throw', async () => {
    const el = document.createElement('cw-test-data-host') as DataHostElement;
    el.src = 'http://';
    const event = oneEvent(el, 'cw-error');
    document.body.append(el);
    const { detail } = (await event) as CustomEvent<CwErrorDetail>;
    expect(detail.message).to.equal('The src “http://” is not a valid URL.');
    await el.updateComplete;
    expect(shown(el)).to.equal('error:fetch-failed');
    el.remove();
  });

  for (const blank of ['', '   ']) {
    it(`src=${JSON.stringify(blank)} is an error, never the bundled dataset`, async () => {
      const el = document.createElement('cw-test-data-host') as DataHostElement;
      el.setAttribute('src', blank);
      const seen = new Set<string>();
      const events: CwErrorDetail[] = [];
      el.addEventListener('cw-error', (e) => events.push(e.detail));
      const watch = new MutationObserver(() => seen.add(shown(el)));
      document.body.append(el);
      watch.observe(el.shadowRoot!, { childList: true, subtree: true, characterData: true });
      await settled(el);
      await new Promise((resolve) => setTimeout(resolve, 100));
      watch.disconnect();
      expect(shown(el)).to.equal('error:invalid-attribute');
      expect([...seen].some((s) => s.startsWith('default:'))).to.equal(false);
      expect(events.map((e) => e.message)).to.deep.equal([
        'src is blank, so there is no dataset to load: give the URL of a dataset, or remove src to show the bundled one.',
      ]);
      expect(fetches).to.deep.equal([]);
      el.removeAttribute('src');
      await waitUntil(() => shown(el) === 'default:karabakh-2020', 'removing src shows the bundle');
      el.remove();
    });
  }

  describe('await-data', () => {
    it('shows "loading", never the bundled dataset, until .data arrives', async () => {
      const el = document.createElement('cw-test-data-host') as DataHostElement;
      el.setAttribute('await-data', '');
      const seen = new Set<string>();
      const watch = new MutationObserver(() => seen.add(shown(el)));
      document.body.append(el);
      await el.updateComplete;
      watch.observe(el.shadowRoot!, { childList: true, subtree: true, characterData: true });
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(shown(el)).to.equal('loading');
      el.data = synthetic();
      await settled(el);
      watch.disconnect();
      expect(shown(el)).to.equal('property:synthetic');
      expect([...seen]).to.deep.equal(['property:synthetic']);
      el.data = undefined;
      await waitUntil(() => shown(el) === 'loading', 'waits again without data');
      el.remove();
    });

    it('takes inline JSON added later, and a src', async () => {
      const el = document.createElement('cw-test-data-host') as DataHostElement;
      el.awaitData = true;
      document.body.append(el);
      await el.updateComplete;
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = JSON.stringify({ ...synthetic(), id: 'inline-late' });
      el.append(script);
      await settled(el);
      expect(shown(el)).to.equal('inline:inline-late');
      script.remove();
      el.src = fixtureUrl;
      await waitUntil(() => shown(el) === 'src:synthetic', 'src not loaded');
      el.remove();
    });
  });

  it('src: a response slower than the timeout becomes a timeout error', async () => {
    fetchLimits.timeoutMs = 200;
    const el = await fixture<DataHostElement>(
      html`<cw-test-data-host src="/__test/slow.json?t"></cw-test-data-host>`,
    );
    await settled(el);
    expect(shown(el)).to.equal('error:timeout');
  });

  it('src: changing src drops the late answer of the old one', async () => {
    const el = await fixture<DataHostElement>(
      html`<cw-test-data-host src="/__test/slow.json?late"></cw-test-data-host>`,
    );
    el.src = fixtureUrl;
    await settled(el);
    expect(shown(el)).to.equal('src:synthetic');
    await new Promise((resolve) => setTimeout(resolve, 1700));
    expect(shown(el)).to.equal('src:synthetic');
  });

  it('src: removing the element aborts a request nobody else wants, once it stays removed a task', async () => {
    let aborted = false;
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      init?.signal?.addEventListener('abort', () => (aborted = true));
      return realFetch(input, init);
    };
    const el = await fixture<DataHostElement>(
      html`<cw-test-data-host src="/__test/slow.json?abort"></cw-test-data-host>`,
    );
    el.remove();
    expect(aborted, 'a move would re-add it within this task').to.equal(false);
    await new Promise((resolve) => setTimeout(resolve));
    expect(aborted).to.equal(true);
  });

  describe('an element removed while its data loads', () => {
    /** fetch answering after `ms`, as a slow network would. */
    const slowFetch = (ms: number) => {
      window.fetch = (input: RequestInfo | URL, init?: RequestInit) =>
        new Promise((resolve) => setTimeout(resolve, ms)).then(() => realFetch(input, init));
    };
    const inputs: [string, (el: DataHostElement) => void, string][] = [
      ['src', (el) => (el.src = fixtureUrl), 'src:synthetic'],
      ['.data', (el) => (el.data = synthetic()), 'property:synthetic'],
      ['the bundled dataset', () => undefined, 'default:karabakh-2020'],
    ];
    const moves: [string, (el: DataHostElement, other: HTMLElement) => Promise<void>][] = [
      [
        're-added at once',
        (el) => {
          el.remove();
          document.body.append(el);
          return Promise.resolve();
        },
      ],
      [
        're-added later',
        async (el) => {
          el.remove();
          await new Promise((resolve) => setTimeout(resolve, 400));
          document.body.append(el);
        },
      ],
      [
        'moved to another parent',
        (el, other) => {
          other.append(el);
          return Promise.resolve();
        },
      ],
      [
        'connected and disconnected 100 times, then left connected',
        (el) => {
          for (let i = 0; i < 100; i++) {
            el.remove();
            document.body.append(el);
          }
          return Promise.resolve();
        },
      ],
    ];
    for (const [what, give, expected] of inputs) {
      for (const [move, act] of moves) {
        it(`${what}: ${move}, it loads again and shows the data`, async () => {
          slowFetch(200);
          const other = document.createElement('div');
          document.body.append(other);
          const el = document.createElement('cw-test-data-host') as DataHostElement;
          give(el);
          document.body.append(el);
          await el.updateComplete;
          await act(el, other);
          await settled(el);
          expect(shown(el)).to.equal(expected);
          el.remove();
          other.remove();
        });
      }
    }
  });
});
