import { expect, waitUntil } from '@open-wc/testing';
import '../../src/elements.js';
import type { Dataset } from '../../src/data/types.js';
import { synthetic } from '../fixtures/synthetic.js';

const TAGS = ['cw-casualty-counter', 'cw-regional-bar-chart', 'cw-ceasefire-timeline'] as const;

/**
 * `.data` is typed as the dataset: this file only compiles (build:test) if a
 * Dataset is accepted and anything else is not. Code that is not type-checked
 * can still set anything, so at run time it checks that a value the types
 * refuse is still refused with a clear error, not drawn.
 */
describe('.data typed as the dataset', () => {
  for (const tag of TAGS) {
    it(`<${tag}> .data takes a Dataset; a number is a type error and an invalid-data error`, async () => {
      const el = document.createElement(tag);
      const typed: Dataset | undefined = el.data;
      expect(typed).to.equal(undefined);
      el.data = synthetic();
      // @ts-expect-error a number is not a dataset
      el.data = 5;
      const codes: string[] = [];
      el.addEventListener('cw-error', (e) => codes.push(e.detail.code));
      document.body.append(el);
      try {
        await waitUntil(() => codes.length > 0, `${tag} did not report the number`, {
          timeout: 5000,
        });
        expect(codes).to.deep.equal(['invalid-data']);
      } finally {
        el.remove();
      }
    });
  }
});
