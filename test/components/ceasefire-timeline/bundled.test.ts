import { expect, html } from '@open-wc/testing';
import { $, $$, mount, text } from './helpers.js';

/**
 * The width a 1280 px window gives the element (less the page's 8 px
 * margins), set on the element: the layout follows it, and it stays the same
 * whatever window each browser's test runner opens.
 */
const WIDE = 'width: 1264px';

/** A timeline of the bundled data with the card of event `id` open. */
const opened = (id: string) =>
  mount(
    html`<cw-ceasefire-timeline
      style=${WIDE}
      locale="en-GB"
      selected=${id}
    ></cw-ceasefire-timeline>`,
  );

/** "The bundled dataset renders X": the only tests that use the real data. */
describe('<cw-ceasefire-timeline> on the bundled dataset', () => {
  it('marks three ceasefires at their own dates, Moscow, Paris and Washington, and shades no span', async () => {
    const el = await mount(
      html`<cw-ceasefire-timeline style=${WIDE} locale="en-GB"></cw-ceasefire-timeline>`,
    );
    expect($$(el, '.label.ceasefire').map(text)).to.deep.equal([
      'Moscow, 10 Oct',
      'Paris, 18 Oct',
      'Washington, 24 Oct',
    ]);
    // The only rectangles are groups' count badges: no band.
    expect($$(el, '.chart rect:not(.badge)')).to.have.length(0);
    expect($$(el, '.mark.ceasefire').map((m) => m.dataset.key)).to.deep.equal([
      'e:ceasefire-moscow',
      'e:ceasefire-paris',
      'e:ceasefire-washington',
    ]);
    expect(text($(el, '.title'))).to.equal(
      'Ceasefires, violations and attacks as reported by Azerbaijani authorities and an advocacy report',
    );
    // ICU's en-GB abbreviates September as "Sept".
    expect(text($(el, '.summary'))).to.match(
      /^3 ceasefires, 4 reported ceasefire violations and 3 reported attacks on populated areas between 27 Sept? and 4 Nov 2020\.$/,
    );
    expect(text($(el, '.legend'))).to.include('not a claim that it took effect or held');
    expect(text($(el, '.source'))).to.match(/^Sources: /);
    // Every event is reported as a whole; Amnesty's verified fragments are one claim.
    expect(text($(el, '.source'))).to.include(
      'Some claims corroborated by an independent organisation, the others not independently verified.',
    );
  });

  it('links each violation to the ceasefire, dated by what the report says happened on that date', async () => {
    const el = await mount(
      html`<cw-ceasefire-timeline style=${WIDE} locale="en-GB"></cw-ceasefire-timeline>`,
    );
    const links = Object.fromEntries(
      $$(el, '.link').map((l): [string, number] => [
        l.dataset.ceasefire ?? '',
        (l.getAttribute('d') ?? '').split('M').length - 1,
      ]),
    );
    // Two segments (the drop from the flag, the rail), then a drop to each violation. No
    // passage presents the 27 October Barda strike as a breach in so many words: it is an attack.
    expect(links).to.deep.equal({ 'ceasefire-moscow': 2 + 2, 'ceasefire-washington': 2 + 2 });
    el.selected = 'violation-ganja-2020-10-11';
    await el.updateComplete;
    expect(text($(el, '.link-text'))).to.equal(
      'Reported as a violation of the Moscow ceasefire (start agreed for 10 Oct 2020, 12:00, time zone not stated).',
    );
    el.selected = 'violation-barda-2020-10-28';
    await el.updateComplete;
    expect(text($(el, '.link-text'))).to.include('the Washington ceasefire (agreed 24 Oct 2020)');
    for (const id of ['ceasefire-moscow', 'ceasefire-paris', 'ceasefire-washington']) {
      el.selected = id;
      await el.updateComplete;
      expect(text($(el, '.cw-root')), id).not.to.include('in force');
    }
    expect(text($(el, '.facts'))).to.include(
      'Why this date: Section 11, in a sentence that names no speaker, says the sides agreed on 24 October',
    );
    // Section 11 says every October ceasefire was broken, but names no breach of this one.
    el.selected = 'ceasefire-paris';
    await el.updateComplete;
    expect(text($(el, '.facts'))).to.include(
      'Ceasefire breach: Section 11 says all three October ceasefires, this reaffirmation among them, were violated by Armenia, without naming a particular violation of this one.',
    );
  });

  it('the 28 October Barda card: Amnesty’s verified fragments corroborated; toll, attribution and breach shown as claims', async () => {
    const el = await opened('violation-barda-2020-10-28');
    const dt = (term: string) => $$(el, '.facts dt').find((d) => text(d) === term);
    const items = (term: string) =>
      [...(dt(term)?.nextElementSibling?.querySelectorAll('li') ?? [])].map((li) => text(li));
    const claims = items('Claims');
    const about = (label: string) => claims.filter((c) => c.startsWith(label));
    expect(about('Munitions: Amnesty International')[0]).to.include(
      'Source: Amnesty International. Corroborated by an independent organisation.',
    );
    for (const claim of [...about('Attribution'), ...about('Ceasefire breach')]) {
      expect(claim).to.include(
        'Legal Analysis and Research Public Union (the report names no source). An advocacy report’s own claim; not independently verified.',
      );
      expect(claim).not.to.match(/corroborated/i);
    }
    // Only the fragments are called corroborated, nowhere else on the card.
    expect(text($(el, '.card')).match(/corroborated/gi)).to.have.length(1);
    expect(dt('Status')).to.equal(undefined);
    // The toll: the office's credited version by default, each other version listed too.
    const [killed, injured] = items('Figures');
    expect(killed).to.match(
      /^at least 21 civilians killed Source: Prosecutor General's Office of Azerbaijan\. Reported by a party to the conflict; not independently verified\./,
    );
    expect(killed).to.include(
      'Also given: 21 — Legal Analysis and Research Public Union (the report names no source), section 7 (Barda strikes; district figures).',
    );
    expect(killed).to.include('Why this version: Only one version names a source');
    expect(injured).to.match(
      /^an estimated 70 civilians injured Source: Prosecutor General's Office/,
    );
    expect(injured).to.include('Also given: about 70 — Legal Analysis');
    expect(injured).to.include('; up to 70 — Legal Analysis');
    // Amnesty's statement gives the time, not the day: the report's day is not put in its mouth.
    expect(about('Date')).to.have.length(2);
    expect(about('Date (day not stated, about 13:30 local time): Amnesty')).to.have.length(1);
  });

  it('the Barda cards note the district total beside the strikes; “third” is shown for both events so called', async () => {
    const el = await opened('attack-barda-2020-10-27');
    const district = "The report's Barda district total, 25 killed, is lower than";
    expect(text($(el, '.facts'))).to.include(district);
    // The killed and the injured note, each its own paragraph.
    const notes = $$(el, '.facts .note').map(text);
    expect(notes).to.have.length(2);
    expect(notes[0]).to.match(
      /^The report's Barda district total, 25 killed,.* no figure is adjusted\.$/,
    );
    expect(notes[1]).to.match(/^The report's Barda district total, about 70 injured,/);
    expect(text($(el, '.notes'))).to.include(district);
    el.selected = 'violation-barda-2020-10-28';
    await el.updateComplete;
    expect(text($(el, '.facts'))).to.include(district);
    expect(text($(el, '.facts'))).to.include(
      'Counted as the third violation. Another passage also calls “',
    );
    expect(text($(el, '.facts'))).to.include('28 Oct 2020, about 13:30 local time');
    el.selected = 'violation-tartar-2020-10-26';
    await el.updateComplete;
    expect(text($(el, '.facts'))).to.include(
      'Counted as the third violation. Another passage also calls “Reported rocket strike on Barda, 28 October” the third.',
    );
    // The heading is quoted and labelled in the card; the visible source line never carries one.
    expect(text($(el, '.facts'))).to.include(
      'the report’s heading: “Third violation of the humanitarian truce by Armenia (October 26, 2020)”',
    );
    expect(text($(el, '.source'))).not.to.include('Mass killings');
    expect(text($(el, '.source'))).not.to.include('Third violation');
  });

  it('show-totals writes the one dated national figure out, with no scale round it, and notes the undated one', async () => {
    const el = await mount(
      html`<cw-ceasefire-timeline
        style=${WIDE}
        locale="en-GB"
        show-totals
      ></cw-ceasefire-timeline>`,
    );
    expect($$(el, '.totals-figure tspan').map(text)).to.deep.equal(['91', 'as of 4 Nov 2020']);
    expect($$(el, '.totals .grid, .totals-line, .totals-point')).to.have.length(0);
    expect(text($(el, '.notes'))).to.include('1 undated snapshot not shown.');
  });
});
