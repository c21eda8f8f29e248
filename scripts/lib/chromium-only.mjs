/**
 * The test files the Firefox and WebKit runs leave to Chromium, each for a
 * reason of the tools or of the measurement, not of the elements (which are
 * checked in Firefox and WebKit by every other file). Keys are paths under
 * build/test/, without `.test.js`.
 */
export const CHROMIUM_ONLY = {
  // Media features (colour scheme, forced colours, reduced motion, print)
  // are emulated through the Chrome DevTools Protocol only: neither
  // Puppeteer's Firefox nor WebDriver can set them per test.
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
  // Firefox and WebKit give a page without cross-origin isolation times to
  // the millisecond only: a request and the call after it read the same.
  'integration/chunk-timing': 'orders calls less than a millisecond apart',
  // Heights and label boxes measured with Chromium's text metrics: Firefox's
  // SVG text boxes take in the stroke and the font's full line height, so
  // labels a few pixels apart measure as touching (they do not on screen).
  'integration/reserve': 'heights measured in Chromium',
  'integration/text-spacing': 'SVG text boxes',
  'integration/rtl-layout': 'SVG text boxes',
  'components/ceasefire-timeline/graphic': 'SVG text boxes',
};
