import { discrepanciesOf, figure, type FigureResult } from '../../data/query.js';
import { textLanguage, translated } from '../../data/translate.js';
import type { Dataset } from '../../data/types.js';
import { type Shown } from '../../data/csv-write.js';
import { quote } from '../../internal/attributes.js';
import type { DataState } from '../../internal/data-controller.js';
import type { CwError } from '../../internal/errors.js';
import {
  asOfText,
  formatDay,
  formatNumber,
  countedText,
  qualifierWords,
} from '../../internal/format.js';
import { phraseList } from '../../internal/messages.js';
import { filesOf, type Files } from '../../internal/get-actions.js';
import { capitalise, wordsWithin, type Words } from '../../internal/i18n.js';
import { labelsIn } from '../../internal/labels.js';
import { citedIn, scopeOf, type Scope } from '../../internal/source-text.js';
import type { CountUpSettings } from './count-up.js';
import { counterWords } from './messages.js';
import type { OptionsResult } from './options.js';
import {
  defaultReason,
  figureSource,
  noneDatedBy,
  versionSource,
  versionsLine,
  whyShownTitle,
} from './text.js';

/** The other versions of the shown figure, and why the shown one is the default. */
export interface VersionsView {
  /** "The report also gives 65 (date not stated)." */
  line: string;
  /** "Why 91 is shown": the summary of the details below the line. */
  title: string;
  /** The data's reason for the default, or the rule that picked it. */
  reason: string;
  /** The dataset's language, when `reason` is the data's own words. */
  reasonLang?: string;
  /** Each other version with its own source, status and citation (see citedIn()). */
  sources: Words[];
}

/** What the counter shows: everything its templates need, as text (the dataset's words marked). */
export type CounterView =
  | { kind: 'loading' }
  | {
      kind: 'error';
      error: CwError;
      /** The element's own attributes are at fault, not the data. */
      own: boolean;
    }
  | ({
      kind: 'found';
      value: number;
      /** Qualifier words without trailing space ("about"), or ''. */
      qualifier: string;
      /** The final value, formatted for the locale: the width the digits never exceed. */
      final: string;
      /** How wide `final` can be drawn, in ems of the figure's font (figureEms()). */
      finalEms: number;
      /** For formatting the intermediate values of the count-up. */
      locale: string;
      label: string;
      /**
       * "As of 4 Nov 2020" or "Date not stated", followed, when as-of falls
       * before every dated version, by "No figure is dated on or before …".
       */
      date: string;
      /** The sentence assistive technology reads: "91 civilians killed, as of 4 Nov 2020." */
      summary: string;
      /** A sentence of the view's with the metric's label marked where it is not in the reader's language (labelsIn()). */
      quote: (text: string) => Words;
      /** Absent when the figure has no other version, or with hide-versions. */
      versions?: VersionsView;
      /** Notes on figures the data gives apart that do not add up with this one, as the data words them. */
      notes: string[];
      /** "Note:", before each note. */
      noteLabel: string;
      /** The language of the dataset's own text (the notes). */
      textLanguage: string;
      /** The dataset's scope statement (see scopeOf()). */
      scope: Scope;
      /** The source line, its citation's words marked (see citedIn()). */
      source: Words;
      countUp: CountUpSettings;
    } & Files)
  | ({
      kind: 'not-reported';
      statement: string;
      label: string;
      summary: string;
      quote: (text: string) => Words;
      scope: Scope;
      /** Which dataset was checked, its title marked as its words. */
      source: Words;
    } & Files);

/** The attribution for an absent figure: which dataset was checked, its title in the dataset's language. */
function datasetChecked(data: Dataset, locale: string): Words {
  const sources = phraseList(
    data.sources.map((s) => `${s.publisher}${s.published ? `, ${s.published}` : ''}`),
    locale,
  );
  return wordsWithin(textLanguage(data), counterWords(locale).datasetChecked(data.title, sources), [
    data.title,
  ]);
}

/** The shown version's others, worded, with the reason it is the default. */
function versionsView(
  data: Dataset,
  result: Extract<FigureResult, { kind: 'found' | 'undated' }>,
  asOf: string | undefined,
  locale: string,
): VersionsView | undefined {
  const { figure: f, others, contradiction } = result;
  if (others.length === 0) return undefined;
  return {
    line: versionsLine(f, others, locale),
    title: whyShownTitle(f, locale),
    // A contradiction's reason explains its own default; with as-of another version may show.
    ...(contradiction?.shown === f.id
      ? { reason: contradiction.reason, reasonLang: textLanguage(data) }
      : { reason: defaultReason(f, asOf, locale) }),
    sources: others.map((other) => citedIn(data, versionSource(data, other, locale), [other])),
  };
}

/**
 * The most a formatted figure can be wide, in ems of its bold tabular
 * digits: 0.7 em a digit (system-ui on Linux is usually DejaVu Sans, whose
 * bold digits are 0.696 em; Arial's and Roboto's are 0.556 em) and 0.4 em
 * anything else, a group separator (a comma or full stop is 0.38 em, a
 * no-break space 0.348 em). The styles cap the figure's font at its column
 * divided by this, so a long figure fits a phone's column.
 */
export function figureEms(figure: string): number {
  const others = figure.replace(/\p{Nd}/gu, '').length;
  return Math.round((0.7 * (figure.length - others) + 0.4 * others) * 100) / 100;
}

/**
 * Turns the checked attributes, the data and the resolved locale into what
 * the counter shows. Pure: no DOM, no events; the element reports the errors.
 */
export function counterView(read: OptionsResult, state: DataState, locale: string): CounterView {
  if (!read.ok) return { kind: 'error', error: read.error, own: true };
  if (state.status === 'loading') return { kind: 'loading' };
  if (state.status === 'error') return { kind: 'error', error: state.error, own: false };
  // Labels in the reader's language where the dataset gives them.
  const data = translated(state.data, locale);
  const words = counterWords(locale);
  const { metric, region, asOf, label: custom, hideVersions, start, duration } = read.options;
  const files = (title: string, shown: Shown) =>
    filesOf(data, title, read.options.download ? shown : undefined, locale);
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
  // Says where: the region's name, else the area the whole dataset covers.
  const area = data.scope?.area;
  const nationalLabel = area ? words.labelIn(metricLabel, area) : metricLabel;
  const marked = (text: string) => labelsIn(data, locale, text, [{ metric, text: metricLabel }]);

  if (result.kind === 'not-reported') {
    const region = result.region?.name ?? '';
    const day = asOf ? formatDay(asOf, locale) : '';
    const label = custom ?? (result.region ? metricLabel : nationalLabel);
    return {
      kind: 'not-reported',
      statement: words.notReported(region, day),
      label,
      summary: words.notReportedSummary(capitalise(label, locale), region, day),
      quote: marked,
      scope: scopeOf(data, locale, state.warning),
      source: datasetChecked(data, locale),
      ...files(label, { figures: [], notReported: [{ metric, region: result.region?.id }] }),
    };
  }

  const f = result.figure;
  const final = formatNumber(f.value, locale);
  const label =
    custom ?? (result.region ? words.labelIn(metricLabel, result.region.name) : nationalLabel);
  const when = asOfText(f.asOf, locale);
  // Undated is not absent: the figure shows, and the reader learns why no dated one does.
  const noneDated = result.kind === 'undated' ? noneDatedBy(result.asOf, locale) : undefined;
  const versions = hideVersions ? undefined : versionsView(data, result, asOf, locale);
  return {
    kind: 'found',
    value: f.value,
    qualifier: qualifierWords(f.qualifier, locale).trim(),
    final,
    finalEms: figureEms(final),
    locale,
    label,
    date: noneDated ? `${capitalise(when, locale)}. ${noneDated}` : capitalise(when, locale),
    summary: [words.summary(capitalise(countedText(f, label, locale), locale), when), noneDated]
      .filter(Boolean)
      .join(' '),
    quote: marked,
    ...(versions ? { versions } : {}),
    notes: discrepanciesOf(data, [f.id]).map((d) => d.note),
    noteLabel: words.noteLabel,
    textLanguage: textLanguage(data),
    scope: scopeOf(data, locale, state.warning),
    source: citedIn(data, figureSource(data, f, locale), [f]),
    ...files(label, { figures: [f, ...(versions ? result.others : [])] }),
    countUp: { start, duration },
  };
}
