import { expect, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { defaultMedia } from '../../fixtures/media.js';
import { synthetic } from '../../fixtures/synthetic.js';
import { $, mount } from './helpers.js';

/**
 * The timeline under the reader's media settings, emulated: forced colours
 * and reduced motion. (Emulation is Chromium's: these are left out of the
 * Firefox run.)
 */
describe('<cw-ceasefire-timeline> under forced colours and reduced motion', () => {
  afterEach(defaultMedia);

  it('forced colors: markers take system colours; still no axe violations', async () => {
    await emulateMedia({ forcedColors: 'active' });
    const el = await mount(
      html`<cw-ceasefire-timeline selected="a-1" .data=${synthetic()}></cw-ceasefire-timeline>`,
    );
    const ring = getComputedStyle($(el, '.ring')!);
    const canvasText = getComputedStyle($(el, '.cw-root')!).color;
    expect(getComputedStyle($(el, '.attack .shape')!).fill).to.equal(canvasText);
    expect(ring.stroke).to.not.equal(canvasText);
    await expect(el).to.be.accessible();
  });

  it('reduced motion: the card and the selection ring do not animate, markers do not transition', async () => {
    const el = await mount(
      html`<cw-ceasefire-timeline selected="a-1" .data=${synthetic()}></cw-ceasefire-timeline>`,
    );
    expect(getComputedStyle($(el, '.card')!).animationName).to.equal('cw-card-in');
    expect(getComputedStyle($(el, '.ring')!).animationName).to.equal('cw-pop');
    expect(getComputedStyle($(el, '.shape')!).transitionDuration).to.not.equal('0s');
    await emulateMedia({ reducedMotion: 'reduce' });
    expect(getComputedStyle($(el, '.card')!).animationName).to.equal('none');
    expect(getComputedStyle($(el, '.ring')!).animationName).to.equal('none');
    expect(getComputedStyle($(el, '.shape')!).transitionProperty).to.equal('none');
  });
});
