// Reading the data a page gives (a `.data` object, inline text, the answer
// to a `src`): checked, parsed and validated. Loaded with import() only when
// a page supplies its own data: pages on the bundled dataset, which is
// validated when the package is built, never download it. A `src` asks for
// this chunk as its request starts (fetch-dataset.ts), so the two arrive
// together.
import { pointer, validate } from '../data/validate.js';
import type { Dataset, FigureSet } from '../data/types.js';
import { quote } from './attributes.js';
import type { CwError } from './errors.js';
import { fetchLimits } from './fetch-dataset.js';

/** `warning`: the data loaded, but not all of it (rows of a spreadsheet left out). */
export type LoadResult =
  { ok: true; data: Dataset; warning?: CwError } | { ok: false; error: CwError };

/** -0 is a valid JSON number that formats as "-0": the figures count nothing either way. */
function positiveZeros(data: Dataset): void {
  const sets: FigureSet[] = [data.national, ...data.regions.map((r) => r.figures)];
  for (const event of data.events) sets.push(event.figures);
  for (const set of sets)
    for (const list of Object.values(set))
      for (const figure of list) if (Object.is(figure.value, -0)) figure.value = 0;
}

/** What a page's `.data` holds that is not data, and where: "a function at /extra". */
class NotData extends Error {}

/**
 * A copy of the page's `.data` made of plain objects, arrays and their
 * values, read through proxies: a framework's reactive state (Vue's) is a
 * proxy, which structuredClone() refuses. Anything else that is not data
 * (a function, a DOM node, a Date, a loop) throws NotData naming where; the
 * path (`keys`) is written out only then.
 */
function plainCopy(value: unknown, keys: (string | number)[], open: Set<object>): unknown {
  if (typeof value === 'function' || typeof value === 'symbol')
    throw new NotData(`a ${typeof value} at ${pointer(keys)}`);
  if (typeof value !== 'object' || value === null) return value;
  if (open.has(value)) throw new NotData(`an object inside itself at ${pointer(keys)}`);
  const tag = Object.prototype.toString.call(value).slice(8, -1);
  if (tag !== 'Object' && tag !== 'Array') throw new NotData(`a ${tag} at ${pointer(keys)}`);
  open.add(value);
  const item = (key: string | number, child: unknown) => {
    keys.push(key);
    const copy = plainCopy(child, keys, open);
    keys.pop();
    return copy;
  };
  const copy = Array.isArray(value)
    ? value.map((child, i) => item(i, child))
    : Object.fromEntries(
        Object.keys(value).map((key) => [key, item(key, (value as Record<string, unknown>)[key])]),
      );
  open.delete(value);
  return copy;
}

/**
 * Checks data from outside the package (the `.data` property, inline JSON, a
 * `src` URL). `subject` starts the error sentence: "The .data property".
 * The elements keep what this returns, never the page's own object: `copy`
 * says `json` is the page's (the `.data` property), so a copy is checked and
 * kept, which later changes to the page's object (or getters and inherited
 * fields, which a copy does not have) cannot break.
 */
export function checkData(json: unknown, subject: string, copy = false): LoadResult {
  let own = json;
  if (copy) {
    try {
      own = plainCopy(json, [], new Set());
    } catch (e) {
      const what = e instanceof NotData ? e.message : `a value that failed to read (${String(e)})`;
      return {
        ok: false,
        error: {
          code: 'invalid-data',
          message: `${subject} holds ${what}, which is not data, so it cannot be used.`,
        },
      };
    }
  }
  const result = validate(own);
  if (result.ok) {
    positiveZeros(result.data);
    return result;
  }
  const first = result.errors.at(0);
  return {
    ok: false,
    error: {
      code: 'invalid-data',
      message: `${subject} is not in the expected format: ${first ? `${first.path}: ${first.message}` : ''}${result.errors.length > 1 ? ` (and ${result.errors.length - 1} more)` : ''}.`,
      details: result.errors,
    },
  };
}

/** Checks a page's `.data` property: a copy, which the page's later changes cannot reach. */
export const checkProperty = (data: unknown): LoadResult =>
  checkData(data, 'The .data property', true);

/** Parses and validates JSON text from any source (inline script, fetch). */
export function parseDataset(text: string, where: string): LoadResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return {
      ok: false,
      error: {
        code: 'invalid-json',
        message: `The data from ${where} is not valid JSON (${(e as Error).message}).`,
      },
    };
  }
  return checkData(json, `The data from ${where}`);
}

/**
 * Parses and validates a spreadsheet's CSV export (inline script, fetch). The
 * parser and d3-dsv are imported here, so only pages with CSV data load them.
 */
export async function parseCsvDataset(text: string, where: string): Promise<LoadResult> {
  const { parseCsv } = await import('../data/csv.js');
  const result = parseCsv(text, where);
  if (!result.ok)
    return {
      ok: false,
      error: { code: 'invalid-csv', message: result.message, details: result.problems },
    };
  if (!result.notice) return { ok: true, data: result.data };
  return {
    ok: true,
    data: result.data,
    warning: { code: 'csv-rows-skipped', message: result.notice, details: result.skipped },
  };
}

/** Reads an inline `<script type="application/json">` or `<script type="text/csv">`. */
export function parseInline(text: string, csv: boolean): Promise<LoadResult> | LoadResult {
  return csv
    ? parseCsvDataset(text, 'the inline <script type="text/csv">')
    : parseDataset(text, 'the inline <script type="application/json">');
}

const JSON_TYPE = /^(application\/([\w.+-]*\+)?json|text\/json)\b/i;
const CSV_TYPE = /^text\/csv\b/i;
/** A file server that does not know CSV says so in these words; an HTML page is never a dataset. */
const GENERIC_TYPE = /^(text\/plain|application\/octet-stream)\b|^$/i;

/**
 * Whether a response holds CSV: its content type says so (a published Google
 * Sheet answers `text/csv` from a URL without an extension), or its URL ends
 * in `.csv` and a server that does not know the format called it plain text
 * or bytes.
 */
function isCsv(type: string, url: string): boolean {
  if (CSV_TYPE.test(type)) return true;
  let path = '';
  try {
    path = new URL(url).pathname;
  } catch {
    return false;
  }
  return /\.csv$/i.test(path) && GENERIC_TYPE.test(type);
}

/** The body as text, or undefined once it passes `maxBytes` (the request is then aborted). */
async function readCapped(response: Response, maxBytes: number): Promise<string | undefined> {
  const declared = Number(response.headers.get('content-length'));
  if (declared > maxBytes) return undefined;
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) return undefined;
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new TextDecoder(encodingOf(bytes)).decode(bytes);
}

/**
 * The encoding a byte-order mark names, as browsers read a page: Excel's
 * "Unicode text" and some exports are UTF-16 with one. Anything else is read
 * as UTF-8 (its own mark, Excel's "CSV UTF-8", dropped).
 */
function encodingOf(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return 'utf-8';
}

/**
 * Reads the answer to a `src` (acquireDataset() makes the request): checked,
 * capped, parsed and validated. Messages name the URL as the page wrote it,
 * `asWritten`, quoted short; `url` is where it was resolved to.
 */
export async function readResponse(
  request: Promise<Response>,
  url: string,
  asWritten: string,
  timedOut: () => boolean,
): Promise<LoadResult> {
  const at = quote(asWritten);
  const fail = (code: CwError['code'], message: string): LoadResult => ({
    ok: false,
    error: { code, message },
  });
  /** The request failed or its body stopped: the time limit, or the network. */
  const lost = (what: 'loaded' | 'read') =>
    timedOut()
      ? fail(
          'timeout',
          `The data at ${at} did not arrive within ${fetchLimits.timeoutMs / 1000} s.`,
        )
      : fail('fetch-failed', `The data at ${at} could not be ${what}.`);
  let response: Response;
  try {
    response = await request;
  } catch {
    return lost('loaded');
  }
  if (!response.ok)
    return fail('http-status', `The data at ${at} could not be loaded (HTTP ${response.status}).`);
  const type = response.headers.get('content-type') ?? '';
  // A redirect (a published sheet's) ends at another URL: either may name the file.
  const csv = isCsv(type, url) || isCsv(type, response.url);
  if (!csv && !JSON_TYPE.test(type)) {
    return fail(
      'content-type',
      `The data at ${at} is not JSON or CSV (content type “${type || 'none'}”).`,
    );
  }
  // The CSV reader is a chunk of its own: asked for while the body downloads.
  if (csv) import('../data/csv.js').catch(() => undefined);
  let text: string | undefined;
  try {
    text = await readCapped(response, fetchLimits.maxBytes);
  } catch {
    return lost('read');
  }
  if (text === undefined) {
    return fail(
      'too-large',
      `The data at ${at} is larger than ${fetchLimits.maxBytes / 1_000_000} MB.`,
    );
  }
  return csv ? parseCsvDataset(text, at) : parseDataset(text, at);
}
