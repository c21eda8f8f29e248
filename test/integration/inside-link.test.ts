import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { resetMouse, sendMouse } from '@web/test-runner-commands';
import '../../src/elements.js';
import { parts as chartParts } from '../components/regional-bar-chart/helpers.js';
import { settled } from '../fixtures/settled.js';
import { synthetic } from '../fixtures/synthetic.js';

/**
 * The elements inside a link, as a homepage teaser card links to the
 * article: a reader's click on one of their controls works the control and
 * stays on the page; a click on their text follows the link, as on the rest
 * of the card. Real mouse clicks, so the browser decides as it would for a
 * reader.
 */
async function card() {
  const link = await fixture<HTMLAnchorElement>(html`
    <a href="#followed" style="display: block; width: 700px">
      <cw-casualty-counter start="none" .data=${synthetic()}></cw-casualty-counter>
      <cw-regional-bar-chart .data=${synthetic()}></cw-regional-bar-chart>
      <cw-ceasefire-timeline .data=${synthetic()}></cw-ceasefire-timeline>
    </a>
  `);
  const [counter, chart, timeline] = [...link.children] as [
    HTMLElementTagNameMap['cw-casualty-counter'],
    HTMLElementTagNameMap['cw-regional-bar-chart'],
    HTMLElementTagNameMap['cw-ceasefire-timeline'],
  ];
  await Promise.all([counter, chart, timeline].map((el) => settled(el)));
  await waitUntil(() => timeline.shadowRoot!.querySelector('.mark'), 'no markers');
  return { counter, chart, timeline };
}

/** Clicks the middle of `target` with the mouse; true when the page followed the link. */
async function followsLink(target: Element): Promise<boolean> {
  target.scrollIntoView({ block: 'center' });
  const box = target.getBoundingClientRect();
  history.replaceState(null, '', location.pathname + location.search);
  await sendMouse({
    type: 'click',
    position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)],
  });
  await new Promise((resolve) => setTimeout(resolve, 50));
  return location.hash === '#followed';
}

describe('inside a link (a teaser card)', () => {
  afterEach(async () => {
    await resetMouse();
    history.replaceState(null, '', location.pathname + location.search);
  });

  it('the chart’s table button and its bars work and stay on the page', async () => {
    const { chart } = await card();
    expect(await followsLink(chartParts(chart).toggle()), 'table button').to.be.false;
    expect(chartParts(chart).toggle().getAttribute('aria-expanded')).to.equal('true');
    const [, second] = chartParts(chart).bars();
    expect(await followsLink(second), 'bar').to.be.false;
    expect(chart.shadowRoot!.activeElement?.getAttribute('data-index')).to.equal('1');
  });

  it('a timeline marker opens its card and stays on the page', async () => {
    const { timeline } = await card();
    const chosen: string[] = [];
    timeline.addEventListener('cw-select', (e) => chosen.push(e.detail.id));
    expect(await followsLink(timeline.shadowRoot!.querySelector('.mark')!), 'marker').to.be.false;
    expect(chosen).to.have.length(1);
  });

  it('the counter’s “Why … is shown” opens and stays on the page', async () => {
    const { counter } = await card();
    const summary = counter.shadowRoot!.querySelector('summary')!;
    expect(await followsLink(summary), 'summary').to.be.false;
    expect(summary.parentElement).to.have.property('open', true);
  });

  it('a click on the elements’ text follows the link, as on the rest of the card', async () => {
    const { counter, chart } = await card();
    expect(await followsLink(counter.shadowRoot!.querySelector('[part="figure"]')!), 'figure').to.be
      .true;
    expect(await followsLink(chart.shadowRoot!.querySelector('[part="title"]')!), 'title').to.be
      .true;
  });
});
