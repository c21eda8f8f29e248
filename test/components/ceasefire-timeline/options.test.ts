import { expect } from '@open-wc/testing';
import {
  readOptions,
  type TimelineAttributes,
} from '../../../src/components/ceasefire-timeline/options.js';
import { attributes as attrs } from './helpers.js';

const problem = (overrides: Partial<TimelineAttributes>) => {
  const read = readOptions(attrs(overrides));
  return read.ok ? undefined : read.error.message;
};

describe('readOptions()', () => {
  it('readOptions(nothing set) shows every kind over the data’s own range', () => {
    expect(readOptions(attrs())).to.deep.equal({
      ok: true,
      options: {
        from: undefined,
        to: undefined,
        kinds: ['ceasefire', 'violation', 'attack'],
        selected: undefined,
        showTotals: false,
      },
    });
  });

  it('readOptions(blank attributes) reads them as not set, spaces included, theme="" as auto', () => {
    const read = readOptions(
      attrs({ from: '', to: '  ', kinds: ' ', selected: '   ', theme: '', label: ' ' }),
    );
    expect(read).to.deep.equal(readOptions(attrs()));
  });

  it('readOptions() trims what is set', () => {
    const read = readOptions(attrs({ from: ' 2030-01-03 ', selected: ' v-1 ', showTotals: true }));
    expect(
      read.ok && [read.options.from, read.options.selected, read.options.showTotals],
    ).to.deep.equal(['2030-01-03', 'v-1', true]);
  });

  it('readOptions({from, to}) that are not real YYYY-MM-DD days are problems, quoted', () => {
    expect(problem({ from: 'yesterday' })).to.equal(
      'from=“yesterday” is not a day written YYYY-MM-DD.',
    );
    expect(problem({ to: '2030-02-30' })).to.equal(
      'to=“2030-02-30” is not a day written YYYY-MM-DD.',
    );
    expect(problem({ from: 'x'.repeat(100) })).to.equal(
      `from=“${'x'.repeat(39)}…” is not a day written YYYY-MM-DD.`,
    );
  });

  it('readOptions({kinds}) reads a comma list in any case, once each, in the kinds’ own order', () => {
    const read = readOptions(attrs({ kinds: ' Attack, violation,ATTACK ' }));
    expect(read.ok && read.options.kinds).to.deep.equal(['violation', 'attack']);
  });

  it('readOptions({kinds}) names a word that is not a kind, and a list of only commas', () => {
    expect(problem({ kinds: 'attack,airstrike' })).to.equal(
      'kinds=“attack,airstrike” lists “airstrike”, which is not one of “ceasefire”, “violation”, “attack”.',
    );
    expect(problem({ kinds: ' , ' })).to.equal(
      'kinds=“,” lists nothing; use “ceasefire”, “violation”, “attack”.',
    );
  });

  it('readOptions({theme}) other than light, dark or auto is a problem, not quietly auto', () => {
    expect(problem({ theme: 'sepia' })).to.equal(
      'theme=“sepia” is not one of “light”, “dark”, “auto”.',
    );
    expect(problem({ theme: 'dark' })).to.equal(undefined);
  });
});
