import { textLanguage, translated } from '../../data/translate.js';
import type { Dataset } from '../../data/types.js';
import type { DataState } from '../../internal/data-controller.js';
import type { CwError } from '../../internal/errors.js';
import { wordsIn, type Words } from '../../internal/i18n.js';
import { labelsIn, shownLabels } from '../../internal/labels.js';
import { citedIn, scopeOf, type Scope } from '../../internal/source-text.js';
import { type NotReported, type Shown } from '../../data/csv-write.js';
import { filesOf, type Files } from '../../internal/get-actions.js';
import { arrange, type Arrangement } from './layout.js';
import { chartInput, type ChartInput, type ChartOptions } from './options.js';
import { tableModel, type TableModel } from './table.js';
import {
  asOfLine,
  defaultTitle,
  discrepancyNotes,
  figuresOf,
  figuresSource,
  foldSentence,
  notReportedText,
  plotLabel,
  reconciliationText,
  rowLabel,
  summarySentence,
  tableCaption,
  undatedText,
  whoseText,
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
  | ({
      kind: 'ready';
      data: Dataset;
      input: ChartInput;
      locale: string;
      title: string;
      asOf: string;
      summary: string;
      /** A sentence of the view's with the metrics' labels and whose figures they are marked where not in the reader's language (labelsIn()). */
      quote: (text: string) => Words;
      reconciliation: string;
      notReported: string;
      /** With as-of: the figures given without a date, which are not "not reported". */
      undated: string;
      /** The dataset's notes on shown figures that do not add up, one a paragraph. */
      discrepancies: string[];
      /** The dataset's scope statement (see scopeOf()). */
      scope: Scope;
      /** The source line, its citations' words marked (see citedIn()). */
      source: Words;
      arrangement: Arrangement;
      /** The accessible name of each drawn row. */
      rowLabels: string[];
      /** The drawing's name: chart type, number of bars and scale. */
      plotLabel: string;
      table: TableModel;
    } & Files);

type Read<T> = { ok: true; value: T } | { ok: false; error: CwError };

/**
 * What the table lists: every version of each listed region's figures, the
 * national figure, and each region and metric with no figure as "not reported".
 */
function shownFigures(input: ChartInput, arrangement: Arrangement): Shown {
  const listed = [...arrangement.charted, ...arrangement.undated];
  const notReported: NotReported[] = [];
  const figures = input.series.flatMap((b, s) => [
    ...listed.flatMap((e) => {
      const v = e.versions.at(s);
      const shown = v?.figure ?? v?.undated;
      if (!shown) notReported.push({ metric: b.metric, region: e.region.id });
      return shown && v ? [shown, ...v.others] : [];
    }),
    ...[b.national ?? b.nationalUndated ?? []].flat(),
  ]);
  for (const region of arrangement.notReported)
    for (const b of input.series) notReported.push({ metric: b.metric, region: region.id });
  return { figures, notReported };
}

/** Data state, checked options and locale in; what to show out. Pure: problems are returned, not reported. */
export function chartView(
  state: DataState,
  options: Read<ChartOptions>,
  locale: string,
): ChartView {
  if (!options.ok) return { kind: 'error', error: options.error, own: true };
  if (state.status === 'loading') return { kind: 'loading' };
  if (state.status === 'error') return { kind: 'error', error: state.error, own: false };
  // Labels in the reader's language where the dataset gives them.
  const data = translated(state.data, locale);
  const read = chartInput(data, options.value);
  if (!read.ok) return { kind: 'error', error: read.error, own: true };
  const input = read.value;
  const { metrics, series } = input;
  const arrangement = arrange(series, { ...input, locale });
  const listed = [...arrangement.charted, ...arrangement.undated];
  const figures = listed.flatMap(figuresOf);
  const nationals = series.flatMap((b) => {
    const f = b.national ?? b.nationalUndated;
    return f ? [f] : [];
  });
  const title = input.label ?? defaultTitle(metrics, data.scope?.area, locale);
  const whose = whoseText(data.scope?.reportedBy, locale);
  const asOf = asOfLine(arrangement.charted, input.asOf, locale);
  const [first] = metrics;
  const labels = shownLabels(data, metrics);
  const quote = (text: string) => labelsIn(data, locale, text, labels);
  return {
    kind: 'ready',
    data,
    input,
    locale,
    title,
    asOf,
    summary: [
      summarySentence(arrangement.charted, metrics, series, locale, input.asOf, whose),
      foldSentence(arrangement, first, locale),
    ]
      .filter(Boolean)
      .join(' '),
    quote,
    reconciliation: reconciliationText(series, metrics, locale),
    notReported: notReportedText(arrangement.notReported, locale),
    undated: undatedText(listed, series, metrics, input.asOf, locale),
    discrepancies: discrepancyNotes(data, figures),
    scope: scopeOf(data, locale, state.warning),
    source:
      figures.length > 0 || nationals.length > 0
        ? citedIn(data, figuresSource(data, [...figures, ...nationals], locale), [
            ...figures,
            ...nationals,
          ])
        : '',
    arrangement,
    rowLabels: arrangement.rows.map((row) => rowLabel(row, metrics, locale)),
    plotLabel: plotLabel(arrangement.rows, locale),
    table: tableModel({
      ...input,
      caption: tableCaption(title, whose, asOf, locale),
      quote,
      data,
      arrangement,
      locale,
    }),
    ...filesOf(data, title, input.download ? shownFigures(input, arrangement) : undefined, locale),
  };
}

/**
 * The notes under the bars that have something to say, each as a reader
 * reads it: the metrics' labels and the dataset's own notes marked with their
 * language. `name` is its class and part: not-reported, undated,
 * reconciliation, discrepancies.
 */
export function chartNotes(view: Extract<ChartView, { kind: 'ready' }>) {
  return [
    { name: 'not-reported', text: view.notReported, words: view.notReported as Words },
    { name: 'undated', text: view.undated, words: view.quote(view.undated) },
    { name: 'reconciliation', text: view.reconciliation, words: view.quote(view.reconciliation) },
    ...view.discrepancies.map((text) => ({
      name: 'discrepancies',
      text,
      words: wordsIn(textLanguage(view.data), text),
    })),
  ].filter((note) => note.text);
}
