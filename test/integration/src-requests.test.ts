import { expect, waitUntil } from '@open-wc/testing';
import '../../src/components/casualty-counter/casualty-counter.js';

/** The page's one resource entry whose URL contains `part`. */
function entry(part: string): PerformanceResourceTiming {
  const found = performance
    .getEntriesByType('resource')
    .filter((e) => e.name.includes(part)) as PerformanceResourceTiming[];
  expect(
    found.map((e) => e.name),
    `requests for ${part}`,
  ).to.have.length(1);
  return found[0];
}

async function counterFrom(src: string): Promise<HTMLElement> {
  const el = document.createElement('cw-casualty-counter');
  el.setAttribute('start', 'none');
  el.setAttribute('src', src);
  document.body.append(el);
  await waitUntil(
    () => el.shadowRoot?.querySelector('[part="figure"]')?.textContent.trim(),
    'the figure never showed',
    { timeout: 5000 },
  );
  return el;
}

// Runs alone in its page (one test file per page), in this order: nothing has
// loaded the parsers before the first test, nor the CSV reader before the second.
describe('a src: the data and the code to read it are asked for together', () => {
  it('JSON: neither request waits for the other', async () => {
    // The answer starts 800 ms after the request.
    const el = await counterFrom('/__test/respond/data.json?type=application/json&wait=800');
    const data = entry('data.json');
    const parsers = entry('/read-dataset.js');
    // One after the other would be a round trip more: on a phone, a few hundred ms more of "Loading…".
    // At most, not below: resource times come in coarse steps (a whole
    // millisecond where a browser coarsens them), and from this machine's own
    // server the parsers can arrive in the step the data is asked for.
    expect(data.startTime, 'the data waited for the parsers').to.be.at.most(parsers.responseEnd);
    expect(parsers.startTime, 'the parsers waited for the data').to.be.at.most(data.responseEnd);
    el.remove();
  });

  it('CSV: the reader is asked for while the data still downloads', async () => {
    // The second half of the sheet comes 800 ms after the first.
    const el = await counterFrom('/__test/respond/sheet.csv?type=text/csv&body=csv&pause=800');
    expect(entry('/data/csv.js').startTime).to.be.below(entry('sheet.csv').responseEnd);
    el.remove();
  });
});
