import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/casualty-counter/casualty-counter.js';
import type { CwCasualtyCounter } from '../../src/components/casualty-counter/casualty-counter.js';
import { synthetic } from '../fixtures/synthetic.js';

/** Module files of the library this page has requested so far, by file name. */
const requested = () =>
  performance
    .getEntriesByType('resource')
    .map((entry) => entry.name.split('?')[0]?.split('/').pop() ?? '')
    .filter((name) => name.endsWith('.js'));

const shows = (el: CwCasualtyCounter, text: string) =>
  el.shadowRoot?.querySelector('[part="figure"]')?.textContent.includes(text) ?? false;

// Runs alone in its page (one test file per page), so nothing else has loaded the validator.
describe('the validator and parsers load only for data a page gives', () => {
  it('a counter on the bundled dataset never requests them; .data then does', async () => {
    const el = await fixture<CwCasualtyCounter>(
      html`<cw-casualty-counter start="none"></cw-casualty-counter>`,
    );
    await waitUntil(() => shows(el, '91'), 'the bundled figure never showed');
    expect(requested()).to.include('karabakh-2020.generated.js');
    expect(requested()).not.to.include('read-dataset.js');
    expect(requested()).not.to.include('validate.js');

    el.data = synthetic();
    // Imports the validator and parsers, unbundled: slower than a second on a busy machine.
    await waitUntil(() => !shows(el, '91'), 'the page’s own data never showed', { timeout: 5000 });
    expect(requested()).to.include.members(['read-dataset.js', 'validate.js']);
  });
});
