import { expect, fixture, fixtureSync, html, nextFrame } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import type { CwCasualtyCounter } from '../../../src/components/casualty-counter/casualty-counter.js';
import { asNumber, bigNumber, countUpPhase, framesOfDigits, parts, settled } from './helpers.js';

/** A counter below a spacer several screens tall, so it starts out of view. */
async function belowTheFold(start = 'visible'): Promise<CwCasualtyCounter> {
  window.scrollTo(0, 0);
  const wrapper = await fixture(
    html`<div>
      <div style="height: 300vh"></div>
      <cw-casualty-counter
        start=${start}
        duration="600"
        locale="en-GB"
        .data=${bigNumber()}
      ></cw-casualty-counter>
    </div>`,
  );
  const el = wrapper.querySelector('cw-casualty-counter')!;
  await settled(el);
  return el;
}

/** Scrolls the counter into view and records the digits on every frame until the count-up is over. */
async function countUpFrames(el: CwCasualtyCounter, each?: () => void): Promise<string[]> {
  el.scrollIntoView({ block: 'center' });
  const seen: string[] = [];
  let frames = 0;
  while (countUpPhase(el) !== 'done') {
    await nextFrame();
    each?.();
    // Frames before the observer reports the element on screen still show the final figure.
    if (countUpPhase(el) !== 'waiting') seen.push(parts(el).digits() ?? '');
    if (++frames > 2000) throw new Error('the count-up never finished');
  }
  return seen;
}

describe('<cw-casualty-counter> count-up', () => {
  afterEach(async () => {
    await emulateMedia({ reducedMotion: 'no-preference' });
    window.scrollTo(0, 0);
  });

  it('start="visible" shows the final figure, never 0, until the element scrolls into view, then counts up to it', async () => {
    const el = await belowTheFold();
    expect(await framesOfDigits(el, 10)).to.deep.equal(Array(10).fill('12,345'));
    const seen = await countUpFrames(el);
    const values = seen.map(asNumber);
    expect(
      values.some((v) => v > 0 && v < 12345),
      'shows intermediate values',
    ).to.be.true;
    expect(
      values.every((v, i) => i === 0 || v >= values[i - 1]),
      'never counts down',
    ).to.be.true;
    expect(seen.at(-1)).to.equal('12,345');
  });

  it('the count-up eases out: the first half of the frames covers more than half the value', async () => {
    const el = await belowTheFold();
    const values = (await countUpFrames(el)).map(asNumber);
    const moving = values.filter((v) => v > 0 && v < 12345);
    expect(moving.length).to.be.above(4);
    expect(moving[Math.floor(moving.length / 2)]).to.be.above(12345 / 2);
  });

  it('scrolling away and back does not restart the count-up', async () => {
    const el = await belowTheFold();
    await countUpFrames(el);
    window.scrollTo(0, 0);
    await framesOfDigits(el, 5);
    el.scrollIntoView({ block: 'center' });
    expect(await framesOfDigits(el, 30)).to.deep.equal(Array(30).fill('12,345'));
  });

  it('start="visible" counts up from 0 when data arrives long after the element came into view', async () => {
    const realFetch = window.fetch.bind(window);
    let answer: (response: Response) => void = () => undefined;
    window.fetch = () =>
      new Promise<Response>((resolve) => {
        answer = resolve;
      });
    try {
      // Not fixture(): it awaits updateComplete, which now waits for the data.
      const el = fixtureSync<CwCasualtyCounter>(
        html`<cw-casualty-counter src="/slow.json" duration="300"></cw-casualty-counter>`,
      );
      // Long enough for a count-up started too early (while loading) to have finished.
      for (let i = 0; i < 60; i++) await nextFrame();
      answer(
        new Response(JSON.stringify(bigNumber()), {
          headers: { 'content-type': 'application/json' },
        }),
      );
      const seen: string[] = [];
      while (countUpPhase(el) !== 'done') {
        await nextFrame();
        const digits = parts(el).digits();
        if (digits !== undefined) seen.push(digits);
        if (seen.length > 2000) throw new Error('the count-up never finished');
      }
      expect(seen[0]).to.equal('0');
      expect(seen.map(asNumber).some((v) => v > 0 && v < 12345)).to.be.true;
      expect(seen.at(-1)).to.equal('12,345');
    } finally {
      window.fetch = realFetch;
    }
  });

  it('start="immediate" counts up on first render, even out of view', async () => {
    const el = await belowTheFold('immediate');
    const values: number[] = [];
    while (values.at(-1) !== 12345) {
      await nextFrame();
      values.push(asNumber(parts(el).digits()!));
    }
    expect(values.some((v) => v > 0 && v < 12345)).to.be.true;
  });

  it('start="none" shows the final value at once and never animates', async () => {
    const el = await belowTheFold('none');
    expect(parts(el).digits()).to.equal('12,345');
    el.scrollIntoView({ block: 'center' });
    expect(await framesOfDigits(el, 20)).to.deep.equal(Array(20).fill('12,345'));
  });

  it('under prefers-reduced-motion: reduce the final value shows at once', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const el = await belowTheFold('immediate');
    expect(parts(el).digits()).to.equal('12,345');
    el.scrollIntoView({ block: 'center' });
    expect(await framesOfDigits(el, 20)).to.deep.equal(Array(20).fill('12,345'));
  });

  it('duration="0" ends on the value on the first frame', async () => {
    const el = await belowTheFold('immediate');
    el.duration = 0;
    await el.updateComplete;
    await nextFrame();
    await nextFrame();
    expect(parts(el).digits()).to.equal('12,345');
  });

  it('duration="" counts up over the default 1200 ms, not at once', async () => {
    const el = await belowTheFold('immediate');
    el.setAttribute('duration', '');
    await el.updateComplete;
    const seen = (await framesOfDigits(el, 2)).map(asNumber);
    expect(seen.at(-1)).to.be.above(0).and.below(12345);
  });

  it('a long duration is still counting after a few frames', async () => {
    const el = await belowTheFold('visible');
    el.duration = 600_000;
    el.scrollIntoView({ block: 'center' });
    const seen = await framesOfDigits(el, 20);
    expect(asNumber(seen.at(-1)!))
      .to.be.above(0)
      .and.below(12345);
  });

  it('a change after the count-up shows the new value without counting again', async () => {
    const el = await belowTheFold();
    await countUpFrames(el);
    el.metric = 'injured';
    await el.updateComplete;
    expect(parts(el).digits()).to.equal('40');
    expect(await framesOfDigits(el, 20)).to.deep.equal(Array(20).fill('40'));
  });

  it('the summary holds the final sentence throughout, and the live region says nothing during a count-up', async () => {
    const el = await belowTheFold();
    const live = parts(el).liveRegions();
    expect(live).to.have.length(1);
    const sentence = '12,345 civilians killed, as of 10 Jan 2030.';
    expect(parts(el).summary()).to.equal(sentence);
    let changes = 0;
    const observer = new MutationObserver((records) => {
      changes += records.length;
    });
    observer.observe(live[0], { subtree: true, childList: true, characterData: true });
    await countUpFrames(el, () => {
      expect(parts(el).summary()).to.equal(sentence);
    });
    await nextFrame();
    observer.disconnect();
    expect(changes).to.equal(0);
    expect(
      parts(el).digitsEl()!.closest('[aria-hidden="true"]'),
      'moving digits are aria-hidden',
    ).not.to.equal(null);
  });

  it('a count-up frame rewrites the digits and nothing else in the shadow DOM', async () => {
    const el = await belowTheFold();
    const digits = parts(el).digitsEl()!;
    expect(parts(el).versionsLine(), 'versions shown around the digits').to.contain('9,876');
    expect(parts(el).notes()).to.have.length(1);
    const touched = new Set<string>();
    const observer = new MutationObserver((records) => {
      for (const { target } of records) {
        touched.add(
          digits.contains(target) ? 'digits' : (target as Element).className || target.nodeName,
        );
      }
    });
    observer.observe(el.shadowRoot!, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
    });
    const seen = await countUpFrames(el);
    await nextFrame();
    observer.disconnect();
    expect(seen.length).to.be.above(5);
    expect([...touched]).to.deep.equal(['digits']);
  });

  it('the box keeps its final size before, during and after the count-up', async () => {
    const el = await belowTheFold();
    // The host, and the number itself: the host of a block element keeps its
    // width anyway, but a counter in a shrink-to-fit box (a flex row) takes the
    // number's width.
    const size = () =>
      [
        el,
        el.shadowRoot!.querySelector('[part="figure"]')!,
        el.shadowRoot!.querySelector('.number')!,
      ]
        .map((node) => {
          const box = node.getBoundingClientRect();
          return `${box.width}x${box.height}`;
        })
        .join(' / ');
    const sizes = [size()];
    await countUpFrames(el, () => sizes.push(size()));
    await nextFrame();
    sizes.push(size());
    expect(sizes.length).to.be.above(5);
    expect([...new Set(sizes)]).to.deep.equal([sizes[0]]);
  });
});

describe('<cw-casualty-counter> in a page nobody is looking at', () => {
  afterEach(async () => {
    delete (document as { visibilityState?: DocumentVisibilityState }).visibilityState;
    await emulateMedia({ media: 'screen' });
  });

  /** Pretends the tab went to the background or came back, as the browser tells a page. */
  function setVisibility(state: DocumentVisibilityState): void {
    Object.defineProperty(document, 'visibilityState', { value: state, configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
  }

  it('a background tab keeps the final figure on screen, and counts once it is brought to the front', async () => {
    setVisibility('hidden');
    const el = await fixture<CwCasualtyCounter>(
      html`<cw-casualty-counter
        start="immediate"
        duration="300"
        .data=${bigNumber()}
      ></cw-casualty-counter>`,
    );
    await settled(el);
    expect(await framesOfDigits(el, 20)).to.deep.equal(Array(20).fill('12,345'));
    expect(countUpPhase(el)).to.equal('waiting');
    setVisibility('visible');
    await el.updateComplete;
    expect(countUpPhase(el)).to.equal('running');
  });

  it('print shows the final figure in the middle of a count-up', async () => {
    const el = await fixture<CwCasualtyCounter>(
      html`<cw-casualty-counter
        start="immediate"
        duration="5000"
        .data=${bigNumber()}
      ></cw-casualty-counter>`,
    );
    await settled(el);
    await framesOfDigits(el, 5);
    expect(countUpPhase(el)).to.equal('running');
    expect(asNumber(parts(el).digits() ?? '')).to.be.below(12345);
    await emulateMedia({ media: 'print' });
    const root = el.shadowRoot!;
    const shown = [...root.querySelectorAll<HTMLElement>('.number > span')]
      .filter((span) => getComputedStyle(span).visibility === 'visible')
      .map((span) => span.textContent);
    expect(shown).to.deep.equal(['12,345']);
  });
});
