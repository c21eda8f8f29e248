import type { ReactiveControllerHost, ReactiveElement } from 'lit';
import { onServer } from './on-server.js';
import { IntersectionController } from '@lit-labs/observers/intersection-controller.js';
import { ResizeController } from '@lit-labs/observers/resize-controller.js';
import { serverColumn, serverDrawing } from './hydration.js';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * What a layout has to fit in: the width inside `.cw-root`'s padding, in
 * whole pixels, and its font size. A reader's text spacing (letter and word
 * spacing, WCAG 1.4.12) widens text as a larger font would: `fontSize` is
 * that larger size, so layouts that estimate text widths from it make room.
 */
export interface Box {
  width: number;
  fontSize: number;
}

/** Letter spacing, and word spacing spread over a word's six characters or so, as font size: an average character is 0.6 em wide. */
function spacedFontSize(probe: Element, fontSize: number): number {
  const style = getComputedStyle(probe);
  const px = (value: string) => Number.parseFloat(value) || 0;
  return fontSize + (px(style.letterSpacing) + px(style.wordSpacing) / 6) / 0.6;
}

/**
 * Follows the element's own column, not the window: the same page can hold a
 * chart in a 320 px sidebar and another in a 1200 px column. The host renders
 * a zero-height, 1em-tall probe (`<div class="box">`, in interactiveStyles)
 * at the top of its root; `value` is the probe's width and height, which
 * are the content width and the font size, and the host updates with it.
 *
 * Why a probe rather than the host: the host's height changes with every
 * re-render, and a size change during the observer's own delivery is reported
 * on the page as "ResizeObserver loop completed with undelivered
 * notifications", which error trackers collect. The probe's size depends on
 * the column and the font only.
 *
 * The probe is observed once the first update has completed, not while it
 * renders (as the controller's target() directive would): observing asks
 * for an update, and one asked for during an update is what Lit's dev build
 * reports to the page's developer as "change-in-update". @lit/task defers
 * its own request the same way.
 */
export function boxController(host: ReactiveElement): ResizeController<Box | undefined> {
  const controller: ResizeController<Box | undefined> = new ResizeController(host, {
    target: null,
    callback: (entries) => {
      const entry = entries.at(-1);
      if (!entry) return controller.value;
      const { width, height } = entry.contentRect;
      return { width: Math.floor(width), fontSize: spacedFontSize(entry.target, height) };
    },
  });
  let observing = false;
  host.addController({
    hostUpdated() {
      const probe = observing ? null : host.renderRoot.querySelector('.cw-root > .box');
      if (!probe) return;
      observing = true;
      queueMicrotask(() => {
        controller.observe(probe);
      });
    },
  });
  return controller;
}

/**
 * The box before the observer's first report: the host's width less the
 * default padding, so the first render with data draws its figures at once
 * (and `updateComplete` can promise them) instead of a frame later. Reading
 * clientWidth forces a page layout: call it only when there is data to lay
 * out. The observer corrects a wrong guess (a page's own `--cw-padding`).
 * A server render has no page: it lays out in the column it was given, and
 * the hydrating first update in the same, so the two match.
 */
export function guessBox(host: ReactiveElement): Box {
  const width = onServer ? serverColumn.width : serverDrawing(host)?.width;
  if (width !== undefined) return { width, fontSize: 16 };
  return { width: Math.max(0, Math.floor(host.clientWidth - 32)), fontSize: 16 };
}

/**
 * `value` turns true the first time the host is on screen (within
 * `rootMargin`) and stays true, so an entrance animation plays where the
 * reader can see it, once.
 */
export function firstViewController(
  host: Host,
  rootMargin?: string,
): IntersectionController<boolean> {
  const controller: IntersectionController<boolean> = new IntersectionController(host, {
    ...(rootMargin ? { config: { rootMargin } } : {}),
    callback: (entries, observer) => {
      const seen = controller.value === true || entries.some((e) => e.isIntersecting);
      if (seen) observer.disconnect();
      return seen;
    },
  });
  return controller;
}
