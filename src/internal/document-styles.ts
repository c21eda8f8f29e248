import { adoptStyles, type LitElement } from 'lit';

/** The element's styles built in each other document it has been moved into, per element class. */
const built = new WeakMap<Document, Map<typeof LitElement, CSSStyleSheet[]>>();

/**
 * Styles that follow the element into another document. Lit adopts its
 * constructed stylesheets into the shadow root once, and a constructed sheet
 * belongs to the document that built it: moved into a same-origin iframe
 * (adoptNode, or appended to the frame's body) the shadow root drops them
 * and the element renders unstyled. On every connect without them, the
 * element's styles are adopted again: Lit's own sheets in the document they
 * were built in, else sheets built in the new document (once per document
 * and element class).
 */
export function keepStyles(host: LitElement): void {
  const root = host.shadowRoot;
  const doc = host.ownerDocument;
  const view = doc.defaultView;
  const type = host.constructor as typeof LitElement;
  if (!root || !view || root.adoptedStyleSheets.length > 0) return;
  if (doc === document) {
    adoptStyles(root, type.elementStyles);
    return;
  }
  let byType = built.get(doc);
  if (!byType) built.set(doc, (byType = new Map<typeof LitElement, CSSStyleSheet[]>()));
  let sheets = byType.get(type);
  if (!sheets) {
    sheets = type.elementStyles.map((style) => {
      const sheet = new view.CSSStyleSheet();
      const rules = style instanceof CSSStyleSheet ? [...style.cssRules] : [style];
      sheet.replaceSync(rules.map((rule) => rule.cssText).join('\n'));
      return sheet;
    });
    byType.set(type, sheets);
  }
  root.adoptedStyleSheets = sheets;
}
