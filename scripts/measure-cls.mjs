// Cumulative layout shift of a demo page for a reader who is at a widget (a
// #fragment link, a restored scroll position: the widget's place mid-screen)
// while the widgets load: the CDN files and the data each `--late` ms late.
//
//   node scripts/measure-cls.mjs [demo/article.html] [--late=500]
//
// Prints CLS per widget at 390 and 1280 px. Needs `npm run build`.
import { serve } from './lib/dev-server.mjs';
import { launchChromium } from './lib/find-chromium.mjs';

const page = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? 'demo/article.html';
const late = Number(process.argv.find((a) => a.startsWith('--late='))?.slice(7) ?? 500);
const WIDGETS = 'cw-casualty-counter, cw-regional-bar-chart, cw-ceasefire-timeline';

const server = await serve('.', { nodeResolve: true });
const browser = await launchChromium();
try {
  for (const width of [390, 1280]) {
    const context = await browser.newContext({ viewport: { width, height: 800 } });
    const probe = await context.newPage();
    await probe.goto(`${server.origin}/${page}`);
    const widgets = await probe.$$eval(WIDGETS, (els) =>
      els.map((e) => `<${e.localName} metric="${e.getAttribute('metric') ?? ''}">`),
    );
    await probe.close();
    for (const [index, widget] of widgets.entries()) {
      const tab = await context.newPage();
      await tab.route('**/dist/cdn/**', (route) => setTimeout(() => route.continue(), late));
      await tab.addInitScript(
        ([n, selector]) => {
          window.cls = 0;
          new PerformanceObserver((list) => {
            for (const e of list.getEntries()) if (!e.hadRecentInput) window.cls += e.value;
          }).observe({ type: 'layout-shift', buffered: true });
          document.addEventListener('DOMContentLoaded', () =>
            document.querySelectorAll(selector)[n].scrollIntoView({ block: 'center' }),
          );
        },
        [index, WIDGETS],
      );
      await tab.goto(`${server.origin}/${page}`, { waitUntil: 'networkidle' });
      await tab.waitForTimeout(1500);
      const cls = await tab.evaluate(() => window.cls);
      console.log(`${width} px  CLS ${cls.toFixed(3)}  ${widget}`);
      await tab.close();
    }
    await context.close();
  }
} finally {
  await browser.close();
  await server.stop();
}
