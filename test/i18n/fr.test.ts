import { expect } from '@open-wc/testing';
import fr from '../../src/i18n/fr.js';

describe('French catalogue', () => {
  it('elides and contracts “de” and “à” before places and nouns it does not know', () => {
    const { ceasefireAt, brokeredIn } = fr.timeline;
    expect(ceasefireAt('Moscou')).to.equal('du cessez-le-feu de Moscou');
    expect(ceasefireAt('Erevan')).to.equal('du cessez-le-feu d’Erevan');
    expect(ceasefireAt('Île-de-France')).to.equal('du cessez-le-feu d’Île-de-France');
    expect(ceasefireAt('Le Caire')).to.equal('du cessez-le-feu du Caire');
    expect(ceasefireAt('La Haye')).to.equal('du cessez-le-feu de La Haye');
    expect(ceasefireAt('Yalta')).to.equal('du cessez-le-feu de Yalta');
    expect(brokeredIn('Istanbul')).to.equal('Négocié à Istanbul');
    expect(brokeredIn('Le Caire')).to.equal('Négocié au Caire');
    expect(brokeredIn('Les Ulis')).to.equal('Négocié aux Ulis');
    // Lesotho is a name, not an article before one.
    expect(brokeredIn('Lesotho')).to.equal('Négocié à Lesotho');
  });

  it('names the area of a chart without a preposition, which would need its gender', () => {
    // "en Yémen" and "en Moscou" are wrong ("au Yémen", "à Moscou"); the catalogue cannot know which.
    for (const area of ['Azerbaïdjan', 'Yémen', 'Moscou', 'États-Unis'])
      expect(fr.chart.title('Civils tués', area)).to.equal(`Civils tués (${area}), par région`);
  });

  it('writes “d’” before a metric noun that starts with a vowel', () => {
    const buildings = fr.chart.noun['buildings-damaged'];
    expect(fr.chart.leader('Ganja', buildings, '25', '')).to.equal(
      'Ganja compte le plus grand nombre signalé d’immeubles d’habitation endommagés, 25',
    );
    expect(
      fr.chart.leaders('Ganja et Barda', fr.chart.noun['facilities-damaged'], '3', ''),
    ).to.contain('signalé d’installations civiles endommagées, 3 chacune');
    expect(fr.chart.fold(20, '20', fr.chart.noun.killed, 0, '0', '5')).to.contain(
      'signalé de morts\u202f;',
    );
  });
});
