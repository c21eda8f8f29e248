import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Dataset } from '../data/types.js';
import { defaultDataset } from '../data/default-dataset.js';
import { clearError, reportError, type CwError } from './errors.js';
import type { LoadResult } from './fetch-dataset.js';

export interface DataHost extends ReactiveControllerHost, HTMLElement {
  /** Data set directly; wins over everything else. */
  data?: unknown;
  /** URL of a JSON dataset. */
  src?: string | undefined;
}

export type DataOrigin = 'property' | 'inline' | 'src' | 'default';

export type DataState =
  | { status: 'loading' }
  | { status: 'ready'; data: Dataset; origin: DataOrigin }
  | { status: 'error'; error: CwError };

/**
 * The validator and fetch code, imported only when a page supplies its own
 * data: pages on the bundled dataset never download them.
 */
let outside: Promise<typeof import('./fetch-dataset.js')> | undefined;
const outsideData = () => (outside ??= import('./fetch-dataset.js'));

const INLINE = ':scope > script[type="application/json"]';

/**
 * Resolves which data an element shows: the `.data` property, else an inline
 * `<script type="application/json">` child, else the `src` URL, else the
 * bundled dataset. Answers that arrive after the choice has changed (new `src`,
 * element removed) are dropped, so a late response never replaces newer data.
 */
export class DataController implements ReactiveController {
  value: DataState = { status: 'loading' };

  private readonly host: DataHost;
  /** The inputs last resolved; none after (re)connecting, so that resolves again. */
  private key?: unknown[];
  private generation = 0;
  private release?: () => void;
  private readonly observer = new MutationObserver(() => {
    this.host.requestUpdate();
  });

  constructor(host: DataHost) {
    this.host = host;
    host.addController(this);
  }

  hostConnected(): void {
    this.observer.observe(this.host, { childList: true, subtree: true, characterData: true });
    this.key = undefined;
  }

  hostDisconnected(): void {
    this.observer.disconnect();
    this.generation++;
    this.release?.();
    this.release = undefined;
  }

  /** Runs before each render: re-resolves only when an input actually changed. */
  hostUpdate(): void {
    const inline = this.host.querySelector(INLINE)?.textContent ?? undefined;
    const key = [this.host.data, inline, this.host.src];
    if (this.key?.every((k, i) => k === key[i])) return;
    this.key = key;
    this.resolve(this.host.data, inline, this.host.src);
  }

  /**
   * Data given in the page (`.data`, inline JSON) replaces what is shown when
   * it has been checked, without a loading state in between: the live region
   * stays and announces the change once. A URL shows "loading" while it loads.
   */
  private resolve(data: unknown, inline: string | undefined, src: string | undefined): void {
    const generation = ++this.generation;
    const current = () => generation === this.generation;
    this.release?.();
    this.release = undefined;
    let origin: DataOrigin;
    let pending: Promise<LoadResult | undefined>;
    if (data !== undefined && data !== null) {
      origin = 'property';
      pending = outsideData().then((m) => m.checkData(data, 'The .data property'));
    } else if (inline !== undefined) {
      origin = 'inline';
      pending = outsideData().then((m) =>
        m.parseDataset(inline, 'the inline <script type="application/json">'),
      );
    } else if (src) {
      origin = 'src';
      this.value = { status: 'loading' };
      pending = outsideData().then((m) => {
        if (!current()) return undefined;
        const request = m.acquireDataset(src);
        this.release = request.release;
        return request.result;
      });
    } else {
      origin = 'default';
      this.value = { status: 'loading' };
      pending = defaultDataset().then((dataset): LoadResult => ({ ok: true, data: dataset }));
    }
    // A chunk of the library (or the bundled dataset) that did not arrive: a self-hosting mistake.
    const missing = (e: unknown): LoadResult => {
      const what =
        origin === 'default' ? 'The bundled dataset' : 'The conflict-widgets data loader';
      const why = e instanceof Error ? e.message : String(e);
      return {
        ok: false,
        error: { code: 'fetch-failed', message: `${what} could not be loaded (${why}).` },
      };
    };
    void pending.catch(missing).then((result) => {
      if (!result || !current()) return;
      if (result.ok) {
        clearError(this);
        this.value = { status: 'ready', data: result.data, origin };
      } else {
        reportError(this.host, result.error, this);
        this.value = { status: 'error', error: result.error };
      }
      this.host.requestUpdate();
    });
  }
}
