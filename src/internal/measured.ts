/**
 * The height an element has with the bundled dataset, measured, so that its
 * loading state can take it and the page does not move when the data
 * arrives. The height comes from text wrapping in the reader's fonts, which
 * no pure function of the data can know, so it is measured: in Chromium on
 * Linux with the default `system-ui` font at 16 px, in a 358 px column (a
 * 390 px phone) and a 680 px one (an article column on a desktop).
 *
 * Re-measure after a change to what an element shows by default: run
 * test/integration/reserve.test.ts, which fails with the real heights when
 * one of these is more than a few pixels off.
 */
export interface Measured {
  /** Height (px) in a 358 px column. */
  narrow: number;
  /** Height (px) in a 680 px column. */
  wide: number;
  /**
   * Content width (px) from which `wide` is the better guess: where the
   * element's layout changes. A page with 16 px gutters reaches it at a
   * viewport 64 px wider (the element's padding and the gutters), which the
   * embed snippets' media queries use.
   */
  wideFrom: number;
  /**
   * The element's attributes the heights hold with: any of these (at the
   * given value, when one is given) leaves the height as measured. Any other
   * of its attributes (another metric, a limit, a date range) changes it,
   * and the page says how tall with `--cw-reserve-height`.
   */
  neutral: Readonly<Record<string, string | undefined>>;
}

/** Attributes that change colours or the language of words, never the height drawn. */
const ANY = { theme: undefined, locale: undefined } as const;

/**
 * Every element's measured heights on the bundled dataset, in one place to
 * re-measure. A module of plain data, so the demo's snippets can import it
 * from dist/ without a bundler.
 */
export const MEASURED = {
  'cw-casualty-counter': {
    narrow: 390,
    wide: 313,
    wideFrom: 480,
    neutral: { ...ANY, metric: 'killed', start: undefined, duration: undefined },
  },
  'cw-regional-bar-chart': {
    narrow: 1186,
    wide: 720,
    wideFrom: 420,
    neutral: { ...ANY, metric: 'killed', sort: 'value' },
  },
  'cw-ceasefire-timeline': {
    narrow: 2230,
    wide: 916,
    wideFrom: 560,
    neutral: { ...ANY },
  },
} as const satisfies Record<string, Measured>;
