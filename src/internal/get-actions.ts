import { html, nothing, type TemplateResult } from 'lit';
import { csvHref, fileBase, shownCsv, type Shown } from '../data/csv-write.js';
import type { Dataset } from '../data/types.js';
import { common } from './messages.js';
import { scopeText } from './source-text.js';

/** The `download` link: the shown figures as a CSV `data:` URL, and the file's name. */
export interface Download {
  href: string;
  fileName: string;
}

/** What `image-export` saves: an SVG, or a PNG at 1× or 2× the element's size. */
export type ImageFormat = 'svg' | 'png' | 'png-2x';

/**
 * For a view: the shown figures as a download named after the element's
 * title and the dataset, with the scope statement the element shows.
 */
export function downloadOf(data: Dataset, title: string, shown: Shown, locale: string): Download {
  const csv = shownCsv(data, { ...shown, scope: scopeText(data, locale) });
  return { href: csvHref(csv), fileName: `${fileBase(title, data.id)}.csv` };
}

/**
 * The element drawn as an image file. The drawing code loads on first use,
 * so pages that never save an image never download it.
 */
export async function exportImage(
  host: HTMLElement,
  type: 'svg' | 'png',
  scale = 1,
): Promise<Blob> {
  if (!(scale > 0 && scale <= 8)) throw new RangeError(`scale ${scale} is not between 0 and 8.`);
  const image = await import('./image-export.js');
  const svg = image.elementSvg(host);
  return type === 'svg' ? image.svgBlob(svg) : image.pngBlob(svg, scale);
}

/** Saves the element's image as a file named like its CSV (`…-karabakh-2020.png`). */
export async function saveImage(host: HTMLElement, format: ImageFormat, name: string) {
  const blob = await exportImage(
    host,
    format === 'svg' ? 'svg' : 'png',
    format === 'png-2x' ? 2 : 1,
  );
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = `${name}${format === 'png-2x' ? '@2x' : ''}.${format === 'svg' ? 'svg' : 'png'}`;
  link.click();
  // The click has started the download; the URL is not needed after this task.
  setTimeout(() => {
    URL.revokeObjectURL(link.href);
  });
}

/**
 * Under the source block: "Get the data (CSV)", a real link (keyboard,
 * context menu and screen readers treat it as one), and with `image-export`
 * the "Save image" buttons. Outside the block, so `hide-source` never leaves
 * a focusable control invisible.
 */
export function renderGetActions(
  host: HTMLElement,
  locale: string,
  files: { download?: Download; fileName: string },
  imageExport: boolean,
): TemplateResult | typeof nothing {
  const { download, fileName } = files;
  if (!download && !imageExport) return nothing;
  const words = common(locale);
  const button = (format: ImageFormat, text: string) =>
    html`<button type="button" part="save" @click=${() => void saveImage(host, format, fileName)}>
      ${text}
    </button>`;
  return html`<p class="get" part="get">
    ${
      download
        ? html`<a part="download" href=${download.href} download=${download.fileName}
            >${words.getData}</a
          >`
        : nothing
    }
    ${
      imageExport
        ? html`<span class="save" role="group" aria-label=${words.saveImage}
            >${words.saveImage}: ${button('svg', words.saveSvg)} ${button('png', words.savePng)}
            ${button('png-2x', words.savePng2x)}</span
          >`
        : nothing
    }
  </p>`;
}
