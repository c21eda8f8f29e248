import type { Dataset, Figure } from '../../data/types.js';
import type { DataState } from '../../internal/data-controller.js';
import type { CwError } from '../../internal/errors.js';
import { sourceText } from '../../internal/source-text.js';
import { layoutChart, type ChartLayout } from './layout.js';
import { readAttributes, type ChartAttributes, type ChartInput } from './options.js';
import {
  asOfLine,
  defaultTitle,
  notReportedText,
  reconciliationText,
  rowDetails,
  summarySentence,
  type Details,
} from './summary.js';

/** Everything render() shows, computed once per change of data, attributes or size. */
export type ChartView =
  | { kind: 'loading' }
  | {
      kind: 'error';
      error: CwError;
      /** The element's own attributes are at fault, not the data. */ own: boolean;
    }
  | {
      kind: 'ready';
      data: Dataset;
      input: ChartInput;
      locale: string;
      title: string;
      asOf: string;
      summary: string;
      reconciliation: string;
      notReported: string;
      source: string;
      layout: ChartLayout;
      /** False until the element knows its own width: the order is right, the geometry is not. */
      measured: boolean;
      /** One per layout row. */
      details: Details[];
    };

export interface ViewInputs extends ChartAttributes {
  state: DataState;
  label: string | undefined;
  locale: string;
  width: number;
  fontSize: number;
}

export function buildView(v: ViewInputs): ChartView {
  if (v.state.status === 'loading') return { kind: 'loading' };
  if (v.state.status === 'error') return { kind: 'error', error: v.state.error, own: false };
  const { data } = v.state;
  const read = readAttributes(data, v);
  if (!read.ok) return { kind: 'error', error: read.error, own: true };
  const { input } = read;
  const { metrics, series, locale } = { ...input, locale: v.locale };
  // The table and sentences need the order even before the width is known.
  const layout = layoutChart(series, {
    ...input,
    width: Math.max(v.width, 1),
    fontSize: v.fontSize,
    locale,
  });
  const figures = layout.charted.flatMap((e) =>
    e.figures.filter((f): f is Figure => f !== undefined),
  );
  const nationals = series.flatMap((b) => (b.national ? [b.national] : []));
  return {
    kind: 'ready',
    data,
    input,
    locale,
    title: v.label?.trim() ? v.label.trim() : defaultTitle(metrics),
    asOf: asOfLine(layout.charted, input.asOf, locale),
    summary: summarySentence(layout.charted, metrics, series, locale),
    reconciliation: reconciliationText(series, metrics, locale),
    notReported: notReportedText(layout.notReported),
    source:
      figures.length > 0 || nationals.length > 0
        ? sourceText(data, [...figures, ...nationals], locale)
        : '',
    layout,
    measured: v.width > 0,
    details: layout.rows.map((row) => rowDetails(row, metrics, data, locale)),
  };
}
