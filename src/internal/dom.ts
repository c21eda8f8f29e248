/** `<tag name=value …>children</tag>`. Strings become text nodes and are never parsed as HTML. */
export function element(
  tag: string,
  attributes: Record<string, string> = {},
  ...children: (Node | string)[]
): HTMLElement {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

/** Sets the text only when it differs: a live region then hears real changes only, as with lit. */
export function setText(node: Node, text: string): void {
  if (node.textContent !== text) node.textContent = text;
}

/** Makes `nodes` the parent's children, touching the DOM only when they are not already. */
export function setChildren(parent: Node, nodes: readonly Node[]): void {
  const { childNodes } = parent;
  if (childNodes.length !== nodes.length || nodes.some((node, i) => childNodes[i] !== node)) {
    (parent as ParentNode).replaceChildren(...nodes);
  }
}
