import { figure } from '../../data/query.js';
import type { Dataset } from '../../data/types.js';
import { quote } from '../../internal/attributes.js';
import type { DataState } from '../../internal/data-controller.js';
import type { CwError } from '../../internal/errors.js';
import {
  asOfText,
  formatDay,
  formatNumber,
  qualifiedNumber,
  qualifierWords,
} from '../../internal/format.js';
import { scopeText, sourceText } from '../../internal/source-text.js';
import type { CountUpSettings } from './count-up.js';
import type { OptionsResult } from './options.js';

/** Shown while the data loads. */
export const LOADING_TEXT = 'Loading figure…';

/** What the counter shows: everything its templates need, as text. */
export type CounterView =
  | { kind: 'loading' }
  | {
      kind: 'error';
      error: CwError;
      /** The element's own attributes are at fault, not the data. */
      own: boolean;
    }
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
      /** The dataset's scope statement (see scopeText()). */
      scope: string;
      source: string;
      countUp: CountUpSettings;
    }
  | {
      kind: 'not-reported';
      statement: string;
      label: string;
      summary: string;
      scope: string;
      source: string;
    };

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The attribution for an absent figure: which dataset was checked. */
function datasetChecked(data: Dataset): string {
  const sources = data.sources
    .map((s) => `${s.publisher}${s.published ? `, ${s.published}` : ''}`)
    .join('; ');
  return `Dataset checked: “${data.title}”${sources ? ` (${sources})` : ''}.`;
}

/**
 * Turns the checked attributes, the data and the resolved locale into what
 * the counter shows. Pure: no DOM, no events; the element reports the errors.
 */
export function counterView(read: OptionsResult, state: DataState, locale: string): CounterView {
  if (!read.ok) return { kind: 'error', error: read.error, own: true };
  if (state.status === 'loading') return { kind: 'loading' };
  if (state.status === 'error') return { kind: 'error', error: state.error, own: false };
  const { data } = state;
  const { metric, region, asOf, label: custom, start, duration } = read.options;
  const result = figure(data, metric, { region, asOf });
  if (result.kind === 'unknown-region') {
    return {
      kind: 'error',
      error: { code: 'unknown-region', message: `No region ${quote(result.name)} in this data.` },
      own: true,
    };
  }
  const metricLabel =
    data.metrics.find((m) => m.id === metric)?.label ?? metric.replaceAll('-', ' ');

  if (result.kind === 'not-reported') {
    const where = `${result.region ? ` for ${result.region.name}` : ''}${asOf ? ` as of ${formatDay(asOf, locale)}` : ''}`;
    const label = custom ?? metricLabel;
    return {
      kind: 'not-reported',
      statement: `Not reported${where}`,
      label,
      summary: `${capitalize(label)}: not reported${where}.`,
      scope: scopeText(data),
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
    scope: scopeText(data),
    // The date has its own line, so the source line leaves it out.
    source: sourceText(
      data,
      [{ reportedBy: f.reportedBy, citation: f.citation, status: f.status }],
      locale,
    ),
    countUp: { start, duration },
  };
}
