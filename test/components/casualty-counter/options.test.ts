import { expect } from '@open-wc/testing';
import {
  readOptions,
  type CounterAttributes,
} from '../../../src/components/casualty-counter/options.js';

const read = (attributes: CounterAttributes = {}) => readOptions(attributes);

const message = (attributes: CounterAttributes) => {
  const result = read(attributes);
  return result.ok ? undefined : result.error.message;
};

describe('casualty-counter options', () => {
  it('readOptions() with nothing set gives the defaults', () => {
    expect(read()).to.deep.equal({
      ok: true,
      options: {
        metric: 'killed',
        region: undefined,
        asOf: undefined,
        label: undefined,
        hideVersions: false,
        download: false,
        start: 'visible',
        duration: 1200,
      },
    });
  });

  it('readOptions() treats every blank attribute as not set: duration="" is 1200, not 0', () => {
    expect(
      read({ metric: '', region: ' ', asOf: '', label: '  ', start: '', theme: ' ' }),
    ).to.deep.equal(read());
  });

  it('readOptions() trims what is set', () => {
    const result = read({ metric: ' injured ', region: ' Barda ', label: ' deaths ' });
    expect(result.ok && result.options).to.deep.include({
      metric: 'injured',
      region: 'Barda',
      label: 'deaths',
    });
  });

  it('readOptions() names an unknown metric, start or theme and what it may be', () => {
    expect(message({ metric: 'deaths' })).to.equal(
      'metric=“deaths” is not one of “killed”, “injured”, “houses-damaged”, “buildings-damaged”, “facilities-damaged”.',
    );
    expect(message({ start: 'soon' })).to.equal(
      'start=“soon” is not one of “visible”, “immediate”, “none”.',
    );
    expect(message({ theme: 'sepia' })).to.equal(
      'theme=“sepia” is not one of “light”, “dark”, “auto”.',
    );
  });

  it('readOptions() accepts a duration of 0 and rejects one that is not a number of 0 or more', () => {
    const zero = read({ duration: 0 });
    expect(zero.ok && zero.options.duration).to.equal(0);
    for (const duration of [Number.NaN, -1, Number.POSITIVE_INFINITY]) {
      expect(message({ duration }), String(duration)).to.equal(
        'duration must be a number of milliseconds, 0 or more.',
      );
    }
  });

  it('readOptions() rejects an as-of that is not a real YYYY-MM-DD day, quoting it', () => {
    expect(message({ asOf: '4 Nov 2020' })).to.equal(
      'as-of=“4 Nov 2020” is not a day written YYYY-MM-DD.',
    );
    expect(message({ asOf: '2030-02-30' })).to.contain('2030-02-30');
    expect(read({ asOf: '2030-02-28' }).ok).to.be.true;
  });

  it('readOptions() passes hide-versions through, off by default', () => {
    const result = read({ hideVersions: true });
    expect(result.ok && result.options.hideVersions).to.equal(true);
  });

  it('readOptions() errors are invalid-attribute errors', () => {
    const result = read({ start: 'later' });
    expect(result.ok || result.error.code).to.equal('invalid-attribute');
  });
});
