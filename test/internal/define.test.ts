import { expect } from '@open-wc/testing';
import { defineElement } from '../../src/internal/define.js';
import { VERSION } from '../../src/internal/version.js';

describe('defineElement()', () => {
  it('registers once and warns, without throwing, when another copy defines the same tag', () => {
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      class First extends HTMLElement {}
      class Second extends HTMLElement {}
      defineElement('cw-test-define', First);
      defineElement('cw-test-define', First);
      expect(warnings).to.have.length(0);
      defineElement('cw-test-define', Second);
      expect(customElements.get('cw-test-define')).to.equal(First);
      expect(warnings).to.have.length(1);
      expect(String(warnings[0][0])).to.contain('<cw-test-define>').and.contain(VERSION);
    } finally {
      console.warn = warn;
    }
  });

  it('VERSION matches package.json', async () => {
    const pkg = (await (await fetch('/package.json')).json()) as { version: string };
    expect(VERSION).to.equal(pkg.version);
  });
});
