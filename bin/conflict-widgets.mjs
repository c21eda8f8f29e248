#!/usr/bin/env node
// conflict-widgets render: writes the elements of this package as HTML that
// reads without JavaScript (see README "Without JavaScript").
//
//   npx conflict-widgets render '<cw-casualty-counter metric="killed">'
//   npx conflict-widgets render article.html > article.rendered.html
//   npx conflict-widgets render --width 360 article.html
//
// Given markup, it prints each element rendered; given a file, the file with
// every element in it rendered and the rest unchanged (a static-site build
// step). Problems go to stderr, and the exit status is 1 if there were any.
import { existsSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

const USAGE = `Usage: conflict-widgets render [--width <px>] <markup | file.html>

Renders <cw-casualty-counter>, <cw-regional-bar-chart> and <cw-ceasefire-timeline>
as declarative shadow DOM with a plain-HTML copy of their figures inside, for
pages, reader modes, feeds and e-mails that run no script.
  --width <px>  the column the elements sit in (default 640)`;

/**
 * Our elements, with what is inside them, and the text-spacing <style> an
 * earlier rendering put before them: an earlier rendering is replaced, inline
 * data is kept.
 */
const ELEMENT =
  /(?:<style>cw-[a-z-]+ \{[^}<]*\}<\/style>)?<(cw-casualty-counter|cw-regional-bar-chart|cw-ceasefire-timeline)(\s[^>]*)?>(?:([\s\S]*?)<\/\1\s*>)?/g;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
const INLINE =
  /<script\s+type\s*=\s*["']?(application\/json|text\/csv)["']?\s*>([\s\S]*?)<\/script\s*>/i;
const ENTITIES = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', '#39': "'" };
const decode = (text) => text.replace(/&(amp|quot|apos|lt|gt|#39);/g, (_, name) => ENTITIES[name]);

function attributesOf(text = '') {
  const attributes = {};
  for (const [, name, ...values] of text.matchAll(ATTRIBUTE)) {
    attributes[name.toLowerCase()] = decode(values.find((v) => v !== undefined) ?? '');
  }
  return attributes;
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { width: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
});
const [command, input] = positionals;
if (values.help || command !== 'render' || input === undefined) {
  console.error(USAGE);
  process.exit(values.help ? 0 : 2);
}
const width = values.width === undefined ? undefined : Number(values.width);
if (width !== undefined && !(width > 0)) {
  console.error(`--width must be a width in pixels, not "${values.width}".`);
  process.exit(2);
}

const { renderElement } = await import('../dist/ssr.js');
// The elements warn in the console as well as with the problems renderElement() returns: say each once.
console.warn = () => {};
const isFile = !input.trimStart().startsWith('<') && existsSync(input);
const source = isFile ? readFileSync(input, 'utf8') : input;
let failed = false;
let output = '';
let last = 0;
for (const match of source.matchAll(ELEMENT)) {
  const [whole, tag, attributeText, inside = ''] = match;
  const inline = INLINE.exec(inside);
  const { html, problems } = await renderElement(tag, attributesOf(attributeText), {
    width,
    ...(inline ? { inline: { type: inline[1].toLowerCase(), text: inline[2] } } : {}),
  });
  for (const problem of problems) console.error(`${whole.slice(0, 80)}: ${problem}`);
  failed ||= problems.length > 0;
  output += (isFile ? source.slice(last, match.index) : '') + (html || whole);
  last = match.index + whole.length;
}
if (last === 0) {
  console.error(
    'No <cw-casualty-counter>, <cw-regional-bar-chart> or <cw-ceasefire-timeline> found.',
  );
  process.exit(1);
}
process.stdout.write(isFile ? output + source.slice(last) : `${output}\n`);
process.exit(failed ? 1 : 0);
