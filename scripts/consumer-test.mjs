// The package as a consumer gets it: `npm pack`, install the tarball into a
// scratch project, then
// 1. type-check a strict TypeScript file that creates and queries all three elements;
// 2. load the tarball's CDN entry from a plain HTML page in Chromium and check that
//    all three elements render the bundled data with no console errors.
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { serve } from './lib/dev-server.mjs';
import { launchChromium } from './lib/find-chromium.mjs';

const repo = resolve('.');
const dir = await mkdtemp(join(tmpdir(), 'cw-consumer-'));
const run = (cmd, args, cwd = dir) =>
  execFileSync(cmd, args, { cwd, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });

const TS_CHECK = `import 'conflict-widgets';
import { figure, validate, type Dataset, type MetricId } from 'conflict-widgets/data.js';
import type { CwErrorDetail } from 'conflict-widgets';

const counter = document.createElement('cw-casualty-counter');
counter.metric = 'injured';
counter.region = 'Terter';
counter.hideSource = true;
const chart = document.createElement('cw-regional-bar-chart');
chart.sort = 'name';
chart.limit = 5;
const timeline = document.createElement('cw-ceasefire-timeline');
timeline.showTotals = true;
timeline.addEventListener('cw-select', (event) => console.log(event.detail.id.toUpperCase()));
counter.addEventListener('cw-error', (event) => {
  const detail: CwErrorDetail = event.detail;
  console.log(detail.code, detail.message);
});
const metric: MetricId = 'killed';
const result = validate(JSON.parse('{}') as unknown);
if (result.ok) {
  const data: Dataset = result.data;
  const found = figure(data, metric, { region: 'barda' });
  if (found.kind === 'found') console.log(found.figure.value.toFixed(0), found.figure.qualifier);
} else {
  console.log(result.errors.map((e) => e.path + ': ' + e.message));
}
document.body.append(counter, chart, timeline);
`;

const HTML = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>consumer</title>
<script type="module" src="./node_modules/conflict-widgets/dist/cdn/conflict-widgets.js"></script>
</head><body>
<cw-casualty-counter metric="killed" start="immediate"></cw-casualty-counter>
<cw-regional-bar-chart metric="injured"></cw-regional-bar-chart>
<cw-ceasefire-timeline></cw-ceasefire-timeline>
</body></html>`;

let failed = false;
try {
  const tarball = run('npm', ['pack', '--silent', '--pack-destination', dir], repo)
    .trim()
    .split('\n')
    .pop();
  await writeFile(
    join(dir, 'package.json'),
    JSON.stringify({ name: 'consumer', private: true, type: 'module' }),
  );
  run('npm', ['install', '--no-audit', '--no-fund', '--silent', join(dir, tarball)]);

  await writeFile(join(dir, 'check.ts'), TS_CHECK);
  await writeFile(
    join(dir, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        strict: true,
        noEmit: true,
        module: 'NodeNext',
        moduleResolution: 'NodeNext',
        target: 'ES2022',
        lib: ['ES2022', 'DOM'],
        types: [],
      },
      files: ['check.ts'],
    }),
  );
  try {
    run(process.execPath, [join(repo, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json']);
    console.log('ok   consumer TypeScript (strict) type-checks against the packed .d.ts');
  } catch (error) {
    failed = true;
    console.log(`FAIL consumer TypeScript:\n${error.stdout}`);
  }

  await writeFile(join(dir, 'index.html'), HTML);
  const server = await serve(dir);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    const problems = [];
    page.on('console', (msg) => msg.type() === 'error' && problems.push(msg.text()));
    page.on('pageerror', (err) => problems.push(err.message));
    await page.goto(`${server.origin}/index.html`);
    const texts = await page.waitForFunction(
      () => {
        const tags = ['cw-casualty-counter', 'cw-regional-bar-chart', 'cw-ceasefire-timeline'];
        const texts = tags.map((tag) => document.querySelector(tag)?.shadowRoot?.textContent ?? '');
        return texts.every((t) => t.includes('Source')) && texts;
      },
      undefined,
      { timeout: 15000 },
    );
    const [counter, chart, timeline] = await texts.jsonValue();
    const checks = [
      ['counter shows 91', counter.includes('91')],
      ['chart shows Ganja', chart.includes('Ganja')],
      ['timeline shows Moscow', timeline.includes('Moscow')],
      ['no console errors', problems.length === 0],
    ];
    for (const [what, ok] of checks) {
      failed ||= !ok;
      console.log(`${ok ? 'ok  ' : 'FAIL'} CDN entry from the tarball: ${what}`);
    }
    if (problems.length) console.log(problems.join('\n'));
  } finally {
    await browser.close();
    await server.stop();
  }
} finally {
  await rm(dir, { recursive: true, force: true });
}
if (failed) process.exit(1);
