import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import { qualifiedShort } from '../../internal/format.js';
import type { HorizontalLayout, Mark, Totals } from './layout-types.js';
import { shapeSvg } from './marks.js';
import { tickLabel } from './text.js';

const round = (n: number) => Math.round(n * 100) / 100;

function renderBands(layout: HorizontalLayout): SVGTemplateResult {
  return svg`<g class="bands">${layout.bands.map(
    (
      b,
    ) => svg`<rect class="band shade-${b.shade}" x=${round(b.x0)} y="0" width=${round(b.x1 - b.x0)} height=${layout.axisY}></rect>
      <line class="band-start" x1=${round(b.x0)} x2=${round(b.x0)} y1="0" y2=${layout.axisY}></line>
      ${b.labelFits ? svg`<text class="band-label" x=${round(b.x0 + 10)} y="15" data-key=${layout.holder.get(b.ceasefire.id) ?? nothing}>${b.label}</text>` : nothing}`,
  )}</g>`;
}

function renderAxis(layout: HorizontalLayout, locale: string): SVGTemplateResult {
  const first = layout.ticks.at(0);
  const y = layout.axisY;
  const x0 = first ? Math.min(first.x, 24) : 24;
  return svg`<g class="axis">
    <line class="axis-line" x1=${x0} x2=${layout.width - 24} y1=${y} y2=${y}></line>
    ${layout.ticks.map(
      (t) => svg`<line class="tick" x1=${round(t.x)} x2=${round(t.x)} y1=${y} y2=${y + 5}></line>
        <text class="tick-label" x=${round(t.x)} y=${y + 18} text-anchor=${t.anchor}>${tickLabel(t, locale)}</text>`,
    )}
  </g>`;
}

function renderMark(mark: Mark, active: boolean): SVGTemplateResult {
  const classes = `mark ${mark.lane} ${mark.shape}${mark.noFigure ? ' no-figure' : ''}${active ? ' active' : ''}`;
  const x = round(mark.x);
  const hit = svg`<circle class="hit" cx=${x} cy=${mark.y} r=${Math.max(mark.r, 12)}></circle>`;
  if (mark.shape === 'group') {
    return svg`<g class=${classes} data-key=${mark.key}>
      ${hit}
      <line class="span" x1=${round(mark.span[0])} x2=${round(mark.span[1])} y1=${mark.y} y2=${mark.y}></line>
      ${active ? svg`<rect class="ring" x=${round(mark.x - mark.r - 4)} y=${mark.y - 13} width=${round(2 * mark.r + 8)} height="26" rx="13"></rect>` : nothing}
      <rect class="shape" x=${round(mark.x - mark.r)} y=${mark.y - 9} width=${round(2 * mark.r)} height="18" rx="9"></rect>
      <text class="count" x=${x} y=${mark.y + 4}>${mark.events.length}</text>
    </g>`;
  }
  return svg`<g class=${classes} data-key=${mark.key}>
    ${hit}
    ${active ? svg`<circle class="ring" cx=${x} cy=${mark.y} r=${round(mark.r * 1.3 + 4)}></circle>` : nothing}
    ${shapeSvg(mark.shape, mark.x, mark.y, mark.r)}
  </g>`;
}

function renderTotals(
  totals: Totals,
  layout: HorizontalLayout,
  caption: string,
  locale: string,
): SVGTemplateResult {
  const x0 = 24;
  const x1 = layout.width - 24;
  const labelAll = totals.points.length <= 12;
  return svg`<g class="totals">
    <text class="totals-caption" x=${x0} y=${totals.top - 20}>${caption}</text>
    ${totals.ticks.map(
      (t) => svg`<line class="grid" x1=${x0} x2=${x1} y1=${round(t.y)} y2=${round(t.y)}></line>
        <text class="tick-label" x=${x0 + 2} y=${round(t.y - 3)}>${t.value}</text>`,
    )}
    <path class="totals-line" d=${totals.path}></path>
    ${totals.points.map((p, i) => {
      const show = labelAll || i === totals.points.length - 1;
      const anchor = p.x > x1 - 40 ? 'end' : 'start';
      return svg`<circle class="totals-point" cx=${round(p.x)} cy=${round(p.y)} r="3.5"></circle>
        ${show ? svg`<text class="totals-value" x=${round(anchor === 'end' ? p.x - 7 : p.x + 7)} y=${round(p.y - 6)} text-anchor=${anchor}>${qualifiedShort(p.snapshot.figure.value, p.snapshot.figure.qualifier, locale)}</text>` : nothing}`;
    })}
  </g>`;
}

/** The wide layout: bands, the violation links, markers and groups, the axis and the totals. */
export function renderChart(
  layout: HorizontalLayout,
  activeKey: string | undefined,
  locale: string,
  totalsCaption: string,
): TemplateResult {
  return html`<svg
    class="chart"
    part="chart"
    width=${layout.width}
    height=${layout.height}
    viewBox="0 0 ${layout.width} ${layout.height}"
    aria-hidden="true"
  >
    ${renderBands(layout)}
    <g class="links">
      ${layout.links.map((l) => svg`<path class="link" data-ceasefire=${l.ceasefire} d=${l.d}></path>`)}
    </g>
    ${renderAxis(layout, locale)}
    <g class="marks">${layout.marks.map((m) => renderMark(m, m.key === activeKey))}</g>
    ${layout.totals ? renderTotals(layout.totals, layout, totalsCaption, locale) : nothing}
  </svg>`;
}
