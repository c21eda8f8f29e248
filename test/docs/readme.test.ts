import { expect } from '@open-wc/testing';

interface Named {
  name: string;
}
interface Declaration {
  tagName?: string;
  attributes?: Named[];
  events?: Named[];
  cssParts?: Named[];
  cssProperties?: Named[];
}
interface Manifest {
  modules: { declarations?: Declaration[] }[];
}

/** The names in the first column of the README table whose header starts with `header`. */
function tableNames(section: string, header: string): string[] {
  const lines = section.split('\n');
  const start = lines.findIndex((line) => line.startsWith(`| ${header}`));
  if (start < 0) return [];
  const names: string[] = [];
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith('|')) break;
    const first = /^\|\s*`([^`]+)`/.exec(line);
    if (first?.[1]) names.push(first[1]);
  }
  return names.sort();
}

const names = (list: Named[] | undefined) => (list ?? []).map((item) => item.name).sort();

describe('README.md', () => {
  let readme: string;
  let elements: Declaration[];
  before(async () => {
    readme = await (await fetch('/README.md')).text();
    const manifest = (await (await fetch('/custom-elements.json')).json()) as Manifest;
    elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);
  });

  it('custom-elements.json names all three elements', () => {
    expect(elements.map((d) => d.tagName).sort()).to.deep.equal([
      'cw-casualty-counter',
      'cw-ceasefire-timeline',
      'cw-regional-bar-chart',
    ]);
  });

  for (const tag of ['cw-casualty-counter', 'cw-regional-bar-chart', 'cw-ceasefire-timeline']) {
    it(`documents <${tag}> exactly as custom-elements.json does`, () => {
      const heading = readme.indexOf(`### \`<${tag}>\``);
      expect(heading, `README has a "### \`<${tag}>\`" section`).to.be.greaterThan(-1);
      const next = readme.indexOf('\n### ', heading + 1);
      const section = readme.slice(heading, next < 0 ? undefined : next);
      const element = elements.find((d) => d.tagName === tag)!;
      expect(tableNames(section, 'Attribute'), 'attributes').to.deep.equal(
        names(element.attributes),
      );
      expect(tableNames(section, 'Event'), 'events').to.deep.equal(names(element.events));
      expect(tableNames(section, 'Part'), 'parts').to.deep.equal(names(element.cssParts));
      expect(tableNames(section, 'Custom property'), 'CSS custom properties').to.deep.equal(
        names(element.cssProperties),
      );
    });
  }
});
