// The embed builder: a form generated from custom-elements.json, a live preview
// and a snippet to copy.
//
// Safety: form values reach the preview only through setAttribute, and the
// snippet only through escapeAttribute() and textContent, so nothing typed
// into the form becomes markup. Pasted CSV reaches the preview as a script's
// textContent, and the snippet only when inlineProblem() finds nothing that
// would end that script early. The plain-HTML copy of the figures inside the
// element is the library's own markup (fallbackHTML()), its text escaped.
import { fallbackHTML } from '../dist/cdn/conflict-widgets.js';
import {
  builderHref,
  cdnUrl,
  csvScript,
  inlineProblem,
  measureHeights,
  setCode,
  snippetBox,
  snippetText,
} from './snippets.js';

/**
 * Documented values of attributes whose manifest type is a plain string or a
 * type alias (the analyzer does not expand `Theme`, `StartMode`). Each list is
 * the one in the attribute's own description; checkDocumented() warns if the
 * two drift apart.
 */
const DOCUMENTED = {
  sort: ['value', 'name', 'none'],
  theme: ['auto', 'light', 'dark'],
  start: ['visible', 'immediate', 'none'],
};
/** Suggestions only: `locale` takes any BCP 47 tag. */
const LOCALES = ['en', 'en-GB', 'fr', 'de', 'es', 'it', 'ru', 'az', 'hy', 'tr', 'ar'];

const [manifest, dataset, url] = await Promise.all([
  fetch('../custom-elements.json').then((r) => r.json()),
  // The bundled dataset as JSON: dist/data/index.js has bare imports that the CDN page cannot resolve.
  fetch('../data/karabakh-2020.json').then((r) => r.json()),
  cdnUrl,
]);

const elements = manifest.modules
  .flatMap((m) => m.declarations ?? [])
  .filter((d) => d.customElement && d.tagName)
  .sort((a, b) => a.tagName.localeCompare(b.tagName));

// What the dataset offers, for the attributes that name its contents.
const metrics = dataset.metrics.map((m) => ({ value: m.id, text: `${m.id} — ${m.label}` }));
const regionalMetrics = dataset.metrics.filter((m) =>
  dataset.regions.some((r) => r.figures[m.id]?.length),
);
const metricPairs = regionalMetrics.flatMap((a) =>
  regionalMetrics
    .filter((b) => b !== a)
    .map((b) => ({ value: `${a.id},${b.id}`, text: `${a.id},${b.id} — paired bars` })),
);
const regions = dataset.regions.map((r) => ({ value: r.id, text: r.name }));
const kinds = [...new Set(dataset.events.map((e) => e.kind))].map((k) => ({ value: k, text: k }));
const events = [...dataset.events]
  .sort((a, b) => a.date.value.localeCompare(b.date.value))
  .map((e) => ({ value: e.id, text: `${e.date.value.slice(0, 10)} · ${e.title}` }));
const days = [
  ...dataset.events.map((e) => e.date.value),
  ...Object.values(dataset.national)
    .flat()
    .map((f) => f.asOf?.value),
]
  .filter(Boolean)
  .map((d) => d.slice(0, 10))
  .sort();
const dayRange = { min: days[0], max: days.at(-1) };

const select = document.querySelector('#element');
const elementHelp = document.querySelector('#element-help');
const form = document.querySelector('#form');
const fields = document.querySelector('#fields');
const preview = document.querySelector('#preview');
const stage = document.querySelector('#stage');
const csvInput = document.querySelector('#csv');
const dataStatus = document.querySelector('#data-status');
const { box, code } = snippetBox('', { name: 'the snippet' });
document.querySelector('#snippet').replaceWith(box);
box.id = 'snippet';
box.setAttribute('aria-labelledby', 'snippet-title');

for (const el of elements) select.append(new Option(`<${el.tagName}>`, el.tagName));

/** Warns once if a DOCUMENTED list no longer matches the attribute's description. */
function checkDocumented() {
  for (const el of elements) {
    for (const attr of el.attributes ?? []) {
      const values = DOCUMENTED[attr.name];
      const missing = values?.filter((v) => !new RegExp(`\\b${v}\\b`).test(attr.description));
      if (missing?.length)
        console.warn(`builder: <${el.tagName}> ${attr.name} no longer documents ${missing}`);
    }
  }
}

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

/** The manifest's default ("'killed'", "1200", "''") as plain text, or ''. */
function defaultOf(attr) {
  const text = String(attr.default ?? '').replace(/^'(.*)'$/, '$1');
  return text === 'undefined' || text === 'false' ? '' : text;
}

/** A description with `code` spans, built as text nodes: manifest text never becomes markup. */
function helpText(id, description = '') {
  const help = document.createElement('p');
  help.className = 'help';
  help.id = id;
  for (const [i, part] of description.split('`').entries()) {
    if (i % 2) {
      const c = document.createElement('code');
      c.textContent = part;
      help.append(c);
    } else help.append(part);
  }
  return help;
}

function selectControl(options, emptyText, initial) {
  const control = document.createElement('select');
  control.append(new Option(emptyText, ''));
  for (const o of options) control.append(new Option(o.text, o.value));
  // A value the list does not know (an alternate spelling, a typo from a shared link) stays as written.
  if (initial && !options.some((o) => o.value === initial))
    control.append(new Option(`${initial} (as written)`, initial));
  control.value = initial ?? '';
  return { control, read: () => control.value || undefined };
}

/** Checkboxes for a comma list; unticked everywhere or ticked everywhere means "the default". */
function checkboxes(attr, options, initial, { allMeansDefault }) {
  const fieldset = document.createElement('fieldset');
  fieldset.className = 'field';
  const legend = document.createElement('legend');
  legend.textContent = attr.name;
  const list = document.createElement('div');
  list.className = 'choices';
  const wanted = new Set(initial === undefined ? [] : initial.split(',').map((s) => s.trim()));
  const known = [
    ...options,
    ...[...wanted]
      .filter((w) => w && !options.some((o) => o.value === w))
      .map((w) => ({ value: w, text: `${w} (as written)` })),
  ];
  const boxes = known.map((o) => {
    const label = document.createElement('label');
    const input = document.createElement('input');
    input.type = 'checkbox';
    input.value = o.value;
    input.checked = initial === undefined ? allMeansDefault : wanted.has(o.value);
    label.append(input, o.text);
    list.append(label);
    return input;
  });
  const helpId = `help-${attr.name}`;
  fieldset.setAttribute('aria-describedby', helpId);
  fieldset.append(legend, list, helpText(helpId, attr.description));
  const read = () => {
    const ticked = boxes.filter((b) => b.checked).map((b) => b.value);
    if (ticked.length === 0 || (allMeansDefault && ticked.length === boxes.length))
      return undefined;
    return ticked.join(',');
  };
  return { node: fieldset, read };
}

/** The control for one attribute: a dataset list, a documented list, or the manifest type. */
function control(tagName, attr, initial) {
  const type = attr.type?.text ?? 'string';
  const fallback = defaultOf(attr);
  const defaultText = fallback ? `Default (${fallback})` : 'Default';
  switch (attr.name) {
    case 'metric':
      return tagName === 'cw-regional-bar-chart'
        ? selectControl(
            [
              ...regionalMetrics.map((m) => ({ value: m.id, text: `${m.id} — ${m.label}` })),
              ...metricPairs,
            ],
            defaultText,
            initial,
          )
        : selectControl(metrics, defaultText, initial);
    case 'region':
      return selectControl(regions, 'None: the national figure', initial);
    case 'selected':
      return selectControl(events, 'None: no card open', initial);
  }
  const documented = DOCUMENTED[attr.name] ?? literals(type);
  if (documented) {
    return selectControl(
      documented.filter((v) => v !== fallback).map((v) => ({ value: v, text: v })),
      defaultText,
      initial,
    );
  }
  const input = document.createElement('input');
  if (type === 'boolean') {
    input.type = 'checkbox';
    input.checked = initial !== undefined;
    return { control: input, read: () => (input.checked ? '' : undefined) };
  }
  if (/number/.test(type)) {
    input.type = 'number';
    input.inputMode = 'numeric';
    input.min = attr.name === 'limit' ? '1' : '0';
    if (attr.name === 'duration') input.step = '100';
  } else if (/YYYY-MM-DD/.test(attr.description ?? '')) {
    input.type = 'date';
    input.min = dayRange.min;
    input.max = dayRange.max;
  } else if (attr.name === 'src') {
    return urlControl(input);
  } else {
    input.type = 'text';
    if (attr.name === 'locale') {
      input.setAttribute('list', 'locales');
      input.autocapitalize = 'off';
      input.spellcheck = false;
    }
  }
  if (fallback && input.type !== 'date') input.placeholder = fallback;
  input.value = initial ?? '';
  return { control: input, read: () => input.value.trim() || undefined };
}

/**
 * The dataset URL: absolute or relative to the page. Text that is not a URL at
 * all is flagged and left out of the preview and the snippet.
 */
function urlControl(input) {
  input.type = 'text';
  input.inputMode = 'url';
  input.autocapitalize = 'off';
  input.spellcheck = false;
  input.placeholder = 'https://…/dataset.json or a published sheet (optional)';
  const problem = document.createElement('p');
  problem.className = 'problem';
  problem.hidden = true;
  problem.textContent = 'Not a URL: left out of the snippet.';
  const read = () => {
    const value = input.value.trim();
    const ok = value === '' || URL.canParse(value, document.baseURI);
    problem.hidden = ok;
    if (ok) input.removeAttribute('aria-invalid');
    else input.setAttribute('aria-invalid', 'true');
    return ok && value ? value : undefined;
  };
  return { control: input, read, extra: problem };
}

/**
 * One labelled field: its node and read(), which gives the attribute's value
 * ('' for a boolean that is on) or undefined to leave the attribute out.
 */
function field(tagName, attr, initial) {
  if (attr.name === 'highlight')
    return checkboxes(attr, regions, initial, { allMeansDefault: false });
  if (attr.name === 'kinds') {
    // In the order the description lists them (ceasefire, violation, attack), not the data's.
    const at = (k) => (attr.description ?? '').indexOf(k.value) >>> 0;
    const ordered = [...kinds].sort((a, b) => at(a) - at(b));
    return checkboxes(attr, ordered, initial, { allMeansDefault: true });
  }
  const { control: input, read, extra } = control(tagName, attr, initial);
  const wrapper = document.createElement('div');
  wrapper.className = 'field';
  const id = `field-${attr.name}`;
  const helpId = `help-${attr.name}`;
  input.id = id;
  input.name = attr.name;
  input.setAttribute('aria-describedby', helpId);
  const label = document.createElement('label');
  label.htmlFor = id;
  if (input.type === 'checkbox') {
    wrapper.classList.add('check');
    label.append(input, attr.name);
  } else label.append(attr.name);
  wrapper.append(label);
  if (input.type !== 'checkbox') wrapper.append(input);
  if (extra) {
    extra.id = `problem-${attr.name}`;
    input.setAttribute('aria-describedby', `${extra.id} ${helpId}`);
    wrapper.append(extra);
  }
  wrapper.append(helpText(helpId, attr.description));
  return { node: wrapper, read };
}

let current = [];

/** [name, value] for every attribute the form sets, in the form's order. */
function attributes() {
  return current.map(({ name, read }) => [name, read()]).filter(([, value]) => value !== undefined);
}

/** The last render's number: a measurement that an edit has overtaken is dropped. */
let renders = 0;

/** Says what the preview made of its data: a problem and its rows, or that every row was used. */
function showStatus(message, details = [], problem = true) {
  const lead = document.createElement('p');
  lead.textContent = message;
  const list = document.createElement('ul');
  for (const d of details) {
    const item = document.createElement('li');
    item.textContent = d.path ? `${d.path}: ${d.message}` : d.message;
    list.append(item);
  }
  dataStatus.classList.toggle('problem', problem);
  dataStatus.replaceChildren(lead, ...(details.length ? [list] : []));
}

/**
 * The preview's own `cw-error` and `cw-ready` are the validation: the same
 * reader, with the same messages at the same rows and columns, as the
 * element will give on the article page.
 */
function watchData(live, ownData) {
  dataStatus.replaceChildren();
  let problem = false;
  live.addEventListener('cw-error', (event) => {
    problem = true;
    showStatus(event.detail.message, event.detail.details);
  });
  live.addEventListener('cw-ready', () => {
    if (ownData && !problem) showStatus('Data read: every row used.', [], false);
  });
}

/**
 * The preview's figures as plain HTML, for inside the element in the snippet:
 * what readers get before the script arrives, or if it never does (README
 * "Without JavaScript"). None while the element shows an error.
 */
async function copyOf(live) {
  await customElements.whenDefined(live.localName);
  await live.updateComplete;
  return fallbackHTML(live) || undefined;
}

function render() {
  const tagName = select.value;
  const attrs = attributes();
  const pasted = csvInput.value.trim();
  const problem = pasted ? inlineProblem(pasted) : undefined;
  const csv = problem ? undefined : pasted || undefined;
  const live = document.createElement(tagName);
  for (const [name, value] of attrs) live.setAttribute(name, value);
  if (csv) live.append(csvScript(csv));
  watchData(live, Boolean(csv) || attrs.some(([name]) => name === 'src'));
  preview.replaceChildren(live);
  if (problem) showStatus(problem);
  setCode(code, snippetText(url, tagName, attrs, undefined, csv));
  const current = ++renders;
  Promise.all([measureHeights(tagName, attrs, csv), copyOf(live)]).then(([heights, copy]) => {
    if (current === renders) setCode(code, snippetText(url, tagName, attrs, heights, csv, copy));
  });
  // The download link is on unless turned off, so the address says when it is off.
  const off = attrs.some(([name]) => name === 'download') ? [] : [['download', 'off']];
  history.replaceState(null, '', builderHref(tagName, [...attrs, ...off]));
}

/** Builds the fields for the chosen element, filled from `initial` (attribute -> value). */
function build(initial = new Map()) {
  const el = elements.find((e) => e.tagName === select.value);
  // "Get the data" is on in the builder's snippets unless the address turns it off.
  if (initial.get('download') === 'off') initial.delete('download');
  else initial.set('download', '');
  elementHelp.textContent = el.summary ?? el.description?.split('\n\n')[0].replace(/\n/g, ' ');
  // src last: most editors use the bundled data; a newsroom's own dataset URL is the exception.
  const attrs = [...(el.attributes ?? [])].sort((a, b) => (a.name === 'src') - (b.name === 'src'));
  current = attrs.map((attr) => {
    const made = field(el.tagName, attr, initial.get(attr.name));
    return { name: attr.name, read: made.read, node: made.node };
  });
  fields.replaceChildren(...current.map((f) => f.node));
  render();
}

/** `#cw-regional-bar-chart?metric=injured&limit=6`: the gallery's "Edit in the builder" links. */
function fromHash() {
  const [tag, query = ''] = location.hash.slice(1).split(/\?(.*)/s);
  const tagName = decodeURIComponent(tag);
  if (!elements.some((e) => e.tagName === tagName)) return new Map();
  select.value = tagName;
  return new Map(new URLSearchParams(query));
}

const locales = document.createElement('datalist');
locales.id = 'locales';
for (const l of LOCALES) locales.append(new Option(l, l));
document.body.append(locales);

select.addEventListener('change', () => build());
// A dataset URL is fetched when complete (on change), not once per keystroke.
fields.addEventListener('input', (event) => event.target.name !== 'src' && render());
// Pasted CSV is read again once typing pauses.
let typing;
csvInput.addEventListener('input', () => {
  clearTimeout(typing);
  typing = setTimeout(render, 300);
});

/** Saves the preview as it is drawn now, named like its CSV download when it has one. */
async function saveImage(format) {
  const live = preview.firstElementChild;
  const blob =
    format === 'svg'
      ? await live.toSVG()
      : await live.toPNG({ scale: format === 'png-2x' ? 2 : 1 });
  const named = live.shadowRoot.querySelector('a[download]')?.download.replace(/\.csv$/, '');
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = `${named ?? live.localName}${format === 'png-2x' ? '@2x' : ''}.${format === 'svg' ? 'svg' : 'png'}`;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href));
}
for (const button of document.querySelectorAll('[data-image]'))
  button.addEventListener('click', () => saveImage(button.dataset.image));
fields.addEventListener('change', render);
form.addEventListener('submit', (event) => event.preventDefault());
form.addEventListener('reset', (event) => {
  event.preventDefault();
  build();
});
for (const radio of document.querySelectorAll('input[name="width"]')) {
  radio.addEventListener('change', () => stage.style.setProperty('--preview-width', radio.value));
}
window.addEventListener('hashchange', () => build(fromHash()));

checkDocumented();
build(fromHash());
