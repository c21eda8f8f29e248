/**
 * Server rendering, in Node, with Lit's own server renderer: each element as
 * declarative shadow DOM with its figures, labels, scope statement, source
 * line and table, plus a plain-HTML copy of its figures inside it for pages,
 * reader modes, feeds and e-mails that run no script (see README "Without
 * JavaScript"). Importing this module registers the elements and loads the
 * bundled dataset and the shipped languages, so a framework's Lit
 * integration (Astro, Eleventy, Next) can render the tags itself.
 */
import { LitElementRenderer, render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { renderLight } from '@lit-labs/ssr-client/directives/render-light.js';
import { nothing, type TemplateResult } from 'lit';
import { html, unsafeStatic } from 'lit/static-html.js';
import './elements.js';
import { prepareServerData } from './internal/data-controller.js';
import { parseInline } from './internal/read-dataset.js';
import { serverColumn } from './internal/hydration.js';
import { loadCatalogue } from './internal/i18n.js';
import { spacingDefaults } from './internal/text-spacing.js';

/** The tags this package defines. */
export const TAGS = ['cw-casualty-counter', 'cw-regional-bar-chart', 'cw-ceasefire-timeline'];

/** The languages that ship with the package; a page's own register with registerCatalogue(). */
const SHIPPED = ['fr', 'ru'];

await Promise.all([prepareServerData(), ...SHIPPED.map((locale) => loadCatalogue(locale))]);

export interface ServerRenderOptions {
  /**
   * The width in CSS pixels of the column the element will sit in (default
   * 640): charts are laid out for it, and in the browser redrawn for the real
   * column once they run.
   */
  width?: number;
  /**
   * The element's inline data, as a page gives it: a `<script
   * type="application/json">` or `type="text/csv"` child with this text. It
   * is rendered, and kept inside the element for the browser.
   */
  inline?: { type: 'application/json' | 'text/csv'; text: string };
}

export interface RenderedElement {
  html: string;
  /** What the element reported (its `cw-error` messages), or why it has nothing to show without JavaScript. */
  problems: string[];
}

/** The element being rendered, as Lit's renderer creates it: its problems are heard, and its fallback asked for. */
let rendered: (HTMLElement & { renderLight(): TemplateResult | typeof nothing }) | undefined;
let problems: string[] = [];
LitElementRenderer.renderOptions.push((element) => {
  const heard = problems;
  rendered = element as unknown as typeof rendered;
  element.addEventListener('cw-error', (event) => {
    heard.push(event.detail.message);
  });
  return undefined;
});

/** The element's tag with `.data` bound, its fallback (renderLight()) and `children` inside. */
const elementTemplate = (tag: string, attributes: string, data: unknown, children: string) =>
  // A tag name chosen at run time (lit/static-html.js), which the lint rules cannot read.
  // eslint-disable-next-line lit/binding-positions, lit/no-invalid-html
  html`<${unsafeStatic(tag + attributes)} .data=${data}>${renderLight()}${unsafeStatic(children)}</${unsafeStatic(tag)}>`;

const NAME = /^[a-z][a-z0-9-]*$/;
const LIT_MARKERS = /<!--\/?lit-[^>]*-->|<\?>/g;
const escapeAttribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * One element as HTML: the tag with its attributes, its declarative shadow
 * root, then inside it the plain-HTML fallback and the inline data; before
 * it, the `<style>` that keeps the page's text spacing out (text-spacing.ts). Hydratable:
 * a page that loads `@lit-labs/ssr-client/lit-element-hydrate-support.js`
 * before the elements takes the server's DOM over without redrawing it.
 */
export async function renderElement(
  tag: string,
  attributes: Readonly<Record<string, string>> = {},
  options: ServerRenderOptions = {},
): Promise<RenderedElement> {
  if (!TAGS.includes(tag)) throw new Error(`${tag} is not an element of conflict-widgets.`);
  const open = Object.entries(attributes).map(([name, value]) => {
    if (!NAME.test(name)) throw new Error(`"${name}" is not an attribute name.`);
    return ` ${name}="${escapeAttribute(value)}"`;
  });
  // The default padding, as guessBox() takes it off a measured column.
  serverColumn.width = Math.max(0, Math.floor(options.width ?? 640) - 32);
  const { inline } = options;
  let data: unknown;
  if (inline) {
    const read = await parseInline(inline.text, inline.type === 'text/csv');
    // Rendered without it, the element would show the bundled figures instead.
    if (!read.ok) return { html: '', problems: [read.error.message] };
    data = read.data;
  }
  const script = inline ? `<script type="${inline.type}">${inline.text}</script>` : '';
  problems = [];
  const heard = problems;
  const markup = await collectResult(render(elementTemplate(tag, open.join(''), data, script)));
  // Lit's markers hydrate the shadow root only: outside it they are noise in plain HTML.
  const shadow = markup.slice(markup.indexOf('<template'), markup.lastIndexOf('</template>'));
  const [before, after] = markup
    .split(shadow)
    // The renderer leaves a space for each attribute it re-writes: one is enough.
    .map((part) => part.replace(LIT_MARKERS, '').replace(/^<(cw-[a-z-]+)\s+/, '<$1 '));
  if (heard.length === 0 && rendered?.renderLight() === nothing)
    heard.push(
      'src' in attributes
        ? 'src is fetched in the browser, so there are no figures to write without JavaScript: put the data inline (<script type="application/json"> or text/csv) instead.'
        : 'The element has nothing to show without JavaScript.',
    );
  // Without script, no element adds its text-spacing guard: the page's spacing would reach in.
  const guard = `<style>${spacingDefaults(tag)}</style>`;
  return { html: `${guard}${before}${shadow}${after}`, problems: heard };
}
