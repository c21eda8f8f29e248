// An element as a standalone image, for social media and print: its title,
// figures, drawing, notes, scope statement and source line in one SVG file
// that looks the same in any viewer, and that SVG rasterised to PNG. Loaded
// with import() on the first save (get-actions.ts), never with an element.

const SVG_NS = 'http://www.w3.org/2000/svg';
/** Fonts every system has (or substitutes metrically): the file must not depend on the page's. */
export const IMAGE_FONT = 'Arial, Helvetica, "Liberation Sans", sans-serif';

/**
 * What goes into the image, in the element's order: text parts as wrapped
 * lines, `svg.drawing` as vector graphics. The scope and source are taken
 * even when `hide-source` hides them on the page: an image posted on its
 * own must say whose figures these are.
 */
const PARTS = [
  '[part~=title]',
  '[part~=as-of]',
  '[part~=summary]:not(.visually-hidden)',
  '[part~=legend] > li',
  'svg.drawing',
  '[part~=list] > li',
  '[part~=figure]',
  '[part~=statement]',
  '[part~=label]',
  '[part~=date]',
  '[part~=versions] > p',
  '[part~=note]',
  '[part~=not-reported]',
  '[part~=undated]',
  '[part~=reconciliation]',
  '[part~=discrepancies]',
  '[part~=notes] > p:not(.visually-hidden)',
  '[part~=scope]',
  '[part~=source]',
].join(',');

/** Presentation a drawing takes from CSS, written onto each cloned node as attributes. */
const PAINT = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
  // A label's halo is a stroke painted under its words; in the other order it hides them.
  'paint-order',
  'opacity',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
  'visibility',
];

const LINE_HEIGHT = 1.35;

function make<K extends keyof SVGElementTagNameMap>(
  name: K,
  attributes: Record<string, string | number>,
): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG_NS, name);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, String(value));
  return node;
}

/** Hidden on the page: not drawn, not part of a block's text. */
function hidden(element: Element): boolean {
  const style = getComputedStyle(element);
  return (
    style.display === 'none' ||
    style.visibility === 'hidden' ||
    element.classList.contains('visually-hidden')
  );
}

/**
 * A block's text as a reader sees it: hidden copies (a count-up's ghost
 * digits, screen-reader text) left out, and a line break ("\n") around each
 * block inside it (block, flex and grid boxes, grid cells), as the page
 * breaks a list row's date, title and details onto lines of their own.
 * Items of a flex row stay on their line ("about" before the counter's 70).
 */
function visibleText(node: Node): string {
  // A text's own line breaks are spaces, as the page lays them out (white-space: normal).
  if (node.nodeType === Node.TEXT_NODE) return (node.textContent ?? '').replace(/\s+/g, ' ');
  if (!(node instanceof Element) || node instanceof SVGElement) return '';
  // The counter's invisible copy of its final value: the figure, whatever frame a count-up is at.
  if (node.classList.contains('ghost')) return node.textContent;
  if (node.classList.contains('digits') || hidden(node)) return '';
  const text = [...node.childNodes].map(visibleText).join('');
  const inline =
    getComputedStyle(node).display.startsWith('inline') ||
    (node.parentElement && getComputedStyle(node.parentElement).display.endsWith('flex'));
  return inline ? text : `\n${text}\n`;
}

/** A copy of a drawing with its computed paint as attributes: no stylesheet, no CSS variable left. */
function paintedCopy(source: Element): Element | undefined {
  if (source instanceof SVGElement && source !== source.ownerSVGElement && hidden(source))
    return undefined;
  const copy = document.createElementNS(SVG_NS, source.localName);
  for (const { name, value } of source.attributes)
    if (!/^(class|part|role|tabindex|aria-|data-)/.test(name)) copy.setAttribute(name, value);
  const style = getComputedStyle(source);
  for (const property of PAINT) {
    const value = style.getPropertyValue(property);
    if (value) copy.setAttribute(property, value);
  }
  if (source.localName === 'text') copy.setAttribute('font-family', IMAGE_FONT);
  for (const child of source.childNodes) {
    if (child.nodeType === Node.TEXT_NODE) copy.append(child.textContent ?? '');
    else if (child instanceof Element) {
      const inner = paintedCopy(child);
      if (inner) copy.append(inner);
    }
  }
  return copy;
}

/** Words broken into lines no wider than `width`, measured in the image's own font. */
function wrap(text: string, font: string, width: number): string[] {
  const context = document.createElement('canvas').getContext('2d');
  if (context) context.font = font;
  const measure = (line: string) => context?.measureText(line).width ?? line.length * 8;
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ').filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && measure(next) > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/** Text's lines: its own breaks kept, each wrapped to `width`. */
const paragraphs = (text: string, font: string, width: number) =>
  text
    .split('\n')
    .map((paragraph) => paragraph.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .flatMap((paragraph) => wrap(paragraph, font, width));

/**
 * The element as it is drawn now, as one SVG document: its width on the
 * page, the parts above stacked in order with their own sizes and colours
 * (computed, so themes and `--cw-*` properties are resolved), text in a
 * font every system has. The bars are at their final length even while they
 * grow in: the geometry is the layout's, not the animation's.
 */
export function elementSvg(host: HTMLElement): SVGSVGElement {
  const root = host.shadowRoot?.querySelector('.cw-root');
  if (!root) throw new Error(`<${host.localName}> has not rendered yet: nothing to draw.`);
  const rootStyle = getComputedStyle(root);
  const width = Math.round(root.getBoundingClientRect().width);
  const pad = parseFloat(rootStyle.paddingLeft) || 16;
  const inner = width - 2 * pad;
  const image = make('svg', { xmlns: SVG_NS, width, 'font-family': IMAGE_FONT });
  const background = make('rect', {
    width: '100%',
    height: '100%',
    fill: rootStyle.backgroundColor,
  });
  image.append(background);
  let y = pad;

  for (const part of root.querySelectorAll(PARTS)) {
    // Labels and values inside a drawing come with the drawing.
    if (part.parentElement?.closest('svg')) continue;
    if (part instanceof SVGSVGElement) {
      const drawing = paintedCopy(part);
      if (!drawing) continue;
      const height = Number(part.getAttribute('height')) || part.getBoundingClientRect().height;
      drawing.setAttribute('x', String(pad));
      drawing.setAttribute('y', String(y));
      image.append(drawing);
      y += height + pad / 2;
      continue;
    }
    const text = visibleText(part);
    if (!text.trim()) continue;
    const style = getComputedStyle(part);
    const size = parseFloat(style.fontSize);
    const font = `${style.fontWeight} ${size}px ${IMAGE_FONT}`;
    // A legend's swatches and glyphs lead its text, as on the page. A glyph in a
    // column of its own (a list row's mark) keeps that column's width, centred
    // in it, so the rows' text lines up whatever the shape.
    let x = pad;
    for (const icon of part.querySelectorAll('svg')) {
      const copy = paintedCopy(icon);
      const box = icon.getBoundingClientRect();
      if (!copy) continue;
      const cell = icon.parentElement;
      const column =
        cell && cell !== part && !getComputedStyle(cell).display.startsWith('inline')
          ? cell.getBoundingClientRect().width
          : box.width;
      copy.setAttribute('x', String(x + (column - box.width) / 2));
      copy.setAttribute('y', String(y + (size * LINE_HEIGHT - box.height) / 2));
      image.append(copy);
      x += column + 6;
    }
    const boxed = part.matches('[part~=scope]');
    const indent = boxed ? size * 0.75 : 0;
    const lines = paragraphs(text, font, inner - (x - pad) - 2 * indent);
    const block = make('text', {
      x: x + indent,
      y: y + (boxed ? size * 0.4 : 0),
      'font-size': size,
      'font-weight': style.fontWeight,
      fill: style.color,
    });
    for (const [i, line] of lines.entries()) {
      const row = make('tspan', { x: x + indent, dy: i === 0 ? size : size * LINE_HEIGHT });
      row.textContent = line;
      block.append(row);
    }
    const height = lines.length * size * LINE_HEIGHT + (boxed ? size * 0.8 : 0);
    if (boxed)
      // The scope statement keeps its box: it qualifies everything above it.
      image.append(
        make('rect', {
          x: pad,
          y,
          width: inner,
          height,
          fill: 'none',
          stroke: style.borderTopColor,
          'stroke-width': 1,
        }),
        make('rect', { x: pad, y, width: 3, height, fill: style.borderTopColor }),
      );
    image.append(block);
    // The gap after a block is the body text's, not a large figure's.
    y += height + Math.min(size, 16) * 0.5;
  }
  const height = Math.ceil(y + pad / 2);
  image.setAttribute('height', String(height));
  image.setAttribute('viewBox', `0 0 ${width} ${height}`);
  return image;
}

/** The SVG as a file. */
export function svgBlob(image: SVGSVGElement): Blob {
  const text = new XMLSerializer().serializeToString(image);
  return new Blob([`<?xml version="1.0" encoding="UTF-8"?>\n${text}`], { type: 'image/svg+xml' });
}

/**
 * The SVG drawn onto a canvas at `scale` × its size, as PNG. The browser
 * decodes the SVG from a `blob:` URL, so a page's Content-Security-Policy
 * must allow `img-src blob:` for PNGs (SVGs need nothing).
 */
export async function pngBlob(image: SVGSVGElement, scale: number): Promise<Blob> {
  const width = Number(image.getAttribute('width'));
  const height = Number(image.getAttribute('height'));
  const url = URL.createObjectURL(svgBlob(image));
  try {
    const picture = new Image(width, height);
    picture.src = url;
    await picture.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('No 2D canvas in this browser: the PNG cannot be drawn.');
    context.drawImage(picture, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) => {
      canvas.toBlob((blob) => {
        if (blob) resolve(blob);
        else reject(new Error('The PNG could not be encoded.'));
      }, 'image/png');
    });
  } finally {
    URL.revokeObjectURL(url);
  }
}
