import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { Dataset } from '../../data/types.js';
import { themeProblem, unset, type Theme } from '../../internal/attributes.js';
import { boxController } from '../../internal/observers.js';
import { DataController } from '../../internal/data-controller.js';
import { renderError } from '../../internal/error-message.js';
import { clearError, reportError, type CwError } from '../../internal/errors.js';
import { resolveLocale } from '../../internal/format.js';
import { renderSourceLine } from '../../internal/source-line.js';
import { interactiveStyles } from '../../internal/interactive-styles.js';
import { baseStyles } from '../../internal/styles.js';
import { renderCard } from './card.js';
import { cardStyles } from './card.styles.js';
import { timelineStyles } from './ceasefire-timeline.styles.js';
import { listStyles } from './list.styles.js';
import { renderChart } from './chart.js';
import { renderLegend, renderNotes, renderRows, renderScreenReaderList } from './list.js';
import { keyAction } from './navigation.js';
import { DEFAULT_LABEL, KEYS_HELP, announcement, metricLabel, summaryText } from './text.js';
import { memoisedPrepare, type Prepared } from './view.js';

type View =
  | { status: 'loading' }
  | { status: 'error'; error: CwError }
  | { status: 'ready'; data: Dataset; prepared: Prepared; locale: string };

/**
 * Ceasefires, reported violations and attacks on one time axis; below about
 * 560 px of its own width, a list with dates down the side.
 *
 * @tagname cw-ceasefire-timeline
 * @summary Ceasefires as bands, reported violations linked to them, attacks sized by reported deaths.
 * @fires cw-select - An event was chosen by pointer or keyboard; `detail.id` is its id.
 * @fires cw-error - Data or an attribute could not be used; `detail` is a CwError.
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
 * @csspart source - The source line.
 * @csspart error - An error message.
 * @cssprop --cw-timeline-attack-color - Attack markers (default: --cw-color-figure).
 * @cssprop --cw-timeline-violation-color - Violation markers and links (default: --cw-color-text).
 * @cssprop --cw-timeline-band-color - Ceasefire bands and flags (default: --cw-color-mark).
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
 */
export class CwCeasefireTimeline extends LitElement {
  static override styles = [baseStyles, interactiveStyles, timelineStyles, listStyles, cardStyles];

  /** Reactive properties: attribute names, reflection and converters (documented on each field). State entries say `attribute: false` for the manifest analyzer, which would list them as attributes. */
  static override properties = {
    openGroup: { state: true, attribute: false },
    data: { attribute: false },
    src: {},
    from: {},
    to: {},
    kinds: {},
    selected: { reflect: true },
    showTotals: { type: Boolean, attribute: 'show-totals', reflect: true },
    label: {},
    locale: {},
    theme: { reflect: true },
    hideSource: { type: Boolean, attribute: 'hide-source', reflect: true },
  };

  private readonly dataController = new DataController(this);
  private readonly box = boxController(this);

  /** Key of the group whose card is open. */
  private openGroup?: string;

  /** A Dataset object; wins over inline JSON and `src`. */
  data?: unknown;
  /** URL of a JSON dataset. */
  src?: string;
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
  /** BCP 47 locale for numbers and dates (default: the nearest lang, else en). */
  locale?: string;
  /** light, dark or auto (default: follows the reader's colour scheme). */
  theme: Theme = 'auto';
  /** Hide the source line visually; it stays readable by screen readers. */
  hideSource = false;

  private readonly prepare = memoisedPrepare();
  private view: View = { status: 'loading' };
  /** Where the arrow keys move from, in time order; x.5 is a group before event x + 0.5. */
  private cursor?: number;
  private problem?: string;

  protected override update(changed: PropertyValues): void {
    this.view = this.resolveView();
    super.update(changed);
  }

  /** Data and attributes -> what to render; reports problems once each. */
  private resolveView(): View {
    const state = this.dataController.value;
    this.problem = undefined;
    const theme = themeProblem(this.theme);
    if (theme) {
      reportError(this, theme);
      return { status: 'error', error: theme };
    }
    if (state.status !== 'ready') return state;
    // Blank attributes (a CMS field left empty) count as not set.
    const [from, to, kinds] = [this.from, this.to, this.kinds].map(unset);
    const { showTotals } = this;
    const locale = resolveLocale(this, unset(this.locale));
    const input = {
      from,
      to,
      kinds,
      showTotals,
      // Until first measured, the host's width less the default padding.
      width: this.box.value?.width ?? Math.max(0, Math.floor(this.clientWidth - 32)),
      locale,
    };
    const prepared = this.prepare(state.data, input);
    if ('error' in prepared) {
      reportError(this, prepared.error);
      return { status: 'error', error: prepared.error };
    }
    const { layout } = prepared;
    const position = this.selected ? layout.index.get(this.selected) : undefined;
    if (this.selected && position === undefined) {
      this.problem = `The selected attribute names “${this.selected}”, which is not an event shown on this timeline.`;
      reportError(this, { code: 'invalid-attribute', message: this.problem });
    } else {
      clearError(this);
    }
    if (position !== undefined) this.cursor = position;
    if (this.openGroup && !layout.groups.has(this.openGroup)) this.openGroup = undefined;
    return { status: 'ready', data: state.data, prepared, locale };
  }

  private choose(id: string): void {
    this.openGroup = undefined;
    this.selected = id;
    const detail = { id };
    this.dispatchEvent(new CustomEvent('cw-select', { detail, bubbles: true, composed: true }));
  }

  private open(key: string, prepared: Prepared): void {
    const events = prepared.layout.groups.get(key);
    if (events) {
      this.selected = undefined;
      this.openGroup = key;
      this.cursor = (prepared.layout.index.get(events.at(0)?.id ?? '') ?? 0) - 0.5;
    } else if (key.startsWith('e:')) {
      this.choose(key.slice(2));
    }
  }

  private readonly onClick = (e: Event) => {
    const key = (e.target as Element).closest('[data-key]')?.getAttribute('data-key');
    if (key && this.view.status === 'ready') this.open(key, this.view.prepared);
  };

  private readonly onKeydown = (e: KeyboardEvent) => {
    // Keys pressed on a button in an inline card belong to that button.
    if (this.view.status !== 'ready' || e.target !== e.currentTarget) return;
    const { layout } = this.view.prepared;
    const action = keyAction(e.key, this.cursor, layout.order, layout.mode === 'vertical');
    if (action?.do === 'close') this.close(e);
    else if (action) e.preventDefault();
    if (action?.do === 'choose') {
      this.cursor = action.position;
      this.choose(action.id);
    } else if (action?.do === 'open') {
      this.open(layout.holder.get(action.id) ?? '', this.view.prepared);
    }
  };

  private readonly onPick = (e: Event) => {
    const id = (e.currentTarget as HTMLElement).dataset.id;
    if (id) this.choose(id);
    this.renderRoot.querySelector<HTMLElement>('.timeline')?.focus();
  };

  private readonly close = (e?: Event) => {
    if (!this.selected && !this.openGroup) return;
    e?.preventDefault();
    this.selected = undefined;
    this.openGroup = undefined;
    this.renderRoot.querySelector<HTMLElement>('.timeline')?.focus();
  };

  private readonly cardHandlers = {
    onPick: this.onPick,
    onClose: this.close,
    onKeydown: (e: KeyboardEvent) => {
      if (e.key === 'Escape') this.close(e);
    },
  };

  override render(): TemplateResult {
    return html`<div class="cw-root" part="base">
      <div class="box" ${this.box.target()}></div>
      <p class="title" id="title" part="title">${this.label?.trim() || DEFAULT_LABEL}</p>
      ${this.renderBody()}
    </div>`;
  }

  private renderBody(): TemplateResult {
    const view = this.view;
    if (view.status === 'loading')
      return html`<p class="loading" role="status">Loading events…</p>`;
    if (view.status === 'error') return renderError(view.error.message);
    const { data, prepared, locale } = view;
    const { layout } = prepared;
    const position = this.selected ? layout.index.get(this.selected) : undefined;
    const event = position === undefined ? undefined : layout.order.at(position);
    const group = this.openGroup ? layout.groups.get(this.openGroup) : undefined;
    const activeKey = this.openGroup ?? (event ? layout.holder.get(event.id) : undefined);
    const card = renderCard({ data, locale, layout, ...this.cardHandlers }, event, group);
    const wide = layout.mode === 'horizontal';
    const caption = `Reported national total, ${metricLabel(data, 'killed')} (dated figures only)`;
    return html`<p class="summary" id="summary" part="summary">
        ${summaryText(layout.order, prepared.kinds, prepared.range, locale)}.
      </p>
      ${this.problem ? renderError(this.problem) : nothing}
      <div
        class="timeline ${layout.mode}"
        part="timeline"
        tabindex="0"
        role="group"
        aria-labelledby="title"
        aria-describedby="summary keys"
        @click=${this.onClick}
        @keydown=${this.onKeydown}
      >
        ${wide ? renderChart(layout, activeKey, locale, caption) : renderRows(data, layout, activeKey, card, locale)}
      </div>
      <p class="visually-hidden" id="keys">${KEYS_HELP}</p>
      <p class="visually-hidden" role="status">
        ${announcement(layout.order, position, group, locale)}
      </p>
      ${wide ? [card ?? nothing, renderScreenReaderList(data, layout, locale)] : nothing}
      ${renderLegend(layout, prepared.kinds, locale)} ${renderNotes(data, prepared, locale)}
      ${prepared.source ? renderSourceLine(prepared.source, this.hideSource) : nothing}`;
  }
}
