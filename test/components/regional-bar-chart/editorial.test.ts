import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import {
  arrange,
  layoutChart,
  textWidth,
} from '../../../src/components/regional-bar-chart/layout.js';
import { rowLabel } from '../../../src/components/regional-bar-chart/text.js';
import type { CwRegionalBarChart } from '../../../src/components/regional-bar-chart/regional-bar-chart.js';
import { defaultDataset } from '../../../src/data/default-dataset.js';
import { regionalBreakdown } from '../../../src/data/query.js';
import { editorial, synthetic } from '../../fixtures/synthetic.js';
import { chart, many, parts } from './helpers.js';

/** The details panel of row `index`, after focusing it with the keyboard. */
async function detailsOf(el: CwRegionalBarChart, label: string): Promise<string> {
  const index = parts(el).labels().indexOf(label);
  expect(index, `no bar for ${label}`).to.be.at.least(0);
  parts(el).rows()[0].focus();
  await sendKeys({ press: 'Home' });
  for (let i = 0; i < index; i++) await sendKeys({ press: 'ArrowDown' });
  await el.updateComplete;
  return parts(el).details().textContent.replace(/\s+/g, ' ').trim();
}

const tableRow = (el: CwRegionalBarChart, name: string) =>
  parts(el)
    .tableRows()
    .find((r) => r[0] === name)!;

describe('<cw-regional-bar-chart> editorial integrity (issue 12)', () => {
  it('says where in the title and whose in the summary and caption, from the dataset’s scope', async () => {
    const el = await chart(
      html`<cw-regional-bar-chart .data=${editorial()}></cw-regional-bar-chart>`,
    );
    expect(parts(el).title()).to.equal('Civilians killed in Example Land, by region');
    expect(parts(el).summary()).to.equal(
      'As reported by Example Ministry and Example Publisher, Region A has the most reported deaths, 7, of 12 nationally.',
    );
    expect(el.shadowRoot!.querySelector('caption')!.textContent.trim()).to.equal(
      'Civilians killed in Example Land, by region, as reported by Example Ministry and Example Publisher. Latest figure for each region; dates vary.',
    );
  });

  it('on the bundled data the title says Azerbaijan and the summary whose figures they are', async () => {
    const el = await chart(html`<cw-regional-bar-chart></cw-regional-bar-chart>`);
    expect(parts(el).title()).to.equal('Civilians killed in Azerbaijan, by region');
    expect(parts(el).summary()).to.match(
      /^As reported by Azerbaijani authorities and an advocacy report, Ganja and Barda have the most reported deaths, 25 each/,
    );
  });

  it('with as-of on the bundled data, regions whose figure is undated are listed as undated, never as "Not reported"', async () => {
    const el = await chart(
      html`<cw-regional-bar-chart as-of="2020-10-30"></cw-regional-bar-chart>`,
    );
    expect(parts(el).labels()).to.deep.equal(['Ganja']);
    expect(parts(el).summary()).to.contain(
      'Ganja is the only region with a figure for civilians killed dated on or before 30 Oct 2020, 25',
    );
    const notReported = parts(el).notReported() ?? '';
    for (const name of ['Barda', 'Tartar', 'Goranboy', 'Naftalan', 'Aghdam'])
      expect(notReported).not.to.contain(name);
    expect(parts(el).undated()).to.equal(
      'Given without a date, so not drawn for 30 Oct 2020. Civilians killed: Barda 25, Tartar 16, Goranboy 7, Aghdam 7, Naftalan 5, Fuzuli 3, Beylagan 2 and Aghjabadi 1; national figure 65.',
    );
    expect(tableRow(el, 'Barda').slice(0, 2)).to.deep.equal(['Barda', '25 (date not stated)']);
    expect(parts(el).source()!.textContent).to.contain(
      'Legal Analysis and Research Public Union (the report names no source)',
    );
  });

  it('a pair with as-of says "date not stated" at a bar whose figure is undated, and the details give it', async () => {
    const data = synthetic();
    data.regions[0].figures.injured![0].asOf = { precision: 'unknown' };
    const el = await chart(
      html`<cw-regional-bar-chart
        metric="killed,injured"
        as-of="2030-01-10"
        locale="en-GB"
        .data=${data}
      ></cw-regional-bar-chart>`,
    );
    expect(parts(el).labels()).to.deep.equal(['Region A', 'Region B', 'Region C']);
    expect(parts(el).values()).to.deep.equal([
      '7',
      'date not stated',
      '2',
      '10',
      'not reported',
      '1',
    ]);
    expect(parts(el).rows()[0].getAttribute('aria-label')).to.equal(
      'Region A: 7 civilians killed, as of 10 Jan 2030; about 20 civilians injured, date not stated',
    );
    expect(parts(el).undated()).to.equal(
      'Given without a date, so not drawn for 10 Jan 2030. Civilians injured: Region A about 20.',
    );
    // B's 2 is dated; the contradiction's reason is about the undated 5, so it is not given as why 2 is shown.
    const b = await detailsOf(el, 'Region B');
    expect(b).to.contain(
      'Also given: 5 civilians killed, date not stated (same source and section).',
    );
    expect(b).not.to.contain('Why');
  });

  it('the details and the table list every version of a region’s figure with credit, date and place, and why the default', async () => {
    const data = editorial();
    const first = data.regions[1].figures.killed![0];
    first.reportedBy = 'example-publisher';
    first.citation = { source: 'example-report', section: 'Lists', locator: 'section 3 (lists)' };
    const el = await chart(html`<cw-regional-bar-chart .data=${data}></cw-regional-bar-chart>`);
    const details = await detailsOf(el, 'Region B');
    expect(details).to.contain(
      'Also given: 2 civilians killed, 10 Jan 2030. Example Publisher (the report names no source). An advocacy report’s own claim; not independently verified. Cited from Example Publisher (2030-02), section 3 (lists); the report’s heading: “Lists”.',
    );
    expect(details).to.contain(
      'Why 5 civilians killed is shown: The second list is the later and more specific one.',
    );
    expect(tableRow(el, 'Region B')[2]).to.contain('Also given: 2 civilians killed, 10 Jan 2030.');
    expect(tableRow(el, 'Region B')[2]).to.contain('Why 5 civilians killed is shown:');
    expect(parts(el).source()!.textContent).not.to.contain('heading');
  });

  it('on the bundled data, Barda’s details give the other printing, the reason, the report’s heading (quoted, labelled) and the discrepancy with the strikes', async () => {
    const el = await chart(html`<cw-regional-bar-chart></cw-regional-bar-chart>`);
    const details = await detailsOf(el, 'Barda');
    expect(details).to.contain(
      'Also given: 6 civilians killed, date not stated (same source and section).',
    );
    expect(details).to.contain(
      'Why 25 civilians killed is shown: Section 7 prints its district list twice',
    );
    expect(details).to.contain('The report’s heading: “Mass killings of civilians in Barda”.');
    expect(details).to.contain('5 on 27 October and 21 (or at least 21) on 28 October, 26 in all');
    expect(details).to.contain(
      'Legal Analysis and Research Public Union (the report names no source)',
    );
    expect(details).not.to.contain('Prosecutor General');
    const barda = tableRow(el, 'Barda')[2];
    expect(barda).to.contain(
      'Legal Analysis and Research Public Union (the report names no source).',
    );
    expect(barda).to.contain('Also given: 6 civilians killed');
    expect(barda).to.contain('26 in all');
    // The table quotes a heading only for another version, not down every row it shows.
    expect(tableRow(el, 'Tartar')[2]).not.to.contain('heading');
    expect(tableRow(el, 'Ganja')[2]).to.contain('the report’s heading: “Second violation');
    expect(tableRow(el, 'Ganja')[2]).to.contain(
      'Also given: 27 civilians killed, date not stated. Legal Analysis and Research Public Union (the report names no source).',
    );
    // The heading stays out of every visible line but the details and the table.
    for (const part of ['title', 'summary', 'source', 'discrepancies', 'scope'])
      expect(el.shadowRoot!.querySelector(`[part="${part}"]`)!.textContent, part).not.to.contain(
        'Mass killings',
      );
  });

  it('under the bars, the discrepancy note sits beside a figure it involves: Barda’s 25 and the two strikes’ 26', async () => {
    const el = await chart(html`<cw-regional-bar-chart></cw-regional-bar-chart>`);
    const data = await defaultDataset();
    const barda = data.discrepancies!.find((d) => d.id === 'barda-killed-district-vs-strikes')!;
    expect(barda.note).to.contain('26 in all');
    // Killed only: the note on the injured figures stays out.
    expect(parts(el).discrepancies()).to.equal(barda.note);
    const synthetic = await chart(
      html`<cw-regional-bar-chart .data=${editorial()}></cw-regional-bar-chart>`,
    );
    expect(parts(synthetic).discrepancies()).to.equal(
      'Example note: the region total and the strike toll are given separately.',
    );
    synthetic.metric = 'injured';
    await synthetic.updateComplete;
    expect(parts(synthetic).discrepancies()).to.equal(undefined);
    // Killed and injured: each note its own paragraph, not run together.
    el.metric = 'killed,injured';
    await el.updateComplete;
    const notes = [...el.shadowRoot!.querySelectorAll('[part="discrepancies"]')].map((p) =>
      p.textContent.trim(),
    );
    const injured = data.discrepancies!.find((d) => d.id === 'barda-injured-district-vs-strikes')!;
    expect(notes).to.deep.equal([barda.note, injured.note]);
  });

  it('a figure the report gives without naming a source shows as the report’s own claim in the table and details', async () => {
    const el = await chart(
      html`<cw-regional-bar-chart metric="injured" .data=${editorial()}></cw-regional-bar-chart>`,
    );
    expect(tableRow(el, 'Region C')[2]).to.equal(
      '10 Jan 2030. Example Publisher (the report names no source). An advocacy report’s own claim; not independently verified. Cited from Example Publisher (2030-02), section 1 (lists).',
    );
    expect(tableRow(el, 'Region A')[2]).to.contain('Example Ministry. Reported by a party');
    expect(await detailsOf(el, 'Region C')).to.contain(
      'Source: Example Publisher (the report names no source), as of 10 Jan 2030. An advocacy report’s own claim; not independently verified.',
    );
  });

  it('"Other regions (N)" says at its bar and in words how many of its regions report no figure', async () => {
    const el = await chart(
      html`<cw-regional-bar-chart
        metric="killed,injured"
        limit="2"
        .data=${many()}
      ></cw-regional-bar-chart>`,
    );
    expect(parts(el).labels().at(-1)).to.equal('Other regions (5)');
    expect(parts(el).values().slice(-2)).to.deep.equal([
      '~12 (1 not reported)',
      '15 (2 not reported)',
    ]);
    expect(parts(el).rows().at(-1)!.getAttribute('aria-label')).to.equal(
      'Other regions: Region B, Region D, Region E, Region F and Region C: about 12 civilians killed in total (1 of 5 not reported); 15 civilians injured in total (2 of 5 not reported), dates vary',
    );
  });

  it('layoutChart() fits the "Other regions" count after its own bar without shortening bars it cannot collide with', () => {
    const data = many();
    const o = {
      width: 320,
      fontSize: 14,
      locale: 'en',
      sort: 'value',
      limit: 2,
      highlight: new Set<string>(),
    } as const;
    const series = [regionalBreakdown(data, 'killed'), regionalBreakdown(data, 'injured')];
    const layout = layoutChart(arrange(series, o), o);
    const other = layout.rows.at(-1)!;
    expect(other.bars.map((b) => b.text)).to.deep.equal([
      '~12 (1 not reported)',
      '15 (2 not reported)',
    ]);
    const ends = layout.rows.flatMap((r) =>
      r.bars.filter((b) => b.amount).map((b) => b.textX + textWidth(b.text, 14)),
    );
    // Every text fits, and the tightest one ends half an em (the estimate's slack) from the edge: no room is wasted.
    expect(Math.max(...ends)).to.be.closeTo(320 - 4 - 14 / 2, 1e-6);
    // The longest bar is longer than the room left after the longest text.
    expect(layout.x1 - layout.x0).to.be.above(320 - 8 - 6 - textWidth(other.bars[0].text, 14));
    expect(rowLabel(other, data.metrics.slice(0, 2), 'en')).to.contain('(2 of 5 not reported)');
  });
});
