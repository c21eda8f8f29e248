import { expect, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { $, $$, mount, text } from './helpers.js';

/** "The bundled dataset renders X": the only tests that use the real data. */
describe('<cw-ceasefire-timeline> on the bundled dataset', () => {
  before(async () => {
    await setViewport({ width: 1280, height: 800 });
  });
  after(async () => {
    await setViewport({ width: 800, height: 600 });
  });

  it('draws three ceasefire bands labelled Moscow, Paris and Washington', async () => {
    const el = await mount(html`<cw-ceasefire-timeline locale="en-GB"></cw-ceasefire-timeline>`);
    expect($$(el, '.band-label').map(text)).to.deep.equal(['Moscow', 'Paris', 'Washington']);
    expect($$(el, '.mark.ceasefire').map((m) => m.dataset.key)).to.deep.equal([
      'e:ceasefire-moscow',
      'e:ceasefire-paris',
      'e:ceasefire-washington',
    ]);
    // ICU's en-GB abbreviates September as "Sept".
    expect(text($(el, '.summary'))).to.match(
      /^3 ceasefires, 5 reported violations and 2 attacks between 27 Sept? and 4 Nov 2020\.$/,
    );
    expect(text($(el, '.source'))).to.match(/^Sources: /);
  });

  it('links each violation to the ceasefire it is reported to have broken', async () => {
    const el = await mount(html`<cw-ceasefire-timeline locale="en-GB"></cw-ceasefire-timeline>`);
    const links = Object.fromEntries(
      $$(el, '.link').map((l): [string, number] => [
        l.dataset.ceasefire ?? '',
        (l.getAttribute('d') ?? '').split('M').length - 1,
      ]),
    );
    // Two segments (the drop from the flag, the rail), then a drop to each violation.
    expect(links).to.deep.equal({ 'ceasefire-moscow': 2 + 2, 'ceasefire-washington': 2 + 3 });
    el.selected = 'violation-ganja-2020-10-11';
    await el.updateComplete;
    expect(text($(el, '.link-text'))).to.equal(
      'Reported as a violation of the Moscow ceasefire (in force from 10 Oct 2020, 12:00).',
    );
    el.selected = 'violation-barda-2020-10-28';
    await el.updateComplete;
    // The data dates it 24 Oct (agreed, as the Foreign Ministry passage says); the
    // card's "in force from" wording is the element's, due to change (issue 12, item 8).
    expect(text($(el, '.link-text'))).to.include(
      'the Washington ceasefire (in force from 24 Oct 2020)',
    );
    // The event as a whole is reported: only its munitions claim is corroborated.
    expect(text($(el, '.facts'))).not.to.include('Corroborated');
    expect(text($(el, '.facts'))).to.include('about 13:30');
  });

  it('show-totals draws the one dated national figure and notes the undated one', async () => {
    const el = await mount(
      html`<cw-ceasefire-timeline locale="en-GB" show-totals></cw-ceasefire-timeline>`,
    );
    expect($$(el, '.totals-point')).to.have.length(1);
    expect(text($(el, '.totals-value'))).to.equal('91');
    expect(text($(el, '.notes'))).to.include('1 undated snapshot not shown.');
  });
});
