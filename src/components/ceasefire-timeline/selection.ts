import type { ReactiveControllerHost } from 'lit';
import { keyAction } from './navigation.js';
import type { Ready } from './view.js';

type Host = ReactiveControllerHost & HTMLElement & { selected?: string; renderRoot: ParentNode };

/**
 * What the reader has chosen and how they move: clicks and taps on marks and
 * rows, the arrow keys (navigation.ts), a card's buttons and Escape. The
 * arrow keys move the active event (drawn and announced, nothing opened);
 * Enter, Space or a click opens an event through the host's `selected`,
 * which reflects and fires `cw-select` once per change; an open group is
 * kept here. It needs none of the host's lifecycle, so it is a plain object
 * the host asks to follow each new view.
 */
export class Selector {
  /** Key of the group whose card is open. */
  openGroup?: string;
  /** The active event: where the arrow keys move from, in time order; x.5 is a group before event x + 0.5. */
  private cursor?: number;
  private view?: Ready;

  constructor(private readonly host: Host) {}

  /** Follows a new view: the cursor goes to the selected event, and a group no longer drawn closes. */
  follow(view: Ready): void {
    this.view = view;
    const { position, group } = view.selection;
    if (position !== undefined) this.cursor = position;
    if (!group) this.openGroup = undefined;
  }

  /** The active event's position, for the view to draw and announce. */
  get active(): number | undefined {
    return this.cursor;
  }

  private choose(id: string): void {
    // Opening the event whose card is open already is no change: no second cw-select.
    if (this.host.selected === id && !this.openGroup) return;
    this.openGroup = undefined;
    this.host.selected = id;
    this.host.requestUpdate();
    const detail = { id };
    this.host.dispatchEvent(
      new CustomEvent('cw-select', { detail, bubbles: true, composed: true }),
    );
  }

  private open(key: string, view: Ready): void {
    const events = view.layout.groups.get(key);
    if (events) {
      this.host.selected = undefined;
      this.openGroup = key;
      this.cursor = (view.layout.index.get(events[0]?.id ?? '') ?? 0) - 0.5;
      this.host.requestUpdate();
    } else if (key.startsWith('e:')) {
      this.choose(key.slice(2));
    }
  }

  private focusTimeline(): void {
    this.host.renderRoot.querySelector<HTMLElement>('.timeline')?.focus();
  }

  readonly onClick = (e: Event): void => {
    const key = (e.target as Element).closest('[data-key]')?.getAttribute('data-key');
    if (key && this.view) this.open(key, this.view);
  };

  readonly onKeydown = (e: KeyboardEvent): void => {
    const { view } = this;
    // Keys pressed on a button in an inline card belong to that button.
    if (!view || e.target !== e.currentTarget) return;
    const { layout } = view;
    const action = keyAction(e.key, this.cursor, layout.order, layout.mode === 'vertical');
    if (action?.do === 'close') this.close(e);
    else if (action) e.preventDefault();
    if (action?.do === 'move') {
      // Moving on closes an open card: the card always belongs to the active event.
      this.cursor = action.position;
      this.host.selected = undefined;
      this.openGroup = undefined;
      this.host.requestUpdate();
    } else if (action?.do === 'choose') {
      this.cursor = action.position;
      this.choose(action.id);
    } else if (action?.do === 'open') {
      this.open(layout.holder.get(action.id) ?? '', view);
    }
    if (action)
      void this.host.updateComplete.then(() => {
        this.reveal();
      });
  };

  /**
   * Brings the card a key opened, else the active row, into view: on a
   * phone the list runs for screens, and the page would not follow the
   * keys on its own (the focus stays on the whole list).
   */
  private reveal(): void {
    const root = this.host.renderRoot;
    (root.querySelector('.card') ?? root.querySelector('.row.active'))?.scrollIntoView({
      block: 'nearest',
    });
  }

  readonly close = (e?: Event): void => {
    if (!this.host.selected && !this.openGroup) return;
    e?.preventDefault();
    this.host.selected = undefined;
    this.openGroup = undefined;
    this.host.requestUpdate();
    this.focusTimeline();
  };

  /** For the card: a button naming an event chooses it; the close button and Escape close. */
  readonly cardHandlers = {
    onPick: (e: Event): void => {
      const id = (e.currentTarget as HTMLElement).dataset.id;
      if (id) this.choose(id);
      this.focusTimeline();
    },
    onClose: (): void => {
      this.close();
    },
    onKeydown: (e: KeyboardEvent): void => {
      if (e.key === 'Escape') this.close(e);
    },
  };
}
