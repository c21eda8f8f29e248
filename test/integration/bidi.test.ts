import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/elements.js';
import { defaultDataset } from '../../src/data/default-dataset.js';
import type { Dataset } from '../../src/data/types.js';
import { registerCatalogue } from '../../src/elements.js';

/** The bundled dataset in English, with some region names in Arabic. */
async function withArabicNames(names: Record<string, string>): Promise<Dataset> {
  const data = structuredClone(await defaultDataset());
  delete data.translations;
  for (const region of data.regions) region.name = names[region.id] ?? region.name;
  return data;
}

async function mount(template: TemplateResult, data: Dataset | undefined, ready: string) {
  const el = await fixture<HTMLElement & { data: Dataset }>(template);
  if (data) el.data = data;
  await waitUntil(() => el.shadowRoot?.querySelector(ready), `never showed ${ready}`, {
    timeout: 5000,
  });
  return el;
}

/** Where on screen `part` of the text under `box` starts: the left edge of its drawn glyphs. */
function leftOf(box: Element, part: string): number {
  const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = node.textContent!.indexOf(part);
    if (at < 0) continue;
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + part.length);
    return range.getBoundingClientRect().left;
  }
  throw new Error(`no “${part}” in ${box.textContent}`);
}

/** The parts of the text under `box`, as a reader sees them from left to right. */
const leftToRight = (box: Element, parts: readonly string[]) =>
  [...parts].sort((a, b) => leftOf(box, a) - leftOf(box, b));

const GANJA = 'كنجة';
const MINGACHEVIR = 'منكتشفير';
const DASHKASAN = 'داشكسن';

describe('names written the other way keep their place in a sentence', () => {
  it('timeline: an Arabic region name in an English label leaves the date after it ("كنجة, 11 Oct")', async () => {
    const el = await mount(
      html`<cw-ceasefire-timeline await-data style="width: 1100px"></cw-ceasefire-timeline>`,
      await withArabicNames({ ganja: GANJA }),
      'svg text.label',
    );
    const label = [...el.shadowRoot!.querySelectorAll('text.label')].find((t) =>
      t.textContent.includes('11 Oct'),
    )!;
    expect(label.textContent).to.contain(GANJA);
    expect(leftToRight(label, ['11', 'Oct', GANJA])).to.deep.equal([GANJA, '11', 'Oct']);
  });

  it('timeline list: an Arabic region name keeps the toll after it ("كنجة · 13 civilians killed")', async () => {
    const el = await mount(
      html`<cw-ceasefire-timeline await-data style="width: 360px"></cw-ceasefire-timeline>`,
      await withArabicNames({ ganja: GANJA }),
      '.rows .row-meta',
    );
    // The 17 October strike's row: the name starts it, so both are on its first line.
    const meta = [...el.shadowRoot!.querySelectorAll('.row-meta')].find((m) =>
      m.textContent.includes('13 civilians killed'),
    )!;
    expect(meta.textContent).to.contain(GANJA);
    expect(leftToRight(meta, ['13 civilians', GANJA])).to.deep.equal([GANJA, '13 civilians']);
  });

  it('bar chart: a list of Arabic names stays in its order ("Not reported: منكتشفير, داشكسن, …")', async () => {
    const el = await mount(
      html`<cw-regional-bar-chart await-data style="width: 700px"></cw-regional-bar-chart>`,
      await withArabicNames({ mingachevir: MINGACHEVIR, dashkasan: DASHKASAN }),
      '.not-reported',
    );
    const list = el.shadowRoot!.querySelector('.not-reported')!;
    expect(list.textContent).to.match(new RegExp(`${MINGACHEVIR}.*${DASHKASAN}.*Jabrayil`));
    expect(leftToRight(list, ['Not reported', 'Jabrayil', DASHKASAN, MINGACHEVIR])).to.deep.equal([
      'Not reported',
      MINGACHEVIR,
      DASHKASAN,
      'Jabrayil',
    ]);
  });

  it('counter: on a Hebrew page without a Hebrew catalogue, the English words read left to right', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div lang="he"><cw-casualty-counter start="none"></cw-casualty-counter></div>`,
    );
    const el = wrapper.firstElementChild!;
    await waitUntil(() => el.shadowRoot?.querySelector('.versions > p'), 'no versions');
    expect(el.shadowRoot!.querySelector('.cw-root')!.getAttribute('dir')).to.equal('rtl');
    // "The report also gives 65 (date not stated)." with its full stop at its end, on the right.
    const line = el.shadowRoot!.querySelector('.versions > p')!;
    expect(leftToRight(line, ['.', 'stated', 'The report'])).to.deep.equal([
      'The report',
      'stated',
      '.',
    ]);
  });

  describe('in a right-to-left catalogue that leaves words out', () => {
    before(() => {
      registerCatalogue('ar', { dir: 'rtl' });
    });

    it('counter: an English fill-in reads left to right as a whole ("Why ٩١ is shown")', async () => {
      const warn = console.warn;
      console.warn = () => {};
      try {
        const el = await mount(
          html`<cw-casualty-counter locale="ar-EG" start="none"></cw-casualty-counter>`,
          undefined,
          '.versions summary',
        );
        const why = el.shadowRoot!.querySelector('.versions summary')!;
        expect(el.shadowRoot!.querySelector('.cw-root')!.getAttribute('dir')).to.equal('rtl');
        expect(leftToRight(why, ['is shown', 'Why', '٩١'])).to.deep.equal([
          'Why',
          '٩١',
          'is shown',
        ]);
      } finally {
        console.warn = warn;
      }
    });
  });
});
