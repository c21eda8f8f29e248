/**
 * The elements' controls that a click works: buttons (the table toggle, Save
 * image, a timeline card's close and its list of events), the chart's bars
 * and the timeline's markers, labels and rows. Summaries are not here:
 * cancelling their click would keep their details shut, and the browser
 * already lets them win over a link around the element.
 */
const CONTROLS = 'button, .row[data-index], [data-key]';

/**
 * For the host's click listener. Inside a link (a teaser card that links to
 * the article), a click on one of the element's controls works that control
 * and does not follow the link; a click anywhere else follows it, as on the
 * rest of the card. (The element's own links, such as "Get the data", sit
 * outside its controls.) `closest()` stays inside the element's shadow root,
 * so a page's button around the element is the page's business.
 */
export function keepControlClicks(event: Event): void {
  const [target] = event.composedPath();
  if (target instanceof Element && target.closest(CONTROLS)) event.preventDefault();
}
