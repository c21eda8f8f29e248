import { expect, html } from '@open-wc/testing';
import { accessibleDescription, ariaSnapshot } from '../../fixtures/aria-snapshot.js';
import { synthetic } from '../../fixtures/synthetic.js';
import { mount } from './helpers.js';

/**
 * What a screen reader walks: the accessibility tree, read through
 * Playwright and Chromium's DevTools protocol (so left out of the Firefox run).
 */
describe('<cw-ceasefire-timeline> in the accessibility tree', () => {
  it('the key help is read once, as the description on focus, not also in the reading path', async () => {
    await mount(html`<cw-ceasefire-timeline id="tl" .data=${synthetic()}></cw-ceasefire-timeline>`);
    expect(await accessibleDescription('#tl', '.timeline')).to.match(
      /populated area between .*\. Arrow keys move between events in time order/,
    );
    expect(await ariaSnapshot('#tl')).not.to.contain('Arrow keys');
  });
});
