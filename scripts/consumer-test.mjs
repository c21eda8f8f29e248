// The package as a consumer gets it: `npm pack`, install the tarball into a
// scratch project, then
// 1. type-check a strict TypeScript file that creates and queries all three elements;
// 2. type-check a React 19 TSX file (conflict-widgets/react), a Vue SFC with
//    vue-tsc (conflict-widgets/vue) and a Svelte 5 component with svelte-check
//    (conflict-widgets/svelte) that use all three elements, their attributes,
//    events and `.data`; each also has lines that must NOT type-check
//    (`@ts-expect-error`; for Svelte, whose markup has no such comment, a
//    second component whose every line must be an error), so types that go
//    loose fail the test; compile the README's Angular component with Angular's
//    ahead-of-time compiler (ngc, strict templates), and two that must fail:
//    one without CUSTOM_ELEMENTS_SCHEMA, one that takes cw-select's $event
//    as the wrong type;
// 3. load the tarball's CDN entry from a plain HTML page in Chromium and check that
//    all three elements render the bundled data with no console errors.
// React's, Vue's, Svelte's and Angular's types (and vue-tsc, svelte-check, ngc) are this repository's devDependencies,
// linked into the scratch project: nothing is downloaded for them.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { serve } from './lib/dev-server.mjs';
import { launchChromium } from './lib/find-chromium.mjs';

const repo = resolve('.');
const dir = await mkdtemp(join(tmpdir(), 'cw-consumer-'));
const run = (cmd, args, cwd = dir) =>
  execFileSync(cmd, args, { cwd, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });

// Through the per-element entries: each brings the event types along (the TSX and Vue files use the main entry).
const TS_CHECK = `import 'conflict-widgets/casualty-counter.js';
import 'conflict-widgets/regional-bar-chart.js';
import 'conflict-widgets/ceasefire-timeline.js';
import { figure, validate, type Dataset, type MetricId } from 'conflict-widgets/data.js';
import type { CwErrorDetail } from 'conflict-widgets/casualty-counter.js';

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

// Events are typed on the document and the window too, and .data is the dataset.
document.addEventListener('cw-ready', (event) => console.log(event.detail.element.localName));
window.addEventListener('cw-error', (event) => console.log(event.detail.code));
counter.addEventListener('cw-ready', (event) => console.log(event.detail.element.isConnected));
const mine: Dataset | undefined = chart.data;
if (mine) timeline.data = mine;
// @ts-expect-error .data is a Dataset, not any value
counter.data = 5;
// @ts-expect-error metric is a metric id
counter.metric = 'nope';
`;

const TSX_CHECK = `import 'conflict-widgets';
import 'conflict-widgets/react';
import { useEffect, useRef, useState } from 'react';
import type { CwCasualtyCounter } from 'conflict-widgets';
import type { Dataset } from 'conflict-widgets/data.js';

export function Widgets({ data }: { data: Dataset }) {
  const counter = useRef<CwCasualtyCounter>(null);
  const [selected, setSelected] = useState<string>();
  useEffect(() => {
    const ready = (event: DocumentEventMap['cw-ready']) => console.log(event.detail.element.localName);
    document.addEventListener('cw-ready', ready);
    return () => document.removeEventListener('cw-ready', ready);
  }, []);
  return (
    <>
      <cw-casualty-counter
        ref={counter}
        metric="injured"
        region="Terter"
        as-of="2020-11-04"
        start="immediate"
        duration={800}
        hide-source
        theme="dark"
        data={data}
        className="figure"
        oncw-error={(event) => console.log(event.detail.code, event.detail.message)}
      />
      <cw-regional-bar-chart
        metric="killed,injured"
        sort="name"
        limit={5}
        highlight="barda"
        locale="fr"
        data={data}
        oncw-error={(event) => console.log(event.detail.details?.length)}
      />
      <cw-ceasefire-timeline
        from="2020-09-27"
        to="2020-11-10"
        kinds="ceasefire,violation"
        selected={selected}
        show-totals
        oncw-select={(event) => setSelected(event.detail.id)}
      />
      {/* @ts-expect-error metric is a metric id */}
      <cw-casualty-counter metric="nope" />
      {/* @ts-expect-error data is a Dataset */}
      <cw-regional-bar-chart data={5} />
      {/* @ts-expect-error theme is light, dark or auto */}
      <cw-ceasefire-timeline theme="sepia" />
      {/* @ts-expect-error the cw-select detail has no code */}
      <cw-ceasefire-timeline oncw-select={(event) => console.log(event.detail.code)} />
    </>
  );
}
`;

const VUE_CHECK = `<script setup lang="ts">
import 'conflict-widgets';
import 'conflict-widgets/vue';
import { ref } from 'vue';
import type { Dataset } from 'conflict-widgets/data.js';

const props = defineProps<{ data: Dataset }>();
const selected = ref<string>();
document.addEventListener('cw-ready', (event) => console.log(event.detail.element));
</script>

<template>
  <cw-casualty-counter
    metric="injured"
    region="Terter"
    as-of="2020-11-04"
    hide-source
    theme="dark"
    :duration="800"
    :data="props.data"
    @cw-error="(event) => console.log(event.detail.code, event.detail.message)"
  />
  <cw-regional-bar-chart metric="killed,injured" sort="name" :limit="5" :data="props.data" />
  <cw-ceasefire-timeline
    :selected="selected"
    show-totals
    @cw-select="(event) => (selected = event.detail.id)"
  />
  <!-- @vue-expect-error metric is a metric id -->
  <cw-casualty-counter metric="nope" />
  <!-- @vue-expect-error data is a Dataset -->
  <cw-regional-bar-chart :data="5" />
  <!-- @vue-expect-error the cw-select detail has no code -->
  <cw-ceasefire-timeline @cw-select="(event) => console.log(event.detail.code)" />
</template>
`;

const SVELTE_CHECK = `<script lang="ts">
  import 'conflict-widgets';
  import 'conflict-widgets/svelte';
  import type { Dataset } from 'conflict-widgets/data.js';

  let { data }: { data: Dataset } = $props();
  let selected = $state<string>();
</script>

<cw-casualty-counter
  metric="injured"
  region="Terter"
  as-of="2020-11-04"
  start="immediate"
  duration={800}
  hide-source
  theme="dark"
  {data}
  oncw-error={(event) => console.log(event.detail.code, event.detail.message)}
></cw-casualty-counter>
<cw-regional-bar-chart metric="killed,injured" sort="name" limit={5} highlight="barda" {data}
></cw-regional-bar-chart>
<cw-ceasefire-timeline
  from="2020-09-27"
  kinds="ceasefire,violation"
  {selected}
  show-totals
  oncw-select={(event) => (selected = event.detail.id)}
></cw-ceasefire-timeline>
`;

/** Each line an error svelte-check must report: metric id, Dataset, the cw-select detail. */
const SVELTE_WRONG = `<script lang="ts">
  import 'conflict-widgets/svelte';
</script>
<cw-casualty-counter metric="nope"></cw-casualty-counter>
<cw-regional-bar-chart data={5}></cw-regional-bar-chart>
<cw-ceasefire-timeline oncw-select={(event) => console.log(event.detail.code)}></cw-ceasefire-timeline>
`;

/**
 * The README's Angular component, read from the README itself (the first
 * ```ts block under "#### Angular"), so the example readers copy is the one
 * compiled: it must compile under strict templates, $event typed by the package.
 */
async function readmeAngularExample() {
  const readme = await readFile(join(repo, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('\n#### Angular\n'));
  const block = /```ts\n([\s\S]*?)\n```/.exec(section);
  if (!block) throw new Error('README.md has no ```ts block under "#### Angular"');
  return block[1];
}

/** Two templates ngc must reject: line 5 without the schema (NG8001), line 11 a wrong $event (TS2345). */
const ANGULAR_WRONG = `import { Component, CUSTOM_ELEMENTS_SCHEMA } from '@angular/core';
import 'conflict-widgets';
@Component({
  selector: 'app-no-schema',
  template: '<cw-casualty-counter metric="killed"></cw-casualty-counter>',
})
export class NoSchema {}
@Component({
  selector: 'app-wrong-event',
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: '<cw-ceasefire-timeline (cw-select)="take($event)"></cw-ceasefire-timeline>',
})
export class WrongEvent {
  take(event: CustomEvent<number>) {
    return event.detail;
  }
}
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

  // The manifest and the editor data as shipped: modules that are in the
  // package, attribute types spelled out rather than alias names.
  const pkg = join(dir, 'node_modules/conflict-widgets');
  const readJson = async (path) => JSON.parse(await readFile(join(pkg, path), 'utf8'));
  const manifest = await readJson('custom-elements.json');
  const vsCode = await readJson('dist/vscode.html-custom-data.json');
  const declarations = manifest.modules.flatMap((m) => m.declarations ?? []);
  const types = declarations.flatMap((d) => d.attributes ?? []).map((a) => a.type?.text ?? '');
  const themes = vsCode.tags.map(
    (tag) => tag.attributes.find((a) => a.name === 'theme')?.values.map((v) => v.name) ?? [],
  );
  const shipped = [
    [
      'custom-elements.json names shipped .js modules',
      manifest.modules.every((m) => m.path.endsWith('.js') && existsSync(join(pkg, m.path))),
    ],
    [
      'custom-elements.json spells attribute types out (no alias names)',
      types.length > 30 && types.every((text) => !/\b[A-Z]/.test(text)),
    ],
    [
      "vscode.html-custom-data.json offers each element's theme values",
      themes.length === 3 && themes.every((t) => t.join() === 'light,dark,auto'),
    ],
  ];
  for (const [what, ok] of shipped) {
    failed ||= !ok;
    console.log(`${ok ? 'ok  ' : 'FAIL'} packed ${what}`);
  }

  for (const name of ['@types/react', 'vue', 'svelte', '@angular', 'rxjs', 'tslib']) {
    await mkdir(dirname(join(dir, 'node_modules', name)), { recursive: true });
    await symlink(join(repo, 'node_modules', name), join(dir, 'node_modules', name), 'dir');
  }
  await writeFile(join(dir, 'check.ts'), TS_CHECK);
  await writeFile(join(dir, 'widgets.tsx'), TSX_CHECK);
  await writeFile(join(dir, 'Widgets.vue'), VUE_CHECK);
  const compilerOptions = {
    strict: true,
    noEmit: true,
    module: 'NodeNext',
    moduleResolution: 'NodeNext',
    target: 'ES2022',
    lib: ['ES2022', 'DOM'],
    types: [],
  };
  const typeChecks = [
    ['TypeScript (strict)', 'typescript/bin/tsc', ['check.ts'], {}],
    ['React 19 TSX', 'typescript/bin/tsc', ['widgets.tsx'], { jsx: 'react-jsx' }],
    ['Vue SFC (vue-tsc)', 'vue-tsc/bin/vue-tsc.js', ['Widgets.vue'], {}],
  ];
  for (const [what, bin, files, options] of typeChecks) {
    const config = `tsconfig.${files[0]}.json`;
    const compiler = { ...compilerOptions, ...options };
    await writeFile(join(dir, config), JSON.stringify({ compilerOptions: compiler, files }));
    try {
      run(process.execPath, [join(repo, 'node_modules', bin), '-p', config]);
      console.log(`ok   consumer ${what} type-checks against the packed .d.ts`);
    } catch (error) {
      failed = true;
      console.log(`FAIL consumer ${what}:\n${error.stdout}`);
    }
  }

  // svelte-check: Widgets.svelte without errors, Wrong.svelte with one on each of its lines 4-6.
  await writeFile(join(dir, 'Widgets.svelte'), SVELTE_CHECK);
  await writeFile(join(dir, 'Wrong.svelte'), SVELTE_WRONG);
  await writeFile(
    join(dir, 'tsconfig.json'),
    JSON.stringify({ compilerOptions: compilerOptions, include: ['*.svelte'] }),
  );
  let report = '';
  try {
    report = run(process.execPath, [
      join(repo, 'node_modules/svelte-check/bin/svelte-check'),
      '--workspace',
      dir,
      '--output',
      'machine',
    ]);
  } catch (error) {
    report = error.stdout;
  }
  const errors = [...report.matchAll(/ ERROR "([^"]+)" (\d+):\d+ /g)].map(
    ([, f, l]) => `${f}:${l}`,
  );
  const svelteOk = errors.join() === 'Wrong.svelte:4,Wrong.svelte:5,Wrong.svelte:6';
  failed ||= !svelteOk;
  console.log(
    svelteOk
      ? 'ok   consumer Svelte 5 component (svelte-check) type-checks against the packed .d.ts'
      : `FAIL consumer Svelte 5 component (svelte-check):\n${report}`,
  );

  // ngc: the README's example (story.ts) without errors, wrong.ts with exactly the two it is written to have.
  await writeFile(join(dir, 'story.ts'), await readmeAngularExample());
  await writeFile(join(dir, 'wrong.ts'), ANGULAR_WRONG);
  await writeFile(
    join(dir, 'tsconfig.angular.json'),
    JSON.stringify({
      compilerOptions,
      files: ['story.ts', 'wrong.ts'],
      angularCompilerOptions: { strictTemplates: true },
    }),
  );
  const ngc = spawnSync(
    process.execPath,
    [
      join(repo, 'node_modules/@angular/compiler-cli/bundles/src/bin/ngc.js'),
      '-p',
      'tsconfig.angular.json',
    ],
    { cwd: dir, encoding: 'utf8' },
  );
  // ngc reports on stderr, in colour whatever the options say.
  const plain = stripVTControlCharacters(`${ngc.stdout}${ngc.stderr}`);
  const ngErrors = [...plain.matchAll(/^(\S+\.ts):(\d+):\d+ - error (\w+):/gm)].map(
    ([, f, l, code]) => `${f}:${l} ${code}`,
  );
  const angularOk = ngErrors.sort().join() === 'wrong.ts:11 TS2345,wrong.ts:5 NG8001';
  failed ||= !angularOk;
  console.log(
    angularOk
      ? 'ok   consumer Angular component (ngc, strict templates) compiles against the packed .d.ts'
      : `FAIL consumer Angular component (ngc, strict templates):\n${plain}`,
  );

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
