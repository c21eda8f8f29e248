import { expect, fixture, html } from '@open-wc/testing';
import { synthetic } from '../../fixtures/synthetic.js';
import { chart, parts, settled } from './helpers.js';
import { recordProblems } from '../../fixtures/problems.js';

describe('<cw-regional-bar-chart> bad input', () => {
  let problems: ReturnType<typeof recordProblems>;
  beforeEach(() => {
    problems = recordProblems();
  });
  afterEach(() => {
    problems.stop();
  });

  for (const [name, attrs, code, words] of [
    ['an unknown metric', { metric: 'deaths' }, 'invalid-attribute', 'metric=“deaths”'],
    ['an unknown sort', { sort: 'random' }, 'invalid-attribute', 'sort=“random”'],
    ['limit="0"', { limit: '0' }, 'invalid-attribute', 'limit'],
    ['limit="many"', { limit: 'many' }, 'invalid-attribute', 'limit'],
    ['an unknown highlighted region', { highlight: 'Nowhere' }, 'unknown-region', 'Nowhere'],
    ['a malformed as-of', { 'as-of': '10/01/2030' }, 'invalid-attribute', 'as-of=“10/01/2030”'],
    ['an unknown theme', { theme: 'blue' }, 'invalid-attribute', 'theme=“blue” is not one of'],
  ] as const) {
    it(`${name} shows a message, warns once and fires one cw-error, without throwing`, async () => {
      const container = await fixture<HTMLDivElement>(html`<div></div>`);
      const el = document.createElement('cw-regional-bar-chart');
      for (const [key, value] of Object.entries(attrs)) el.setAttribute(key, value);
      el.data = synthetic();
      container.append(el);
      await settled(el);
      el.requestUpdate();
      await el.updateComplete;
      expect(parts(el).error()).to.include(words);
      expect(parts(el).svg()).to.equal(null);
      expect(problems.warnings).to.have.length(1);
      expect(problems.events.map((e) => e.code)).to.deep.equal([code]);
    });
  }

  it('fixing the attribute replaces the message with the chart; breaking it again reports again', async () => {
    const el = await chart(
      html`<cw-regional-bar-chart metric="deaths" .data=${synthetic()}></cw-regional-bar-chart>`,
    );
    el.metric = 'killed';
    await settled(el);
    expect(parts(el).error()).to.equal(undefined);
    expect(parts(el).labels()).to.deep.equal(['Region A', 'Region B']);
    el.setAttribute('metric', 'deaths');
    await el.updateComplete;
    expect(problems.events).to.have.length(2);
  });

  it('a bad attribute is reported once, even when new data arrives with the same problem', async () => {
    const el = await chart(
      html`<cw-regional-bar-chart sort="random" .data=${synthetic()}></cw-regional-bar-chart>`,
    );
    el.data = synthetic();
    await el.updateComplete;
    el.data = synthetic();
    await el.updateComplete;
    expect(parts(el).error()).to.include('sort=“random”');
    expect(problems.warnings).to.have.length(1);
    expect(problems.events).to.have.length(1);
  });

  it('invalid .data shows the validation message and fires invalid-data', async () => {
    const data = synthetic() as unknown as { regions: unknown };
    data.regions = 'none';
    const el = await chart(html`<cw-regional-bar-chart .data=${data}></cw-regional-bar-chart>`);
    expect(parts(el).error()).to.match(/not in the expected format/);
    expect(problems.events.map((e) => e.code)).to.deep.equal(['invalid-data']);
  });

  it('a src that is not found shows the HTTP status and fires http-status', async () => {
    const el = await chart(
      html`<cw-regional-bar-chart src="/__test/gone/data.json"></cw-regional-bar-chart>`,
    );
    expect(parts(el).error()).to.include('HTTP 410');
    expect(problems.events.map((e) => e.code)).to.deep.equal(['http-status']);
    expect(problems.warnings).to.have.length(1);
  });

  it('a src that is not JSON fires content-type', async () => {
    const el = await chart(
      html`<cw-regional-bar-chart src="/__test/not-json"></cw-regional-bar-chart>`,
    );
    expect(problems.events.map((e) => e.code)).to.deep.equal(['content-type']);
    expect(parts(el).error()).to.include('is not JSON');
  });
});
