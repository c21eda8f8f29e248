// Finds a Chromium to test in without ever downloading one:
// CHROME_PATH, then chromium / chromium-browser / google-chrome on PATH,
// then a Chromium that Playwright installed itself.
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';

const NAMES = ['chromium', 'chromium-browser', 'google-chrome'];

/** The first executable called `name` in a PATH folder. */
export function onPath(name) {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    const candidate = join(dir, name);
    if (dir && existsSync(candidate)) return candidate;
  }
  return undefined;
}

async function playwrightChromium() {
  try {
    const { chromium } = await import('playwright');
    const path = chromium.executablePath();
    return existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

export async function findChromium() {
  if (process.env.CHROME_PATH) return process.env.CHROME_PATH;
  for (const name of NAMES) {
    const path = onPath(name);
    if (path) return path;
  }
  return playwrightChromium();
}

/** Flags that keep a root, offline Chromium quiet and headless-friendly. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export const NO_BROWSER_MESSAGE =
  'No Chromium found: set CHROME_PATH, or install one (Debian: apt-get install chromium; elsewhere: npx playwright install chromium).';

/** Launches the Chromium found above, or exits with the one-line hint. */
export async function launchChromium() {
  const executablePath = await findChromium();
  if (!executablePath) {
    console.error(NO_BROWSER_MESSAGE);
    process.exit(1);
  }
  const { chromium } = await import('playwright');
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS });
}
