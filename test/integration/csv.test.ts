import { expect, waitUntil } from '@open-wc/testing';
import '../../src/elements.js';
import type { CwErrorDetail } from '../../src/internal/errors.js';
import { synthetic } from '../fixtures/synthetic.js';

/** Module files this page has requested so far, by file name. */
const requested = () =>
  performance
    .getEntriesByType('resource')
    .map((entry) => entry.name.split('?')[0]?.split('/').pop() ?? '');

const text = (el: Element) => el.shadowRoot?.textContent ?? '';

/** What each element shows of the synthetic sheet once it has loaded. */
const ELEMENTS = [
  ['cw-casualty-counter', 'start="none"', ['12', 'Example Ministry']],
  ['cw-regional-bar-chart', '', ['Region A', 'Region B']],
  [
    'cw-ceasefire-timeline',
    '',
    ['Ceasefire agreed in Example City', 'Reported attack on Region A'],
  ],
] as const;

/** Mounts `markup` in a 900 px box; collects the cw-error events it fires. */
function mount(markup: string) {
  const box = document.createElement('div');
  box.style.width = '900px';
  const errors: CwErrorDetail[] = [];
  box.addEventListener('cw-error', (e) => errors.push(e.detail));
  box.innerHTML = markup;
  document.body.append(box);
  return { box, el: box.firstElementChild as HTMLElement, errors };
}

async function shows(el: HTMLElement, words: readonly string[]) {
  await waitUntil(
    () => words.every((w) => text(el).includes(w)),
    `never showed ${words.join(', ')}: ${text(el)}`,
    {
      timeout: 5000,
    },
  );
}

const sheet = async () => (await fetch('/test/fixtures/synthetic.csv')).text();

// Runs alone in its page (one test file per page): nothing else has loaded the CSV reader.
describe('CSV data: src, inline <script type="text/csv">, a published sheet', () => {
  it('JSON data never loads the CSV reader; CSV data does', async () => {
    const { box, el } = mount('<cw-casualty-counter start="none"></cw-casualty-counter>');
    try {
      (el as HTMLElement & { data: unknown }).data = synthetic();
      await shows(el, ['Example Ministry']);
      expect(requested()).to.include('read-dataset.js');
      expect(requested()).not.to.include('csv.js');
      expect(requested()).not.to.include('d3-dsv.js');
    } finally {
      box.remove();
    }
    const csv = mount(
      '<cw-casualty-counter start="none" src="/test/fixtures/synthetic.csv"></cw-casualty-counter>',
    );
    try {
      await shows(csv.el, ['12']);
      expect(requested()).to.include('csv.js');
    } finally {
      csv.box.remove();
    }
  });

  for (const [tag, attributes, words] of ELEMENTS) {
    const sources = [
      ['a CSV file given as src', '/test/fixtures/synthetic.csv'],
      [
        'a published Google Sheet: a URL without .csv, a 307, then text/csv',
        '/__test/sheets/pub?output=csv',
      ],
    ];
    for (const [what, src] of sources) {
      it(`<${tag}> shows ${what}`, async () => {
        const { box, el, errors } = mount(`<${tag} ${attributes} src="${src}"></${tag}>`);
        try {
          await shows(el, words);
          expect(errors).to.deep.equal([]);
        } finally {
          box.remove();
        }
      });
    }

    it(`<${tag}> shows an inline <script type="text/csv">`, async () => {
      // As a CMS page has it: the sheet in the markup from the start.
      const { box, el, errors } = mount(
        `<${tag} ${attributes}><script type="text/csv">${await sheet()}</script></${tag}>`,
      );
      try {
        await shows(el, words);
        expect(errors).to.deep.equal([]);
      } finally {
        box.remove();
      }
    });
  }

  it('a sheet with bad rows shows the good figures, says how many rows it left out, and lists them', async () => {
    const lines = (await sheet()).trim().split('\n');
    // Row 3 (Region A killed) gets a worded number; row 4 an unknown status.
    lines[2] = lines[2].replace(',7,', ',about 7,');
    lines[3] = lines[3].replace(',reported,', ',confirmed,');
    const { box, el, errors } = mount(
      '<cw-regional-bar-chart><script type="text/csv"></script></cw-regional-bar-chart>',
    );
    try {
      el.querySelector('script')!.textContent = lines.join('\n');
      await shows(el, ['Region B', 'Some rows of the spreadsheet were left out.']);
      // Both Region A figures were left out: its place (from the attack row) stays, with no number.
      expect(text(el)).to.include('Not reported: Region A');
      expect(errors.map((e) => e.code)).to.deep.equal(['csv-rows-skipped']);
      expect(errors[0]?.details?.map((d) => `${d.path}: ${d.message}`)).to.deep.equal([
        "row 3, column value: 'about 7' is not a number — put 7 in value and 'about' in qualifier",
        "row 4, column status: 'confirmed' is not one of reported, corroborated",
      ]);
    } finally {
      box.remove();
    }
  });

  it('in French, the reader hears that rows were left out in French, and the figures stay the sheet’s', async () => {
    const lines = (await sheet()).trim().split('\n');
    lines[2] = lines[2].replace(',7,', ',about 7,');
    const { box, el, errors } = mount(
      '<cw-regional-bar-chart locale="fr"><script type="text/csv"></script></cw-regional-bar-chart>',
    );
    try {
      el.querySelector('script')!.textContent = lines.join('\n');
      await shows(el, ['Region B', 'Certaines lignes du tableur ont été écartées.']);
      expect(text(el)).not.to.include('left out');
      // The page's developer gets the English detail: how many rows, and where.
      expect(errors.map((e) => e.message)).to.deep.equal([
        '1 row of the spreadsheet at the inline <script type="text/csv"> was left out because of a problem; the figures shown come from the other rows.',
      ]);
    } finally {
      box.remove();
    }
  });

  it('a sheet in French, on an English page, has its own words marked as French', async () => {
    const sheet = [
      'type,metric,value,reporter,reporter_kind,status,as_of,source,publisher,section,locator,note,scope,language',
      'dataset,,,,,,,,,,,,Chiffres du ministère seul.,fr',
      ',killed,12,Ministère,party,reported,2030-01-10,Rapport,Éditeur,Partie 2,partie 2 (bilan),Bilan provisoire.,,',
    ].join('\n');
    const { box, el } = mount(
      `<cw-casualty-counter start="none"><script type="text/csv">${sheet}</script></cw-casualty-counter>`,
    );
    try {
      await shows(el, ['Ministère']);
      const marked = [...el.shadowRoot!.querySelectorAll('[lang]')].map((node) => [
        node.getAttribute('lang'),
        node.textContent,
      ]);
      expect(marked).to.deep.include.members([
        ['fr', 'Chiffres du ministère seul.'],
        ['fr', 'partie 2 (bilan)'],
      ]);
    } finally {
      box.remove();
    }
  });

  for (const order of ['utf16le', 'utf16be']) {
    it(`a sheet saved as UTF-16 (${order}, with its byte-order mark) reads as the same sheet in UTF-8`, async () => {
      const { box, el, errors } = mount(
        `<cw-regional-bar-chart src="/__test/respond/sheet.csv?body=${order}&type=text/csv"></cw-regional-bar-chart>`,
      );
      try {
        await shows(el, ['Region A', 'Region B']);
        expect(errors).to.deep.equal([]);
      } finally {
        box.remove();
      }
    });
  }

  it('a sheet in UTF-16 without a byte-order mark is a visible error that says to save it as CSV UTF-8', async () => {
    const { box, el, errors } = mount(
      '<cw-casualty-counter src="/__test/respond/sheet.csv?body=utf16&type=text/csv"></cw-casualty-counter>',
    );
    try {
      await shows(el, ['is not UTF-8 text', 'save it as "CSV UTF-8"']);
      expect(errors.map((e) => e.code)).to.deep.equal(['invalid-csv']);
    } finally {
      box.remove();
    }
  });

  it('a sheet none of whose rows can be used is a visible error naming the first problem', async () => {
    const { box, el, errors } = mount(
      '<cw-casualty-counter><script type="text/csv">metric,value,reporter,reporter_kind,status,source,publisher,section\nkilled,many,Example Ministry,party,reported,Example report,Example Publisher,Section One</script></cw-casualty-counter>',
    );
    try {
      await shows(el, ["row 2, column value: 'many' is not a number"]);
      expect(errors.map((e) => e.code)).to.deep.equal(['invalid-csv']);
    } finally {
      box.remove();
    }
  });
});
