import { expect, fixture, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/elements.js';
import { contrast } from '../components/regional-bar-chart/helpers.js';

const TAGS = ['cw-casualty-counter', 'cw-regional-bar-chart', 'cw-ceasefire-timeline'];

/** A system colour as the browser resolves it now. */
function system(name: string): string {
  const probe = document.createElement('span');
  probe.style.color = name;
  document.body.append(probe);
  const color = getComputedStyle(probe).color;
  probe.remove();
  return color;
}

/**
 * Forced colours beat every theme: under a light and a dark forced palette,
 * every element in every theme paints the system's Canvas behind CanvasText,
 * so every text it draws (HTML or SVG) keeps the reader's own contrast, and
 * its marks stand out (≥ 3:1).
 */
describe('forced colours beat every theme', () => {
  afterEach(() => emulateMedia({ forcedColors: 'none', colorScheme: 'light' }));

  for (const scheme of ['light', 'dark'] as const)
    for (const theme of ['light', 'dark', 'auto'])
      for (const tag of TAGS)
        it(`${tag} theme="${theme}" under a ${scheme} forced palette`, async () => {
          await emulateMedia({ forcedColors: 'active', colorScheme: scheme });
          const el = await fixture<HTMLElement>(
            `<${tag} theme="${theme}" start="none" highlight="barda"></${tag}>`,
          );
          await waitUntil(() => el.shadowRoot?.querySelector('.source'), 'no figures', {
            timeout: 5000,
          });
          const root = el.shadowRoot!.querySelector('.cw-root')!;
          const background = getComputedStyle(root).backgroundColor;
          expect(background, 'background').to.equal(system('Canvas'));
          // Every text it draws, HTML (its colour) and SVG (its fill: labels, values, ticks).
          for (const node of el.shadowRoot!.querySelectorAll('*')) {
            const own = [...node.childNodes].some(
              (c) => c.nodeType === Node.TEXT_NODE && c.textContent?.trim(),
            );
            if (!own || !node.checkVisibility() || node.closest('.visually-hidden')) continue;
            const style = getComputedStyle(node);
            const ink = node instanceof SVGElement ? style.fill : style.color;
            expect(contrast(ink, background), node.outerHTML.slice(0, 60)).to.be.at.least(4.5);
          }
          for (const mark of el.shadowRoot!.querySelectorAll('rect.bar, g.mark .shape')) {
            // A hollow marker (no figure) is its outline: fill or stroke, whichever is ink.
            const { fill, stroke } = getComputedStyle(mark);
            const inks = [fill, stroke].filter((ink) => ink !== 'none');
            const best = Math.max(...inks.map((ink) => contrast(ink, background)));
            expect(best, mark.outerHTML.slice(0, 60)).to.be.at.least(3);
          }
        });
});
