import { expect } from '@open-wc/testing';
import {
  readOptions,
  type CounterAttributes,
} from '../../../src/components/casualty-counter/options.js';
import { counterView } from '../../../src/components/casualty-counter/view.js';
import type { DataState } from '../../../src/internal/data-controller.js';
import { fig, synthetic } from '../../fixtures/synthetic.js';

const ready = (data = synthetic()): DataState => ({ status: 'ready', data, origin: 'property' });

/** counterView() of the attributes as a page gives them, on `state`, in en-GB. */
function viewOf(attributes: CounterAttributes = {}, state = ready()) {
  return counterView(readOptions(attributes), state, 'en-GB');
}

describe('casualty-counter view', () => {
  it('counterView() of the national figure has the label, date, summary and source', () => {
    const view = viewOf();
    expect(view).to.deep.include({
      kind: 'found',
      value: 12,
      qualifier: '',
      final: '12',
      label: 'civilians killed',
      date: 'As of 10 Jan 2030',
      summary: '12 civilians killed, as of 10 Jan 2030.',
      source:
        'Source: Example Ministry. Reported by a party to the conflict; not independently verified. Cited from Example Publisher (2030-02).',
    });
  });

  it('counterView() keeps the qualifier in words apart from the number', () => {
    const view = viewOf({ metric: 'injured', region: 'alpha region' });
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
    const view = viewOf({}, ready(data));
    expect(view).to.deep.include({
      date: 'Date not stated',
      summary: '3 civilians killed, date not stated.',
    });
  });

  it('counterView() of a figure the data lacks is "not reported", never a number', () => {
    const view = viewOf({ region: 'gamma' });
    expect(view).to.deep.include({
      kind: 'not-reported',
      statement: 'Not reported for Region C',
      label: 'civilians killed',
      summary: 'Civilians killed: not reported for Region C.',
    });
    expect(JSON.stringify(view)).not.to.match(/\b0\b/);
  });

  it('counterView() before the first snapshot, with no undated one, is "not reported as of" that day', () => {
    const view = viewOf({ metric: 'injured', asOf: '2030-01-01' });
    expect(view).to.deep.include({ statement: 'Not reported as of 1 Jan 2030' });
  });

  it('counterView() before the first snapshot shows an undated one as undated, never "not reported"', () => {
    const view = viewOf({ asOf: '2030-01-01' });
    expect(view).to.deep.include({ kind: 'found', value: 4, date: 'Date not stated' });
    expect(JSON.stringify(view)).not.to.match(/not reported/i);
  });

  it('counterView() with a label replaces the whole default label', () => {
    const view = viewOf({ region: 'region-a', label: 'people killed there' });
    expect(view).to.deep.include({ label: 'people killed there' });
  });

  it('counterView() treats blank region, as-of and label as not set', () => {
    const view = viewOf({ region: ' ', asOf: '', label: '' });
    expect(view).to.deep.include({ kind: 'found', value: 12, label: 'civilians killed' });
  });

  it('counterView() of an unknown region is an unknown-region error of the element’s own', () => {
    const view = viewOf({ region: 'Atlantis' });
    expect(view).to.deep.include({
      kind: 'error',
      own: true,
      error: { code: 'unknown-region', message: 'No region “Atlantis” in this data.' },
    });
  });

  it('counterView() passes loading and data errors through', () => {
    expect(viewOf({}, { status: 'loading' })).to.deep.equal({ kind: 'loading' });
    const error = { code: 'timeout', message: 'late' } as const;
    expect(viewOf({}, { status: 'error', error })).to.deep.equal({
      kind: 'error',
      error,
      own: false,
    });
  });

  it('counterView() of checked attributes that failed is an error of the element’s own, before any data', () => {
    const view = viewOf({ metric: 'deaths' }, { status: 'loading' });
    expect(view).to.deep.include({ kind: 'error', own: true });
  });

  it('counterView() of a figure carries the count-up settings', () => {
    expect(viewOf({ start: 'none', duration: 0 })).to.deep.include({
      countUp: { start: 'none', duration: 0 },
    });
  });
});
