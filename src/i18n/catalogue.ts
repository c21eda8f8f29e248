import type { CounterMessages } from '../components/casualty-counter/messages.js';
import type { ChartMessages } from '../components/regional-bar-chart/messages.js';
import type { TimelineMessages } from '../components/ceasefire-timeline/messages.js';
import type { CommonMessages } from '../internal/messages.js';

/**
 * Every word the elements write in one language, by section: `common` (source
 * lines, dates, qualifiers, errors) and one section per element. The English
 * of each section, next to the code that uses it, is the reference: read it
 * for what each message says and which values it is given.
 */
export interface Catalogue {
  /** Writing direction; `rtl` mirrors the elements' layout. */
  dir?: 'ltr' | 'rtl';
  common: CommonMessages;
  counter: CounterMessages;
  chart: ChartMessages;
  timeline: TimelineMessages;
}

/** A page's own catalogue: any key it leaves out falls back to English (with one warning). */
export type PartialCatalogue = {
  dir?: 'ltr' | 'rtl';
} & { [S in Exclude<keyof Catalogue, 'dir'>]?: Partial<Catalogue[S]> };
