import { LitElement, html, nothing, type TemplateResult } from 'lit';
import type { Dataset } from '../../data/types.js';
import { flag, optionalNumber, unset, type Theme } from '../../internal/attributes.js';
import { boxController, firstViewController, guessBox } from '../../internal/observers.js';
import { DataController } from '../../internal/data-controller.js';
import { renderError } from '../../internal/error-message.js';
import { clearError, reportError, reportReady } from '../../internal/errors.js';
import { catalogueLoading, readyLocale } from '../../internal/i18n.js';
import { keysController, readyToHydrate, serverDrawing } from '../../internal/hydration.js';
import { onServer } from '../../internal/on-server.js';
import { Announcer, renderAnnouncement } from '../../internal/announce.js';
import { common } from '../../internal/messages.js';
import { rootTemplate } from '../../internal/root.js';
import { renderSourceBlock } from '../../internal/source-block.js';
import { exportImage, GetActionsController } from '../../internal/get-actions.js';
import { keepFocus } from '../../internal/keep-focus.js';
import { interactiveStyles } from '../../internal/interactive-styles.js';
import { settleInPage } from '../../internal/connect.js';
import { baseStyles } from '../../internal/styles.js';
import { ActiveBarController } from './active-bar.js';
import { layoutChart, type ChartLayout, type SortOrder } from './layout.js';
import { Memo } from './memo.js';
import { readOptions, type MetricChoice } from './options.js';
import { renderChart, renderLegend } from './plot.js';
import { chartStyles } from './regional-bar-chart.styles.js';
import { renderTable } from './table.js';
import { chartWords } from './messages.js';
import { rowDetails, type Details } from './text.js';
import { chartNotes, chartView, type ChartView } from './view.js';
import { chartFallback } from './fallback.js';

type Ready = Extract<ChartView, { kind: 'ready' }>;

let instances = 0;

/**
 * The reported figure for every region as labelled horizontal bars, with the
 * as-of date, a one-sentence summary saying whose figures they are, the
 * regions that reported nothing and (with as-of) those given without a date,
 * a reconciliation with the national figure, the dataset's notes on figures
 * that do not add up, the full data with every version as a table, and the
 * scope and source lines.
 *
 * @summary A sourced figure for every region, as horizontal bars.
 * @tagname cw-regional-bar-chart
 *
 * @fires cw-error - Bad input: an unknown metric or region, a bad attribute, or data that cannot be loaded or fails validation. `detail` is a `CwError`.
 * @fires cw-ready - The bars are drawn: once the data has loaded, and again after each redraw with new data, attributes or width. `detail.element` is the chart. Not fired on errors.
 *
 * @csspart base - The root block.
 * @csspart title - The title (`label`, or "Civilians killed in Azerbaijan, by region": where, from the dataset's scope).
 * @csspart as-of - The date line under the title.
 * @csspart summary - The one-sentence summary.
 * @csspart legend - Which bar is which metric, for `metric="killed,injured"`.
 * @csspart chart - The box around the bars and the details panel.
 * @csspart row - One region's bars and labels (an SVG group).
 * @csspart bar - One bar (an SVG rect).
 * @csspart label - A region name (SVG text).
 * @csspart value - A value at a bar's end, or "not reported" (SVG text).
 * @csspart details - The details panel of the active bar: its figures, their source and the report's heading, other versions, why the default, notes.
 * @csspart not-reported - "Not reported: …", the regions without a figure.
 * @csspart undated - With `as-of`: the figures given without a date, which no bar can place on that day.
 * @csspart discrepancies - The dataset's notes on shown figures that do not add up (a district total beside its strikes).
 * @csspart reconciliation - How the regional figures compare with the national one.
 * @csspart toggle - The "Show table" button.
 * @csspart table - The box around the data table.
 * @csspart source-block - The scope box and the source line together (hidden visually by `hide-source`).
 * @csspart scope - The scope box: whose figures these are, what they leave out, whether anyone checked them.
 * @csspart source - The source line: who reported the figures, their status and where they are cited from.
 * @csspart get - The line under the source block with the `download` link and the `image-export` buttons.
 * @csspart download - The "Get the data (CSV)" link (with `download`).
 * @csspart save - Each "Save image" button: SVG, PNG, PNG at 2× (with `image-export`).
 * @csspart error - The message shown instead of the chart on bad input.
 *
 * @cssprop --cw-font-family - Font stack (default: the system UI font).
 * @cssprop --cw-font-size - Base font size (default: the reader's default, `medium`); chart text is 0.875 of it, never below 12px.
 * @cssprop --cw-padding - Padding around the block (default: 1em).
 * @cssprop --cw-radius - Corner radius of the block (default: 4px).
 * @cssprop --cw-color-text - Title, labels, values and table text.
 * @cssprop --cw-color-muted - Date line, "not reported" and the source line.
 * @cssprop --cw-color-background - Background of the block and the details panel.
 * @cssprop --cw-color-mark - Bars, the hatching of the second metric and the details panel's rule.
 * @cssprop --cw-color-accent - Highlighted bars and the error message's rule.
 * @cssprop --cw-color-border - Table rules and the details panel border.
 * @cssprop --cw-color-focus - The focus ring.
 * @cssprop --cw-color-surface - Behind the active bar and the hovered button.
 * @cssprop --cw-reserve-height - Height held while loading (and, with the page's :not(:defined) rule, before the definition); default: the measured height for the bundled data's default view.
 */
export class CwRegionalBarChart extends LitElement {
  static override styles = [baseStyles, interactiveStyles, chartStyles];

  /** Reactive properties: attribute names, reflection and converters (documented on each field). State entries say `attribute: false` for the manifest analyzer, which would list them as attributes. */
  static override properties = {
    tableOpen: { state: true, attribute: false },
    metric: { reflect: true },
    sort: { reflect: true },
    limit: { converter: optionalNumber },
    highlight: {},
    asOf: { attribute: 'as-of' },
    label: {},
    locale: {},
    theme: { reflect: true },
    hideSource: { type: Boolean, converter: flag, attribute: 'hide-source', reflect: true },
    src: {},
    awaitData: { type: Boolean, converter: flag, attribute: 'await-data' },
    data: { attribute: false },
    download: { type: Boolean, converter: flag },
    imageExport: { type: Boolean, converter: flag, attribute: 'image-export' },
  };

  private readonly dataController = new DataController(this);
  private readonly firstView = firstViewController(this);
  private readonly keys = keysController(this);
  private readonly bars = new ActiveBarController(this, () => this.layout?.rows.length ?? 0);
  private readonly box = boxController(this);
  private readonly getActions = new GetActionsController(this);
  /** Open in a server render, which a reader without script cannot open (and so in its hydration). */
  private tableOpen = onServer;
  private readonly uid = `cw-rbc-${String(++instances)}`;
  private readonly views = new Memo<ChartView>();
  private readonly layouts = new Memo<ChartLayout | undefined>();
  private readonly details = new Memo<Details | undefined>();
  private view: ChartView = { kind: 'loading' };
  private readonly announcer = new Announcer();
  /** What the live region says: the title and summary, once they have changed. */
  private announcement = '';
  /** The locale the element writes in: English until the requested locale's words arrive. */
  private shownLocale = 'en';
  /** Undefined until the element knows its own width: the order is right, the geometry is not. */
  private layout: ChartLayout | undefined;
  /** What the details panel says about the active row. */
  private activeDetails: Details | undefined;

  /** `killed` or `injured` (any metric id of the dataset), or two ids for paired bars: `killed,injured`. */
  metric: MetricChoice = 'killed';
  /** Bar order: `value` (largest first), `name` or `none` (the dataset's order). */
  sort: SortOrder = 'value';
  /** Draw the top N regions by value; the rest fold into one "Other regions" bar with their sum. Without it, more than 30 regions fold to the top 20. */
  limit?: number;
  /** Comma-separated region ids, names or alternates drawn in the accent colour, bold, with a marker. */
  highlight = '';
  /** A `YYYY-MM-DD` day: each region's latest figure on or before it. */
  asOf?: string;
  /** The title; default "<Metric label> in <scope.area>, by region", or "<Metric label> by region" for a dataset without one. */
  label?: string;
  /** BCP 47 tag for words, numbers and dates (fr and ru ship; see registerCatalogue); default: the nearest `lang` attribute, else `en`. */
  locale?: string;
  /** `light`, `dark`, or `auto` (follows the page's `color-scheme`, not the reader's OS). */
  theme: Theme = 'auto';
  /** Hides the visible source line; it stays available to assistive technology. */
  hideSource = false;
  /** URL of a dataset: the conflict-widgets JSON format, or a spreadsheet published as CSV. */
  src?: string;
  /** Own data is coming (`.data` or inline JSON): show "loading" until it does, never the bundled dataset. */
  awaitData = false;
  /** A `Dataset` (conflict-widgets/data.js); wins over `src` and inline JSON. Checked when set: bad data shows an error and fires `cw-error`. */
  data?: Dataset;
  /** Adds a "Get the data (CSV)" link: every version of the figures listed, regions not reported as empty values, in the spreadsheet layout `src` reads. */
  download = false;
  /** Adds "Save image" buttons (SVG, PNG, PNG at 2×); `toSVG()` and `toPNG()` work without it. */
  imageExport = false;

  constructor() {
    super();
    // A focused bar that new data takes away hands the focus to the chart's tab stop.
    keepFocus(this, () => this.renderRoot.querySelector<SVGGElement>('.row[tabindex="0"]'));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    settleInPage(this);
    if (serverDrawing(this)) this.tableOpen = true;
  }

  /** A server-rendered element hydrates once it can draw what the server drew (see hydration.ts). */
  protected override shouldUpdate(): boolean {
    return readyToHydrate(this, this.dataController, unset(this.locale));
  }

  /**
   * Derives what changed (the view on new data, attributes or locale; the
   * geometry on a new width; the details on a new active row) and reports
   * problems, all outside render(), and on the server too, which calls
   * willUpdate() and render() only.
   */
  protected override willUpdate(): void {
    this.dataController.prefetch();
    const state = this.dataController.value;
    // Until the locale's words arrive the chart stays in its loading state.
    const locale = readyLocale(this, unset(this.locale));
    this.shownLocale = locale ?? 'en';
    const attrs = [
      ...[this.metric, this.sort, this.limit, this.highlight, this.asOf, this.label],
      this.download,
    ];
    const view = this.views.get([state, locale, this.theme, ...attrs], () =>
      locale ? chartView(state, readOptions(this), locale) : { kind: 'loading' },
    );
    if (view !== this.view) this.report(view);
    this.view = view;
    const ready = view.kind === 'ready' ? view : undefined;
    this.announcement = this.announcer.next(
      ready && common(ready.locale).changed(ready.title, ready.summary),
    );
    const { width = 0, fontSize = 16 } = this.box.value ?? (ready ? guessBox(this) : {});
    // The chart's text is 0.875 of the element's, never below 12 px.
    const size = Math.max(12, fontSize * 0.875);
    this.layout = this.layouts.get([view, width, size], () =>
      ready && width > 0
        ? layoutChart(ready.arrangement, { width, fontSize: size, locale: ready.locale })
        : undefined,
    );
    // Only the active row's details, and only once there are bars: a source
    // sentence for each of thousands of regions would be work nobody reads.
    const row = this.layout && ready?.arrangement.rows[this.active()];
    this.activeDetails = this.details.get([view, row], () =>
      ready && row ? rowDetails(row, ready.input.metrics, ready.data, ready.locale) : undefined,
    );
  }

  /** Waits for the data as well (see DataController.updateComplete). */
  protected override getUpdateComplete(): Promise<boolean> {
    return this.dataController.updateComplete(async () => {
      await catalogueLoading(this, unset(this.locale));
      return super.getUpdateComplete();
    });
  }

  protected override updated(): void {
    if (this.view.kind === 'ready' && this.layout) reportReady(this, this.layout);
  }

  /** The chart as drawn now, with its title, notes, scope and source, as an SVG file. */
  toSVG(): Promise<Blob> {
    return exportImage(this, 'svg');
  }

  /** The same as a PNG, at `scale` × its size on the page (2 for print and high-density screens). */
  toPNG({ scale = 1 }: { scale?: number } = {}): Promise<Blob> {
    return exportImage(this, 'png', scale);
  }

  /** The active row, within the rows drawn now. */
  private active(): number {
    return Math.max(0, Math.min(this.bars.active, (this.layout?.rows.length ?? 1) - 1));
  }

  /**
   * One warning and event per distinct problem with the element's own inputs:
   * reportError() stays quiet while it is unchanged, and the data controller
   * reports data errors itself.
   */
  private report(view: ChartView): void {
    if (view.kind === 'loading') return;
    if (view.kind === 'error' && view.own) reportError(this, view.error);
    else clearError(this);
  }

  /**
   * The figures as plain HTML, for pages without JavaScript: what
   * `conflict-widgets render` and the embed builder write inside the element
   * (Lit's server renderer asks for it where a template has `renderLight()`).
   */
  renderLight(): TemplateResult | typeof nothing {
    return chartFallback(this.view);
  }

  protected override render(): TemplateResult {
    const locale = this.shownLocale;
    const loading = { loading: this.view.kind === 'loading', bundled: this.dataController.bundled };
    return rootTemplate(
      this,
      locale,
      loading,
      html`<div class="box"></div>
        ${renderAnnouncement(this.announcement)} ${this.renderBody(this.view, locale)}`,
    );
  }

  private renderBody(view: ChartView, locale: string): TemplateResult {
    if (view.kind === 'loading')
      return html`<p class="loading" aria-busy="true">${chartWords(locale).loading}</p>`;
    if (view.kind === 'error') return renderError(view.error, locale);
    return this.renderReady(view);
  }

  private renderReady(view: Ready): TemplateResult {
    const id = (name: string) => `${this.uid}-${name}`;
    return html`<figure
      class="figure"
      aria-labelledby=${id('title')}
      aria-describedby=${id('summary')}
    >
      <p id=${id('title')} class="title" part="title">${view.quote(view.title)}</p>
      <p class="as-of" part="as-of">${view.asOf}</p>
      <p id=${id('summary')} class="summary" part="summary">${view.quote(view.summary)}</p>
      ${renderLegend(view.input.metrics, this.uid, view.locale, view.quote)}
      ${renderChart({
        layout: this.layout,
        labels: view.rowLabels,
        name: view.plotLabel,
        details: this.activeDetails,
        active: this.active(),
        open: this.bars.open,
        keys: this.keys.value,
        grown: this.firstView.value === true,
        uid: this.uid,
        words: view.table.words,
        bars: this.bars,
      })}
      ${chartNotes(view).map(({ name, words }) => html`<p class=${name} part=${name}>${words}</p>`)}
      ${renderTable(view.table, {
        id: id('table'),
        open: this.tableOpen,
        toggle: () => (this.tableOpen = !this.tableOpen),
        reveal: () => (this.tableOpen = true),
      })}
      ${renderSourceBlock(view.scope, view.source, this.hideSource, id('source'))}
      ${this.getActions.render(view.locale, view, this.imageExport)}
    </figure>`;
  }
}
