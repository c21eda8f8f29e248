import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { CwCasualtyCounter } from '../../../src/components/casualty-counter/casualty-counter.js';
import type { CwErrorCode } from '../../../src/internal/errors.js';
import { fetchLimits } from '../../../src/internal/fetch-dataset.js';
import { synthetic } from '../../fixtures/synthetic.js';
import { parts, settled } from './helpers.js';
import { recordProblems } from '../../fixtures/problems.js';

/**
 * Renders `template` and checks the bad-input contract: a short visible
 * message, one console warning, one cw-error with `code`, no figure at all.
 */
async function expectBadInput(
  template: TemplateResult,
  code: CwErrorCode,
): Promise<CwCasualtyCounter> {
  const problems = recordProblems();
  let el: CwCasualtyCounter;
  try {
    el = await fixture<CwCasualtyCounter>(template);
    await settled(el);
    // Late reports (data arriving after an attribute problem) would land in these frames.
    for (let i = 0; i < 5; i++) await nextFrame();
  } finally {
    problems.stop();
  }
  const p = parts(el);
  expect(p.errorEl(), 'visible message').to.exist;
  expect(p.errorEl()!.getAttribute('role')).to.equal('alert');
  expect(p.errorEl()!.getBoundingClientRect().height).to.be.above(10);
  expect(p.error()).to.have.length.above(10);
  expect(problems.warnings, 'console warnings').to.have.length(1);
  expect(problems.events.map((e) => e.code)).to.deep.equal([code]);
  expect(p.digits(), 'no figure').to.equal(undefined);
  expect(p.liveRegions().map((r) => r.textContent.trim())).to.deep.equal(['']);
  return el;
}

describe('<cw-casualty-counter> bad input', () => {
  before(async () => {
    // Loads the bundled dataset once, so the tests below see it arrive after their first render.
    await settled(
      await fixture<CwCasualtyCounter>(html`<cw-casualty-counter></cw-casualty-counter>`),
    );
  });

  it('an unknown metric is reported once, even after the bundled data arrives', async () => {
    const el = await expectBadInput(
      html`<cw-casualty-counter metric="deaths"></cw-casualty-counter>`,
      'invalid-attribute',
    );
    expect(parts(el).error()).to.contain('deaths');
  });

  it('an unknown region names the region', async () => {
    const el = await expectBadInput(
      html`<cw-casualty-counter region="Atlantis" .data=${synthetic()}></cw-casualty-counter>`,
      'unknown-region',
    );
    expect(parts(el).error()).to.contain('Atlantis');
  });

  it('an unknown start value', async () => {
    await expectBadInput(
      html`<cw-casualty-counter start="soon" .data=${synthetic()}></cw-casualty-counter>`,
      'invalid-attribute',
    );
  });

  it('a duration that is not a number', async () => {
    await expectBadInput(
      html`<cw-casualty-counter duration="fast" .data=${synthetic()}></cw-casualty-counter>`,
      'invalid-attribute',
    );
  });

  it('an as-of that is not a YYYY-MM-DD date', async () => {
    await expectBadInput(
      html`<cw-casualty-counter as-of="4 Nov 2020" .data=${synthetic()}></cw-casualty-counter>`,
      'invalid-attribute',
    );
  });

  it('an as-of that is not a real day', async () => {
    await expectBadInput(
      html`<cw-casualty-counter as-of="2030-02-30" .data=${synthetic()}></cw-casualty-counter>`,
      'invalid-attribute',
    );
  });

  it('malformed inline JSON', async () => {
    await expectBadInput(
      html`<cw-casualty-counter
        ><script type="application/json">
          { "schemaVersion": 1,
        </script></cw-casualty-counter
      >`,
      'invalid-json',
    );
  });

  it('a src answered with an HTTP error', async () => {
    await expectBadInput(
      html`<cw-casualty-counter src="/__test/gone/data.json"></cw-casualty-counter>`,
      'http-status',
    );
  });

  it('a src that returns something other than JSON', async () => {
    await expectBadInput(
      html`<cw-casualty-counter src="/README.md"></cw-casualty-counter>`,
      'content-type',
    );
  });

  it('a src whose JSON fails validation', async () => {
    const el = await expectBadInput(
      html`<cw-casualty-counter src="/package.json"></cw-casualty-counter>`,
      'invalid-data',
    );
    expect(parts(el).error()).to.contain('/package.json');
  });

  it('.data that fails validation', async () => {
    await expectBadInput(
      html`<cw-casualty-counter .data=${{ hello: 'world' }}></cw-casualty-counter>`,
      'invalid-data',
    );
  });

  describe('a src that times out', () => {
    const realFetch = window.fetch.bind(window);
    const realTimeout = fetchLimits.timeoutMs;
    before(() => {
      fetchLimits.timeoutMs = 50;
      // Never answers; gives up only when the data controller aborts.
      window.fetch = (_input, init) =>
        new Promise((_resolve, reject) => {
          init?.signal?.addEventListener('abort', () => {
            reject(new DOMException('aborted', 'AbortError'));
          });
        });
    });
    after(() => {
      window.fetch = realFetch;
      fetchLimits.timeoutMs = realTimeout;
    });

    it('shows a timeout message', async () => {
      await expectBadInput(
        html`<cw-casualty-counter src="/never-answers.json"></cw-casualty-counter>`,
        'timeout',
      );
    });
  });

  it('fixing a bad attribute shows the figure; breaking it again reports again', async () => {
    const problems = recordProblems();
    try {
      const el = await fixture<CwCasualtyCounter>(
        html`<cw-casualty-counter
          metric="deaths"
          start="none"
          .data=${synthetic()}
        ></cw-casualty-counter>`,
      );
      el.setAttribute('metric', 'killed');
      await el.updateComplete;
      expect(parts(el).errorEl()).to.equal(null);
      expect(parts(el).digits()).to.equal('12');
      el.setAttribute('metric', 'deaths');
      await el.updateComplete;
      expect(parts(el).errorEl()).to.exist;
      expect(problems.warnings).to.have.length(2);
      expect(problems.events).to.have.length(2);
    } finally {
      problems.stop();
    }
  });
});
