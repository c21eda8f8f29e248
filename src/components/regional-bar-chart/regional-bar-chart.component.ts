import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { optionalNumber, unset, type Theme } from '../../internal/attributes.js';
import { boxController, firstViewController } from '../../internal/observers.js';
import { DataController } from '../../internal/data-controller.js';
import { renderError } from '../../internal/error-message.js';
import { clearError, reportError } from '../../internal/errors.js';
import { resolveLocale } from '../../internal/format.js';
import { renderSourceLine } from '../../internal/source-line.js';
import { interactiveStyles } from '../../internal/interactive-styles.js';
import { baseStyles } from '../../internal/styles.js';
import { ActiveBarController } from './active-bar.js';
import { renderDetails, renderLegend, renderPlot } from './plot.js';
import { chartStyles } from './regional-bar-chart.styles.js';
import { renderTable } from './table.js';
import { buildView, type ChartView } from './view.js';

type Ready = Extract<ChartView, { kind: 'ready' }>;

let instances = 0;

/**
 * The reported figure for every region as labelled horizontal bars, with the
 * as-of date, a one-sentence summary, a reconciliation with the national
 * figure, the regions that reported nothing, the full data as a table, and
 * the source line.
 *
 * @summary A sourced figure for every region, as horizontal bars.
 * @tagname cw-regional-bar-chart
 *
 * @fires cw-error - Bad input: an unknown metric or region, a bad attribute, or data that cannot be loaded or fails validation. `detail` is a `CwError`.
 *
 * @csspart base - The root block.
 * @csspart title - The title (`label`, or "Civilians killed by region").
 * @csspart as-of - The date line under the title.
 * @csspart summary - The one-sentence summary.
 * @csspart legend - Which bar is which metric, for `metric="killed,injured"`.
 * @csspart chart - The box around the bars and the details panel.
 * @csspart row - One region's bars and labels (an SVG group).
 * @csspart bar - One bar (an SVG rect).
 * @csspart label - A region name (SVG text).
 * @csspart value - A value at a bar's end, or "not reported" (SVG text).
 * @csspart details - The details panel of the active bar.
 * @csspart not-reported - "Not reported: …", the regions without a figure.
 * @csspart reconciliation - How the regional figures compare with the national one.
 * @csspart toggle - The "Show table" button.
 * @csspart table - The box around the data table.
 * @csspart source - The source line: who reported the figures, their status and where they are cited from.
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
    hideSource: { type: Boolean, attribute: 'hide-source', reflect: true },
    src: {},
    data: { attribute: false },
  };

  private readonly dataController = new DataController(this);
  private readonly firstView = firstViewController(this);
  private readonly bars = new ActiveBarController(this, () =>
    this.view.kind === 'ready' ? this.view.layout.rows.length : 0,
  );
  private readonly box = boxController(this);
  private tableOpen = false;

  /** `killed` or `injured` (any metric id of the dataset), or two ids for paired bars: `killed,injured`. */
  metric = 'killed';
  /** Bar order: `value` (largest first), `name` or `none` (the dataset's order). */
  sort = 'value';
  /** Show the top N regions by value; the rest fold into one "Other regions" bar with their sum. */
  limit?: number;
  /** Comma-separated region ids, names or alternates drawn in the accent colour, bold, with a marker. */
  highlight = '';
  /** A `YYYY-MM-DD` day: each region's latest figure on or before it. */
  asOf?: string;
  /** The title; default "<Metric label> by region". */
  label?: string;
  /** BCP 47 tag for numbers and dates; default: the nearest `lang` attribute, else `en`. */
  locale?: string;
  /** `light`, `dark`, or `auto` (follows prefers-color-scheme). */
  theme: Theme = 'auto';
  /** Hides the visible source line; it stays available to assistive technology. */
  hideSource = false;
  /** URL of a dataset in the conflict-widgets JSON format. */
  src?: string;
  /** A dataset object; wins over `src` and inline JSON. */
  data?: unknown;

  private readonly uid = `cw-rbc-${String(++instances)}`;
  private view: ChartView = { kind: 'loading' };
  private viewKey: readonly unknown[] = [];

  /** Controllers have resolved the data by now; derive the view (memoised) and report problems outside render(). */
  protected override update(changed: PropertyValues<this>): void {
    const input = {
      state: this.dataController.value,
      metric: this.metric,
      // Blank attributes (a CMS field left empty) count as not set.
      sort: unset(this.sort) ?? 'value',
      limit: this.limit,
      highlight: this.highlight,
      asOf: unset(this.asOf),
      theme: unset(this.theme),
      label: unset(this.label),
      locale: resolveLocale(this, unset(this.locale)),
      width: this.box.value?.width ?? 0,
      // The chart's text is 0.875 of the element's, never below 12 px.
      fontSize: Math.max(12, (this.box.value?.fontSize ?? 16) * 0.875),
    };
    const key = Object.values(input);
    if (key.length !== this.viewKey.length || key.some((k, i) => !Object.is(k, this.viewKey[i]))) {
      this.viewKey = key;
      this.view = buildView(input);
      this.report(this.view);
    }
    super.update(changed);
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

  protected override render(): TemplateResult {
    return html`<div class="cw-root" part="base">
      <div class="box" ${this.box.target()}></div>
      ${this.renderBody(this.view)}
    </div>`;
  }

  private renderBody(view: ChartView): TemplateResult {
    if (view.kind === 'loading')
      return html`<p class="loading" aria-busy="true">Loading regional figures…</p>`;
    if (view.kind === 'error') return renderError(view.error.message);
    return this.renderReady(view);
  }

  private renderReady(view: Ready): TemplateResult {
    const id = (name: string) => `${this.uid}-${name}`;
    return html`<figure
      class="figure"
      aria-labelledby=${id('title')}
      aria-describedby=${id('summary')}
    >
      <p id=${id('title')} class="title" part="title">${view.title}</p>
      <p class="as-of" part="as-of">${view.asOf}</p>
      <p id=${id('summary')} class="summary" part="summary">${view.summary}</p>
      ${renderLegend(view.input.metrics, this.uid)} ${this.renderChart(view, id)}
      ${
        view.notReported
          ? html`<p class="not-reported" part="not-reported">${view.notReported}</p>`
          : nothing
      }
      ${
        view.reconciliation
          ? html`<p class="reconciliation" part="reconciliation">${view.reconciliation}</p>`
          : nothing
      }
      <button
        type="button"
        class="toggle"
        part="toggle"
        aria-expanded=${this.tableOpen ? 'true' : 'false'}
        aria-controls=${id('table')}
        @click=${() => (this.tableOpen = !this.tableOpen)}
      >
        ${this.tableOpen ? 'Hide table' : 'Show table'}
      </button>
      ${renderTable({
        ...view.input,
        data: view.data,
        layout: view.layout,
        locale: view.locale,
        id: id('table'),
        caption: `${view.title}. ${view.asOf}.`,
        open: this.tableOpen,
      })}
      ${view.source ? renderSourceLine(view.source, this.hideSource, id('source')) : nothing}
    </figure>`;
  }

  private renderChart(view: Ready, id: (name: string) => string): TemplateResult | typeof nothing {
    const { layout } = view;
    if (!view.measured) return html`<div class="chart" part="chart"></div>`;
    // Nothing to draw: the summary says no region has a figure, the table lists them all.
    if (layout.rows.length === 0) return html`<div class="chart empty" part="chart"></div>`;
    const active = Math.min(this.bars.active, layout.rows.length - 1);
    const { open } = this.bars;
    return html`<div
      class="chart"
      part="chart"
      @keydown=${this.bars.keydown}
      @pointerover=${this.bars.point}
      @pointerleave=${this.bars.leave}
      @focusin=${this.bars.point}
      @focusout=${this.bars.focusOut}
    >
      <p id=${id('hint')} class="visually-hidden">
        Arrow keys move between regions; Escape hides the details.
      </p>
      ${renderPlot({
        layout,
        details: view.details,
        active,
        open,
        grown: this.firstView.value === true,
        uid: this.uid,
        hintId: id('hint'),
        detailsSourceId: id('details-source'),
      })}
      ${renderDetails({
        details: view.details[active],
        row: layout.rows[active],
        layout,
        open,
        id: id('details'),
        sourceId: id('details-source'),
      })}
    </div>`;
  }
}
