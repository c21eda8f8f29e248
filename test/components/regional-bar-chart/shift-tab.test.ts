import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { between, focusedIndex, parts } from './helpers.js';

// Apart from the other keyboard tests: it holds Shift down, which WebDriver's
// sendKeys (the WebKit run) cannot do.
describe('<cw-regional-bar-chart> Shift+Tab', () => {
  it('Shift+Tab out and Tab back: the chart comes back at the bar it was on, still closed', async () => {
    const el = await between();
    el.parentElement!.querySelector<HTMLButtonElement>('#before')!.focus();
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'End' });
    expect(focusedIndex(el), 'End').to.equal(5);
    // Shift held apart from Tab: Puppeteer, which drives Firefox, knows no "Shift+Tab".
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(el.parentElement!.querySelector('#before'), 'out, before the chart').to.equal(
      document.activeElement,
    );
    await sendKeys({ press: 'Tab' });
    expect(focusedIndex(el), 'Tab back').to.equal(5);
    expect(parts(el).details().hidden, 'details closed').to.equal(true);
  });
});
