import { expect, html } from '@open-wc/testing';
import { accessibleDescription, ariaSnapshot } from '../../fixtures/aria-snapshot.js';
import { chart, many, parts } from './helpers.js';

/** The chart the reading-path tests walk, as `#path`. */
const pathChart = () =>
  chart(
    html`<cw-regional-bar-chart id="path" locale="en-GB" .data=${many()}></cw-regional-bar-chart>`,
  );

describe('<cw-regional-bar-chart> one reading path in the accessibility tree', () => {
  it('collapsed, a screen reader gets the title, summary, a named chart of one image per bar (figure and date), the notes and the button, and no table', async () => {
    await pathChart();
    expect(await ariaSnapshot('#path')).to.equal(
      [
        // The live region, empty until the data changes.
        '- status',
        '- figure "Civilians killed by region":',
        '  - paragraph: Civilians killed by region',
        '  - paragraph: Latest figure for each region; dates vary',
        '  - paragraph: Region H has the most reported deaths, at least 9, of 40 nationally.',
        '  - group "Bar chart, 6 bars, scale from 0 to 9":',
        `    - 'img "Region H: at least 9 civilians killed, as of 10 Jan 2030"': Region H ≥9`,
        `    - 'img "Region A: 7 civilians killed, as of 10 Jan 2030"': Region A 7`,
        `    - 'img "Region B: 5 civilians killed, date not stated"': Region B 5`,
        `    - 'img "Region D: 3 civilians killed, as of 10 Jan 2030"': Region D 3`,
        `    - 'img "Region E: about 3 civilians killed, as of 10 Jan 2030"': Region E ~3`,
        `    - 'img "Region F: civilians killed: 1, as of 10 Jan 2030"': Region F 1`,
        '  - paragraph: "Not reported: Region C and Region G."',
        '  - paragraph: Regional figures add up to about 28 of the 40 civilians killed reported nationally as of 10 Jan 2030.',
        '  - button "Show table"',
        '  - paragraph: Figures as reported by Example Ministry and Example NGO.',
        '  - paragraph: "Source: Example Ministry. Reported by a party to the conflict; not independently verified. Cited from Example Publisher (2030-02)."',
      ].join('\n'),
    );
  });

  it("the key help is the description of the bars' group, read when it takes focus", async () => {
    await pathChart();
    expect(await accessibleDescription('#path', 'svg.plot')).to.equal(
      'Arrow keys move between regions; Enter or Space shows or hides the details; Escape hides them.',
    );
  });

  it('"Show table" puts the table in the tree, after the expanded button; "Hide table" takes it out again', async () => {
    const el = await pathChart();
    parts(el).toggle().click();
    await el.updateComplete;
    const open = await ariaSnapshot('#path');
    expect(open).to.contain(
      '  - button "Hide table" [expanded]\n  - table "Civilians killed by region.',
    );
    expect(open).to.contain('- rowheader "Region G"');
    parts(el).toggle().click();
    await el.updateComplete;
    const closed = await ariaSnapshot('#path');
    expect(closed).to.contain('  - button "Show table"\n');
    expect(closed).not.to.contain('table "');
  });

  it('in a phone’s column the table is drawn row by row, sources under the figures, and is still a table with its headers', async () => {
    const el = await chart(
      html`<cw-regional-bar-chart
        id="path"
        locale="en-GB"
        style="width: 320px"
        .data=${many()}
      ></cw-regional-bar-chart>`,
    );
    parts(el).toggle().click();
    await el.updateComplete;
    const row = el.shadowRoot!.querySelector('tbody tr')!;
    const [region, figure, source] = [...row.children].map((c) => c.getBoundingClientRect());
    // The region and its figure share a line; the source starts below them and takes the full width.
    expect(Math.abs(region.top - figure.top)).to.be.below(1);
    expect(source.top).to.be.at.least(region.bottom - 1);
    expect(source.width).to.be.at.least(row.getBoundingClientRect().width - 1);
    const open = await ariaSnapshot('#path');
    expect(open).to.contain('  - table "Civilians killed by region.');
    expect(open).to.match(/- columnheader "Region"/);
    expect(open).to.match(
      /- row "Region H ≥?.*9[^"]*":\n\s+- rowheader "Region H"\n\s+- cell "at least 9"/,
    );
  });
});
