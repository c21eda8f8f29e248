import { expect } from '@open-wc/testing';
import fr from '../../src/i18n/fr.js';
import ru from '../../src/i18n/ru.js';
import {
  asOfText,
  countedText,
  formatStamp,
  qualifiedNumber,
  qualifiedShort,
} from '../../src/internal/format.js';
import { registerCatalogue, resolveLocale } from '../../src/internal/i18n.js';

describe('format', () => {
  it('countedText() puts the dataset’s plural label first where the number takes the singular', () => {
    registerCatalogue('fr', fr);
    registerCatalogue('ru', ru);
    const n = (value: number) => ({ value, qualifier: 'exact' as const });
    expect(countedText(n(91), 'civilians killed', 'en')).to.equal('91 civilians killed');
    expect(countedText(n(0), 'civilians killed', 'en')).to.equal('0 civilians killed');
    expect(countedText(n(1), 'civilians killed', 'en')).to.equal('civilians killed: 1');
    expect(countedText({ value: 1, qualifier: 'at-least' }, 'civilians killed', 'en')).to.equal(
      'civilians killed: at least 1',
    );
    // French takes the singular for 0 and 1.
    expect(countedText(n(0), 'civils tués', 'fr')).to.equal('civils tués\u00a0: 0');
    expect(countedText(n(1), 'civils tués', 'fr')).to.equal('civils tués\u00a0: 1');
    expect(countedText(n(2), 'civils tués', 'fr')).to.equal('2 civils tués');
    expect(countedText(n(21), 'погибшие', 'ru')).to.equal('погибшие: 21');
  });

  it("qualifiedNumber(70, 'about', 'en') keeps the qualifier in words", () => {
    expect(qualifiedNumber(70, 'about', 'en')).to.equal('about 70');
    expect(qualifiedNumber(21, 'at-least', 'en')).to.equal('at least 21');
    expect(qualifiedNumber(40, 'more-than', 'en')).to.equal('more than 40');
    expect(qualifiedNumber(70, 'estimated', 'en')).to.equal('an estimated 70');
    expect(qualifiedNumber(2734, 'exact', 'en')).to.equal('2,734');
    expect(qualifiedNumber(2734, 'exact', 'de')).to.equal('2.734');
  });

  it("qualifiedShort(70, 'about') marks approximations for tight spots", () => {
    expect(qualifiedShort(70, 'about', 'en')).to.equal('~70');
    expect(qualifiedShort(9, 'more-than', 'en')).to.equal('>9');
  });

  it('formatStamp() is as precise as the source, in wall-clock time at the place', () => {
    expect(formatStamp({ value: '2030-10-11T04:00', precision: 'about-time' }, 'en-GB')).to.equal(
      '11 Oct 2030, about 04:00',
    );
    expect(formatStamp({ value: '2030-10-10T12:00', precision: 'time' }, 'en-GB')).to.equal(
      '10 Oct 2030, 12:00',
    );
    expect(formatStamp({ value: '2030-11-04', precision: 'day' }, 'en-GB')).to.equal('4 Nov 2030');
    // A time the source gives without its day: the day kept in the value is not written as its.
    const timeOnly = {
      value: '2030-10-28T13:30',
      precision: 'about-time',
      day: 'not-stated',
    } as const;
    expect(formatStamp(timeOnly, 'en-GB')).to.equal('day not stated, about 13:30');
    expect(formatStamp(timeOnly, 'fr')).to.equal('jour non précisé, vers 13:30');
    expect(formatStamp({ precision: 'unknown' }, 'en')).to.equal('date not stated');
    expect(asOfText({ value: '2030-11-04', precision: 'day' }, 'en-GB')).to.equal(
      'as of 4 Nov 2030',
    );
  });

  it('resolveLocale() prefers the attribute, then the nearest lang, then en; ignores nonsense', () => {
    const outer = document.createElement('div');
    outer.lang = 'fr';
    const el = document.createElement('span');
    outer.append(el);
    expect(resolveLocale(el, 'de')).to.equal('de');
    expect(resolveLocale(el, undefined)).to.equal('fr');
    expect(resolveLocale(document.createElement('span'), '!!')).to.equal('en');
  });
});
