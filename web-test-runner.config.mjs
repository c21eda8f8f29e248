import { execFile } from 'node:child_process';
import { readFile, readdir } from 'node:fs/promises';
import { promisify } from 'node:util';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { rollupBundlePlugin } from '@web/dev-server-rollup';
import { nodeResolve as rollupNodeResolve } from '@rollup/plugin-node-resolve';
import rollupCommonjs from '@rollup/plugin-commonjs';
import rollupReplace from '@rollup/plugin-replace';
import { compile as compileSvelte } from 'svelte/compiler';
import { CHROMIUM_ARGS, NO_BROWSER_MESSAGE, findChromium } from './scripts/lib/find-chromium.mjs';
import { respond } from './test/server/respond.mjs';

const executablePath = await findChromium();
if (!executablePath) {
  console.error(NO_BROWSER_MESSAGE);
  process.exit(1);
}

/** Test-only endpoints for the data controller's failure paths. */
async function testEndpoints(context, next) {
  if (context.path === '/__test/slow.json') {
    await new Promise((resolve) => setTimeout(resolve, 1500));
    context.type = 'application/json';
    context.body = '{}';
    return;
  }
  if (context.path === '/__test/not-json') {
    context.type = 'text/html';
    context.body = '<!doctype html><title>Not found</title>';
    return;
  }
  // Every demo page, so the wording checks cover pages added later.
  if (context.path === '/__test/demo-pages') {
    const names = await readdir(new URL('./demo/', import.meta.url));
    context.type = 'application/json';
    context.body = JSON.stringify(names.filter((n) => n.endsWith('.html')).sort());
    return;
  }
  // Sizes the slow tests run at: more fuzz runs or a larger scale test on request.
  if (context.path === '/__test/env') {
    context.type = 'application/json';
    context.body = JSON.stringify({
      fuzzRuns: Number(process.env.CW_FUZZ_RUNS) || undefined,
      scaleEvents: Number(process.env.CW_SCALE_EVENTS) || undefined,
      scaleRegions: Number(process.env.CW_SCALE_REGIONS) || undefined,
    });
    return;
  }
  // A file that is not there, for the failure paths (a src or a library
  // chunk that does not load). 410 Gone rather than 404: the runner lists
  // every 404 under "404 network requests" in the output, where expected
  // ones read like broken tests; any status that is not OK takes the same path.
  if (context.path.startsWith('/__test/gone/')) {
    context.status = 410;
    context.type = 'text/plain';
    context.body = 'Gone (a deliberate failure for a test).';
    return;
  }
  // Any file of the repository, late: /__test/delayed/600/dist/cdn/x.js. A
  // module's relative imports are late too, as on a slow connection.
  const delayed = /^\/__test\/delayed\/(\d+)(\/.*)$/.exec(context.path);
  if (delayed) {
    await new Promise((resolve) => setTimeout(resolve, Number(delayed[1])));
    context.path = delayed[2];
    return next();
  }
  // One file late, and only that file: /__test/late/1500/build/src/x.js waits,
  // then redirects to the file, whose URL its own imports resolve against,
  // so they arrive at once and are the page's modules, not copies.
  const late = /^\/__test\/late\/(\d+)(\/.*)$/.exec(context.path);
  if (late) {
    await new Promise((resolve) => setTimeout(resolve, Number(late[1])));
    context.status = 307;
    context.redirect(late[2]);
    return;
  }
  // Answers like a Google Sheet published to the web as CSV: the published
  // URL (no .csv) redirects (307) to an export URL that sends text/csv.
  if (context.path === '/__test/sheets/pub') {
    context.status = 307;
    context.redirect('/__test/sheets/export?format=csv&gid=0');
    return;
  }
  if (context.path === '/__test/sheets/export') {
    context.type = 'text/csv; charset=utf-8';
    context.body = await readFile(
      new URL('./test/fixtures/synthetic.csv', import.meta.url),
      'utf8',
    );
    return;
  }
  // A page of server-rendered elements, from the render command:
  // /__test/ssr?markup=<cw-…>&width=640&scripts=none|hydrate|cdn. "hydrate"
  // loads Lit's hydration support, then the elements, after a script that
  // notes what the server drew (see test/integration/ssr.test.ts); "cdn" the
  // CDN file, which has no hydration support.
  if (context.path === '/__test/ssr') {
    const { markup, width = '640', scripts = 'none' } = context.query;
    const { stdout } = await promisify(execFile)('node', [
      'bin/conflict-widgets.mjs',
      'render',
      '--width',
      width,
      markup,
    ]);
    context.type = 'text/html';
    context.body = ssrPage(stdout, Number(width), scripts);
    return;
  }
  // A misbehaving server, as the query describes: see test/server/respond.mjs.
  if (context.path.startsWith('/__test/respond/')) return respond(context);
  if (context.path === '/__test/garbage.json') {
    context.type = 'application/json';
    context.body = '{"schemaVersion": 1, oops';
    return;
  }
  return next();
}

/** The page around server-rendered elements, with the scripts `scripts` names and a record of what changed. */
const SSR_SCRIPTS = {
  none: '',
  hydrate: '<script type="module" src="/test/fixtures/ssr-hydrate.js"></script>',
  cdn: '<script type="module" src="/dist/cdn/conflict-widgets.js"></script>',
};
const ssrPage = (body, width, scripts) => `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Server-rendered elements</title>
    <style>body { margin: 0; font: 16px/1.5 sans-serif; } main { width: ${width}px; }</style>
  </head>
  <body>
    <main>${body}</main>
    <p>Text below the elements.</p>
    ${scripts === 'none' ? '' : '<script src="/test/fixtures/ssr-record.js"></script>'}
    ${SSR_SCRIPTS[scripts] ?? ''}
  </body>
</html>`;

/**
 * `ariaSnapshot` for tests: Playwright's YAML view of the accessibility tree
 * under a selector (shadow roots included), what a screen reader walks.
 */
const ariaSnapshotCommand = {
  name: 'aria-snapshot',
  async executeCommand({ command, payload, session }) {
    if (command !== 'aria-snapshot') return undefined;
    const page = session.browser.getPage(session.id);
    return page.locator(payload.selector).first().ariaSnapshot();
  },
};

/**
 * `accessibleDescription` for tests: the description Chromium computes for
 * the element `inner` selects in the shadow root of `host` (what a screen
 * reader says after the name on focus), read from its accessibility tree.
 */
const accessibleDescriptionCommand = {
  name: 'accessible-description',
  async executeCommand({ command, payload, session }) {
    if (command !== 'accessible-description') return undefined;
    const page = session.browser.getPage(session.id);
    const cdp = await page.context().newCDPSession(page);
    try {
      const { result } = await cdp.send('Runtime.evaluate', {
        expression: `document.querySelector(${JSON.stringify(payload.host)}).shadowRoot.querySelector(${JSON.stringify(payload.inner)})`,
      });
      const { nodes } = await cdp.send('Accessibility.getPartialAXTree', {
        objectId: result.objectId,
        fetchRelatives: false,
      });
      return nodes[0]?.description?.value ?? '';
    } finally {
      await cdp.detach();
    }
  },
};

/**
 * React publishes CommonJS only, which reads `process.env.NODE_ENV`: the
 * React test is served bundled with React's development build (which warns
 * about misuse) as one ES module, as Lit's own React tests are. A bundle is
 * made once, at start, so watch mode (`npm run test:watch`) leaves it out.
 */
const REACT_TEST = 'build/test/integration/react.test.js';
const watching = process.argv.includes('--watch');
const reactBundle = rollupBundlePlugin({
  rollupConfig: {
    input: [REACT_TEST],
    // The runner's own socket, served beside the bundle.
    external: ['/__web-dev-server__web-socket.js'],
    // One file: a chunk would import the test module again from another URL, running it twice.
    output: { inlineDynamicImports: true },
    plugins: [
      rollupReplace({
        preventAssignment: true,
        'process.env.NODE_ENV': JSON.stringify('development'),
      }),
      // This repository's `sideEffects` names dist/ files; the test's elements come from build/.
      rollupNodeResolve({ ignoreSideEffectsForRoot: true }),
      rollupCommonjs(),
    ],
  },
});

/**
 * Svelte components the tests mount (test/fixtures/*.svelte), compiled as
 * they are served, in Svelte's development build, which checks its own use.
 * tsc leaves them out of build/: a request under build/test/ reads test/.
 */
const svelteFixtures = {
  name: 'svelte-fixtures',
  async serve(context) {
    if (!context.path.endsWith('.svelte')) return undefined;
    const file = new URL(`.${context.path.replace(/^\/build\//, '/')}`, import.meta.url);
    const source = await readFile(file, 'utf8');
    const { js } = compileSvelte(source, { filename: context.path, dev: true });
    return { body: js.code, type: 'js' };
  },
};

export default {
  // Tests are compiled by `tsc -p tsconfig.test.json` into build/.
  files: ['build/test/**/*.test.js', ...(watching ? [`!${REACT_TEST}`] : [])],
  // The browser's builds where a package has two (Svelte's mount() is client-only), in development mode.
  nodeResolve: { exportConditions: ['browser', 'development'] },
  middleware: [testEndpoints],
  plugins: [
    ariaSnapshotCommand,
    accessibleDescriptionCommand,
    svelteFixtures,
    ...(watching ? [] : [reactBundle]),
  ],
  // Lit's dev build announces itself in every test file; its real warnings still show.
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode'),
  concurrency: 2,
  // The scale test takes a while on a busy machine.
  testsFinishTimeout: 600_000,
  testFramework: { config: { timeout: 10000 } },
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: { executablePath, headless: true, args: CHROMIUM_ARGS },
    }),
  ],
};
