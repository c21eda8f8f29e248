import { html, type TemplateResult } from 'lit';

/**
 * What an element's one polite live region says. A screen reader hears a
 * change of data (new data, another metric, region or filter) once, as the
 * new summary; the first view, a redraw at another width and the loading
 * state in between say nothing. `other` is what else the element announces
 * in the same region (the timeline's active event), so a change is never
 * read twice by two regions.
 */
export class Announcer {
  private summary: string | undefined;
  private other = '';
  private text = '';

  /** The region's text after a view: `summary` undefined while loading or on an error. */
  next(summary: string | undefined, other = ''): string {
    if (summary === undefined) return this.text;
    if (this.summary !== undefined && summary !== this.summary) this.text = summary;
    else if (this.summary !== undefined && other !== this.other) this.text = other;
    this.summary = summary;
    this.other = other;
    return this.text;
  }
}

/**
 * The live region, rendered in every state so it is the same node before
 * and after a change (a region inserted with its text announces nothing).
 */
export const renderAnnouncement = (text: string): TemplateResult =>
  html`<p class="visually-hidden announcement" role="status">${text}</p>`;
