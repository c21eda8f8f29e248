import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * Calls `onResize` whenever the host's own box changes size. Charts follow
 * their column, not the window: the same page can hold one in a 320 px
 * sidebar and another in a 1200 px main column.
 */
export class ResizeController implements ReactiveController {
  private readonly host: Host;
  private readonly observer: ResizeObserver;
  private frame = 0;

  constructor(host: Host, onResize: () => void) {
    this.host = host;
    // Acts in the next frame, not inside the callback: the re-render changes
    // the host's height, and a size change inside the callback would surface
    // on the page as a "ResizeObserver loop" error that error trackers report.
    this.observer = new ResizeObserver(() => {
      cancelAnimationFrame(this.frame);
      this.frame = requestAnimationFrame(onResize);
    });
    host.addController(this);
  }

  hostConnected(): void {
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.observer.disconnect();
    cancelAnimationFrame(this.frame);
  }
}

/** The width inside an element's padding, in whole pixels: what a layout has to fit in. */
export function contentWidth(element: HTMLElement): number {
  const style = getComputedStyle(element);
  return Math.max(
    0,
    Math.floor(
      element.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight),
    ),
  );
}

/**
 * Sets `seen` the first time any part of the host enters the viewport, so an
 * entrance animation plays where the reader can see it. Without
 * IntersectionObserver the host counts as seen at once: content must never
 * wait on an animation that cannot start.
 */
export class FirstViewController implements ReactiveController {
  seen = typeof IntersectionObserver === 'undefined';

  private readonly host: Host;
  private observer?: IntersectionObserver;

  constructor(host: Host) {
    this.host = host;
    host.addController(this);
  }

  hostConnected(): void {
    if (this.seen) return;
    this.observer = new IntersectionObserver((entries) => {
      if (!entries.some((e) => e.isIntersecting)) return;
      this.seen = true;
      this.observer?.disconnect();
      this.host.requestUpdate();
    });
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
  }
}
