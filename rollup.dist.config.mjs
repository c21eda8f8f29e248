// Minifies the html`` and css`` templates of tsc's output in place, module by
// module, so the package's dist/ ships the same markup and CSS a reader gets
// from the CDN files: consumers' bundlers minify JavaScript, but not the text
// inside template literals. Lit's own rollup plugin does the minifying; each
// module keeps its file, exports and tsc's source map (chained through).
import { readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import minifyLiterals from '@lit-labs/rollup-plugin-minify-html-literals';

/** Loads each module with tsc's source map, so rollup chains it with the minifier's. */
const withTscMaps = {
  name: 'tsc-source-maps',
  async load(id) {
    if (!id.endsWith('.js')) return null;
    const [code, map] = await Promise.all([
      readFile(id, 'utf8'),
      readFile(`${id}.map`, 'utf8').catch(() => null),
    ]);
    return { code: code.replace(/\n\/\/# sourceMappingURL=.*$/, ''), map };
  },
};

/**
 * Every module tsc wrote, not the CDN bundles, nor the server renderer: it
 * runs in Node, and its one template has a tag chosen at run time, which
 * the minifier cannot parse.
 */
const modules = readdirSync('dist', { recursive: true })
  .filter((name) => name.endsWith('.js') && !name.startsWith('cdn') && name !== 'ssr.js')
  .map((name) => join('dist', name));

export default {
  input: modules,
  // Bare imports (lit, d3, @lit/task) stay imports: the consumer's bundler resolves them.
  external: (id) => !id.startsWith('.') && !id.startsWith('/'),
  preserveEntrySignatures: 'strict',
  output: {
    dir: 'dist',
    format: 'es',
    preserveModules: true,
    preserveModulesRoot: 'dist',
    entryFileNames: '[name].js',
    sourcemap: true,
  },
  plugins: [withTscMaps, minifyLiterals({ failOnError: true })],
};
