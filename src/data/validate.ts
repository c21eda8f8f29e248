import { parseDay } from './query.js';
import {
  CLAIM_SUBJECTS,
  DATE_MEANINGS,
  DATE_PRECISIONS,
  DAY_STATEMENTS,
  EVENT_KINDS,
  METRIC_IDS,
  QUALIFIERS,
  REPORTER_KINDS,
  SCHEMA_VERSION,
  STATUSES,
  TIME_ZONES,
  type Dataset,
} from './types.js';

/** One problem found in input data: a JSON pointer and a plain-English reason. */
export interface ValidationError {
  path: string;
  message: string;
}

export type ValidationResult =
  { ok: true; data: Dataset } | { ok: false; errors: ValidationError[] };

type Obj = Record<string, unknown>;

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const MONTH_OR_DAY = /^\d{4}-\d{2}(-\d{2})?$/;
const MINUTE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;
const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
/** `…THH:mm` (already matched by MINUTE) is a time a clock shows. */
const realTime = (text: string) => Number(text.slice(11, 13)) < 24 && Number(text.slice(14)) < 60;
/** Stops a hostile or broken file from producing megabytes of messages. */
const MAX_ERRORS = 50;
/** Longest part of a page's own text (a value, a key) that a message quotes. */
const QUOTE_LIMIT = 40;
/**
 * The largest figure the library accepts. No count of people or buildings
 * harmed comes near a billion, so a larger value is a mistake (or hostile);
 * and a sum of a million such figures is still an exact integer.
 */
export const MAX_FIGURE = 1_000_000_000;

/** The fields each kind of object may have, as in data/schema.json: any other is a mistake. */
const FIELDS = {
  root: 'schemaVersion language translations id title description scope sources reporters metrics national regions events contradictions discrepancies',
  scope: 'statement area reportedBy',
  translation: 'metrics regions reporters events scope',
  eventTranslation: 'title place brokeredIn',
  source: 'id title publisher author published url description',
  reporter: 'id name kind publishes',
  metric: 'id label',
  figure: 'id value qualifier reportedBy citation asOf since status note',
  citation: 'source section locator',
  dateStamp: 'value precision before timeZone day',
  region: 'id name alternates type figures',
  event:
    'id kind date dateOf dateReason title summary region place brokeredIn violates figures reportedBy status citation claims',
  claim: 'id about text reportedBy status citation date dateOf ordinal note',
  contradiction: 'id figures shown reason',
  discrepancy: 'id figures note',
};
type Kind = keyof typeof FIELDS;
const fieldSets = Object.fromEntries(
  Object.entries(FIELDS).map(([kind, names]) => [kind, new Set(names.split(' '))]),
) as Record<Kind, Set<string>>;

const tooLarge = (n: number) => `expected at most ${MAX_FIGURE} (one billion), got ${String(n)}`;

const cut = (text: string) =>
  text.length > QUOTE_LIMIT ? `${text.slice(0, QUOTE_LIMIT - 1)}…` : text;

function describe(value: unknown): string {
  switch (typeof value) {
    case 'string':
      return JSON.stringify(cut(value));
    case 'number':
    case 'boolean':
      return String(value);
    case 'bigint':
      return `${String(value)}n`;
    case 'object':
      return value === null ? 'null' : Array.isArray(value) ? 'an array' : 'an object';
    case 'function':
      return 'a function';
    case 'symbol':
      return 'a symbol';
    case 'undefined':
      return 'undefined';
  }
}

/**
 * A JSON-pointer token; most keys need no escaping, and paths are built for
 * every item checked. A long key is cut: a path is for a message.
 */
const escapeToken = (key: string | number): string =>
  typeof key === 'number'
    ? String(key)
    : cut(/[~/]/.test(key) ? key.replace(/~/g, '~0').replace(/\//g, '~1') : key);

/** A JSON pointer to the value at `keys`: "/events/3/title", or "/" for the root. */
export const pointer = (keys: readonly (string | number)[]): string =>
  keys.map((key) => `/${escapeToken(key)}`).join('') || '/';

const DIRECTION_CONTROL = /[\u202a-\u202e\u2066-\u2069]/;

/**
 * The first direction control in `text` left open: an embedding or override
 * (U+202A, U+202B, U+202D, U+202E) without its U+202C, or an isolate (U+2066
 * to U+2068) without its U+2069. Open, it would run on past the text into
 * the sentence an element builds around it, reversing its words and digits
 * ("at least 12" drawn as "21"). Closed ones stay within the text.
 */
function openDirection(text: string): string | undefined {
  if (!DIRECTION_CONTROL.test(text)) return undefined;
  const open: string[] = [];
  for (const char of text) {
    const code = char.charCodeAt(0);
    if ((code >= 0x202a && code <= 0x202e && code !== 0x202c) || (code >= 0x2066 && code <= 0x2068))
      open.push(char);
    else if (code === 0x202c || code === 0x2069) open.pop();
  }
  return open[0];
}

/**
 * Checks unknown input against the dataset contract and returns either the
 * data or every problem found (up to a cap). Never throws.
 */
export function validate(input: unknown): ValidationResult {
  const errors: ValidationError[] = [];
  const fail = (path: string, message: string) => {
    if (errors.length < MAX_ERRORS) errors.push({ path: path || '/', message });
  };
  const at = (path: string, key: string | number) => `${path}/${escapeToken(key)}`;

  /** An object of the given kind, whose fields are all known. */
  function object(value: unknown, path: string, kind?: Kind): Obj | undefined {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      fail(path, `expected an object, got ${describe(value)}`);
      return undefined;
    }
    const obj = value as Obj;
    if (kind) {
      for (const key of Object.keys(obj))
        if (!fieldSets[kind].has(key)) fail(at(path, key), 'unknown field');
    }
    return obj;
  }
  function array(value: unknown, path: string): unknown[] {
    if (Array.isArray(value)) return value;
    fail(path, `expected an array, got ${describe(value)}`);
    return [];
  }
  function string(
    obj: Obj,
    key: string,
    path: string,
    optional = false,
    pattern?: RegExp,
    what?: string,
  ) {
    const value = obj[key];
    if (value === undefined && optional) return undefined;
    if (typeof value !== 'string' || value.trim() === '') {
      fail(at(path, key), `expected a non-empty string, got ${describe(value)}`);
      return undefined;
    }
    if (pattern && !pattern.test(value)) {
      fail(at(path, key), `expected ${what ?? 'a valid value'}, got ${describe(value)}`);
      return undefined;
    }
    return value;
  }
  function oneOf<T extends string>(obj: Obj, key: string, path: string, allowed: readonly T[]) {
    const value = obj[key];
    if (typeof value === 'string' && (allowed as readonly string[]).includes(value))
      return value as T;
    fail(at(path, key), `expected one of ${allowed.join(', ')}, got ${describe(value)}`);
    return undefined;
  }
  function day(obj: Obj, key: string, path: string, optional: boolean, pattern = DAY) {
    const text = string(obj, key, path, optional, pattern, 'a date like 2020-10-28');
    // A month (YYYY-MM) is checked as its first day.
    const first = text && (text.length === 7 ? `${text}-01` : text.slice(0, 10));
    if (text !== undefined && first && parseDay(first) === undefined) {
      fail(at(path, key), `expected a real calendar date, got ${describe(text)}`);
    } else if (text !== undefined && pattern === MINUTE && !realTime(text)) {
      fail(at(path, key), `expected a time of day from 00:00 to 23:59, got ${describe(text)}`);
    }
    return text;
  }

  function optionalOneOf<T extends string>(
    obj: Obj,
    key: string,
    path: string,
    allowed: readonly T[],
  ) {
    return obj[key] === undefined ? undefined : oneOf(obj, key, path, allowed);
  }

  /** Each kind of id, with where it was first used: ids are unique within their kind. */
  const ids = {
    figure: new Map<string, string>(),
    event: new Map<string, string>(),
    claim: new Map<string, string>(),
    source: new Map<string, string>(),
    reporter: new Map<string, string>(),
    metric: new Map<string, string>(),
    region: new Map<string, string>(),
  };
  const refs: {
    path: string;
    kind: 'reporter' | 'source' | 'region' | 'figure' | 'ceasefire';
    id: string;
  }[] = [];
  const unique = (map: Map<string, string>, id: string | undefined, path: string) => {
    if (id === undefined) return;
    const first = map.get(id);
    if (first) fail(at(path, 'id'), `duplicate id ${describe(id)}, first used at ${first}`);
    else map.set(id, path);
  };

  /**
   * A date stamp; `ofClaim` for a claim's own date, the only one whose day may
   * be unstated: an event or a figure is placed and written on its day.
   */
  function dateStamp(value: unknown, path: string, ofClaim = false) {
    const obj = object(value, path, 'dateStamp');
    if (!obj) return undefined;
    const precision = oneOf(obj, 'precision', path, DATE_PRECISIONS);
    if (precision === 'unknown') {
      if (obj.value !== undefined)
        fail(at(path, 'value'), 'must be absent when precision is "unknown"');
      day(obj, 'before', path, true);
    } else if (precision === 'day') {
      day(obj, 'value', path, false);
    } else if (precision) {
      day(obj, 'value', path, false, MINUTE);
    }
    const timed = precision === 'time' || precision === 'about-time';
    if (obj.timeZone !== undefined && !timed) {
      fail(at(path, 'timeZone'), 'only a time (precision "time" or "about-time") has a time zone');
    } else {
      optionalOneOf(obj, 'timeZone', path, TIME_ZONES);
    }
    if (obj.day !== undefined && !ofClaim) {
      fail(at(path, 'day'), "only a claim's date can leave its day unstated");
    } else if (obj.day !== undefined && !timed) {
      fail(
        at(path, 'day'),
        'only a time (precision "time" or "about-time") can leave its day unstated',
      );
    } else {
      optionalOneOf(obj, 'day', path, DAY_STATEMENTS);
    }
    return obj;
  }

  function citation(value: unknown, path: string) {
    const obj = object(value, path, 'citation');
    if (!obj) return;
    const source = string(obj, 'source', path);
    if (source) refs.push({ path: at(path, 'source'), kind: 'source', id: source });
    string(obj, 'section', path);
    string(obj, 'locator', path, true);
  }

  /** A claim inside an event; returns its date stamp and what it marks, for the event's check. */
  function claim(value: unknown, path: string) {
    const obj = object(value, path, 'claim');
    if (!obj) return undefined;
    unique(ids.claim, string(obj, 'id', path), path);
    const about = oneOf(obj, 'about', path, CLAIM_SUBJECTS);
    string(obj, 'text', path);
    const reporter = string(obj, 'reportedBy', path);
    if (reporter) refs.push({ path: at(path, 'reportedBy'), kind: 'reporter', id: reporter });
    oneOf(obj, 'status', path, STATUSES);
    citation(obj.citation, at(path, 'citation'));
    const date = obj.date === undefined ? undefined : dateStamp(obj.date, at(path, 'date'), true);
    if (about === 'date' && obj.date === undefined)
      fail(at(path, 'date'), 'a claim about a date needs the date');
    if (obj.dateOf !== undefined && obj.date === undefined)
      fail(at(path, 'dateOf'), 'says what a date marks, but the claim has no date');
    else optionalOneOf(obj, 'dateOf', path, DATE_MEANINGS);
    if (obj.ordinal !== undefined) {
      const n = obj.ordinal;
      if (about !== 'violation')
        fail(at(path, 'ordinal'), 'only a claim about a violation has one');
      else if (typeof n !== 'number' || !Number.isInteger(n) || n < 1)
        fail(at(path, 'ordinal'), `expected a positive integer, got ${describe(n)}`);
      else if (n > MAX_FIGURE) fail(at(path, 'ordinal'), tooLarge(n));
    }
    string(obj, 'note', path, true);
    return date ? { date, dateOf: obj.dateOf ?? 'occurred' } : undefined;
  }

  function figure(value: unknown, path: string) {
    const obj = object(value, path, 'figure');
    if (!obj) return;
    unique(ids.figure, string(obj, 'id', path), path);
    const number = obj.value;
    if (typeof number !== 'number' || !Number.isInteger(number) || number < 0) {
      fail(at(path, 'value'), `expected a non-negative integer, got ${describe(number)}`);
    } else if (number > MAX_FIGURE) {
      fail(at(path, 'value'), tooLarge(number));
    }
    oneOf(obj, 'qualifier', path, QUALIFIERS);
    const reporter = string(obj, 'reportedBy', path);
    if (reporter) refs.push({ path: at(path, 'reportedBy'), kind: 'reporter', id: reporter });
    citation(obj.citation, at(path, 'citation'));
    dateStamp(obj.asOf, at(path, 'asOf'));
    day(obj, 'since', path, true);
    oneOf(obj, 'status', path, STATUSES);
    string(obj, 'note', path, true);
  }

  function figureSet(value: unknown, path: string) {
    const obj = object(value, path);
    if (!obj) return;
    for (const [metric, list] of Object.entries(obj)) {
      if (!(METRIC_IDS as readonly string[]).includes(metric)) {
        fail(at(path, metric), `unknown metric; expected one of ${METRIC_IDS.join(', ')}`);
        continue;
      }
      array(list, at(path, metric)).forEach((item, i) => {
        figure(item, at(at(path, metric), i));
      });
    }
  }

  /** A BCP 47 tag Intl understands. */
  function language(obj: Obj, key: string, path: string) {
    const tag = string(obj, key, path, true);
    if (tag === undefined) return;
    try {
      Intl.getCanonicalLocales(tag);
    } catch {
      fail(at(path, key), `expected a language tag like fr or pt-BR, got ${describe(tag)}`);
    }
  }
  /** Translated words by id: every id known, every word a non-empty string (or, for events, an object). */
  function byId(t: Obj, key: string, path: string, known: Map<string, string>, what: string) {
    if (t[key] === undefined) return [];
    const map = object(t[key], at(path, key));
    if (!map) return [];
    return Object.keys(map).flatMap((id) => {
      if (known.has(id)) return [{ map, id, path: at(path, key) }];
      fail(at(at(path, key), id), `no ${what} with id ${describe(id)} in this dataset`);
      return [];
    });
  }
  /** Labels in other languages: see DatasetTranslation. */
  function translations(value: unknown) {
    const all = object(value, '/translations');
    for (const tag of Object.keys(all ?? {})) {
      language({ [tag]: tag }, tag, '/translations');
      const path = at('/translations', tag);
      const t = object(all?.[tag], path, 'translation');
      if (!t) continue;
      for (const m of byId(t, 'metrics', path, ids.metric, 'metric')) string(m.map, m.id, m.path);
      for (const r of byId(t, 'regions', path, ids.region, 'region')) string(r.map, r.id, r.path);
      for (const r of byId(t, 'reporters', path, ids.reporter, 'reporter'))
        string(r.map, r.id, r.path);
      for (const e of byId(t, 'events', path, ids.event, 'event')) {
        const words = object(e.map[e.id], at(e.path, e.id), 'eventTranslation');
        for (const key of ['title', 'place', 'brokeredIn'])
          if (words) string(words, key, at(e.path, e.id), true);
      }
      const scope = t.scope === undefined ? undefined : object(t.scope, at(path, 'scope'), 'scope');
      for (const key of ['statement', 'area', 'reportedBy'])
        if (scope) string(scope, key, at(path, 'scope'), true);
    }
  }

  const root = object(input, '', 'root');
  if (!root) return { ok: false, errors };
  if (root.schemaVersion !== SCHEMA_VERSION) {
    fail('/schemaVersion', `expected ${SCHEMA_VERSION}, got ${describe(root.schemaVersion)}`);
  }
  string(root, 'id', '');
  string(root, 'title', '');
  string(root, 'description', '', true);
  if (root.scope !== undefined) {
    const scope = object(root.scope, '/scope', 'scope');
    if (scope)
      for (const key of ['statement', 'area', 'reportedBy'])
        string(scope, key, '/scope', key !== 'statement');
  }

  array(root.sources, '/sources').forEach((item, i) => {
    const path = at('/sources', i);
    const obj = object(item, path, 'source');
    if (!obj) return;
    unique(ids.source, string(obj, 'id', path), path);
    string(obj, 'title', path);
    string(obj, 'publisher', path);
    for (const key of ['author', 'url', 'description']) string(obj, key, path, true);
    day(obj, 'published', path, true, MONTH_OR_DAY);
  });
  array(root.reporters, '/reporters').forEach((item, i) => {
    const path = at('/reporters', i);
    const obj = object(item, path, 'reporter');
    if (!obj) return;
    unique(ids.reporter, string(obj, 'id', path), path);
    string(obj, 'name', path);
    oneOf(obj, 'kind', path, REPORTER_KINDS);
    if (obj.publishes !== undefined) {
      array(obj.publishes, at(path, 'publishes')).forEach((source, j) => {
        if (typeof source === 'string')
          refs.push({ path: at(at(path, 'publishes'), j), kind: 'source', id: source });
        else fail(at(at(path, 'publishes'), j), `expected a source id, got ${describe(source)}`);
      });
    }
  });
  array(root.metrics, '/metrics').forEach((item, i) => {
    const path = at('/metrics', i);
    const obj = object(item, path, 'metric');
    if (!obj) return;
    unique(ids.metric, oneOf(obj, 'id', path, METRIC_IDS), path);
    string(obj, 'label', path);
  });
  figureSet(root.national, '/national');

  const names = new Map<string, string>();
  array(root.regions, '/regions').forEach((item, i) => {
    const path = at('/regions', i);
    const obj = object(item, path, 'region');
    if (!obj) return;
    const id = string(obj, 'id', path, false, ID, 'a lower-case id like "region-a"');
    unique(ids.region, id, path);
    const name = string(obj, 'name', path);
    string(obj, 'type', path, true);
    const alternates = array(obj.alternates, at(path, 'alternates'));
    alternates.forEach((alt, j) => {
      if (typeof alt !== 'string' || alt.trim() === '') {
        fail(at(at(path, 'alternates'), j), `expected a non-empty string, got ${describe(alt)}`);
      }
    });
    if (id) {
      // An id, name or alternate finds one region (findRegion() matches all three, any case).
      const spellings = [id, name ?? id, ...alternates.filter((a) => typeof a === 'string')];
      for (const spelling of spellings) {
        const key = spelling.toLowerCase();
        const owner = names.get(key);
        if (owner !== undefined && owner !== id) {
          fail(path, `name ${describe(spelling)} already refers to region ${describe(owner)}`);
        }
        names.set(key, id);
      }
    }
    figureSet(obj.figures, at(path, 'figures'));
  });

  const ceasefires = new Set<string>();
  array(root.events, '/events').forEach((item, i) => {
    const path = at('/events', i);
    const obj = object(item, path, 'event');
    if (!obj) return;
    const id = string(obj, 'id', path);
    unique(ids.event, id, path);
    const kind = oneOf(obj, 'kind', path, EVENT_KINDS);
    if (kind === 'ceasefire' && id) ceasefires.add(id);
    const date = dateStamp(obj.date, at(path, 'date'));
    const dateOf = optionalOneOf(obj, 'dateOf', path, DATE_MEANINGS) ?? 'occurred';
    string(obj, 'dateReason', path, true);
    string(obj, 'title', path);
    string(obj, 'summary', path);
    const region = string(obj, 'region', path, true);
    if (region) refs.push({ path: at(path, 'region'), kind: 'region', id: region });
    for (const key of ['place', 'brokeredIn']) string(obj, key, path, true);
    const violates = string(obj, 'violates', path, true);
    if (violates) refs.push({ path: at(path, 'violates'), kind: 'ceasefire', id: violates });
    figureSet(obj.figures, at(path, 'figures'));
    array(obj.reportedBy, at(path, 'reportedBy')).forEach((reporter, j) => {
      if (typeof reporter === 'string')
        refs.push({ path: at(at(path, 'reportedBy'), j), kind: 'reporter', id: reporter });
      else fail(at(at(path, 'reportedBy'), j), `expected a reporter id, got ${describe(reporter)}`);
    });
    oneOf(obj, 'status', path, STATUSES);
    citation(obj.citation, at(path, 'citation'));
    if (obj.claims === undefined) return;
    const dated = array(obj.claims, at(path, 'claims')).flatMap(
      (item, j) => claim(item, at(at(path, 'claims'), j)) ?? [],
    );
    // The axis date must be one of the versions the claims give, with the same meaning.
    const same = (d: (typeof dated)[number]) =>
      d.date.value === date?.value && d.date.precision === date?.precision && d.dateOf === dateOf;
    if (date && dated.length > 0 && !dated.some(same))
      fail(at(path, 'date'), 'expected one of the dates its claims give, with the same dateOf');
  });

  /** A contradiction's or discrepancy's `figures`: at least 2 ids, each checked as a reference. */
  const figureIds = (obj: Record<string, unknown>, path: string): unknown[] => {
    const members = array(obj.figures, at(path, 'figures'));
    if (members.length < 2)
      fail(at(path, 'figures'), `expected at least 2 figure ids, got ${members.length}`);
    members.forEach((member, j) => {
      if (typeof member === 'string')
        refs.push({ path: at(at(path, 'figures'), j), kind: 'figure', id: member });
      else fail(at(at(path, 'figures'), j), `expected a figure id, got ${describe(member)}`);
    });
    return members;
  };

  array(root.contradictions, '/contradictions').forEach((item, i) => {
    const path = at('/contradictions', i);
    const obj = object(item, path, 'contradiction');
    if (!obj) return;
    string(obj, 'id', path);
    const members = figureIds(obj, path);
    const shown = string(obj, 'shown', path);
    if (shown && !members.includes(shown))
      fail(
        at(path, 'shown'),
        `expected one of this contradiction's figures, got ${describe(shown)}`,
      );
    string(obj, 'reason', path);
  });

  if (root.discrepancies !== undefined) {
    array(root.discrepancies, '/discrepancies').forEach((item, i) => {
      const path = at('/discrepancies', i);
      const obj = object(item, path, 'discrepancy');
      if (!obj) return;
      string(obj, 'id', path);
      figureIds(obj, path);
      string(obj, 'note', path);
    });
  }

  language(root, 'language', '');
  if (root.translations !== undefined) translations(root.translations);

  /**
   * Every string anywhere in `value` (whose path is `keys`) checked for an
   * open direction control; a path is written only for a string that fails.
   */
  function directions(value: unknown, keys: (string | number)[]): void {
    if (typeof value === 'string') {
      const open = openDirection(value);
      if (open)
        fail(
          pointer(keys),
          `leaves the direction control U+${open.charCodeAt(0).toString(16).toUpperCase()} open (close it with U+${open < '\u2066' ? '202C' : '2069'}, or remove it): it would reverse the text around it`,
        );
    } else if (typeof value === 'object' && value !== null) {
      for (const [key, child] of Object.entries(value)) {
        keys.push(Array.isArray(value) ? Number(key) : key);
        directions(child, keys);
        keys.pop();
      }
    }
  }

  const resolves = {
    reporter: (id: string) => ids.reporter.has(id),
    source: (id: string) => ids.source.has(id),
    region: (id: string) => ids.region.has(id),
    figure: (id: string) => ids.figure.has(id),
    ceasefire: (id: string) => ceasefires.has(id),
  };
  for (const ref of refs) {
    if (!resolves[ref.kind](ref.id))
      fail(ref.path, `no ${ref.kind} with id ${describe(ref.id)} in this dataset`);
  }

  directions(root, []);

  return errors.length === 0 ? { ok: true, data: input as Dataset } : { ok: false, errors };
}
