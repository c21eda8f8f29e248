// The embed builder: a form generated from custom-elements.json, a live
// preview and a snippet to copy. Values are set with setAttribute and escaped
// in the snippet, so nothing typed into the form becomes markup.
import { copyButton } from './snippets.js';

const CDN = 'https://cdn.jsdelivr.net/npm/conflict-widgets@0/dist/cdn/conflict-widgets.js';
/** Attributes that take data, not display options: left to the snippet's author. */
const SKIP = new Set(['src']);

const manifest = await (await fetch('../custom-elements.json')).json();
const elements = manifest.modules
  .flatMap((m) => m.declarations ?? [])
  .filter((d) => d.customElement && d.tagName)
  .sort((a, b) => a.tagName.localeCompare(b.tagName));

const select = document.querySelector('#element');
const fields = document.querySelector('#fields');
const preview = document.querySelector('#preview');
const snippet = document.querySelector('#snippet');
document.querySelector('.snippet').append(copyButton(() => snippet.textContent));

for (const el of elements) select.append(new Option(`<${el.tagName}>`, el.tagName));

/** 'a' | 'b' | 'c' -> ['a', 'b', 'c'] when the type is a union of string literals. */
function literals(typeText = '') {
  const parts = typeText
    .split('|')
    .map((p) => p.trim())
    .filter((p) => p !== 'undefined');
  return parts.length > 1 && parts.every((p) => /^'[^']*'$/.test(p))
    ? parts.map((p) => p.slice(1, -1))
    : undefined;
}

function field(attr) {
  const label = document.createElement('label');
  const name = attr.name;
  const type = attr.type?.text ?? 'string';
  const help = document.createElement('small');
  help.textContent = attr.description ?? '';
  let input;
  const choices = literals(type);
  if (type === 'boolean') {
    label.className = 'check';
    input = document.createElement('input');
    input.type = 'checkbox';
    label.append(input, name, help);
  } else {
    if (choices) {
      input = document.createElement('select');
      input.append(new Option('(default)', ''), ...choices.map((c) => new Option(c, c)));
    } else {
      input = document.createElement('input');
      input.type = /number/.test(type) ? 'number' : 'text';
      input.placeholder = attr.default ? String(attr.default).replace(/^'|'$/g, '') : '';
    }
    label.append(name, input, help);
  }
  input.name = name;
  input.dataset.attr = name;
  return label;
}

function render() {
  const el = elements.find((e) => e.tagName === select.value);
  const live = document.createElement(el.tagName);
  const attrs = [];
  for (const input of fields.querySelectorAll('[data-attr]')) {
    const name = input.dataset.attr;
    if (input.type === 'checkbox') {
      if (input.checked) {
        live.setAttribute(name, '');
        attrs.push(name);
      }
    } else if (input.value.trim() !== '') {
      live.setAttribute(name, input.value.trim());
      attrs.push(
        `${name}="${input.value.trim().replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')}"`,
      );
    }
  }
  preview.replaceChildren(live);
  snippet.textContent = `<script type="module" src="${CDN}"></script>\n<${el.tagName}${attrs.map((a) => ` ${a}`).join('')}></${el.tagName}>`;
}

function build() {
  const el = elements.find((e) => e.tagName === select.value);
  fields.replaceChildren(...(el.attributes ?? []).filter((a) => !SKIP.has(a.name)).map(field));
  fields.style.display = 'grid';
  fields.style.gap = '0.75rem';
  render();
}

select.addEventListener('change', build);
fields.addEventListener('input', render);
fields.addEventListener('change', render);
build();
