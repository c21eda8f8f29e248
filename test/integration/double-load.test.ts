import { expect, waitUntil } from '@open-wc/testing';

/** Put after a page's library files: module scripts run in order, so once this one has, every file has. */
const LAST = '<script type="module">window.allRan = true;</script>';

/** Waits for the frame's LAST script, so every copy of the library has run (and warned, if it does). */
const allRan = (frame: HTMLIFrameElement) =>
  waitUntil(
    () => (frame.contentWindow as unknown as { allRan?: boolean }).allRan,
    'the library files never all ran',
    { timeout: 8000 },
  );

/**
 * A page that loads the library several times over, as production CDN files
 * (dist/cdn/): the all-in-one file twice (a CMS plugin and an article embed)
 * and the per-element files, and records its console warnings.
 */
async function pageLoadingTheLibraryTwice(): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  const files = [
    '/dist/cdn/conflict-widgets.js',
    '/dist/cdn/conflict-widgets.js?embed',
    '/dist/cdn/casualty-counter.js',
    '/dist/cdn/regional-bar-chart.js',
    '/dist/cdn/ceasefire-timeline.js',
  ];
  frame.srcdoc = `<script>
      window.warnings = [];
      console.warn = (...args) => window.warnings.push(args.map(String).join(' '));
    </script>
    ${files.map((f) => `<script type="module" src="${f}"></script>`).join('')}
    ${LAST}
    <cw-casualty-counter start="none"></cw-casualty-counter>`;
  document.body.append(frame);
  await waitUntil(
    () =>
      frame.contentDocument
        ?.querySelector('cw-casualty-counter')
        ?.shadowRoot?.textContent.includes('Source'),
    'the counter never rendered',
    { timeout: 8000 },
  );
  // Not the timeline's tag: the first copy alone defines it.
  await allRan(frame);
  return frame;
}

describe('the library loaded more than once on a page', () => {
  it('logs exactly one warning, naming the versions, and the elements work', async () => {
    const frame = await pageLoadingTheLibraryTwice();
    const warnings = (frame.contentWindow as unknown as { warnings: string[] }).warnings;
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.match(/^conflict-widgets \S+: .* by conflict-widgets \S+;/);
    frame.remove();
  });

  it('after another version registered first, one warning names that version and this one', async () => {
    const { version } = (await (await fetch('/package.json')).json()) as { version: string };
    const frame = document.createElement('iframe');
    // An older copy, as far as the registry can tell: it took the counter's tag.
    frame.srcdoc = `<script>
        window.warnings = [];
        console.warn = (...args) => window.warnings.push(args.map(String).join(' '));
        customElements.define('cw-casualty-counter', class extends HTMLElement {});
        customElements.__cwVersions = new Map([['cw-casualty-counter', '0.0.1-older']]);
      </script>
      <script type="module" src="/dist/cdn/conflict-widgets.js"></script>
      <script type="module" src="/dist/cdn/conflict-widgets.js?embed"></script>
      ${LAST}`;
    document.body.append(frame);
    try {
      await allRan(frame);
      const warnings = (frame.contentWindow as unknown as { warnings: string[] }).warnings;
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain(`conflict-widgets ${version}: <cw-casualty-counter>`);
      expect(warnings[0]).to.contain('by conflict-widgets 0.0.1-older;');
    } finally {
      frame.remove();
    }
  });
});
