import type { ReactiveController, ReactiveControllerHost } from 'lit';

export const START_MODES = ['visible', 'immediate', 'none'] as const;
export type StartMode = (typeof START_MODES)[number];

/** Ease-out cubic: fast at first, settling gently onto the final value. */
export function easeOut(t: number): number {
  const clamped = Math.min(1, Math.max(0, t));
  return 1 - (1 - clamped) ** 3;
}

/** Eased progress after `elapsed` ms of a `duration` ms count-up: exactly 1 once it is over. */
export function countUpProgress(elapsed: number, duration: number): number {
  if (!(duration > 0) || elapsed >= duration) return 1;
  return easeOut(elapsed / duration);
}

/** The integer to show at `progress`: never above the target, exactly the target at 1. */
export function countUpValue(target: number, progress: number): number {
  return progress >= 1 ? target : Math.min(target, Math.round(target * progress));
}

/** The element a count-up runs in, with its `start` and `duration` settings. */
export interface CountUpHost extends ReactiveControllerHost, Element {
  start: StartMode;
  duration: number;
}

const reducedMotion = () => matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * Runs a count-up at most once per element: when it first scrolls into view
 * (`visible`), at once (`immediate`), or never (`none`, or under
 * prefers-reduced-motion, where the final value shows straight away).
 * `progress` goes 0 -> 1; the host asks for an update on every frame.
 */
export class CountUpController implements ReactiveController {
  /** Eased progress, 0 before the count-up and exactly 1 after it. */
  progress = 0;
  phase: 'waiting' | 'running' | 'done' = 'waiting';

  private readonly host: CountUpHost;
  private seen = false;
  private startTime: number | undefined;
  private frameId = 0;
  /**
   * Notes when the block is clearly on screen (above the bottom tenth), not at
   * its first pixel, and asks for an update: sync() then starts the count-up
   * if there is a figure to count to, else the first update that has one does.
   */
  private readonly observer = new IntersectionObserver(
    (entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      this.seen = true;
      this.observer.disconnect();
      this.host.requestUpdate();
    },
    { rootMargin: '0px 0px -10% 0px' },
  );

  constructor(host: CountUpHost) {
    this.host = host;
    host.addController(this);
  }

  hostConnected(): void {
    if (this.phase === 'waiting' && !this.seen) this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.observer.disconnect();
    // A count-up cut short by a DOM move ends on the value rather than resuming mid-way.
    if (this.phase === 'running') this.finish();
  }

  /**
   * Called by the host on each update while it has a figure to show: starts,
   * skips or keeps waiting according to the current options. Once done it stays
   * done, so later changes show the new value without counting again.
   */
  sync(): void {
    if (this.phase !== 'waiting') return;
    const { start } = this.host;
    if (start === 'none' || reducedMotion()) this.finish();
    else if (start === 'immediate' || this.seen) {
      this.phase = 'running';
      this.frameId = requestAnimationFrame(this.frame);
    }
  }

  private finish(): void {
    cancelAnimationFrame(this.frameId);
    this.observer.disconnect();
    this.phase = 'done';
    this.progress = 1;
  }

  private readonly frame = (now: number): void => {
    this.startTime ??= now;
    this.progress = reducedMotion() ? 1 : countUpProgress(now - this.startTime, this.host.duration);
    if (this.progress < 1) this.frameId = requestAnimationFrame(this.frame);
    else this.finish();
    this.host.requestUpdate();
  };
}
