import { expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import type { CwCasualtyCounter } from '../../../src/components/casualty-counter/casualty-counter.js';
import { fig, synthetic } from '../../fixtures/synthetic.js';
import { bigNumber, counter, parts, settled } from './helpers.js';
import { recordProblems } from '../../fixtures/problems.js';
import { watchAnnouncements } from '../../fixtures/announcements.js';

describe('<cw-casualty-counter>', () => {
  describe('the bundled dataset', () => {
    it('with no attributes shows the latest national killed figure, label, date, source and status', async () => {
      const el = await counter(
        html`<cw-casualty-counter locale="en-GB" start="none"></cw-casualty-counter>`,
      );
      const p = parts(el);
      expect(p.digits()).to.equal('91');
      expect(p.label()).to.equal('civilians killed in Azerbaijan');
      expect(p.date()).to.equal('As of 4 Nov 2020');
      expect(p.source()).to.contain("Source: Prosecutor General's Office of Azerbaijan.");
      expect(p.source()).to.contain(
        'Reported by a party to the conflict; not independently verified.',
      );
      expect(p.summary()).to.equal('91 civilians killed in Azerbaijan, as of 4 Nov 2020.');
    });

    it('shows the other version of the national figure by default: 65, date not stated, and why 91', async () => {
      const el = await counter(
        html`<cw-casualty-counter locale="en-GB" start="none"></cw-casualty-counter>`,
      );
      const p = parts(el);
      expect(p.versionsLine()).to.equal('The report also gives 65 (date not stated).');
      expect(p.versionsEl()!.getBoundingClientRect().height).to.be.above(10);
      const details = p.versionsEl()!.querySelector('details')!;
      expect(details.querySelector('summary')!.textContent.trim()).to.equal('Why 91 is shown');
      expect(details.textContent).to.contain('It is the latest figure with a stated date.');
      expect(details.textContent).to.contain(
        "65 (date not stated). Source: Prosecutor General's Office of Azerbaijan.",
      );
    });

    it('hide-versions leaves the other versions out', async () => {
      const el = await counter(
        html`<cw-casualty-counter hide-versions start="none"></cw-casualty-counter>`,
      );
      expect(parts(el).digits()).to.equal('91');
      // Booleans, not elements: a failing assertion on an element cannot be sent back to the runner.
      expect(parts(el).versionsEl() === null, 'no versions block').to.equal(true);
      expect(el.shadowRoot!.textContent).not.to.contain('65');
    });

    it('as-of="2020-10-01", before every dated figure, shows 65 as undated, never "not reported"', async () => {
      const el = await counter(
        html`<cw-casualty-counter as-of="2020-10-01" start="none"></cw-casualty-counter>`,
      );
      const p = parts(el);
      expect(p.digits()).to.equal('65');
      expect(p.date()).to.equal('Date not stated. No figure is dated on or before 1 Oct 2020.');
      expect(p.summary()).to.equal(
        '65 civilians killed in Azerbaijan, date not stated. No figure is dated on or before 1 Oct 2020.',
      );
      expect(p.source()).to.contain("Source: Prosecutor General's Office of Azerbaijan.");
      expect(p.versionsLine()).to.equal('The report also gives 91 (as of 4 Nov 2020).');
      expect(el.shadowRoot!.textContent).not.to.match(/not reported/i);
    });

    it('region="Barda" shows the other printing (6), the reason for 25, and the note on the two strikes', async () => {
      const el = await counter(
        html`<cw-casualty-counter region="Barda" start="none"></cw-casualty-counter>`,
      );
      const p = parts(el);
      expect(p.digits()).to.equal('25');
      expect(p.versionsLine()).to.equal('The report also gives 6 (date not stated).');
      expect(p.versionsEl()!.textContent).to.contain('25 is shown because 6 is lower');
      expect(p.notes()).to.have.length(1);
      expect(p.notes()[0]).to.match(/^Note: The report's Barda district total, 25 killed/);
      expect(p.notes()[0]).to.contain('5 on 27 October and 21 (or at least 21) on 28 October');
    });

    it('region="Barda" metric="injured" shows "about 70" in words', async () => {
      const el = await counter(
        html`<cw-casualty-counter
          metric="injured"
          region="Barda"
          start="none"
        ></cw-casualty-counter>`,
      );
      expect(parts(el).qualifier()).to.equal('about');
      expect(parts(el).digits()).to.equal('70');
      expect(parts(el).label()).to.equal('civilians injured in Barda');
    });

    it('region="naftalan" metric="injured" says "Not reported for Naftalan", never 0', async () => {
      const problems = recordProblems();
      const el = await counter(
        html`<cw-casualty-counter metric="injured" region="naftalan"></cw-casualty-counter>`,
      );
      problems.stop();
      expect(parts(el).statement()).to.equal('Not reported for Naftalan');
      expect(parts(el).digits()).to.equal(undefined);
      expect(el.shadowRoot!.textContent).not.to.match(/\b0\b/);
      expect(problems.events).to.have.length(0);
      expect(problems.warnings).to.have.length(0);
    });
  });

  describe('attributes', () => {
    it('metric="injured" shows that metric, with its qualifier', async () => {
      const el = await counter(
        html`<cw-casualty-counter
          metric="injured"
          start="none"
          .data=${synthetic()}
        ></cw-casualty-counter>`,
      );
      expect(parts(el).qualifier()).to.equal('more than');
      expect(parts(el).digits()).to.equal('40');
      expect(parts(el).label()).to.equal('civilians injured');
    });

    it('region resolves an alternate name in any case and adds "in <region>" to the label', async () => {
      const el = await counter(
        html`<cw-casualty-counter
          region="ALPHA region"
          start="none"
          .data=${synthetic()}
        ></cw-casualty-counter>`,
      );
      expect(parts(el).digits()).to.equal('7');
      expect(parts(el).label()).to.equal('civilians killed in Region A');
    });

    it('as-of shows the latest figure on or before that day', async () => {
      const el = await counter(
        html`<cw-casualty-counter
          as-of="2030-01-07"
          locale="en-GB"
          start="none"
          .data=${synthetic()}
        ></cw-casualty-counter>`,
      );
      expect(parts(el).digits()).to.equal('5');
      expect(parts(el).date()).to.equal('As of 5 Jan 2030');
    });

    it('label replaces the default label', async () => {
      const el = await counter(
        html`<cw-casualty-counter
          label="people killed"
          start="none"
          .data=${synthetic()}
        ></cw-casualty-counter>`,
      );
      expect(parts(el).label()).to.equal('people killed');
      expect(parts(el).summary()).to.match(/^12 people killed,/);
    });

    it('locale formats numbers and dates', async () => {
      const el = await counter(
        html`<cw-casualty-counter
          locale="de"
          start="none"
          .data=${bigNumber()}
        ></cw-casualty-counter>`,
      );
      expect(parts(el).digits()).to.equal('12.345');
      expect(parts(el).date()).to.equal('As of 10. Jan. 2030');
    });

    it('without locale, the nearest lang attribute sets the locale', async () => {
      const wrapper = await fixture(
        html`<div lang="de">
          <cw-casualty-counter start="none" .data=${bigNumber()}></cw-casualty-counter>
        </div>`,
      );
      const el = wrapper.querySelector('cw-casualty-counter')!;
      await settled(el);
      expect(parts(el).digits()).to.equal('12.345');
    });

    it('hide-source hides the source line visually but keeps it for assistive technology', async () => {
      const el = await counter(
        html`<cw-casualty-counter
          hide-source
          start="none"
          .data=${synthetic()}
        ></cw-casualty-counter>`,
      );
      const source = parts(el).sourceEl()!;
      expect(source.closest('.source-block')!.classList.contains('visually-hidden')).to.be.true;
      expect(source.closest('.source-block')!.getBoundingClientRect().height).to.be.at.most(1);
      expect(source.closest('[aria-hidden="true"]')).to.equal(null);
      expect(parts(el).source()).to.contain('Source: Example Ministry.');
    });

    it('without hide-source the source line is visible', async () => {
      const el = await counter(
        html`<cw-casualty-counter start="none" .data=${synthetic()}></cw-casualty-counter>`,
      );
      expect(parts(el).sourceEl()!.getBoundingClientRect().height).to.be.above(10);
    });

    it('src loads other data in the same format', async () => {
      const url = `data:application/json,${encodeURIComponent(JSON.stringify(bigNumber()))}`;
      const el = await counter(
        html`<cw-casualty-counter src=${url} start="none"></cw-casualty-counter>`,
      );
      expect(parts(el).digits()).to.equal('12,345');
    });

    it('an inline <script type="application/json"> child supplies the data', async () => {
      const el = document.createElement('cw-casualty-counter');
      el.start = 'none';
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = JSON.stringify(bigNumber());
      el.append(script);
      const wrapper = await fixture(html`<div></div>`);
      wrapper.append(el);
      await settled(el);
      expect(parts(el).digits()).to.equal('12,345');
    });

    it('.data wins over src', async () => {
      const el = await counter(
        html`<cw-casualty-counter
          src="/__test/gone/data.json"
          start="none"
          .data=${bigNumber()}
        ></cw-casualty-counter>`,
      );
      expect(parts(el).digits()).to.equal('12,345');
    });

    it('blank attributes (CMS fields left empty) count as not set: no error, the defaults apply', async () => {
      const problems = recordProblems();
      const el = await counter(
        html`<cw-casualty-counter
          metric=""
          region=" "
          as-of=""
          label=""
          start=""
          duration=""
          theme=""
          .data=${synthetic()}
        ></cw-casualty-counter>`,
      );
      problems.stop();
      expect(parts(el).error(), 'an error message').to.equal(undefined);
      expect(parts(el).label()).to.equal('civilians killed');
      expect(parts(el).summary()).to.equal('12 civilians killed, as of 10 Jan 2030.');
      expect(problems.events).to.have.length(0);
      expect(problems.warnings).to.have.length(0);
    });

    it('theme="dark" switches to the dark tokens; theme="light" keeps the light ones', async () => {
      const light = await counter(
        html`<cw-casualty-counter
          theme="light"
          start="none"
          .data=${synthetic()}
        ></cw-casualty-counter>`,
      );
      const dark = await counter(
        html`<cw-casualty-counter
          theme="dark"
          start="none"
          .data=${synthetic()}
        ></cw-casualty-counter>`,
      );
      const background = (el: CwCasualtyCounter) =>
        getComputedStyle(parts(el).root).backgroundColor;
      const figure = (el: CwCasualtyCounter) => getComputedStyle(parts(el).digitsEl()!).color;
      expect(background(light)).not.to.equal(background(dark));
      expect(figure(light)).not.to.equal(figure(dark));
    });
  });

  describe('updates', () => {
    it('changing metric, region, as-of and label after first render updates the element', async () => {
      const el = await counter(
        html`<cw-casualty-counter start="none" .data=${synthetic()}></cw-casualty-counter>`,
      );
      el.metric = 'injured';
      await el.updateComplete;
      expect(parts(el).digits()).to.equal('40');
      el.setAttribute('region', 'region-b');
      await el.updateComplete;
      expect(parts(el).digits()).to.equal('10');
      // Region B's injured figure is dated after that day, and none is undated.
      el.setAttribute('as-of', '2030-01-01');
      await el.updateComplete;
      expect(parts(el).statement()).to.contain('Not reported for Region B');
      el.removeAttribute('as-of');
      el.metric = 'killed';
      el.label = 'deaths';
      await el.updateComplete;
      expect(parts(el).label()).to.equal('deaths');
      expect(parts(el).digits()).to.equal('5');
    });

    it('setting .data after first render shows the new data', async () => {
      const el = await counter(
        html`<cw-casualty-counter start="none" .data=${synthetic()}></cw-casualty-counter>`,
      );
      const next = synthetic();
      next.national.killed = [
        fig('other', 99, { reportedBy: 'example-ngo', status: 'corroborated' }),
      ];
      el.data = next;
      await waitUntil(() => parts(el).digits() === '99', 'the new data never showed');
      expect(parts(el).source()).to.contain('Source: Example NGO.');
      expect(parts(el).source()).to.contain('Corroborated by an independent organisation.');
    });

    it('a figure turning into "not reported" and back is announced once each time, by the same live region', async () => {
      const el = await counter(
        html`<cw-casualty-counter start="none" .data=${synthetic()}></cw-casualty-counter>`,
      );
      const [live] = parts(el).liveRegions();
      const { said, stop } = watchAnnouncements(el.shadowRoot!);
      const changes = async (region: string) => {
        said.length = 0;
        el.region = region;
        await el.updateComplete;
        await nextFrame();
        return [...said];
      };
      expect(await changes('region-c')).to.deep.equal([
        'Civilians killed: not reported for Region C.',
      ]);
      expect(parts(el).statement()).to.equal('Not reported for Region C');
      expect(await changes('region-a')).to.deep.equal([
        '7 civilians killed in Region A, as of 10 Jan 2030.',
      ]);
      expect(parts(el).digits()).to.equal('7');
      stop();
      expect(parts(el).liveRegions()).to.deep.equal([live]);
    });

    it('an update announces the new sentence once through the same live region', async () => {
      const el = await counter(
        html`<cw-casualty-counter start="none" .data=${synthetic()}></cw-casualty-counter>`,
      );
      const [live] = parts(el).liveRegions();
      el.metric = 'injured';
      await el.updateComplete;
      expect(parts(el).liveRegions()).to.deep.equal([live]);
      expect(live.textContent).to.contain('More than 40 civilians injured');
    });
  });
});
