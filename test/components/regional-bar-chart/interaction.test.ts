import { expect, html } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import type { CwRegionalBarChart } from '../../../src/components/regional-bar-chart/regional-bar-chart.js';
import { synthetic } from '../../fixtures/synthetic.js';
import { chart, many, parts, regions } from './helpers.js';

/** The chart between two buttons, so Tab can be counted. */
function between() {
  return chart(
    html`<div>
      <button id="before">before</button>
      <cw-regional-bar-chart locale="en-GB" .data=${many()}></cw-regional-bar-chart>
      <button id="after">after</button>
    </div>`,
  );
}

const focused = (el: CwRegionalBarChart) => el.shadowRoot!.activeElement;
const focusedIndex = (el: CwRegionalBarChart) => Number(focused(el)?.getAttribute('data-index'));
const detailsText = (el: CwRegionalBarChart) =>
  parts(el).details().textContent.replace(/\s+/g, ' ').trim();

describe('<cw-regional-bar-chart> keyboard, pointer and table', () => {
  afterEach(async () => {
    await resetMouse();
  });

  it('the bars are one tab stop: Tab enters at the first bar, the next Tab goes on to "Show table", then out', async () => {
    const el = await between();
    el.parentElement!.querySelector<HTMLButtonElement>('#before')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(el);
    expect(focusedIndex(el)).to.equal(0);
    await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal(parts(el).toggle());
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement?.id).to.equal('after');
    expect(
      parts(el)
        .rows()
        .filter((r) => r.getAttribute('tabindex') === '0'),
    ).to.have.length(1);
  });

  it('ArrowDown/ArrowRight and ArrowUp/ArrowLeft move between bars; Home and End jump to the ends', async () => {
    const el = await between();
    parts(el).rows()[0].focus();
    await sendKeys({ press: 'ArrowDown' });
    expect(focusedIndex(el)).to.equal(1);
    await sendKeys({ press: 'ArrowRight' });
    expect(focusedIndex(el)).to.equal(2);
    await sendKeys({ press: 'ArrowUp' });
    expect(focusedIndex(el)).to.equal(1);
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ press: 'ArrowLeft' });
    expect(focusedIndex(el)).to.equal(0);
    await sendKeys({ press: 'End' });
    expect(focusedIndex(el)).to.equal(5);
    await sendKeys({ press: 'ArrowDown' });
    expect(focusedIndex(el)).to.equal(5);
    await sendKeys({ press: 'Home' });
    expect(focusedIndex(el)).to.equal(0);
  });

  it('the focused bar shows its details (region, value in words, date, source, status, the report’s heading); Escape hides them', async () => {
    const el = await between();
    parts(el).rows()[0].focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(parts(el).details().hidden).to.be.false;
    expect(detailsText(el)).to.equal(
      'Region A 7 civilians killed Source: Example Ministry, as of 10 Jan 2030. Reported by a party to the conflict; not independently verified. Cited from Example Publisher (2030-02). The report’s heading: “Section One”.',
    );
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(parts(el).details().hidden).to.be.true;
    expect(focusedIndex(el)).to.equal(1);
  });

  it('the focused bar’s accessible name is its region and value, described by the source', async () => {
    const el = await between();
    parts(el).rows()[0].focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    const row = focused(el)!;
    expect(row.getAttribute('role')).to.equal('img');
    expect(row.getAttribute('aria-label')).to.equal('Region A: 7 civilians killed');
    const description = el.shadowRoot!.getElementById(row.getAttribute('aria-describedby')!);
    expect(description?.textContent.trim()).to.match(
      /^Source: Example Ministry, as of 10 Jan 2030/,
    );
  });

  it('moving the focus keeps the same SVG nodes: only the active marker and the panel change', async () => {
    const el = await between();
    const svg = parts(el).svg()!;
    const bar = parts(el).bars()[0];
    const label = el.shadowRoot!.querySelector('.row .label')!;
    parts(el).rows()[0].focus();
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(bar.isConnected).to.be.true;
    expect(parts(el).bars()[0]).to.equal(bar);
    expect(el.shadowRoot!.querySelector('.row .label')).to.equal(label);
    expect(parts(el).svg()).to.equal(svg);
    expect(parts(el).rows()[5].classList.contains('active')).to.be.true;
  });

  it('pointer hover over a bar shows its details; leaving the chart hides them', async () => {
    const el = await between();
    const bar = parts(el).bars()[2].getBoundingClientRect();
    await sendMouse({
      type: 'move',
      position: [Math.round(bar.x + 2), Math.round(bar.y + bar.height / 2)],
    });
    await el.updateComplete;
    expect(parts(el).details().hidden).to.be.false;
    expect(detailsText(el)).to.match(/^Region B 5 civilians killed Source:/);
    await sendMouse({ type: 'move', position: [0, 0] });
    await el.updateComplete;
    expect(parts(el).details().hidden).to.be.true;
  });

  it('a tap (click) on a bar shows its details and keeps them while the bar has focus', async () => {
    const el = await between();
    const bar = parts(el).bars()[1].getBoundingClientRect();
    await sendMouse({
      type: 'click',
      position: [Math.round(bar.x + 2), Math.round(bar.y + bar.height / 2)],
    });
    await sendMouse({ type: 'move', position: [0, 0] });
    await el.updateComplete;
    expect(parts(el).details().hidden).to.be.false;
    expect(detailsText(el)).to.match(/^Region A 7 civilians killed/);
  });

  it('the details panel for "Other regions" names the folded regions and their total', async () => {
    const el = await chart(
      html`<cw-regional-bar-chart limit="2" .data=${many()}></cw-regional-bar-chart>`,
    );
    parts(el).rows()[0].focus();
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(detailsText(el)).to.match(
      /^Other regions: Region B, Region D, Region E and Region F about 12 civilians killed in total Source:/,
    );
  });

  it('the details of "Other regions (1,980)" name ten regions, count the rest and give one source line', async () => {
    const el = await chart(
      html`<cw-regional-bar-chart locale="en-GB" .data=${regions(2000)}></cw-regional-bar-chart>`,
    );
    parts(el).rows()[0].focus();
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    const names = Array.from({ length: 10 }, (_, i) => `Region ${String(21 + i)}`).join(', ');
    expect(detailsText(el)).to.equal(
      `Other regions: ${names} and 1,970 more 1,961,190 civilians killed in total Source: Example Ministry, as of 10 Jan 2030. Reported by a party to the conflict; not independently verified. Cited from Example Publisher (2030-02).`,
    );
  });

  it('"Show table" is a real button with aria-expanded that reveals the table visually', async () => {
    const el = await chart(
      html`<cw-regional-bar-chart .data=${synthetic()}></cw-regional-bar-chart>`,
    );
    const toggle = parts(el).toggle();
    expect(toggle.localName).to.equal('button');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(toggle.textContent.trim()).to.equal('Show table');
    expect(parts(el).table().getBoundingClientRect().height).to.be.at.most(1);
    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(toggle.textContent.trim()).to.equal('Hide table');
    expect(el.shadowRoot!.getElementById(toggle.getAttribute('aria-controls')!)).to.equal(
      parts(el).table(),
    );
    expect(parts(el).table().getBoundingClientRect().height).to.be.above(50);
  });

  it('the table is in the accessibility tree even while collapsed, with a caption and header scopes', async () => {
    const el = await chart(
      html`<cw-regional-bar-chart .data=${synthetic()}></cw-regional-bar-chart>`,
    );
    const root = el.shadowRoot!;
    const table = root.querySelector('table')!;
    // Visually hidden (clipped to 1px), but not display:none, visibility:hidden or aria-hidden.
    for (let node: Element | null = table; node && node !== root.host; node = node.parentElement) {
      expect(getComputedStyle(node).display).not.to.equal('none');
      expect(getComputedStyle(node).visibility).to.equal('visible');
      expect(node.getAttribute('aria-hidden')).to.equal(null);
    }
    expect(parts(el).table().classList.contains('visually-hidden')).to.be.true;
    expect(table.caption?.textContent.trim()).to.equal(
      'Civilians killed by region. Latest figure for each region; dates vary.',
    );
    expect(root.querySelectorAll('thead th[scope="col"]')).to.have.length(3);
    expect(root.querySelectorAll('tbody th[scope="row"]')).to.have.length(3);
    expect(parts(el).tableRows()).to.deep.equal([
      ['Region A', '7', '10 Jan 2030'],
      [
        'Region B',
        '5',
        'Date not stated Also given: 2 civilians killed, 10 Jan 2030 (same source and section). Why 5 civilians killed is shown: The second list is the later and more specific one.',
      ],
      ['Region C', 'not reported', ''],
    ]);
    const foot = [...root.querySelectorAll('tfoot tr')].map((tr) =>
      [...(tr as HTMLTableRowElement).cells].map((c) => c.textContent.trim()),
    );
    expect(foot).to.deep.equal([
      ['Sum of regional figures', '12', ''],
      ['National figure', '12', '10 Jan 2030'],
    ]);
  });

  it('the table names the source per row, with where it is cited, when reporters or statuses differ', async () => {
    const data = synthetic();
    data.regions[0].figures.killed![0].reportedBy = 'example-ngo';
    data.regions[0].figures.killed![0].status = 'corroborated';
    const el = await chart(html`<cw-regional-bar-chart .data=${data}></cw-regional-bar-chart>`);
    expect(parts(el).tableRows()[0]).to.deep.equal([
      'Region A',
      '7',
      '10 Jan 2030. Example NGO. Corroborated by an independent organisation. Cited from Example Publisher (2030-02).',
    ]);
  });
});
