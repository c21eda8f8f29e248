import { expect } from '@open-wc/testing';
import { validate } from '../../src/data/validate.js';
import type { Claim } from '../../src/data/types.js';
import { editorial, synthetic } from '../fixtures/synthetic.js';

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

  it('validate(editorial) accepts scope, claims, locators, time zones, publishers and discrepancies', () => {
    const result = validate(editorial());
    expect(result.ok, JSON.stringify(errorsOf(editorial()))).to.equal(true);
  });

  it('validate(bad claims) names each problem', () => {
    const data = editorial();
    const claims = data.events[1].claims!;
    const bad = (overrides: Partial<Claim>): Claim => ({ ...claims[0], ...overrides });
    claims.push(
      bad({ id: 'no-date', about: 'date' }),
      bad({ id: 'meaning-only', dateOf: 'agreed' }),
      bad({ id: 'ordinal-on-munitions', ordinal: 2 }),
      bad({ id: 'ordinal-zero', about: 'violation', ordinal: 0 }),
      bad({ id: 'v-1-munitions', reportedBy: 'nobody' }),
    );
    (claims[0] as unknown as Record<string, unknown>).about = 'weather';
    const messages = errorsOf(data).map((e) => `${e.path}: ${e.message}`);
    expect(messages).to.include.members([
      '/events/1/claims/0/about: expected one of date, place, terms, munitions, perpetrator, damage, violation, got "weather"',
      '/events/1/claims/2/date: a claim about a date needs the date',
      '/events/1/claims/3/dateOf: says what a date marks, but the claim has no date',
      '/events/1/claims/4/ordinal: only a claim about a violation has one',
      '/events/1/claims/5/ordinal: expected a positive integer, got 0',
      '/events/1/claims/6/reportedBy: no reporter with id "nobody" in this dataset',
    ]);
    expect(
      messages.some((m) => m.startsWith('/events/1/claims/6/id: duplicate id "v-1-munitions"')),
    ).to.equal(true);
  });

  it('validate(event date that none of its claims gives) rejects it', () => {
    const data = editorial();
    data.events[0].date = { value: '2030-01-02', precision: 'day' };
    expect(errorsOf(data)).to.deep.include({
      path: '/events/0/date',
      message: 'expected one of the dates its claims give, with the same dateOf',
    });
    // The right date with the wrong meaning is still wrong: the claim dates the agreement.
    data.events[0].dateOf = 'announced';
    expect(errorsOf(data).map((e) => e.path)).to.include('/events/0/date');
    data.events[0].dateOf = 'agreed';
    expect(validate(data).ok, JSON.stringify(errorsOf(data))).to.equal(true);
  });

  it('validate(time zone on a day, unknown zone, reporter kind, publishes) rejects each', () => {
    const data = editorial();
    data.national.killed![0].asOf = { value: '2030-01-05', precision: 'day', timeZone: 'local' };
    (data.events[0].date as unknown as Record<string, unknown>).timeZone = 'UTC';
    (data.reporters[0] as unknown as Record<string, unknown>).kind = 'official';
    data.reporters[2].publishes = ['no-such-report'];
    const messages = errorsOf(data).map((e) => `${e.path}: ${e.message}`);
    expect(messages).to.include.members([
      '/national/killed/0/asOf/timeZone: only a time (precision "time" or "about-time") has a time zone',
      '/events/0/date/timeZone: expected one of local, not-stated, got "UTC"',
      '/reporters/0/kind: expected one of party, advocacy, independent, got "official"',
      '/reporters/2/publishes/0: no source with id "no-such-report" in this dataset',
    ]);
  });

  it('validate(a day left unstated) takes it on a claim\'s time only, and only as "not-stated"', () => {
    const data = editorial();
    const cf = data.events.find((e) => e.id === 'cf-1')!;
    const [start, agreed] = cf.claims!;
    start.date = { ...start.date!, day: 'not-stated' };
    expect(validate(data).ok, JSON.stringify(errorsOf(data))).to.equal(true);
    agreed.date = { ...agreed.date!, day: 'not-stated' };
    cf.date = { ...cf.date, day: 'not-stated' };
    data.national.killed![0].asOf = {
      value: '2030-01-05T13:30',
      precision: 'about-time',
      day: 'not-stated',
    };
    (start.date as unknown as Record<string, unknown>).day = 'unknown';
    const e = data.events.indexOf(cf);
    expect(errorsOf(data).map((x) => `${x.path}: ${x.message}`)).to.include.members([
      `/events/${e}/claims/1/date/day: only a time (precision "time" or "about-time") can leave its day unstated`,
      `/events/${e}/claims/0/date/day: expected one of not-stated, got "unknown"`,
      `/events/${e}/date/day: only a claim's date can leave its day unstated`,
      "/national/killed/0/asOf/day: only a claim's date can leave its day unstated",
    ]);
  });

  it('validate(scope without a statement, discrepancy of one or a missing figure) rejects them', () => {
    const data = editorial();
    data.scope = { statement: ' ' };
    data.discrepancies!.push({ id: 'lonely', figures: ['a-killed'], note: 'One figure.' });
    data.discrepancies![0].figures.push('missing');
    const messages = errorsOf(data).map((e) => `${e.path}: ${e.message}`);
    expect(messages).to.include.members([
      '/scope/statement: expected a non-empty string, got " "',
      '/discrepancies/1/figures: expected at least 2 figure ids, got 1',
      '/discrepancies/0/figures/2: no figure with id "missing" in this dataset',
    ]);
  });
});
