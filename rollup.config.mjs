// Bundles the tsc output into the CDN entry: one file a page can load with a
// plain <script type="module">, lit and d3 included. The default dataset stays
// in its own chunk, fetched only when an element first needs it.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

export default {
  input: 'dist/index.js',
  output: {
    dir: 'dist/cdn',
    format: 'es',
    entryFileNames: 'conflict-widgets.js',
    chunkFileNames: '[name]-[hash].js',
    sourcemap: true,
  },
  plugins: [
    nodeResolve({ exportConditions: ['production'] }),
    terser({ ecma: 2022, module: true, format: { comments: false } }),
  ],
};
