import { expect } from '@open-wc/testing';
import {
  readOptions,
  type CounterAttributes,
} from '../../../src/components/casualty-counter/options.js';
import { counterView, figureEms } from '../../../src/components/casualty-counter/view.js';
import type { DataState } from '../../../src/internal/data-controller.js';
import { editorial, fig, synthetic } from '../../fixtures/synthetic.js';

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

  it('figureEms() allows 0.7 em a digit, in any script, and 0.4 em a separator', () => {
    expect(figureEms('1,000,000,000')).to.equal(8.2);
    expect(figureEms('1\u202f234\u202f567')).to.equal(5.7);
    expect(figureEms('\u0661\u0662\u0663\u066c\u0664\u0665\u0666')).to.equal(4.6);
    expect(viewOf()).to.deep.include({ final: '12', finalEms: 1.4 });
  });

  it('counterView() keeps the qualifier in words apart from the number', () => {
    const view = viewOf({ metric: 'injured', region: 'alpha region' });
    expect(view).to.deep.include({
      qualifier: 'about',
      final: '20',
      label: 'civilians injured in Region A',
      summary: 'About 20 civilians injured in Region A, as of 10 Jan 2030.',
    });
  });

  it('counterView() of a figure of 1 keeps the dataset’s plural label in agreement', () => {
    const data = synthetic();
    data.national.killed = [fig('one', 1)];
    expect(viewOf({}, ready(data))).to.deep.include({
      final: '1',
      summary: 'Civilians killed: 1, as of 10 Jan 2030.',
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
    expect(view).to.deep.include({
      kind: 'found',
      value: 4,
      date: 'Date not stated. No figure is dated on or before 1 Jan 2030.',
      summary: '4 civilians killed, date not stated. No figure is dated on or before 1 Jan 2030.',
      source:
        'Source: Example Ministry. Reported by a party to the conflict; not independently verified. Cited from Example Publisher (2030-02).',
    });
    expect(view.kind === 'found' && view.versions?.line).to.equal(
      'The report also gives 5 (as of 5 Jan 2030) and 12 (as of 10 Jan 2030).',
    );
    expect(JSON.stringify(view)).not.to.match(/not reported/i);
  });

  it('counterView() of a figure with other snapshots lists them, says why this one, and where each is from', () => {
    const view = viewOf();
    expect(view.kind === 'found' && view.versions).to.deep.equal({
      line: 'The report also gives 5 (as of 5 Jan 2030) and 4 (date not stated).',
      title: 'Why 12 is shown',
      reason: 'It is the latest figure with a stated date.',
      sources: [
        '5 (as of 5 Jan 2030). Source: Example Ministry. Reported by a party to the conflict; not independently verified. Cited from Example Publisher (2030-02).',
        '4 (date not stated). Source: Example Ministry. Reported by a party to the conflict; not independently verified. Cited from Example Publisher (2030-02).',
      ],
    });
  });

  it('counterView() of a contradicted figure gives the other version with its qualifier and the contradiction’s reason', () => {
    const data = synthetic();
    data.regions[1].figures.killed![0].qualifier = 'at-least';
    const view = viewOf({ region: 'region-b' }, ready(data));
    expect(view).to.deep.include({ value: 5, date: 'Date not stated' });
    expect(view.kind === 'found' && view.versions).to.deep.include({
      line: 'The report also gives at least 2 (as of 10 Jan 2030).',
      title: 'Why 5 is shown',
      reason: 'The second list is the later and more specific one.',
    });
  });

  it('counterView() with as-of showing a version a contradiction does not prefer gives the rule, not the contradiction’s reason', () => {
    const data = synthetic();
    data.contradictions[0].shown = 'b-killed-first';
    const view = viewOf({ region: 'region-b', asOf: '2030-01-01' }, ready(data));
    expect(view).to.deep.include({ value: 5 });
    expect(view.kind === 'found' && view.versions?.reason).to.equal(
      'No figure is dated on or before 1 Jan 2030. This version is given without a date.',
    );
  });

  it('counterView() with hideVersions leaves the versions out', () => {
    const view = viewOf({ hideVersions: true });
    expect(view).to.deep.include({ kind: 'found', value: 12 });
    expect(view).not.to.have.property('versions');
  });

  it('counterView() of a figure with no other version has no versions', () => {
    expect(viewOf({ region: 'region-a' })).not.to.have.property('versions');
  });

  it('counterView() says where from scope.area; a region’s name and a custom label win', () => {
    const data = editorial();
    expect(viewOf({}, ready(data))).to.deep.include({
      label: 'civilians killed in Example Land',
      summary: '12 civilians killed in Example Land, as of 10 Jan 2030.',
    });
    expect(viewOf({ region: 'region-a' }, ready(data))).to.deep.include({
      label: 'civilians killed in Region A',
    });
    expect(viewOf({ label: 'deaths' }, ready(data))).to.deep.include({ label: 'deaths' });
    expect(viewOf({ metric: 'injured', asOf: '2030-01-01' }, ready(data))).to.deep.include({
      label: 'civilians injured in Example Land',
      statement: 'Not reported as of 1 Jan 2030',
    });
  });

  it('counterView() gives the note of a discrepancy the shown figure is part of, and only then', () => {
    const data = editorial();
    expect(viewOf({ region: 'region-a' }, ready(data))).to.deep.include({
      notes: ['Example note: the region total and the strike toll are given separately.'],
      noteLabel: 'Note:',
    });
    expect(viewOf({}, ready(data))).to.deep.include({ notes: [] });
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
