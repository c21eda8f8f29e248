// Bundles the tsc output into the CDN entry: one file a page can load with a
// plain <script type="module">, lit included. The default dataset stays
// in its own chunk, fetched only when an element first needs it.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

/** Types for the CDN entry: the three elements (the data API is dist/data/index.js). */
const cdnTypes = {
  name: 'cdn-types',
  generateBundle() {
    this.emitFile({
      type: 'asset',
      fileName: 'conflict-widgets.d.ts',
      source: "export * from '../elements.js';\n",
    });
  },
};

export default {
  input: 'dist/elements.js',
  // Shared code stays in the entry (one request) rather than a second chunk it would import.
  preserveEntrySignatures: 'allow-extension',
  output: {
    dir: 'dist/cdn',
    format: 'es',
    entryFileNames: 'conflict-widgets.js',
    chunkFileNames: '[name]-[hash].js',
    sourcemap: true,
  },
  plugins: [
    nodeResolve({ exportConditions: ['production'] }),
    cdnTypes,
    terser({ ecma: 2022, module: true, format: { comments: false } }),
  ],
};
