import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import { asOfText, qualifiedNumber, qualifiedShort } from '../../../internal/format.js';
import type { HorizontalLayout, Label, Mark, Totals } from '../layout/types.js';
import { tickLabel } from '../text.js';
import type { Selection } from '../view.js';
import { renderPill, turn } from './glyph.js';

function renderCeasefireLines(layout: HorizontalLayout): SVGTemplateResult {
  return svg`<g class="ceasefire-lines">${layout.ceasefires.map(
    (c) => svg`<line class="ceasefire-line" x1=${c.x} x2=${c.x} y1=${c.y} y2=${c.height}></line>`,
  )}</g>`;
}

/** Lane names, ceasefire labels and direct labels: each line a tspan, a leader where it is away from its mark. */
function renderLabels(layout: HorizontalLayout): SVGTemplateResult {
  const { lineHeight } = layout;
  const text = (l: Label) =>
    svg`<text class="label ${l.kind}" x=${l.x} y=${l.y} text-anchor=${l.anchor} data-key=${l.key ?? nothing}>${l.lines.map(
      (words, i) => svg`<tspan x=${l.x} dy=${i === 0 ? 0 : lineHeight}>${words}</tspan>`,
    )}</text>`;
  return svg`<g class="labels">
    ${layout.labels.map((l) => (l.leader ? svg`<path class="leader" d=${l.leader}></path>` : nothing))}
    ${layout.labels.map(text)}
  </g>`;
}

function renderAxis(layout: HorizontalLayout, locale: string): SVGTemplateResult {
  const { y, x0, x1, tickEnd, labelY, ticks } = layout.axis;
  return svg`<g class="axis">
    <line class="axis-line" x1=${x0} x2=${x1} y1=${y} y2=${y}></line>
    ${ticks.map(
      (t) => svg`<line class="tick" x1=${t.x} x2=${t.x} y1=${y} y2=${tickEnd}></line>
        <text class="tick-label" x=${t.x} y=${labelY} text-anchor=${t.anchor}>${tickLabel(t, locale)}</text>`,
    )}
  </g>`;
}

/** One mark, drawn around its centre, so its shapes need no coordinates of their own. */
function renderMark(mark: Mark, active: boolean): SVGTemplateResult {
  const classes = `mark ${mark.lane} ${mark.shape}${mark.noFigure ? ' no-figure' : ''}${active ? ' active' : ''}`;
  const group =
    mark.shape === 'group'
      ? {
          span: svg`<line class="span" x1=${mark.spanLine[0]} x2=${mark.spanLine[1]}></line>`,
          badge: svg`${renderPill(mark.badge, 'badge')}<text class="count" x=${mark.countX} y=${mark.countY}>${mark.events.length}</text>`,
        }
      : undefined;
  return svg`<g class=${classes} data-key=${mark.key} transform="translate(${mark.x},${mark.y})">
    <circle class="hit" r=${mark.hit}></circle>
    ${group?.span ?? nothing}
    ${active ? svg`<path class="ring" transform=${turn(mark.ring)} d=${mark.ring.d}></path>` : nothing}
    <path class="shape" transform=${turn(mark.symbol)} d=${mark.symbol.d}></path>
    ${group?.badge ?? nothing}
  </g>`;
}

/** Two dated totals or more: a step line on a scale. One: the figure, written out. */
function renderTotals(totals: Totals, caption: string, locale: string): SVGTemplateResult {
  const head = svg`<text class="totals-caption" x=${totals.caption.x} y=${totals.caption.y}>${caption}</text>`;
  if (totals.kind === 'figure') {
    const { figure, snapshot } = totals;
    const { value, qualifier, asOf } = snapshot.figure;
    return svg`<g class="totals">${head}
      <text class="totals-figure" x=${figure.x} y=${figure.y}><tspan class="totals-value">${qualifiedNumber(value, qualifier, locale)}</tspan><tspan class="totals-as-of" dx="0.4em">${asOfText(asOf, locale)}</tspan></text>
    </g>`;
  }
  const { x0, x1 } = totals;
  return svg`<g class="totals">
    ${head}
    ${totals.ticks.map(
      (t) => svg`<line class="grid" x1=${x0} x2=${x1} y1=${t.y} y2=${t.y}></line>
        <text class="tick-label" x=${t.labelX} y=${t.labelY}>${t.value}</text>`,
    )}
    <path class="totals-line" d=${totals.path}></path>
    ${totals.points.map(
      (p) => svg`<circle class="totals-point" cx=${p.x} cy=${p.y} r=${totals.pointRadius}></circle>
        ${p.label ? svg`<text class="totals-value" x=${p.label.x} y=${p.label.y} text-anchor=${p.label.anchor}>${qualifiedShort(p.snapshot.figure.value, p.snapshot.figure.qualifier, locale)}</text>` : nothing}`,
    )}
  </g>`;
}

/** The wide layout: ceasefire lines, the violation links, markers and groups, labels, the axis and the totals. */
export function renderChart(
  layout: HorizontalLayout,
  selection: Selection,
  locale: string,
  totalsCaption: string,
): TemplateResult {
  return html`<svg
    class="chart drawing"
    part="chart"
    width=${layout.width}
    height=${layout.height}
    viewBox="0 0 ${layout.width} ${layout.height}"
    aria-hidden="true"
  >
    ${renderCeasefireLines(layout)}
    <g class="links">
      ${layout.links.map((l) => svg`<path class="link" data-ceasefire=${l.ceasefire} d=${l.d}></path>`)}
    </g>
    ${renderAxis(layout, locale)}
    <g class="marks">
      ${layout.marks.map((m) => renderMark(m, !selection.pinned && m.key === selection.activeKey))}
      ${selection.pinned ? renderMark(selection.pinned, true) : nothing}
    </g>
    ${renderLabels(layout)}
    ${layout.totals ? renderTotals(layout.totals, totalsCaption, locale) : nothing}
  </svg>`;
}
