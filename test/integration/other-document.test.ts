import { fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/elements.js';

const TAGS = ['cw-casualty-counter', 'cw-regional-bar-chart', 'cw-ceasefire-timeline'] as const;

/** A same-origin iframe's document, ready. */
async function frameDocument(): Promise<Document> {
  const frame = await fixture<HTMLIFrameElement>(
    html`<iframe title="Another document" style="width: 800px; height: 600px"></iframe>`,
  );
  await waitUntil(() => frame.contentDocument?.body, 'no frame body');
  return frame.contentDocument!;
}

/** Styled: the root has the elements' padding (1em) and a real background. */
function styled(el: HTMLElement): boolean {
  const root = el.shadowRoot?.querySelector('.cw-root');
  if (!root) return false;
  const style = root.ownerDocument.defaultView!.getComputedStyle(root);
  return style.paddingTop === '16px' && style.backgroundColor !== 'rgba(0, 0, 0, 0)';
}

const shown = (el: HTMLElement) =>
  waitUntil(
    () => el.shadowRoot?.querySelector('.source') && styled(el),
    `${el.localName} unstyled`,
    {
      timeout: 5000,
    },
  );

/**
 * Embeds move between documents: a same-origin iframe, document.adoptNode,
 * an element created in a frame and moved out. Styles follow the element.
 */
describe('elements moved into another document', () => {
  for (const tag of TAGS) {
    it(`${tag}: rendered here, moved into an iframe, stays styled; and back again`, async () => {
      const el = await fixture<HTMLElement>(`<${tag} start="none"></${tag}>`);
      await shown(el);
      const doc = await frameDocument();
      doc.body.append(doc.adoptNode(el));
      await shown(el);
      document.body.append(el);
      await shown(el);
      el.remove();
    });

    it(`${tag}: created in an iframe's document and moved out, styled`, async () => {
      const doc = await frameDocument();
      const el = doc.createElement(tag);
      el.setAttribute('start', 'none');
      doc.body.append(el);
      document.body.append(el);
      customElements.upgrade(el);
      await shown(el);
      el.remove();
    });
  }
});
