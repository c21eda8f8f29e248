// Bundles the tsc output into the CDN files: modules a page loads with a plain
// <script type="module">, Lit and d3 included. One entry registers all three
// elements; each element also has its own entry. Entries share chunks (Lit,
// d3, the data controller), so a page that loads two of them fetches each
// shared chunk once. The bundled dataset and the validator stay in chunks of
// their own, fetched only when an element first needs them.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import minifyLiterals from '@lit-labs/rollup-plugin-minify-html-literals';

/** CDN entry name -> the tsc module it bundles. */
export const CDN_ENTRIES = {
  'conflict-widgets': 'dist/elements.js',
  'casualty-counter': 'dist/casualty-counter.js',
  'regional-bar-chart': 'dist/regional-bar-chart.js',
  'ceasefire-timeline': 'dist/ceasefire-timeline.js',
};

/** Types for each CDN entry: those of the module it bundles. */
const cdnTypes = {
  name: 'cdn-types',
  generateBundle() {
    for (const [name, input] of Object.entries(CDN_ENTRIES)) {
      this.emitFile({
        type: 'asset',
        fileName: `${name}.d.ts`,
        source: `export * from '${input.replace(/^dist\//, '../')}';\n`,
      });
    }
  },
};

export default {
  input: CDN_ENTRIES,
  output: {
    dir: 'dist/cdn',
    format: 'es',
    entryFileNames: '[name].js',
    // Lazily loaded chunks keep their module's name; chunks the entries share are 'shared'.
    chunkFileNames: (chunk) => (chunk.isDynamicEntry ? '[name]-[hash].js' : 'shared-[hash].js'),
    // Fold tiny shared chunks (a list of metric ids) into bigger ones: a request each is not worth it.
    experimentalMinChunkSize: 4096,
    sourcemap: true,
  },
  plugins: [
    nodeResolve({ exportConditions: ['production'] }),
    // Whitespace and comments out of Lit's html`` and css`` templates; fail
    // the build rather than ship a template the minifier could not read.
    minifyLiterals({ failOnError: true }),
    cdnTypes,
    terser({ ecma: 2022, module: true, format: { comments: false } }),
  ],
};
