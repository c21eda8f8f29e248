// Size budgets, `npm run size`, part of `npm test` (bytes are deterministic;
// speed lives in `npm run bench`). Sizes are gzip -9 of the minified code a
// reader downloads:
// 1. the CDN entry plus every chunk it imports statically;
// 2. each element alone, as a consumer's bundler (rollup + terser) packs it
//    from the package's element entry, with its share of Lit and d3.
// The per-element CDN files are printed too. A budget that clean code on the
// package's stack cannot meet yet has a `ceiling`, the size it was held at
// when that was last reviewed: it prints NOT MET and fails only if the size
// grows past the ceiling, so every byte added is a decision in a commit.
// Chunks loaded later with
// import() (the bundled dataset; the validator and fetch code, only for data
// a page supplies) are listed, not counted. The CSV parser (d3-dsv) must stay
// in a chunk of its own, loaded only for CSV data: a size check fails if it
// enters any entry's static graph.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { init, parse } from 'es-module-lexer';
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

const KB = 1024;
const CHECKS = [
  {
    label: 'CDN entry (all three elements) + static imports',
    measure: () => staticGraph('dist/cdn/conflict-widgets.js'),
    budget: 48 * KB,
    // Held (issue 11, 12 and 17 notes): the scope box, versions, per-claim
    // statuses and attribution wording every element shows (issue 12) and the
    // checked copy of .data and await-data (issue 17) took it past 48 KB;
    // d3-shape's curve factories (curveBundle, curveCardinal, curveCatmullRom)
    // are IIFEs no bundler can drop, 1.3 KB of curves we never draw. Issue
    // 13's catalogues (every word through messages(), the catalogue loader,
    // dataset translations) added 2.4 KB; French and Russian load on demand;
    // its zero layout shift (measured heights, the CSSOM min-height
    // directive), cw-ready, the visible-page check and print styles 0.8 KB.
    // Issue 16: +40 B for inline <script type="text/csv"> and the skipped-rows
    // warning in the data controller; the CSV reader itself loads on demand.
    // Issue 17: styles that follow an element into another document, and the
    // counter's figure fitted to its column (0.2 KB).
    // Issue 15, items 1-4: the wide timeline's direct labels (placement,
    // lane names, leaders), groups drawn as their largest member, the single
    // total as a figure, and text that scales: 2.4 KB. Issue 15, items 6-11:
    // one polite live region per element (Announcer), the text-spacing
    // guard, the bar chart's keyboard model and bar names with dates
    // (0.65 KB). Issue 16, items 4-6: the download link and image buttons
    // under every source block, their words, and the views' lists of what
    // they show (1.4 KB); the CSV writer and the image code load on demand.
    // Issue 14: server rendering and hydration (the data controller's
    // synchronous path, the wait to hydrate, each element's plain-HTML copy
    // and fallbackHTML()): 0.8 KB. Room in the layouts for a reader's text
    // spacing, the timeline list's credited figures, and the table drawn open
    // in a server render: 0.28 KB. One connect helper for the three: +8 B.
    // Measured with chunk hashes fixed (sameHashes()) from here: 61,200 B.
    // Controls that need script hidden in a server render read without it: 22 B.
    // Rows of a sheet left out said in the reader's language: 49 B. The
    // .data check's wording moved to the lazy chunk: -10 B. The chart's
    // table row by row in a phone's column: 133 B. Phrase lists separated as
    // each language writes them (common.separator): 32 B. A label's colon as
    // each language writes it (common.colon): 23 B. The narrow timeline's
    // day and time of day apart (a space, in the list row's template): 2 B.
    // The timeline's card and focus ring not fading in on paper: 7 B. The
    // dataset's own words marked with their direction as well as their
    // language (wordsIn()), and the counter's reason marked at all: 41 B.
    // The scope statement marked with its language where it is the
    // dataset's own words (scopeOf(), scopeContent()): 85 B. wordsIn()
    // taking an optional language, for four copies of its test: -16 B. The
    // reasons and notes inside the chart's and timeline's versions lines
    // marked too (lit's join directive for the table's source cell): 101 B.
    // One full stop after a date that ends in one ("4 нояб. 2020 г."),
    // through sentence() in the code and the catalogues, and exported for
    // page catalogues: 53 B. The catalogues reviewed against the English
    // (a noun for every metric, the timeline card's figure through
    // common.counted, the chart's cited-from list through phraseList): 57 B.
    // Reporters' names translated with the rest of a dataset's labels: 16 B.
    // One labelledWords() for the chart's and timeline's reasons: -10 B.
    // Citations' locators and headings, and the dataset's title, marked with
    // the dataset's language inside the reader's sentences (wordsWithin(),
    // citedIn(), at eight places): 244 B. The table's credit lines marked
    // once per attribution, not once per row: 24 B. The root marked with the
    // language its words are in (English where no catalogue speaks the
    // page's), not the page's tag (wordsLanguage()): 26 B. A src's request
    // made at once, beside the import of the code that reads its answer
    // (acquireDataset() out of the lazy chunk): 417 B, one round trip less
    // before a src's figures show; the lazy chunk is 0.4 KB smaller. Metric
    // labels, event titles and the scope's "reported by" the dataset does
    // not translate marked with their language in the reader's sentences
    // (labelsIn()): 454 B. The violated ceasefire's title marked in a
    // timeline row: 9 B. Focus kept in the chart and timeline when an
    // update takes the focused node away (keepFocus()), and the timeline's
    // keys scrolling what they open into view: 135 B. On/off attributes
    // reading "false" as off (flag, for Vue's bound attributes): 49 B.
    // Lists joined in the language of the element's words (listText()
    // through wordsLanguage()), and English variants kept as the root's
    // language: 12 B.
    // The nearest lang found up through other components' shadow roots
    // (nearestLang()): 23 B.
    // A failed "Save image" said beside the buttons and reported as cw-error
    // image-failed, not left unhandled: 179 B.
    // No tab stop and no key help in a server render and its hydration, given
    // by the update after (keysController()): 81 B.
    // A load kept through a move, aborted only by a removal that lasts a task:
    // 24 B.
    // A re-render per image click only after a failure, and the CSP hint only
    // for a PNG: 11 B.
    // Long region names wrapped above their bars in a narrow chart, not
    // clipped, and broken inside a word only between graphemes: 280 B.
    // One comma-list rule for metric, highlight and kinds (commaList()): a
    // list of nothing is an error on both elements: 82 B.
    // The focus ring and --cw-color-focus shared by all three (the counter's
    // "why" and links): -20 B.
    // Words written the other way isolated in every message, list and
    // label, and English kept apart whole in right-to-left elements
    // (isolated(), keptApart()), each locale's script direction asked once:
    // 371 B.
    // An axis of hours naming the day at midnight: 25 B.
    // The timeline's other versions credited after a dash, not in a third
    // level of brackets: 10 B. One wordsDirection() for both callers: -9 B.
    // The list of events naming the claims an independent organisation
    // corroborated, marked in the dataset's language: 123 B. Each
    // violation's line naming the ceasefire it is said to break: 35 B.
    // The chart's discrepancy notes one a paragraph: 2 B; the timeline
    // card's too: 21 B. The timeline's notes in its plain-HTML copy: 6 B;
    // the counter's, with why a version is shown and its sources: 35 B.
    // "No ceasefires" for a kind with none in range, not "0 ceasefires": 11 B.
    // One violationShort() for the rows and the list: -2 B. The counter's
    // reason, sources and notes drawn by one module for element and copy: -3 B.
    // The chart's table hidden "until found", opened by find in page: 56 B.
    // A region's credit written only when other versions are compared: 3 B.
    // A time whose day the source does not state, written "day not stated": 35 B.
    // The table's caption through the catalogue (chart.caption): 9 B.
    // Clicks on the controls kept from a link around the element
    // (keepControlClicks()): 77 B.
    // parseDay() reading a day back whole (Firefox and month 00): 2 B.
    // A refused src answer's request aborted, not its body cancelled: 2 B.
    // A direction mark after isolated words (WebKit's SVG text): 7 B.
    // The timeline's place names isolated in its rows and lines: 9 B.
    // The wide timeline's events with no toll labelled where room is left: 1 B.
    // The counter's figure fitted by its digits and separators (figureEms()): 55 B.
    // A server-rendered timeline's list of events shown without script in a
    // column too narrow for its chart (one print-shown rule for both): 33 B.
    // The column probe observed after the first update, not during it (no
    // "change-in-update" warning in Lit's dev build): 39 B.
    // The CSV columns in a chunk of their own (WebKit's import() race): -2 B.
    // The data chunk asked for as each update starts (prefetch()), so it
    // downloads while the first update works (not for a src, whose request
    // asks for the reader itself): 70 B.
    ceiling: 64_836,
  },
  ...[
    // Held (see the issue 11 and 12 notes). Lit is about 6 KB of the counter;
    // @lit/task, the data controller, and the scope box, versions line and
    // attribution wording of issue 12 take it over. d3-scale's scaleUtc brings
    // d3-time-format and d3-shape keeps every curve factory (see above), 16 KB
    // of the timeline; issue 12's versions, undated lists, per-claim statuses
    // and date wording add the rest to all three; issue 13's catalogues
    // about 1.5 KB to each, its zero layout shift, cw-ready and print styles
    // 0.6-0.9 KB to each (the counter pulls in lit/directive.js for the
    // CSSOM min-height, which the others had). Issue 16 added 40-43 B to
    // each: inline CSV and the skipped-rows warning; issue 17's styles that
    // follow an element into another document and the counter's fitted
    // figure about 0.2 KB. Issue 15's labels, honest groups and scaled text
    // add 2.2 KB to the timeline, its announcer and text-spacing guard 0.3 KB
    // to each, the bar chart's dated bar names, plot label and keyboard model
    // 0.3 KB more; issue 16's download link and image buttons (the
    // controller, template, words, and each view's list of what it shows)
    // 1.0-1.2 KB to each; issue 14's server rendering and hydration about
    // 0.55 KB to each; room for a reader's text spacing 65 B to the chart
    // and timeline, and the timeline list's credited figures 0.2 KB; the
    // chart's table drawn open in a server render 18 B; one wording for a
    // figure with its label, which agrees with a figure of 1, 20-32 B.
    // Measured with chunk hashes fixed (sameHashes()) from here, 50-55 B less.
    // Controls that need script hidden in a server render read without it:
    // 19-29 B. Rows of a sheet left out said in the reader's language: 32-40 B.
    // The .data check's wording moved to the lazy chunk: -11 to -14 B. The
    // chart's table row by row in a phone's column: 131 B. Phrase lists
    // separated as each language writes them (common.separator): 15-25 B.
    // A label's colon as each language writes it (common.colon): 8-17 B.
    // The timeline's card and focus ring not fading in on paper: 7 B.
    // The dataset's own words marked with their direction (wordsIn()): 21-30 B.
    // The scope statement marked with its language (scopeOf()): 58-76 B.
    // wordsIn() taking an optional language: -1 to -8 B. The reasons and
    // notes inside the versions lines marked with their language: chart 83 B
    // (with lit's join directive), timeline 33 B. One full stop after a date
    // that ends in one (sentence(), exported for page catalogues): 20-44 B.
    // The catalogues reviewed against the English: chart 58 B (a noun for
    // every metric, phraseList for its cited-from), timeline -2 B. The source
    // line ended once after a reporter's name too: 0-2 B. Reporters' names
    // translated with the rest of a dataset's labels: 18-21 B. One
    // labelledWords() for both elements' reasons: chart -4 B, timeline +4 B.
    // Citations' words marked with the dataset's language inside the
    // reader's sentences (wordsWithin(), citedIn()): 171-194 B. The chart
    // table's credit lines marked once per attribution, not per row: 27 B.
    // The root marked with its words' language (wordsLanguage()): 12-28 B.
    // A src's request made beside the import of its reader, not after it
    // (acquireDataset() static): 409-424 B. Untranslated metric labels,
    // event titles and "reported by" marked with their language
    // (labelsIn()): counter 210 B, chart 258 B, timeline 503 B; the
    // violated ceasefire's title in a timeline row, 10 B more; the
    // timeline's notes (totals in words, undated events), 9 B more. One
    // languageOf() for a tag's language, the chart's details labels listed
    // once: chart +7 B, counter -7 B, timeline -8 B. Focus kept when an
    // update takes the focused node away (keepFocus()): chart 81 B; with
    // the keys scrolling what they open into view, timeline 122 B. On/off
    // attributes reading "false" as off (flag): 34-39 B.
    // Lists joined in the words' language (listText()): counter 10 B,
    // chart 14 B, timeline 12 B.
    // The nearest lang found through other components' shadow roots: counter
    // 38 B, chart 42 B, timeline 36 B.
    // A failed "Save image" said and reported (image-failed): counter 150 B,
    // chart 162 B, timeline 160 B.
    // No tab stop or key help without script (keysController()): counter 0 B,
    // chart 71 B, timeline 78 B.
    // A load kept through a move (DataController.leaving): counter 21 B, chart
    // 22 B, timeline 25 B.
    // The image buttons' failure state mended: counter 8 B, chart 9 B,
    // timeline 8 B.
    // Long region names wrapped above the bars in a narrow chart: chart 281 B.
    // One comma-list rule (commaList()): chart 94 B, timeline 22 B.
    // One focus ring, themable on the counter too (--cw-color-focus):
    // counter 25 B, chart -23 B, timeline -25 B.
    // Names written the other way isolated in the sentences (isolated()),
    // with each locale's script direction cached: counter 343 B, chart
    // 367 B, timeline 344 B.
    // An axis of hours naming the day at midnight: timeline 27 B.
    // Key help hidden, read only as a description: chart 2 B, timeline 1 B.
    // Other versions credited after a dash: timeline 4 B.
    // One wordsDirection() for both callers: counter 5 B, chart 0 B,
    // timeline 8 B.
    // Corroborated claims in the list of events, their text marked as the
    // dataset's (a claim label): counter 14 B, chart 12 B, timeline 101 B.
    // Violations' list lines naming their ceasefire: timeline 43 B.
    // The discrepancy notes one a paragraph: chart 4 B, timeline 16 B.
    // The timeline's notes in its plain-HTML copy: timeline 17 B. The
    // counter's notes, reason and versions' sources in its copy: counter 41 B.
    // "No ceasefires", not "0 ceasefires": timeline 7 B. One violationShort():
    // timeline -4 B. The chart's table hidden "until found": chart 57 B.
    // A region's credit written only when compared: chart 2 B.
    // "Day not stated" for a time given without its day: counter 55 B,
    // chart 25 B, timeline 37 B.
    // The table's caption through the catalogue (chart.caption): chart 10 B.
    // Clicks on the controls kept from a link around the element
    // (keepControlClicks()): counter 70 B, chart 70 B, timeline 66 B.
    // parseDay() reading a day back whole: counter 9 B, chart 8 B, timeline 3 B.
    // A refused src answer's request aborted: counter 2 B, chart 1 B, timeline 0 B.
    // A direction mark after isolated words: counter 8 B, chart 8 B, timeline 8 B.
    // The timeline's place names isolated in its rows and lines: timeline 3 B.
    // Events with no toll labelled where room is left: timeline 1 B.
    // The figure fitted by its digits and separators (figureEms()): counter 51 B.
    // The timeline's list of events shown without script in a narrow column
    // (one print-shown rule for paper and for that): counter 5 B, chart 5 B,
    // timeline 51 B.
    // The column probe observed after the first update: chart 49 B, timeline 49 B.
    // The data chunk asked for as each update starts (prefetch()): counter
    // 41 B, chart 51 B, timeline 51 B.
    ['casualty-counter', 12, 20_174],
    ['regional-bar-chart', 28, 37_429],
    ['ceasefire-timeline', 38, 51_024],
  ].flatMap(([name, budget, ceiling]) => [
    {
      label: `conflict-widgets/${name}.js bundled alone with Lit and d3`,
      measure: () => consumerBundle(`dist/${name}.js`),
      budget: budget * KB,
      ceiling,
    },
    {
      label: `dist/cdn/${name}.js + static imports`,
      measure: () => staticGraph(`dist/cdn/${name}.js`),
    },
  ]),
];

const gz = (bytes) => gzipSync(bytes, { level: 9 }).length;
const kb = (n) => `${(n / KB).toFixed(1)} KB`;
const exact = (n) => `${kb(n)} (${n.toLocaleString('en')} B)`;

/** Loaded only by pages whose data is CSV. */
const LAZY_ONLY = ['d3-dsv'];

/** The package folders a built file's source map says it holds code from. */
async function packagesIn(file) {
  const { sources } = JSON.parse(await readFile(`${file}.map`, 'utf8'));
  return sources.map((source) => /node_modules\/((@[^/]+\/)?[^/]+)/.exec(source)?.[1] ?? '');
}

/**
 * The code with every chunk name's content hash (`./read-dataset-DDUqziKW.js`)
 * replaced by one fixed string of the same length: a change in one chunk
 * renames it, and that must not move another file's gzip size by a byte or
 * two, which would fail a ceiling for code nobody touched.
 */
const sameHashes = (code) => code.replace(/(\.\/[\w.-]+?)-[\w-]{8}\.js/g, '$1-00000000.js');

/**
 * gzip size of a module plus every chunk it imports statically (`import` and
 * `export ... from`), found with a real module lexer; chunks it loads with
 * import() are returned apart, with their own sizes. `seen` ends up holding
 * every file of the static graph.
 */
async function closure(file, seen = new Set(), lazy = new Map()) {
  if (seen.has(file)) return { size: 0, lazy, seen };
  seen.add(file);
  lazy.delete(file);
  const code = await readFile(file, 'utf8');
  let size = gz(Buffer.from(sameHashes(code)));
  const [imports] = parse(code);
  for (const { n: spec, d } of imports) {
    if (!spec?.startsWith('.')) continue;
    const target = join(dirname(file), spec);
    if (d === -1) size += (await closure(target, seen, lazy)).size;
    else if (!seen.has(target)) lazy.set(target, gz(await readFile(target)));
  }
  return { size, lazy, seen };
}

/** closure(), and which LAZY_ONLY packages its static graph holds (from the source maps). */
async function staticGraph(file) {
  const { size, lazy, seen } = await closure(file);
  const eager = new Set();
  for (const each of seen)
    for (const name of await packagesIn(each)) if (LAZY_ONLY.includes(name)) eager.add(name);
  return { size, lazy, eager: [...eager] };
}

async function consumerBundle(entry) {
  const dir = await mkdtemp(join(tmpdir(), 'cw-size-'));
  try {
    const bundle = await rollup({
      input: entry,
      plugins: [
        nodeResolve({ exportConditions: ['production'] }),
        terser({ module: true, format: { comments: false } }),
      ],
    });
    const { output } = await bundle.write({
      dir,
      format: 'es',
      entryFileNames: 'entry.js',
      // Maps for the d3-dsv check, without a comment in the code that would add to its size.
      sourcemap: 'hidden',
    });
    await bundle.close();
    const result = await staticGraph(join(dir, 'entry.js'));
    if (!output.some((chunk) => Object.keys(chunk.modules ?? {}).some((m) => m.includes('d3-dsv'))))
      throw new Error(`${entry}: d3-dsv is in no chunk at all; CSV data could not load`);
    return result;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

await init;
let failed = false;
for (const { label, measure, budget, ceiling } of CHECKS) {
  const { size, lazy, eager } = await measure();
  if (eager.length) {
    failed = true;
    console.log(`EAGER ${label}: ${eager.join(', ')} loads with the page, not only for CSV data`);
  }
  const later = [...lazy].map(
    ([file, n]) => `${basename(file).replace(/-[\w-]{8}\.js$/, '')} ${kb(n)}`,
  );
  const note = later.length ? `; loaded on demand: ${later.join(', ')}` : '';
  if (budget === undefined) {
    console.log(`      ${label}: ${exact(size)} gzipped${note}`);
  } else if (size <= budget) {
    console.log(`ok    ${label}: ${exact(size)} gzipped (budget ${kb(budget)})${note}`);
  } else if (ceiling !== undefined && size <= ceiling) {
    console.log(
      `NOT MET ${label}: ${exact(size)} gzipped (budget ${kb(budget)}; held at ${ceiling.toLocaleString('en')} B)${note}`,
    );
  } else {
    failed = true;
    console.log(`OVER  ${label}: ${exact(size)} gzipped (budget ${kb(budget)})${note}`);
  }
}
if (failed) process.exit(1);
