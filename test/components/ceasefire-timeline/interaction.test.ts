import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { resetMouse, sendMouse } from '@web/test-runner-commands';
import { fig, synthetic } from '../../fixtures/synthetic.js';
import type { CwSelectDetail } from '../../../src/components/ceasefire-timeline/ceasefire-timeline.js';
import {
  $,
  $$,
  attack,
  centre,
  has,
  many,
  mount,
  press,
  text,
  timelineFocused,
} from './helpers.js';

/** synthetic() plus three attacks an hour apart: at 800 px they overlap and group. */
function crowded() {
  const data = synthetic();
  data.events.push(
    attack('g-1', '2030-01-08T10:00', 4),
    attack('g-2', '2030-01-08T11:00'),
    attack('g-3', '2030-01-08T12:00', 1),
  );
  return data;
}

describe('<cw-ceasefire-timeline> selection', () => {
  afterEach(async () => {
    await resetMouse();
  });

  it('clicking a marker opens its card, fires cw-select and focuses the timeline', async () => {
    const el = await mount(
      html`<cw-ceasefire-timeline .data=${synthetic()}></cw-ceasefire-timeline>`,
    );
    const [x, y] = centre($(el, '[data-key="e:v-1"] .shape')!);
    setTimeout(() => void sendMouse({ type: 'click', position: [x, y] }));
    const event = await oneEvent<CustomEvent<CwSelectDetail>>(el, 'cw-select');
    await el.updateComplete;
    expect(event.detail).to.deep.equal({ id: 'v-1' });
    expect(el.selected).to.equal('v-1');
    expect(text($(el, '.card-title'))).to.equal('Reported violation in Region A');
    expect(timelineFocused(el), 'focus is on the timeline').to.equal(true);
  });

  it('keyboard, key by key: arrows, Home and End move without opening; Enter or Space opens; one cw-select per change', async () => {
    const el = await mount(
      html`<cw-ceasefire-timeline .data=${synthetic()}></cw-ceasefire-timeline>`,
    );
    expect($$(el, '[tabindex="0"]')).to.have.length(1);
    $(el, '.timeline')!.focus();
    const seen: string[] = [];
    el.addEventListener('cw-select', (e) => seen.push(e.detail.id));
    const active = () => $$(el, '.mark.active').map((m) => m.dataset.key);
    const status = () => text($(el, '[role="status"]'));
    await press(el, 'ArrowRight');
    expect(active()).to.deep.equal(['e:a-1']);
    expect(status()).to.match(
      /^Reported attack on a populated area: .*\. 1 of 4\. 2 civilians killed\.$/,
    );
    expect(el.selected).to.equal(undefined);
    expect(has(el, '.card'), '.card').to.equal(false);
    await press(el, 'ArrowRight');
    await press(el, 'ArrowRight');
    expect(active()).to.deep.equal(['e:v-1']);
    await press(el, 'ArrowLeft');
    expect(active()).to.deep.equal(['e:cf-1']);
    await press(el, 'End');
    await press(el, 'ArrowRight');
    expect(active()).to.deep.equal(['e:cf-2']);
    await press(el, 'Home');
    expect(active()).to.deep.equal(['e:a-1']);
    expect(seen, 'moving selects nothing').to.deep.equal([]);
    await press(el, 'Enter');
    expect(el.selected).to.equal('a-1');
    expect(has(el, '.card'), '.card').to.equal(true);
    await press(el, 'Enter');
    await press(el, ' ');
    expect(seen, 'opening the open event again is no change').to.deep.equal(['a-1']);
    await press(el, 'Escape');
    expect(el.selected).to.equal(undefined);
    expect(has(el, '.card'), '.card').to.equal(false);
    expect(timelineFocused(el), 'focus stays on the timeline').to.equal(true);
    expect(active(), 'the active event stays').to.deep.equal(['e:a-1']);
    await press(el, ' ');
    await press(el, 'ArrowRight');
    expect(has(el, '.card'), 'moving on closes the card').to.equal(false);
    expect(active()).to.deep.equal(['e:cf-1']);
    await press(el, ' ');
    expect(el.selected).to.equal('cf-1');
    expect(seen).to.deep.equal(['a-1', 'a-1', 'cf-1']);
  });

  it('Escape closes the card and keeps focus on the timeline, also from inside the card', async () => {
    const el = await mount(
      html`<cw-ceasefire-timeline selected="cf-1" .data=${synthetic()}></cw-ceasefire-timeline>`,
    );
    // The ceasefire's card lists its violation as a button: focus it, then Escape.
    $(el, '.card .pick')!.focus();
    await press(el, 'Escape');
    expect(has(el, '.card'), '.card').to.equal(false);
    expect(el.hasAttribute('selected')).to.equal(false);
    expect(timelineFocused(el), 'focus is on the timeline').to.equal(true);
  });

  it('focus in a card that a narrower column takes away returns to the timeline, not the page', async () => {
    const el = await mount(
      html`<cw-ceasefire-timeline
        style="width: 900px"
        selected="a-1"
        .data=${synthetic()}
      ></cw-ceasefire-timeline>`,
    );
    $(el, '.close')!.focus();
    el.style.width = '400px'; // the list: the card moves under its row
    await waitUntil(() => has(el, '.rows'), 'the list layout');
    await el.updateComplete;
    expect(timelineFocused(el), 'focus is on the timeline').to.equal(true);
  });

  it('the close button closes the card', async () => {
    const el = await mount(
      html`<cw-ceasefire-timeline selected="a-1" .data=${synthetic()}></cw-ceasefire-timeline>`,
    );
    $(el, '.close')!.click();
    await el.updateComplete;
    expect(has(el, '.card'), '.card').to.equal(false);
    expect(timelineFocused(el), 'focus is on the timeline').to.equal(true);
  });

  it('the card gives date with precision, place, ceasefire link, each figure with its credit and status, reporters, citation with the heading labelled', async () => {
    const el = await mount(
      html`<cw-ceasefire-timeline
        locale="en-GB"
        selected="v-1"
        .data=${synthetic()}
      ></cw-ceasefire-timeline>`,
    );
    const facts = Object.fromEntries(
      $$(el, '.facts dt').map((dt) => [text(dt), text(dt.nextElementSibling)]),
    );
    expect(facts).to.deep.equal({
      When: '4 Jan 2030, about 04:00',
      Where: 'Region A',
      Ceasefire: 'Reported as a violation of the City X ceasefire (3 Jan 2030, 12:00).',
      Figures:
        'at least 3 civilians killed Source: Example Ministry. Reported by a party to the conflict; not independently verified. Cited from Example Publisher (2030-02).',
      // An event without claims of its own: its status as the data gives it.
      Status: 'Corroborated by an independent organisation.',
      'Reported by': 'Example Ministry',
      'Cited from': 'Example Publisher (2030-02) (the report’s heading: “Section Two”)',
    });
    expect(text($(el, '.card-summary'))).to.equal(
      'Example Ministry reported shelling in Region A.',
    );
    expect(text($(el, '.card-kind'))).to.equal('Reported ceasefire violation · 3 of 4');
  });

  it('the card keeps every version of a contradicted figure with why the default, and says when none was reported', async () => {
    const data = synthetic();
    data.events[3].figures.killed = [
      fig('a-1-first', 2),
      fig('a-1-second', 3, {
        qualifier: 'about',
        citation: { source: 'example-report', section: 'Annex' },
      }),
    ];
    data.contradictions.push({
      id: 'a-1',
      figures: ['a-1-first', 'a-1-second'],
      shown: 'a-1-first',
      reason: 'test',
    });
    data.events.push(attack('none', '2030-01-07'));
    const el = await mount(
      html`<cw-ceasefire-timeline
        locale="en-GB"
        selected="a-1"
        .data=${data}
      ></cw-ceasefire-timeline>`,
    );
    // The other version is cited by its locator, never by the section's own heading.
    expect(text($(el, '.claims .versions'))).to.equal(
      'Also given: about 3 — Example Ministry, Example Publisher (2030-02). Why this version: test',
    );
    el.selected = 'none';
    await el.updateComplete;
    const figures = $$(el, '.facts dt').find((dt) => text(dt) === 'Figures')!;
    expect(text(figures.nextElementSibling)).to.equal('No casualty figure reported');
    expect($(el, '[data-key="e:none"]')!.classList.contains('no-figure')).to.equal(true);
  });

  it('overlapping markers group with a count; selecting the group lists its events, each selectable', async () => {
    const el = await mount(
      html`<cw-ceasefire-timeline .data=${crowded()}></cw-ceasefire-timeline>`,
    );
    const badge = $(el, '.mark.group')!;
    expect(badge.dataset.key).to.equal('g:attack:g-1');
    expect(text(badge.querySelector('.count'))).to.equal('3');
    badge.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await el.updateComplete;
    expect(el.selected).to.equal(undefined);
    expect($(el, '.mark.group.active') === badge, 'the badge is active').to.equal(true);
    const picks = $$(el, '.card .pick');
    expect(picks.map((b) => b.dataset.id)).to.deep.equal(['g-1', 'g-2', 'g-3']);
    setTimeout(() => {
      picks[1].click();
    });
    const event = await oneEvent<CustomEvent<CwSelectDetail>>(el, 'cw-select');
    await el.updateComplete;
    expect(event.detail.id).to.equal('g-2');
    expect(text($(el, '.card-title'))).to.equal('Synthetic attack g-2');
    // The open card's event stays visible on the axis: drawn on its own over its group, ringed.
    expect(has(el, '.mark.active[data-key="e:g-2"]'), 'g-2 drawn on its own').to.equal(true);
    expect(has(el, '.mark.group.active'), '.mark.group.active').to.equal(false);
    expect(timelineFocused(el), 'focus is on the timeline').to.equal(true);
  });

  it('arrows from an open group enter it at its first event or leave to the one before', async () => {
    const el = await mount(
      html`<cw-ceasefire-timeline .data=${crowded()}></cw-ceasefire-timeline>`,
    );
    $(el, '.timeline')!.focus();
    $(el, '.mark.group')!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await el.updateComplete;
    await press(el, 'ArrowRight');
    await press(el, 'Enter');
    expect(el.selected).to.equal('g-1');
    $(el, '.mark.group')!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await el.updateComplete;
    await press(el, 'ArrowLeft');
    await press(el, 'Enter');
    expect(el.selected).to.equal('cf-2');
  });

  it('10,000 events render as groups, not 10,000 nodes, and the arrow keys still reach each one', async () => {
    const el = await mount(
      html`<cw-ceasefire-timeline .data=${many(10_000)}></cw-ceasefire-timeline>`,
      8000,
    );
    expect($$(el, '.mark').length).to.be.within(4, 300);
    expect(el.shadowRoot!.querySelectorAll('*').length).to.be.lessThan(3000);
    expect(text($(el, '.summary'))).to.match(
      /^2 ceasefires, 2,501 reported ceasefire violations and 7,501 reported attacks on populated areas/,
    );
    $(el, '.timeline')!.focus();
    await press(el, 'ArrowRight');
    await press(el, 'ArrowRight');
    await press(el, 'Enter');
    expect(el.selected).to.equal('m-0');
    expect(text($(el, '.card-kind'))).to.equal('Reported ceasefire violation · 2 of 10,004');
  });

  it('a screen-reader list names every event while the chart is drawn', async () => {
    const el = await mount(
      html`<cw-ceasefire-timeline locale="en-GB" .data=${synthetic()}></cw-ceasefire-timeline>`,
    );
    const list = $(el, 'ol.visually-hidden')!;
    expect(list.getAttribute('aria-label')).to.equal('Events in time order');
    expect($$(el, 'ol.visually-hidden li').map(text)).to.deep.equal([
      '2 Jan 2030. Reported attack on a populated area: Attack on Region B. Region B. 2 civilians killed, according to Example Ministry. Reported by a party to the conflict; not independently verified.',
      '3 Jan 2030, 12:00. Ceasefire: First ceasefire. Brokered in City X.',
      '4 Jan 2030, about 04:00. Reported violation of the City X ceasefire: Reported violation in Region A. Region A. At least 3 civilians killed, according to Example Ministry. Reported by a party to the conflict; not independently verified.',
      '6 Jan 2030. Ceasefire: Second ceasefire. Brokered in City Y.',
    ]);
    expect($(el, '.chart')!.getAttribute('aria-hidden')).to.equal('true');
  });
});

describe('<cw-ceasefire-timeline> vertical layout', () => {
  it('follows its own width, not the viewport', async () => {
    const el = await mount(
      html`<cw-ceasefire-timeline
        style="width: 400px"
        .data=${synthetic()}
      ></cw-ceasefire-timeline>`,
    );
    expect(has(el, '.rows'), '.rows').to.equal(true);
    el.style.width = '900px';
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    await el.updateComplete;
    expect(has(el, '.rows'), '.rows').to.equal(false);
    expect($(el, '.chart')!.getAttribute('width')).to.equal('868');
  });

  it('past the row limit the list groups events by day', async () => {
    const el = await mount(
      html`<cw-ceasefire-timeline
        style="width: 360px"
        .data=${many(1000)}
      ></cw-ceasefire-timeline>`,
    );
    const groups = $$(el, '.row.group');
    expect(groups.length).to.be.within(5, 8);
    groups[0].click();
    await el.updateComplete;
    expect($$(el, '.card .pick').length).to.be.greaterThan(100 - 1);
    expect(text($(el, '.card-note'))).to.match(/^Showing the first 100 of/);
  });
});
