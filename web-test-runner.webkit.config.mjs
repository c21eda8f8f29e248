// The WebKit run, `npm run test:webkit`, part of `npm test`: the browser tests
// again in WebKit, Safari's engine, as Debian ships it (WebKitGTK's
// MiniBrowser), driven over WebDriver by @web/test-runner-webdriver.
// Playwright drives only a WebKit of its own build, which cannot be
// downloaded here. WebKitGTK draws into an X display: this run starts its own
// (Xvfb) and its own WebKitWebDriver, and stops both when it ends.
import { spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import base from './web-test-runner.config.mjs';
import { CHROMIUM_ONLY } from './scripts/lib/chromium-only.mjs';
import { onPath } from './scripts/lib/find-chromium.mjs';
import { NO_WEBKIT_MESSAGE, findWebKit } from './scripts/lib/find-webkit.mjs';

const webkit = findWebKit();
if (!webkit) {
  console.error(NO_WEBKIT_MESSAGE);
  process.exit(1);
}

/**
 * Test files left out here besides the Firefox run's (CHROMIUM_ONLY), each
 * for a reason of the driver or of this WebKit build, not of the elements.
 */
const NOT_IN_WEBKIT = {
  // WebDriver sizes the window, not the viewport, and MiniBrowser's window
  // is at least 447 px wide: the tests that size the page are kept apart.
  'components/ceasefire-timeline/viewport': 'sets the viewport',
  'components/regional-bar-chart/viewport': 'sets the viewport',
  // WebDriver's sendKeys presses one key; Shift+Tab needs Shift held down.
  'components/regional-bar-chart/shift-tab': 'holds Shift down',
  // WebKit 2.50 has no hidden="until-found": the table stays closed to find
  // in page, as designed for browsers without it (its button still opens it).
  'integration/find-in-page': 'no hidden="until-found"',
  // WebKit stamps a fetch's start when its network process begins the load,
  // which on a busy machine comes after a module asked for later has loaded;
  // the order the code asks in is checked in Chromium and Firefox.
  'integration/src-requests': 'fetch start stamped late',
};

/** A free TCP port on this machine. */
const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });

const children = [];
const stopChildren = () => children.forEach((child) => child.kill());
process.on('exit', stopChildren);

/** An X display for WebKitGTK: a private Xvfb where there is one, else the session's. */
async function display() {
  const xvfb = onPath('Xvfb');
  if (!xvfb) return process.env.DISPLAY;
  const child = spawn(
    xvfb,
    ['-displayfd', '1', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'],
    {
      stdio: ['ignore', 'pipe', 'ignore'],
    },
  );
  children.push(child);
  const number = await new Promise((resolve, reject) => {
    child.stdout.once('data', (chunk) => resolve(String(chunk).trim()));
    child.once('exit', (code) => reject(new Error(`Xvfb exited (${code})`)));
  });
  return `:${number}`;
}

/** Starts WebKitWebDriver on a free port and resolves with the port once it answers. */
async function startWebDriver(env) {
  const port = await freePort();
  const child = spawn(webkit.webdriver, [`--port=${port}`], { env, stdio: 'ignore' });
  children.push(child);
  for (let tries = 0; tries < 100; tries++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/status`)).ok) return port;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`WebKitWebDriver did not answer on port ${port}`);
}

const DISPLAY = await display();
if (!DISPLAY) {
  console.error('WebKitGTK needs an X display: install Xvfb (Debian: apt-get install xvfb).');
  process.exit(1);
}
// Drawings at rest, as in the Firefox run: WebKitGTK reports
// prefers-reduced-motion from GTK's gtk-enable-animations setting.
const gtkConfig = mkdtempSync(join(tmpdir(), 'cw-webkit-'));
mkdirSync(join(gtkConfig, 'gtk-3.0'));
writeFileSync(join(gtkConfig, 'gtk-3.0', 'settings.ini'), '[Settings]\ngtk-enable-animations=0\n');
process.on('exit', () => rmSync(gtkConfig, { recursive: true, force: true }));
const port = await startWebDriver({ ...process.env, DISPLAY, XDG_CONFIG_HOME: gtkConfig });

export default {
  ...base,
  // A port of its own: the Firefox run's server, started at the same moment
  // (npm run test:engines), looks for a free one from 8000 up as well.
  port: await freePort(),
  files: [
    ...base.files,
    ...Object.keys({ ...CHROMIUM_ONLY, ...NOT_IN_WEBKIT }).map(
      (name) => `!build/test/${name}.test.js`,
    ),
  ],
  // One page at a time, in one window: the focus tests need the focused window.
  concurrency: 1,
  browsers: [
    webdriverLauncher({
      hostname: '127.0.0.1',
      port,
      logLevel: 'error',
      capabilities: {
        'webkitgtk:browserOptions': { binary: webkit.browser, args: ['--automation'] },
      },
    }),
  ],
};
