// Bundles the tsc output into the CDN files: modules a page loads with a plain
// <script type="module">, Lit and d3 included.
// - conflict-widgets.js registers all three elements in one file: one request,
//   and one gzip stream (split into shared chunks it would be 2 KB larger).
// - casualty-counter.js, regional-bar-chart.js and ceasefire-timeline.js each
//   register one element and share chunks (Lit, d3, the data controller), so
//   a page that loads two of them fetches each shared chunk once.
// The bundled dataset and the validator stay in chunks of their own, fetched
// only when an element first needs them.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import minifyLiterals from '@lit-labs/rollup-plugin-minify-html-literals';

const ALL_IN_ONE = { 'conflict-widgets': 'dist/elements.js' };
const PER_ELEMENT = {
  'casualty-counter': 'dist/casualty-counter.js',
  'regional-bar-chart': 'dist/regional-bar-chart.js',
  'ceasefire-timeline': 'dist/ceasefire-timeline.js',
};

/** Types for each CDN entry: those of the module it bundles. */
const cdnTypes = (entries) => ({
  name: 'cdn-types',
  generateBundle() {
    for (const [name, input] of Object.entries(entries)) {
      this.emitFile({
        type: 'asset',
        fileName: `${name}.d.ts`,
        source: `export * from '${input.replace(/^dist\//, '../')}';\n`,
      });
    }
  },
});

/**
 * Fails the build if a chunk that the code loads with import() is also
 * imported statically by a chunk that something else loads. WebKit (Safari's
 * engine) can resolve such an import() while the other chunk's load is under
 * way, before the chunk has run, with its exports undefined: the CSV writer
 * came back empty that way, and the "Get the data" link asked for it again
 * and again in microtasks, freezing the page (the WebKit run's builder test,
 * about one run in six). A static importer that only the chunk itself
 * loads is safe: the chunk has run by then (the CSV reader and read-dataset).
 */
const noRacingImports = () => ({
  name: 'no-racing-imports',
  generateBundle(_, bundle) {
    const chunks = Object.values(bundle).filter((file) => file.type === 'chunk');
    const loaders = (chunk) =>
      chunks.filter(
        (c) => c.imports.includes(chunk.fileName) || c.dynamicImports.includes(chunk.fileName),
      );
    for (const lazy of chunks.filter((chunk) => chunk.isDynamicEntry)) {
      for (const importer of chunks.filter((chunk) => chunk.imports.includes(lazy.fileName))) {
        if (importer.isEntry || loaders(importer).some((chunk) => chunk !== lazy))
          this.error(
            `${importer.fileName} imports ${lazy.fileName}, which is also loaded with import(): WebKit can resolve that import() before the chunk has run. Give the modules they share a chunk of their own (manualChunks).`,
          );
      }
    }
  },
});

const build = (input) => ({
  input,
  // Shared code stays in the all-in-one entry rather than a chunk it would import.
  preserveEntrySignatures: 'allow-extension',
  output: {
    dir: 'dist/cdn',
    format: 'es',
    entryFileNames: '[name].js',
    // Lazily loaded chunks keep their module's name; chunks the entries share are 'shared'.
    chunkFileNames: (chunk) => (chunk.isDynamicEntry ? '[name]-[hash].js' : 'shared-[hash].js'),
    // Fold tiny shared chunks (a list of metric ids) into bigger ones: a request each is not worth it.
    experimentalMinChunkSize: 4096,
    // The CSV columns, which the CSV reader and the CSV writer share, in a
    // chunk of their own: folded into the writer's, they made the reader
    // import the writer's chunk statically (see noRacingImports).
    manualChunks: (id) => (id.endsWith('/dist/data/csv-columns.js') ? 'csv-columns' : undefined),
    sourcemap: true,
  },
  plugins: [
    nodeResolve({ exportConditions: ['production'] }),
    // Whitespace and comments out of Lit's html`` and css`` templates; fail
    // the build rather than ship a template the minifier could not read.
    minifyLiterals({ failOnError: true }),
    cdnTypes(input),
    noRacingImports(),
    terser({ ecma: 2022, module: true, format: { comments: false } }),
  ],
});

export default [build(ALL_IN_ONE), build(PER_ELEMENT)];
