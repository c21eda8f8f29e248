import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { onServer } from './on-server.js';
import { Task, TaskStatus, initialState } from '@lit/task';
import { MutationController } from '@lit-labs/observers/mutation-controller.js';
import type { Dataset } from '../data/types.js';
import { defaultDataset, loadedDefaultDataset } from '../data/default-dataset.js';
import { clearError, reportError, type CwError } from './errors.js';
import { acquireDataset } from './fetch-dataset.js';
import type { LoadResult } from './read-dataset.js';

export interface DataHost extends ReactiveControllerHost, HTMLElement {
  /** Data set directly; wins over everything else. */
  data?: unknown;
  /** URL of a dataset: JSON, or CSV in the spreadsheet layout. */
  src?: string | null | undefined;
  /** The page will supply the data (`.data` or inline JSON): wait for it, never fall back to the bundled dataset. */
  awaitData?: boolean;
}

export type DataOrigin = 'property' | 'inline' | 'src' | 'default';

export type DataState =
  | { status: 'loading' }
  /** `warning`: not all of the data loaded (rows of a spreadsheet left out); the elements say so with the scope statement. */
  | { status: 'ready'; data: Dataset; origin: DataOrigin; warning?: CwError }
  | { status: 'error'; error: CwError };

/** What one load produced, and from where. */
interface Loaded {
  origin: DataOrigin;
  result: LoadResult;
}

type Inputs = [
  data: unknown,
  inline: string | undefined,
  src: string | null | undefined,
  awaitData: boolean | undefined,
  inlineCsv: boolean,
];

const LOADING: DataState = { status: 'loading' };
const INLINE = ':scope > script[type="application/json"], :scope > script[type="text/csv"]';

/**
 * The validator and parsers, imported only when a page supplies its own
 * data: pages on the bundled dataset never download them. A `src` asks for
 * them itself, as its request starts (acquireDataset()).
 */
let outside: Promise<typeof import('./read-dataset.js')> | undefined;
let outsideLoaded: typeof import('./read-dataset.js') | undefined;
const outsideData = () =>
  (outside ??= import('./read-dataset.js').then((m) => (outsideLoaded = m)));

/**
 * For a server render (src/ssr.ts), which is synchronous: the bundled
 * dataset and the checker for `.data`, loaded before any element renders.
 */
export async function prepareServerData(): Promise<void> {
  await Promise.all([defaultDataset(), outsideData()]);
}

/** What a server render shows: the bundled dataset or a checked `.data`; it cannot fetch a `src`. */
function serverState([data, , src, awaitData]: Inputs): DataState {
  const origin = originOf([data, undefined, src, awaitData, false]);
  const bundled = loadedDefaultDataset();
  if (origin === 'default' && bundled) return { status: 'ready', data: bundled, origin };
  if (origin !== 'property' || !outsideLoaded) return LOADING;
  const result = outsideLoaded.checkProperty(data);
  return result.ok
    ? { status: 'ready', data: result.data, origin }
    : { status: 'error', error: result.error };
}

const sameInputs = (a: Inputs, b: Inputs) => a.every((value, i) => Object.is(value, b[i]));

/**
 * Where the data comes from. A `src` that is set is used even when blank (a
 * CMS field left empty), to say so: falling back to the bundled dataset would
 * publish figures the article never meant to show. `undefined` is nothing to
 * show yet: the page said with `await-data` that its own data is coming.
 */
const originOf = ([data, inline, src, awaitData]: Inputs): DataOrigin | undefined =>
  data !== undefined && data !== null
    ? 'property'
    : inline !== undefined
      ? 'inline'
      : typeof src === 'string'
        ? 'src'
        : awaitData
          ? undefined
          : 'default';

/** Settles as `work` does, or rejects as soon as `signal` aborts. */
function abortable<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise((resolve, reject) => {
    const abort = () => {
      reject(signal.reason as Error);
    };
    signal.addEventListener('abort', abort, { once: true });
    work.then(resolve, reject).finally(() => {
      signal.removeEventListener('abort', abort);
    });
  });
}

/** Loads and checks the data the inputs name; a library chunk that does not arrive is an error, not a rejection. */
async function load(inputs: Inputs, origin: DataOrigin, signal: AbortSignal): Promise<Loaded> {
  const [data, inline, src, , inlineCsv] = inputs;
  const work = async (): Promise<LoadResult> => {
    if (origin === 'default') return { ok: true, data: await defaultDataset() };
    if (origin === 'property') return (await outsideData()).checkProperty(data);
    if (origin === 'inline') return (await outsideData()).parseInline(inline ?? '', inlineCsv);
    const request = acquireDataset(src ?? '');
    // Nobody else waiting for this URL: the request itself is aborted.
    signal.addEventListener('abort', request.release, { once: true });
    return request.result;
  };
  try {
    return { origin, result: await abortable(work(), signal) };
  } catch (e) {
    if (signal.aborted) throw e;
    // A chunk of the library (or the bundled dataset) that did not arrive: a self-hosting mistake.
    const what = origin === 'default' ? 'The bundled dataset' : 'The conflict-widgets data loader';
    const why = e instanceof Error ? e.message : String(e);
    const error: CwError = {
      code: 'fetch-failed',
      message: `${what} could not be loaded (${why}).`,
    };
    return { origin, result: { ok: false, error } };
  }
}

/**
 * Resolves which data an element shows: the `.data` property, else an inline
 * `<script type="application/json">` (or `text/csv`) child, else the `src` URL, else the
 * bundled dataset, unless `await-data` says the page's own data is coming:
 * then "loading" until it does, so an article never flashes (or downloads)
 * the bundled figures, nor reports its attributes as unknown in them. A @lit/task does the loading: it reruns when an input
 * changes, aborts a run that a newer one replaces, and drops late answers.
 *
 * Frameworks remove and re-add elements (keyed lists, portals, strict mode):
 * a load cut short by a disconnect is aborted, and started again when the
 * element comes back, so it never stays on "loading".
 */
export class DataController implements ReactiveController {
  private readonly host: DataHost;
  private readonly task: Task<Inputs, Loaded>;
  /** What the last finished load showed. */
  private shown?: DataState;
  /** Where the load under way comes from; undefined while waiting for the page's data. */
  private pending: DataOrigin | undefined = 'default';
  private interrupted = false;
  /**
   * The abort a disconnect asks for, held for one task: a move (a keyed
   * list's reorder, a portal) disconnects and reconnects at once, and keeps
   * its load and request; a removal that lasts aborts them.
   */
  private leaving?: ReturnType<typeof setTimeout>;
  /** A load run outside the task by prepare(), and the inputs it ran on. */
  private prepared?: { inputs: Inputs; loaded: Promise<Loaded> };
  /** prepare()'s promise until updateComplete has waited for it. */
  private hydrating?: Promise<void>;

  constructor(host: DataHost) {
    this.host = host;
    host.addController(this);
    // Inline JSON edited in place (a CMS preview, a framework re-render) is read again.
    new MutationController(host, {
      config: { childList: true, subtree: true, characterData: true },
    });
    this.task = new Task(host, {
      task: (inputs, { signal }) => {
        this.pending = originOf(inputs);
        if (this.prepared && sameInputs(inputs, this.prepared.inputs)) return this.prepared.loaded;
        return this.pending ? load(inputs, this.pending, signal) : initialState;
      },
      args: () => this.inputs(),
      onComplete: (loaded) => {
        this.settle(loaded);
      },
    });
  }

  /**
   * What to show now. Data given in the page (`.data`, inline JSON) replaces
   * what is shown once it has been checked, without a loading state in
   * between: the live region stays and announces the change once. A URL or
   * the bundled dataset shows "loading" until it arrives.
   */
  get value(): DataState {
    if (onServer) return serverState(this.inputs());
    const { status } = this.task;
    if (status === TaskStatus.COMPLETE && this.shown) return this.shown;
    if (this.shown && this.prepared && sameInputs(this.inputs(), this.prepared.inputs))
      return this.shown;
    const fromPage = this.pending === 'property' || this.pending === 'inline';
    if (status === TaskStatus.PENDING && fromPage && this.shown) return this.shown;
    return LOADING;
  }

  /**
   * The host's `updateComplete`: its pending update, then any load under way
   * and the update that draws what it brought, so `await el.updateComplete`
   * means the figures (or the error) are in the DOM. A run that ends waiting
   * for the page's data (`await-data`) does not hold it: there is nothing to
   * wait for until the page gives some, and @lit/task's taskComplete never
   * settles for such a run.
   */
  async updateComplete(hostUpdate: () => Promise<boolean>): Promise<boolean> {
    const first = await hostUpdate();
    // A server-rendered element waiting to hydrate (prepare()) draws once the load is in.
    if (this.hydrating) {
      await this.hydrating;
      this.hydrating = undefined;
      return (await hostUpdate()) && first;
    }
    if (this.task.status !== TaskStatus.PENDING || this.pending === undefined) return first;
    // A newer run keeps the promise; an aborted one (a disconnect) rejects it.
    await this.task.taskComplete.catch(() => undefined);
    return (await hostUpdate()) && first;
  }

  /**
   * Loads what the inputs name now, outside the task, which runs only with
   * an update: a server-rendered element holds its first update until then,
   * to hydrate with the figures the server drew (see hydration.ts). The
   * task reuses this load while the inputs stay the same.
   */
  prepare(): Promise<void> {
    const inputs = this.inputs();
    const origin = originOf(inputs);
    if (!origin) return Promise.resolve();
    if (!this.prepared || !sameInputs(inputs, this.prepared.inputs)) {
      const loaded = load(inputs, origin, new AbortController().signal);
      this.prepared = { inputs, loaded };
      void loaded.then((result) => {
        this.settle(result);
      });
    }
    this.hydrating = this.prepared.loaded.then(() => undefined);
    return this.hydrating;
  }

  /**
   * Starts downloading the chunk the inputs need (the bundled dataset, or
   * the reader of data given in the page), for the start of each update.
   * The task asks for it only in hostUpdate(), after the host's
   * willUpdate(), whose first run waits 40-160 ms on the browser starting
   * Intl; asked for first, the chunk downloads during that work instead of
   * after it. The inputs are final by then, so nothing comes that the
   * update will not use. A `src` is left to the task, whose request asks
   * for the reader beside the data (acquireDataset()). A failed download is
   * reported by the load that awaits it.
   */
  prefetch(): void {
    const origin = originOf(this.inputs());
    const chunk =
      origin === 'default'
        ? defaultDataset()
        : origin === 'property' || origin === 'inline'
          ? outsideData()
          : undefined;
    void chunk?.catch(() => undefined);
  }

  /** Whether the data shown, or loading, is the bundled dataset. */
  get bundled(): boolean {
    return this.pending === 'default';
  }

  hostConnected(): void {
    clearTimeout(this.leaving);
    this.leaving = undefined;
    if (!this.interrupted) return;
    this.interrupted = false;
    void this.task.run();
  }

  hostDisconnected(): void {
    if (this.task.status !== TaskStatus.PENDING) return;
    this.leaving = setTimeout(() => {
      this.leaving = undefined;
      this.interrupted = true;
      this.task.abort();
    });
  }

  /** What the data comes from: the `.data` property, an inline script child, `src`, `await-data`. */
  private inputs(): Inputs {
    const inline = onServer ? null : this.host.querySelector(INLINE);
    return [
      this.host.data,
      inline?.textContent ?? undefined,
      this.host.src,
      this.host.awaitData,
      inline?.getAttribute('type')?.toLowerCase() === 'text/csv',
    ];
  }

  private settle({ origin, result }: Loaded): void {
    const { shown } = this;
    // The same load settled twice (prepare() and then the task): the state stays the same object.
    if (result.ok && shown?.status === 'ready' && shown.data === result.data) return;
    if (result.ok) {
      clearError(this);
      // Rows of a spreadsheet left out: the rest shows, and the page hears which and why.
      if (result.warning) reportError(this.host, result.warning, this);
      this.shown = {
        status: 'ready',
        data: result.data,
        origin,
        ...(result.warning ? { warning: result.warning } : {}),
      };
    } else {
      reportError(this.host, result.error, this);
      this.shown = { status: 'error', error: result.error };
    }
  }
}
