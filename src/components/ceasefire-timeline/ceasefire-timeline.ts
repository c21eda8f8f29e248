import { defineElement } from '../../internal/define.js';
import { CwCeasefireTimeline } from './ceasefire-timeline.component.js';

export { CwCeasefireTimeline };

/** Detail of the bubbling, composed `cw-select` event: the chosen event's id. */
export interface CwSelectDetail {
  id: string;
}

defineElement('cw-ceasefire-timeline', CwCeasefireTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'cw-ceasefire-timeline': CwCeasefireTimeline;
  }
  interface HTMLElementEventMap {
    'cw-select': CustomEvent<CwSelectDetail>;
  }
  interface DocumentEventMap {
    'cw-select': CustomEvent<CwSelectDetail>;
  }
  interface WindowEventMap {
    'cw-select': CustomEvent<CwSelectDetail>;
  }
}
