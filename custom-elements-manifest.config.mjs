// custom-elements.json, generated from the elements' JSDoc (@summary, @fires,
// @csspart, @cssprop, @slot and each property's own doc comment), written for
// the published package: a property whose type is a set of words gives the
// words, and modules are the dist/ files a consumer imports. From it, the
// editor and framework files the package ships in dist/: VS Code's custom
// HTML data, React 19 JSX types and Vue GlobalComponents types.
import { writeFileSync } from 'node:fs';
import { getVsCodeHtmlCustomData } from 'custom-element-vs-code-integration';
import { reactTypes, svelteTypes, vueTypes } from './scripts/lib/framework-types.mjs';

/** The type checker of the program the analyser reads, for spelledOutTypes(). */
let checker;

/** `'a' | 'b' | undefined` for a type made of string literals (and undefined); otherwise nothing. */
function literalUnion(ts, type) {
  const members = type.isUnion() ? type.types : [type];
  const words = members.filter((t) => t.isStringLiteral()).map((t) => `'${t.value}'`);
  const undef = members.filter((t) => t.flags & ts.TypeFlags.Undefined).map(() => 'undefined');
  const spelled = [...words, ...undef];
  return words.length > 0 && spelled.length === members.length ? spelled.join(' | ') : undefined;
}

/**
 * An alias name (`Theme`, `MetricId`) tells an editor or a generated JSX type
 * nothing: the words it stands for (`'light' | 'dark' | 'auto'`) replace it,
 * on the property and on its attribute.
 */
const spelledOutTypes = () => {
  const words = new Map();
  return {
    name: 'cw-spelled-out-types',
    analyzePhase({ ts, node }) {
      if (!ts.isPropertyDeclaration(node) || !ts.isClassDeclaration(node.parent)) return;
      const text = literalUnion(ts, checker.getTypeAtLocation(node));
      if (text) words.set(`${node.parent.name?.text}.${node.name.getText()}`, text);
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const d of mod.declarations ?? []) {
          for (const field of [...(d.members ?? []), ...(d.attributes ?? [])]) {
            const text = words.get(`${d.name}.${field.fieldName ?? field.name}`);
            if (text) field.type = { text };
          }
        }
      }
    },
  };
};

/** `src/x.ts` to `dist/x.js`: what tsc publishes for it. */
const published = (path) => path.replace(/^src\//, 'dist/').replace(/\.ts$/, '.js');

/** Module paths name the published files, not the TypeScript sources, which the package ships only for source maps. */
const publishedPaths = () => ({
  name: 'cw-published-paths',
  packageLinkPhase({ customElementsManifest }) {
    for (const mod of customElementsManifest.modules) {
      mod.path = published(mod.path);
      for (const ref of [...(mod.exports ?? []), ...(mod.declarations ?? [])]) {
        for (const link of [ref.declaration, ref.superclass, ref.inheritedFrom]) {
          if (link?.module) link.module = published(link.module);
        }
      }
    }
  },
});

/** dist/react.d.ts, dist/vue.d.ts and dist/svelte.d.ts, with an empty module each so `import 'conflict-widgets/react'` resolves in a bundler too. */
const frameworkTypes = () => ({
  name: 'cw-framework-types',
  packageLinkPhase({ customElementsManifest }) {
    for (const [name, types] of [
      ['react', reactTypes],
      ['vue', vueTypes],
      ['svelte', svelteTypes],
    ]) {
      writeFileSync(`dist/${name}.d.ts`, types(customElementsManifest));
      writeFileSync(`dist/${name}.js`, `// Types only: see ${name}.d.ts.\nexport {};\n`);
    }
  },
});

/**
 * Attribute names, values and docs for VS Code's HTML editor. No CSS custom
 * data: the generator lists each shared --cw-* property once per element.
 */
const vsCodeData = () => ({
  name: 'cw-vscode-data',
  packageLinkPhase({ customElementsManifest }) {
    const data = JSON.parse(getVsCodeHtmlCustomData(customElementsManifest, {}));
    writeFileSync('dist/vscode.html-custom-data.json', `${JSON.stringify(data, null, 2)}\n`);
  },
});

export default {
  globs: ['src/components/**/*.component.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  // The files of one program with tsconfig.json's options, so the plugins can ask its type checker.
  overrideModuleCreation({ ts, globs }) {
    const config = ts.getParsedCommandLineOfConfigFile('tsconfig.json', {}, ts.sys);
    const program = ts.createProgram(globs, config.options);
    checker = program.getTypeChecker();
    return globs.map((file) => program.getSourceFile(file));
  },
  plugins: [spelledOutTypes(), publishedPaths(), frameworkTypes(), vsCodeData()],
};
