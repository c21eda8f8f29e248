// Size budgets, `npm run size` (bytes are deterministic; speed lives in
// `npm run bench`). Sizes are gzip -9 of the minified code a reader downloads:
// 1. the CDN entry plus every chunk it imports statically: the dataset chunk,
//    fetched only when an element first needs the bundled data, is left out;
// 2. the counter alone, as a consumer's bundler would pack it from
//    `conflict-widgets/casualty-counter.js`, with its share of lit.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { init, parse } from 'es-module-lexer';
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

const BUDGETS = { cdn: 30 * 1024, counter: 10 * 1024 };

const gz = (bytes) => gzipSync(bytes, { level: 9 }).length;

/**
 * gzip size of a module plus every chunk it imports statically (`import` and
 * `export ... from`, not `import()`), found with a real module lexer.
 */
async function staticClosure(file, seen = new Set()) {
  if (seen.has(file)) return 0;
  seen.add(file);
  const code = await readFile(file, 'utf8');
  let total = gz(Buffer.from(code));
  const [imports] = parse(code);
  for (const { n: spec, d } of imports) {
    if (d !== -1 || !spec?.startsWith('.')) continue;
    total += await staticClosure(join(dirname(file), spec), seen);
  }
  return total;
}

async function consumerBundle(entry) {
  const dir = await mkdtemp(join(tmpdir(), 'cw-size-'));
  try {
    const bundle = await rollup({
      input: entry,
      // tsc's decorator helper reads `this` at module top level; harmless in ES modules.
      onwarn: (warning, warn) => warning.code !== 'THIS_IS_UNDEFINED' && warn(warning),
      plugins: [
        nodeResolve({ exportConditions: ['production'] }),
        terser({ module: true, format: { comments: false } }),
      ],
    });
    await bundle.write({ dir, format: 'es', entryFileNames: 'entry.js' });
    await bundle.close();
    return await staticClosure(join(dir, 'entry.js'));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

await init;
const sizes = {
  cdn: await staticClosure('dist/cdn/conflict-widgets.js'),
  counter: await consumerBundle('dist/casualty-counter.js'),
};
const labels = {
  cdn: 'CDN entry + static imports, without the dataset chunk',
  counter: 'conflict-widgets/casualty-counter.js bundled with lit',
};
let over = false;
for (const key of Object.keys(BUDGETS)) {
  const ok = sizes[key] <= BUDGETS[key];
  over ||= !ok;
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  console.log(
    `${ok ? 'ok  ' : 'OVER'} ${labels[key]}: ${kb(sizes[key])} gzipped (budget ${kb(BUDGETS[key])})`,
  );
}
if (over) process.exit(1);
