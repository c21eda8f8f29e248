import { expect } from '@open-wc/testing';
import {
  attributeProblem,
  counterView,
  type CounterInput,
} from '../../../src/components/casualty-counter/view.js';
import { fig, synthetic } from '../../fixtures/synthetic.js';

function input(overrides: Partial<CounterInput> = {}): CounterInput {
  return {
    state: { status: 'ready', data: synthetic(), origin: 'property' },
    metric: 'killed',
    locale: 'en-GB',
    start: 'visible',
    duration: 1200,
    ...overrides,
  };
}

describe('casualty-counter view', () => {
  it('counterView() of the national figure has the label, date, summary and source', () => {
    const view = counterView(input());
    expect(view).to.deep.include({
      kind: 'found',
      value: 12,
      qualifier: '',
      final: '12',
      label: 'civilians killed',
      date: 'As of 10 Jan 2030',
      summary: '12 civilians killed, as of 10 Jan 2030.',
      source:
        'Source: Example Ministry. Reported by a party to the conflict. Cited from Example Publisher (2030-02), section “Section One”.',
    });
  });

  it('counterView() keeps the qualifier in words apart from the number', () => {
    const view = counterView(input({ metric: 'injured', region: 'alpha region' }));
    expect(view).to.deep.include({
      qualifier: 'about',
      final: '20',
      label: 'civilians injured in Region A',
      summary: 'about 20 civilians injured in Region A, as of 10 Jan 2030.',
    });
  });

  it('counterView() says "Date not stated" for a figure without a date', () => {
    const data = synthetic();
    data.national.killed = [fig('undated', 3, { asOf: { precision: 'unknown' } })];
    const view = counterView(input({ state: { status: 'ready', data, origin: 'property' } }));
    expect(view).to.deep.include({
      date: 'Date not stated',
      summary: '3 civilians killed, date not stated.',
    });
  });

  it('counterView() of a figure the data lacks is "not reported", never a number', () => {
    const view = counterView(input({ region: 'gamma' }));
    expect(view).to.deep.include({
      kind: 'not-reported',
      statement: 'Not reported for Region C',
      label: 'civilians killed',
      summary: 'Civilians killed: not reported for Region C.',
    });
    expect(JSON.stringify(view)).not.to.match(/\b0\b/);
  });

  it('counterView() before the first snapshot, with no undated one, is "not reported as of" that day', () => {
    const view = counterView(input({ metric: 'injured', asOf: '2030-01-01' }));
    expect(view).to.deep.include({ statement: 'Not reported as of 1 Jan 2030' });
  });

  it('counterView() before the first snapshot shows an undated one as undated, never "not reported"', () => {
    const view = counterView(input({ asOf: '2030-01-01' }));
    expect(view).to.deep.include({ kind: 'found', value: 4, date: 'Date not stated' });
    expect(JSON.stringify(view)).not.to.match(/not reported/i);
  });

  it('counterView() with a label replaces the whole default label', () => {
    const view = counterView(input({ region: 'region-a', label: 'people killed there' }));
    expect(view).to.deep.include({ label: 'people killed there' });
  });

  it('counterView() treats blank region, as-of and label as not set', () => {
    const view = counterView(input({ region: ' ', asOf: '', label: '' }));
    expect(view).to.deep.include({ kind: 'found', value: 12, label: 'civilians killed' });
  });

  it('counterView() of an unknown region is an unknown-region error', () => {
    const view = counterView(input({ region: 'Atlantis' }));
    expect(view.kind === 'error' && view.error.code).to.equal('unknown-region');
  });

  it('counterView() passes loading and data errors through', () => {
    expect(counterView(input({ state: { status: 'loading' } }))).to.deep.equal({ kind: 'loading' });
    const error = { code: 'timeout', message: 'late' } as const;
    expect(counterView(input({ state: { status: 'error', error } }))).to.deep.equal({
      kind: 'error',
      error,
    });
  });

  it('attributeProblem() rejects an unknown metric, start, a bad duration and a bad as-of date', () => {
    expect(attributeProblem(input())).to.equal(undefined);
    expect(attributeProblem(input({ metric: 'deaths' }))?.message).to.contain('deaths');
    expect(attributeProblem(input({ start: 'soon' }))?.message).to.contain('soon');
    expect(attributeProblem(input({ duration: Number.NaN }))?.code).to.equal('invalid-attribute');
    expect(attributeProblem(input({ duration: -1 }))?.code).to.equal('invalid-attribute');
    expect(attributeProblem(input({ asOf: '4 Nov 2020' }))?.message).to.contain('4 Nov 2020');
  });

  it('attributeProblem() is checked before the data arrives', () => {
    const view = counterView(input({ metric: 'deaths', state: { status: 'loading' } }));
    expect(view.kind).to.equal('error');
  });

  it('attributeProblem() rejects an unknown theme instead of quietly using auto', () => {
    const view = counterView(input({ theme: 'sepia' }));
    expect(view.kind === 'error' && view.error.message).to.equal(
      'theme=“sepia” is not one of “light”, “dark”, “auto”.',
    );
  });
});
