import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { editorial, fig, synthetic } from '../../fixtures/synthetic.js';
import { counter, parts } from './helpers.js';

/** A long figure with a qualifier and a long label: the hardest case for a narrow column. */
function wide() {
  const data = synthetic();
  data.national.killed = [fig('wide', 1234567, { qualifier: 'more-than' })];
  data.metrics[0].label = 'multi-apartment residential buildings damaged or destroyed';
  return data;
}

describe('<cw-casualty-counter> accessibility and styling', () => {
  for (const theme of ['light', 'dark'] as const) {
    it(`has no axe violations with theme="${theme}", for a figure, "not reported" and an error`, async () => {
      for (const region of [undefined, 'region-c', 'nowhere']) {
        const el = await counter(
          html`<cw-casualty-counter
            theme=${theme}
            region=${region ?? ''}
            start="none"
            .data=${synthetic()}
          ></cw-casualty-counter>`,
        );
        await expect(el).to.be.accessible();
      }
    });
  }

  it('screen readers reach the versions and notes in place, outside the one live region, with no axe violations', async () => {
    // Region A's killed figure has a discrepancy note; an undated second version gives it versions.
    const data = editorial();
    data.regions[0].figures.killed!.push(fig('a-old', 6, { asOf: { precision: 'unknown' } }));
    const el = await counter(
      html`<cw-casualty-counter
        region="region-a"
        start="none"
        .data=${data}
      ></cw-casualty-counter>`,
    );
    const p = parts(el);
    const versions = p.versionsEl()!;
    const note = el.shadowRoot!.querySelector<HTMLElement>('[part="note"]')!;
    versions.querySelector('details')!.open = true;
    // Booleans, not elements: a failing assertion on an element cannot be sent back to the runner.
    for (const node of [versions, note]) {
      const hidden = node.closest('[aria-hidden="true"]') !== null;
      expect(hidden, `${node.className} under aria-hidden`).to.equal(false);
      expect(node.closest('[aria-live]') !== null, `${node.className} live`).to.equal(false);
      expect(node.checkVisibility(), node.className).to.equal(true);
    }
    expect(p.liveRegions()).to.have.length(1);
    expect(p.summary()).not.to.contain('also gives');
    await expect(el).to.be.accessible();
  });

  it('fits a 320 px column without overflow, even with a long qualified figure and label', async () => {
    const el = await counter(
      html`<div style="width: 320px">
        <cw-casualty-counter start="none" .data=${wide()}></cw-casualty-counter>
      </div>`,
    );
    const root = parts(el).root;
    expect(parts(el).digits()).to.equal('1,234,567');
    expect(root.scrollWidth).to.be.at.most(root.clientWidth);
    expect(el.getBoundingClientRect().width).to.be.at.most(320);
    for (const child of el.shadowRoot!.querySelectorAll('.visual *')) {
      expect(child.getBoundingClientRect().right).to.be.at.most(root.getBoundingClientRect().right);
    }
  });

  it("the host page's inherited text styles do not leak in", async () => {
    const el = await counter(
      html`<div
        style="font-family: serif; letter-spacing: 7px; text-transform: uppercase; color: rgb(0, 255, 0); line-height: 5; font-size: 40px"
      >
        <cw-casualty-counter start="none" .data=${synthetic()}></cw-casualty-counter>
      </div>`,
    );
    const label = getComputedStyle(el.shadowRoot!.querySelector('[part="label"]')!);
    expect(label.letterSpacing).to.equal('normal');
    expect(label.textTransform).to.equal('none');
    expect(label.color).not.to.equal('rgb(0, 255, 0)');
    expect(label.fontFamily).not.to.equal('serif');
    expect(label.fontSize).not.to.equal('40px');
  });

  it('--cw-* custom properties theme the figure, label and source', async () => {
    const el = await counter(
      html`<cw-casualty-counter
        style="--cw-color-figure: rgb(1, 2, 3); --cw-color-text: rgb(4, 5, 6); --cw-color-muted: rgb(7, 8, 9); --cw-font-family: monospace; --cw-figure-size: 20px"
        start="none"
        .data=${synthetic()}
      ></cw-casualty-counter>`,
    );
    const style = (selector: string) => getComputedStyle(el.shadowRoot!.querySelector(selector)!);
    expect(style('[part="figure"]').color).to.equal('rgb(1, 2, 3)');
    expect(style('[part="figure"]').fontSize).to.equal('20px');
    expect(style('[part="label"]').color).to.equal('rgb(4, 5, 6)');
    expect(style('[part="source"]').color).to.equal('rgb(7, 8, 9)');
    expect(style('[part="label"]').fontFamily).to.equal('monospace');
  });

  it('--cw-color-focus draws the focus ring of the versions\' "why" and the data link, as on the other elements', async () => {
    const el = await counter(
      html`<cw-casualty-counter
        style="--cw-color-focus: rgb(1, 2, 3)"
        locale="en-GB"
        start="none"
        download
      ></cw-casualty-counter>`,
    );
    const ring = async (selector: string) => {
      const target = el.shadowRoot!.querySelector<HTMLElement>(selector)!;
      target.focus({ focusVisible: true });
      await sendKeys({ press: 'Shift' }); // a key press, so the focus is keyboard focus
      expect(el.shadowRoot!.activeElement).to.equal(target);
      const { outlineColor, outlineStyle, outlineWidth } = getComputedStyle(target);
      return [outlineColor, outlineStyle, outlineWidth];
    };
    expect(await ring('.versions summary')).to.deep.equal(['rgb(1, 2, 3)', 'solid', '3px']);
    expect(await ring('[part~="download"]')).to.deep.equal(['rgb(1, 2, 3)', 'solid', '3px']);
  });

  it('exposes the figure, label, date and source parts', async () => {
    const el = await counter(
      html`<cw-casualty-counter start="none" .data=${synthetic()}></cw-casualty-counter>`,
    );
    for (const part of ['figure', 'label', 'date', 'source']) {
      expect(el.shadowRoot!.querySelector(`[part~="${part}"]`), part).to.exist;
    }
  });

  it('uses tabular figures for the number', async () => {
    const el = await counter(
      html`<cw-casualty-counter start="none" .data=${synthetic()}></cw-casualty-counter>`,
    );
    expect(getComputedStyle(parts(el).digitsEl()!).fontVariantNumeric).to.contain('tabular-nums');
  });
});
