import { figure, parseDay } from '../../data/query.js';
import { invalidAttribute, themeProblem, unset } from '../../internal/attributes.js';
import { METRIC_IDS, type MetricId } from '../../data/metric-ids.js';
import type { Dataset } from '../../data/types.js';
import type { DataState } from '../../internal/data-controller.js';
import type { CwError } from '../../internal/errors.js';
import {
  asOfText,
  formatDay,
  formatNumber,
  qualifiedNumber,
  qualifierWords,
} from '../../internal/format.js';
import { sourceText } from '../../internal/source-text.js';
import { START_MODES } from './count-up.js';

/** The element's inputs, with `locale` already resolved and blank strings meaning "not set". */
export interface CounterInput {
  state: DataState;
  metric: string;
  region?: string | undefined;
  asOf?: string | undefined;
  label?: string | undefined;
  locale: string;
  start: string;
  duration: number;
  theme?: string | undefined;
}

/** What the counter shows: everything its DOM needs, as text. */
export type CounterView =
  | { kind: 'loading' }
  | { kind: 'error'; error: CwError }
  | {
      kind: 'found';
      value: number;
      /** Qualifier words without trailing space ("about"), or ''. */
      qualifier: string;
      /** The final value, formatted for the locale: the width the digits never exceed. */
      final: string;
      /** For formatting the intermediate values of the count-up. */
      locale: string;
      label: string;
      /** "As of 4 Nov 2020" or "Date not stated". */
      date: string;
      /** The sentence assistive technology reads: "91 civilians killed, as of 4 Nov 2020." */
      summary: string;
      source: string;
    }
  | { kind: 'not-reported'; statement: string; label: string; summary: string; source: string };

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const isMetric = (id: string): id is MetricId => (METRIC_IDS as readonly string[]).includes(id);

/** The first problem with the element's own attributes, checked before any data arrives. */
export function attributeProblem(input: CounterInput): CwError | undefined {
  if (!isMetric(input.metric)) {
    return invalidAttribute(
      `Unknown metric “${input.metric}”. Use one of: ${METRIC_IDS.join(', ')}.`,
    );
  }
  if (!(START_MODES as readonly string[]).includes(input.start)) {
    return invalidAttribute(`Unknown start “${input.start}”. Use visible, immediate or none.`);
  }
  if (!Number.isFinite(input.duration) || input.duration < 0) {
    return invalidAttribute('The duration must be a number of milliseconds, 0 or more.');
  }
  const asOf = unset(input.asOf);
  if (asOf !== undefined && parseDay(asOf) === undefined) {
    return invalidAttribute(`The as-of date “${asOf}” is not a date written YYYY-MM-DD.`);
  }
  return themeProblem(input.theme);
}

/** The attribution for an absent figure: which dataset was checked. */
function datasetChecked(data: Dataset): string {
  const sources = data.sources
    .map((s) => `${s.publisher}${s.published ? `, ${s.published}` : ''}`)
    .join('; ');
  return `Dataset checked: “${data.title}”${sources ? ` (${sources})` : ''}.`;
}

/** Turns the element's inputs into what it shows. Pure: no DOM, no events. */
export function counterView(input: CounterInput): CounterView {
  const problem = attributeProblem(input);
  if (problem) return { kind: 'error', error: problem };
  if (input.state.status === 'loading') return { kind: 'loading' };
  if (input.state.status === 'error') return { kind: 'error', error: input.state.error };
  const { data } = input.state;
  const metric = input.metric as MetricId;
  const { locale } = input;
  const region = unset(input.region);
  const asOf = unset(input.asOf);
  const result = figure(data, metric, { region, asOf });
  if (result.kind === 'unknown-region') {
    return {
      kind: 'error',
      error: { code: 'unknown-region', message: `No region “${result.name}” in this data.` },
    };
  }
  const metricLabel =
    data.metrics.find((m) => m.id === metric)?.label ?? metric.replaceAll('-', ' ');
  const custom = unset(input.label);

  if (result.kind === 'not-reported') {
    const where = `${result.region ? ` for ${result.region.name}` : ''}${asOf ? ` as of ${formatDay(asOf, locale)}` : ''}`;
    const label = custom ?? metricLabel;
    return {
      kind: 'not-reported',
      statement: `Not reported${where}`,
      label,
      summary: `${capitalize(label)}: not reported${where}.`,
      source: datasetChecked(data),
    };
  }

  const f = result.figure;
  const label = custom ?? (result.region ? `${metricLabel} in ${result.region.name}` : metricLabel);
  const when = asOfText(f.asOf, locale);
  return {
    kind: 'found',
    value: f.value,
    qualifier: qualifierWords(f.qualifier).trim(),
    final: formatNumber(f.value, locale),
    locale,
    label,
    date: capitalize(when),
    summary: `${qualifiedNumber(f.value, f.qualifier, locale)} ${label}, ${when}.`,
    // The date has its own line, so the source line leaves it out.
    source: sourceText(
      data,
      [{ reportedBy: f.reportedBy, citation: f.citation, status: f.status }],
      locale,
    ),
  };
}
