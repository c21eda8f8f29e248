// countUp.js counting a span up to the same national figure.
import { CountUp } from 'countup.js';
import { until } from './until.js';

export async function mount(container, { national }, { duration }) {
  const el = document.createElement('span');
  container.append(el);
  new CountUp(el, national.killed, { duration: duration / 1000 }).start();
  await until(el, () => el.textContent !== '');
  // countUp.js groups thousands with a comma by default, as the `en` locale does.
  const final = national.killed.toLocaleString('en');
  return { final: () => until(el, () => el.textContent === final) };
}
