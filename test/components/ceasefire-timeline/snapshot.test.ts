import { expect, html } from '@open-wc/testing';
import { synthetic } from '../../fixtures/synthetic.js';
import { attack, mount } from './helpers.js';

/**
 * Normalised SVG snapshot of the wide layout. To update it after an
 * intended change: delete __snapshots__/timeline.svg, run this test, and
 * save the text it prints between the BEGIN and END lines to that file
 * (see “Development” in README.md).
 */
const SNAPSHOT = '/test/components/ceasefire-timeline/__snapshots__/timeline.svg';

/** Stable text for an SVG: no Lit markers, numbers to one decimal, generated ids replaced, one tag a line. */
export function normalise(svg: SVGSVGElement): string {
  const ids = new Map<string, string>();
  const id = (raw: string) => {
    if (!ids.has(raw)) ids.set(raw, `id-${ids.size + 1}`);
    return ids.get(raw)!;
  };
  return new XMLSerializer()
    .serializeToString(svg)
    .replace(/<!--[^]*?-->/g, '')
    .replace(/\bid="([^"]+)"/g, (_, raw: string) => `id="${id(raw)}"`)
    .replace(/url\(#([^)]+)\)/g, (_, raw: string) => `url(#${id(raw)})`)
    .replace(/-?\d+\.\d+/g, (n) => {
      const rounded = Number(n).toFixed(1);
      return rounded === '-0.0' ? '0.0' : rounded;
    })
    .replace(/>\s+</g, '><')
    .replace(/></g, '>\n<')
    .trim();
}

describe('<cw-ceasefire-timeline> SVG snapshot', () => {
  it('the wide layout (ceasefire lines, links, markers, a group, a selection, axis, totals) matches the snapshot', async () => {
    const data = synthetic();
    data.events.push(
      attack('g-1', '2030-01-08T10:00', 4),
      attack('g-2', '2030-01-08T11:00'),
      attack('g-3', '2030-01-09'),
    );
    const el = await mount(
      html`<cw-ceasefire-timeline
        style="width: 760px"
        locale="en-GB"
        show-totals
        selected="v-1"
        .data=${data}
      ></cw-ceasefire-timeline>`,
    );
    const actual = normalise(el.shadowRoot!.querySelector<SVGSVGElement>('svg.chart')!);
    const response = await fetch(SNAPSHOT);
    const expected = response.ok ? (await response.text()).trim() : undefined;
    if (expected !== actual) {
      console.log(`----- BEGIN timeline.svg -----\n${actual}\n----- END timeline.svg -----`);
    }
    expect(expected, `No snapshot at ${SNAPSHOT}: save the printed content there`).to.not.equal(
      undefined,
    );
    expect(actual).to.equal(expected);
  });
});
