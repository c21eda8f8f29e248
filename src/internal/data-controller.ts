import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Dataset } from '../data/types.js';
import { loadDefaultDataset } from '../data/default-dataset.js';
import { validate } from '../data/validate.js';
import { clearError, reportError, type CwError } from './errors.js';
import { acquireDataset, parseDataset, type LoadResult } from './fetch-dataset.js';

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

function loadBundled(): Promise<LoadResult> {
  return loadDefaultDataset().then((result) =>
    result.ok
      ? result
      : {
          ok: false,
          error: {
            code: 'invalid-data',
            message: 'The bundled dataset is invalid.',
            details: result.errors,
          },
        },
  );
}

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
  private key: unknown[] = [];
  private generation = 0;
  private release?: () => void;
  /** The last data problem reported, so a later success clears only that. */
  private lastError?: CwError;
  private readonly observer = new MutationObserver(() => {
    this.host.requestUpdate();
  });

  constructor(host: DataHost) {
    this.host = host;
    host.addController(this);
  }

  hostConnected(): void {
    this.observer.observe(this.host, { childList: true, subtree: true, characterData: true });
    this.key = [];
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
    if (key.length === this.key.length && key.every((k, i) => k === this.key[i])) return;
    this.key = key;
    this.resolve(this.host.data, inline, this.host.src);
  }

  private resolve(data: unknown, inline: string | undefined, src: string | undefined): void {
    const generation = ++this.generation;
    this.release?.();
    this.release = undefined;
    if (data !== undefined && data !== null) {
      const result = validate(data);
      this.settle(
        result.ok
          ? result
          : {
              ok: false,
              error: {
                code: 'invalid-data',
                message: `The .data property is not in the expected format: ${result.errors[0]?.path ?? ''}: ${result.errors[0]?.message ?? ''}.`,
                details: result.errors,
              },
            },
        'property',
      );
      return;
    }
    if (inline !== undefined) {
      this.settle(parseDataset(inline, 'the inline <script type="application/json">'), 'inline');
      return;
    }
    this.value = { status: 'loading' };
    let pending: Promise<LoadResult>;
    let origin: DataOrigin;
    if (src) {
      const request = acquireDataset(src);
      this.release = request.release;
      pending = request.result;
      origin = 'src';
    } else {
      pending = loadBundled();
      origin = 'default';
    }
    void pending.then((result) => {
      if (generation !== this.generation) return;
      this.settle(result, origin);
      this.host.requestUpdate();
    });
  }

  private settle(result: LoadResult, origin: DataOrigin): void {
    if (result.ok) {
      if (this.lastError) clearError(this.host, this.lastError);
      this.lastError = undefined;
      this.value = { status: 'ready', data: result.data, origin };
    } else {
      reportError(this.host, result.error);
      this.lastError = result.error;
      this.value = { status: 'error', error: result.error };
    }
  }
}
