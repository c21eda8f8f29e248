import { expect, html } from '@open-wc/testing';
import type { CwCeasefireTimeline } from '../../../src/components/ceasefire-timeline/ceasefire-timeline.js';
import { editorial, synthetic } from '../../fixtures/synthetic.js';
import { $, $$, mount, text } from './helpers.js';

/** The card's facts, term -> detail text. */
const facts = (el: CwCeasefireTimeline) =>
  Object.fromEntries($$(el, '.facts dt').map((dt) => [text(dt), text(dt.nextElementSibling)]));
/** The card's claims, one text per item, each with its own attribution. */
const claims = (el: CwCeasefireTimeline) => {
  const dt = $$(el, '.facts dt').find((d) => text(d) === 'Claims');
  return [...(dt?.nextElementSibling?.querySelectorAll('li') ?? [])].map((li) => text(li));
};

/** A timeline of `data` with the card of event `id` open. */
const opened = (id: string, data = editorial()) =>
  mount(
    html`<cw-ceasefire-timeline
      locale="en-GB"
      selected=${id}
      .data=${data}
    ></cw-ceasefire-timeline>`,
  );

/** Issue 12: whose claims, each claim's own status, what a date marks, in our words. */
describe('<cw-ceasefire-timeline> editorial wording (synthetic)', () => {
  it('the title says whose account it is from the dataset’s scope; without one, today’s words', async () => {
    const el = await mount(
      html`<cw-ceasefire-timeline locale="en-GB" .data=${editorial()}></cw-ceasefire-timeline>`,
    );
    expect(text($(el, '.title'))).to.equal(
      'Ceasefires, violations and attacks as reported by Example Ministry and Example Publisher',
    );
    const plain = await mount(
      html`<cw-ceasefire-timeline locale="en-GB" .data=${synthetic()}></cw-ceasefire-timeline>`,
    );
    expect(text($(plain, '.title'))).to.equal('Ceasefires, reported violations and attacks');
  });

  it('kinds are claims everywhere: legend, card, screen-reader list, announcement', async () => {
    const el = await opened('a-1');
    const legend = $$(el, '.legend li').map(text);
    expect(legend).to.include('Reported attack on a populated area');
    expect(legend.some((t) => t.startsWith('Reported ceasefire violation, linked'))).to.equal(true);
    expect(text($(el, '.card-kind'))).to.equal('Reported attack on a populated area · 1 of 4');
    expect(text($(el, '[aria-label="Events in time order"]'))).to.include(
      'Reported attack on a populated area: Attack on Region B.',
    );
    // A page load announces nothing; choosing the event again does.
    el.selected = 'cf-1';
    await el.updateComplete;
    el.selected = 'a-1';
    await el.updateComplete;
    expect(text($(el, '[role="status"]'))).to.match(/^Reported attack on a populated area: /);
  });

  it('a ceasefire is dated by what its date marks, a time with no stated zone says so, with the reason', async () => {
    const el = await opened('cf-1');
    const card = facts(el);
    expect(card['Agreed start']).to.equal(
      '3 Jan 2030, 12:00, time zone not stated Why this date: The only time given is the start the agreed terms name.',
    );
    expect(card).not.to.have.property('When');
    expect(claims(el)).to.deep.equal([
      'Terms (start agreed for 3 Jan 2030, 12:00, time zone not stated): Example Publisher says the terms name 12:00 on 3 January as the start. Source: Example Publisher (the report names no source). An advocacy report’s own claim; not independently verified. Cited from section 2 (ceasefire).',
      'Date (agreed 2 Jan 2030): Example NGO says the ceasefire was agreed on 2 January. Source: Example NGO. A statement by an independent organisation, not a verification. Cited from section 2 (ceasefire).',
    ]);
    expect(text($(el, '[aria-label="Events in time order"] li:nth-child(2)'))).to.equal(
      'Start agreed for 3 Jan 2030, 12:00, time zone not stated. Ceasefire: First ceasefire. Brokered in City X.',
    );
    expect(text($(el, '.cw-root'))).not.to.include('in force');
  });

  it('a violation lists each claim with its own status; only the verified one is called corroborated', async () => {
    const el = await opened('v-1');
    const card = facts(el);
    expect(card.Ceasefire).to.equal(
      'Reported as a violation of the City X ceasefire (start agreed for 3 Jan 2030, 12:00, time zone not stated).',
    );
    // No event-level status: it would lend the verified claim's status to the rest.
    expect(card).not.to.have.property('Status');
    const [munitions, breach] = claims(el);
    expect(munitions).to.equal(
      'Munitions: Example NGO verified photographs of munition fragments. Source: Example NGO. Corroborated by an independent organisation. Cited from section 2 (ceasefire).',
    );
    expect(breach).to.equal(
      'Ceasefire breach: Example Publisher calls it the first breach of the ceasefire. Source: Example Publisher (the report names no source). An advocacy report’s own claim; not independently verified. Cited from section 2 (ceasefire). Counted as the first violation.',
    );
    expect(card.Figures).to.equal(
      'at least 3 civilians killed Source: Example Ministry. Reported by a party to the conflict; not independently verified. Cited from Example Publisher (2030-02).',
    );
    expect(text($(el, '.card')).match(/corroborated/gi)).to.have.length(1);
  });

  it('the list of events (no script, print, screen readers) names what was corroborated, and only that', async () => {
    const el = await opened('v-1');
    const item = $$(el, '[aria-label="Events in time order"] li')
      .map(text)
      .find((t) => t.includes('Reported violation in Region A'));
    expect(item).to.match(
      /Reported by a party to the conflict; not independently verified\. Munitions, according to Example NGO: Example NGO verified photographs of munition fragments\. Corroborated by an independent organisation\.$/,
    );
    expect(item).not.to.include('first breach');
  });

  it('the section heading is in the card only, quoted and labelled; the source line uses the locator', async () => {
    const data = editorial();
    data.events[1].citation.locator = 'section 2 (ceasefire)';
    const el = await opened('v-1', data);
    expect(facts(el)['Cited from']).to.equal(
      'Example Publisher (2030-02), section 2 (ceasefire) (the report’s heading: “Section Two”)',
    );
    expect(text($(el, '.source'))).to.include('section 2 (ceasefire)');
    expect(text($(el, '.source'))).not.to.include('Section Two');
  });

  it('figures that do not add up are noted in the card and under the timeline', async () => {
    const el = await opened('v-1');
    const note = 'Example note: the region total and the strike toll are given separately.';
    expect(facts(el).Note).to.equal(note);
    expect($$(el, '.notes p').map(text)).to.include(note);
    el.selected = 'a-1';
    el.kinds = 'attack';
    await el.updateComplete;
    expect(facts(el)).not.to.have.property('Note');
    expect($$(el, '.notes p').map(text)).not.to.include(note);
  });

  it('in the narrow list a ceasefire row says what its date marks and that no time zone is stated', async () => {
    const el = await mount(
      html`<cw-ceasefire-timeline
        style="width: 360px"
        locale="en-GB"
        .data=${editorial()}
      ></cw-ceasefire-timeline>`,
    );
    expect(text($(el, '[data-key="e:cf-1"] .row-meta'))).to.equal(
      'Agreed start · time zone not stated · Brokered in City X',
    );
  });
});
