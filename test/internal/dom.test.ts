import { expect } from '@open-wc/testing';
import { element, setChildren, setText } from '../../src/internal/dom.js';

describe('internal/dom', () => {
  it('element() sets attributes and appends strings as text, never as markup', () => {
    const node = element('p', { class: 'a', 'aria-live': 'polite' }, '<img src=x>', element('b'));
    expect(node.outerHTML).to.equal('<p class="a" aria-live="polite">&lt;img src=x&gt;<b></b></p>');
    expect(node.querySelector('img')).to.equal(null);
  });

  it('setText() and setChildren() leave the DOM alone when nothing changes', () => {
    const a = element('i', {}, 'x');
    const parent = element('div', {}, a);
    const records: MutationRecord[] = [];
    const observer = new MutationObserver((found) => records.push(...found));
    observer.observe(parent, { subtree: true, childList: true, characterData: true });
    setText(a, 'x');
    setChildren(parent, [a]);
    records.push(...observer.takeRecords());
    expect(records).to.have.length(0);
    const b = element('i');
    setText(a, 'y');
    setChildren(parent, [b, a]);
    records.push(...observer.takeRecords());
    observer.disconnect();
    expect(parent.textContent).to.equal('y');
    expect([...parent.children]).to.deep.equal([b, a]);
    expect(records.length).to.be.above(0);
  });
});
