import { METRIC_IDS, type MetricId } from '../../data/metric-ids.js';
import {
  dayProblem,
  invalidAttribute,
  notOneOf,
  themeProblem,
  unset,
} from '../../internal/attributes.js';
import type { CwError } from '../../internal/errors.js';
import { START_MODES, type CountUpSettings } from './count-up.js';

/** The element's attributes as given: strings and numbers straight from HTML or a property. */
export interface CounterAttributes {
  metric?: string | undefined;
  region?: string | undefined;
  asOf?: string | undefined;
  label?: string | undefined;
  start?: string | undefined;
  duration?: number | undefined;
  theme?: string | undefined;
  /** A boolean attribute: present (even blank, as HTML booleans are) means on. */
  hideVersions?: boolean | undefined;
  download?: boolean | undefined;
}

/** The attributes checked, with the defaults filled in for those not set. */
export interface CounterOptions extends CountUpSettings {
  metric: MetricId;
  region: string | undefined;
  /** A real `YYYY-MM-DD` day. */
  asOf: string | undefined;
  label: string | undefined;
  /** Leaves out the line listing the figure's other versions. */
  hideVersions: boolean;
  /** Offers the figures shown as a CSV file. */
  download: boolean;
}

export type OptionsResult = { ok: true; options: CounterOptions } | { ok: false; error: CwError };

/** Milliseconds a count-up takes when `duration` is not set. */
export const DEFAULT_DURATION = 1200;

const isOneOf = <T extends string>(value: string, allowed: readonly T[]): value is T =>
  (allowed as readonly string[]).includes(value);

/**
 * Reads the attributes by the one rule of internal/attributes.ts: blank is
 * not set, so its default applies; any other value is checked, and the first
 * one the element cannot use is the error. Checked before any data arrives.
 */
export function readOptions(attrs: CounterAttributes): OptionsResult {
  const metric = unset(attrs.metric) ?? 'killed';
  const start = unset(attrs.start) ?? 'visible';
  const duration = attrs.duration ?? DEFAULT_DURATION;
  const asOf = unset(attrs.asOf);
  const fail = (error: CwError): OptionsResult => ({ ok: false, error });
  if (!isOneOf(metric, METRIC_IDS)) return fail(notOneOf('metric', metric, METRIC_IDS));
  if (!isOneOf(start, START_MODES)) return fail(notOneOf('start', start, START_MODES));
  if (!Number.isFinite(duration) || duration < 0) {
    return fail(invalidAttribute('duration must be a number of milliseconds, 0 or more.'));
  }
  const problem = dayProblem('as-of', asOf) ?? themeProblem(unset(attrs.theme));
  if (problem) return fail(problem);
  return {
    ok: true,
    options: {
      metric,
      region: unset(attrs.region),
      asOf,
      label: unset(attrs.label),
      hideVersions: attrs.hideVersions ?? false,
      download: attrs.download ?? false,
      start,
      duration,
    },
  };
}
