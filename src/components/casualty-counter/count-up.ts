import type { ReactiveController, ReactiveElement } from 'lit';
import { onServer } from '../../internal/on-server.js';
import type { IntersectionController } from '@lit-labs/observers/intersection-controller.js';
import { serverDrawing } from '../../internal/hydration.js';
import { firstViewController } from '../../internal/observers.js';

export const START_MODES = ['visible', 'immediate', 'none'] as const;
export type StartMode = (typeof START_MODES)[number];

/** When a count-up starts and how long it runs. */
export interface CountUpSettings {
  start: StartMode;
  /** Milliseconds, 0 or more. */
  duration: number;
}

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

const reducedMotion = () => matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * Runs a count-up at most once per element: when it first scrolls into view
 * (`visible`), at once (`immediate`), or never (`none`, or under
 * prefers-reduced-motion, where the final value shows straight away). Either
 * way only while the page is visible: a tab opened in the background counts
 * when it is brought to the front, and until then shows the final figure.
 * `progress` goes 0 -> 1; the host asks for an update on every frame.
 */
export class CountUpController implements ReactiveController {
  /** Eased progress, 0 before the count-up and exactly 1 after it. */
  progress = 0;
  phase: 'waiting' | 'running' | 'done' = 'waiting';

  private readonly host: ReactiveElement;
  /**
   * Clearly on screen (above the bottom tenth), not at its first pixel. It
   * updates the host when that happens; sync() then starts the count-up if
   * there is a figure to count to, else the first update that has one does.
   */
  private readonly firstView: IntersectionController<boolean>;
  private duration = 0;
  private startTime: number | undefined;
  private frameId = 0;

  constructor(host: ReactiveElement) {
    this.host = host;
    host.addController(this);
    this.firstView = firstViewController(host, '0px 0px -10% 0px');
  }

  hostConnected(): void {
    // A server-rendered figure has been on the page already: it never counts again from zero.
    if (serverDrawing(this.host)) this.finish();
    document.addEventListener('visibilitychange', this.visibilityChanged);
  }

  hostDisconnected(): void {
    document.removeEventListener('visibilitychange', this.visibilityChanged);
    // A count-up cut short by a DOM move ends on the value rather than resuming mid-way.
    if (this.phase === 'running') this.finish();
  }

  /**
   * Called by the host on each update while it has a figure to show: starts,
   * skips or keeps waiting according to `settings`, and a running count-up
   * takes a new duration. Once done it stays done, so later changes show the
   * new value without counting again.
   */
  sync({ start, duration }: CountUpSettings): void {
    this.duration = duration;
    // A server render shows the final figure (phase 'waiting' draws it).
    if (onServer || this.phase !== 'waiting') return;
    if (start === 'none' || reducedMotion()) this.finish();
    // A background tab keeps the final figure until the reader looks at it.
    else if (
      document.visibilityState === 'visible' &&
      (start === 'immediate' || this.firstView.value === true)
    ) {
      this.phase = 'running';
      this.frameId = requestAnimationFrame(this.frame);
    }
  }

  /** A tab brought to the front: sync() decides whether the count-up starts now. */
  private readonly visibilityChanged = (): void => {
    if (this.phase === 'waiting' && document.visibilityState === 'visible')
      this.host.requestUpdate();
  };

  private finish(): void {
    cancelAnimationFrame(this.frameId);
    this.phase = 'done';
    this.progress = 1;
  }

  private readonly frame = (now: number): void => {
    this.startTime ??= now;
    this.progress = reducedMotion() ? 1 : countUpProgress(now - this.startTime, this.duration);
    if (this.progress < 1) this.frameId = requestAnimationFrame(this.frame);
    else this.finish();
    this.host.requestUpdate();
  };
}
