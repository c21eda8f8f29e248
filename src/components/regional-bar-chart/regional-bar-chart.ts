import { defineElement } from '../../internal/define.js';
import { CwRegionalBarChart } from './regional-bar-chart.component.js';

export { CwRegionalBarChart };

defineElement('cw-regional-bar-chart', CwRegionalBarChart);

declare global {
  interface HTMLElementTagNameMap {
    'cw-regional-bar-chart': CwRegionalBarChart;
  }
}
