// Where our elements spend their time, for whoever makes them faster: Chrome's
// CPU profiler (CDP Profiler, 100 µs sampling) over <cw-regional-bar-chart>'s
// first render and metric change at 2,000 regions and <cw-ceasefire-timeline>'s
// first render at 1,000 events, one run each, printed bottom-up (functions by
// self time), with the style and layout time Chromium counted.
//
//   npm run build && node bench/profile.mjs [--top 15]
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

const { values: args } = parseArgs({ options: { top: { type: 'string', default: '15' } } });
const TOP = Number(args.top);

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
];

/** Self time per function (bottom-up), in µs: a sample lasts until the next one. */
function selfTimes(profile) {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  let t = profile.startTime;
  const stamps = profile.timeDeltas.map((delta) => (t += delta));
  const times = new Map();
  profile.samples.forEach((id, i) => {
    const duration = (stamps[i + 1] ?? profile.endTime) - stamps[i];
    const { functionName, url, lineNumber } = nodes.get(id).callFrame;
    const file = url.replace(/^https?:\/\/[^/]+\//, '');
    const key = `${functionName || '(anonymous)'}\u0000${file ? `${file}:${lineNumber + 1}` : ''}`;
    times.set(key, (times.get(key) ?? 0) + Math.max(0, duration));
  });
  return times;
}

/** Page metrics Chromium keeps (seconds): deltas around the profiled step, in ms. */
async function phases(cdp, run) {
  const read = async () =>
    Object.fromEntries(
      (await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]),
    );
  const before = await read();
  await run();
  const after = await read();
  const delta = (name) => (after[name] - before[name]) * 1000;
  return `style ${ms(delta('RecalcStyleDuration'))}, layout ${ms(delta('LayoutDuration'))}, all tasks ${ms(delta('TaskDuration'))}`;
}

async function profileCase(env, { label, load, step }) {
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
    const times = [...selfTimes(profile)].filter(([key]) => !key.startsWith('(idle)'));
    const busy = times.reduce((sum, [, us]) => sum + us, 0);
    const rows = times
      .sort((a, b) => b[1] - a[1])
      .slice(0, TOP)
      .map(([key, us]) => {
        const [name, where] = key.split('\u0000');
        return [ms(us / 1000), `${((us / busy) * 100).toFixed(1)} %`, name, where];
      });
    return [
      `### ${label}`,
      `Measured ${ms(elapsed)}; sampled busy time ${ms(busy / 1000)}; ${split}.`,
      table(['self', 'share', 'function', 'file:line'], rows),
    ].join('\n\n');
  });
}

await buildContenders(['bar-ours.js', 'timeline-ours.js']);
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
