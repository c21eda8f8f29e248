// Where our elements spend their time, for whoever makes them faster: Chrome's
// CPU profiler (CDP Profiler, 100 µs sampling) over <cw-regional-bar-chart>'s
// first render and metric change at 2,000 regions, <cw-ceasefire-timeline>'s
// first render at 1,000 events and <cw-casualty-counter>'s first painted
// digits, one run each, printed bottom-up (functions by self time), then
// our own functions by total time (self and everything they call, so a
// phase such as validation or layout shows whole), with the style and layout
// time Chromium counted.
//
//   npm run build && node bench/profile.mjs [--top 15] [--runs 1]
//
// One run is noisy on a busy machine (which function gets inlined where
// shifts); --runs N profiles each case on N fresh pages and adds them up.
//
// Loads tsc's unminified dist/ (bench/harness.html?source=tsc) so functions
// keep their names and files; Lit comes from node_modules with the
// `production` condition, as in the CDN build. Same page code as bench/run.mjs.
import { parseArgs } from 'node:util';
import { serve } from '../scripts/lib/dev-server.mjs';
import { launchChromium } from '../scripts/lib/find-chromium.mjs';
import { buildContenders } from './build-contenders.mjs';
import { call, onFreshPage } from './pages.mjs';
import { ms, table } from './report.mjs';

const { values: args } = parseArgs({
  options: { top: { type: 'string', default: '15' }, runs: { type: 'string', default: '1' } },
});
const TOP = Number(args.top);
const RUNS = Number(args.runs);

const CASES = [
  {
    label: 'bar chart, first render (module start -> painted), 2,000 regions',
    load: { scenario: 'bar', contender: 'ours', n: 2_000 },
  },
  {
    label: 'bar chart, metric change killed -> injured, 2,000 regions',
    load: { scenario: 'bar', contender: 'ours', n: 2_000 },
    step: 'metric',
  },
  {
    label: 'timeline, first render (module start -> painted), 1,000 events',
    load: { scenario: 'timeline', contender: 'ours', n: 1_000 },
  },
  {
    label: 'counter, first painted digits (module start -> "0" painted), 14 regions',
    load: { scenario: 'counter', contender: 'ours' },
  },
];

/** A function's key in the tables: its name, then (after a NUL) its file and line. */
function keyOf({ functionName, url, lineNumber }) {
  const file = url.replace(/^https?:\/\/[^/]+\//, '');
  return `${functionName || '(anonymous)'}\u0000${file ? `${file}:${lineNumber + 1}` : ''}`;
}

/**
 * Time per function in µs, a sample lasting until the next one: `self` in
 * the function itself (bottom-up), `total` with it anywhere on the stack,
 * counted once per sample however deep it recurses.
 */
function sampleTimes(profile) {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const parents = new Map();
  for (const node of profile.nodes)
    for (const child of node.children ?? []) parents.set(child, node.id);
  let t = profile.startTime;
  const stamps = profile.timeDeltas.map((delta) => (t += delta));
  const self = new Map();
  const total = new Map();
  const add = (times, key, us) => times.set(key, (times.get(key) ?? 0) + us);
  profile.samples.forEach((id, i) => {
    const duration = Math.max(0, (stamps[i + 1] ?? profile.endTime) - stamps[i]);
    add(self, keyOf(nodes.get(id).callFrame), duration);
    const onStack = new Set();
    for (let at = id; at !== undefined; at = parents.get(at))
      onStack.add(keyOf(nodes.get(at).callFrame));
    for (const key of onStack) add(total, key, duration);
  });
  return { self, total };
}

/** Page metrics Chromium keeps, in seconds: their growth while `run` runs, in ms. */
async function phases(cdp, run) {
  const read = async () =>
    Object.fromEntries(
      (await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]),
    );
  const before = await read();
  await run();
  const after = await read();
  const delta = (name) => (after[name] - before[name]) * 1000;
  return {
    style: delta('RecalcStyleDuration'),
    layout: delta('LayoutDuration'),
    tasks: delta('TaskDuration'),
  };
}

/** One profiled run of a case on a fresh page: self times, timing and Chromium's own split. */
function profileRun(env, { load, step }) {
  return onFreshPage(env.browser, env.origin, { query: '?source=tsc' }, async (page, context) => {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await call(page, 'data', load);
    if (step) await call(page, 'load', load);
    await cdp.send('Profiler.start');
    let elapsed = 0;
    const split = await phases(cdp, async () => {
      elapsed = step ? await call(page, step, 'injured') : await call(page, 'load', load);
    });
    const { profile } = await cdp.send('Profiler.stop');
    return { ...sampleTimes(profile), elapsed, split };
  });
}

/** The mean per run of each function's time in `pick(run)`, leaving out idle time. */
function meanTimes(runs, pick) {
  const times = new Map();
  for (const run of runs) {
    for (const [key, us] of pick(run)) {
      if (!key.startsWith('(idle)')) times.set(key, (times.get(key) ?? 0) + us / runs.length);
    }
  }
  return times;
}

/** RUNS runs of a case, added up, as a section: the top functions by self time, then ours by total time. */
async function profileCase(env, kase) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) runs.push(await profileRun(env, kase));
  const self = meanTimes(runs, (run) => run.self);
  const busy = [...self.values()].reduce((sum, us) => sum + us, 0);
  const mean = (pick) => ms(runs.reduce((sum, run) => sum + pick(run), 0) / RUNS);
  const rows = (times) =>
    [...times]
      .sort((a, b) => b[1] - a[1])
      .slice(0, TOP)
      .map(([key, us]) => {
        const [name, where] = key.split('\u0000');
        return [ms(us / 1000), `${((us / busy) * 100).toFixed(1)} %`, name, where];
      });
  const ours = [...meanTimes(runs, (run) => run.total)].filter(([key]) =>
    key.includes('\u0000dist/'),
  );
  return [
    `### ${kase.label}`,
    `Per run (mean of ${RUNS}): measured ${mean((r) => r.elapsed)}; sampled busy time ${ms(busy / 1000)}; style ${mean((r) => r.split.style)}, layout ${mean((r) => r.split.layout)}, all tasks ${mean((r) => r.split.tasks)}.`,
    table(['self', 'share', 'function', 'file:line'], rows(self)),
    'Our functions by total time (their own and what they call):',
    table(['total', 'share', 'function', 'file:line'], rows(ours)),
  ].join('\n\n');
}

await buildContenders(['bar-ours.js', 'timeline-ours.js', 'counter-ours.js']);
// Unbundled dist/ imports 'lit' and d3 by bare name: the server resolves them.
const server = await serve('.', { nodeResolve: { exportConditions: ['production'] } });
const browser = await launchChromium();
try {
  const env = { browser, origin: server.origin };
  const sections = [];
  for (const c of CASES) sections.push(await profileCase(env, c));
  console.log(
    [
      `## CPU profiles (bottom-up, top ${TOP} by self time), Chromium ${browser.version()}`,
      ...sections,
      '(program) is native browser work outside JavaScript (style, layout, paint, parsing HTML); (garbage collector) is V8 GC.',
    ].join('\n\n'),
  );
} finally {
  await browser.close();
  await server.stop();
}
