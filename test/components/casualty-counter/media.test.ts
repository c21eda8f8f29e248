import { expect, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { defaultMedia } from '../../fixtures/media.js';
import type { CwCasualtyCounter } from '../../../src/components/casualty-counter/casualty-counter.js';
import { synthetic } from '../../fixtures/synthetic.js';
import { counter, parts } from './helpers.js';

/**
 * The counter under the reader's media settings, emulated: a dark colour
 * scheme and forced colours. (Emulation is Chromium's: these are left out of
 * the Firefox run.)
 */
describe('<cw-casualty-counter> under a dark colour scheme and forced colours', () => {
  afterEach(defaultMedia);

  it('theme="auto" follows the page: light on a dark OS unless the page declares a dark-capable colour scheme', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const background = (el: CwCasualtyCounter) => getComputedStyle(parts(el).root).backgroundColor;
    const make = (theme?: string) =>
      counter(
        html`<cw-casualty-counter
          theme=${theme ?? 'auto'}
          start="none"
          .data=${synthetic()}
        ></cw-casualty-counter>`,
      );
    const [light, dark] = [await make('light'), await make('dark')];
    expect(background(light)).not.to.equal(background(dark));
    expect(background(await make()), 'a page that declares nothing stays light').to.equal(
      background(light),
    );
    document.documentElement.style.colorScheme = 'light dark';
    try {
      const auto = await make();
      expect(background(auto), 'a light-dark page on a dark OS').to.equal(background(dark));
      expect(background(light), 'theme="light" still forces light').not.to.equal(background(dark));
      await expect(auto).to.be.accessible();
    } finally {
      document.documentElement.style.removeProperty('color-scheme');
    }
  });

  it('in forced-colors mode the figure is still visible text, with no axe violations', async () => {
    await emulateMedia({ forcedColors: 'active' });
    const el = await counter(
      html`<cw-casualty-counter start="none" .data=${synthetic()}></cw-casualty-counter>`,
    );
    const digits = parts(el).digitsEl()!;
    const style = getComputedStyle(digits);
    expect(matchMedia('(forced-colors: active)').matches).to.be.true;
    expect(digits.textContent).to.equal('12');
    expect(style.visibility).to.equal('visible');
    expect(style.opacity).to.equal('1');
    expect(style.color).not.to.equal(getComputedStyle(parts(el).root).backgroundColor);
    expect(digits.getBoundingClientRect().width).to.be.above(0);
    await expect(el).to.be.accessible();
  });
});
