import { expect, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, getSnapshotConfig, writeFile } from '@web/test-runner-commands';
import { chart, many, parts } from './helpers.js';

/**
 * Normalised SVG snapshots of the default chart (synthetic data), wide and
 * narrow. A missing snapshot fails and prints the new content; a changed one
 * fails and prints it too. To accept a deliberate visual change, rerun only
 * this file with --update-snapshots, which rewrites the files under
 * __snapshots__ (see “Development” in README.md):
 *
 *   npx web-test-runner "build/test/components/regional-bar-chart/snapshot.test.js" --update-snapshots
 */
const DIR = 'test/components/regional-bar-chart/__snapshots__';
/** From build/test/components/regional-bar-chart/ (where this runs) back to the source tree. */
const FROM_BUILD = '../../../../';

/** Stable text for an SVG: no Lit markers, numbers to one decimal, per-instance ids replaced, classes sorted, one tag a line. */
export function normalise(svg: SVGSVGElement): string {
  return (
    new XMLSerializer()
      .serializeToString(svg)
      .replace(/<!--[^]*?-->/g, '')
      .replace(/cw-rbc-\d+-/g, 'ID-')
      // classMap leaves different spacing after a first render than after an update.
      .replace(
        /class="([^"]*)"/g,
        (_, c: string) => `class="${c.trim().split(/\s+/).sort().join(' ')}"`,
      )
      .replace(/-?\d+\.\d+/g, (n) => {
        const rounded = Number(n).toFixed(1);
        return rounded === '-0.0' ? '0.0' : rounded;
      })
      .replace(/>\s+</g, '><')
      .replace(/\s+/g, ' ')
      .replace(/></g, '>\n<')
      .trim()
  );
}

async function check(name: string, actual: string): Promise<void> {
  const path = `${DIR}/${name}`;
  if ((await getSnapshotConfig()).updateSnapshots) {
    await writeFile({ path: `${FROM_BUILD}${path}`, content: `${actual}\n` });
    return;
  }
  const response = await fetch(`/${path}`, { cache: 'no-store' });
  const expected = response.ok ? (await response.text()).trim() : undefined;
  if (expected !== actual) {
    console.log(`----- BEGIN ${name} -----\n${actual}\n----- END ${name} -----`);
  }
  expect(
    expected,
    `No snapshot at ${path}: check the SVG printed above, then rerun with --update-snapshots`,
  ).not.to.equal(undefined);
  expect(actual, `${name} changed: if intended, rerun with --update-snapshots`).to.equal(expected);
}

describe('<cw-regional-bar-chart> SVG snapshot', () => {
  afterEach(async () => {
    await emulateMedia({ reducedMotion: 'no-preference' });
  });

  for (const width of [640, 320]) {
    it(`the default chart at ${width}px matches __snapshots__/default-${width}.svg`, async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
      const el = await chart(
        html`<div style="width: ${width}px">
          <cw-regional-bar-chart .data=${many()}></cw-regional-bar-chart>
        </div>`,
      );
      await waitUntil(() => parts(el).svg()!.classList.contains('grown'), 'never seen');
      await check(`default-${width}.svg`, normalise(parts(el).svg()!));
    });
  }
});
