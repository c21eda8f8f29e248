import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/elements.js';
import type { Dataset } from '../../src/data/types.js';
import { fuzz } from '../fixtures/fuzz.js';
import { expectReportedOnce, recordProblems } from '../fixtures/problems.js';
import { settled } from '../fixtures/settled.js';
import { synthetic } from '../fixtures/synthetic.js';
import { outside } from '../fixtures/overflow.js';

/** A few hundred runs in `npm test`; CW_FUZZ_RUNS=5000 for a longer search. */
const env = (await (await fetch('/__test/env')).json()) as { fuzzRuns?: number };
const RUNS = env.fuzzRuns ?? 200;
const SEED = 17;

const TAGS = ['cw-casualty-counter', 'cw-regional-bar-chart', 'cw-ceasefire-timeline'] as const;
const ATTRIBUTES: Record<(typeof TAGS)[number], string[]> = {
  'cw-casualty-counter': ['metric', 'region', 'as-of', 'label', 'start', 'duration', 'theme'],
  'cw-regional-bar-chart': ['metric', 'sort', 'limit', 'highlight', 'as-of', 'label', 'theme'],
  'cw-ceasefire-timeline': ['from', 'to', 'kinds', 'selected', 'label', 'theme', 'show-totals'],
};

/** Values a page might give: blank, plausible, wrong, huge, odd characters. */
const attributeValue = fc.oneof(
  fc.constantFrom('', '   ', 'killed', 'injured', 'killed,injured', 'Region A', 'alpha region'),
  fc.constantFrom('v-1', 'cf-1', '2030-01-05', '2030-02-30', 'value', 'name', '3', '-1', '1e308'),
  fc.constantFrom('attack, violation', 'dark', 'none', 'x'.repeat(100_000), '<img src=x>'),
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'grapheme', maxLength: 12 }),
);

/** Numbers a dataset might hold where a figure goes, valid or not. */
// Mostly valid, so that one problem at a time reaches the elements.
const figureValue = fc.oneof(
  { arbitrary: fc.nat({ max: 1_000_000_000 }), weight: 6 },
  fc.constantFrom(-0, -1, 1.5, 1e308, Infinity, NaN, 1_000_000_001, Number.MAX_SAFE_INTEGER),
  fc.double(),
);

/** A time or day where a date stamp goes, valid or not. */
const stamp = fc.oneof(
  { arbitrary: fc.constantFrom('2030-01-02T00:00', '2030-01-02T23:59'), weight: 3 },
  fc.constantFrom('2030-01-03T12:00', '2030-01-03T25:99', '2030-01-03T24:00', '2030-02-30'),
  fc.constantFrom('2030-13-01', '2030-01-05', ''),
  fc.string({ maxLength: 20 }),
);

/** Edits of the synthetic dataset, each applied or not. */
const edits = fc.record(
  {
    nationalValue: figureValue,
    regionValue: figureValue,
    eventTime: stamp,
    regionName: fc.oneof(fc.constantFrom('Region B', 'Gamma', 'Alpha Region'), fc.string()),
    extraField: fc.option(fc.string({ minLength: 1, maxLength: 12 }), { freq: 4 }),
    regionCount: fc.nat({ max: 60 }),
  },
  { requiredKeys: [] },
);

type Edits = typeof edits extends fc.Arbitrary<infer T> ? T : never;

function dataset(e: Edits) {
  const data = synthetic() as Dataset & Record<string, unknown>;
  if (e.nationalValue !== undefined) data.national.killed![2].value = e.nationalValue;
  if (e.regionValue !== undefined) data.regions[0].figures.killed![0].value = e.regionValue;
  if (e.eventTime !== undefined) data.events[3].date = { value: e.eventTime, precision: 'time' };
  if (e.regionName !== undefined) data.regions[2].name = e.regionName;
  if (e.extraField) data[e.extraField] = true;
  for (let i = 0; i < (e.regionCount ?? 0); i++) {
    data.regions.push({
      id: `extra-${String(i)}`,
      name: `Extra ${String(i)}`,
      alternates: [],
      figures: {
        killed: [{ ...data.regions[0].figures.killed![0], id: `extra-${String(i)}-k` }],
      },
    });
  }
  return data;
}

const shadow = (el: Element) => el.shadowRoot!;

describe(`fuzz: generated datasets and attributes (${String(RUNS)} runs, seed ${String(SEED)})`, function () {
  this.timeout(RUNS * 2000 + 30_000);

  it('no uncaught error, never a blank box, one warning and one cw-error per problem, short messages, nothing outside the box', async () => {
    await fuzz(RUNS, SEED, (uncaught) =>
      fc.asyncProperty(
        fc.constantFrom(...TAGS),
        edits,
        fc.dictionary(fc.nat({ max: 6 }), attributeValue, { maxKeys: 4 }),
        async (tag, dataEdits, attrs) => {
          const problems = recordProblems();
          const el = document.createElement(tag) as HTMLElement & { data?: unknown };
          el.style.display = 'block';
          // A phone's column: the narrowest a widget must work in.
          el.style.width = '320px';
          for (const [i, value] of Object.entries(attrs))
            el.setAttribute(ATTRIBUTES[tag][Number(i)], value);
          if (!el.hasAttribute('start')) el.setAttribute('start', 'none');
          el.data = dataset(dataEdits);
          try {
            document.body.append(el);
            await settled(el);
            // A second update with nothing changed repeats no report.
            const lit = el as unknown as {
              requestUpdate(): void;
              updateComplete: Promise<boolean>;
            };
            lit.requestUpdate();
            await lit.updateComplete;
            const text = shadow(el).textContent.trim();
            expect(text, 'blank box').not.to.equal('');
            expectReportedOnce(problems);
            // Nothing leaves the element's box, once its width is measured.
            await new Promise((resolve) => requestAnimationFrame(resolve));
            await lit.updateComplete;
            expect(outside(el), 'px outside the box').to.be.at.most(0.5);
            const shown = shadow(el).querySelectorAll('[part="error"]');
            for (const p of shown) expect(p.textContent.length).to.be.below(300);
            expect(uncaught, 'uncaught').to.deep.equal([]);
          } finally {
            problems.stop();
            el.remove();
          }
        },
      ),
    );
  });
});
