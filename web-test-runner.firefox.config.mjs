// The Firefox run, `npm run test:firefox`, part of `npm test`: the browser
// tests again in Firefox (ESR on Debian), driven by Puppeteer over WebDriver
// BiDi. Playwright drives only a Firefox of its own build, which cannot be
// downloaded here, so this run uses @web/test-runner-chrome's launcher with
// Puppeteer's Firefox support instead.
import { chromeLauncher } from '@web/test-runner-chrome';
import puppeteer from 'puppeteer-core';
import base from './web-test-runner.config.mjs';
import { CHROMIUM_ONLY } from './scripts/lib/chromium-only.mjs';
import { NO_FIREFOX_MESSAGE, findFirefox } from './scripts/lib/find-firefox.mjs';

const executablePath = findFirefox();
if (!executablePath) {
  console.error(NO_FIREFOX_MESSAGE);
  process.exit(1);
}

export default {
  ...base,
  files: [
    ...base.files,
    ...Object.keys(CHROMIUM_ONLY).map((name) => `!build/test/${name}.test.js`),
  ],
  // One page at a time: Firefox throttles the timers of a tab in the background.
  concurrency: 1,
  browsers: [
    chromeLauncher({
      puppeteer,
      launchOptions: {
        browser: 'firefox',
        executablePath,
        headless: true,
        // Drawings at rest: a test that points at a bar measures it drawn,
        // not 0.7 s into growing. (Media cannot be emulated here, see above;
        // the motion itself is checked in Chromium.)
        extraPrefsFirefox: { 'ui.prefersReducedMotion': 1 },
      },
    }),
  ],
};
