import { expect, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { defaultMedia } from '../../fixtures/media.js';
import type { CwRegionalBarChart } from '../../../src/components/regional-bar-chart/regional-bar-chart.js';
import { synthetic } from '../../fixtures/synthetic.js';
import { chart, everything, parts } from './helpers.js';

/**
 * The chart under the reader's media settings, emulated: a dark colour
 * scheme, forced colours, motion and reduced motion. (Emulation is
 * Chromium's: these are left out of the Firefox run.)
 */
describe('<cw-regional-bar-chart> under a dark colour scheme, forced colours and motion settings', () => {
  afterEach(defaultMedia);

  it('theme="auto" follows the page colour scheme, not the OS', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const make = (theme: string) =>
      chart(
        html`<cw-regional-bar-chart theme=${theme} .data=${synthetic()}></cw-regional-bar-chart>`,
      );
    const bg = (el: CwRegionalBarChart) => getComputedStyle(parts(el).root).backgroundColor;
    const [light, dark] = [bg(await make('light')), bg(await make('dark'))];
    expect(bg(await make('auto')), 'a page that declares nothing').to.equal(light);
    document.documentElement.style.colorScheme = 'dark';
    try {
      expect(bg(await make('auto')), 'a dark page').to.equal(dark);
      expect(bg(await make('light')), 'theme="light" on a dark page').to.equal(light);
    } finally {
      document.documentElement.style.removeProperty('color-scheme');
    }
  });

  it('in forced-colors mode bars and text use system colours, the highlight uses Highlight, and axe passes', async () => {
    await emulateMedia({ forcedColors: 'active' });
    const el = await chart(everything('light'));
    const probe = document.createElement('span');
    document.body.append(probe);
    const system = (color: string) => {
      probe.style.color = color;
      return getComputedStyle(probe).color;
    };
    const [plainRow, highlighted] = [
      parts(el)
        .rows()
        .find((r) => !r.classList.contains('highlighted'))!,
      parts(el)
        .rows()
        .find((r) => r.classList.contains('highlighted'))!,
    ];
    expect(getComputedStyle(plainRow.querySelector('.bar')!).fill).to.equal(system('CanvasText'));
    expect(getComputedStyle(highlighted.querySelector('.bar')!).fill).to.equal(system('Highlight'));
    expect(getComputedStyle(plainRow.querySelector('.label')!).fill).to.equal(system('CanvasText'));
    expect(getComputedStyle(parts(el).root).backgroundColor).to.equal(
      ((probe.style.color = 'Canvas'), getComputedStyle(probe).color),
    );
    probe.remove();
    await expect(el).to.be.accessible();
  });

  it('bars grow in on first view: scaled to 0 until the chart is seen, then transitioned to full length', async () => {
    const el = await chart(
      html`<div>
        <div style="height: 3000px"></div>
        <cw-regional-bar-chart .data=${synthetic()}></cw-regional-bar-chart>
      </div>`,
    );
    const bar = parts(el).bars()[0];
    expect(parts(el).svg()!.classList.contains('grown')).to.be.false;
    expect(getComputedStyle(bar).transform).to.equal('matrix(0, 0, 0, 1, 0, 0)');
    expect(getComputedStyle(bar).transitionProperty).to.equal('transform');
    el.scrollIntoView();
    await waitUntil(() => parts(el).svg()!.classList.contains('grown'), 'never grew');
    const value = el.shadowRoot!.querySelector('.value')!;
    expect(getComputedStyle(value).transitionDuration).to.equal('0s');
    expect(getComputedStyle(value).transform).to.equal('none');
  });

  it('with reduced motion the bars are drawn at full length at once, even before the chart is seen', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const el = await chart(
      html`<div>
        <div style="height: 3000px"></div>
        <cw-regional-bar-chart .data=${synthetic()}></cw-regional-bar-chart>
      </div>`,
    );
    const style = getComputedStyle(parts(el).bars()[0]);
    expect(style.transform).to.equal('none');
    expect(style.transitionDuration).to.equal('0s');
  });
});
