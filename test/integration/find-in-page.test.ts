import { expect, waitUntil } from '@open-wc/testing';
import { resetMouse, sendMouse } from '@web/test-runner-commands';

/**
 * A page with the bar chart on the bundled data, opened at a link to text
 * (`#:~:text=`, what search engines link to; the browser's find in page
 * reveals the same way) that only the collapsed table holds. Opened by a
 * click, as a reader follows a link: Chromium goes to the text only then.
 */
async function linkedTo(text: string) {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 800px; height: 600px';
  const link = document.createElement('button');
  link.textContent = 'Open the page';
  link.style.cssText = 'position: fixed; top: 0; left: 0; width: 100px; height: 40px';
  link.addEventListener('click', () => {
    frame.src = `/test/fixtures/text-fragment.html#:~:text=${encodeURIComponent(text)}`;
    document.body.append(frame);
  });
  document.body.append(link);
  await sendMouse({ type: 'click', position: [50, 20] });
  link.remove();
  await waitUntil(
    () =>
      frame.contentDocument
        ?.querySelector('cw-regional-bar-chart')
        ?.shadowRoot?.querySelector('table'),
    'the chart never drew its table',
    { timeout: 10_000 },
  );
  return frame;
}

describe('find in page and links to text', () => {
  afterEach(async () => {
    await resetMouse();
    for (const frame of document.querySelectorAll('iframe')) frame.remove();
  });

  it('text in the collapsed table is found: the table opens and its button says so', async function () {
    this.timeout(20_000);
    const frame = await linkedTo('Sum of regional figures');
    const root = frame.contentDocument!.querySelector('cw-regional-bar-chart')!.shadowRoot!;
    const toggle = root.querySelector('[part="toggle"]')!;
    await waitUntil(
      () => toggle.getAttribute('aria-expanded') === 'true',
      `the table was not opened: ${toggle.textContent.trim()}, hidden=${String(root.querySelector('[part="table"]')!.getAttribute('hidden'))}`,
      { timeout: 5_000 },
    );
    expect(toggle.textContent.trim()).to.equal('Hide table');
    expect(root.querySelector('table')!.checkVisibility()).to.be.true;
  });

  it('a link to text the table does not hold leaves it collapsed: no room, its content skipped and out of the accessibility tree, hidden until found', async function () {
    this.timeout(20_000);
    const frame = await linkedTo('no such words anywhere');
    const root = frame.contentDocument!.querySelector('cw-regional-bar-chart')!.shadowRoot!;
    const table = root.querySelector<HTMLElement>('[part="table"]')!;
    expect(table.getAttribute('hidden')).to.equal('until-found');
    expect(getComputedStyle(table).contentVisibility).to.equal('hidden');
    expect(table.getBoundingClientRect().height).to.equal(0);
    expect(root.querySelector('table')!.checkVisibility()).to.be.false;
    expect(root.querySelector('[part="toggle"]')!.getAttribute('aria-expanded')).to.equal('false');
  });
});
