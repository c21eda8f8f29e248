import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/elements.js';
import { defaultDataset } from '../../src/data/default-dataset.js';
import type { Dataset } from '../../src/data/types.js';

/** The bundled dataset, English, without its French and Russian labels, or with `translations`. */
async function english(translations?: Dataset['translations']): Promise<Dataset> {
  const data = structuredClone(await defaultDataset());
  delete data.translations;
  return translations ? { ...data, translations } : data;
}

async function mount(template: TemplateResult, data: Dataset, ready: string): Promise<HTMLElement> {
  const el = await fixture<HTMLElement & { data: Dataset }>(template);
  el.data = data;
  await waitUntil(() => el.shadowRoot?.querySelector(ready), `never showed ${ready}`, {
    timeout: 5000,
  });
  return el;
}

/** Each part of what `selector` selects marked with a language: [lang, text]. */
const marked = (el: HTMLElement, selector: string) =>
  [...el.shadowRoot!.querySelectorAll(selector)].flatMap((box) =>
    [...box.querySelectorAll('[lang]')].map((n) => [n.getAttribute('lang'), n.textContent]),
  );

const COUNTER = html`<cw-casualty-counter
  locale="fr"
  start="none"
  await-data
></cw-casualty-counter>`;
const CHART = html`<cw-regional-bar-chart
  locale="fr"
  await-data
  metric="killed,injured"
  style="width: 700px"
></cw-regional-bar-chart>`;
const TIMELINE = html`<cw-ceasefire-timeline
  locale="fr"
  await-data
  selected="violation-barda-2020-10-28"
></cw-ceasefire-timeline>`;
const BARDA = 'Reported rocket strike on Barda, 28 October';
/** The scope's "reported by", in the chart's summary and the timeline's title. */
const WHOSE = 'Azerbaijani authorities and an advocacy report';

describe('labels the dataset does not translate are marked with their language', () => {
  it('counter: a French page, English data: the summary marks "civilians killed"', async () => {
    const el = await mount(COUNTER, await english(), '.summary');
    expect(marked(el, '.summary')).to.deep.equal([['en', 'civilians killed']]);
  });

  it('bar chart: title, summary, legend and table headings mark the labels', async () => {
    const el = await mount(CHART, await english(), 'table');
    expect(marked(el, '.title')).to.deep.equal([
      ['en', 'Civilians killed'],
      ['en', 'civilians injured'],
    ]);
    expect(marked(el, '.legend')).to.deep.equal([
      ['en', 'Civilians killed'],
      ['en', 'Civilians injured'],
    ]);
    expect(marked(el, 'thead')).to.deep.equal([
      ['en', 'Civilians killed'],
      ['en', 'Civilians injured'],
    ]);
    expect(marked(el, 'caption')).to.deep.include(['en', 'Civilians killed']);
    expect(marked(el, '.summary')).to.deep.include(['en', WHOSE]);
  });

  it('timeline: the card title, its figures and the list name the event in English', async () => {
    const el = await mount(TIMELINE, await english(), '.card-title');
    expect(marked(el, '.card-title')).to.deep.equal([['en', BARDA]]);
    expect(marked(el, '.title')).to.deep.equal([['en', WHOSE]]);
    expect(marked(el, '.claims .figure')).to.deep.include(['en', 'civilians killed']);
    const list = marked(el, 'ol.visually-hidden');
    expect(list).to.deep.include(['en', BARDA]);
    // The claim Amnesty corroborated, quoted in the list in the dataset's words.
    const verified = list.find(([, t]) => t?.includes('9M55 Smerch'));
    expect(verified?.[0]).to.equal('en');
  });

  it('timeline notes: the totals in words mark the metric label', async () => {
    const el = await mount(
      html`<cw-ceasefire-timeline locale="fr" await-data show-totals></cw-ceasefire-timeline>`,
      await english(),
      '.notes p',
    );
    expect(marked(el, '.notes')).to.deep.include(['en', 'civilians killed']);
  });

  it('timeline list: a row names the ceasefire it says was violated, marked', async () => {
    // Without where it was brokered, a row names a ceasefire by its title.
    const data = await english();
    const us = data.events.find((e) => e.title === 'US-mediated humanitarian ceasefire')!;
    delete us.brokeredIn;
    const el = await mount(
      html`<cw-ceasefire-timeline
        locale="fr"
        await-data
        style="width: 360px"
      ></cw-ceasefire-timeline>`,
      data,
      '.row-meta',
    );
    expect(marked(el, '.row-meta')).to.deep.include(['en', us.title]);
    // The list read beside the wide chart names it too, in each violation's line.
    el.style.width = '800px';
    await waitUntil(() => el.shadowRoot!.querySelector('ol.visually-hidden li'), 'no list', {
      timeout: 5000,
    });
    const lines = [...el.shadowRoot!.querySelectorAll('ol.visually-hidden li')];
    const tartar = lines.find((li) => li.textContent.includes('Safiyan'))!;
    expect(tartar.querySelector('[lang="en"]')?.textContent).to.equal(us.title);
  });

  it('nothing is marked where the labels are the reader’s: French labels, or an English page', async () => {
    const translated = await mount(COUNTER, await defaultDataset(), '.summary');
    expect(marked(translated, '.summary')).to.deep.equal([]);
    const chart = await mount(CHART, await defaultDataset(), 'table');
    expect(marked(chart, '.title, .legend, thead')).to.deep.equal([]);
    const englishPage = await mount(
      html`<cw-ceasefire-timeline
        await-data
        selected="violation-barda-2020-10-28"
      ></cw-ceasefire-timeline>`,
      await english(),
      '.card-title',
    );
    expect(marked(englishPage, '.card-title, .claims .figure')).to.deep.equal([]);
  });

  it('a page with no catalogue, labels translated into its language: those are marked', async () => {
    // German words for the labels, none for the element: its sentences are English.
    const data = await english({ de: { metrics: { killed: 'getötete Zivilisten' } } });
    const el = await mount(
      html`<cw-casualty-counter locale="de" start="none" await-data></cw-casualty-counter>`,
      data,
      '.summary',
    );
    expect(marked(el, '.summary')).to.deep.equal([['de', 'getötete Zivilisten']]);
  });
});
