import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentFragment };

const MOVES: Partial<Record<string, (index: number, count: number) => number>> = {
  ArrowDown: (i) => i + 1,
  ArrowRight: (i) => i + 1,
  ArrowUp: (i) => i - 1,
  ArrowLeft: (i) => i - 1,
  Home: () => 0,
  End: (_, n) => n - 1,
};

/**
 * Which bar is active and whether its details show, driven by keyboard,
 * pointer and focus alike. Rows are found by their `data-index`; the host
 * re-renders only the attributes and panel that depend on `active` and `open`.
 */
export class ActiveBarController implements ReactiveController {
  /** The active row: the chart's single tab stop, and the one the details describe. */
  active = 0;
  /** Whether the details panel shows. */
  open = false;

  private readonly host: Host;
  private readonly count: () => number;

  constructor(host: Host, count: () => number) {
    this.host = host;
    this.count = count;
    host.addController(this);
  }

  /** A chart moved elsewhere in the page starts with its details closed. */
  hostDisconnected(): void {
    this.open = false;
  }

  private set(active: number, open: boolean): void {
    if (active === this.active && open === this.open) return;
    this.active = active;
    this.open = open;
    this.host.requestUpdate();
  }

  private row(index: number): SVGGElement | null {
    return this.host.renderRoot.querySelector<SVGGElement>(`.row[data-index="${String(index)}"]`);
  }

  private indexOf(event: Event): number | undefined {
    const row = (event.target as Element | null)?.closest('.row');
    const index = Number(row?.getAttribute('data-index'));
    return row && Number.isInteger(index) ? index : undefined;
  }

  /**
   * Arrows move one bar, Home/End to the ends, the details staying as they
   * were (shown or not); Enter/Space shows or hides them, Escape hides them.
   */
  readonly keydown = (event: KeyboardEvent): void => {
    if (event.key === 'Escape') {
      this.set(this.active, false);
      return;
    }
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.set(this.active, !this.open);
      return;
    }
    const move = MOVES[event.key];
    const count = this.count();
    if (!move || count === 0) return;
    event.preventDefault();
    this.set(Math.min(count - 1, Math.max(0, move(this.active, count))), this.open);
    void this.host.updateComplete.then(() => this.row(this.active)?.focus());
  };

  /** Pointer over or tap on a bar: it becomes active and shows its details. */
  readonly point = (event: Event): void => {
    const index = this.indexOf(event);
    if (index !== undefined) this.set(index, true);
  };

  /**
   * Focus on a bar makes it active without opening its details: a panel
   * that opened on Tab would cover most of the bars the reader came to see.
   */
  readonly focus = (event: Event): void => {
    const index = this.indexOf(event);
    if (index !== undefined) this.set(index, this.open);
  };

  /** Pointer gone: hide the details unless the keyboard focus is still on a bar. */
  readonly leave = (): void => {
    const focused = (this.host.renderRoot as ShadowRoot).activeElement;
    if (!focused?.closest('.plot')) this.set(this.active, false);
  };

  /** Focus left the bars: hide the details. */
  readonly focusOut = (event: FocusEvent): void => {
    const next = event.relatedTarget as Node | null;
    const plot = this.host.renderRoot.querySelector('.plot');
    if (!next || !plot?.contains(next)) this.set(this.active, false);
  };
}
