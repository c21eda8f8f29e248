import { expect, waitUntil } from '@open-wc/testing';
import '../../src/elements.js';
import type { Dataset } from '../../src/data/types.js';
import type { CwError } from '../../src/internal/errors.js';
import { synthetic } from '../fixtures/synthetic.js';
import { recordProblems, recordUncaught } from '../fixtures/problems.js';

type Widget = HTMLElement & { data?: unknown; src?: string };
const TAGS = ['cw-casualty-counter', 'cw-regional-bar-chart', 'cw-ceasefire-timeline'] as const;

const text = (el: Element) => el.shadowRoot?.textContent ?? '';
const errorText = (el: Element) =>
  el.shadowRoot?.querySelector('[part="error"]')?.textContent.trim();

/** One element of the kind, in a 600 px box, with `setup` applied before it connects. */
async function widget(tag: string, setup: (el: Widget) => void): Promise<Widget> {
  const el = document.createElement(tag) as Widget;
  el.setAttribute('start', 'none');
  el.style.width = '600px';
  el.style.display = 'block';
  setup(el);
  document.body.append(el);
  await waitUntil(
    () => errorText(el) !== undefined || text(el).includes('Example Ministry'),
    `${tag} never settled`,
    { timeout: 5000 },
  );
  return el;
}

describe('hostile data and attributes', () => {
  let problems: ReturnType<typeof recordProblems>;
  let uncaught: ReturnType<typeof recordUncaught>;
  beforeEach(() => {
    problems = recordProblems();
    uncaught = recordUncaught();
  });
  afterEach(() => {
    problems.stop();
    uncaught.stop();
    for (const tag of TAGS) for (const el of document.querySelectorAll(tag)) el.remove();
  });

  const bad: [string, (d: Dataset) => void, RegExp][] = [
    [
      'a time of 25:99 on an event',
      (d) => (d.events[3].date = { value: '2030-01-02T25:99', precision: 'time' }),
      /time of day from 00:00 to 23:59/,
    ],
    [
      'a time of 25:99 on a figure',
      (d) => (d.national.killed![2].asOf = { value: '2030-01-10T25:99', precision: 'time' }),
      /time of day/,
    ],
    ['a figure of 1e308', (d) => (d.national.killed![2].value = 1e308), /at most 1000000000/],
    ['a figure of Infinity', (d) => (d.national.killed![2].value = Infinity), /Infinity/],
    ['a figure of NaN', (d) => (d.national.killed![2].value = NaN), /NaN/],
    [
      'figures inherited through Object.create',
      (d) => (d.national.killed = d.national.killed!.map((f) => Object.create(f) as typeof f)),
      /national\/killed\/0/,
    ],
  ];
  for (const tag of TAGS) {
    for (const [what, edit, reason] of bad) {
      it(`<${tag}> .data with ${what}: a short visible error, one warning, nothing uncaught`, async () => {
        const data = synthetic();
        edit(data);
        const el = await widget(tag, (w) => (w.data = data));
        expect(errorText(el)).to.match(reason);
        expect(errorText(el)!.length).to.be.below(300);
        expect(problems.warnings).to.have.length(1);
        expect(problems.events.map((e: CwError) => e.code)).to.deep.equal(['invalid-data']);
        expect(uncaught.uncaught).to.deep.equal([]);
      });
    }
  }

  const huge = 'x'.repeat(1_000_000);
  const attributes: Record<(typeof TAGS)[number], string[]> = {
    'cw-casualty-counter': ['src', 'region', 'metric', 'as-of', 'start', 'theme'],
    'cw-regional-bar-chart': ['src', 'metric', 'highlight', 'sort', 'as-of', 'theme'],
    'cw-ceasefire-timeline': ['src', 'selected', 'kinds', 'from', 'to', 'theme'],
  };
  for (const tag of TAGS) {
    it(`<${tag}>: a 1 MB attribute value gives a short message and a short warning`, async () => {
      for (const name of attributes[tag]) {
        const el = await widget(tag, (w) => {
          if (name !== 'src') w.data = synthetic();
          w.setAttribute(name, huge);
        });
        await waitUntil(() => errorText(el) !== undefined, `${name}: no error shown`, {
          timeout: 5000,
        });
        expect(errorText(el)!.length, name).to.be.below(300);
        expect(errorText(el), name).to.contain('x…');
        el.remove();
      }
      const warned = problems.warnings.map((args) => args.map((a) => JSON.stringify(a)).join(' '));
      expect(warned).to.have.length(attributes[tag].length);
      for (const warning of warned) expect(warning.length).to.be.below(300);
      expect(problems.events.every((e) => e.message.length < 300)).to.equal(true);
    });
  }

  it('.data changed in place after it was set changes nothing: the element kept a checked copy', async () => {
    const data = synthetic();
    const el = await widget('cw-casualty-counter', (w) => {
      w.setAttribute('region', 'Region A');
      w.data = data;
    });
    expect(text(el)).to.contain('7');
    data.regions.forEach((r) => delete (r as Partial<typeof r>).name);
    (data as unknown as Record<string, unknown>).regions = [{}];
    el.setAttribute('region', 'Region B');
    await waitUntil(() => text(el).includes('Region B'), 'the attribute change never showed');
    expect(errorText(el)).to.equal(undefined);
    expect(uncaught.uncaught).to.deep.equal([]);
  });

  it('-0 shows as 0, and the page’s own object keeps its -0', async () => {
    const data = synthetic();
    data.national.killed = [{ ...data.national.killed![2], value: -0 }];
    const el = await widget('cw-casualty-counter', (w) => (w.data = data));
    expect(el.shadowRoot!.querySelector('.digits')?.textContent.trim()).to.equal('0');
    expect(el.shadowRoot!.querySelector('.ghost')?.textContent.trim()).to.equal('0');
    expect(el.shadowRoot!.querySelector('.summary')?.textContent.trim()).to.match(/^0 /);
    expect(Object.is(data.national.killed[0].value, -0)).to.equal(true);
  });

  it('.data holding a function is an error naming where, not an uncaught DataCloneError', async () => {
    const data = { ...synthetic(), extra: () => 1 };
    const el = await widget('cw-casualty-counter', (w) => (w.data = data));
    expect(errorText(el)).to.contain('holds a function at /extra, which is not data');
    expect(uncaught.uncaught).to.deep.equal([]);
  });

  it('what is not data deep inside .data is named by its JSON pointer, after siblings that are', async () => {
    const nested = synthetic();
    Object.assign(nested.regions[1], { 'notes/2020': { when: new Date(0) } });
    const el = await widget('cw-casualty-counter', (w) => (w.data = nested));
    expect(errorText(el)).to.contain(
      'holds a Date at /regions/1/notes~12020/when, which is not data',
    );
    const looped = synthetic();
    Object.assign(looped.regions[2], { self: looped.regions });
    const other = await widget('cw-casualty-counter', (w) => (w.data = looped));
    expect(errorText(other)).to.contain('holds an object inside itself at /regions/2/self,');
  });

  it('a direction control left open in the data is an error: it would reverse the sentence around it', async () => {
    const data = synthetic();
    data.regions[0].name = '\u202EZone';
    const el = await widget('cw-regional-bar-chart', (w) => (w.data = data));
    expect(errorText(el)).to.contain('/regions/0/name: leaves the direction control U+202E open');
    // Closed, it stays within the name, which shows as given.
    const closed = synthetic();
    closed.regions[0].name = 'Zone \u2067ب\u2069';
    const ok = await widget('cw-regional-bar-chart', (w) => (w.data = closed));
    expect(errorText(ok)).to.equal(undefined);
    expect(text(ok)).to.contain('Zone \u2067ب\u2069');
  });

  it('.data from a framework’s reactive state (proxies all the way down, as Vue’s) shows its figures', async () => {
    const reactive = <T extends object>(target: T): T =>
      new Proxy(target, {
        get(object, key, receiver) {
          const value: unknown = Reflect.get(object, key, receiver);
          return typeof value === 'object' && value !== null ? reactive(value) : value;
        },
      });
    const el = await widget('cw-casualty-counter', (w) => {
      w.setAttribute('region', 'Region A');
      w.data = reactive(synthetic());
    });
    expect(errorText(el)).to.equal(undefined);
    expect(el.shadowRoot!.querySelector('.summary')?.textContent.trim()).to.match(
      /^7 civilians killed in Region A/,
    );
  });
});
