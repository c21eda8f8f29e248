// <cw-regional-bar-chart> from the production CDN file, data through `.data`.
import '../../dist/cdn/regional-bar-chart.js';
import { until } from './until.js';

export async function mount(container, { dataset, rows }) {
  const el = document.createElement('cw-regional-bar-chart');
  el.data = dataset;
  container.append(el);
  const root = el.shadowRoot;
  // Bars come after the lazily imported validator has checked `.data` and the
  // element has measured its width (a ResizeObserver, then a frame). Up to 30
  // regions every one is a bar; above, the top 20 and an "Other regions" bar
  // (FOLD_ABOVE and DEFAULT_LIMIT in layout.ts), with every region in the table.
  const drawn = rows.length > 30 ? 21 : rows.length;
  const bars = () =>
    root.querySelectorAll('.bar').length === drawn &&
    root.querySelectorAll('tbody tr').length >= rows.length;
  const width = () => Number(root.querySelector('.plot')?.getAttribute('width'));
  await until(root, bars);
  return {
    metric(metric) {
      el.metric = metric;
      return until(root, () => root.querySelector('.title').textContent.includes(metric) && bars());
    },
    resized: (px) => until(root, () => width() <= px && bars()),
  };
}
