import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { CwErrorDetail } from '../../../src/internal/errors.js';
import { synthetic } from '../../fixtures/synthetic.js';
import type { CwSelectDetail } from '../../../src/components/ceasefire-timeline/ceasefire-timeline.js';
import { $, $$, has, mount, text } from './helpers.js';

const keys = (el: Element) => $$(el, '.mark').map((m) => m.dataset.key);

describe('<cw-ceasefire-timeline> attributes', () => {
  let warn: typeof console.warn;
  let warnings: unknown[][];
  beforeEach(() => {
    warn = console.warn;
    warnings = [];
    console.warn = (...args: unknown[]) => warnings.push(args);
  });
  afterEach(() => {
    console.warn = warn;
  });

  it('.data draws every dated event on the axis, in the default range derived from the data', async () => {
    const el = await mount(
      html`<cw-ceasefire-timeline locale="en-GB" .data=${synthetic()}></cw-ceasefire-timeline>`,
    );
    expect(keys(el)).to.deep.equal(['e:cf-1', 'e:cf-2', 'e:v-1', 'e:a-1']);
    expect(text($(el, '.summary'))).to.equal(
      '2 ceasefires, 1 reported ceasefire violation and 1 reported attack on a populated area between 2 Jan and 10 Jan 2030.',
    );
    expect(text($(el, '.notes'))).to.include(
      '1 event has no stated date and is not placed on the axis: Undated attack.',
    );
  });

  it('from and to narrow the range', async () => {
    const el = await mount(
      html`<cw-ceasefire-timeline
        locale="en-GB"
        from="2030-01-03"
        to="2030-01-05"
        .data=${synthetic()}
      ></cw-ceasefire-timeline>`,
    );
    expect(keys(el)).to.deep.equal(['e:cf-1', 'e:v-1']);
    expect(text($(el, '.summary'))).to.equal(
      '1 ceasefire, 1 reported ceasefire violation and no reported attacks on populated areas between 3 Jan and 5 Jan 2030.',
    );
  });

  it('kinds shows only the kinds listed, and no ceasefire lines without ceasefires', async () => {
    const el = await mount(
      html`<cw-ceasefire-timeline
        kinds="attack, violation"
        .data=${synthetic()}
      ></cw-ceasefire-timeline>`,
    );
    expect(keys(el)).to.deep.equal(['e:v-1', 'e:a-1']);
    expect($$(el, '.ceasefire-line')).to.have.length(0);
    expect(text($(el, '.summary'))).to.match(
      /^1 reported ceasefire violation and 1 reported attack on a populated area between/,
    );
    el.kinds = 'ceasefire';
    await el.updateComplete;
    expect(keys(el)).to.deep.equal(['e:cf-1', 'e:cf-2']);
    expect($$(el, '.ceasefire-line')).to.have.length(2);
  });

  it('selected opens that event’s card, reflects, and does not fire cw-select', async () => {
    let fired = 0;
    const el = await mount(
      html`<cw-ceasefire-timeline
        selected="v-1"
        @cw-select=${() => fired++}
        .data=${synthetic()}
      ></cw-ceasefire-timeline>`,
    );
    expect(text($(el, '.card-title'))).to.equal('Reported violation in Region A');
    expect($(el, '.mark.active')?.dataset.key).to.equal('e:v-1');
    el.selected = 'a-1';
    await el.updateComplete;
    expect(el.getAttribute('selected')).to.equal('a-1');
    expect(text($(el, '.card-title'))).to.equal('Attack on Region B');
    expect(fired).to.equal(0);
  });

  it('show-totals draws the step line through dated snapshots and notes the undated one', async () => {
    const el = await mount(
      html`<cw-ceasefire-timeline .data=${synthetic()}></cw-ceasefire-timeline>`,
    );
    expect(has(el, '.totals-line'), '.totals-line').to.equal(false);
    el.showTotals = true;
    await el.updateComplete;
    expect($(el, '.totals-line')?.getAttribute('d')).to.match(
      /^M[\d.]+,[\d.]+L[\d.]+,[\d.]+L[\d.]+,[\d.]+$/,
    );
    expect($$(el, '.totals-point')).to.have.length(2);
    expect(text($(el, '.notes'))).to.include('1 undated snapshot not shown.');
    expect(text($(el, '.notes'))).to.include(
      'Reported national total of civilians killed: 5 as of',
    );
  });

  it('label sets the title and the accessible name of the timeline', async () => {
    const el = await mount(
      html`<cw-ceasefire-timeline
        label="Test events"
        .data=${synthetic()}
      ></cw-ceasefire-timeline>`,
    );
    expect(text($(el, '.title'))).to.equal('Test events');
    const box = $(el, '.timeline')!;
    expect($(el, `#${box.getAttribute('aria-labelledby')!}`) === $(el, '.title')).to.equal(true);
    el.label = undefined;
    await el.updateComplete;
    expect(text($(el, '.title'))).to.equal('Ceasefires, reported violations and attacks');
  });

  it('locale formats dates and numbers', async () => {
    const el = await mount(
      html`<cw-ceasefire-timeline
        locale="de"
        selected="v-1"
        .data=${synthetic()}
      ></cw-ceasefire-timeline>`,
    );
    expect(text($(el, '.summary'))).to.include('10. Jan. 2030');
    expect(text($(el, '.facts'))).to.include('4. Jan. 2030, about 04:00');
  });

  it('theme="dark" switches the tokens', async () => {
    const el = await mount(
      html`<cw-ceasefire-timeline theme="light" .data=${synthetic()}></cw-ceasefire-timeline>`,
    );
    const root = $(el, '.cw-root')!;
    const light = getComputedStyle(root).backgroundColor;
    el.theme = 'dark';
    await el.updateComplete;
    expect(getComputedStyle(root).backgroundColor).to.not.equal(light);
    expect(getComputedStyle(root).backgroundColor).to.equal('rgb(24, 24, 27)');
  });

  it('hide-source hides the source line visually but keeps it readable', async () => {
    const el = await mount(
      html`<cw-ceasefire-timeline .data=${synthetic()}></cw-ceasefire-timeline>`,
    );
    const source = $(el, '.source')!;
    expect(text(source)).to.match(/^Sources: Example Ministry; Example NGO\./);
    expect($(el, '.source-block')!.classList.contains('visually-hidden')).to.equal(false);
    el.hideSource = true;
    await el.updateComplete;
    expect($(el, '.source-block')!.classList.contains('visually-hidden')).to.equal(true);
    expect($(el, '.source')).to.equal(source);
  });

  it('src loads a dataset from a URL; inline JSON works too', async () => {
    const url = URL.createObjectURL(
      new Blob([JSON.stringify(synthetic())], { type: 'application/json' }),
    );
    const fromSrc = await mount(html`<cw-ceasefire-timeline src=${url}></cw-ceasefire-timeline>`);
    expect(keys(fromSrc)).to.include('e:v-1');
    const inline = await mount(
      html`<cw-ceasefire-timeline
        ><script type="application/json">
          ${JSON.stringify(synthetic())}
        </script></cw-ceasefire-timeline
      >`,
    );
    expect(keys(inline)).to.include('e:cf-2');
  });

  it('blank from, to, kinds, selected, label, theme and locale count as not set', async () => {
    const el = await mount(
      html`<cw-ceasefire-timeline
        from=""
        to=" "
        kinds=""
        selected="   "
        label=" "
        theme=""
        locale=""
        .data=${synthetic()}
      ></cw-ceasefire-timeline>`,
    );
    expect(text($(el, '.title'))).to.equal('Ceasefires, reported violations and attacks');
    expect(has(el, '.error'), 'an error is shown').to.equal(false);
    expect(keys(el)).to.deep.equal(['e:cf-1', 'e:cf-2', 'e:v-1', 'e:a-1']);
    expect(has(el, '.card'), 'a card is open').to.equal(false);
    expect(warnings).to.have.length(0);
  });

  it('from that is not a date: visible error, one warning, one cw-error', async () => {
    const errors: CwErrorDetail[] = [];
    const el = await mount(
      html`<cw-ceasefire-timeline
        from="yesterday"
        @cw-error=${(e: CustomEvent<CwErrorDetail>) => errors.push(e.detail)}
        .data=${synthetic()}
      ></cw-ceasefire-timeline>`,
    );
    expect(text($(el, '.error'))).to.equal('from=“yesterday” is not a day written YYYY-MM-DD.');
    expect(has(el, '.timeline'), '.timeline').to.equal(false);
    el.requestUpdate();
    await el.updateComplete;
    expect(errors).to.have.length(1);
    expect(errors[0].code).to.equal('invalid-attribute');
    expect(warnings).to.have.length(1);
  });

  it('reversed from/to, an impossible to, and unknown kinds are each reported', async () => {
    const el = await mount(
      html`<cw-ceasefire-timeline
        from="2030-01-08"
        to="2030-01-03"
        .data=${synthetic()}
      ></cw-ceasefire-timeline>`,
    );
    expect(text($(el, '.error'))).to.equal('from=“2030-01-08” is after to=“2030-01-03”.');
    el.from = undefined;
    el.to = '2030-02-30';
    await el.updateComplete;
    expect(text($(el, '.error'))).to.include('to=“2030-02-30” is not a day');
    el.to = undefined;
    el.kinds = 'attack,airstrike';
    await el.updateComplete;
    expect(text($(el, '.error'))).to.include('lists “airstrike”, which is not one of');
    el.kinds = undefined;
    await el.updateComplete;
    expect(has(el, '.error'), '.error').to.equal(false);
    expect(warnings).to.have.length(3);
  });

  it('theme that is not light, dark or auto is reported, not quietly treated as auto', async () => {
    const el = await mount(
      html`<cw-ceasefire-timeline theme="sepia" .data=${synthetic()}></cw-ceasefire-timeline>`,
    );
    expect(text($(el, '.error'))).to.equal('theme=“sepia” is not one of “light”, “dark”, “auto”.');
    expect(warnings).to.have.length(1);
  });

  it('selected naming an event not shown: the timeline stays, with a visible error', async () => {
    const errors: CwErrorDetail[] = [];
    const el = await mount(
      html`<cw-ceasefire-timeline
        kinds="attack"
        selected="v-1"
        @cw-error=${(e: CustomEvent<CwErrorDetail>) => errors.push(e.detail)}
        .data=${synthetic()}
      ></cw-ceasefire-timeline>`,
    );
    expect(text($(el, '.error'))).to.equal(
      'selected=“v-1” is not an event shown on this timeline.',
    );
    expect(has(el, '.timeline'), '.timeline').to.equal(true);
    expect(has(el, '.card'), '.card').to.equal(false);
    expect(errors).to.have.length(1);
  });

  it('invalid .data: the data controller’s visible error, never a blank box', async () => {
    const el = await mount(
      html`<cw-ceasefire-timeline .data=${{ schemaVersion: 1 }}></cw-ceasefire-timeline>`,
    );
    expect(text($(el, '.error'))).to.match(/^The \.data property is not in the expected format/);
    expect(warnings).to.have.length(1);
  });

  it('cw-select bubbles out of the shadow root with the event id', async () => {
    const el = await fixture(
      html`<div><cw-ceasefire-timeline .data=${synthetic()}></cw-ceasefire-timeline></div>`,
    );
    const timeline = el.querySelector('cw-ceasefire-timeline')!;
    await timeline.updateComplete;
    setTimeout(() =>
      $(timeline, '[data-key="e:a-1"]')!.dispatchEvent(
        new MouseEvent('click', { bubbles: true, composed: true }),
      ),
    );
    const event = await oneEvent<CustomEvent<CwSelectDetail>>(el, 'cw-select');
    expect(event.detail).to.deep.equal({ id: 'a-1' });
    expect(event.composed).to.equal(true);
  });
});
