import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { nothing, type TemplateResult } from 'lit';
import '../../src/elements.js';
import { defaultDataset } from '../../src/data/default-dataset.js';

/** Each element on the bundled data, as an article embeds it, with `hide-source` set to `hide` (absent: undefined). */
const ELEMENTS: [string, (hide?: string) => TemplateResult][] = [
  [
    'counter',
    (hide) =>
      html`<cw-casualty-counter
        metric="killed"
        region="Ganja"
        start="none"
        hide-source=${hide ?? nothing}
      ></cw-casualty-counter>`,
  ],
  [
    'bar chart',
    (hide) => html`<cw-regional-bar-chart hide-source=${hide ?? nothing}></cw-regional-bar-chart>`,
  ],
  [
    'timeline',
    (hide) => html`<cw-ceasefire-timeline hide-source=${hide ?? nothing}></cw-ceasefire-timeline>`,
  ],
];

async function mount(template: TemplateResult): Promise<ShadowRoot> {
  const el = await fixture<HTMLElement>(template);
  await waitUntil(() => el.shadowRoot?.querySelector('.scope'), 'no scope statement', {
    timeout: 5000,
  });
  return el.shadowRoot!;
}

/** Whether a screen reader can reach the node: rendered, visible, no aria-hidden on the way up. */
function readable(node: Element): boolean {
  for (let n: Element | null = node; n; n = n.parentElement)
    if (n.getAttribute('aria-hidden') === 'true') return false;
  return node.checkVisibility({ visibilityProperty: true });
}

describe('attribution on the bundled data', () => {
  for (const [name, template] of ELEMENTS) {
    describe(name, () => {
      it('shows the dataset’s scope statement in its own box, by default', async () => {
        const root = await mount(template());
        const scope = root.querySelector<HTMLElement>('.scope')!;
        const { statement } = (await defaultDataset()).scope!;
        expect(scope.textContent.trim()).to.equal(statement);
        expect(scope.getBoundingClientRect().height).to.be.above(10);
        expect(getComputedStyle(scope).borderTopStyle).to.equal('solid');
      });

      it('with hide-source the scope and source leave the layout but stay readable', async () => {
        const root = await mount(template(''));
        const block = root.querySelector('.source-block')!;
        expect(block.getBoundingClientRect().width).to.be.at.most(1);
        expect(block.getBoundingClientRect().height).to.be.at.most(1);
        for (const node of block.querySelectorAll('.scope, .source'))
          expect(readable(node), node.className).to.equal(true);
        expect(root.querySelector('.scope')!.textContent).to.contain('not independently verified');
      });

      it('hide-source="false", as Vue writes :hide-source="false", keeps them shown', async () => {
        const root = await mount(template('false'));
        expect(root.querySelector('.source-block')!.getBoundingClientRect().height).to.be.above(10);
      });

      it('credits figures the report names no source for to the report, as its own claim', async () => {
        const root = await mount(template());
        const source = root.querySelector('.source')!.textContent;
        expect(source).to.contain(
          'Legal Analysis and Research Public Union (the report names no source)',
        );
        expect(source).to.contain('An advocacy report’s own claim');
        expect(source).to.contain('not independently verified');
        if (name === 'counter') expect(source).to.not.contain('Prosecutor General');
      });
    });
  }
});
