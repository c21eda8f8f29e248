import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import { qualifiedShort } from '../../../internal/format.js';
import type { HorizontalLayout, Mark, Totals } from '../layout/types.js';
import { tickLabel } from '../text.js';
import { renderPill, turn } from './glyph.js';

function renderCeasefireLines(layout: HorizontalLayout): SVGTemplateResult {
  return svg`<g class="ceasefire-lines">${layout.ceasefires.map(
    (c) => svg`<line class="ceasefire-line" x1=${c.x} x2=${c.x} y1="0" y2=${c.height}></line>
      ${c.labelFits ? svg`<text class="ceasefire-label" x=${c.labelX} y=${c.labelY} data-key=${layout.holder.get(c.ceasefire.id) ?? nothing}>${c.label}</text>` : nothing}`,
  )}</g>`;
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
  const noFigure = mark.shape !== 'group' && mark.noFigure;
  const classes = `mark ${mark.lane} ${mark.shape}${noFigure ? ' no-figure' : ''}${active ? ' active' : ''}`;
  if (mark.shape === 'group') {
    const { spanLine } = mark;
    return svg`<g class=${classes} data-key=${mark.key} transform="translate(${mark.x},${mark.y})">
      <circle class="hit" r=${mark.hit}></circle>
      <line class="span" x1=${spanLine[0]} x2=${spanLine[1]}></line>
      ${active ? renderPill(mark.ring, 'ring') : nothing}
      ${renderPill(mark.badge, 'shape')}
      <text class="count" y=${mark.countY}>${mark.events.length}</text>
    </g>`;
  }
  return svg`<g class=${classes} data-key=${mark.key} transform="translate(${mark.x},${mark.y})">
    <circle class="hit" r=${mark.hit}></circle>
    ${active ? svg`<path class="ring" transform=${turn(mark.ring)} d=${mark.ring.d}></path>` : nothing}
    <path class="shape" transform=${turn(mark.symbol)} d=${mark.symbol.d}></path>
  </g>`;
}

function renderTotals(totals: Totals, caption: string, locale: string): SVGTemplateResult {
  const { x0, x1 } = totals;
  return svg`<g class="totals">
    <text class="totals-caption" x=${totals.caption.x} y=${totals.caption.y}>${caption}</text>
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

/** The wide layout: ceasefire lines, the violation links, markers and groups, the axis and the totals. */
export function renderChart(
  layout: HorizontalLayout,
  activeKey: string | undefined,
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
    <g class="marks">${layout.marks.map((m) => renderMark(m, m.key === activeKey))}</g>
    ${layout.totals ? renderTotals(layout.totals, totalsCaption, locale) : nothing}
  </svg>`;
}
