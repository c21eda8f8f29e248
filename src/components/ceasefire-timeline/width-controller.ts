import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Tracks the width the host lays its content out in. The timeline switches to
 * a list below a width of its own, not of the viewport, because embeds sit in
 * columns, sidebars and cards of any size.
 *
 * It observes a zero-height sizer the host renders rather than the host
 * itself: the host's height changes with every render (a card opens), and
 * observing that would report changes that are not about width and trip the
 * "ResizeObserver loop" error.
 */
export class WidthController implements ReactiveController {
  /** Content width in whole pixels; a first guess until the sizer has been measured. */
  width = 0;

  private readonly host: ReactiveControllerHost & HTMLElement;
  private readonly sizer: () => Element | null;
  private observed?: Element;
  private readonly observer = new ResizeObserver((entries) => {
    const entry = entries.at(-1);
    if (entry) this.set(entry.contentRect.width);
  });

  constructor(host: ReactiveControllerHost & HTMLElement, sizer: () => Element | null) {
    this.host = host;
    this.sizer = sizer;
    host.addController(this);
  }

  hostConnected(): void {
    if (this.observed) this.observer.observe(this.observed);
  }

  hostDisconnected(): void {
    this.observer.disconnect();
  }

  /** The first render needs a width before anything has been laid out: the host's, less default padding. */
  hostUpdate(): void {
    if (this.width === 0 && this.host.isConnected)
      this.width = Math.max(0, Math.floor(this.host.clientWidth - 32));
  }

  hostUpdated(): void {
    const sizer = this.sizer();
    if (!sizer || sizer === this.observed) return;
    if (this.observed) this.observer.unobserve(this.observed);
    this.observed = sizer;
    this.observer.observe(sizer);
  }

  private set(raw: number): void {
    const width = Math.max(0, Math.floor(raw));
    if (width === this.width) return;
    this.width = width;
    this.host.requestUpdate();
  }
}
