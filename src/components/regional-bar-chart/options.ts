import { findRegion, parseDay, regionalBreakdown, type Breakdown } from '../../data/query.js';
import { invalidAttribute, themeProblem } from '../../internal/attributes.js';
import type { Dataset, Metric } from '../../data/types.js';
import type { CwError } from '../../internal/errors.js';
import { SORT_ORDERS, type SortOrder } from './layout.js';

/** The element's attributes as given: strings and numbers straight from HTML. */
export interface ChartAttributes {
  metric: string;
  sort: string;
  limit: number | undefined;
  highlight: string;
  asOf: string | undefined;
  theme: string | undefined;
}

export interface ChartInput {
  metrics: Metric[];
  series: Breakdown[];
  sort: SortOrder;
  limit: number | undefined;
  /** Region ids. */
  highlight: Set<string>;
  asOf: string | undefined;
}

const invalid = (message: string): { ok: false; error: CwError } => ({
  ok: false,
  error: invalidAttribute(message),
});
const quoted = (items: readonly string[]) => items.map((i) => `“${i}”`).join(', ');

/**
 * Checks the attributes against the data and runs the queries. Every bad
 * value is a visible problem, never a quiet fallback to a default.
 */
export function readAttributes(
  data: Dataset,
  attrs: ChartAttributes,
): { ok: true; input: ChartInput } | { ok: false; error: CwError } {
  const ids = attrs.metric.split(',').map((m) => m.trim());
  const metrics = ids.map((id) => data.metrics.find((m) => m.id === id));
  const known = data.metrics.map((m) => m.id);
  if (ids.length > 2 || new Set(ids).size !== ids.length || metrics.some((m) => !m)) {
    return invalid(
      `metric="${attrs.metric}" is not one metric or a pair of different metrics from this dataset (${quoted(known)}).`,
    );
  }
  if (!(SORT_ORDERS as readonly string[]).includes(attrs.sort)) {
    return invalid(`sort="${attrs.sort}" is not one of ${quoted(SORT_ORDERS)}.`);
  }
  const { limit } = attrs;
  if (limit !== undefined && (!Number.isInteger(limit) || limit < 1)) {
    return invalid(`limit must be a whole number of 1 or more, not “${String(limit)}”.`);
  }
  if (attrs.asOf !== undefined && parseDay(attrs.asOf) === undefined) {
    return invalid(`as-of="${attrs.asOf}" is not a date in the form YYYY-MM-DD.`);
  }
  const theme = themeProblem(attrs.theme);
  if (theme) return { ok: false, error: theme };
  const highlight = new Set<string>();
  for (const name of attrs.highlight
    .split(',')
    .map((h) => h.trim())
    .filter(Boolean)) {
    const region = findRegion(data, name);
    if (!region)
      return {
        ok: false,
        error: {
          code: 'unknown-region',
          message: `highlight names “${name}”, which is not a region in this dataset.`,
        },
      };
    highlight.add(region.id);
  }
  const chosen = metrics.filter((m): m is Metric => m !== undefined);
  return {
    ok: true,
    input: {
      metrics: chosen,
      series: chosen.map((m) => regionalBreakdown(data, m.id, attrs.asOf)),
      sort: attrs.sort as SortOrder,
      limit,
      highlight,
      asOf: attrs.asOf,
    },
  };
}
