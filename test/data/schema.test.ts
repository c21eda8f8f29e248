import { expect } from '@open-wc/testing';
import { Validator } from '@cfworker/json-schema';
import { validate } from '../../src/data/validate.js';
import type { Dataset } from '../../src/data/types.js';
import { editorial, synthetic } from '../fixtures/synthetic.js';

type Edit = (data: Dataset & Record<string, unknown>) => void;
const loose = (value: object) => value as Record<string, unknown>;

/**
 * Each edit breaks one rule of the fields added for editorial integrity.
 * data/schema.json and validate() must both reject it, so that a dataset
 * written against the schema in an editor does not fail only at load time.
 */
const BREAKS: Record<string, Edit> = {
  'a scope without a statement': (d) => {
    d.scope = loose({ area: 'Example Land' }) as unknown as Dataset['scope'];
  },
  'a reporter kind outside the list': (d) => {
    loose(d.reporters[2]).kind = 'publisher';
  },
  'a time zone on a day': (d) => {
    d.national.killed![0].asOf = { value: '2030-01-05', precision: 'day', timeZone: 'local' };
  },
  'a translated event summary (only labels translate)': (d) => {
    d.translations = { fr: { events: { 'cf-1': loose({ summary: 'Résumé' }) } } };
  },
  'an empty translated region name': (d) => {
    d.translations = { fr: { regions: { 'region-a': '' } } };
  },
  'a translation of notes': (d) => {
    d.translations = { fr: loose({ notes: {} }) };
  },
  "a day left unstated on a claim's day": (d) => {
    const claim = d.events.find((e) => e.id === 'cf-1')!.claims![1];
    claim.date = { ...claim.date!, day: 'not-stated' };
  },
  "a day left unstated on a figure's time": (d) => {
    d.national.killed![0].asOf = {
      value: '2030-01-05T13:30',
      precision: 'time',
      day: 'not-stated',
    };
  },
  "a day left unstated on an event's time": (d) => {
    loose(d.events[0].date).day = 'not-stated';
  },
  'an unknown time zone': (d) => {
    loose(d.events[0].date).timeZone = 'UTC+4';
  },
  'an empty locator': (d) => {
    d.national.killed![0].citation.locator = '';
  },
  'an unknown dateOf on an event': (d) => {
    loose(d.events[0]).dateOf = 'in-force';
  },
  'a claim without a reporter': (d) => {
    delete loose(d.events[1].claims![0]).reportedBy;
  },
  'a claim about an unknown subject': (d) => {
    loose(d.events[1].claims![0]).about = 'weather';
  },
  'a date claim without a date': (d) => {
    delete d.events[0].claims![1].date;
    delete d.events[0].claims![1].dateOf;
  },
  'a claim saying what its absent date marks': (d) => {
    d.events[1].claims![0].dateOf = 'agreed';
  },
  'an ordinal on a claim that is not about a violation': (d) => {
    d.events[1].claims![0].ordinal = 3;
  },
  'an ordinal of zero': (d) => {
    d.events[1].claims![1].ordinal = 0;
  },
  'a discrepancy with one figure': (d) => {
    d.discrepancies![0].figures = ['a-killed'];
  },
  'a discrepancy without a note': (d) => {
    delete loose(d.discrepancies![0]).note;
  },
  'a time of 25:99 on an event': (d) => {
    d.events[3].date = { value: '2030-01-02T25:99', precision: 'time' };
  },
  'a time of 24:00 on a figure': (d) => {
    d.national.killed![0].asOf = { value: '2030-01-05T24:00', precision: 'about-time' };
  },
  'a 13th month': (d) => {
    d.sources[0].published = '2030-13';
  },
  'a figure of 1e308': (d) => {
    d.national.killed![0].value = 1e308;
  },
  'a figure above one billion': (d) => {
    d.regions[0].figures.killed![0].value = 1_000_000_001;
  },
  'a negative figure': (d) => {
    d.national.killed![0].value = -1;
  },
  'a fractional figure': (d) => {
    d.national.killed![0].value = 1.5;
  },
  'an ordinal above one billion': (d) => {
    d.events[1].claims![1].ordinal = 2e9;
  },
  'a metric listed twice': (d) => {
    d.metrics.push({ ...d.metrics[0] });
  },
  ...unknownFields(),
};

/** An unknown field on each kind of object the schema describes (additionalProperties: false). */
function unknownFields(): Record<string, Edit> {
  const at: Record<string, (d: Dataset) => object> = {
    'the dataset': (d) => d,
    'the scope': (d) => d.scope!,
    'a source': (d) => d.sources[0],
    'a reporter': (d) => d.reporters[0],
    'a metric': (d) => d.metrics[0],
    'a figure set': (d) => d.national,
    'a figure': (d) => d.national.killed![0],
    'a citation': (d) => d.national.killed![0].citation,
    'a date stamp': (d) => d.events[0].date,
    'a region': (d) => d.regions[0],
    'an event': (d) => d.events[0],
    'a claim': (d) => d.events[1].claims![0],
    'a contradiction': (d) => d.contradictions[0],
    'a discrepancy': (d) => d.discrepancies![0],
  };
  return Object.fromEntries(
    Object.entries(at).map(([what, get]) => [
      `an unknown field on ${what}`,
      (d: Dataset) => {
        loose(get(d)).colour = 'red';
      },
    ]),
  );
}

/**
 * Rules JSON Schema cannot state (the schema's description lists them):
 * validate() rejects these, schema.json cannot. If the schema learns one,
 * move it to BREAKS.
 */
const BEYOND_SCHEMA: Record<string, Edit> = {
  'a region id used twice': (d) => {
    d.regions.push({ ...d.regions[1], name: 'Region Z', alternates: [], figures: {} });
  },
  'a reporter id used twice': (d) => {
    d.reporters.push({ ...d.reporters[0], name: 'Another Ministry' });
  },
  'a source id used twice': (d) => {
    d.sources.push({ ...d.sources[0], title: 'Another report' });
  },
  'a region named like another region’s alternate': (d) => {
    d.regions[1].name = 'Alpha Region';
  },
  'a day the month does not have': (d) => {
    d.national.killed![0].asOf = { value: '2030-02-30', precision: 'day' };
  },
  'a reference to a reporter not in the dataset': (d) => {
    d.national.killed![0].reportedBy = 'nobody';
  },
};

describe('data/schema.json and validate() agree on every fixture', () => {
  let schema: Validator;
  before(async () => {
    const json = (await (await fetch('/data/schema.json')).json()) as object;
    schema = new Validator(json, '2020-12', false);
  });

  const valid: Record<string, () => unknown> = {
    'editorial(), which uses every optional field': editorial,
    'synthetic()': synthetic,
    'the bundled dataset': async (): Promise<unknown> =>
      (await fetch('/data/karabakh-2020.json')).json(),
  };
  for (const [name, make] of Object.entries(valid)) {
    it(`both accept ${name}`, async () => {
      const data = await make();
      const result = schema.validate(data);
      expect(result.valid, JSON.stringify(result.errors.slice(0, 3))).to.equal(true);
      const checked = validate(data);
      expect(checked.ok, JSON.stringify(checked)).to.equal(true);
    });
  }

  for (const [name, edit] of Object.entries(BREAKS)) {
    it(`both reject ${name}`, () => {
      const data = editorial() as Dataset & Record<string, unknown>;
      edit(data);
      expect(schema.validate(data).valid, 'schema.json').to.equal(false);
      expect(validate(data).ok, 'validate()').to.equal(false);
    });
  }

  for (const [name, edit] of Object.entries(BEYOND_SCHEMA)) {
    it(`validate() rejects ${name}, which the schema cannot express`, () => {
      const data = editorial() as Dataset & Record<string, unknown>;
      edit(data);
      expect(schema.validate(data).valid, 'schema.json').to.equal(true);
      expect(validate(data).ok, 'validate()').to.equal(false);
    });
  }
});
