// Squeezes the CSS inside Lit's css`` templates in tsc's output: comments,
// indentation and line breaks go, so the stylesheets cost readers fewer bytes
// (about 1 KB of the CDN bundle gzipped). The template keeps its number of
// line breaks, moved to its end, so the source maps tsc wrote stay right for
// the code after it. Run on dist/ by `npm run build` and on build/ by
// `npm run build:test`, so the tests check the CSS readers get.
//
// Only whitespace that CSS ignores is removed: around { } ; , >, inside ( ),
// and after a declaration's colon (a colon followed by a space never starts a
// pseudo-class); any other run of whitespace becomes one space.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const TEMPLATE = /\bcss\s*`([^`]*)`/g;

/** Minified CSS text on one line, followed by as many line breaks as `text` had. */
function squeezeCss(text) {
  const squeezed = text
    .replace(/\/\*[\s\S]*?\*\//g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/ ?([{};,>]) ?/g, '$1')
    .replace(/\( /g, '(')
    .replace(/ \)/g, ')')
    .replace(/:[ \t]+/g, ':')
    .trim();
  return squeezed + '\n'.repeat(text.split('\n').length - 1);
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
    const squeezed = code.replace(TEMPLATE, (_, body) => {
      // The pattern stops at the first backtick, so a css`` written inside
      // another one's ${...} would be cut in two and its JavaScript squeezed.
      if (/\bcss\s*$/.test(body)) {
        throw new Error(`${file}: a css\`\` template inside another; give it its own constant.`);
      }
      return `css \`${squeezeCss(body)}\``;
    });
    if (squeezed !== code) await writeFile(file, squeezed);
  }
}
