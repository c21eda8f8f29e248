import { findRegion, regionalBreakdown, type Breakdown } from '../../data/query.js';
import {
  commaList,
  dayProblem,
  invalidAttribute,
  notOneOf,
  quote,
  themeProblem,
  unset,
} from '../../internal/attributes.js';
import type { Dataset, Metric, MetricId } from '../../data/types.js';
import type { CwError } from '../../internal/errors.js';
import { SORT_ORDERS, type SortOrder } from './layout.js';

/** What `metric` takes: one metric id, or two different ones for paired bars (`killed,injured`). */
export type MetricChoice =
  MetricId | { [First in MetricId]: `${First},${Exclude<MetricId, First>}` }[MetricId];

/** The element's attributes as given: strings and numbers straight from HTML or a property. */
export interface ChartAttributes {
  metric?: string | undefined;
  sort?: string | undefined;
  limit?: number | undefined;
  highlight?: string | undefined;
  asOf?: string | undefined;
  label?: string | undefined;
  theme?: string | undefined;
  download?: boolean | undefined;
}

/** The attributes checked, with defaults for those not set; metric and region names are not yet matched to data. */
export interface ChartOptions {
  /** One metric id, or two different ones for a pair. */
  metricIds: string[];
  sort: SortOrder;
  limit: number | undefined;
  /** Region ids, names or alternates, as written. */
  highlight: string[];
  /** A real `YYYY-MM-DD` day. */
  asOf: string | undefined;
  label: string | undefined;
  /** Offers the figures shown, every version, as a CSV file. */
  download: boolean;
}

/** The options matched to a dataset, with the breakdown of each metric. */
export interface ChartInput extends Omit<ChartOptions, 'metricIds' | 'highlight'> {
  metrics: Metric[];
  series: Breakdown[];
  /** Region ids. */
  highlight: Set<string>;
}

type Result<T> = { ok: true; value: T } | { ok: false; error: CwError };
const fail = (error: CwError): { ok: false; error: CwError } => ({ ok: false, error });

/**
 * Reads the attributes by the one rule of internal/attributes.ts: blank is
 * not set, so its default applies; any other value is checked, and the first
 * one the element cannot use is the error. Needs no data, so a bad attribute
 * shows at once.
 */
export function readOptions(attrs: ChartAttributes): Result<ChartOptions> {
  const metricIds = commaList(
    'metric',
    attrs.metric,
    'put a metric such as killed, or two for a pair',
  ) ?? ['killed'];
  if ('code' in metricIds) return fail(metricIds);
  const highlight = commaList('highlight', attrs.highlight, 'put region names or ids') ?? [];
  if ('code' in highlight) return fail(highlight);
  const sort = unset(attrs.sort) ?? 'value';
  const { limit } = attrs;
  const asOf = unset(attrs.asOf);
  if (metricIds.length > 2 || new Set(metricIds).size !== metricIds.length) {
    return fail(
      invalidAttribute(
        `metric=${quote(attrs.metric ?? '')} is not one metric or a pair of different metrics.`,
      ),
    );
  }
  if (!(SORT_ORDERS as readonly string[]).includes(sort)) {
    return fail(notOneOf('sort', sort, SORT_ORDERS));
  }
  if (limit !== undefined && (!Number.isInteger(limit) || limit < 1)) {
    return fail(
      invalidAttribute(`limit=${quote(String(limit))} is not a whole number of 1 or more.`),
    );
  }
  const problem = dayProblem('as-of', asOf) ?? themeProblem(unset(attrs.theme));
  if (problem) return fail(problem);
  return {
    ok: true,
    value: {
      metricIds,
      sort: sort as SortOrder,
      limit,
      highlight,
      asOf,
      label: unset(attrs.label),
      download: attrs.download ?? false,
    },
  };
}

/** Matches the metric ids and highlighted names to the dataset and runs the queries. */
export function chartInput(data: Dataset, options: ChartOptions): Result<ChartInput> {
  const { metricIds, highlight: names, ...rest } = options;
  const metrics: Metric[] = [];
  for (const id of metricIds) {
    const metric = data.metrics.find((m) => m.id === id);
    if (!metric)
      return fail(
        notOneOf(
          'metric',
          id,
          data.metrics.map((m) => m.id),
        ),
      );
    metrics.push(metric);
  }
  const highlight = new Set<string>();
  for (const name of names) {
    const region = findRegion(data, name);
    if (!region) {
      return fail({
        code: 'unknown-region',
        message: `highlight names ${quote(name)}, which is not a region in this dataset.`,
      });
    }
    highlight.add(region.id);
  }
  return {
    ok: true,
    value: {
      ...rest,
      metrics,
      series: metrics.map((m) => regionalBreakdown(data, m.id, options.asOf)),
      highlight,
    },
  };
}
