import { LitElement, html, nothing, type TemplateResult } from 'lit';
import type { Dataset } from '../../data/types.js';
import { flag, unset, type Theme } from '../../internal/attributes.js';
import { DataController } from '../../internal/data-controller.js';
import { renderError } from '../../internal/error-message.js';
import { clearError, reportError, reportReady } from '../../internal/errors.js';
import { catalogueLoading, readyLocale } from '../../internal/i18n.js';
import { keysController, readyToHydrate } from '../../internal/hydration.js';
import { keepFocus } from '../../internal/keep-focus.js';
import { interactiveStyles } from '../../internal/interactive-styles.js';
import { boxController, guessBox } from '../../internal/observers.js';
import { Announcer, renderAnnouncement } from '../../internal/announce.js';
import { common } from '../../internal/messages.js';
import { rootTemplate } from '../../internal/root.js';
import { renderSourceBlock } from '../../internal/source-block.js';
import { exportImage, GetActionsController } from '../../internal/get-actions.js';
import { settleInPage } from '../../internal/connect.js';
import { baseStyles } from '../../internal/styles.js';
import { timelineStyles } from './ceasefire-timeline.styles.js';
import { eventLabelsIn } from './text.js';
import { renderCard } from './render/card.js';
import { cardStyles } from './render/card.styles.js';
import { renderChart } from './render/chart.js';
import { renderLegend, renderNotes, renderRows, renderScreenReaderList } from './render/list.js';
import { listStyles } from './render/list.styles.js';
import { Selector } from './selection.js';
import { timelineWords } from './messages.js';
import { viewBuilder, type Ready, type TimelineView } from './view.js';
import { timelineFallback } from './fallback.js';

/**
 * Ceasefires, reported violations and attacks on one time axis; below about
 * 560 px of its own width, a list with dates down the side.
 *
 * @tagname cw-ceasefire-timeline
 * @summary Ceasefires marked at their agreed or announced dates, reported violations linked to them, reported attacks sized by reported deaths.
 * @fires cw-select - An event was chosen by pointer or keyboard; `detail.id` is its id.
 * @fires cw-error - Data or an attribute could not be used; `detail` is a CwError.
 * @fires cw-ready - The events are drawn: once the data has loaded, and again after each redraw with new data, attributes or width. `detail.element` is the timeline. Not fired on errors.
 * @csspart base - The element's box.
 * @csspart title - The title.
 * @csspart summary - The summary sentence.
 * @csspart timeline - The focusable timeline (the one tab stop).
 * @csspart chart - The SVG of the wide layout.
 * @csspart list - The list of the narrow layout.
 * @csspart card - The detail card.
 * @csspart close - The card's close button.
 * @csspart legend - The key to the shapes.
 * @csspart notes - What is not drawn (undated events and snapshots), the totals in words.
 * @csspart source-block - The scope box and the source line together (hidden visually by `hide-source`).
 * @csspart scope - The scope box: whose figures these are, what they leave out, whether anyone checked them.
 * @csspart source - The source line.
 * @csspart get - The line under the source block with the `download` link and the `image-export` buttons.
 * @csspart download - The "Get the data (CSV)" link (with `download`).
 * @csspart save - Each "Save image" button: SVG, PNG, PNG at 2× (with `image-export`).
 * @csspart error - An error message.
 * @cssprop --cw-timeline-attack-color - Attack markers (default: --cw-color-figure).
 * @cssprop --cw-timeline-violation-color - Violation markers and links (default: --cw-color-text).
 * @cssprop --cw-timeline-band-color - Ceasefire lines and flags (default: --cw-color-mark).
 * @cssprop --cw-color-text - Text and the totals line.
 * @cssprop --cw-color-muted - Summary, axis, notes and source line.
 * @cssprop --cw-color-background - The block.
 * @cssprop --cw-color-figure - Default for --cw-timeline-attack-color.
 * @cssprop --cw-color-mark - Default for --cw-timeline-band-color.
 * @cssprop --cw-color-border - Card border and grid lines.
 * @cssprop --cw-color-focus - Focus outline, selection ring and the card's rule.
 * @cssprop --cw-color-surface - The card, group badges and the selected row.
 * @cssprop --cw-color-accent - The error message's rule.
 * @cssprop --cw-font-family - All text.
 * @cssprop --cw-font-size - Base size; everything scales from it.
 * @cssprop --cw-padding - Padding around the block.
 * @cssprop --cw-radius - Corner radius.
 * @cssprop --cw-reserve-height - Height held while loading (and, with the page's :not(:defined) rule, before the definition); default: the measured height for the bundled data's default view.
 */
export class CwCeasefireTimeline extends LitElement {
  static override styles = [baseStyles, interactiveStyles, timelineStyles, listStyles, cardStyles];

  /** Reactive properties: attribute names, reflection and converters (documented on each field). */
  static override properties = {
    data: { attribute: false },
    src: {},
    awaitData: { type: Boolean, converter: flag, attribute: 'await-data' },
    from: {},
    to: {},
    kinds: {},
    selected: { reflect: true },
    showTotals: { type: Boolean, converter: flag, attribute: 'show-totals', reflect: true },
    label: {},
    locale: {},
    theme: { reflect: true },
    hideSource: { type: Boolean, converter: flag, attribute: 'hide-source', reflect: true },
    download: { type: Boolean, converter: flag },
    imageExport: { type: Boolean, converter: flag, attribute: 'image-export' },
  };

  private readonly dataController = new DataController(this);
  private readonly box = boxController(this);
  private readonly selection = new Selector(this);
  private readonly keys = keysController(this);
  private readonly getActions = new GetActionsController(this);

  private readonly build = viewBuilder();
  /** What render() shows: derived in update() from the data, attributes and width. */
  private view: TimelineView = { status: 'loading', title: timelineWords('en').defaultTitle };
  private readonly announcer = new Announcer();
  /** What the live region says: a change of data, or the keyboard's active event. */
  private announcement = '';
  /** The locale the element writes in: English until the requested locale's words arrive. */
  private shownLocale = 'en';

  /** A `Dataset` (conflict-widgets/data.js); wins over `src` and inline JSON. Checked when set: bad data shows an error and fires `cw-error`. */
  data?: Dataset;
  /** URL of a dataset: the conflict-widgets JSON format, or a spreadsheet published as CSV. */
  src?: string;
  /** Own data is coming (`.data` or inline JSON): show "loading" until it does, never the bundled dataset. */
  awaitData = false;
  /** First day shown, YYYY-MM-DD (default: where the data starts). */
  from?: string;
  /** Last day shown, YYYY-MM-DD (default: the last event or national figure). */
  to?: string;
  /** Comma list of event kinds to show: ceasefire, violation, attack (default: all). */
  kinds?: string;
  /** Id of the event whose card is open. */
  selected?: string;
  /** Draw the reported national killed totals as a step line through the dated figures. */
  showTotals = false;
  /** Title and accessible name (default: "Ceasefires, reported violations and attacks"). */
  label?: string;
  /** BCP 47 tag for words, numbers and dates (fr and ru ship; see registerCatalogue); default: the nearest `lang` attribute, else `en`. */
  locale?: string;
  /** `light`, `dark`, or `auto` (follows the page's `color-scheme`, not the reader's OS). */
  theme: Theme = 'auto';
  /** Hide the source line visually; it stays readable by screen readers. */
  hideSource = false;
  /** Adds a "Get the data (CSV)" link: the events shown with their tolls and claims, in the spreadsheet layout `src` reads. */
  download = false;
  /** Adds "Save image" buttons (SVG, PNG, PNG at 2×); `toSVG()` and `toPNG()` work without it. */
  imageExport = false;

  constructor() {
    super();
    // Focus in a card that a new layout or filter takes away returns to the timeline.
    keepFocus(this, () => this.renderRoot.querySelector<HTMLElement>('.timeline'));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    settleInPage(this);
  }

  /** A server-rendered element hydrates once it can draw what the server drew (see hydration.ts). */
  protected override shouldUpdate(): boolean {
    return readyToHydrate(this, this.dataController, unset(this.locale));
  }

  /** Derives the view from the data and the width, and reports its problems (on the server too). */
  protected override willUpdate(): void {
    this.dataController.prefetch();
    // Until the locale's words arrive the timeline stays in its loading state.
    const locale = readyLocale(this, unset(this.locale));
    this.shownLocale = locale ?? 'en';
    const state = locale ? this.dataController.value : { status: 'loading' as const };
    const box = this.box.value ?? (state.status === 'ready' ? guessBox(this) : undefined);
    const view = this.build({
      state,
      from: this.from,
      to: this.to,
      kinds: this.kinds,
      selected: this.selected,
      showTotals: this.showTotals,
      label: this.label,
      theme: this.theme,
      locale: this.shownLocale,
      width: box?.width ?? 0,
      fontSize: box?.fontSize ?? 16,
      openGroup: this.selection.openGroup,
      cursor: this.selection.active,
      download: this.download,
    });
    this.view = view;
    this.report(view);
    this.announcement = this.announcer.next(
      view.status === 'ready' ? common(view.locale).changed(view.title, view.summary) : undefined,
      view.status === 'ready' ? view.selection.announcement : '',
    );
    if (view.status === 'ready') this.selection.follow(view);
  }

  /** Waits for the locale's words and the data as well (see DataController.updateComplete). */
  protected override getUpdateComplete(): Promise<boolean> {
    return this.dataController.updateComplete(async () => {
      await catalogueLoading(this, unset(this.locale));
      return super.getUpdateComplete();
    });
  }

  protected override updated(): void {
    if (this.view.status === 'ready') reportReady(this, this.view.layout);
  }

  /** The timeline as drawn now, with its title, legend, notes, scope and source, as an SVG file. */
  toSVG(): Promise<Blob> {
    return exportImage(this, 'svg');
  }

  /** The same as a PNG, at `scale` × its size on the page (2 for print and high-density screens). */
  toPNG({ scale = 1 }: { scale?: number } = {}): Promise<Blob> {
    return exportImage(this, 'png', scale);
  }

  /**
   * The one place problems reach the page: one warning and one `cw-error` per
   * distinct problem with the element's own attributes (reportError() stays
   * quiet while it is unchanged); the data controller reports data errors.
   */
  private report(view: TimelineView): void {
    if (view.status === 'loading') return;
    const error = view.status === 'ready' ? view.selection.problem : view.own && view.error;
    if (error) reportError(this, error);
    else clearError(this);
  }

  /**
   * The figures as plain HTML, for pages without JavaScript: what
   * `conflict-widgets render` and the embed builder write inside the element
   * (Lit's server renderer asks for it where a template has `renderLight()`).
   */
  renderLight(): TemplateResult | typeof nothing {
    return timelineFallback(this.view);
  }

  override render(): TemplateResult {
    const { view, shownLocale: locale } = this;
    const loading = { loading: view.status === 'loading', bundled: this.dataController.bundled };
    const title =
      view.status === 'ready' ? eventLabelsIn(view.data, locale, view.title, []) : view.title;
    return rootTemplate(
      this,
      locale,
      loading,
      html`<div class="box"></div>
        ${renderAnnouncement(this.announcement)}
        <p class="title" id="title" part="title">${title}</p>
        ${
          view.status === 'ready'
            ? this.renderReady(view)
            : view.status === 'loading'
              ? html`<p class="loading" aria-busy="true">${timelineWords(locale).loading}</p>`
              : renderError(view.error, locale)
        }`,
    );
  }

  private renderReady(view: Ready): TemplateResult {
    const { data, layout, locale, selection } = view;
    const handlers = this.selection.cardHandlers;
    const card = renderCard(
      { data, locale, layout, ...handlers },
      selection.event,
      selection.group,
    );
    const wide = layout.mode === 'horizontal';
    return html`<p class="summary" id="summary" part="summary">${view.summary}</p>
      ${selection.problem ? renderError(selection.problem, locale) : nothing}
      <div
        class="timeline ${layout.mode}"
        part="timeline"
        tabindex=${this.keys.value ? 0 : nothing}
        role="group"
        aria-labelledby="title"
        aria-describedby=${this.keys.value ? 'summary keys' : 'summary'}
        @click=${this.selection.onClick}
        @keydown=${this.selection.onKeydown}
      >
        ${
          wide
            ? renderChart(layout, selection, locale, view.totalsCaption)
            : renderRows(
                data,
                layout,
                { active: selection.activeKey, card: selection.cardKey },
                card,
                locale,
              )
        }
      </div>
      ${
        // Hidden: read as the timeline's description on focus, not once more in the reading path.
        this.keys.value ? html`<p hidden id="keys">${timelineWords(locale).keys}</p>` : nothing
      }
      ${wide ? [card ?? nothing, renderScreenReaderList(data, layout, locale)] : nothing}
      ${renderLegend(view.legend)} ${renderNotes(view.notes)}
      ${renderSourceBlock(view.scope, view.source, this.hideSource)}
      ${this.getActions.render(locale, view, this.imageExport)}`;
  }
}
