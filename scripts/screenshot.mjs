// Renders a page of this repo in headless Chromium and saves PNG screenshots
// at 360 px and 1200 px (or the --widths given), light and dark, so widgets
// are looked at, not assumed.
//
//   node scripts/screenshot.mjs demo/index.html [out-dir] [--viewport] [--widths=560,768,1200]
//
// Needs `npm run build` first when the page loads from dist/.
import { mkdir } from 'node:fs/promises';
import { basename } from 'node:path';
import { serve } from './lib/dev-server.mjs';
import { launchChromium } from './lib/find-chromium.mjs';

const [page = 'demo/index.html', outDir = 'screenshots'] = process.argv
  .slice(2)
  .filter((a) => !a.startsWith('--'));
const fullPage = !process.argv.includes('--viewport');
const widthsArg = process.argv.find((a) => a.startsWith('--widths='));
const widths = widthsArg ? widthsArg.slice('--widths='.length).split(',').map(Number) : [360, 1200];
if (widths.some((w) => !Number.isInteger(w) || w <= 0)) {
  console.error(`--widths wants whole pixel widths, such as --widths=560,768,1200: ${widthsArg}`);
  process.exit(1);
}

const server = await serve('.', { nodeResolve: true });
const browser = await launchChromium();
await mkdir(outDir, { recursive: true });
try {
  for (const width of widths) {
    for (const colorScheme of ['light', 'dark']) {
      const context = await browser.newContext({
        viewport: { width, height: 900 },
        colorScheme,
        reducedMotion: 'reduce',
      });
      const tab = await context.newPage();
      tab.on('console', (msg) => {
        if (msg.type() === 'error' || msg.type() === 'warning')
          console.log(`[${width} ${colorScheme}] ${msg.type()}: ${msg.text()}`);
      });
      tab.on('pageerror', (err) =>
        console.log(`[${width} ${colorScheme}] page error: ${err.message}`),
      );
      await tab.goto(`${server.origin}/${page}`, { waitUntil: 'networkidle' });
      await tab.waitForTimeout(300);
      const file = `${outDir}/${basename(page, '.html')}-${width}-${colorScheme}.png`;
      await tab.screenshot({ path: file, fullPage });
      console.log(file);
      await context.close();
    }
  }
} finally {
  await browser.close();
  await server.stop();
}
