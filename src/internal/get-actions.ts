import {
  html,
  nothing,
  type ReactiveController,
  type ReactiveControllerHost,
  type TemplateResult,
} from 'lit';
import type { Shown } from '../data/csv-write.js';
import type { Dataset } from '../data/types.js';
import { common } from './messages.js';
import { clearError, reportError } from './errors.js';
import { scopeOf } from './source-text.js';
import { fileBase } from '../data/slug.js';

/** What a view offers with `download`: the figures it shows, from which data, under which name. */
export interface DownloadRequest {
  data: Dataset;
  shown: Shown;
  /** Without the extension. */
  fileName: string;
}

/** What `image-export` saves: an SVG, or a PNG at 1× or 2× the element's size. */
export type ImageFormat = 'svg' | 'png' | 'png-2x';

/** The files a view offers: named after its title and the dataset, with a download when `shown` is given. */
export interface Files {
  download?: DownloadRequest;
  /** For the images, without the extension. */
  fileName: string;
}

/**
 * For a view: its file name, and with `download` on, the figures it shows
 * with the scope statement it shows (a dataset without its own gets one).
 */
export function filesOf(
  data: Dataset,
  title: string,
  shown: Shown | undefined,
  locale: string,
): Files {
  const fileName = fileBase(title, data.id);
  if (!shown) return { fileName };
  return {
    fileName,
    download: { data, shown: { ...shown, scope: scopeOf(data, locale).statement }, fileName },
  };
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
  if (!(scale > 0 && scale <= 8))
    throw new RangeError(`scale ${String(scale)} is not from 0 to 8.`);
  const image = await import('./image-export.js');
  const svg = image.elementSvg(host);
  return type === 'svg' ? image.svgBlob(svg) : image.pngBlob(svg, scale);
}

/**
 * Saves the element's image as a file named like its CSV
 * (`…-karabakh-2020.png`). Throws what stopped it: a PNG needs `img-src
 * blob:` under a Content-Security-Policy, and the image code its chunk.
 */
async function saveImage(host: HTMLElement, format: ImageFormat, name: string) {
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

/** The CSV writer, once a page has loaded it: every element with `download` shares it. */
let writer: typeof import('../data/csv-write.js') | undefined;

/**
 * "Get the data (CSV)" and "Save image" under an element's source block. The
 * CSV writer loads with import() the first time an element with `download`
 * renders, so pages without it never download it; until then the link holds
 * its place without an href (nothing moves when it arrives).
 */
export class GetActionsController implements ReactiveController {
  /** The request the href was written for: a new view writes the file again. */
  private request?: DownloadRequest;
  private href?: string;
  private waiting = false;
  /** Whether the last "Save image" failed: said beside the buttons until the next one. */
  private saveFailed = false;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  /** After the render that needed the writer: load it, then draw the link again. */
  hostUpdated(): void {
    if (!this.waiting) return;
    this.waiting = false;
    void import('../data/csv-write.js').then((module) => {
      writer = module;
      this.host.requestUpdate();
    });
  }

  /**
   * A button's save: a failure is said to the reader beside the buttons and
   * reported to the page (cw-error `image-failed`), never left as an
   * unhandled rejection behind a button that did nothing.
   */
  private async save(format: ImageFormat, name: string): Promise<void> {
    if (this.saveFailed) {
      this.saveFailed = false;
      this.host.requestUpdate();
    }
    try {
      await saveImage(this.host, format, name);
      clearError(this);
    } catch (e) {
      this.saveFailed = true;
      this.host.requestUpdate();
      const message =
        format === 'svg'
          ? `The SVG image could not be made (${String(e)}).`
          : `The PNG image could not be made (${String(e)}). Under a Content-Security-Policy a PNG needs img-src blob:.`;
      reportError(this.host, { code: 'image-failed', message }, this);
    }
  }

  /** The file as a `data:` URL, written once per view. */
  private hrefOf(request: DownloadRequest): string | undefined {
    if (request === this.request) return this.href;
    if (!writer) {
      this.waiting = true;
      return undefined;
    }
    this.request = request;
    this.href = writer.csvHref(writer.shownCsv(request.data, request.shown));
    return this.href;
  }

  /**
   * A real link (keyboard, context menu and screen readers treat it as one)
   * and, with `image-export`, the image buttons. Outside the source block, so
   * `hide-source` never leaves a focusable control invisible.
   */
  render(locale: string, files: Files, imageExport: boolean): TemplateResult | typeof nothing {
    const { download, fileName } = files;
    if (!download && !imageExport) return nothing;
    const words = common(locale);
    const button = (format: ImageFormat, text: string) =>
      html`<button type="button" part="save" @click=${() => void this.save(format, fileName)}>
        ${text}
      </button>`;
    return html`<p class="get" part="get">
      ${
        download
          ? html`<a
              part="download"
              href=${this.hrefOf(download) ?? nothing}
              download=${`${download.fileName}.csv`}
              >${words.getData}</a
            >`
          : nothing
      }
      ${
        imageExport
          ? html`<span class="save" role="group" aria-label=${words.saveImage}
                >${words.saveImage}${words.colon} ${button('svg', words.saveSvg)}
                ${button('png', words.savePng)} ${button('png-2x', words.savePng2x)}</span
              ><span class="save-failed" role="status"
                >${this.saveFailed ? words.error['image-failed'] : nothing}</span
              >`
          : nothing
      }
    </p>`;
  }
}
