import { expect, waitUntil } from '@open-wc/testing';
import '../../src/elements.js';
import { parseCsv } from '../../src/data/csv.js';
import type { Dataset } from '../../src/data/types.js';
import { many } from '../components/regional-bar-chart/helpers.js';
import { synthetic } from '../fixtures/synthetic.js';

type Widget = HTMLElement & { data?: Dataset; updateComplete: Promise<boolean> };

/** Mounts `markup` in a 900 px box, with `data` set when given, and waits for it to draw. */
async function mount(markup: string, data?: Dataset) {
  const box = document.createElement('div');
  box.style.width = '900px';
  box.innerHTML = markup;
  const el = box.firstElementChild as Widget;
  if (data) el.data = data;
  document.body.append(box);
  await waitUntil(() => el.shadowRoot?.querySelector('.source'), 'never drew', { timeout: 5000 });
  await el.updateComplete;
  return { box, el };
}

const link = (el: Widget) => el.shadowRoot?.querySelector<HTMLAnchorElement>('a[download]');

/** The link once it has its file (the CSV writer loads on the first download link). */
async function linked(el: Widget): Promise<HTMLAnchorElement> {
  await waitUntil(() => link(el)?.getAttribute('href'), 'the link never got its file');
  const a = link(el);
  if (!a) throw new Error('no download link');
  return a;
}

/** The linked file's text, as a browser saves it. */
async function download(el: Widget): Promise<string> {
  return (await fetch((await linked(el)).href)).text();
}

/** The file's rows, each a map of column to cell, as the library's own reader sees them. */
function rows(csv: string): Partial<Record<string, string>>[] {
  const [header = '', ...lines] = csv
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split('\r\n');
  const names = header.split(',');
  // The synthetic data has no quoted cells with commas in the columns compared here.
  return lines.map((line) => Object.fromEntries(line.split(',').map((c, i) => [names[i], c])));
}

const shown = (el: Widget, selector: string) =>
  [...(el.shadowRoot?.querySelectorAll(selector) ?? [])].map((n) => n.textContent.trim());

describe('Get the data: the download attribute', () => {
  it('no link without download; one real, named CSV link with it', async () => {
    const plain = await mount('<cw-regional-bar-chart></cw-regional-bar-chart>', synthetic());
    const on = await mount('<cw-regional-bar-chart download></cw-regional-bar-chart>', synthetic());
    try {
      expect(link(plain.el)).to.equal(null);
      const a = await linked(on.el);
      expect(a.textContent.trim()).to.equal('Get the data (CSV)');
      expect(a.getAttribute('download')).to.equal('civilians-killed-by-region-synthetic.csv');
      expect(a.href).to.match(/^data:text\/csv;charset=utf-8,/);
      // A link a keyboard reaches: in the tab order, outside the (hideable) source block.
      expect(a.tabIndex).to.equal(0);
      expect(a.closest('.source-block')).to.equal(null);
    } finally {
      plain.box.remove();
      on.box.remove();
    }
  });

  it('bar chart: every region the table lists, with every version, not-reported regions empty', async () => {
    const { box, el } = await mount(
      '<cw-regional-bar-chart download sort="name"></cw-regional-bar-chart>',
      many(),
    );
    try {
      const csv = await download(el);
      const figures = rows(csv).filter((r) => r.type === 'figure' && r.metric === 'killed');
      const regional = figures.filter((r) => r.region);
      // The table's rows (region names), and the regions it says were not reported.
      const listed = shown(el, '[part=table] tbody th');
      expect(new Set(regional.map((r) => r.region))).to.deep.equal(new Set(listed));
      expect(regional.filter((r) => r.value === '').map((r) => r.region)).to.have.members([
        'Region C',
        'Region G',
      ]);
      const h = regional.find((r) => r.region === 'Region H');
      expect([h?.value, h?.qualifier]).to.deep.equal(['9', 'at-least']);
      // The national figure the reconciliation compares with.
      expect(figures.filter((r) => !r.region).map((r) => r.value)).to.deep.equal(['40']);
      expect(
        figures.every(
          (r) => r.value === '' || /^(\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?)?$/.test(r.as_of ?? ''),
        ),
      ).to.equal(true);
    } finally {
      box.remove();
    }
  });
});

describe('Get the data: what each element shows, and nothing else', () => {
  it('counter: the figure shown and its other versions, with the contradiction that picks it', async () => {
    const { box, el } = await mount(
      '<cw-casualty-counter download start="none" region="region-a"></cw-casualty-counter>',
      synthetic(),
    );
    try {
      const csv = await download(el);
      const figures = rows(csv).filter((r) => r.type === 'figure');
      const final = shown(el, '.ghost')[0];
      expect(figures[0]?.value).to.equal(final);
      expect(figures.map((r) => r.region)).to.deep.equal(figures.map(() => 'Region A'));
      expect(figures.every((r) => r.metric === 'killed')).to.equal(true);
      // Versions shown on the page: one line per other version in the folded list.
      expect(figures.length).to.equal(1 + shown(el, '[part=versions] li').length);
    } finally {
      box.remove();
    }
  });

  it('counter: "not reported" is a row with the region and metric and an empty value', async () => {
    const { box, el } = await mount(
      '<cw-casualty-counter download region="region-c"></cw-casualty-counter>',
      synthetic(),
    );
    try {
      expect(shown(el, '[part=statement]')[0]).to.match(/not reported/i);
      const figures = rows(await download(el)).filter((r) => r.type === 'figure');
      expect(figures.map((r) => [r.region, r.metric, r.value])).to.deep.equal([
        ['Region C', 'killed', ''],
      ]);
    } finally {
      box.remove();
    }
  });

  it('timeline: the events drawn and listed, in range and of the kinds shown', async () => {
    const { box, el } = await mount(
      '<cw-ceasefire-timeline download kinds="attack"></cw-ceasefire-timeline>',
      synthetic(),
    );
    try {
      const events = rows(await download(el)).filter((r) =>
        /^(attack|violation|ceasefire)$/.test(r.type ?? ''),
      );
      const attacks = synthetic().events.filter((e) => e.kind === 'attack');
      expect(events.map((r) => r.id)).to.have.members(attacks.map((e) => e.id));
      for (const e of attacks) expect(el.shadowRoot?.textContent).to.include(e.title);
    } finally {
      box.remove();
    }
  });

  it('what it downloads reads back, through the same reader, as the figures it shows', async () => {
    for (const markup of [
      '<cw-casualty-counter download start="none" region="region-a"></cw-casualty-counter>',
      // The default range reaches the last national figure, which the timeline does not show.
      '<cw-ceasefire-timeline download from="2030-01-01" to="2030-01-10"></cw-ceasefire-timeline>',
    ]) {
      const { box, el } = await mount(markup, synthetic());
      try {
        const read = parseCsv(await download(el), 'the download');
        if (!read.ok) throw new Error(read.message);
        expect(read.skipped).to.deep.equal([]);
        const again = await mount(markup, read.data);
        try {
          expect(again.el.shadowRoot?.querySelector('.cw-root')?.textContent).to.equal(
            el.shadowRoot?.querySelector('.cw-root')?.textContent,
          );
        } finally {
          again.box.remove();
        }
      } finally {
        box.remove();
      }
    }
  });
});
