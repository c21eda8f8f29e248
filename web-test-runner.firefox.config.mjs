// The Firefox run, `npm run test:firefox`, part of `npm test`: the browser
// tests again in Firefox (ESR on Debian), driven by Puppeteer over WebDriver
// BiDi. Playwright drives only a Firefox of its own build, which cannot be
// downloaded here, so this run uses @web/test-runner-chrome's launcher with
// Puppeteer's Firefox support instead.
import { chromeLauncher } from '@web/test-runner-chrome';
import puppeteer from 'puppeteer-core';
import base from './web-test-runner.config.mjs';
import { NO_FIREFOX_MESSAGE, findFirefox } from './scripts/lib/find-firefox.mjs';

const executablePath = findFirefox();
if (!executablePath) {
  console.error(NO_FIREFOX_MESSAGE);
  process.exit(1);
}

/**
 * Test files left to the Chromium run, each for a reason of the tools or of
 * the measurement, not of the elements (which are checked in Firefox by
 * every other file).
 */
const CHROMIUM_ONLY = {
  // Puppeteer emulates media features (colour scheme, forced colours,
  // reduced motion, print) through the Chrome DevTools Protocol only.
  'integration/demo-axe': 'emulates colour schemes',
  'integration/forced-colors': 'emulates forced colours',
  'integration/print': 'emulates print',
  'integration/ssr': 'emulates screen media',
  'components/casualty-counter/media': 'emulates colour scheme and forced colours',
  'components/casualty-counter/animation': 'emulates reduced motion',
  'components/ceasefire-timeline/media': 'emulates forced colours and reduced motion',
  'components/regional-bar-chart/media': 'emulates colour scheme, forced colours, motion',
  'components/regional-bar-chart/snapshot': 'emulates reduced motion',
  // The accessibility tree through Playwright's ariaSnapshot() and CDP.
  'components/ceasefire-timeline/reading-path': 'reads the accessibility tree',
  'components/regional-bar-chart/reading-path': 'reads the accessibility tree',
  // The Layout Instability API is Chromium's.
  'integration/layout-shift': 'measures layout shift',
  // Heights and label boxes measured with Chromium's text metrics: Firefox's
  // SVG text boxes take in the stroke and the font's full line height, so
  // labels a few pixels apart measure as touching (they do not on screen).
  'integration/reserve': 'heights measured in Chromium',
  'integration/text-spacing': 'SVG text boxes',
  'integration/rtl-layout': 'SVG text boxes',
  'components/ceasefire-timeline/graphic': 'SVG text boxes',
};

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
