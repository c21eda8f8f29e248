import { html, nothing, type TemplateResult } from 'lit';
import { versionsOf } from '../../../data/query.js';
import {
  METRIC_IDS,
  type Citation,
  type Dataset,
  type Figure,
  type TimelineEvent,
} from '../../../data/types.js';
import { countedText, qualifiedNumber } from '../../../internal/format.js';
import { common, labelledWords, phraseList } from '../../../internal/messages.js';
import {
  citationText,
  citedIn,
  creditText,
  statusText,
  type Attributed,
} from '../../../internal/source-text.js';
import { textLanguage } from '../../../data/translate.js';
import { wordsIn, type Words } from '../../../internal/i18n.js';
import { timelineWords } from '../messages.js';
import { attributionText, claimLabel, eventLabelsIn, metricLabel, ordinalText } from '../text.js';

/**
 * Where in the event's source an item is: its locator alone when it is the
 * same source (the card names the source once), else the full citation.
 */
function where(data: Dataset, event: TimelineEvent, item: { citation: Citation }): string {
  const { source, locator } = item.citation;
  return source === event.citation.source && locator ? locator : citationText(data, item);
}

/**
 * Each claim's own credit, status and place in the source, beside it: who
 * verified munition fragments did not verify the toll.
 */
function attribution(
  data: Dataset,
  event: TimelineEvent,
  item: Attributed,
  locale: string,
): TemplateResult {
  const text = attributionText(
    creditText(data, item, locale),
    statusText(data, [item], locale),
    where(data, event, item),
    locale,
  );
  return html`<span class="attribution">${citedIn(data, text, [item])}</span>`;
}

/**
 * "Also given: 21 — Legal Analysis … (the report names no source), section 7
 * (Barda strikes). Why this version: …": the versions a figure's default was
 * chosen from, each with its credit after a dash (in brackets, the credit's
 * own brackets would nest three deep), and the dataset's reason, marked with
 * its language.
 */
function versionsLine(
  data: Dataset,
  event: TimelineEvent,
  others: readonly Figure[],
  reason: string | undefined,
  locale: string,
): Words {
  const words = timelineWords(locale);
  const also = others.map(
    (f) =>
      `${qualifiedNumber(f.value, f.qualifier, locale)} — ${phraseList(creditText(data, f, locale), locale)}, ${where(data, event, f)}`,
  );
  const given = citedIn(data, words.alsoGiven(phraseList(also, locale)), others);
  if (!reason) return given;
  return html`${given} ${labelledWords(words.whyThisVersion, textLanguage(data), reason, locale)}`;
}

/** Each metric's version shown by default (the credited one), its attribution, and every other version. */
export function renderFigures(data: Dataset, event: TimelineEvent, locale: string): TemplateResult {
  const rows = METRIC_IDS.flatMap((metric) => {
    const { shown, others, contradiction } = versionsOf(data, event.figures[metric] ?? []);
    if (!shown) return [];
    return [
      html`<li>
        <span class="figure"
          >${eventLabelsIn(data, locale, countedText(shown, metricLabel(data, metric), locale), [])}</span
        >
        ${attribution(data, event, shown, locale)}
        ${
          others.length > 0
            ? html`<span class="versions"
                >${versionsLine(data, event, others, contradiction?.reason, locale)}</span
              >`
            : nothing
        }
      </li>`,
    ];
  });
  if (rows.length === 0)
    return html`<dd>
      ${timelineWords(locale)[event.kind === 'ceasefire' ? 'noFigures' : 'noCasualtyFigure']}
    </dd>`;
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
            <span class="claim-label">${claimLabel(claim, locale)}${common(locale).colon}</span>
            ${wordsIn(textLanguage(data), claim.text)} ${attribution(data, event, claim, locale)}
            ${
              claim.ordinal === undefined
                ? nothing
                : html`<span class="versions"
                    >${ordinalText(data, event, claim.ordinal, locale)}</span
                  >`
            }
          </li>`,
      )}
    </ul>
  </dd>`;
}
