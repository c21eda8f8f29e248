import { expect, html } from '@open-wc/testing';
import { synthetic } from '../../fixtures/synthetic.js';
import { $, has, mount, text } from './helpers.js';

describe('<cw-ceasefire-timeline> accessibility', () => {
  for (const theme of ['light', 'dark']) {
    it(`axe finds no violations, theme="${theme}", card open`, async () => {
      const el = await mount(
        html`<cw-ceasefire-timeline
          theme=${theme}
          show-totals
          selected="v-1"
          .data=${synthetic()}
        ></cw-ceasefire-timeline>`,
      );
      await expect(el).to.be.accessible();
    });

    it(`axe finds no violations in the vertical list, theme="${theme}", card open`, async () => {
      const el = await mount(
        html`<cw-ceasefire-timeline
          style="width: 360px"
          theme=${theme}
          show-totals
          selected="cf-1"
          .data=${synthetic()}
        ></cw-ceasefire-timeline>`,
      );
      expect(has(el, '.rows'), '.rows').to.equal(true);
      await expect(el).to.be.accessible();
    });
  }

  it('the timeline is a named group described by the summary and the key help', async () => {
    const el = await mount(
      html`<cw-ceasefire-timeline .data=${synthetic()}></cw-ceasefire-timeline>`,
    );
    const box = $(el, '.timeline')!;
    expect(box.getAttribute('role')).to.equal('group');
    expect(box.getAttribute('tabindex')).to.equal('0');
    const described = box
      .getAttribute('aria-describedby')!
      .split(' ')
      .map((id) => text($(el, `#${id}`)));
    expect(described[0]).to.match(
      /^2 ceasefires, 1 reported ceasefire violation and 1 reported attack on a populated area between/,
    );
    expect(described[1]).to.match(/^Arrow keys move between events in time order/);
  });

  it('selection is announced in a status region', async () => {
    const el = await mount(
      html`<cw-ceasefire-timeline locale="en-GB" .data=${synthetic()}></cw-ceasefire-timeline>`,
    );
    el.selected = 'cf-2';
    await el.updateComplete;
    expect(text($(el, '[role="status"]'))).to.equal(
      'Ceasefire: Second ceasefire, 6 Jan 2030. 4 of 4.',
    );
  });
});
