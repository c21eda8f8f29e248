// Size budgets, `npm run size`, part of `npm test` (bytes are deterministic;
// speed lives in `npm run bench`). Sizes are gzip -9 of the minified code a
// reader downloads:
// 1. the CDN entry plus every chunk it imports statically;
// 2. the counter alone, as a consumer's bundler packs it from
//    `conflict-widgets/casualty-counter.js`, with its share of Lit.
// Chunks loaded later with import() (the bundled dataset; the validator and
// fetch code, only for data a page supplies) are listed, not counted.
//
// The counter meets its budget because it renders without lit-html (3 KB):
// a counter module importing anything from 'lit' itself, rather than
// '@lit/reactive-element', pulls lit-html back in and fails this check.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { init, parse } from 'es-module-lexer';
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

const KB = 1024;
const CHECKS = [
  {
    label: 'CDN entry + static imports',
    measure: () => closure('dist/cdn/conflict-widgets.js'),
    budget: 30 * KB,
  },
  {
    label: 'conflict-widgets/casualty-counter.js bundled with Lit',
    measure: () => consumerBundle('dist/casualty-counter.js'),
    budget: 10 * KB,
  },
];

const gz = (bytes) => gzipSync(bytes, { level: 9 }).length;
const kb = (n) => `${(n / KB).toFixed(1)} KB`;

/**
 * gzip size of a module plus every chunk it imports statically (`import` and
 * `export ... from`), found with a real module lexer; chunks it loads with
 * import() are returned apart, with their own sizes.
 */
async function closure(file, seen = new Set(), lazy = new Map()) {
  if (seen.has(file)) return { size: 0, lazy };
  seen.add(file);
  lazy.delete(file);
  const code = await readFile(file, 'utf8');
  let size = gz(Buffer.from(code));
  const [imports] = parse(code);
  for (const { n: spec, d } of imports) {
    if (!spec?.startsWith('.')) continue;
    const target = join(dirname(file), spec);
    if (d === -1) size += (await closure(target, seen, lazy)).size;
    else if (!seen.has(target)) lazy.set(target, gz(await readFile(target)));
  }
  return { size, lazy };
}

async function consumerBundle(entry) {
  const dir = await mkdtemp(join(tmpdir(), 'cw-size-'));
  try {
    const bundle = await rollup({
      input: entry,
      plugins: [
        nodeResolve({ exportConditions: ['production'] }),
        terser({ module: true, format: { comments: false } }),
      ],
    });
    await bundle.write({ dir, format: 'es', entryFileNames: 'entry.js' });
    await bundle.close();
    return await closure(join(dir, 'entry.js'));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

await init;
let failed = false;
for (const { label, measure, budget } of CHECKS) {
  const { size, lazy } = await measure();
  const later = [...lazy].map(
    ([file, n]) => `${basename(file).replace(/-[\w-]{8}\.js$/, '')} ${kb(n)}`,
  );
  const note = later.length ? `; loaded on demand: ${later.join(', ')}` : '';
  if (size <= budget) {
    console.log(`ok    ${label}: ${kb(size)} gzipped (budget ${kb(budget)})${note}`);
  } else {
    failed = true;
    console.log(`OVER  ${label}: ${kb(size)} gzipped (budget ${kb(budget)})${note}`);
  }
}
if (failed) process.exit(1);
