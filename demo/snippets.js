// Snippets an editor can paste: the script tag plus the element, formatted,
// escaped and copied with one click. Shared by the gallery and the builder.
//
// On the gallery page this module also reads every example's markup and shows
// it under the example. It runs before the CDN bundle (see index.html), so it
// reads the attributes exactly as the page wrote them, before the elements
// upgrade and reflect their defaults (metric, theme, sort, ...).

import { MEASURED } from '../dist/internal/measured.js';

/** The script tag's URL: the published CDN file of this exact version (see README "From a CDN"). */
export const cdnUrl = fetch(new URL('../package.json', import.meta.url))
  .then((response) => (response.ok ? response.json() : Promise.reject(response.status)))
  .then((pkg) => `https://unpkg.com/${pkg.name}@${pkg.version}/dist/cdn/conflict-widgets.js`)
  // The demo served without the repository around it: the README's pinned URL.
  .catch(() => 'https://unpkg.com/conflict-widgets@0.1.0/dist/cdn/conflict-widgets.js');

/** Escapes an attribute value for a double-quoted HTML attribute. */
export function escapeAttribute(value) {
  return String(value)
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/** The script tag, formatted as in the README. */
export function scriptTag(url) {
  return `<script\n  type="module"\n  src="${escapeAttribute(url)}"\n></script>`;
}

/**
 * Why a spreadsheet's CSV cannot go inside a `<script type="text/csv">`, or
 * undefined when it can: the HTML parser would end or escape the script at
 * these sequences, and the element would read a different sheet.
 */
export function inlineProblem(csv) {
  return /<\/script|<!--/i.test(csv)
    ? 'The CSV contains “</script” or “<!--”, which cannot go inside a page: publish the sheet and give its URL as src instead.'
    : undefined;
}

/**
 * The element's markup, formatted like the README (one attribute a line once
 * it gets long). `attributes` is a list of [name, value]; an empty value is
 * written as a bare (boolean) attribute, which HTML reads the same way. With
 * `copy` (fallbackHTML() of the element, markup the library wrote) it goes
 * inside: what the page shows until, or without, the script. With `csv`, the
 * sheet goes inside, as it is, in a `<script type="text/csv">`.
 */
export function elementTag(tagName, attributes, csv, copy) {
  const parts = attributes.map(([name, value]) =>
    value === '' ? name : `${name}="${escapeAttribute(value)}"`,
  );
  const open = `<${tagName}${parts.map((p) => ` ${p}`).join('')}>`;
  const sheet = csv ? `\n  <script type="text/csv">\n${csv}\n  </script>\n` : '';
  const inside = copy ? `\n  ${copy.trim()}${sheet || '\n'}` : sheet;
  const short = `${open}</${tagName}>`.length <= 50 || parts.length === 0;
  const head = short ? open : `<${tagName}\n${parts.map((p) => `  ${p}\n`).join('')}>`;
  return `${head}${inside}</${tagName}>`;
}

/** The sheet in a `<script type="text/csv">`, as the snippet writes it, for a live element. */
export function csvScript(csv) {
  const script = document.createElement('script');
  script.type = 'text/csv';
  script.textContent = csv;
  return script;
}

/**
 * The CSS that holds an element's place before its definition arrives and
 * while its data loads, so the text below it never moves: the height it will
 * have in a phone column (`narrow`) and a desktop one (`wide`), in px, as
 * `--cw-reserve-height`, which the loading element takes too. Without
 * `heights`, those measured on the bundled dataset with default attributes.
 */
export function reserveRule(tagName, heights = MEASURED[tagName]) {
  const from = MEASURED[tagName].wideFrom + 64;
  return `<style>
  ${tagName} {
    --cw-reserve-height: ${heights.narrow}px;
  }
  @media (min-width: ${from}px) {
    ${tagName} {
      --cw-reserve-height: ${heights.wide}px;
    }
  }
  ${tagName}:not(:defined) {
    display: block;
    min-height: var(--cw-reserve-height);
  }
</style>`;
}

/**
 * The element's height (px) in a 358 px and a 680 px column with these
 * attributes and its data, drawn out of sight: what reserveRule() needs for
 * anything but the defaults.
 */
export async function measureHeights(tagName, attributes, csv) {
  await customElements.whenDefined(tagName);
  const [narrow, wide] = await Promise.all(
    [358, 680].map(async (width) => {
      const column = document.createElement('div');
      column.style.cssText = `position: absolute; top: 0; left: -9999px; width: ${width}px; visibility: hidden`;
      const el = document.createElement(tagName);
      for (const [name, value] of attributes) el.setAttribute(name, value);
      if (csv) el.append(csvScript(csv));
      column.append(el);
      document.body.append(column);
      await el.updateComplete;
      // The element's first measure of its own width, then the render at it.
      await new Promise((resolve) => requestAnimationFrame(resolve));
      await el.updateComplete;
      const height = Math.ceil(el.getBoundingClientRect().height);
      column.remove();
      return height;
    }),
  );
  return { narrow, wide };
}

/** Reserving CSS + script tag + element: what an editor pastes into one CMS embed block. */
export function snippetText(url, tagName, attributes, heights, csv, copy) {
  return `${reserveRule(tagName, heights)}\n${scriptTag(url)}\n${elementTag(tagName, attributes, csv, copy)}`;
}

/** The builder's URL for an element and attributes, so the gallery can hand an example over. */
export function builderHref(tagName, attributes) {
  const params = new URLSearchParams(attributes);
  const query = params.toString();
  return `builder.html#${tagName}${query ? `?${query}` : ''}`;
}

let statusRegion;
/** One polite live region per page: "Copied" is announced, not only shown. */
function announce(message) {
  if (!statusRegion) {
    statusRegion = document.createElement('p');
    statusRegion.className = 'visually-hidden';
    statusRegion.setAttribute('role', 'status');
    document.body.append(statusRegion);
  }
  statusRegion.textContent = '';
  // A fresh text node after a tick, so repeating the same message is announced again.
  setTimeout(() => (statusRegion.textContent = message), 50);
}

/** Selects the code's text so the reader can press Ctrl+C / ⌘C themselves. */
function selectText(node) {
  const range = document.createRange();
  range.selectNodeContents(node);
  const selection = getSelection();
  selection.removeAllRanges();
  selection.addRange(range);
}

/**
 * Copies `code`'s text. navigator.clipboard needs a secure context and
 * permission; where it is missing or refused, the text is selected and, if the
 * old copy command still works, copied that way.
 */
export async function copyText(code) {
  const text = code.textContent;
  try {
    await navigator.clipboard.writeText(text);
    return 'Copied';
  } catch {
    selectText(code);
    let copied = false;
    try {
      copied = document.execCommand('copy');
    } catch {
      copied = false;
    }
    return copied ? 'Copied' : 'Selected: press Ctrl+C (⌘C on a Mac) to copy';
  }
}

/** One line as nodes: breakable spaces, unbreakable words, a URL breakable after its slashes. */
function lineNodes(line) {
  const nodes = [];
  for (const part of line.split(/( +)/)) {
    if (part === '') continue;
    if (part.trim() === '') {
      nodes.push(document.createTextNode(part));
      continue;
    }
    // A URL may break after its slashes, a CSV row after its commas, a tag between "><";
    // "</cw-…>" stays whole.
    const pieces = part.includes('://')
      ? part.split(/(?<=\/)/)
      : part.includes('<')
        ? part.split(/(?<=>)(?=<)/)
        : part.split(/(?<=,)/);
    for (const [k, piece] of pieces.entries()) {
      if (k > 0) nodes.push(document.createElement('wbr'));
      const span = document.createElement('span');
      span.className = 'nowrap';
      span.textContent = piece;
      nodes.push(span);
    }
  }
  return nodes;
}

/**
 * Writes `text` into `code` so that narrow columns wrap it between attributes
 * and after a URL's slashes, never inside a tag name ("</cw-" / "casualty-").
 * The script tag, the same in every snippet, is set quieter than the element.
 * Only spans, text and <wbr> are added, so `code.textContent` stays exactly
 * `text`, which is what the Copy button copies.
 */
export function setCode(code, text) {
  const lines = text.split('\n');
  const scriptEnd = lines.findIndex((l) => l.endsWith('</script>'));
  const loader = document.createElement('span');
  loader.className = 'loader';
  const nodes = [];
  lines.forEach((line, i) => {
    const target = i <= scriptEnd ? loader : undefined;
    const parts = [...(i > 0 ? [document.createTextNode('\n')] : []), ...lineNodes(line)];
    if (target) target.append(...parts);
    else nodes.push(...parts);
  });
  code.replaceChildren(...(scriptEnd >= 0 ? [loader] : []), ...nodes);
}

/**
 * A snippet box: a bar with a label and a Copy button, then the code.
 * Returns the box and its <code>, whose text the caller may replace later.
 */
export function snippetBox(text, { label = 'HTML', name = 'snippet' } = {}) {
  const box = document.createElement('div');
  box.className = 'snippet';
  const bar = document.createElement('div');
  bar.className = 'snippet-bar';
  const title = document.createElement('span');
  title.textContent = label;
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = 'Copy';
  button.setAttribute('aria-label', `Copy ${name}`);
  const pre = document.createElement('pre');
  const code = document.createElement('code');
  setCode(code, text);
  pre.append(code);
  let reset;
  button.addEventListener('click', async () => {
    const result = await copyText(code);
    button.textContent = result === 'Copied' ? 'Copied ✓' : 'Selected';
    announce(result);
    clearTimeout(reset);
    reset = setTimeout(() => (button.textContent = 'Copy'), 2000);
  });
  bar.append(title, button);
  box.append(bar, pre);
  return { box, code };
}

/** Gallery: every `.example` gets the snippet of the element(s) in its `.preview`. */
function galleryExamples() {
  // Read now, synchronously, before the CDN bundle upgrades the elements.
  const examples = [...document.querySelectorAll('.example')].map((example) => {
    const element = example.querySelector('.preview > *');
    const attributes = [...element.attributes].map((a) => [a.name, a.value]);
    return { example, tagName: element.localName, attributes };
  });
  if (examples.length === 0) return;
  cdnUrl.then((url) => {
    for (const { example, tagName, attributes } of examples) {
      const title = example.querySelector('figcaption strong')?.textContent ?? tagName;
      const { box, code } = snippetBox(snippetText(url, tagName, attributes), {
        name: `the snippet for “${title}”`,
      });
      measureHeights(tagName, attributes).then((heights) =>
        setCode(code, snippetText(url, tagName, attributes, heights)),
      );
      const open = document.createElement('a');
      open.className = 'open-builder';
      open.href = builderHref(tagName, attributes);
      open.textContent = 'Edit in the builder';
      // The visible words first, so a voice user can say what they see (WCAG 2.5.3).
      open.setAttribute('aria-label', `Edit in the builder: “${title}”`);
      box.querySelector('.snippet-bar span').after(open);
      example.append(box);
    }
  });
}

galleryExamples();
