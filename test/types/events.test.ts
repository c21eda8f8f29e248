import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/elements.js';
import { synthetic } from '../fixtures/synthetic.js';

/**
 * The event details are typed wherever a page listens: this file only
 * compiles (build:test) if `detail` is typed on document and window, not just
 * on the elements. At run time it checks the events arrive there.
 */
describe('typed events on document and window', () => {
  it('cw-error reaches document and window with a typed detail', async () => {
    const codes: string[] = [];
    const onDocument = (e: DocumentEventMap['cw-error']) => codes.push(`document ${e.detail.code}`);
    const onWindow = (e: WindowEventMap['cw-error']) => codes.push(`window ${e.detail.code}`);
    document.addEventListener('cw-error', onDocument);
    window.addEventListener('cw-error', onWindow);
    try {
      await fixture(html`<cw-casualty-counter metric="nonsense"></cw-casualty-counter>`);
      await waitUntil(() => codes.length === 2, 'no cw-error on document and window');
      expect(codes).to.deep.equal(['document invalid-attribute', 'window invalid-attribute']);
    } finally {
      document.removeEventListener('cw-error', onDocument);
      window.removeEventListener('cw-error', onWindow);
    }
  });

  it('cw-select reaches document with a typed detail', async () => {
    const ids: string[] = [];
    const onSelect = (e: DocumentEventMap['cw-select']) => ids.push(e.detail.id);
    document.addEventListener('cw-select', onSelect);
    try {
      const el = await fixture<HTMLElementTagNameMap['cw-ceasefire-timeline']>(
        html`<cw-ceasefire-timeline .data=${synthetic()}></cw-ceasefire-timeline>`,
      );
      await waitUntil(() => el.shadowRoot?.querySelector('.mark'), 'no marks', { timeout: 5000 });
      el.shadowRoot!.querySelector<SVGElement>('.mark')!.dispatchEvent(
        new MouseEvent('click', { bubbles: true, composed: true }),
      );
      await waitUntil(() => ids.length > 0, 'no cw-select on document');
      expect(ids[0]).to.be.a('string');
    } finally {
      document.removeEventListener('cw-select', onSelect);
    }
  });
});
