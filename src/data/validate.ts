import { parseDay } from './query.js';
import {
  CLAIM_SUBJECTS,
  DATE_MEANINGS,
  DATE_PRECISIONS,
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
/** Stops a hostile or broken file from producing megabytes of messages. */
const MAX_ERRORS = 50;

function describe(value: unknown): string {
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
    case 'number':
    case 'boolean':
    case 'bigint':
      return String(value);
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

/** A JSON-pointer token; most keys need no escaping, and paths are built for every item checked. */
const escapeToken = (key: string | number) =>
  typeof key === 'number' || !/[~/]/.test(key)
    ? String(key)
    : key.replace(/~/g, '~0').replace(/\//g, '~1');

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

  function object(value: unknown, path: string): Obj | undefined {
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as Obj;
    fail(path, `expected an object, got ${describe(value)}`);
    return undefined;
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
    if (text !== undefined && text.length >= 10 && parseDay(text.slice(0, 10)) === undefined) {
      fail(at(path, key), `expected a real calendar date, got ${describe(text)}`);
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

  const ids = {
    figure: new Map<string, string>(),
    event: new Map<string, string>(),
    claim: new Map<string, string>(),
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

  function dateStamp(value: unknown, path: string) {
    const obj = object(value, path);
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
    if (obj.timeZone !== undefined && precision !== 'time' && precision !== 'about-time') {
      fail(at(path, 'timeZone'), 'only a time (precision "time" or "about-time") has a time zone');
    } else {
      optionalOneOf(obj, 'timeZone', path, TIME_ZONES);
    }
    return obj;
  }

  function citation(value: unknown, path: string) {
    const obj = object(value, path);
    if (!obj) return;
    const source = string(obj, 'source', path);
    if (source) refs.push({ path: at(path, 'source'), kind: 'source', id: source });
    string(obj, 'section', path);
    string(obj, 'locator', path, true);
  }

  /** A claim inside an event; returns its date stamp and what it marks, for the event's check. */
  function claim(value: unknown, path: string) {
    const obj = object(value, path);
    if (!obj) return undefined;
    unique(ids.claim, string(obj, 'id', path), path);
    const about = oneOf(obj, 'about', path, CLAIM_SUBJECTS);
    string(obj, 'text', path);
    const reporter = string(obj, 'reportedBy', path);
    if (reporter) refs.push({ path: at(path, 'reportedBy'), kind: 'reporter', id: reporter });
    oneOf(obj, 'status', path, STATUSES);
    citation(obj.citation, at(path, 'citation'));
    const date = obj.date === undefined ? undefined : dateStamp(obj.date, at(path, 'date'));
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
    }
    string(obj, 'note', path, true);
    return date ? { date, dateOf: obj.dateOf ?? 'occurred' } : undefined;
  }

  function figure(value: unknown, path: string) {
    const obj = object(value, path);
    if (!obj) return;
    unique(ids.figure, string(obj, 'id', path), path);
    const number = obj.value;
    if (typeof number !== 'number' || !Number.isInteger(number) || number < 0) {
      fail(at(path, 'value'), `expected a non-negative integer, got ${describe(number)}`);
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

  const root = object(input, '');
  if (!root) return { ok: false, errors };
  if (root.schemaVersion !== SCHEMA_VERSION) {
    fail('/schemaVersion', `expected ${SCHEMA_VERSION}, got ${describe(root.schemaVersion)}`);
  }
  string(root, 'id', '');
  string(root, 'title', '');
  string(root, 'description', '', true);
  if (root.scope !== undefined) {
    const scope = object(root.scope, '/scope');
    if (scope)
      for (const key of ['statement', 'area', 'reportedBy'])
        string(scope, key, '/scope', key !== 'statement');
  }

  const known = {
    source: new Set<string>(),
    reporter: new Set<string>(),
    region: new Set<string>(),
  };
  array(root.sources, '/sources').forEach((item, i) => {
    const path = at('/sources', i);
    const obj = object(item, path);
    if (!obj) return;
    const id = string(obj, 'id', path);
    if (id) known.source.add(id);
    string(obj, 'title', path);
    string(obj, 'publisher', path);
    for (const key of ['author', 'url', 'description']) string(obj, key, path, true);
    day(obj, 'published', path, true, MONTH_OR_DAY);
  });
  array(root.reporters, '/reporters').forEach((item, i) => {
    const path = at('/reporters', i);
    const obj = object(item, path);
    if (!obj) return;
    const id = string(obj, 'id', path);
    if (id) known.reporter.add(id);
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
    const obj = object(item, path);
    if (!obj) return;
    oneOf(obj, 'id', path, METRIC_IDS);
    string(obj, 'label', path);
  });
  figureSet(root.national, '/national');

  const names = new Map<string, string>();
  array(root.regions, '/regions').forEach((item, i) => {
    const path = at('/regions', i);
    const obj = object(item, path);
    if (!obj) return;
    const id = string(obj, 'id', path, false, ID, 'a lower-case id like "region-a"');
    string(obj, 'name', path);
    string(obj, 'type', path, true);
    const alternates = array(obj.alternates, at(path, 'alternates'));
    alternates.forEach((alt, j) => {
      if (typeof alt !== 'string' || alt.trim() === '') {
        fail(at(at(path, 'alternates'), j), `expected a non-empty string, got ${describe(alt)}`);
      }
    });
    if (id) {
      known.region.add(id);
      for (const name of [id, ...alternates.filter((a): a is string => typeof a === 'string')]) {
        const key = name.toLowerCase();
        const owner = names.get(key);
        if (owner !== undefined && owner !== id) {
          fail(path, `name ${describe(name)} already refers to region ${describe(owner)}`);
        }
        names.set(key, id);
      }
    }
    figureSet(obj.figures, at(path, 'figures'));
  });

  const ceasefires = new Set<string>();
  array(root.events, '/events').forEach((item, i) => {
    const path = at('/events', i);
    const obj = object(item, path);
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

  array(root.contradictions, '/contradictions').forEach((item, i) => {
    const path = at('/contradictions', i);
    const obj = object(item, path);
    if (!obj) return;
    string(obj, 'id', path);
    const members = array(obj.figures, at(path, 'figures'));
    if (members.length < 2)
      fail(at(path, 'figures'), `expected at least 2 figure ids, got ${members.length}`);
    members.forEach((member, j) => {
      if (typeof member === 'string')
        refs.push({ path: at(at(path, 'figures'), j), kind: 'figure', id: member });
      else fail(at(at(path, 'figures'), j), `expected a figure id, got ${describe(member)}`);
    });
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
      const obj = object(item, path);
      if (!obj) return;
      string(obj, 'id', path);
      const members = array(obj.figures, at(path, 'figures'));
      if (members.length < 2)
        fail(at(path, 'figures'), `expected at least 2 figure ids, got ${members.length}`);
      members.forEach((member, j) => {
        if (typeof member === 'string')
          refs.push({ path: at(at(path, 'figures'), j), kind: 'figure', id: member });
        else fail(at(at(path, 'figures'), j), `expected a figure id, got ${describe(member)}`);
      });
      string(obj, 'note', path);
    });
  }

  const resolves = {
    reporter: (id: string) => known.reporter.has(id),
    source: (id: string) => known.source.has(id),
    region: (id: string) => known.region.has(id),
    figure: (id: string) => ids.figure.has(id),
    ceasefire: (id: string) => ceasefires.has(id),
  };
  for (const ref of refs) {
    if (!resolves[ref.kind](ref.id))
      fail(ref.path, `no ${ref.kind} with id ${describe(ref.id)} in this dataset`);
  }

  return errors.length === 0 ? { ok: true, data: input as Dataset } : { ok: false, errors };
}
