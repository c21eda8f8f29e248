import { expect, html, nextFrame } from '@open-wc/testing';
import type { CwCeasefireTimeline } from '../../../src/components/ceasefire-timeline/ceasefire-timeline.js';
import { setViewport } from '@web/test-runner-commands';
import { defaultDataset } from '../../../src/data/default-dataset.js';
import type { Dataset } from '../../../src/data/types.js';
import { $, $$, mount, text } from './helpers.js';

/**
 * The wide timeline as a graphic on the bundled data (issue 15, items 1–4):
 * direct labels, honest groups, text that follows the reader's size. Boxes
 * are the drawn text's, measured, not the layout's estimates.
 */

/**
 * The bundled timeline with a content width of `width` px (padding: 16 px a
 * side), once laid out for its measured font size: the first drawing
 * guesses 16 px (guessBox()), and the observer corrects it a frame later.
 */
async function at(width: number, style = '', data?: Dataset): Promise<CwCeasefireTimeline> {
  const el = await mount(
    html`<cw-ceasefire-timeline
      locale="en-GB"
      style="width: ${width + 32}px; ${style}"
      .data=${data}
    ></cw-ceasefire-timeline>`,
  );
  // The drawing is settled when a frame and an update leave its text where it was.
  const where = () =>
    $$(el, 'svg.chart text')
      .map((t) => t.getAttribute('y'))
      .join();
  let before = '';
  for (let frame = 0; frame < 10 && before !== where(); frame++) {
    before = where();
    await nextFrame();
    await el.updateComplete;
  }
  return el;
}

/**
 * The bundled data with the 27 October Barda strike in the violations lane
 * too, so that at 560 px it crowds into one group with the strikes of 26 and
 * 28 October.
 */
async function crowded(): Promise<Dataset> {
  const data = structuredClone(await defaultDataset());
  const strike = data.events.find((e) => e.id === 'attack-barda-2020-10-27')!;
  strike.kind = 'violation';
  strike.violates = 'ceasefire-washington';
  return data;
}

const rect = (node: Element) => node.getBoundingClientRect();
/** A label's words, its lines apart: “Barda, 28 Oct / at least 21 killed”. */
const words = (label: Element) => [...label.querySelectorAll('tspan')].map(text).join(' / ');
/** Whether two boxes overlap by more than half a pixel (anti-aliasing may touch). */
const intersect = (a: DOMRect, b: DOMRect) =>
  a.left < b.right - 0.5 &&
  b.left < a.right - 0.5 &&
  a.top < b.bottom - 0.5 &&
  b.top < a.bottom - 0.5;

/** Everything drawn for a mark: its symbol and a group's badge (not the invisible tap target). */
const markShapes = (el: Element) => $$(el, '.mark .shape, .mark .badge');

describe('<cw-ceasefire-timeline> as a graphic', () => {
  before(async () => {
    await setViewport({ width: 1400, height: 900 });
  });
  after(async () => {
    await setViewport({ width: 800, height: 600 });
  });

  for (const width of [560, 768, 1200]) {
    it(`at ${width} px no two labels overlap each other or any mark; every ceasefire and the largest event are labelled`, async () => {
      const el = await at(width);
      expect(el.shadowRoot!.querySelector('.timeline')!.classList.contains('horizontal')).to.equal(
        true,
      );
      const labels = $$(el, '.label');
      expect(labels.length).to.be.above(5);
      const boxes = labels.map(rect);
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++)
          expect(
            intersect(boxes[i], boxes[j]),
            `“${text(labels[i])}” and “${text(labels[j])}”`,
          ).to.equal(false);
        for (const shape of markShapes(el)) {
          const key = shape.closest('.mark')!.getAttribute('data-key');
          expect(intersect(boxes[i], rect(shape)), `“${text(labels[i])}” and mark ${key}`).to.equal(
            false,
          );
        }
      }
      expect($$(el, '.label.ceasefire').map(text)).to.deep.equal([
        'Moscow, 10 Oct',
        'Paris, 18 Oct',
        'Washington, 24 Oct',
      ]);
      // The largest toll: labelled with place, date and toll, on the mark that holds it.
      const largest = $$(el, '.label.event').find((l) => text(l).includes('at least 21 killed'));
      expect(largest && words(largest)).to.equal('Barda, 28 Oct / at least 21 killed');
      const key = largest!.getAttribute('data-key');
      const mark = $(el, `.mark[data-key="${key}"]`)!;
      expect(
        mark.getAttribute('data-key') === 'e:violation-barda-2020-10-28' ||
          mark.classList.contains('group'),
      ).to.equal(true);
      expect($$(el, '.label.lane').map(text)).to.deep.equal([
        'Reported ceasefire violations',
        'Reported attacks on populated areas',
      ]);
    });
  }

  it('at 560 px the Barda strike of 21, crowded by two others, is grouped, drawn at its own size and labelled, never a bare count', async () => {
    const el = await at(560, '', await crowded());
    const group = $(el, '.mark.group')!;
    expect(text(group.querySelector('.count'))).to.equal('3');
    const alone = await at(1200, '', await crowded());
    const single = $(alone, '.mark[data-key="e:violation-barda-2020-10-28"] .shape')!;
    // The same diamond: the largest member's symbol, not a badge's.
    expect(group.querySelector('.shape')!.getAttribute('d')).to.equal(single.getAttribute('d'));
    const label = $$(el, '.label.event').find((l) => l.dataset.key === group.dataset.key);
    expect(label && words(label)).to.equal('Barda, 28 Oct / at least 21 killed');
    expect(text($(el, '.legend'))).to.include('the marker is sized by the largest');
  });

  it('a card open on a grouped event draws that event on its own at its place, ringed', async () => {
    const el = await at(560, '', await crowded());
    const group = $(el, '.mark.group')!;
    el.selected = 'attack-barda-2020-10-27';
    await el.updateComplete;
    const pinned = $(el, '.mark.active[data-key="e:attack-barda-2020-10-27"]');
    expect(pinned !== null, 'the selected event is drawn').to.equal(true);
    expect($$(el, '.mark.active')).to.have.length(1);
    // At its own date, left of the group's centre (its neighbour of 28 Oct is the later one).
    const x = (node: Element) => node.getAttribute('transform')!;
    expect(x(pinned!)).to.not.equal(x(group));
    expect($(el, '.card') !== null, 'the card is open').to.equal(true);
  });

  it('drawing text follows --cw-font-size: 0.8125 of it, never under 12 px, badge counts included', async () => {
    const sizes = (el: Element) =>
      $$(el, '.chart text').map((t) => parseFloat(getComputedStyle(t).fontSize));
    const reader = await at(1200);
    expect([...new Set(sizes(reader))]).to.deep.equal([13]);
    // A 24 px reader default (what `medium` then is): labels, axis and lanes at 19.5 px.
    const large = await at(768, '--cw-font-size: 24px');
    const texts = sizes(large);
    expect(Math.min(...texts)).to.equal(19.5);
    const small = await at(768, '--cw-font-size: 10px');
    expect(Math.min(...sizes(small))).to.equal(12);
    const grouped = await at(560, '--cw-font-size: 10px', await crowded());
    expect(parseFloat(getComputedStyle($(grouped, '.count')!).fontSize)).to.equal(12);
    for (const glyph of $$(grouped, '.legend .glyph text'))
      expect(parseFloat(getComputedStyle(glyph).fontSize)).to.be.at.least(12);
  });

  it('at a 24 px default size, labels still neither overlap nor run out of the drawing', async () => {
    const el = await at(768, '--cw-font-size: 24px');
    const chart = rect($(el, 'svg.chart')!);
    const boxes = $$(el, '.label').map(rect);
    expect(boxes.length).to.be.above(3);
    for (const [i, box] of boxes.entries()) {
      expect(box.left, `label ${i}`).to.be.at.least(chart.left - 0.5);
      expect(box.right, `label ${i}`).to.be.at.most(chart.right + 0.5);
      for (const [j, other] of boxes.entries())
        if (j > i) expect(intersect(box, other), `labels ${i} and ${j}`).to.equal(false);
      for (const shape of markShapes(el))
        expect(intersect(box, rect(shape)), `label ${i} and a mark`).to.equal(false);
    }
  });
});
