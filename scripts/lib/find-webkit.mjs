// Finds WebKit for the WebKit test run without ever downloading one: Debian's
// WebKitGTK, whose WebDriver (WebKitWebDriver, package webkit2gtk-driver)
// drives its MiniBrowser. WEBKIT_WEBDRIVER_PATH and MINIBROWSER_PATH override.
import { existsSync } from 'node:fs';
import { onPath } from './find-chromium.mjs';

const MINIBROWSERS = [
  '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/libexec/webkit2gtk-4.1/MiniBrowser',
];

/** `{ webdriver, browser }` paths, or undefined when either is missing. */
export function findWebKit() {
  const webdriver = process.env.WEBKIT_WEBDRIVER_PATH ?? onPath('WebKitWebDriver');
  const browser = process.env.MINIBROWSER_PATH ?? MINIBROWSERS.find((path) => existsSync(path));
  return webdriver && browser ? { webdriver, browser } : undefined;
}

export const NO_WEBKIT_MESSAGE =
  'No WebKit found: set WEBKIT_WEBDRIVER_PATH and MINIBROWSER_PATH, or install one (Debian: apt-get install webkit2gtk-driver xvfb).';
