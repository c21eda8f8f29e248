import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/elements.js';
import { synthetic } from '../fixtures/synthetic.js';

type Widget = HTMLElement & { updateComplete: Promise<boolean> };

/** Whether `node` takes room on the page: not display:none, not clipped to a pixel. */
const onPaper = (node: Element | null) =>
  node !== null &&
  node.getBoundingClientRect().height > 1 &&
  node.getBoundingClientRect().width > 1;

/** A 900 px timeline with event v-1's card open. */
async function timelineWithCard() {
  const el = await fixture<Widget & { selected: string }>(
    html`<cw-ceasefire-timeline
      .data=${synthetic()}
      selected="v-1"
      style="width: 900px"
    ></cw-ceasefire-timeline>`,
  );
  await el.updateComplete;
  return el;
}

describe('print', () => {
  afterEach(async () => {
    await emulateMedia({ media: 'screen', colorScheme: 'light', reducedMotion: 'no-preference' });
  });

  it('the bar chart prints its table without the "Show table" button, and no focus ring', async () => {
    const el = await fixture<Widget>(
      html`<cw-regional-bar-chart
        .data=${synthetic()}
        style="width: 700px"
      ></cw-regional-bar-chart>`,
    );
    await el.updateComplete;
    const root = el.shadowRoot!;
    const toggle = root.querySelector<HTMLButtonElement>('[part="toggle"]')!;
    toggle.focus({ focusVisible: true });
    expect([onPaper(toggle), onPaper(root.querySelector('[part="table"]'))]).to.deep.equal([
      true,
      false,
    ]);
    await emulateMedia({ media: 'print' });
    expect([onPaper(toggle), onPaper(root.querySelector('[part="table"]'))]).to.deep.equal([
      false,
      true,
    ]);
    const row = root.querySelector<SVGGElement>('.row')!;
    row.focus();
    expect(getComputedStyle(row).outlineStyle).to.equal('none');
  });

  it('the timeline prints every event as a list, and an open card without its close button', async () => {
    const el = await timelineWithCard();
    const root = el.shadowRoot!;
    const list = root.querySelector('ol[aria-label]');
    expect([onPaper(root.querySelector('[part="close"]')), onPaper(list)]).to.deep.equal([
      true,
      false,
    ]);
    await emulateMedia({ media: 'print' });
    expect([
      onPaper(root.querySelector('[part="card"]')),
      onPaper(root.querySelector('[part="close"]')),
      onPaper(list),
    ]).to.deep.equal([true, false, true]);
  });

  it('a card or focus ring drawn while printing is on paper at once, not fading in', async () => {
    // A print at the paper's width can redraw the timeline in its other layout: a card
    // that fades in again would go to paper blank.
    await emulateMedia({ media: 'print', reducedMotion: 'no-preference' });
    const el = await timelineWithCard();
    el.selected = 'cf-1';
    await el.updateComplete;
    const root = el.shadowRoot!;
    expect(onPaper(root.querySelector('[part="card"]'))).to.equal(true);
    expect(root.getAnimations().map((a) => (a as CSSAnimation).animationName)).to.deep.equal([]);
  });

  it('a dark theme prints light: paper is white', async () => {
    const el = await fixture<Widget>(
      html`<cw-casualty-counter
        theme="dark"
        start="none"
        .data=${synthetic()}
      ></cw-casualty-counter>`,
    );
    await el.updateComplete;
    const root = el.shadowRoot!.querySelector('.cw-root')!;
    expect(getComputedStyle(root).backgroundColor).to.equal('rgb(24, 24, 27)');
    await emulateMedia({ media: 'print' });
    expect(getComputedStyle(root).backgroundColor).to.equal('rgb(255, 255, 255)');
  });

  it('an A4 page of demo/article.html prints every figure of its widgets', async function () {
    this.timeout(30_000);
    // A4 less 2 cm margins each side, at 96 px to the inch.
    const frame = document.createElement('iframe');
    frame.style.cssText = 'width: 643px; height: 1000px; border: 0';
    frame.src = '/demo/article.html';
    const loaded = new Promise((resolve) => {
      frame.addEventListener('load', resolve, { once: true });
    });
    document.body.append(frame);
    await loaded;
    const doc = frame.contentDocument!;
    const widgets = [
      ...doc.querySelectorAll<Widget>(
        'cw-casualty-counter, cw-regional-bar-chart, cw-ceasefire-timeline',
      ),
    ];
    for (const widget of widgets) {
      await frame.contentWindow!.customElements.whenDefined(widget.localName);
      await widget.updateComplete;
    }
    await emulateMedia({ media: 'print' });
    const roots = widgets.map((w) => w.shadowRoot!);
    // The counters' final figures, whatever a count-up was doing.
    for (const root of roots.filter((_, i) => widgets[i].localName === 'cw-casualty-counter')) {
      const digits = root.querySelector('.digits')!;
      expect(onPaper(digits)).to.be.true;
      expect(digits.textContent).to.equal(root.querySelector('.ghost')!.textContent);
    }
    // Every row of the chart's table and every event of the timeline.
    const cells = roots.flatMap((r) => [
      ...r.querySelectorAll('table tbody tr, table tfoot tr, ol[aria-label] li'),
    ]);
    expect(cells.length).to.be.greaterThan(20);
    expect(cells.filter((c) => !onPaper(c))).to.deep.equal([]);
    frame.remove();
  });
});
