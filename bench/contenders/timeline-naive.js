// The naive peer: every event its own SVG circle, no grouping, no validation, plain DOM.
const NS = 'http://www.w3.org/2000/svg';

const time = (date) => Date.parse(`${date.length === 10 ? `${date}T00:00` : date}:00Z`);

export async function mount(container, { dataset }) {
  const { events } = dataset;
  const width = container.clientWidth;
  const times = events.map((e) => time(e.date.value));
  const min = Math.min(...times);
  const max = Math.max(...times);
  const svg = document.createElementNS(NS, 'svg');
  svg.setAttribute('width', String(width));
  svg.setAttribute('height', '160');
  events.forEach((e, i) => {
    const circle = document.createElementNS(NS, 'circle');
    circle.setAttribute('cx', String(24 + ((times[i] - min) / (max - min)) * (width - 48)));
    circle.setAttribute('cy', e.kind === 'attack' ? '112' : '62');
    circle.setAttribute('r', String(Math.sqrt(e.figures.killed?.[0]?.value ?? 1) * 2.5));
    circle.setAttribute('fill', '#9b1c1c');
    svg.append(circle);
  });
  container.append(svg);
  return {};
}
