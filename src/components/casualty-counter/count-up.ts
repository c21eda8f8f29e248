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

export interface CountUpOptions {
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

  private readonly host: ReactiveControllerHost & Element;
  private readonly options: () => CountUpOptions;
  private seen = false;
  private armed = false;
  private startTime: number | undefined;
  private frameId = 0;
  private observer: IntersectionObserver | undefined;

  constructor(host: ReactiveControllerHost & Element, options: () => CountUpOptions) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  hostConnected(): void {
    if (this.phase !== 'waiting' || this.seen) return;
    // Starts once the block is clearly on screen (above the bottom tenth), not at its first pixel.
    this.observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        this.seen = true;
        this.observer?.disconnect();
        // Seen while still loading: sync() starts it once there is a figure to count to.
        if (this.armed && this.phase === 'waiting' && this.options().start === 'visible') {
          this.run();
          this.host.requestUpdate();
        }
      },
      { rootMargin: '0px 0px -10% 0px' },
    );
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    // A count-up cut short by a DOM move ends on the value rather than resuming mid-way.
    if (this.phase === 'running') this.finish();
  }

  /**
   * Called by the host on each update while it has a figure to show: starts,
   * skips or keeps waiting according to the current options. Once done it stays
   * done, so later changes show the new value without counting again.
   */
  sync(): void {
    this.armed = true;
    if (this.phase !== 'waiting') return;
    const { start } = this.options();
    if (start === 'none' || reducedMotion()) this.finish();
    else if (start === 'immediate' || this.seen) this.run();
  }

  private run(): void {
    this.phase = 'running';
    this.startTime = undefined;
    this.frameId = requestAnimationFrame(this.frame);
  }

  private finish(): void {
    cancelAnimationFrame(this.frameId);
    this.observer?.disconnect();
    this.phase = 'done';
    this.progress = 1;
  }

  private readonly frame = (now: number): void => {
    this.startTime ??= now;
    if (reducedMotion()) this.finish();
    else this.progress = countUpProgress(now - this.startTime, this.options().duration);
    if (this.progress >= 1) this.finish();
    else this.frameId = requestAnimationFrame(this.frame);
    this.host.requestUpdate();
  };
}
