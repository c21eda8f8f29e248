import { playwrightLauncher } from '@web/test-runner-playwright';
import { CHROMIUM_ARGS, NO_BROWSER_MESSAGE, findChromium } from './scripts/lib/find-chromium.mjs';

const executablePath = await findChromium();
if (!executablePath) {
  console.error(NO_BROWSER_MESSAGE);
  process.exit(1);
}

export default {
  // Tests are compiled by `tsc -p tsconfig.test.json` into build/.
  files: ['build/test/**/*.test.js'],
  nodeResolve: true,
  concurrency: 2,
  testFramework: { config: { timeout: 10000 } },
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: { executablePath, headless: true, args: CHROMIUM_ARGS },
    }),
  ],
};
