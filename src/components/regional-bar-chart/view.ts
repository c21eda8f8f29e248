import type { Dataset, Figure } from '../../data/types.js';
import type { DataState } from '../../internal/data-controller.js';
import type { CwError } from '../../internal/errors.js';
import { scopeText } from '../../internal/source-text.js';
import { arrange, type Arrangement } from './layout.js';
import { chartInput, type ChartInput, type ChartOptions } from './options.js';
import { tableModel, type TableModel } from './table.js';
import {
  asOfLine,
  defaultTitle,
  figuresSource,
  foldSentence,
  notReportedText,
  reconciliationText,
  rowLabel,
  summarySentence,
  tableCaption,
} from './text.js';

/**
 * Everything render() shows but the geometry, computed once per change of
 * data, attributes or locale: a resize only lays the same rows out again.
 */
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
      /** The dataset's scope statement (see scopeText()). */
      scope: string;
      source: string;
      arrangement: Arrangement;
      /** The accessible name of each drawn row. */
      rowLabels: string[];
      table: TableModel;
    };

type Read<T> = { ok: true; value: T } | { ok: false; error: CwError };

/** Data state, checked options and locale in; what to show out. Pure: problems are returned, not reported. */
export function chartView(
  state: DataState,
  options: Read<ChartOptions>,
  locale: string,
): ChartView {
  if (!options.ok) return { kind: 'error', error: options.error, own: true };
  if (state.status === 'loading') return { kind: 'loading' };
  if (state.status === 'error') return { kind: 'error', error: state.error, own: false };
  const { data } = state;
  const read = chartInput(data, options.value);
  if (!read.ok) return { kind: 'error', error: read.error, own: true };
  const input = read.value;
  const { metrics, series } = input;
  const arrangement = arrange(series, { ...input, locale });
  const figures = arrangement.charted.flatMap((e) =>
    e.figures.filter((f): f is Figure => f !== undefined),
  );
  const nationals = series.flatMap((b) => (b.national ? [b.national] : []));
  const title = input.label ?? defaultTitle(metrics);
  const asOf = asOfLine(arrangement.charted, input.asOf, locale);
  const [first] = metrics;
  return {
    kind: 'ready',
    data,
    input,
    locale,
    title,
    asOf,
    summary: [
      summarySentence(arrangement.charted, metrics, series, locale),
      foldSentence(arrangement, first, locale),
    ]
      .filter(Boolean)
      .join(' '),
    reconciliation: reconciliationText(series, metrics, locale),
    notReported: notReportedText(arrangement.notReported, locale),
    scope: scopeText(data),
    source:
      figures.length > 0 || nationals.length > 0
        ? figuresSource(data, [...figures, ...nationals], locale)
        : '',
    arrangement,
    rowLabels: arrangement.rows.map((row) => rowLabel(row, metrics, locale)),
    table: tableModel({
      ...input,
      caption: tableCaption(title, asOf),
      data,
      arrangement,
      locale,
    }),
  };
}
