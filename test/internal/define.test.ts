import { expect } from '@open-wc/testing';
import { defineElement } from '../../src/internal/define.js';
import { VERSION } from '../../src/internal/version.js';

/** Another URL is another module instance: another copy of the library on the page. */
async function copyOfTheLibrary(
  name: string,
): Promise<typeof import('../../src/internal/define.js')> {
  const url = new URL('../../src/internal/define.js', import.meta.url);
  return (await import(`${url.pathname}?${name}`)) as typeof import('../../src/internal/define.js');
}

describe('defineElement()', () => {
  // The page's one warning is spent by the first test that warns.
  beforeEach(() => {
    customElements.__cwWarned = undefined;
  });

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

  it('a second copy of the library warns once for all its elements, not once per tag', async () => {
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      const copy = await copyOfTheLibrary('second-copy');
      const tags = ['cw-test-copy-a', 'cw-test-copy-b', 'cw-test-copy-c'];
      for (const tag of tags) defineElement(tag, class extends HTMLElement {});
      for (const tag of tags) copy.defineElement(tag, class extends HTMLElement {});
      expect(warnings).to.have.length(1);
      expect(String(warnings[0][0])).to.contain(`conflict-widgets ${VERSION}`);
    } finally {
      console.warn = warn;
    }
  });

  it('three copies, of two versions, give one warning in all, naming both versions', async () => {
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      const copies = [await copyOfTheLibrary('copy-two'), await copyOfTheLibrary('copy-three')];
      const tags = ['cw-test-three-a', 'cw-test-three-b'];
      for (const tag of tags) defineElement(tag, class extends HTMLElement {});
      // As if the first copy were an older release.
      for (const tag of tags) customElements.__cwVersions!.set(tag, '0.0.1-older');
      for (const copy of copies)
        for (const tag of tags) copy.defineElement(tag, class extends HTMLElement {});
      expect(warnings).to.have.length(1);
      expect(String(warnings[0][0]))
        .to.contain(`conflict-widgets ${VERSION}`)
        .and.contain('conflict-widgets 0.0.1-older');
    } finally {
      console.warn = warn;
    }
  });

  it('VERSION matches package.json', async () => {
    const pkg = (await (await fetch('/package.json')).json()) as { version: string };
    expect(VERSION).to.equal(pkg.version);
  });
});
