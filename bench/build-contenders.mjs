// Builds every bench/contenders/<scenario>-<name>.js into bench/.build/ the way
// a production site ships it: rollup, node-resolve with the `production`
// condition, terser. Each contender is its own build, so a peer carries
// exactly the parts of its library its page imports (tree-shaken) and no
// chunk is shared between contenders. Our elements are not rebundled: their
// contenders import the production CDN files in dist/cdn/ as they are.
//
// The page code and the library are two files, as on a page that loads a
// library beside its own script: every contender, ours included, pays a
// request for its page code and then one for its library (ours: the CDN
// entry, then whatever chunks it loads itself).
import { readdirSync } from 'node:fs';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { rollup } from 'rollup';

const BUILD_DIR = 'bench/.build';
const SOURCE_DIR = 'bench/contenders';

/**
 * Plot's index imports interval-tree-1d (for its dodge transform), which is
 * CommonJS, as is its one dependency. Rollup reads ES modules only and
 * @rollup/plugin-commonjs is not a dependency of this project, so such a
 * module is wrapped as one here: its require() calls become imports and
 * module.exports the default export. barX never uses it; tree-shaking then
 * drops it like any unused ES module.
 */
const commonjs = {
  name: 'bench-commonjs',
  transform(code, id) {
    if (!id.includes('/node_modules/') || !code.includes('module.exports')) return null;
    if (/^\s*(import|export)\b/m.test(code)) return null;
    const deps = [...code.matchAll(/require\((['"])([^'"]+)\1\)/g)].map((match) => match[2]);
    const imports = deps.map((dep, i) => `import dep${i} from ${JSON.stringify(dep)};`);
    const table = deps.map((dep, i) => `${JSON.stringify(dep)}: dep${i}`).join(', ');
    return [
      ...imports,
      'const module = { exports: {} };',
      `const require = (id) => ({ ${table} })[id];`,
      code,
      'export default module.exports;',
    ].join('\n');
  },
};

/** Builds every contender, or only the files named in `only`. */
export async function buildContenders(only) {
  const entries = readdirSync(SOURCE_DIR).filter((file) => /^[a-z]+-[a-z]+\.js$/.test(file));
  for (const file of only ?? entries) {
    const bundle = await rollup({
      input: `${SOURCE_DIR}/${file}`,
      external: (id) => id.includes('/dist/cdn/'),
      plugins: [
        nodeResolve({ exportConditions: ['production'] }),
        commonjs,
        terser({ ecma: 2022, module: true, format: { comments: false } }),
      ],
    });
    await bundle.write({
      dir: BUILD_DIR,
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames: file.replace(/\.js$/, '-library.js'),
      manualChunks: (id) => (id.includes('/node_modules/') ? 'library' : undefined),
    });
    await bundle.close();
  }
}
