import { html, nothing, type TemplateResult } from 'lit';
import { versionsOf } from '../../../data/query.js';
import { METRIC_IDS, type Dataset, type TimelineEvent } from '../../../data/types.js';
import { qualifiedNumber } from '../../../internal/format.js';
import {
  citationText,
  creditText,
  sourceText,
  type Attributed,
} from '../../../internal/source-text.js';
import { FIGURES_TEXT, claimLabel, metricLabel, ordinalText, versionsText } from '../text.js';

/**
 * Each claim's own credit, status and place in the source, beside it: who
 * verified munition fragments did not verify the toll. A figure's date is the
 * event's, so it is left out here rather than said to be unstated.
 */
function attribution(data: Dataset, item: Attributed, locale: string): TemplateResult {
  const { reportedBy, citation, status } = item;
  return html`<span class="attribution"
    >${sourceText(data, [{ reportedBy, citation, status }], locale)}</span
  >`;
}

/** Each metric's version shown by default (the credited one), its attribution, and every other version. */
export function renderFigures(data: Dataset, event: TimelineEvent, locale: string): TemplateResult {
  const rows = METRIC_IDS.flatMap((metric) => {
    const { shown, others, contradiction } = versionsOf(data, event.figures[metric] ?? []);
    if (!shown) return [];
    const also = others.map(
      (f) =>
        `${qualifiedNumber(f.value, f.qualifier, locale)} (${creditText(data, f).join('; ')}; ${citationText(data, f)})`,
    );
    return [
      html`<li>
        <span class="figure"
          >${qualifiedNumber(shown.value, shown.qualifier, locale)}
          ${metricLabel(data, metric)}</span
        >
        ${attribution(data, shown, locale)}
        ${
          also.length > 0
            ? html`<span class="versions">${versionsText(also, contradiction?.reason)}</span>`
            : nothing
        }
      </li>`,
    ];
  });
  if (rows.length === 0)
    return html`<dd>${FIGURES_TEXT[event.kind === 'ceasefire' ? 'none' : 'notReported']}</dd>`;
  return html`<dd>
    <ul class="claims">
      ${rows}
    </ul>
  </dd>`;
}

/** Every separate claim of an event (date, munitions, attribution, breach…) with its own status. */
export function renderClaims(data: Dataset, event: TimelineEvent, locale: string): TemplateResult {
  return html`<dd>
    <ul class="claims">
      ${(event.claims ?? []).map(
        (claim) =>
          html`<li>
            <span class="claim-label">${claimLabel(claim, locale)}:</span> ${claim.text}
            ${attribution(data, claim, locale)}
            ${
              claim.ordinal === undefined
                ? nothing
                : html`<span class="versions">${ordinalText(data, event, claim.ordinal)}</span>`
            }
          </li>`,
      )}
    </ul>
  </dd>`;
}
