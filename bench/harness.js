// The page side of the bench: loads one contender, times its steps, and
// exposes them as window.bench for bench/run.mjs and bench/profile.mjs.
import { makeRegions } from './synthetic-regions.js';
import { makeData } from './synthetic-events.js';

/** Count-up length for both counters. */
const COUNT_UP_MS = 1200;

const stage = document.getElementById('stage');

/** Resolves after the next frame has been produced (style, layout, paint): rAF, then a task. */
const painted = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/** Each scenario's input: the same records for every contender. */
const inputs = {
  bar: (n) => makeRegions(n),
  counter: () => makeRegions(14),
  timeline: (n) => ({ dataset: makeData(n) }),
};

let input;
let mount;
let handle;
let start = 0;

/** Makes the data, before any clock starts: a page has its data before it draws it. */
function data({ scenario, n }) {
  input = inputs[scenario](n);
}

/** Imports the contender's module: the same rollup + terser build for every contender. */
async function importContender({ scenario, contender }) {
  ({ mount } = await import(`./.build/${scenario}-${contender}.js`));
}

/** Module start -> marks painted, in ms: includes loading, parsing and evaluating the contender. */
async function load(options) {
  start = performance.now();
  await importContender(options);
  handle = await mount(stage, input, { duration: COUNT_UP_MS });
  await painted();
  return performance.now() - start;
}

async function timed(step) {
  const t0 = performance.now();
  await step();
  await painted();
  return performance.now() - t0;
}

/** A bar chart's metric changed -> re-laid-out bars painted. */
const metric = (name) => timed(() => handle.metric(name));

/** The chart's container resized -> bars re-laid-out for the new width and painted. */
const resize = (px) =>
  timed(() => {
    stage.style.width = `${px}px`;
    return handle.resized(px);
  });

/** Counter: module start -> the final value painted. */
async function final() {
  await handle.final();
  await painted();
  return performance.now() - start;
}

/**
 * Timeline: ArrowRight on the focused timeline -> update -> forced layout,
 * `presses` times. Each press moves the active event, which is drawn and
 * announced (Enter opens it), so each must change what the live region says.
 */
async function arrowRight(presses) {
  const el = handle.element;
  const box = el.shadowRoot.querySelector('.timeline');
  const said = () => el.shadowRoot.querySelector('.announcement').textContent;
  box.focus();
  const press = async () => {
    box.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    await el.updateComplete;
    el.getBoundingClientRect(); // forces style and layout of the new card
  };
  await press();
  const times = [];
  for (let i = 0; i < presses; i++) {
    const before = said();
    const t0 = performance.now();
    await press();
    times.push(performance.now() - t0);
    if (said() === before) throw new Error('ArrowRight did not move the active event');
  }
  return times;
}

/** Memory: `count` charts, each in its own container, all drawn and painted. */
async function mountMany(count) {
  const boxes = Array.from({ length: count }, () =>
    stage.appendChild(document.createElement('div')),
  );
  await Promise.all(boxes.map((box) => mount(box, input, {})));
  await painted();
  // Canvas pixels live outside the JS and DOM heaps: count them apart (4 bytes a pixel).
  return [...stage.querySelectorAll('canvas')].reduce((sum, c) => sum + c.width * c.height * 4, 0);
}

window.bench = { data, importContender, load, metric, resize, final, arrowRight, mountMany };
