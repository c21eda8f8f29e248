import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';
import '../../src/elements.js';
import { COUNTER_EN } from '../../src/components/casualty-counter/messages.js';
import { TIMELINE_EN } from '../../src/components/ceasefire-timeline/messages.js';
import { CHART_EN } from '../../src/components/regional-bar-chart/messages.js';
import { registerCatalogue } from '../../src/elements.js';
import type { Catalogue } from '../../src/i18n/catalogue.js';
import fr from '../../src/i18n/fr.js';
import ru from '../../src/i18n/ru.js';
import { COMMON_EN } from '../../src/internal/messages.js';
import { defaultDataset } from '../../src/data/default-dataset.js';

const ENGLISH: Omit<Catalogue, 'dir'> = {
  common: COMMON_EN,
  counter: COUNTER_EN,
  chart: CHART_EN,
  timeline: TIMELINE_EN,
};

/** Every key path of a catalogue with the kind of its value: "counter.loading:string". */
function shape(value: unknown, path = ''): string[] {
  if (typeof value !== 'object' || value === null) return [`${path}:${typeof value}`];
  return Object.entries(value)
    .filter(([key]) => key !== 'dir')
    .flatMap(([key, v]) => shape(v, path ? `${path}.${key}` : key));
}

/** Every fixed English sentence or label of a section (strings of three words or more). */
function englishPhrases(section: object): string[] {
  return Object.values(section)
    .flatMap((v: unknown) =>
      typeof v === 'string' ? [v] : typeof v === 'object' && v !== null ? englishPhrases(v) : [],
    )
    .filter((text) => text.trim().split(' ').length >= 3);
}

/** All text a reader or a screen reader gets from an element: shadow text and aria labels. */
function allText(el: HTMLElement): string {
  const root = el.shadowRoot!;
  const labels = [...root.querySelectorAll('[aria-label]')].map((n) =>
    n.getAttribute('aria-label'),
  );
  return `${root.textContent} ${labels.join(' ')}`.replace(/[ \t\n\r\f]+/g, ' ');
}

async function mount(template: TemplateResult): Promise<HTMLElement> {
  const el = await fixture<HTMLElement>(template);
  await waitUntil(() => el.shadowRoot?.querySelector('.scope'), 'no scope statement', {
    timeout: 5000,
  });
  return el;
}

const ELEMENTS = (locale: string): [string, TemplateResult, keyof typeof ENGLISH][] => [
  [
    'counter',
    html`<cw-casualty-counter locale=${locale} region="Ganja" start="none"></cw-casualty-counter>`,
    'counter',
  ],
  ['bar chart', html`<cw-regional-bar-chart locale=${locale}></cw-regional-bar-chart>`, 'chart'],
  [
    'timeline',
    html`<cw-ceasefire-timeline
      locale=${locale}
      selected="violation-barda-2020-10-28"
    ></cw-ceasefire-timeline>`,
    'timeline',
  ],
];

describe('every word translatable', () => {
  for (const [name, catalogue] of [
    ['fr', fr],
    ['ru', ru],
  ] as const) {
    it(`the ${name} catalogue has every key of the English one, each of the same kind`, () => {
      expect(shape(catalogue)).to.deep.equal(shape(ENGLISH));
    });

    it(`the ${name} catalogue words each qualifier apart ("about 70" is not "an estimated 70")`, () => {
      const words = Object.values(catalogue.common.qualifier);
      expect(new Set(words).size).to.equal(words.length);
    });

    for (const [element, template, section] of ELEMENTS(name)) {
      it(`${element} in ${name}: no fixed English sentence, the dataset's own words translated`, async () => {
        const el = await mount(template);
        const text = allText(el);
        const leftovers = [
          ...englishPhrases(ENGLISH.common),
          ...englishPhrases(ENGLISH[section]),
        ].filter((phrase) => text.includes(phrase));
        expect(leftovers).to.deep.equal([]);
        expect(el.shadowRoot!.querySelector('.cw-root')!.getAttribute('lang')).to.equal(name);
        // The dataset's scope statement and labels in the reader's language.
        const scope = el.shadowRoot!.querySelector('.scope')!.textContent.trim();
        expect(scope).to.match(
          name === 'fr' ? /^Chiffres pour l’Azerbaïdjan/ : /^Данные только по Азербайджану/,
        );
        expect(text).to.include(name === 'fr' ? 'Gandja' : 'Гянджа');
        // Public bodies under their names in the language; the publisher's own name stays.
        if (section !== 'counter')
          expect(text).to.include(
            name === 'fr'
              ? 'Parquet général d’Azerbaïdjan'
              : 'Генеральная прокуратура Азербайджана',
          );
        // Phrases in a list are separated as the language writes it: "A ; B" in French.
        if (section === 'chart')
          expect(text).to.match(
            name === 'fr'
              ? /plaidoyer\u202f; rapporté par une partie|conflit\u202f; affirmation propre/i
              : /\S; \S/,
          );
        // French spacing: no-break spaces before : ; ? ! and inside « », never one a line breaks at,
        // nor none at all where code puts a label before a colon (bar names, event lines, claims).
        if (name === 'fr') {
          expect(text).not.to.match(/ [:;?!»]|« /);
          const labelled: Partial<Record<string, RegExp[]>> = {
            chart: [/Gandja\u00a0: 25/],
            timeline: [/\(Washington\)\u00a0: Frappe/, /Munitions\u00a0: /],
          };
          for (const pattern of labelled[section] ?? []) expect(text).to.match(pattern);
        }
      });
    }
  }

  // Russian and Bulgarian dates end in "г." ("4 нояб. 2020 г."); Bulgarian has no catalogue, so
  // its words are English: the shipped catalogues' sentences and the code's own both apply.
  for (const locale of ['ru', 'bg']) {
    it(`a sentence ending on a date gets one full stop, not two (${locale})`, async () => {
      const elements = [
        html`<cw-casualty-counter locale=${locale} start="none"></cw-casualty-counter>`,
        html`<cw-casualty-counter
          locale=${locale}
          start="none"
          region="naftalan"
          metric="injured"
          as-of="2020-11-04"
        ></cw-casualty-counter>`,
        html`<cw-regional-bar-chart locale=${locale}></cw-regional-bar-chart>`,
        html`<cw-regional-bar-chart
          locale=${locale}
          metric="injured"
          as-of="2020-10-30"
        ></cw-regional-bar-chart>`,
        html`<cw-ceasefire-timeline
          locale=${locale}
          selected="ceasefire-paris"
        ></cw-ceasefire-timeline>`,
        html`<cw-ceasefire-timeline
          locale=${locale}
          style="display: block; width: 300px"
          selected="violation-barda-2020-10-28"
        ></cw-ceasefire-timeline>`,
      ];
      const dated = new RegExp(locale === 'ru' ? ' г\\.' : '\\.2020 г\\.');
      for (const template of elements) {
        const el = await mount(template);
        const text = allText(el);
        expect(text, 'a date of the locale is shown').to.match(dated);
        // Two full stops in a row, not an ellipsis written as three.
        expect(text.match(/.{0,40}[^.]\.\s*\.(?!\.)/g) ?? []).to.deep.equal([]);
        el.remove();
      }
    });
  }

  it('the Russian chart summary gives whose figures they are in the nominative, after a colon', async () => {
    // The dataset names its reporters in the nominative only: "по данным" takes the genitive.
    const el = await mount(
      html`<cw-regional-bar-chart locale="ru" metric="killed,injured"></cw-regional-bar-chart>`,
    );
    expect(el.shadowRoot!.querySelector('.summary')!.textContent).to.equal(
      'Больше всего погибших сообщается в регионах Гянджа и Барда: 25 в каждом, из 91 по стране; ' +
        'больше всего раненых сообщается в регионе Гянджа: 139, из 405 по стране ' +
        '(по данным: азербайджанские власти и доклад, отстаивающий определённую позицию).',
    );
  });

  it('the Russian table caption puts whose figures they are in parentheses, one colon only', async () => {
    const el = await mount(html`<cw-regional-bar-chart locale="ru"></cw-regional-bar-chart>`);
    expect(el.shadowRoot!.querySelector('caption')!.textContent.trim()).to.equal(
      'Погибшие мирные жители: Азербайджан, по регионам ' +
        '(по данным: азербайджанские власти и доклад, отстаивающий определённую позицию). ' +
        'Последние данные по каждому региону; даты различаются.',
    );
  });

  it('a counter inside lang="fr" speaks French without a locale attribute', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div lang="fr"><cw-casualty-counter start="none"></cw-casualty-counter></div>`,
    );
    const el = wrapper.querySelector<HTMLElement>('cw-casualty-counter')!;
    await waitUntil(() => el.shadowRoot?.querySelector('.scope'), 'no scope', { timeout: 5000 });
    expect(el.shadowRoot!.querySelector('.label')!.textContent).to.equal(
      'civils tués (Azerbaïdjan)',
    );
    expect(el.shadowRoot!.querySelector('.summary')!.textContent).to.match(/^91 civils tués/);
  });

  it('a counter in another component’s shadow root takes the lang around that component', async () => {
    // A framework's component that renders the counter in its own shadow root.
    class Host extends HTMLElement {
      constructor() {
        super();
        this.attachShadow({ mode: 'open' }).innerHTML =
          '<cw-casualty-counter start="none"></cw-casualty-counter>';
      }
    }
    if (!customElements.get('x-i18n-host')) customElements.define('x-i18n-host', Host);
    const wrapper = await fixture<HTMLElement>(
      html`<div lang="fr"><x-i18n-host></x-i18n-host></div>`,
    );
    const el = wrapper
      .querySelector('x-i18n-host')!
      .shadowRoot!.querySelector('cw-casualty-counter')!;
    await waitUntil(() => el.shadowRoot?.querySelector('.scope'), 'no scope', { timeout: 5000 });
    expect(el.shadowRoot!.querySelector('.label')!.textContent).to.equal(
      'civils tués (Azerbaïdjan)',
    );
  });

  it('notes and summaries stay in the dataset’s language and say so with lang', async () => {
    const el = await mount(ELEMENTS('fr')[2][1]);
    const summary = el.shadowRoot!.querySelector('.card-summary > [lang]')!;
    expect([summary.getAttribute('lang'), summary.getAttribute('dir')]).to.deep.equal([
      'en',
      'ltr',
    ]);
    expect(el.shadowRoot!.querySelector('.card-title')!.textContent).to.equal(
      'Frappe de roquettes signalée sur Barda, 28 octobre',
    );
  });

  // No test registers Portuguese: the elements write English, in a pt root before this fix.
  it('a page with no catalogue for its language: the words are English and say so', async () => {
    for (const [element, template] of ELEMENTS('pt-BR')) {
      const el = await mount(template);
      const root = el.shadowRoot!.querySelector('.cw-root')!;
      expect(root.getAttribute('lang'), element).to.equal('en');
      const light = document.createElement('div');
      render((el as HTMLElement & { renderLight(): unknown }).renderLight(), light);
      expect(light.querySelector(':scope > [lang]')?.getAttribute('lang'), element).to.equal('en');
      el.remove();
    }
    // Its dates are Portuguese all the same: the locale still formats.
    const counter = await mount(ELEMENTS('pt-BR')[0][1]);
    expect(counter.shadowRoot!.querySelector('.date')!.textContent).to.match(
      /^As of 23 de out\. de 2020/,
    );
    // Lists join in the words' language: "and", not Portuguese "e", inside English sentences.
    const timeline = await mount(ELEMENTS('pt-BR')[2][1]);
    expect(timeline.shadowRoot!.querySelector('.summary')!.textContent).to.match(
      /violations and \d+ reported attacks/,
    );
    // An error is the English sentence once, not a reader's sentence in English and then the same again.
    const error = await fixture<HTMLElement>(
      html`<cw-casualty-counter locale="pt" metric="nope"></cw-casualty-counter>`,
    );
    await waitUntil(() => error.shadowRoot?.querySelector('[part="error"]'), 'no error shown');
    const shown = error.shadowRoot!.querySelector('[part="error"]')!;
    expect(shown.querySelectorAll('[lang]').length, 'marked parts').to.equal(0);
    expect(shown.textContent).to.match(/^metric=“nope” is not one of/);
  });

  it('an English variant keeps its own tag: en-US words are English, and the root says en-US', async () => {
    const el = await mount(ELEMENTS('en-US')[2][1]);
    expect(el.shadowRoot!.querySelector('.cw-root')!.getAttribute('lang')).to.equal('en-US');
    // Intl's en-US lists with the serial comma.
    expect(el.shadowRoot!.querySelector('.summary')!.textContent).to.match(/violations, and \d+/);
  });

  it('a page catalogue: missing keys fall back to English, with one warning per key', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
    try {
      registerCatalogue('de', { counter: { loading: 'Lädt…', labelIn: (m, p) => `${m} (${p})` } });
      for (let i = 0; i < 2; i++) {
        const el = await mount(
          html`<cw-casualty-counter locale="de" start="none"></cw-casualty-counter>`,
        );
        expect(el.shadowRoot!.querySelector('.label')!.textContent).to.equal(
          'civilians killed (Azerbaijan)',
        );
        expect(el.shadowRoot!.querySelector('.date')!.textContent).to.match(
          /^As of 4\. Nov\. 2020/,
        );
        // The words it has are German: the root says so (the English fill-ins are a catalogue being written).
        expect(el.shadowRoot!.querySelector('.cw-root')!.getAttribute('lang')).to.equal('de');
      }
    } finally {
      console.warn = warn;
    }
    const about = (key: string) => warnings.filter((w) => w.includes(`no counter.${key};`));
    expect(about('summary')).to.have.length(1);
    expect(about('loading')).to.have.length(0);
    expect(warnings.filter((w) => w.includes('“de” catalogue'))).to.have.length(
      Object.keys(COUNTER_EN).length - 2 + Object.keys(COMMON_EN).length,
    );
  });
});

describe('right to left', () => {
  before(() => {
    registerCatalogue('ar', {
      dir: 'rtl',
      chart: { title: (metrics, area) => `${metrics} — ${area}` },
    });
  });

  it("the dataset's English stays left to right in an Arabic element: notes, summaries, claims, reasons, citations", async () => {
    const data = await defaultDataset();
    const figures = [data.national, ...data.regions.map((r) => r.figures)].flatMap((set) =>
      Object.values(set).flat(),
    );
    const cited = [...figures, ...data.events, ...data.events.flatMap((e) => e.claims ?? [])];
    // The dataset's own words (no Arabic translation: English), each found by its start:
    // sentences, and the locators and section headings its citations give.
    const own = [
      ...cited.flatMap(({ citation }) => [citation.locator, citation.section]),
      data.title,
      data.scope?.statement,
      ...data.contradictions.map((c) => c.reason),
      ...(data.discrepancies ?? []).map((d) => d.note),
      ...data.events.flatMap((e) => [
        e.summary,
        e.dateReason,
        ...(e.claims ?? []).map((c) => c.text),
      ]),
    ].flatMap((text) => (text ? [text.slice(0, 40)] : []));
    const elements = [
      html`<cw-casualty-counter
        locale="ar"
        region="barda"
        metric="injured"
        start="none"
      ></cw-casualty-counter>`,
      // Not reported: the line names the dataset checked, by its title.
      html`<cw-casualty-counter
        locale="ar"
        region="naftalan"
        metric="injured"
      ></cw-casualty-counter>`,
      html`<cw-regional-bar-chart locale="ar"></cw-regional-bar-chart>`,
      html`<cw-ceasefire-timeline
        locale="ar"
        selected="violation-barda-2020-10-28"
      ></cw-ceasefire-timeline>`,
    ];
    const marked: number[] = [];
    const found: number[] = [];
    for (const template of elements) {
      const el = await mount(template);
      const root = el.shadowRoot!;
      expect(getComputedStyle(root.querySelector('.cw-root')!).direction).to.equal('rtl');
      // The scope statement too: the bundled dataset has no Arabic translation of it.
      expect(root.querySelector('.scope > [lang]'), 'the scope statement').to.exist;
      const english = [...root.querySelectorAll('.cw-root [lang]')];
      for (const node of english) {
        expect(node.getAttribute('lang'), node.textContent).to.equal('en');
        expect(getComputedStyle(node).direction, node.textContent).to.equal('ltr');
      }
      // Wherever the dataset's words are, in a sentence of the element's or not, they are marked.
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      let count = 0;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        if (!own.some((start) => text.includes(start))) continue;
        count++;
        const mark = node.parentElement!.closest('[lang]');
        expect(mark !== null && english.includes(mark), text).to.equal(true);
      }
      marked.push(english.length);
      found.push(count);
      el.remove();
    }
    // The counter's note, reason and citations; the not-reported counter's dataset title; the
    // chart's notes, citations, and the table's reasons and notes; the timeline card's summary,
    // note, date reason, claims, citations and the reasons for its figures' versions.
    expect(marked[0]).to.be.at.least(5);
    expect(found[0]).to.be.at.least(5);
    expect(marked[1]).to.be.at.least(2);
    expect(found[1]).to.be.at.least(2);
    expect(marked[2]).to.be.at.least(20);
    expect(found[2]).to.be.at.least(20);
    expect(marked[3]).to.be.at.least(25);
    expect(found[3]).to.be.at.least(25);
  });
});
