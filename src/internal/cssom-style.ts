import { noChange } from 'lit';
import { Directive, PartType, directive, type ElementPart, type PartInfo } from 'lit/directive.js';

type Styles = Readonly<Record<string, string>>;

/**
 * Sets inline style properties through the CSSOM only: `<div ${cssomStyle({ top: '4px' })}>`.
 * Lit's styleMap writes a `style` attribute on first render, which a strict
 * `style-src` Content-Security-Policy blocks; `element.style.setProperty` is allowed.
 */
class CssomStyleDirective extends Directive {
  private previous: Styles = {};

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT)
      throw new Error('cssomStyle() goes on an element: <div ${cssomStyle(...)}>');
  }

  // The styles are applied in update(), which has the element.
  render(_styles: Styles): unknown {
    return noChange;
  }

  override update(part: ElementPart, [styles]: [Styles]): unknown {
    const style = (part.element as HTMLElement).style;
    for (const name of Object.keys(this.previous))
      if (!(name in styles)) style.removeProperty(name);
    for (const [name, value] of Object.entries(styles)) style.setProperty(name, value);
    this.previous = styles;
    return noChange;
  }
}

export const cssomStyle = directive(CssomStyleDirective);
