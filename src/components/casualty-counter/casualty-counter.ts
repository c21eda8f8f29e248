import { defineElement } from '../../internal/define.js';
import { CwCasualtyCounter } from './casualty-counter.component.js';

export { CwCasualtyCounter };

defineElement('cw-casualty-counter', CwCasualtyCounter);

declare global {
  interface HTMLElementTagNameMap {
    'cw-casualty-counter': CwCasualtyCounter;
  }
}
