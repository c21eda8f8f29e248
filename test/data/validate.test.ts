import { expect } from '@open-wc/testing';
import { validate } from '../../src/data/validate.js';
import { synthetic } from '../fixtures/synthetic.js';

function errorsOf(input: unknown) {
  const result = validate(input);
  return result.ok ? [] : result.errors;
}

describe('validate()', () => {
  it('validate(synthetic) accepts a well-formed dataset', () => {
    const result = validate(synthetic());
    expect(result.ok, JSON.stringify(errorsOf(synthetic()))).to.equal(true);
  });

  it('validate(-4 killed) names the JSON pointer and the reason', () => {
    const data = synthetic();
    data.regions[2].figures.killed = [
      { ...data.regions[0].figures.killed![0], id: 'c-killed', value: -4 },
    ];
    expect(errorsOf(data)).to.deep.include({
      path: '/regions/2/figures/killed/0/value',
      message: 'expected a non-negative integer, got -4',
    });
  });

  it('validate(non-objects) never throws', () => {
    for (const input of [undefined, null, 42, 'text', [], () => 1, Symbol('x')]) {
      const result = validate(input);
      expect(result.ok).to.equal(false);
    }
    expect(errorsOf(null)[0]).to.deep.equal({ path: '/', message: 'expected an object, got null' });
  });

  it('validate(unknown qualifier, status, precision, metric) lists each', () => {
    const data = synthetic() as unknown as Record<string, unknown> & ReturnType<typeof synthetic>;
    const f = data.national.killed![2] as unknown as Record<string, unknown>;
    f.qualifier = 'roughly';
    f.status = 'confirmed';
    f.asOf = { precision: 'week', value: '2030-01-01' };
    (data.national as Record<string, unknown>).wounded = [];
    (data.national as Record<string, unknown>)['killed/injured'] = [];
    (data.national as Record<string, unknown>)['killed~'] = [];
    const paths = errorsOf(data).map((e) => e.path);
    expect(paths).to.include.members([
      '/national/killed/2/qualifier',
      '/national/killed/2/status',
      '/national/killed/2/asOf/precision',
      '/national/wounded',
      // JSON pointer escaping (RFC 6901): "/" is ~1 and "~" is ~0.
      '/national/killed~1injured',
      '/national/killed~0',
    ]);
  });

  it('validate(dangling references) reports each unresolved id', () => {
    const data = synthetic();
    data.national.killed![0].reportedBy = 'nobody';
    data.events[1].violates = 'a-1';
    data.contradictions[0].figures.push('missing-figure');
    const messages = errorsOf(data).map((e) => `${e.path}: ${e.message}`);
    expect(messages).to.include(
      '/national/killed/0/reportedBy: no reporter with id "nobody" in this dataset',
    );
    expect(messages).to.include('/events/1/violates: no ceasefire with id "a-1" in this dataset');
    expect(messages).to.include(
      '/contradictions/0/figures/2: no figure with id "missing-figure" in this dataset',
    );
  });

  it('validate(duplicate ids, impossible dates, clashing alternates) rejects them', () => {
    const data = synthetic();
    data.regions[1].figures.injured![0].id = 'a-killed';
    data.national.killed![0].asOf = { value: '2030-02-30', precision: 'day' };
    data.regions[1].alternates.push('alpha region');
    const messages = errorsOf(data).map((e) => `${e.path}: ${e.message}`);
    expect(
      messages.some((m) =>
        m.startsWith('/regions/1/figures/injured/0/id: duplicate id "a-killed"'),
      ),
    ).to.equal(true);
    expect(messages).to.include(
      '/national/killed/0/asOf/value: expected a real calendar date, got "2030-02-30"',
    );
    expect(messages).to.include(
      '/regions/1: name "alpha region" already refers to region "region-a"',
    );
  });

  it('validate(date with value but unknown precision) rejects the guessed date', () => {
    const data = synthetic();
    data.national.killed![1].asOf = { precision: 'unknown', value: '2030-01-01' };
    expect(errorsOf(data)).to.deep.include({
      path: '/national/killed/1/asOf/value',
      message: 'must be absent when precision is "unknown"',
    });
  });

  it('validate(huge garbage) caps the error list', () => {
    const regions = Array.from({ length: 500 }, () => ({ id: 1 }));
    expect(errorsOf({ ...synthetic(), regions }).length).to.be.at.most(50);
  });
});
