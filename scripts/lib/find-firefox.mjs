// Finds a Firefox for the Firefox test run without ever downloading one:
// FIREFOX_PATH, then firefox-esr / firefox on PATH (Debian's is firefox-esr).
import { onPath } from './find-chromium.mjs';

export function findFirefox() {
  if (process.env.FIREFOX_PATH) return process.env.FIREFOX_PATH;
  return onPath('firefox-esr') ?? onPath('firefox');
}

export const NO_FIREFOX_MESSAGE =
  'No Firefox found: set FIREFOX_PATH, or install one (Debian: apt-get install firefox-esr).';
