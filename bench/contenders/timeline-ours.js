// <cw-ceasefire-timeline> from the production CDN file, data through `.data`.
import '../../dist/cdn/ceasefire-timeline.js';
import { until } from './until.js';

export async function mount(container, { dataset }) {
  const el = document.createElement('cw-ceasefire-timeline');
  el.data = dataset;
  container.append(el);
  await until(el.shadowRoot, () => el.shadowRoot.querySelector('.mark') !== null);
  return { element: el };
}
