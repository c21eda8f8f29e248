import { expect } from '@open-wc/testing';
import { capitalise, isolated, sentence } from '../../src/internal/i18n.js';

const LRI = '\u2066';
const RLI = '\u2067';
const PDI = '\u2069';
const LRM = '\u200e';
const RLM = '\u200f';

describe('isolated() and the sentence helpers around its marks', () => {
  it('marks words that hold letters written the other way, and nothing else', () => {
    expect(isolated('كنجة', 'ltr')).to.equal(`${LRI}كنجة${PDI}${LRM}`);
    expect(isolated('Hospital מרכז 2', 'ltr')).to.equal(`${LRI}Hospital מרכז 2${PDI}${LRM}`);
    expect(isolated('Ganja', 'rtl')).to.equal(`${RLI}Ganja${PDI}${RLM}`);
    expect(isolated('Гянджа', 'rtl')).to.equal(`${RLI}Гянджа${PDI}${RLM}`);
    for (const same of ['Ganja', 'Гянджа', '12,5', '١٢'])
      expect(isolated(same, 'ltr')).to.equal(same);
    for (const same of ['كنجة', '١٢', '12']) expect(isolated(same, 'rtl')).to.equal(same);
  });

  it('capitalise() and sentence() look past the marks', () => {
    expect(capitalise(`${LRI}why 91 is shown${PDI}`, 'en')).to.equal(`${LRI}Why 91 is shown${PDI}`);
    expect(sentence(`${LRI}Example Corp.${PDI}${LRM}`)).to.equal(`${LRI}Example Corp.${PDI}${LRM}`);
    expect(sentence(`${LRI}Example Corp${PDI}`)).to.equal(`${LRI}Example Corp${PDI}.`);
  });
});
