// `npm run bench`: how fast <cw-ceasefire-timeline> renders 1,000 and 10,000
// synthetic events, and how fast ArrowRight moves the selection, in the system
// Chromium. Prints medians, and the first render of a naive peer (every event
// its own SVG circle, no grouping, no validation) measured in the same run.
//
//   npx tsc -p tsconfig.json && node bench/timeline.bench.mjs [--runs 11]
//
// Numbers, not assertions: timing never goes in the test suite.
import { existsSync } from 'node:fs';
import { serve } from '../scripts/lib/dev-server.mjs';
import { launchChromium } from '../scripts/lib/find-chromium.mjs';

const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 11;
const WARMUP = 2;
const PRESSES = 25;
const SIZES = [1_000, 10_000];

if (!existsSync('dist/components/ceasefire-timeline/ceasefire-timeline.js')) {
  console.error('dist/ is missing: run `npx tsc -p tsconfig.json` first.');
  process.exit(1);
}
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const ms = (value) => `${value.toFixed(1)} ms`;

// Lit's production build: dev mode adds checks a reader's page does not run.
const server = await serve('.', { nodeResolve: { exportConditions: ['production'] } });
const browser = await launchChromium();
const rows = [];
try {
  const context = await browser.newContext({
    viewport: { width: 1100, height: 800 },
    reducedMotion: 'reduce',
  });
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
  await page.goto(`${server.origin}/bench/timeline.html`, { waitUntil: 'networkidle' });
  await page.evaluate(() => window.bench.ready);
  const version = browser.version();

  for (const n of SIZES) {
    const element = [];
    const naive = [];
    const elementFrame = [];
    const validation = [];
    const naiveFrame = [];
    let nodes = 0;
    let marks = 0;
    let naiveNodes = 0;
    // Interleave element and peer so drift (GC, thermal) hits both alike.
    for (let i = 0; i < WARMUP + RUNS; i++) {
      const a = await page.evaluate((size) => window.bench.renderElement(size), n);
      const b = await page.evaluate((size) => window.bench.renderNaive(size), n);
      if (i < WARMUP) continue;
      element.push(a.ms);
      naive.push(b.ms);
      elementFrame.push(a.frame);
      validation.push(await page.evaluate((size) => window.bench.validateOnly(size), n));
      naiveFrame.push(b.frame);
      ({ nodes, marks } = a);
      naiveNodes = b.nodes;
    }
    const presses = await page.evaluate(
      ([size, count]) => window.bench.arrowRight(size, count),
      [n, PRESSES],
    );
    const first = median(element);
    const peer = median(naive);
    rows.push({
      n,
      first,
      peer,
      ratio: first / peer,
      validate: median(validation),
      frame: median(elementFrame),
      peerFrame: median(naiveFrame),
      frameRatio: median(elementFrame) / median(naiveFrame),
      arrow: median(presses),
      arrowMax: Math.max(...presses),
      nodes,
      marks,
      naiveNodes,
    });
  }

  console.log(
    `\n<cw-ceasefire-timeline> bench, ${version}, medians of ${RUNS} runs (${WARMUP} warm-up), ${PRESSES} ArrowRight presses\n`,
  );
  const header = [
    'events',
    'first render',
    'of it validate()',
    'naive peer',
    'ratio',
    'to next frame',
    'peer',
    'ratio',
    'ArrowRight (median / max)',
    'shadow nodes (marks)',
    'peer nodes',
  ];
  const table = rows.map((r) => [
    r.n.toLocaleString('en'),
    ms(r.first),
    ms(r.validate),
    ms(r.peer),
    `${r.ratio.toFixed(2)}×`,
    ms(r.frame),
    ms(r.peerFrame),
    `${r.frameRatio.toFixed(2)}×`,
    `${ms(r.arrow)} / ${ms(r.arrowMax)}`,
    `${r.nodes.toLocaleString('en')} (${r.marks})`,
    r.naiveNodes.toLocaleString('en'),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => row[i].length)));
  const line = (cells) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  console.log(line(header));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const row of table) console.log(line(row));
  console.log(
    '\nfirst render: element created with .data -> markers rendered -> forced layout (validator chunk import, validation, timeline query, layout, grouping, render).' +
      '\nto next frame: the same, until the next frame has been produced (rAF, then a task), so paint is included.' +
      '\nnaive peer: one <circle> per event appended to an <svg>, then forced layout; ratio = element / peer (lower is better for the element).' +
      '\nArrowRight: keydown on the focused timeline -> updateComplete -> forced layout, with the card re-rendered.\n',
  );
} finally {
  await browser.close();
  await server.stop();
}
