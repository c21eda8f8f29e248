// Renders docs/screenshot.html (the three elements on the bundled data) into
// docs/screenshot.png, the README's picture, at 1008 px, light, reduced
// motion. Run after `npm run build`:  node scripts/readme-screenshot.mjs
import { serve } from './lib/dev-server.mjs';
import { launchChromium } from './lib/find-chromium.mjs';

const server = await serve('.', { nodeResolve: true });
const browser = await launchChromium();
try {
  const context = await browser.newContext({
    viewport: { width: 1008, height: 900 },
    colorScheme: 'light',
    reducedMotion: 'reduce',
  });
  const tab = await context.newPage();
  await tab.goto(`${server.origin}/docs/screenshot.html`, { waitUntil: 'networkidle' });
  await tab.evaluate(() =>
    Promise.all(
      [
        ...document.querySelectorAll(
          'cw-casualty-counter, cw-regional-bar-chart, cw-ceasefire-timeline',
        ),
      ].map((el) => el.updateComplete),
    ),
  );
  await tab.screenshot({ path: 'docs/screenshot.png', fullPage: true });
  console.log('docs/screenshot.png');
} finally {
  await browser.close();
  await server.stop();
}
