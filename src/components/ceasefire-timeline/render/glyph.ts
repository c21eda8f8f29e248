import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import type { EventKind } from '../../../data/types.js';
import type { Glyph, Pill, SymbolShape } from '../layout/types.js';

/** The transform that turns a centred symbol (ceasefire flags point down). */
export const turn = (s: SymbolShape) => (s.angle ? `rotate(${s.angle})` : nothing);

/** A rounded rectangle: a group's badge or its ring. */
export function renderPill(p: Pill, className: string): SVGTemplateResult {
  return svg`<rect class=${className} x=${p.x} y=${p.y} width=${p.width} height=${p.height} rx=${p.rx}></rect>`;
}

/** A small marker beside text: legend entries, list rows, cards. */
export function renderGlyph(
  kind: EventKind | 'group',
  glyph: Glyph,
  noFigure = false,
): TemplateResult {
  const { width, height } = glyph;
  return html`<svg
    class="glyph ${kind}${noFigure ? ' no-figure' : ''}"
    width=${width}
    height=${height}
    viewBox="0 0 ${width} ${height}"
    aria-hidden="true"
  >
    ${
      glyph.kind === 'symbol'
        ? svg`<g transform="translate(${glyph.x},${glyph.y})"><path class="shape" transform=${turn(glyph.symbol)} d=${glyph.symbol.d}></path></g>`
        : svg`${renderPill(glyph.badge, 'shape')}<text x=${glyph.countX} y=${glyph.countY}>${glyph.count}</text>`
    }
  </svg>`;
}
