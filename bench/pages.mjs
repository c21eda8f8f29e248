// Browser plumbing for the bench: a fresh page per measured run, contenders
// interleaved, and the heap read through the Chrome DevTools Protocol.

export const VIEWPORT = { width: 1200, height: 800 };
export const WARMUP = 2;

/** A step this long is stuck (marks that never come), not slow: fail rather than hang. */
const STEP_TIMEOUT_MS = 120_000;

/** Calls window.bench[name](argument) in the page (bench/harness.js) and returns its result. */
export async function call(page, name, argument) {
  let timer;
  const stuck = new Promise((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`bench.${name} did not finish in ${STEP_TIMEOUT_MS / 1000} s`)),
      STEP_TIMEOUT_MS,
    );
  });
  try {
    return await Promise.race([
      page.evaluate(([n, a]) => window.bench[n](a), [name, argument]),
      stuck,
    ]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Runs `fn(page, context)` on bench/harness.html in a new browser context:
 * empty HTTP and code caches, so every run pays loading, parsing and compiling.
 */
export async function onFreshPage(browser, origin, options, fn) {
  const context = await browser.newContext({
    viewport: VIEWPORT,
    reducedMotion: options.reducedMotion ?? 'reduce',
  });
  try {
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error));
    await page.goto(`${origin}/bench/harness.html${options.query ?? ''}`);
    const result = await fn(page, context);
    if (errors.length > 0) throw errors[0];
    return result;
  } finally {
    await context.close();
  }
}

/**
 * `measure(page, contender, context)` for every contender, `runs` times after
 * WARMUP discarded runs, each on a fresh page. Contenders take turns run by
 * run, in an order rotated every run, so drift (thermal, other processes)
 * and position in the run hit all of them alike. Returns contender -> results.
 */
export async function interleaved({ browser, origin, runs, label }, contenders, options, measure) {
  const results = Object.fromEntries(contenders.map((c) => [c, []]));
  for (let run = 0; run < WARMUP + runs; run++) {
    process.stderr.write(`\r${label}: run ${run + 1}/${WARMUP + runs} `);
    for (let k = 0; k < contenders.length; k++) {
      const contender = contenders[(run + k) % contenders.length];
      const result = await onFreshPage(browser, origin, options, (page, context) =>
        measure(page, contender, context),
      );
      if (run >= WARMUP) results[contender].push(result);
    }
  }
  process.stderr.write('\n');
  return results;
}

/**
 * JS heap (V8) and DOM heap (Blink's Oilpan: nodes, styles, layout objects)
 * after two full collections, and the live DOM node count. Used instead of
 * performance.measureUserAgentSpecificMemory(), which Chromium only offers
 * to cross-origin-isolated pages.
 */
export async function heapUsage(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize, embedderHeapUsedSize } = await cdp.send('Runtime.getHeapUsage');
  const { nodes } = await cdp.send('Memory.getDOMCounters');
  return { js: usedSize, dom: embedderHeapUsedSize, nodes };
}
