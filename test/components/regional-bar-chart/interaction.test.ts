import { expect, html } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import type { CwRegionalBarChart } from '../../../src/components/regional-bar-chart/regional-bar-chart.js';
import { synthetic } from '../../fixtures/synthetic.js';
import { between, chart, focused, focusedIndex, many, parts, regions } from './helpers.js';

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

  it('keyboard, key by key: focus never opens the details; Enter and Space toggle them, arrows carry them along, Escape hides them', async () => {
    const el = await between();
    const shown = async () => {
      await el.updateComplete;
      return parts(el).details().hidden ? 'hidden' : detailsText(el).split(' Source:')[0];
    };
    el.parentElement!.querySelector<HTMLButtonElement>('#before')!.focus();
    await sendKeys({ press: 'Tab' });
    expect([focusedIndex(el), await shown()], 'Tab').to.deep.equal([0, 'hidden']);
    await sendKeys({ press: 'ArrowDown' });
    expect([focusedIndex(el), await shown()], 'ArrowDown').to.deep.equal([1, 'hidden']);
    await sendKeys({ press: 'Enter' });
    expect([focusedIndex(el), await shown()], 'Enter').to.deep.equal([
      1,
      'Region A 7 civilians killed',
    ]);
    await sendKeys({ press: 'ArrowDown' });
    expect([focusedIndex(el), await shown()], 'ArrowDown, open').to.deep.equal([
      2,
      'Region B 5 civilians killed',
    ]);
    // The space bar as its character: Puppeteer, which drives Firefox, knows no "Space".
    await sendKeys({ press: ' ' });
    expect([focusedIndex(el), await shown()], 'Space').to.deep.equal([2, 'hidden']);
    await sendKeys({ press: ' ' });
    expect([focusedIndex(el), await shown()], 'Space again').to.deep.equal([
      2,
      'Region B 5 civilians killed',
    ]);
    await sendKeys({ press: 'Escape' });
    expect([focusedIndex(el), await shown()], 'Escape').to.deep.equal([2, 'hidden']);
    await sendKeys({ press: 'End' });
    expect([focusedIndex(el), await shown()], 'End, closed').to.deep.equal([5, 'hidden']);
  });

  it('a focused bar that new data takes away hands the focus to the new last bar, not the page', async () => {
    const el = await between();
    parts(el).rows()[0].focus();
    await sendKeys({ press: 'End' });
    expect(focusedIndex(el)).to.equal(5);
    el.limit = 2; // two bars and "Other regions"
    await el.updateComplete;
    expect(parts(el).rows()).to.have.length(3);
    expect(focusedIndex(el)).to.equal(2);
    expect(document.activeElement).to.equal(el);
  });

  it('new data leaves the focus alone when it was elsewhere in the page', async () => {
    const el = await between();
    const before = el.parentElement!.querySelector<HTMLButtonElement>('#before')!;
    before.focus();
    el.limit = 2;
    await el.updateComplete;
    expect(document.activeElement).to.equal(before);
  });

  it('the open details name the region, value in words, date, source, status and the report’s heading', async () => {
    const el = await between();
    parts(el).rows()[1].focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(detailsText(el)).to.equal(
      'Region A 7 civilians killed Source: Example Ministry, as of 10 Jan 2030. Reported by a party to the conflict; not independently verified. Cited from Example Publisher (2030-02). The report’s heading: “Section One”.',
    );
  });

  it('the focus ring goes round the whole row and clears every label and value in it', async () => {
    const el = await chart(
      html`<div style="width: 360px">
        <cw-regional-bar-chart
          metric="killed,injured"
          limit="3"
          .data=${many()}
        ></cw-regional-bar-chart>
      </div>`,
    );
    for (const row of parts(el).rows()) {
      const ring = row.querySelector('.ring')!.getBoundingClientRect();
      // The inside of the 3px stroke, centred on the ring's edge, give or
      // take a hundredth of a pixel of float noise (Firefox's boxes).
      const inside = {
        left: ring.left + 1.49,
        right: ring.right - 1.49,
        top: ring.top + 1.49,
        bottom: ring.bottom - 1.49,
      };
      for (const text of row.querySelectorAll('text')) {
        const box = text.getBoundingClientRect();
        const where = `${text.textContent} in ${row.getAttribute('aria-label')}`;
        expect(box.left, where).to.be.at.least(inside.left);
        expect(box.right, where).to.be.at.most(inside.right);
        expect(box.top, where).to.be.at.least(inside.top);
        expect(box.bottom, where).to.be.at.most(inside.bottom);
      }
    }
  });

  it('the focused bar’s accessible name is its region, value and date, described by the source', async () => {
    const el = await between();
    parts(el).rows()[0].focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    const row = focused(el)!;
    expect(row.getAttribute('role')).to.equal('img');
    expect(row.getAttribute('aria-label')).to.equal(
      'Region A: 7 civilians killed, as of 10 Jan 2030',
    );
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

  it('the collapsed table is out of the accessibility tree, as "collapsed" says; opened, it has a caption and header scopes', async () => {
    const el = await chart(
      html`<cw-regional-bar-chart .data=${synthetic()}></cw-regional-bar-chart>`,
    );
    const root = el.shadowRoot!;
    const table = root.querySelector('table')!;
    expect(parts(el).toggle().getAttribute('aria-expanded')).to.equal('false');
    expect(table.checkVisibility(), 'collapsed').to.be.false;
    // Hidden until found: its content skipped, not drawn and not in the tree, yet searched by find in page.
    expect(getComputedStyle(parts(el).table()).contentVisibility).to.equal('hidden');
    parts(el).toggle().click();
    await el.updateComplete;
    expect(table.checkVisibility(), 'opened').to.be.true;
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
