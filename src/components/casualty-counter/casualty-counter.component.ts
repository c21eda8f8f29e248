import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { Dataset, MetricId } from '../../data/types.js';
import { flag, optionalNumber, unset, type Theme } from '../../internal/attributes.js';
import { DataController, type DataState } from '../../internal/data-controller.js';
import { renderError } from '../../internal/error-message.js';
import { clearError, reportError, reportReady } from '../../internal/errors.js';
import { cssomStyle } from '../../internal/cssom-style.js';
import { formatNumber } from '../../internal/format.js';
import { catalogueLoading, readyLocale } from '../../internal/i18n.js';
import { readyToHydrate } from '../../internal/hydration.js';
import { Announcer, renderAnnouncement } from '../../internal/announce.js';
import { rootTemplate } from '../../internal/root.js';
import { renderSourceBlock } from '../../internal/source-block.js';
import { exportImage, GetActionsController } from '../../internal/get-actions.js';
import { settleInPage } from '../../internal/connect.js';
import { baseStyles } from '../../internal/styles.js';
import { counterStyles } from './casualty-counter.styles.js';
import { CountUpController, countUpValue, type StartMode } from './count-up.js';
import { readOptions } from './options.js';
import { counterWords } from './messages.js';
import { counterView, type CounterView, type VersionsView } from './view.js';
import { counterFallback } from './fallback.js';
import { renderNotes, renderReasonAndSources } from './context.js';

const DATA_INPUTS = new Set<PropertyKey>(['data', 'src', 'awaitData']);

type Shown = Extract<CounterView, { kind: 'found' | 'not-reported' }>;
type Found = Extract<CounterView, { kind: 'found' }>;

/**
 * One civilian-harm figure from a sourced dataset, with its label, date,
 * source and status, counted up once when it first scrolls into view.
 *
 * Screen readers get one sentence with the final value ("91 civilians killed,
 * as of 4 Nov 2020.") followed by the source line; the moving digits are
 * hidden from them.
 *
 * @tagname cw-casualty-counter
 * @summary One sourced figure, counted up when it scrolls into view.
 *
 * @fires cw-error - Bad input: unknown metric or region, a bad attribute, or data that cannot be loaded or fails validation. `detail` is a `CwError`.
 * @fires cw-ready - The figure (or "not reported") is drawn and not mid-count: once the data has loaded, and again after a change of data or attributes. `detail.element` is the counter. Not fired on errors.
 *
 * @csspart base - The root block.
 * @csspart figure - The number, with its qualifier words ("about").
 * @csspart statement - "Not reported for …", shown instead of a number the data lacks.
 * @csspart label - What the number counts ("civilians killed in Barda").
 * @csspart date - "As of 4 Nov 2020".
 * @csspart versions - The figure's other versions ("The report also gives 65 (date not stated).") and, folded, why this one is shown and where each is from.
 * @csspart note - A note the data gives on figures that do not add up with this one.
 * @csspart source-block - The scope box and the source line together (hidden visually by `hide-source`).
 * @csspart scope - The scope box: whose figures these are, what they leave out, whether anyone checked them.
 * @csspart source - The source line: who reported it, its status and where it is cited from.
 * @csspart get - The line under the source block with the `download` link and the `image-export` buttons.
 * @csspart download - The "Get the data (CSV)" link (with `download`).
 * @csspart save - Each "Save image" button: SVG, PNG, PNG at 2× (with `image-export`).
 * @csspart error - The message shown instead of the figure on bad input.
 *
 * @cssprop --cw-font-family - Font stack (default: the system UI font).
 * @cssprop --cw-font-size - Base font size (default: the reader's default, `medium`).
 * @cssprop --cw-figure-size - Size of the number (default: 2.5em to 3.5em with the viewport).
 * @cssprop --cw-padding - Padding around the block (default: 1em).
 * @cssprop --cw-radius - Corner radius of the block (default: 4px).
 * @cssprop --cw-color-text - Label, qualifier words and "Not reported …".
 * @cssprop --cw-color-muted - Date and source line.
 * @cssprop --cw-color-background - Background of the block.
 * @cssprop --cw-color-figure - The number.
 * @cssprop --cw-color-accent - The rule on the inline-start side and the error marker.
 * @cssprop --cw-color-border - The error message border.
 * @cssprop --cw-color-focus - The focus ring of the versions' "why" and the links and buttons under the source.
 * @cssprop --cw-reserve-height - Height held while loading (and, with the page's :not(:defined) rule, before the definition); default: the measured height for the bundled data's default view.
 */
export class CwCasualtyCounter extends LitElement {
  static override styles = [baseStyles, counterStyles];

  /** Reactive properties: attribute names, reflection and converters (documented on each field). */
  static override properties = {
    metric: { reflect: true },
    region: {},
    asOf: { attribute: 'as-of' },
    label: {},
    locale: {},
    duration: { converter: optionalNumber },
    start: {},
    src: {},
    awaitData: { type: Boolean, converter: flag, attribute: 'await-data' },
    data: { attribute: false },
    hideSource: { type: Boolean, converter: flag, attribute: 'hide-source', reflect: true },
    hideVersions: { type: Boolean, converter: flag, attribute: 'hide-versions', reflect: true },
    theme: { reflect: true },
    download: { type: Boolean, converter: flag },
    imageExport: { type: Boolean, converter: flag, attribute: 'image-export' },
  };

  private readonly dataController = new DataController(this);
  private readonly countUp = new CountUpController(this);
  private readonly getActions = new GetActionsController(this);

  /** What to count: killed, injured, houses-damaged, buildings-damaged or facilities-damaged. */
  metric: MetricId = 'killed';
  /** A region id, name or alternate spelling, any case; absent for the national figure. */
  region?: string;
  /** A `YYYY-MM-DD` day: shows the latest figure on or before it. */
  asOf?: string;
  /** Replaces the default label (the dataset's metric label, plus "in <region>"). */
  label?: string;
  /** BCP 47 tag for words, numbers and dates (fr and ru ship; see registerCatalogue); default: the nearest `lang` attribute, else `en`. */
  locale?: string;
  /** Length of the count-up in milliseconds; default 1200. */
  duration?: number;
  /** When to count up: `visible` (first scrolled into view), `immediate` or `none`. */
  start: StartMode = 'visible';
  /** URL of a dataset: the conflict-widgets JSON format, or a spreadsheet published as CSV. */
  src?: string;
  /** Own data is coming (`.data` or inline JSON): show "loading" until it does, never the bundled dataset. */
  awaitData = false;
  /** A `Dataset` (conflict-widgets/data.js); wins over `src` and inline JSON. Checked when set: bad data shows an error and fires `cw-error`. */
  data?: Dataset;
  /** Hides the visible source line; it stays available to assistive technology. */
  hideSource = false;
  /** Leaves out the line giving the figure's other versions (shown by default). */
  hideVersions = false;
  /** `light`, `dark`, or `auto` (follows the page's `color-scheme`, not the reader's OS). */
  theme: Theme = 'auto';
  /** Adds a "Get the data (CSV)" link: the figure and the versions shown, in the spreadsheet layout `src` reads. */
  download = false;
  /** Adds "Save image" buttons (SVG, PNG, PNG at 2×); `toSVG()` and `toPNG()` work without it. */
  imageExport = false;

  private view: CounterView = { kind: 'loading' };
  private readonly announcer = new Announcer();
  /** What the live region says: the summary, once it has changed. */
  private announcement = '';
  /** The data state and locale the view was derived from. */
  private viewState?: DataState;
  private viewLocale?: string;

  override connectedCallback(): void {
    super.connectedCallback();
    settleInPage(this);
  }

  /** A server-rendered element hydrates once it can draw what the server drew (see hydration.ts). */
  protected override shouldUpdate(): boolean {
    return readyToHydrate(this, this.dataController, unset(this.locale));
  }

  /**
   * Derives the view and reports problems outside render() (on the server
   * too). Count-up frames change no input, so the view stays the same
   * object and is not derived again; nor does new `.data` before it has
   * loaded, so the page hears `cw-ready` once for it.
   */
  protected override willUpdate(changed: PropertyValues<this>): void {
    this.dataController.prefetch();
    const state = this.dataController.value;
    // Until the locale's words arrive the counter stays in its loading state.
    const locale = readyLocale(this, unset(this.locale));
    // The data inputs reach the view through the data state, once it has loaded.
    const attributes = [...changed.keys()].some((key) => !DATA_INPUTS.has(key));
    if (attributes || state !== this.viewState || locale !== this.viewLocale) {
      this.viewState = state;
      this.viewLocale = locale;
      this.view = locale ? counterView(readOptions(this), state, locale) : { kind: 'loading' };
      this.report(this.view);
      this.announcement = this.announcer.next(
        'summary' in this.view ? this.view.summary : undefined,
      );
    }
    if (this.view.kind === 'found') this.countUp.sync(this.view.countUp);
  }

  /** Waits for the locale's words and the data as well (see DataController.updateComplete). */
  protected override getUpdateComplete(): Promise<boolean> {
    return this.dataController.updateComplete(async () => {
      await catalogueLoading(this, unset(this.locale));
      return super.getUpdateComplete();
    });
  }

  /** Mid-count digits are not the figure: a count-up announces when it ends. */
  protected override updated(): void {
    const shown = this.view.kind === 'found' || this.view.kind === 'not-reported';
    if (shown && this.countUp.phase !== 'running') reportReady(this, this.view);
  }

  /** The counter as drawn now, with its label, date, scope and source, as an SVG file. */
  toSVG(): Promise<Blob> {
    return exportImage(this, 'svg');
  }

  /** The same as a PNG, at `scale` × its size on the page (2 for print and high-density screens). */
  toPNG({ scale = 1 }: { scale?: number } = {}): Promise<Blob> {
    return exportImage(this, 'png', scale);
  }

  /**
   * One warning and event per distinct problem with the element's own inputs:
   * reportError() stays quiet while it is unchanged, and the data controller
   * reports data errors itself.
   */
  private report(view: CounterView): void {
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
    return counterFallback(this.view, this.viewLocale ?? 'en');
  }

  protected override render(): TemplateResult {
    const locale = this.viewLocale ?? 'en';
    const loading = { loading: this.view.kind === 'loading', bundled: this.dataController.bundled };
    return rootTemplate(
      this,
      locale,
      loading,
      html`${renderAnnouncement(this.announcement)}${this.renderBody(this.view, locale)}`,
    );
  }

  private renderBody(view: CounterView, locale: string): TemplateResult {
    if (view.kind === 'loading') return this.renderLoading(locale);
    if (view.kind === 'error') return renderError(view.error, locale);
    return this.renderShown(view, locale);
  }

  /** A blank line the height of a figure; the root reserves the rest (see reserveHeight()). */
  private renderLoading(locale: string): TemplateResult {
    return html`<div class="counter" aria-busy="true">
      <p class="figure"><span class="number">&nbsp;</span></p>
      <p class="label loading">${counterWords(locale).loading}</p>
    </div>`;
  }

  /** The summary is the figure for screen readers; changes are announced by the live region (see Announcer). */
  private renderShown(view: Shown, locale: string): TemplateResult {
    return html`<div class="counter">
      <p class="visually-hidden summary">${view.quote(view.summary)}</p>
      <div class="visual" aria-hidden="true">
        ${
          view.kind === 'found'
            ? this.renderFigure(view)
            : html`<p part="statement" class="statement">${view.statement}</p>`
        }
        <p part="label" class="label">${view.label}</p>
        ${view.kind === 'found' ? html`<p part="date" class="date">${view.date}</p>` : nothing}
      </div>
      ${view.kind === 'found' ? this.renderContext(view) : nothing}
      ${renderSourceBlock(view.scope, view.source, this.hideSource)}
      ${this.getActions.render(locale, view, this.imageExport)}
    </div>`;
  }

  /**
   * The figure's other versions and notes, outside both the live region and
   * the aria-hidden copy: read in place, never announced on their own.
   */
  private renderContext(view: Found): TemplateResult {
    return html`${view.versions ? this.renderVersions(view.versions) : nothing} ${renderNotes(view)}`;
  }

  /** The reason and the sources fold away, to keep the block short on a phone. */
  private renderVersions(versions: VersionsView): TemplateResult {
    return html`<div part="versions" class="versions">
      <p>${versions.line}</p>
      <details>
        <summary>${versions.title}</summary>
        ${renderReasonAndSources(versions)}
      </details>
    </div>`;
  }

  /**
   * The moving digits sit on top of an invisible copy of the final value in
   * one grid cell, so the box has its final size before, during and after the
   * count-up; a count-up frame changes only the digits' text. Until the
   * count-up starts the digits are the final figure, never a false 0: a
   * screenshot, a print or a reader-mode copy of a page the reader has not
   * scrolled through publishes the real number.
   */
  private renderFigure(view: Found): TemplateResult {
    const progress = this.countUp.phase === 'waiting' ? 1 : this.countUp.progress;
    const digits = formatNumber(countUpValue(view.value, progress), view.locale);
    // The figure's width in ems sets the most its font may take: it fits its column (see the styles).
    return html`<p
      part="figure"
      class="figure"
      ${cssomStyle({ '--_figure-ems': String(view.finalEms) })}
    >
      ${view.qualifier ? html`<span class="qualifier">${view.qualifier}</span>` : nothing}
      <span class="number"
        ><span class="ghost">${view.final}</span><span class="digits">${digits}</span></span
      >
    </p>`;
  }
}
