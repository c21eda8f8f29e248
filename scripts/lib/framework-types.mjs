// React 19, Vue and Svelte 5 types for the elements, written from custom-elements.json
// (see custom-elements-manifest.config.mjs). Each prop's type is the element
// class's own (`CwCasualtyCounter['metric']`), so the .d.ts says nothing tsc
// did not check; the manifest gives the names: attributes as written in HTML,
// properties, events and their docs.
//
// Why not @wc-toolkit/jsx-types or custom-element-vuejs-integration: their
// output (1.8.2 and 1.4.0) types `ref` as the element or a callback, so a
// React 19 `useRef` object does not type-check; gives event handlers a plain
// `Event` (React) or `CustomEvent<never>` (Vue), so `event.detail` cannot be
// read; and augments the JSX of seven other frameworks and the global `JSX`
// namespace in the same file.

const HEADER = '// Generated from custom-elements.json at build: do not edit.\n';

/** A doc comment, or nothing. */
const doc = (text, indent) =>
  text ? `${indent}/** ${text.replace(/\*\//g, '*\\/').replace(/\n/g, ' ')} */\n` : '';

/** `'as-of'` needs quotes as a key, `metric` does not. */
const key = (name) => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : `'${name}'`);

/** `oncw-error` (React 19 and Svelte 5: `on` + the event's own name) or `onCwError` (Vue's handler key). */
const onEvent = (event) => `on${event}`;
const vueHandler = (event) =>
  `on${event.replace(/(^|-)(\w)/g, (_, _dash, letter) => letter.toUpperCase())}`;

/** The elements the manifest declares, each with its props. */
function elements(manifest) {
  return manifest.modules.flatMap((mod) =>
    (mod.declarations ?? [])
      .filter((d) => d.customElement && d.tagName)
      .map((d) => {
        const fields = (d.members ?? []).filter(
          (m) => m.kind === 'field' && !m.static && (m.privacy ?? 'public') === 'public',
        );
        const attributes = (d.attributes ?? []).filter((a) => a.fieldName);
        const summary = d.summary ?? d.description?.split(/(?<=\.)\s/)[0];
        return {
          tag: d.tagName,
          className: d.name,
          summary,
          fields,
          attributes,
          events: d.events ?? [],
        };
      }),
  );
}

/** One line per prop: attributes (kebab names, React sets them as attributes) and properties. */
function propLines(el, { attributes }) {
  const lines = [];
  const seen = new Set();
  const add = (name, field, description) => {
    if (seen.has(name)) return;
    seen.add(name);
    lines.push(`${doc(description, '  ')}  ${key(name)}?: ${el.className}['${field}'];\n`);
  };
  if (attributes) for (const a of el.attributes) add(a.name, a.fieldName, a.description);
  for (const f of el.fields) add(f.name, f.name, f.description);
  return lines.join('');
}

/** Listener props, their events typed by the global event maps (src/internal/events.ts). */
const eventLines = (el, handler) =>
  el.events
    .map(
      (e) =>
        `${doc(e.description, '  ')}  ${key(handler(e.name))}?: (event: HTMLElementEventMap['${e.name}']) => void;\n`,
    )
    .join('');

const imports = (els) =>
  `import type { ${els.map((el) => el.className).join(', ')} } from './index.js';\n`;

/**
 * Each element's props as an interface `<Class>Props`: `base` is what it
 * extends (a framework's own HTML attributes), `attributes` whether the
 * attributes' kebab names are props too, `handler` the listener prop's name.
 */
const propsInterfaces = (els, { base, attributes, handler }) =>
  els
    .map(
      (el) =>
        `${doc(`\`<${el.tag}>\`: ${el.summary}`, '')}export interface ${el.className}Props${base(el)} {\n${propLines(el, { attributes })}${eventLines(el, handler)}}\n`,
    )
    .join('\n');

/**
 * React 19 sets a prop as a property when the element has one of that name and
 * as an attribute otherwise, and `on<event>` adds a listener for `<event>`
 * exactly as spelled. The rest (className, style, ref, aria-*) are React's own.
 */
export function reactTypes(manifest) {
  const els = elements(manifest);
  const props = propsInterfaces(els, {
    base: (el) => `\n  extends DetailedHTMLProps<HTMLAttributes<${el.className}>, ${el.className}>`,
    attributes: true,
    handler: onEvent,
  });
  const tags = els.map((el) => `      '${el.tag}': ${el.className}Props;\n`).join('');
  return `${HEADER}import type { DetailedHTMLProps, HTMLAttributes } from 'react';\n${imports(els)}\n${props}\ndeclare module 'react' {\n  namespace JSX {\n    interface IntrinsicElements {\n${tags}    }\n  }\n}\n`;
}

/**
 * Vue's template checker matches `hide-source` and `:as-of` to the camelCase
 * props and `@cw-error` to `onCwError`, so props are the element's properties.
 */
export function vueTypes(manifest) {
  const els = elements(manifest);
  const props = propsInterfaces(els, { base: () => '', attributes: false, handler: vueHandler });
  const tags = els
    .map((el) => `    '${el.tag}': DefineComponent<${el.className}Props>;\n`)
    .join('');
  return `${HEADER}import type { DefineComponent } from 'vue';\n${imports(els)}\n${props}\ndeclare module 'vue' {\n  interface GlobalComponents {\n${tags}  }\n}\n`;
}

/**
 * Svelte 5, like React 19, sets a prop as a property when the element has a
 * setter of that name and as an attribute otherwise, and `on<event>` adds a
 * listener for `<event>`: the same props, on Svelte's own HTML attributes.
 */
export function svelteTypes(manifest) {
  const els = elements(manifest);
  const props = propsInterfaces(els, {
    base: (el) => ` extends HTMLAttributes<${el.className}>`,
    attributes: true,
    handler: onEvent,
  });
  const tags = els.map((el) => `    '${el.tag}': ${el.className}Props;\n`).join('');
  return `${HEADER}import type { HTMLAttributes } from 'svelte/elements';\n${imports(els)}\n${props}\ndeclare module 'svelte/elements' {\n  interface SvelteHTMLElements {\n${tags}  }\n}\n`;
}
