import { expect } from '@open-wc/testing';
import { Validator } from '@cfworker/json-schema';
import { validate } from '../../src/data/validate.js';
import type { Dataset } from '../../src/data/types.js';
import { editorial } from '../fixtures/synthetic.js';

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
};

describe('data/schema.json and validate() agree', () => {
  let schema: Validator;
  before(async () => {
    const json = (await (await fetch('/data/schema.json')).json()) as object;
    schema = new Validator(json, '2020-12', false);
  });

  it('both accept editorial(), which uses every optional field', () => {
    const result = schema.validate(editorial());
    expect(result.valid, JSON.stringify(result.errors.slice(0, 3))).to.equal(true);
    expect(validate(editorial()).ok).to.equal(true);
  });

  for (const [name, edit] of Object.entries(BREAKS)) {
    it(`both reject ${name}`, () => {
      const data = editorial() as Dataset & Record<string, unknown>;
      edit(data);
      expect(schema.validate(data).valid, 'schema.json').to.equal(false);
      expect(validate(data).ok, 'validate()').to.equal(false);
    });
  }
});
