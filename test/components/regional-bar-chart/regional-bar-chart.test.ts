import { expect, html } from '@open-wc/testing';
import { fig, synthetic } from '../../fixtures/synthetic.js';
import { chart, many, parts, regions, settled } from './helpers.js';

describe('<cw-regional-bar-chart> rendering and attributes', () => {
  it('by default shows killed for every region with a figure, largest first, each bar with its value', async () => {
    const el = await chart(html`<cw-regional-bar-chart .data=${many()}></cw-regional-bar-chart>`);
    const p = parts(el);
    expect(p.title()).to.equal('Civilians killed by region');
    expect(p.labels()).to.deep.equal([
      'Region H',
      'Region A',
      'Region B',
      'Region D',
      'Region E',
      'Region F',
    ]);
    expect(p.values()).to.deep.equal(['≥9', '7', '5', '3', '~3', '1']);
    expect(p.bars()).to.have.length(6);
  });

  it('blank metric, sort, limit, highlight, as-of, label, locale and theme (a CMS field left empty) count as not set', async () => {
    const el = await chart(
      html`<cw-regional-bar-chart
        metric=""
        sort=""
        highlight=" "
        limit=""
        as-of=" "
        label=""
        locale=""
        theme=""
        .data=${many()}
      ></cw-regional-bar-chart>`,
    );
    const p = parts(el);
    expect(p.title()).to.equal('Civilians killed by region');
    expect(p.labels()[0]).to.equal('Region H');
    expect(p.bars()).to.have.length(6);
    expect(p.rows().some((r) => r.classList.contains('highlighted'))).to.be.false;
  });

  it('lists regions without a figure as "Not reported", never as a bar, and as "not reported" in the table', async () => {
    const el = await chart(html`<cw-regional-bar-chart .data=${many()}></cw-regional-bar-chart>`);
    const p = parts(el);
    expect(p.notReported()).to.equal('Not reported: Region C and Region G.');
    expect(p.labels()).not.to.include('Region C');
    const c = p.tableRows().find((r) => r[0] === 'Region C')!;
    expect(c[1]).to.equal('not reported');
  });

  it('gives the summary sentence and the as-of line', async () => {
    const el = await chart(
      html`<cw-regional-bar-chart .data=${synthetic()}></cw-regional-bar-chart>`,
    );
    expect(parts(el).summary()).to.equal(
      'Region A has the most reported deaths, 7, of 12 nationally.',
    );
    expect(parts(el).asOf()).to.equal('Latest figure for each region; dates vary');
    const figure = el.shadowRoot!.querySelector('figure')!;
    const description = el.shadowRoot!.getElementById(figure.getAttribute('aria-describedby')!);
    expect(description?.textContent).to.equal(parts(el).summary());
  });

  it('says nothing about reconciliation when the regions add up, and states the gap when they do not', async () => {
    const killed = await chart(
      html`<cw-regional-bar-chart locale="en-GB" .data=${synthetic()}></cw-regional-bar-chart>`,
    );
    expect(parts(killed).reconciliation()).to.equal(undefined);
    killed.metric = 'injured';
    await killed.updateComplete;
    expect(parts(killed).reconciliation()).to.equal(
      'Regional figures add up to about 31 of the more than 40 civilians injured reported nationally as of 10 Jan 2030.',
    );
  });

  it('metric="injured" shows qualifiers short on the bar ("~20") and in words in the table ("about 20")', async () => {
    const el = await chart(
      html`<cw-regional-bar-chart metric="injured" .data=${synthetic()}></cw-regional-bar-chart>`,
    );
    expect(parts(el).values()).to.deep.equal(['~20', '10', '1']);
    expect(parts(el).tableRows()[0].slice(0, 2)).to.deep.equal(['Region A', 'about 20']);
  });

  it('metric="killed,injured" draws two bars per region, the second hatched, with a legend', async () => {
    const el = await chart(
      html`<cw-regional-bar-chart
        metric="killed,injured"
        .data=${synthetic()}
      ></cw-regional-bar-chart>`,
    );
    const p = parts(el);
    expect(p.title()).to.equal('Civilians killed and civilians injured by region');
    expect(p.legend()?.replace(/\s+/g, ' ')).to.equal('Civilians killed Civilians injured');
    expect(p.values()).to.deep.equal(['7', '~20', '5', '10', 'not reported', '1']);
    const [first, second] = p.bars();
    expect(first.getAttribute('fill')).to.equal(null);
    expect(second.getAttribute('fill')).to.match(/^url\(#.+-hatch\)$/);
    const pattern = el.shadowRoot!.getElementById(second.getAttribute('fill')!.slice(5, -1));
    expect(pattern?.localName).to.equal('pattern');
    expect(p.bars()).to.have.length(5);
  });

  for (const [sort, expected] of [
    // Region E and D tie at 3: a stable sort keeps the (reversed) dataset order.
    ['value', ['Region H', 'Region A', 'Region B', 'Region E', 'Region D', 'Region F']],
    ['name', ['Region A', 'Region B', 'Region D', 'Region E', 'Region F', 'Region H']],
    ['none', ['Region F', 'Region E', 'Region D', 'Region B', 'Region A', 'Region H']],
  ] as const) {
    it(`sort="${sort}" orders the bars and the table`, async () => {
      const data = many();
      const h = data.regions.pop()!;
      data.regions.reverse().push(h);
      const el = await chart(
        html`<cw-regional-bar-chart sort=${sort} .data=${data}></cw-regional-bar-chart>`,
      );
      expect(parts(el).labels()).to.deep.equal(expected);
      expect(
        parts(el)
          .tableRows()
          .map((r) => r[0])
          .slice(0, 6),
      ).to.deep.equal(expected);
    });
  }

  it('limit="2" shows the top two and one "Other regions" bar with their sum; the table keeps every region', async () => {
    const el = await chart(
      html`<cw-regional-bar-chart limit="2" .data=${many()}></cw-regional-bar-chart>`,
    );
    expect(parts(el).labels()).to.deep.equal(['Region H', 'Region A', 'Other regions (4)']);
    expect(parts(el).values()).to.deep.equal(['≥9', '7', '~12']);
    expect(parts(el).tableRows()).to.have.length(8);
  });

  it('2,000 regions draw the top 20 and one "Other regions (1,980)" bar, say so in the summary, and keep every region in the table', async () => {
    const el = await chart(
      html`<cw-regional-bar-chart .data=${regions(2000)}></cw-regional-bar-chart>`,
    );
    const p = parts(el);
    expect(p.labels()).to.have.length(21);
    expect(p.labels().slice(0, 2)).to.deep.equal(['Region 1', 'Region 2']);
    expect(p.labels().at(-1)).to.equal('Other regions (1,980)');
    expect(p.summary()).to.equal(
      'Region 1 has the most reported deaths, 2,000, of 2,001,000 nationally. The bars show the 20 regions with the most reported deaths; the other 1,980 are added up in one bar and listed in the table.',
    );
    expect(p.tableRows()).to.have.length(2000);
    expect(p.tableRows().at(-1)?.slice(0, 2)).to.deep.equal(['Region 2000', '1']);
  });

  it('limit still wins over the default fold, and a highlighted region outside the top 20 keeps its own bar', async () => {
    const el = await chart(
      html`<cw-regional-bar-chart limit="40" .data=${regions(100)}></cw-regional-bar-chart>`,
    );
    expect(parts(el).labels()).to.have.length(41);
    el.removeAttribute('limit');
    el.highlight = 'Region 77';
    await el.updateComplete;
    expect(parts(el).labels().slice(-2)).to.deep.equal(['▸ Region 77', 'Other regions (79)']);
  });

  it('highlight draws the region in the accent colour, bold and with a marker', async () => {
    const el = await chart(
      html`<cw-regional-bar-chart
        theme="light"
        highlight="alpha region"
        .data=${synthetic()}
      ></cw-regional-bar-chart>`,
    );
    const [a, b] = parts(el).rows();
    expect(a.classList.contains('highlighted')).to.be.true;
    expect(parts(el).labels()).to.deep.equal(['▸ Region A', 'Region B']);
    const label = (row: SVGGElement) => getComputedStyle(row.querySelector('.label')!).fontWeight;
    expect(label(a)).to.equal('700');
    expect(label(b)).to.equal('400');
    const fill = (row: SVGGElement) => getComputedStyle(row.querySelector('.bar')!).fill;
    expect(fill(a)).not.to.equal(fill(b));
  });

  it('as-of picks each region’s latest figure on or before that day', async () => {
    const data = synthetic();
    data.regions[0].figures.killed!.push(
      fig('a-killed-early', 2, { asOf: { value: '2030-01-03', precision: 'day' } }),
    );
    const el = await chart(
      html`<cw-regional-bar-chart
        as-of="2030-01-05"
        locale="en-GB"
        .data=${data}
      ></cw-regional-bar-chart>`,
    );
    expect(parts(el).labels()).to.deep.equal(['Region A']);
    expect(parts(el).values()).to.deep.equal(['2']);
    expect(parts(el).asOf()).to.equal('Latest figures on or before 5 Jan 2030');
  });

  it('label replaces the title and names the figure', async () => {
    const el = await chart(
      html`<cw-regional-bar-chart
        label="Deaths by district"
        .data=${synthetic()}
      ></cw-regional-bar-chart>`,
    );
    expect(parts(el).title()).to.equal('Deaths by district');
    const figure = el.shadowRoot!.querySelector('figure')!;
    const named = el.shadowRoot!.getElementById(figure.getAttribute('aria-labelledby')!);
    expect(named?.textContent).to.equal('Deaths by district');
  });

  it('locale formats numbers and dates', async () => {
    const data = synthetic();
    data.regions[0].figures.killed = [fig('a-big', 12345)];
    data.national.killed = [fig('n-big', 12400)];
    const el = await chart(
      html`<cw-regional-bar-chart locale="de" .data=${data}></cw-regional-bar-chart>`,
    );
    expect(parts(el).values()[0]).to.equal('12.345');
    expect(parts(el).reconciliation()).to.include('12.350 of the 12.400');
    expect(parts(el).reconciliation()).to.include('10. Jan. 2030');
  });

  it('theme="dark" switches the colours', async () => {
    const light = await chart(
      html`<cw-regional-bar-chart theme="light" .data=${synthetic()}></cw-regional-bar-chart>`,
    );
    const dark = await chart(
      html`<cw-regional-bar-chart theme="dark" .data=${synthetic()}></cw-regional-bar-chart>`,
    );
    const bg = (el: typeof light) => getComputedStyle(parts(el).root).backgroundColor;
    expect(bg(dark)).not.to.equal(bg(light));
    expect(dark.getAttribute('theme')).to.equal('dark');
  });

  it('hide-source hides the source line visually but keeps it in the page for screen readers', async () => {
    const el = await chart(
      html`<cw-regional-bar-chart hide-source .data=${synthetic()}></cw-regional-bar-chart>`,
    );
    const source = parts(el).source()!;
    expect(source.textContent.trim()).to.match(/^Source: Example Ministry/);
    expect(source.closest('.source-block')!.classList.contains('visually-hidden')).to.be.true;
  });

  it('the source line names the reporter and the status', async () => {
    const el = await chart(
      html`<cw-regional-bar-chart .data=${synthetic()}></cw-regional-bar-chart>`,
    );
    expect(parts(el).source()!.textContent).to.include('Reported by a party to the conflict');
    expect(parts(el).source()!.classList.contains('visually-hidden')).to.be.false;
  });

  it('reads data from an inline <script type="application/json"> child', async () => {
    const el = await chart(
      `<cw-regional-bar-chart><script type="application/json">${JSON.stringify(synthetic())}</script></cw-regional-bar-chart>`,
    );
    expect(parts(el).labels()).to.deep.equal(['Region A', 'Region B']);
  });

  it('reads data from src', async () => {
    const url = `data:application/json,${encodeURIComponent(JSON.stringify(many()))}`;
    const el = await chart(html`<cw-regional-bar-chart src=${url}></cw-regional-bar-chart>`);
    expect(parts(el).labels()).to.have.length(6);
  });

  it('redraws when .data changes', async () => {
    const el = await chart(
      html`<cw-regional-bar-chart .data=${synthetic()}></cw-regional-bar-chart>`,
    );
    el.data = many();
    await settled(el);
    expect(parts(el).labels()).to.have.length(6);
  });

  it('says so, without drawing a box of bars, when no region has a figure on the as-of day, and never calls an undated one "not reported"', async () => {
    const el = await chart(
      html`<cw-regional-bar-chart
        as-of="2000-01-01"
        locale="en-GB"
        .data=${synthetic()}
      ></cw-regional-bar-chart>`,
    );
    expect(parts(el).svg()).to.equal(null);
    expect(parts(el).summary()).to.equal(
      'No region has a figure for civilians killed dated on or before 1 Jan 2000.',
    );
    expect(parts(el).notReported()).to.equal('Not reported: Region A and Region C.');
    expect(parts(el).undated()).to.equal(
      'Given without a date, so not drawn for 1 Jan 2000. Civilians killed: Region B 5; national figure 4.',
    );
    const b = parts(el)
      .tableRows()
      .find((r) => r[0] === 'Region B')!;
    expect(b.slice(0, 3)).to.deep.equal([
      'Region B',
      '5 (date not stated)',
      'Date not stated Also given: 2 civilians killed, 10 Jan 2030 (same source and section). Why 5 civilians killed is shown: The second list is the later and more specific one.',
    ]);
  });

  it('the bundled dataset renders its killed figures with a summary sentence', async () => {
    const el = await chart(html`<cw-regional-bar-chart></cw-regional-bar-chart>`);
    expect(parts(el).rows().length).to.be.above(3);
    expect(parts(el).summary()).to.match(/ (has|have) the most reported deaths, /);
    expect(parts(el).source()!.textContent.trim()).to.match(/^Sources?: /);
  });
});
