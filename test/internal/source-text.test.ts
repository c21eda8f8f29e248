import { expect } from '@open-wc/testing';
import {
  citationText,
  citedIn,
  creditText,
  headingText,
  scopeOf,
  sourceText,
  statusText,
} from '../../src/internal/source-text.js';
import { translated } from '../../src/data/translate.js';
import { editorial, fig, synthetic } from '../fixtures/synthetic.js';
import { rendered } from '../fixtures/words.js';

describe('source text', () => {
  it('sourceText() names the reporter, date, status and source; plural with several reporters', () => {
    const data = synthetic();
    expect(sourceText(data, [fig('x', 1)], 'en-GB')).to.equal(
      'Source: Example Ministry, as of 10 Jan 2030. Reported by a party to the conflict; not independently verified. Cited from Example Publisher (2030-02).',
    );
    const two = sourceText(
      data,
      [fig('x', 1), fig('y', 2, { reportedBy: 'example-ngo', status: 'corroborated' })],
      'en-GB',
    );
    expect(two).to.match(/^Sources: Example Ministry; Example NGO, as of 10 Jan 2030\./);
    // One dated item among undated ones does not date the whole line.
    const undated = { ...fig('z', 3), asOf: undefined };
    expect(sourceText(data, [fig('x', 1), undated], 'en-GB')).to.match(
      /^Source: Example Ministry\. /,
    );
    // A name or a date that ends in a full stop ends the sentence: no second one.
    data.reporters[0].name = 'Example Ministry Inc.';
    expect(sourceText(data, [fig('x', 1), undated], 'en-GB')).to.match(
      /^Source: Example Ministry Inc\. Reported/,
    );
    expect(sourceText(data, [fig('x', 1)], 'ru')).to.match(/ 2030 г\. Reported/);
    expect(two).to.contain(
      'Reported by a party to the conflict. Some claims corroborated by an independent organisation, the others not independently verified.',
    );
  });

  it("a report's own claim is credited to the report, saying it names no source", () => {
    const data = editorial();
    const own = fig('c', 3, {
      reportedBy: 'example-publisher',
      citation: { source: 'example-report', section: 'Section One', locator: 'section 1 (lists)' },
    });
    expect(creditText(data, own, 'en')).to.deep.equal([
      'Example Publisher (the report names no source)',
    ]);
    expect(sourceText(data, [own], 'en')).to.equal(
      'Source: Example Publisher (the report names no source), as of 10 Jan 2030. An advocacy report’s own claim; not independently verified. Cited from Example Publisher (2030-02), section 1 (lists).',
    );
    // The same publisher credited in another publication's pages is not "its own claim".
    const elsewhere = { ...own, citation: { source: 'other', section: 'S' } };
    expect(creditText(data, elsewhere, 'en')).to.deep.equal(['Example Publisher']);
  });

  it('statusText() words each kind of reporter; a statement by an independent body is not a verification', () => {
    const data = editorial();
    const party = fig('a', 1);
    const own = fig('b', 1, { reportedBy: 'example-publisher' });
    const statement = fig('c', 1, { reportedBy: 'example-ngo' });
    const verified = fig('d', 1, { reportedBy: 'example-ngo', status: 'corroborated' });
    expect(statusText(data, [statement], 'en')).to.equal(
      'A statement by an independent organisation, not a verification.',
    );
    expect(statusText(data, [party, own], 'en')).to.equal(
      'Reported by a party to the conflict; an advocacy report’s own claim; not independently verified.',
    );
    expect(statusText(data, [verified], 'en')).to.equal(
      'Corroborated by an independent organisation.',
    );
    expect(statusText(data, [own, verified], 'en')).to.not.match(/^Corroborated/);
  });

  it('the visible citation uses the neutral locator, never the heading; the heading is quoted as the report’s', () => {
    const data = synthetic();
    const loaded = {
      citation: { source: 'example-report', section: 'Atrocities', locator: 'section 3' },
    };
    expect(citationText(data, loaded)).to.equal('Example Publisher (2030-02), section 3');
    expect(
      citationText(data, { citation: { source: 'example-report', section: 'Atrocities' } }),
    ).to.equal('Example Publisher (2030-02)');
    expect(headingText(loaded, 'en')).to.equal('the report’s heading: “Atrocities”');
  });

  it('citedIn() marks every locator and heading the text quotes, in the dataset’s language', () => {
    const data = { ...synthetic(), language: 'en-GB' };
    const items = [
      { citation: { source: 'example-report', section: 'Atrocities', locator: 'section 3' } },
      { citation: { source: 'example-report', section: 'Lists', locator: 'section 3 (lists)' } },
    ];
    const text = 'Cité d’après X, section 3 (lists) ; Y, section 3. « Atrocities »';
    // The longer of two overlapping parts wins; every occurrence is marked.
    expect(rendered(citedIn(data, text, items))).to.deep.equal({
      text,
      marked: [
        ['en-GB', 'section 3 (lists)'],
        ['en-GB', 'section 3'],
        ['en-GB', 'Atrocities'],
      ],
    });
    expect(rendered(citedIn(data, 'Source : Example Ministry.', items))).to.deep.equal({
      text: 'Source : Example Ministry.',
      marked: [],
    });
  });

  it("scopeOf() is the dataset's statement in its language, or one built from its reporters", () => {
    // Untranslated, an Arabic reader gets the dataset's English, marked as English.
    const own = scopeOf(editorial(), 'ar');
    expect(own.statement).to.match(/^Figures for Regions A to C only/);
    expect(own.lang).to.equal('en');
    const data = { ...editorial(), translations: { fr: { scope: { statement: 'Chiffres…' } } } };
    expect(scopeOf(translated(data, 'fr'), 'fr')).to.deep.equal({
      statement: 'Chiffres…',
      lang: 'fr',
    });
    // Built from the reporters: the reader's words, nothing to mark.
    expect(scopeOf(synthetic(), 'en')).to.deep.equal({
      statement: 'Figures as reported by Example Ministry and Example NGO.',
    });
  });
});
