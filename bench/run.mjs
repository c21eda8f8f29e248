// `npm run bench`: our elements against peers on the same synthetic data, in
// the system Chromium, printed as markdown tables (medians, IQR and min–max,
// ratios, the project's targets) that paste into the README.
//
//   npm run bench [-- --runs 11 --only bar|counter|timeline]
//   (after `npm run build`: node bench/run.mjs [--runs N] [--only ...])
//
// - Bar chart (<cw-regional-bar-chart> against Chart.js and Observable Plot):
//   first render at 14 and 2,000 regions, metric change killed -> injured,
//   resize 1200 -> 360 px; DOM and JS heap held by 50 charts against 50 Chart.js charts.
// - Counter (<cw-casualty-counter> against countUp.js): first painted digits, final value.
// - Timeline (<cw-ceasefire-timeline> against a naive SVG timeline): first render at
//   1,000 and 10,000 events; ArrowRight on ours.
// CPU profiles of our elements: bench/profile.mjs. Numbers, not assertions:
// timing never goes in the test suite.
//
// Fairness rules (printed under the tables too):
// 1. "Module start -> painted": the clock starts just before the page imports the
//    contender's module and stops once its marks exist and a frame has been
//    produced (requestAnimationFrame, then a task), so loading, parsing,
//    evaluating, rendering and painting are all in.
// 2. Production code only: ours are the CDN files in dist/cdn/ as `npm run build`
//    makes them; each peer is bundled by this script (bench/build-contenders.mjs)
//    with rollup, node-resolve (`production` condition) and terser, keeping only
//    what its page imports: Chart.js Chart, BarController, BarElement,
//    CategoryScale, LinearScale; Plot plot and barX; countUp.js CountUp. Every
//    contender's page code goes through that same build, into a file apart from
//    its library, as a page's own script sits beside a library it loads.
// 3. A fresh browser context per measured run (empty HTTP and code caches);
//    contenders interleaved run by run, their order rotated; 2 warm-up runs discarded.
// 4. Same data: "Region 1".."Region N" with killed and injured from a seeded PRNG,
//    reported by "Example Ministry", made before the clock starts. Ours take it
//    as `.data` in the dataset format (the lazily imported validator is timed);
//    peers as plain records. All sort largest first: ours by default, the
//    peers in their page code (timed).
// 5. No animation: bars under prefers-reduced-motion (our grow-in off),
//    Chart.js `animation: false`. Counters: `start="immediate"`, both 1,200 ms.
// 6. Viewport 1200 x 800 px, charts in a 1,200 px column, each at its own
//    default height: ours 33 px a row, Plot 20 px a band up to 1,260 px,
//    Chart.js responsive at its 2:1 default. Each at its default: above 30
//    regions ours draws the top 20 and an "Other regions" bar and puts every
//    region in its table (timed until both are in); the peers draw every bar.
// 7. Resize: the column 1200 -> 360 px; Chart.js `responsive: true`, Plot
//    re-plotted in the frame after a ResizeObserver callback (Plot has a fixed
//    width), ours on its own ResizeObserver; timed until re-laid-out bars are painted.
// 8. Memory: V8 heap and Blink's DOM heap after forced GC (CDP), the library
//    already loaded, before and after mounting 50 charts that share one dataset
//    (five runs: the sizes repeat run after run).
//    Canvas pixels are in neither heap and are listed apart (width x height x 4).
import { existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import { parseArgs } from 'node:util';
import { serve } from '../scripts/lib/dev-server.mjs';
import { launchChromium } from '../scripts/lib/find-chromium.mjs';
import { buildContenders } from './build-contenders.mjs';
import { WARMUP, VIEWPORT, call, heapUsage, interleaved, onFreshPage } from './pages.mjs';
import { CASE_HEADER, caseRows, mb, median, ratio, summary, table } from './report.mjs';

const RULES = `Fairness rules:
1. Module start -> painted: from just before the page imports the contender's module until its marks exist and a frame has been produced (requestAnimationFrame, then a task).
2. Production code: ours are the dist/cdn/ files; peers bundled with rollup + node-resolve (production) + terser, only what the page imports (Chart.js: Chart, BarController, BarElement, CategoryScale, LinearScale; Plot: plot, barX; countUp.js: CountUp); every contender's page code is a file apart from its library.
3. A fresh browser context per run (empty HTTP and code caches); contenders interleaved, order rotated each run; ${WARMUP} warm-up runs discarded.
4. Same synthetic data ("Region 1".."Region N", seeded PRNG, "Example Ministry"), made before the clock starts: ours through .data (validation timed), peers as plain records; all sort largest first.
5. No animation for bars (prefers-reduced-motion; Chart.js animation: false); counters start at once and count for 1,200 ms.
6. Viewport ${VIEWPORT.width} x ${VIEWPORT.height} px, a 1,200 px column, each chart at its default height (ours 33 px a row; Plot 20 px a band up to 1,260 px; Chart.js 2:1). Each draws what it draws by default: above 30 regions ours draws the top 20 and an "Other regions" bar, with every region in its table (timed until both are in); the peers draw every bar.
7. Resize: the column 1200 -> 360 px; Chart.js responsive, Plot re-plotted in the frame after a ResizeObserver callback, ours on its own.
8. Memory: V8 heap and Blink DOM heap after forced GC (CDP HeapProfiler.collectGarbage, Runtime.getHeapUsage; measureUserAgentSpecificMemory needs cross-origin isolation), library loaded before the baseline, 50 charts sharing one dataset; canvas pixels (width x height x 4) are outside both heaps.
IQR: the middle half of the runs. ours ÷ this: our median over the peer's; below 1 means ours is faster or smaller.`;

const { values: args } = parseArgs({
  options: { runs: { type: 'string', default: '11' }, only: { type: 'string' } },
});
const RUNS = Number(args.runs);
const SCENARIOS = ['bar', 'counter', 'timeline'];
if (!Number.isInteger(RUNS) || RUNS < 1 || (args.only && !SCENARIOS.includes(args.only))) {
  console.error('usage: node bench/run.mjs [--runs N] [--only bar|counter|timeline]');
  process.exit(1);
}
if (!existsSync('dist/cdn/regional-bar-chart.js')) {
  console.error('dist/cdn/ is missing: run `npm run build` first (`npm run bench` does).');
  process.exit(1);
}

const version = (name) =>
  JSON.parse(readFileSync(`node_modules/${name}/package.json`, 'utf8')).version;
const NAMES = {
  chartjs: `Chart.js ${version('chart.js')}`,
  plot: `Observable Plot ${version('@observablehq/plot')}`,
  countup: `countUp.js ${version('countup.js')}`,
  naive: 'naive SVG timeline',
};
const count = (n) => n.toLocaleString('en');
const pick = (results, key) => results.map((result) => result[key]);
const PRESSES = 25;
const CHARTS = 50;
// Heap sizes repeat to within a few kB run after run: five runs show that.
const MEMORY_RUNS = 5;

async function bar(env) {
  const cases = { first: [], metric: [], resize: [] };
  for (const n of [14, 2_000]) {
    const results = await interleaved(
      { ...env, label: `bar chart, ${count(n)} regions` },
      ['ours', 'chartjs', 'plot'],
      {},
      async (page, contender) => {
        await call(page, 'data', { scenario: 'bar', n });
        return {
          first: await call(page, 'load', { scenario: 'bar', contender }),
          metric: await call(page, 'metric', 'injured'),
          resize: await call(page, 'resize', 360),
        };
      },
    );
    const targets = { first: 1, metric: n === 2_000 ? 2 : undefined };
    const labels = {
      first: `first render, ${count(n)} regions`,
      metric: `metric change, ${count(n)} regions`,
      resize: `resize 1200 -> 360 px, ${count(n)} regions`,
    };
    for (const key of Object.keys(cases)) {
      cases[key].push(
        ...caseRows(
          labels[key],
          { name: '<cw-regional-bar-chart>', values: pick(results.ours, key) },
          [
            { name: NAMES.chartjs, values: pick(results.chartjs, key), target: targets[key] },
            { name: NAMES.plot, values: pick(results.plot, key) },
          ],
        ),
      );
    }
  }
  return [
    '### Bar chart',
    table(CASE_HEADER, [...cases.first, ...cases.metric, ...cases.resize]),
    'first render: module start -> bars painted. metric change: killed -> injured (re-sorted) -> bars painted. resize: the column from 1200 to 360 px -> re-laid-out bars painted.',
    await memory(env),
  ];
}

/** JS and DOM heap held by CHARTS bar charts of 14 regions, ours against Chart.js. */
async function memory(env) {
  const results = await interleaved(
    { ...env, runs: Math.min(env.runs, MEMORY_RUNS), label: `memory, ${CHARTS} charts` },
    ['ours', 'chartjs'],
    {},
    async (page, contender, context) => {
      const cdp = await context.newCDPSession(page);
      await call(page, 'data', { scenario: 'bar', n: 14 });
      await call(page, 'importContender', { scenario: 'bar', contender });
      const before = await heapUsage(cdp);
      const canvas = await call(page, 'mountMany', CHARTS);
      const after = await heapUsage(cdp);
      return {
        js: after.js - before.js,
        dom: after.dom - before.dom,
        total: after.js + after.dom - before.js - before.dom,
        nodes: after.nodes - before.nodes,
        canvas,
      };
    },
  );
  const ours = median(pick(results.ours, 'total'));
  const row = (name, list, own) => {
    const total = summary(pick(list, 'total'), mb);
    return [
      name,
      mb(median(pick(list, 'js'))),
      mb(median(pick(list, 'dom'))),
      total.text,
      total.iqr,
      total.spread,
      own ? '—' : ratio(ours / total.median),
      count(median(pick(list, 'nodes'))),
      mb(median(pick(list, 'canvas'))),
    ];
  };
  return [
    `#### Memory held by ${CHARTS} bar charts of 14 regions (medians of ${Math.min(env.runs, MEMORY_RUNS)} runs)`,
    table(
      [
        'contender',
        'JS heap',
        'DOM heap',
        'JS + DOM',
        'IQR',
        'min–max',
        'ours ÷ this',
        'DOM nodes',
        'canvas pixels (outside the heaps)',
      ],
      [
        row('<cw-regional-bar-chart>', results.ours, true),
        row(NAMES.chartjs, results.chartjs, false),
      ],
    ),
  ].join('\n\n');
}

async function counter(env) {
  const results = await interleaved(
    { ...env, label: 'counter' },
    ['ours', 'countup'],
    { reducedMotion: 'no-preference' },
    async (page, contender) => {
      await call(page, 'data', { scenario: 'counter' });
      return {
        first: await call(page, 'load', { scenario: 'counter', contender }),
        final: await call(page, 'final'),
      };
    },
  );
  const rows = ['first', 'final'].flatMap((key) =>
    caseRows(
      key === 'first' ? 'first painted digits' : 'final value painted',
      { name: '<cw-casualty-counter>', values: pick(results.ours, key) },
      [{ name: NAMES.countup, values: pick(results.countup, key) }],
    ),
  );
  return [
    '### Counter',
    table(CASE_HEADER, rows),
    'Both from module start: the national figure of the 14-region data, counting from 0 for 1,200 ms; first painted digits is the first frame with a number ("0") on screen.',
  ];
}

async function timeline(env) {
  const rows = [];
  const arrows = [];
  for (const n of [1_000, 10_000]) {
    const results = await interleaved(
      { ...env, label: `timeline, ${count(n)} events` },
      ['ours', 'naive'],
      {},
      async (page, contender) => {
        await call(page, 'data', { scenario: 'timeline', n });
        return call(page, 'load', { scenario: 'timeline', contender });
      },
    );
    rows.push(
      ...caseRows(
        `first render, ${count(n)} events`,
        { name: '<cw-ceasefire-timeline>', values: results.ours },
        [{ name: NAMES.naive, values: results.naive, target: n === 1_000 ? 1.5 : undefined }],
      ),
    );
    const presses = await onFreshPage(env.browser, env.origin, {}, async (page) => {
      await call(page, 'data', { scenario: 'timeline', n });
      await call(page, 'load', { scenario: 'timeline', contender: 'ours' });
      return call(page, 'arrowRight', PRESSES);
    });
    arrows.push(
      ...caseRows(
        `ArrowRight, ${count(n)} events`,
        { name: '<cw-ceasefire-timeline>', values: presses },
        [],
      ),
    );
  }
  return [
    '### Timeline',
    table(CASE_HEADER, [...rows, ...arrows]),
    `first render: module start -> markers painted; the naive peer draws every event as its own <circle> (no grouping, no validation). ArrowRight: median and min–max of ${PRESSES} presses on one page, keydown -> update -> forced layout, the active event moved, drawn and announced.`,
  ];
}

process.stderr.write('building the contenders into bench/.build/ …\n');
await buildContenders();
const server = await serve('.');
const browser = await launchChromium();
// Other processes share a 2-core machine: the load around the run says how much.
const loadBefore = os.loadavg()[0];
try {
  const env = { browser, origin: server.origin, runs: RUNS };
  const scenarios = { bar, counter, timeline };
  const sections = [];
  for (const name of args.only ? [args.only] : SCENARIOS)
    sections.push(...(await scenarios[name](env)));
  const cpu = os.cpus();
  const load = `${loadBefore.toFixed(1)} before, ${os.loadavg()[0].toFixed(1)} after`;
  console.log(
    [
      '## Benchmarks',
      `${cpu[0]?.model ?? 'unknown CPU'}, ${cpu.length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, ${os.type()} ${os.arch()} (1-minute load average ${load}); Chromium ${browser.version()} headless (Playwright ${version('playwright')}); Node ${process.version}. Medians of ${RUNS} runs after ${WARMUP} warm-up runs.`,
      ...sections,
      RULES,
    ].join('\n\n'),
  );
} finally {
  await browser.close();
  await server.stop();
}
