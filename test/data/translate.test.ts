import { expect } from '@open-wc/testing';
import { findRegion } from '../../src/data/query.js';
import { translated } from '../../src/data/translate.js';
import { validate } from '../../src/data/validate.js';
import { synthetic } from '../fixtures/synthetic.js';

const FRENCH = {
  metrics: { killed: 'civils tués' },
  regions: { 'region-a': 'Région A' },
  reporters: { 'example-ministry': 'Ministère de l’Exemple' },
  events: { 'cf-1': { title: 'Cessez-le-feu un', brokeredIn: 'Ville X' } },
  scope: { statement: 'Chiffres de test.' },
};

function withFrench() {
  const data = synthetic();
  data.scope = { statement: 'Test figures.' };
  data.translations = { fr: FRENCH };
  return data;
}

describe('dataset translations', () => {
  it('validate() accepts labels by id and names an unknown id or a bad language tag', () => {
    expect(validate(withFrench()).ok).to.equal(true);
    const data = withFrench();
    data.translations = {
      'not a tag!': {},
      fr: {
        regions: { 'region-z': 'Z' },
        reporters: { 'who-else': 'W' },
        events: { nope: { title: 'T' } },
      },
    };
    const result = validate(data);
    expect(result.ok ? [] : result.errors).to.deep.include.members([
      {
        path: '/translations/not a tag!',
        message: 'expected a language tag like fr or pt-BR, got "not a tag!"',
      },
      {
        path: '/translations/fr/regions/region-z',
        message: 'no region with id "region-z" in this dataset',
      },
      { path: '/translations/fr/events/nope', message: 'no event with id "nope" in this dataset' },
      {
        path: '/translations/fr/reporters/who-else',
        message: 'no reporter with id "who-else" in this dataset',
      },
    ]);
  });

  it('translated() gives the labels of the locale or its language, once per data and locale', () => {
    const data = withFrench();
    const fr = translated(data, 'fr-CH');
    expect(fr.metrics.find((m) => m.id === 'killed')?.label).to.equal('civils tués');
    expect(fr.regions[0].name).to.equal('Région A');
    expect(fr.reporters.map((r) => r.name)).to.deep.equal([
      'Ministère de l’Exemple',
      'Example NGO',
    ]);
    expect(fr.events.find((e) => e.id === 'cf-1')).to.include({
      title: 'Cessez-le-feu un',
      brokeredIn: 'Ville X',
    });
    expect(fr.scope?.statement).to.equal('Chiffres de test.');
    expect(translated(data, 'fr-CH')).to.equal(fr);
    expect(translated(data, 'de')).to.equal(data);
    // The figures themselves are the same objects: nothing but labels changes.
    expect(fr.regions[0].figures).to.equal(data.regions[0].figures);
    expect(fr.national).to.equal(data.national);
  });

  it('a region keeps its name in the dataset’s language as an alternate, so attributes still find it', () => {
    const fr = translated(withFrench(), 'fr');
    expect(findRegion(fr, 'Region A')?.id).to.equal('region-a');
    expect(findRegion(fr, 'Région A')?.id).to.equal('region-a');
  });
});
