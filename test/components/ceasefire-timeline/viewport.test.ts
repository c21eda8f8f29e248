import { expect, html, oneEvent } from '@open-wc/testing';
import { sendMouse, setViewport } from '@web/test-runner-commands';
import type { CwSelectDetail } from '../../../src/components/ceasefire-timeline/ceasefire-timeline.js';
import { synthetic } from '../../fixtures/synthetic.js';
import { $, $$, centre, has, many, mount, press, text, timelineFocused } from './helpers.js';

// Tests that size the window itself (a phone's, to scroll in): apart, as
// WebDriver (the WebKit run) sizes a window but not a viewport.
describe('<cw-ceasefire-timeline> in a phone-sized window', () => {
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
  });

  it('at 360 px it is a list with dates down the side and the same selection', async () => {
    await setViewport({ width: 360, height: 640 });
    const el = await mount(
      html`<cw-ceasefire-timeline locale="en-GB" .data=${synthetic()}></cw-ceasefire-timeline>`,
    );
    expect(has(el, '.chart'), '.chart').to.equal(false);
    const rows = $$(el, '.rows > .row');
    expect(rows.map((r) => r.dataset.key)).to.deep.equal(['e:a-1', 'e:cf-1', 'e:v-1', 'e:cf-2']);
    expect(text(rows[0].querySelector('.when'))).to.equal('2 Jan 2030');
    expect(text(rows[2].querySelector('.when'))).to.equal('4 Jan about 04:00');
    expect(text(rows[2].querySelector('.row-meta'))).to.equal(
      'Region A · at least 3 civilians killed · reported violation of the City X ceasefire',
    );
    // A ceasefire's row is ruled at its date; the rows after it are not shaded as "in force".
    expect(getComputedStyle(rows[1]).borderTopWidth).to.equal('2px');
    expect(getComputedStyle(rows[2]).borderTopWidth).to.equal('0px');
    expect(getComputedStyle(rows[2]).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
    const [x, y] = centre(rows[2].querySelector('.row-title')!);
    setTimeout(() => void sendMouse({ type: 'click', position: [x, y] }));
    const event = await oneEvent<CustomEvent<CwSelectDetail>>(el, 'cw-select');
    await el.updateComplete;
    expect(event.detail.id).to.equal('v-1');
    // The card opens right under its row.
    expect(
      has(el, '.row.active + .card-row .card-title'),
      '.row.active + .card-row .card-title',
    ).to.equal(true);
    await press(el, 'ArrowDown');
    expect(has(el, '.card'), 'moving on closes the card').to.equal(false);
    expect(has(el, '.row.active[data-key="e:cf-2"]'), 'cf-2 active').to.equal(true);
    await press(el, 'ArrowUp');
    await press(el, 'ArrowLeft');
    await press(el, 'Enter');
    expect(el.selected).to.equal('cf-1');
    expect(has(el, '.row.active + .card-row .card-title'), 'card under its row').to.equal(true);
    await press(el, 'Escape');
    expect(has(el, '.card'), '.card').to.equal(false);
    expect(timelineFocused(el), 'focus is on the timeline').to.equal(true);
  });

  it('the keys bring the active row, and the card they open, into view', async () => {
    await setViewport({ width: 360, height: 400 });
    const el = await mount(html`<cw-ceasefire-timeline .data=${many(40)}></cw-ceasefire-timeline>`);
    // Its top edge on screen, give or take a pixel: Firefox scrolls to fractions.
    const inView = (node: Element | null) => {
      const box = node!.getBoundingClientRect();
      return box.top > -1 && box.top < innerHeight;
    };
    $(el, '.timeline')!.focus();
    await press(el, 'End');
    expect(inView($(el, '.row.active')), 'the last row').to.equal(true);
    await press(el, 'Enter');
    expect(inView($(el, '.card')), 'its card').to.equal(true);
    await press(el, 'Home');
    expect(inView($(el, '.row.active')), 'the first row').to.equal(true);
  });
});
