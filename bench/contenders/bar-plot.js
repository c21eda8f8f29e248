// Observable Plot: a barX mark, sorted largest first as our element sorts by default.
import { barX, plot } from '@observablehq/plot';
import { until } from './until.js';

const draw = (rows, metric, width) =>
  plot({
    width,
    marginLeft: 90,
    x: { label: `civilians ${metric}` },
    y: { label: null },
    marks: [barX(rows, { x: metric, y: 'name', sort: { y: '-x' } })],
  });

export async function mount(container, { rows }) {
  const box = document.createElement('div');
  container.append(box);
  let metric = 'killed';
  let width = box.clientWidth;
  const show = () => box.replaceChildren(draw(rows, metric, width));
  show();
  // A Plot has a fixed width; a page that wants it to follow its column re-plots
  // on resize, in the next frame as Chart.js and our element do (re-plotting
  // inside the observer callback would change the observed box's height there).
  let frame = 0;
  new ResizeObserver(() => {
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(() => {
      if (box.clientWidth === width) return;
      width = box.clientWidth;
      show();
    });
  }).observe(box);
  const bars = () => box.querySelectorAll('[aria-label="bar"] rect').length === rows.length;
  const svgWidth = () => Number(box.querySelector('svg').getAttribute('width'));
  await until(box, bars);
  return {
    metric(next) {
      metric = next;
      show();
      return until(
        box,
        () => box.querySelector('[aria-label="x-axis label"]').textContent.includes(next) && bars(),
      );
    },
    resized: (px) => until(box, () => svgWidth() === px && bars()),
  };
}
