// A dataset from a `src` URL: one request per URL, shared by every element
// that asks, and its time limit. Reading the answer (read-dataset.ts) is a
// chunk of its own, asked for as the request starts, so a page waits for one
// round trip, not two.
import { quote } from './attributes.js';
import type { CwError } from './errors.js';
import type { LoadResult } from './read-dataset.js';

/** Limits on remote data. Exported so tests can shorten them. */
export const fetchLimits = { timeoutMs: 10_000, maxBytes: 5_000_000 };

interface Entry {
  result: Promise<LoadResult>;
  controller: AbortController;
  users: number;
  settled: boolean;
}

/** One request per URL, shared by every element on the page that asks for it. */
const inFlight = new Map<string, Entry>();

/**
 * Loads a dataset from a URL, sharing the request with other elements that ask
 * for the same URL. Call `release()` when the answer is no longer wanted; the
 * request is aborted once nobody wants it. Successful answers are kept for the
 * page's lifetime; failures are forgotten so a later attempt can retry.
 */
export function acquireDataset(url: string): { result: Promise<LoadResult>; release: () => void } {
  const refuse = (code: CwError['code'], message: string) => ({
    result: Promise.resolve<LoadResult>({ ok: false, error: { code, message } }),
    release: () => undefined,
  });
  // A blank src (a CMS field left empty) is not "no src": the bundled dataset would publish figures the article never meant to show.
  if (!url.trim())
    return refuse(
      'invalid-attribute',
      'src is blank, so there is no dataset to load: give the URL of a dataset, or remove src to show the bundled one.',
    );
  let key: string;
  try {
    key = new URL(url, document.baseURI).href;
  } catch {
    return refuse('fetch-failed', `The src ${quote(url)} is not a valid URL.`);
  }
  let entry = inFlight.get(key);
  if (!entry) {
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, fetchLimits.timeoutMs);
    const request = fetch(key, {
      signal: controller.signal,
      credentials: 'omit',
      headers: { accept: 'application/json, text/csv;q=0.9' },
    });
    // Read, and a failure reported, by readResponse() once its chunk is here.
    request.catch(() => undefined);
    // A failure is forgotten, and its request aborted: an answer refused
    // before or while its body is read stops downloading, so the connection
    // is free for the page's next request. (Cancelling the body alone leaves
    // the connection held in Firefox.)
    const settle = (ok: boolean) => {
      clearTimeout(timer);
      created.settled = true;
      if (!ok) {
        inFlight.delete(key);
        controller.abort();
      }
    };
    const created: Entry = {
      controller,
      users: 0,
      settled: false,
      // If the reading chunk does not arrive, the download stops and the data
      // controller says so.
      result: import('./read-dataset.js')
        .then(({ readResponse }) => readResponse(request, key, url, () => timedOut))
        .then(
          (result) => {
            settle(result.ok);
            return result;
          },
          (error: unknown) => {
            settle(false);
            throw error;
          },
        ),
    };
    entry = created;
    inFlight.set(key, entry);
  }
  const current = entry;
  current.users++;
  let released = false;
  return {
    result: current.result,
    release: () => {
      if (released) return;
      released = true;
      current.users--;
      if (current.users === 0 && !current.settled) {
        current.controller.abort();
        inFlight.delete(key);
      }
    },
  };
}
