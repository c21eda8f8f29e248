import { html, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import type { EventKind } from '../../data/types.js';
import { DIAMOND, type Shape } from './layout-types.js';

const round = (n: number) => Math.round(n * 100) / 100;

/** The outline of one marker, centred on (x, y), as SVG. Groups are drawn by the chart itself. */
export function shapeSvg(shape: Shape, x: number, y: number, r: number): SVGTemplateResult {
  if (shape === 'diamond') {
    const a = round(r * DIAMOND);
    return svg`<path class="shape" d=${`M${round(x)},${round(y - a)}l${a},${a}l${-a},${a}l${-a},${-a}z`}></path>`;
  }
  if (shape === 'flag') {
    return svg`<path class="shape" d=${`M${round(x - r)},${round(y - r)}h${2 * r}l${-r},${round(r * 1.7)}z`}></path>`;
  }
  return svg`<circle class="shape" cx=${round(x)} cy=${round(y)} r=${round(r)}></circle>`;
}

/** A small inline marker for text: legend entries, list rows, the card heading. */
export function glyph(
  kind: EventKind | 'group',
  options: { r?: number; noFigure?: boolean; count?: number } = {},
): TemplateResult {
  const r = options.r ?? 6;
  const size = Math.max(16, Math.ceil(r * 2 * DIAMOND) + 4);
  const c = size / 2;
  const classes = `glyph ${kind}${options.noFigure ? ' no-figure' : ''}`;
  if (kind === 'group') {
    const label = String(options.count ?? '');
    const w = 12 + 7 * label.length;
    return html`<svg
      class=${classes}
      width=${w}
      height="18"
      viewBox="0 0 ${w} 18"
      aria-hidden="true"
    >
      <rect class="shape" x="0.5" y="0.5" width=${w - 1} height="17" rx="8.5"></rect>
      <text x=${w / 2} y="13" text-anchor="middle">${label}</text>
    </svg>`;
  }
  const shape: Shape = kind === 'ceasefire' ? 'flag' : kind === 'violation' ? 'diamond' : 'circle';
  return html`<svg
    class=${classes}
    width=${size}
    height=${size}
    viewBox="0 0 ${size} ${size}"
    aria-hidden="true"
  >
    ${shapeSvg(shape, c, kind === 'ceasefire' ? c - 2 : c, r)}
  </svg>`;
}
