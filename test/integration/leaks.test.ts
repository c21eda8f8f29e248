import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/elements.js';

const TAGS = ['cw-casualty-counter', 'cw-regional-bar-chart', 'cw-ceasefire-timeline'] as const;

/**
 * What an element holds on the page while connected: observed targets of
 * Resize- and IntersectionObservers, listeners on document and window,
 * pending animation frames, timeouts and intervals. Counted by wrapping the
 * platform's own methods.
 */
function track() {
  const observed = new Set<Element>();
  const listeners = new Set<string>();
  const frames = new Set<number>();
  const timers = new Set<number>();
  const restore: (() => void)[] = [];
  const wrap = <T extends object, K extends keyof T>(
    target: T,
    key: K,
    make: (original: T[K]) => T[K],
  ) => {
    const original = target[key];
    target[key] = make(original);
    restore.push(() => (target[key] = original));
  };
  for (const Observer of [ResizeObserver, IntersectionObserver]) {
    const proto = Observer.prototype;
    const mine = new WeakMap<object, Set<Element>>();
    wrap(
      proto,
      'observe',
      (original) =>
        function (this: object, el: Element) {
          if (!mine.has(this)) mine.set(this, new Set());
          mine.get(this)!.add(el);
          observed.add(el);
          original.call(this, el);
        },
    );
    wrap(
      proto,
      'unobserve',
      (original) =>
        function (this: object, el: Element) {
          mine.get(this)?.delete(el);
          observed.delete(el);
          original.call(this, el);
        },
    );
    wrap(
      proto,
      'disconnect',
      (original) =>
        function (this: object) {
          for (const el of mine.get(this) ?? []) observed.delete(el);
          mine.get(this)?.clear();
          original.call(this);
        },
    );
  }
  for (const target of [document, window] as EventTarget[]) {
    const name = target === document ? 'document' : 'window';
    wrap(
      target,
      'addEventListener',
      (original) =>
        function (this: EventTarget, type: string, fn: unknown, options?: unknown) {
          listeners.add(`${name}:${type}:${String(fn)}`);
          (original as (...args: unknown[]) => void).call(this, type, fn, options);
        },
    );
    wrap(
      target,
      'removeEventListener',
      (original) =>
        function (this: EventTarget, type: string, fn: unknown, options?: unknown) {
          listeners.delete(`${name}:${type}:${String(fn)}`);
          (original as (...args: unknown[]) => void).call(this, type, fn, options);
        },
    );
  }
  wrap(window, 'requestAnimationFrame', (original) => (fn: FrameRequestCallback) => {
    const id = original((t) => {
      frames.delete(id);
      fn(t);
    });
    frames.add(id);
    return id;
  });
  wrap(window, 'cancelAnimationFrame', (original) => (id: number) => {
    frames.delete(id);
    original(id);
  });
  type Timer = (fn: TimerHandler, ms?: number, ...args: unknown[]) => number;
  const call = (fn: TimerHandler, args: unknown[]) => {
    if (typeof fn === 'function') (fn as (...a: unknown[]) => void)(...args);
  };
  wrap(window, 'setTimeout', (original) => {
    const timeout = original as unknown as Timer;
    return ((fn: TimerHandler, ms?: number, ...args: unknown[]) => {
      const id = timeout(() => {
        timers.delete(id);
        call(fn, args);
      }, ms);
      timers.add(id);
      return id;
    }) as unknown as typeof setTimeout;
  });
  wrap(window, 'setInterval', (original) => {
    const interval = original as unknown as Timer;
    return ((fn: TimerHandler, ms?: number, ...args: unknown[]) => {
      const id = interval(() => {
        call(fn, args);
      }, ms);
      timers.add(id);
      return id;
    }) as unknown as typeof setInterval;
  });
  for (const key of ['clearTimeout', 'clearInterval'] as const)
    wrap(
      window,
      key,
      (original) =>
        ((id?: number) => {
          if (id !== undefined) timers.delete(id);
          (original as (id?: number) => void)(id);
        }) as typeof clearTimeout,
    );
  return {
    observed,
    listeners,
    frames,
    timers,
    stop: () => {
      restore.forEach((r) => {
        r();
      });
    },
  };
}

describe('100 connect and disconnect cycles leave nothing behind', () => {
  for (const tag of TAGS)
    it(`${tag}: no observed targets, listeners, animation frames or timers once removed`, async () => {
      const held = track();
      try {
        const parent = await fixture<HTMLDivElement>(html`<div></div>`);
        const el = document.createElement(tag);
        el.setAttribute('start', 'immediate');
        parent.append(el);
        await waitUntil(() => el.shadowRoot?.querySelector('.source'), 'no figures', {
          timeout: 5000,
        });
        // The runner's own waiting is not the element's.
        held.timers.clear();
        for (let i = 0; i < 100; i++) {
          el.remove();
          parent.append(el);
        }
        await new Promise((resolve) => setTimeout(resolve, 50));
        el.remove();
        await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50)));
        expect(
          [...held.observed].filter((n) => el.shadowRoot!.contains(n) || n === el),
        ).to.deep.equal([]);
        expect([...held.frames], 'animation frames').to.deep.equal([]);
        expect([...held.listeners], 'document and window listeners').to.deep.equal([]);
        expect([...held.timers], 'pending timeouts and intervals').to.deep.equal([]);
      } finally {
        held.stop();
      }
    });
});
