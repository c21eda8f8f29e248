// Chart.js with only what a horizontal bar chart needs, animation off.
import { Chart, BarController, BarElement, CategoryScale, LinearScale } from 'chart.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale);

// Largest first, as our element sorts by default.
function chartData(rows, metric) {
  const sorted = [...rows].sort((a, b) => b[metric] - a[metric]);
  return {
    labels: sorted.map((row) => row.name),
    datasets: [{ label: metric, data: sorted.map((row) => row[metric]) }],
  };
}

export async function mount(container, { rows }) {
  const box = document.createElement('div');
  box.style.position = 'relative'; // Chart.js sizes a responsive canvas from its parent
  const canvas = document.createElement('canvas');
  box.append(canvas);
  container.append(box);
  // Chart.js draws on a canvas: no DOM to observe, so a plugin says when it has drawn.
  let afterRender;
  const rendered = (check) =>
    new Promise((resolve) => {
      afterRender = () => check() && resolve();
      afterRender();
    });
  const chart = new Chart(canvas, {
    type: 'bar',
    data: chartData(rows, 'killed'),
    options: { indexAxis: 'y', animation: false, responsive: true },
    plugins: [{ id: 'bench-rendered', afterRender: () => afterRender?.() }],
  });
  const drawn = (metric) =>
    chart.data.datasets[0].label === metric && chart.getDatasetMeta(0).data.length === rows.length;
  await rendered(() => drawn('killed'));
  return {
    metric(metric) {
      chart.data = chartData(rows, metric);
      chart.update();
      return rendered(() => drawn(metric));
    },
    resized: (px) => rendered(() => chart.width === px),
  };
}
