import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/elements.js';
import { fetchLimits } from '../../src/internal/fetch-dataset.js';
import { fuzz } from '../fixtures/fuzz.js';
import { expectReportedOnce, recordProblems } from '../fixtures/problems.js';
import { settled } from '../fixtures/settled.js';
import { outside } from '../fixtures/overflow.js';

/** A hundred runs in `npm test`; CW_FUZZ_RUNS=2000 for a longer search. */
const env = (await (await fetch('/__test/env')).json()) as { fuzzRuns?: number };
const RUNS = env.fuzzRuns ?? 100;
const SEED = 17;

const TAGS = ['cw-casualty-counter', 'cw-regional-bar-chart', 'cw-ceasefire-timeline'] as const;

/** What the server at `src` answers: see test/server/respond.mjs. */
const answer = fc.record({
  hops: fc.oneof({ arbitrary: fc.constant(0), weight: 4 }, fc.constantFrom(1, 3, 21)),
  status: fc.oneof(
    { arbitrary: fc.constant(200), weight: 4 },
    fc.constantFrom(201, 203, 204, 206, 304, 400, 401, 403, 410, 429, 500, 502, 503),
  ),
  type: fc.constantFrom(
    'application/json',
    'application/json; charset=utf-8',
    'APPLICATION/JSON',
    'text/json',
    'application/ld+json',
    'text/csv; charset=utf-8',
    'text/plain',
    'application/octet-stream',
    'text/html',
    'application/xml',
    '',
  ),
  body: fc.constantFrom(
    'dataset',
    'dataset',
    'csv',
    'csv',
    'bom',
    'bytes',
    'text',
    'huge',
    'drop',
    'stall',
  ),
  cut: fc.option(fc.constantFrom(0, 0.1, 0.5, 0.9, 0.99), { freq: 3 }),
  text: fc.oneof(
    fc.constantFrom('{}', '[]', 'null', '0', '"dataset"', '{"schemaVersion":1}', '<p>hi</p>'),
    fc.string({ maxLength: 40 }),
  ),
  extension: fc.constantFrom('.json', '.csv', ''),
});
type Answer = typeof answer extends fc.Arbitrary<infer T> ? T : never;

/** Its URL; `n` keeps each run's URL new, as a good answer is kept for the page's lifetime. */
function urlOf(a: Answer, n: number): string {
  const query = new URLSearchParams({
    hops: String(a.hops),
    status: String(a.status),
    type: a.type,
    body: a.body,
    text: a.text,
    n: String(n),
  });
  if (a.cut !== null) query.set('cut', String(a.cut));
  return `/__test/respond/data${a.extension}?${query}`;
}

const GENERIC = /^(text\/plain|application\/octet-stream)?$/i;
const JSON_TYPE = /^(application\/([\w.+-]*\+)?json|text\/json)\b/i;

/**
 * Whether the element must show figures (true), an error (false), or either
 * (undefined: a spreadsheet cut short can still be a smaller, valid sheet).
 * Browsers follow at most 20 redirects; a server's answer other than 2xx, a
 * body it cannot send, and a content type that is neither JSON nor CSV
 * (plain text or bytes count as CSV at a .csv URL) are errors.
 */
function expected(a: Answer): boolean | undefined {
  if (a.hops > 20 || a.status < 200 || a.status > 299 || a.status === 204) return false;
  const csv = /^text\/csv\b/i.test(a.type) || (a.extension === '.csv' && GENERIC.test(a.type));
  const json = !csv && JSON_TYPE.test(a.type);
  if (a.body === 'dataset' || a.body === 'bom') return json && a.cut === null;
  if (a.body === 'csv') return csv ? (a.cut === null ? true : undefined) : false;
  return false;
}

const shadow = (el: Element) => el.shadowRoot!;

describe(`fuzz: what a src server answers (${String(RUNS)} runs, seed ${String(SEED)})`, function () {
  this.timeout(RUNS * 3000 + 30_000);
  const realTimeout = fetchLimits.timeoutMs;
  // A stalled answer gives up in two seconds, not ten.
  before(() => (fetchLimits.timeoutMs = 2000));
  after(() => (fetchLimits.timeoutMs = realTimeout));

  it('a refused answer’s body is not downloaded: six of them do not hold up the next request', async () => {
    // Six answers with an error status whose bodies stall for 5 s would hold
    // all six of the browser's connections to this server; the next request
    // would wait behind them and time out.
    const withSrc = (src: string) => {
      const el = document.createElement('cw-casualty-counter');
      el.setAttribute('start', 'none');
      el.setAttribute('src', src);
      document.body.append(el);
      return el;
    };
    const refused = Array.from({ length: 6 }, (_, i) =>
      withSrc(`/__test/respond/data.json?status=500&type=application/json&body=stall&n=held-${i}`),
    );
    let next: HTMLElement | undefined;
    try {
      await Promise.all(refused.map((el) => settled(el)));
      next = withSrc('/__test/respond/data.json?type=application/json&n=after-held');
      await settled(next, 8000);
      expect(shadow(next).querySelector('[part="error"]')?.textContent).to.equal(undefined);
    } finally {
      for (const el of [...refused, next]) el?.remove();
    }
  });

  it('figures when the answer is a dataset, else one clear error naming src; no uncaught error, nothing outside the box', async () => {
    let n = 0;
    await fuzz(RUNS, SEED, (uncaught) =>
      fc.asyncProperty(fc.constantFrom(...TAGS), answer, async (tag, a) => {
        const problems = recordProblems();
        const el = document.createElement(tag);
        el.style.display = 'block';
        el.style.width = '320px';
        el.setAttribute('start', 'none');
        el.setAttribute('src', urlOf(a, n++));
        try {
          document.body.append(el);
          await settled(el, 8000);
          const error = shadow(el).querySelector('[part="error"]')?.textContent.trim();
          const want = expected(a);
          if (want === true) expect(error, 'an error for a good answer').to.equal(undefined);
          if (want === false) expect(error ?? '', 'no error for a bad answer').not.to.equal('');
          const messages = problems.events.map((e) => e.message);
          if (error) {
            expect(messages, 'one cw-error for the one problem').to.have.length(1);
            // The reader and the page's developer see which src failed.
            expect(messages[0]).to.match(/“[^”]+”|src/);
          }
          expectReportedOnce(problems);
          await new Promise((resolve) => requestAnimationFrame(resolve));
          expect(outside(el), 'px outside the box').to.be.at.most(0.5);
          expect(uncaught, 'uncaught').to.deep.equal([]);
        } finally {
          problems.stop();
          el.remove();
        }
      }),
    );
  });
});
