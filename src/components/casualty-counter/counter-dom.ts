import { element, setChildren, setText } from '../../internal/dom.js';
import type { CounterView } from './view.js';

type Shown = Extract<CounterView, { kind: 'found' | 'not-reported' }>;

/**
 * The nodes of a shown figure or "not reported" statement, made once. The live
 * region is therefore the same node across changes and announces an update
 * once; it gets its text before it is first attached, so a page load
 * announces nothing.
 */
class ShownNodes {
  readonly summary = element('p', {
    class: 'visually-hidden summary',
    'aria-live': 'polite',
    'aria-atomic': 'true',
  });
  readonly qualifier = element('span', { class: 'qualifier' });
  /**
   * The moving digits sit on top of an invisible copy of the final value in
   * one grid cell, so the box has its final size before, during and after the count-up.
   */
  readonly ghost = element('span', { class: 'ghost' });
  readonly digits = element('span', { class: 'digits' });
  readonly number = element('span', { class: 'number' }, this.ghost, this.digits);
  readonly figure = element('p', { part: 'figure', class: 'figure' });
  readonly statement = element('p', { part: 'statement', class: 'statement' });
  readonly label = element('p', { part: 'label', class: 'label' });
  readonly date = element('p', { part: 'date', class: 'date' });
  readonly visual = element('div', { class: 'visual', 'aria-hidden': 'true' });
  /** Same id, part and classes as renderSourceLine() gives the other elements. */
  readonly source = element('p', { id: 'source', part: 'source', class: 'source' });
  readonly counter = element('div', { class: 'counter' }, this.summary, this.visual, this.source);

  show(view: Shown, digits: string, hideSource: boolean): void {
    setText(this.summary, view.summary);
    setText(this.label, view.label);
    setText(this.source, view.source);
    this.source.classList.toggle('visually-hidden', hideSource);
    if (view.kind === 'found') {
      setText(this.qualifier, view.qualifier);
      setText(this.ghost, view.final);
      setText(this.digits, digits);
      setText(this.date, view.date);
      setChildren(this.figure, view.qualifier ? [this.qualifier, this.number] : [this.number]);
      setChildren(this.visual, [this.figure, this.label, this.date]);
    } else {
      setText(this.statement, view.statement);
      setChildren(this.visual, [this.statement, this.label]);
    }
  }
}

const loadingNodes = () =>
  element(
    'div',
    { class: 'counter', 'aria-busy': 'true' },
    element('p', { class: 'figure' }, element('span', { class: 'number' }, '\u00a0')),
    element('p', { class: 'label loading' }, 'Loading figure…'),
  );

/**
 * The counter's shadow DOM, written with plain DOM calls rather than lit-html,
 * which would be 3 KB of the counter's 10 KB budget. Each state's nodes are
 * built once and updated in place, so a count-up frame rewrites one text node.
 */
export class CounterDom {
  readonly root = element('div', { class: 'cw-root', part: 'base' });
  private loading?: HTMLElement;
  /** Same part, classes and role as renderError() gives the other elements. */
  private error?: HTMLElement;
  private shown?: ShownNodes;

  /** Shows `view`; `digits` is the count-up's current value, formatted. */
  show(view: CounterView, digits: string, hideSource: boolean): void {
    if (view.kind === 'loading') {
      setChildren(this.root, [(this.loading ??= loadingNodes())]);
    } else if (view.kind === 'error') {
      this.error ??= element('p', { part: 'error', class: 'error', role: 'alert' });
      setText(this.error, view.error.message);
      setChildren(this.root, [this.error]);
    } else {
      this.shown ??= new ShownNodes();
      this.shown.show(view, digits, hideSource);
      setChildren(this.root, [this.shown.counter]);
    }
  }
}
