import { expect, waitUntil } from '@open-wc/testing';

const TAGS = {
  'casualty-counter': 'cw-casualty-counter',
  'regional-bar-chart': 'cw-regional-bar-chart',
  'ceasefire-timeline': 'cw-ceasefire-timeline',
} as const;
type Entry = keyof typeof TAGS;

/**
 * A page that loads only the given per-element CDN files (production builds
 * from dist/cdn/, as a reader's browser gets them) and shows one of each
 * element on the bundled data.
 */
async function pageWith(entries: Entry[]): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.width = '900px';
  frame.srcdoc = `${entries.map((e) => `<script type="module" src="/dist/cdn/${e}.js"></script>`).join('')}
    ${entries.map((e) => `<${TAGS[e]} start="none"></${TAGS[e]}>`).join('')}`;
  document.body.append(frame);
  await waitUntil(
    () =>
      entries.every((e) =>
        frame.contentDocument?.querySelector(TAGS[e])?.shadowRoot?.textContent.includes('Source'),
      ),
    'the elements never rendered the bundled data',
    { timeout: 8000 },
  );
  return frame;
}

/** Paths of the CDN files the frame fetched, with how many times each. */
function fetched(frame: HTMLIFrameElement): Map<string, number> {
  const counts = new Map<string, number>();
  for (const entry of frame.contentWindow!.performance.getEntriesByType('resource')) {
    const path = new URL(entry.name).pathname;
    if (path.startsWith('/dist/cdn/')) counts.set(path, (counts.get(path) ?? 0) + 1);
  }
  return counts;
}

describe('the per-element CDN files', () => {
  afterEach(() => {
    for (const frame of document.querySelectorAll('iframe')) frame.remove();
  });

  it('dist/cdn/casualty-counter.js alone registers only the counter, which renders', async () => {
    const frame = await pageWith(['casualty-counter']);
    const registry = frame.contentWindow!.customElements;
    expect(registry.get('cw-casualty-counter')).to.exist;
    expect(registry.get('cw-regional-bar-chart')).to.equal(undefined);
    expect(registry.get('cw-ceasefire-timeline')).to.equal(undefined);
    const files = [...fetched(frame).keys()];
    expect(files).to.include('/dist/cdn/casualty-counter.js');
    expect(files.some((f) => /(regional-bar-chart|ceasefire-timeline)\.js$/.test(f))).to.equal(
      false,
    );
  });

  it('two of them on one page both render, and each shared chunk is fetched once', async () => {
    const frame = await pageWith(['casualty-counter', 'regional-bar-chart']);
    const counts = fetched(frame);
    const shared = [...counts.keys()].filter((path) => path.includes('/shared-'));
    expect(shared.length, 'the entries share chunks').to.be.above(0);
    expect(
      [...counts.values()].every((n) => n === 1),
      JSON.stringify([...counts]),
    ).to.equal(true);
    expect(frame.contentWindow!.customElements.get('cw-ceasefire-timeline')).to.equal(undefined);
  });
});
