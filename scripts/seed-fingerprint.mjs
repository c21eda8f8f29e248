// Writes test/fixtures/seed-shingles.txt: a hash of every run of eight words in
// the source report, so the tests can check that the project never copies the
// report's sentences (DATA-POLICY rule 8) without the report's text being kept
// in this repository. Run it again only if the source report changes:
//
//   node scripts/seed-fingerprint.mjs path/to/seeds/000_7a6c9d16f8bcf80c.txt
//
// The tokenizer and hash must stay identical to test/fixtures/wording.ts; the
// file's first line carries a check value that the tests recompute.
import { readFile, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';

export const RUN = 8;

/** Lower-case words of letters, digits and apostrophes; everything else separates. */
export function words(text) {
  return text
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .split(/[^a-z0-9']+/)
    .map((w) => w.replace(/^'+|'+$/g, ''))
    .filter(Boolean);
}

/** cyrb53 (public domain, github.com/bryc/code): a 53-bit string hash, in base 36. */
export function hash(text) {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

const seedPath = process.argv[2];
if (!seedPath) {
  console.error('Usage: node scripts/seed-fingerprint.mjs path/to/source-report.txt');
  process.exit(1);
}
const list = words(await readFile(seedPath, 'utf8'));
const hashes = new Set();
for (let i = 0; i + RUN <= list.length; i++) hashes.add(hash(list.slice(i, i + RUN).join(' ')));
const check = hash('one two three four five six seven eight');
const lines = [...hashes].sort();
const rows = [];
for (let i = 0; i < lines.length; i += 12) rows.push(lines.slice(i, i + 12).join(' '));
const target = new URL('../test/fixtures/seed-shingles.txt', import.meta.url);
await writeFile(
  target,
  `# ${RUN}-word runs of ${basename(seedPath)}, cyrb53 base 36; check ${check}\n${rows.join('\n')}\n`,
);
console.log(`${hashes.size} runs of ${RUN} words from ${list.length} words`);
