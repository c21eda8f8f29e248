/** The host's defaults, by a type selector (see guardTextSpacing()); a server render writes them as a `<style>`. */
export const spacingDefaults = (tag: string): string =>
  `${tag} { line-height: 1.45; letter-spacing: normal; word-spacing: normal; }`;

/** The guard sheet per document or shadow root holding hosts, per tag. */
const guards = new WeakMap<Document | ShadowRoot, Map<string, CSSStyleSheet>>();

/**
 * Lets a reader's text spacing (WCAG 1.4.12) into the element and keeps a
 * page's out. Inside, `.cw-root` inherits line-height, letter-spacing and
 * word-spacing from the host (see baseStyles); this sheet, added to the tree
 * the host sits in, gives the host the defaults with a type selector. That
 * beats a page's universal rules (`* { letter-spacing: 0.08em }`) and what
 * ancestors pass down, but not an `!important` rule, which is how
 * text-spacing bookmarklets and reader stylesheets apply theirs. A `:host`
 * rule could not tell the two apart: the page's rules beat it either way.
 */
export function guardTextSpacing(host: HTMLElement): void {
  const root = host.getRootNode();
  const view = host.ownerDocument.defaultView;
  if (!view || !(root instanceof view.Document || root instanceof view.ShadowRoot)) return;
  let sheets = guards.get(root);
  if (!sheets) guards.set(root, (sheets = new Map<string, CSSStyleSheet>()));
  let sheet = sheets.get(host.localName);
  // A page that sets adoptedStyleSheets wholesale drops the sheet: add it again.
  if (sheet && root.adoptedStyleSheets.includes(sheet)) return;
  if (!sheet) {
    sheet = new view.CSSStyleSheet();
    sheet.replaceSync(spacingDefaults(host.localName));
    sheets.set(host.localName, sheet);
  }
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}
