// Squeezes the CSS inside Lit's css`` templates in tsc's output: comments and
// indentation go, so the stylesheets cost readers fewer bytes (about 1 KB of
// the CDN bundle gzipped). Line breaks are kept, one per original line, so the
// source maps tsc wrote stay right. Run on dist/ by `npm run build` and on
// build/ by `npm run build:test`, so the tests check the CSS readers get.
//
// Only whitespace that CSS ignores is removed: around { } ; , > and after a
// declaration's colon (a colon followed by a space never starts a pseudo-class).
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const TEMPLATE = /\bcss\s*`([^`]*)`/g;

/** Minified CSS text; the number of line breaks is unchanged. */
function squeezeCss(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, ''))
    .replace(/[ \t]*\n\s*/g, (gap) => gap.replace(/[^\n]/g, ''))
    .replace(/[ \t]*([{};,>])[ \t]*/g, '$1')
    .replace(/:[ \t]+/g, ':');
}

async function* jsFiles(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* jsFiles(path);
    else if (entry.name.endsWith('.js')) yield path;
  }
}

for (const dir of process.argv.slice(2)) {
  for await (const file of jsFiles(dir)) {
    const code = await readFile(file, 'utf8');
    if (!code.includes('css')) continue;
    const squeezed = code.replace(TEMPLATE, (_, body) => `css \`${squeezeCss(body)}\``);
    if (squeezed !== code) await writeFile(file, squeezed);
  }
}
