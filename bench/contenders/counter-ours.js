// <cw-casualty-counter> from the production CDN file: the national figure, counted up at once.
import '../../dist/cdn/casualty-counter.js';
import { until } from './until.js';

export async function mount(container, { dataset }, { duration }) {
  const el = document.createElement('cw-casualty-counter');
  el.start = 'immediate';
  el.duration = duration;
  el.data = dataset;
  container.append(el);
  const root = el.shadowRoot;
  // The moving digits sit over an invisible copy of the final value (.ghost).
  const digits = () => root.querySelector('.digits')?.textContent ?? '';
  await until(root, () => digits() !== '');
  return { final: () => until(root, () => digits() === root.querySelector('.ghost').textContent) };
}
