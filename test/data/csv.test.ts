import { expect } from '@open-wc/testing';
import { parseCsv, type CsvResult } from '../../src/data/csv.js';
import type { Dataset } from '../../src/data/types.js';

const HEADER =
  'metric,value,qualifier,reporter,reporter_kind,status,as_of,precision,source,publisher,section';
/** Row 2 of most sheets below: a national figure with every required cell. */
const GOOD =
  'killed,12,,Example Ministry,party,reported,2030-01-10,,Example report,Example Publisher,Section One';
/** GOOD with one cell changed, for a row after it (so reporter and source are already named). */
const row = (cells: Partial<Record<string, string>>) =>
  HEADER.split(',')
    .map((column, i) => cells[column] ?? GOOD.split(',')[i])
    .join(',');

const read = (...rows: string[]) => parseCsv([HEADER, ...rows].join('\n'), 'test.csv');

function loaded(result: CsvResult): Extract<CsvResult, { ok: true }> {
  if (!result.ok) throw new Error(`expected the sheet to load: ${result.message}`);
  return result;
}
/** Every problem as "row 3, column value: message". */
const problems = (result: CsvResult) =>
  (result.ok ? result.skipped : result.problems).map((p) => `${p.path}: ${p.message}`);

const killed = (data: Dataset) => (data.national.killed ?? []).map((f) => f.value);

describe('parseCsv(text, where)', () => {
  it('reads figures, regions, events and an event’s toll from the synthetic sheet', async () => {
    const text = await (await fetch('/test/fixtures/synthetic.csv')).text();
    const { data, skipped, notice } = loaded(parseCsv(text, 'synthetic.csv'));
    expect(skipped).to.deep.equal([]);
    expect(notice).to.equal(undefined);
    expect(killed(data)).to.deep.equal([12]);
    expect(data.regions.map((r) => r.name)).to.deep.equal(['Region A', 'Region B']);
    const [a, b] = data.regions;
    expect(a.figures.injured?.[0]).to.include({
      value: 20,
      qualifier: 'about',
      note: 'Synthetic note.',
    });
    expect(b.figures.killed?.[0]).to.include({
      value: 5,
      status: 'corroborated',
      reportedBy: 'example-ngo',
    });
    expect(data.reporters).to.deep.equal([
      { id: 'example-ministry', name: 'Example Ministry', kind: 'party' },
      { id: 'example-ngo', name: 'Example NGO', kind: 'independent' },
    ]);
    expect(data.sources).to.deep.equal([
      { id: 'example-report', title: 'Example report', publisher: 'Example Publisher' },
    ]);
    expect(data.metrics.map((m) => m.id)).to.deep.equal(['killed', 'injured']);
    expect(data.events.map((e) => [e.id, e.kind, e.region])).to.deep.equal([
      ['cf-1', 'ceasefire', undefined],
      ['attack-1', 'attack', 'region-a'],
    ]);
    expect(data.events[1]?.date).to.deep.equal({
      value: '2030-01-08T06:30',
      precision: 'about-time',
    });
    expect(data.events[1]?.figures.killed?.[0]).to.include({ value: 3, qualifier: 'at-least' });
    expect(data.events[1]?.figures.killed?.[0]?.asOf).to.deep.equal({ precision: 'unknown' });
  });

  it('keeps an empty cell absent: no value is no figure, never 0, and the row is listed', () => {
    const result = loaded(read(GOOD, row({ metric: 'injured', value: '' })));
    expect(result.data.national.injured).to.equal(undefined);
    expect(killed(result.data)).to.deep.equal([12]);
    expect(problems(result)).to.deep.equal([
      'row 3, column value: is empty: put the number; an empty cell is never read as 0, so if the figure was not reported, leave only region and metric on the row',
    ]);
    expect(result.data.national.killed?.[0]).not.to.have.property('note');
  });

  it('reads a row with only region and metric as "not reported": the region is listed, with no figure', () => {
    const result = loaded(
      parseCsv(
        [`region,${HEADER}`, `Region A,${GOOD}`, 'Region C,injured,,,,,,,,,,', ',injured'].join(
          '\n',
        ),
        'test.csv',
      ),
    );
    expect(problems(result)).to.deep.equal([]);
    expect(result.data.regions.map((r) => [r.name, Object.keys(r.figures)])).to.deep.equal([
      ['Region A', ['killed']],
      ['Region C', []],
    ]);
    expect(result.data.national).to.deep.equal({});
  });

  const badCells: [string, Partial<Record<string, string>>, string][] = [
    [
      'a worded number',
      { value: 'about 70' },
      "row 3, column value: 'about 70' is not a number — put 70 in value and 'about' in qualifier",
    ],
    [
      'a negative number',
      { value: '-5' },
      "row 3, column value: '-5' is negative — a count is 0 or more",
    ],
    [
      'a decimal',
      { value: '7.5' },
      "row 3, column value: '7.5' is not a whole number of people or buildings",
    ],
    [
      'an unknown metric',
      { metric: 'deaths' },
      "row 3, column metric: 'deaths' is not one of killed, injured, houses-damaged, buildings-damaged, facilities-damaged",
    ],
    [
      'a date in another form',
      { as_of: '28/10/2030' },
      "row 3, column as_of: '28/10/2030' is not a date — write it as 2020-10-28, or 2020-10-28 14:30 with a time",
    ],
    [
      'a day the calendar lacks',
      { as_of: '2030-02-30' },
      "row 3, column as_of: '2030-02-30' is not a day on the calendar",
    ],
    [
      'an unknown precision',
      { precision: 'week' },
      "row 3, column precision: 'week' is not one of time, about-time, day, unknown",
    ],
    [
      'a precision the date does not have',
      { precision: 'time' },
      "row 3, column precision: says 'time' but as_of has no time — add the time, or put day",
    ],
    [
      'an unknown status',
      { status: 'confirmed' },
      "row 3, column status: 'confirmed' is not one of reported, corroborated",
    ],
    [
      'an unknown qualifier',
      { qualifier: 'roughly' },
      "row 3, column qualifier: 'roughly' is not one of exact, about, estimated, at-least, more-than, up-to",
    ],
    [
      'a reporter kind that differs from an earlier row',
      { reporter_kind: 'independent' },
      "row 3, column reporter_kind: 'independent' differs from row 2, which gives 'party' for 'Example Ministry' — use one",
    ],
    [
      'a new reporter without a kind',
      { reporter: 'Example NGO', reporter_kind: '' },
      "row 3, column reporter_kind: is empty: say whether 'Example NGO' is a party to the conflict (party), argues one party's case (advocacy) or is independent",
    ],
    [
      'a new source without a publisher',
      { source: 'Other report', publisher: '' },
      "row 3, column publisher: is empty: put who published 'Other report'",
    ],
  ];
  for (const [what, cells, message] of badCells) {
    it(`names the row and column of ${what}, and uses the other rows`, () => {
      const result = loaded(read(GOOD, row({ ...cells, value: cells.value ?? '30' })));
      expect(problems(result)).to.deep.equal([message]);
      expect(killed(result.data)).to.deep.equal([12]);
      expect(result.notice).to.equal(
        '1 row of the spreadsheet at test.csv was left out because of a problem; the figures shown come from the other rows.',
      );
    });
  }

  it("reads a claim's time whose day is not stated; names a day left unstated on a day, or on a figure", () => {
    const cited = 'Example report,Example Publisher,Section One';
    const result = loaded(
      parseCsv(
        [
          'type,event,region,metric,value,reporter,reporter_kind,status,as_of,precision,time_zone,day,source,publisher,section,title,summary,about',
          `attack,,Region A,,,Example Ministry,party,reported,2030-01-11 13:30,about-time,local,,${cited},Reported attack on Region A,Example Ministry reported an attack.,`,
          `claim,row-2,,,,Example NGO,independent,reported,2030-01-11 13:30,about-time,local,not-stated,${cited},,The NGO's statement gives about 13:30 local time.,date`,
          `claim,row-2,,,,Example NGO,,reported,2030-01-12,day,local,not-stated,${cited},,A day given a zone and an unstated day.,date`,
          `figure,,,killed,4,Example Ministry,,reported,2030-01-12 09:00,time,,not-stated,${cited},,,`,
        ].join('\n'),
        'test.csv',
      ),
    );
    expect(result.data.events[0]?.claims?.map((c) => c.date)).to.deep.equal([
      { value: '2030-01-11T13:30', precision: 'about-time', timeZone: 'local', day: 'not-stated' },
    ]);
    expect(problems(result)).to.deep.equal([
      'row 4, column time_zone: only a time has a time zone — clear it, or give a time in as_of',
      'row 4, column day: only a time can leave its day unstated — clear it, or give a time in as_of',
      'row 5, column day: is not used on figure rows — clear it',
    ]);
  });

  it('lists every problem of a row, and every skipped row, in row order', () => {
    const result = loaded(
      read(GOOD, row({ value: 'x', status: 'maybe' }), row({ value: '4' }), row({ value: '-1' })),
    );
    expect(problems(result).map((p) => p.split(':')[0])).to.deep.equal([
      'row 3, column value',
      'row 3, column status',
      'row 5, column value',
    ]);
    expect(killed(result.data)).to.deep.equal([12, 4]);
    expect(result.notice).to.match(/^2 rows of the spreadsheet at test\.csv were left out/);
  });

  it('names a repeated row, a row with too many cells and a cell under no column', () => {
    const result = loaded(
      parseCsv(
        [`${HEADER},`, GOOD, GOOD, `${row({ value: '3' })},x`, `${row({ value: '2' })},,y`].join(
          '\n',
        ),
        't',
      ),
    );
    expect(problems(result)).to.deep.equal([
      'row 3: repeats row 2 exactly — delete one',
      'row 4: is in column 12, which has no name in row 1 — name the column or clear the cell',
      'row 5: has 13 cells but row 1 names 12 columns — a cell with a comma in it needs quotes',
    ]);
  });

  it('names the column as row 1 spells it, and reads headers in any case or spacing', () => {
    const header =
      'Metric,Value,Qualifier,Reporter,Reporter kind,Status,As of,Precision,Source,Publisher,Section';
    const result = loaded(parseCsv([header, GOOD, row({ value: 'many' })].join('\n'), 't'));
    expect(killed(result.data)).to.deep.equal([12]);
    expect(problems(result)[0]).to.match(/^row 3, column Value: 'many' is not a number/);
  });

  it('reads an Excel export’s byte-order mark and a semicolon-delimited export', () => {
    // A quoted first header: after an unstripped mark its quotes would be read as part of the name.
    const quoted = `"metric"${HEADER.slice('metric'.length)}`;
    const bom = loaded(parseCsv(`\uFEFF${[quoted, GOOD].join('\r\n')}`, 't'));
    expect(killed(bom.data)).to.deep.equal([12]);
    const semicolons = [HEADER, GOOD, row({ value: '1,234', section: 'Section; Two' })]
      .map((line) =>
        line
          .split(',')
          .map((c) => (c.includes(';') || c.includes(',') ? `"${c}"` : c))
          .join(';'),
      )
      .join('\n');
    // The grouped 1,234 is a cell of its own here: split at commas above only to rebuild the row.
    const result = loaded(parseCsv(semicolons.replace('1;234', '"1,234"'), 't'));
    expect(killed(result.data)).to.deep.equal([12, 1234]);
  });

  const fileProblems: [string, string, string][] = [
    ['an empty file', '', 'The spreadsheet at t is empty.'],
    ['a file of blank rows', '\n,,,\n', 'The spreadsheet at t is empty.'],
    [
      'a header and nothing under it',
      `${HEADER}\n,,\n`,
      'The spreadsheet at t has a header row but no rows of figures under it.',
    ],
    [
      'a missing column',
      `${HEADER.replace(',status', '')}\n${GOOD}`,
      'The spreadsheet at t has no column status: add it to row 1.',
    ],
    [
      'a column the layout does not have',
      `${HEADER},comments\n${GOOD}`,
      "The spreadsheet at t has a column the widgets do not read: 'comments'. Rename or delete it in row 1; data/template.csv has every column the widgets read.",
    ],
    [
      'many columns the layout does not have, naming three',
      `${HEADER},a,b,c,d,e\n${GOOD}`,
      "The spreadsheet at t has columns the widgets do not read: 'a', 'b', 'c' and 2 more. Rename or delete them in row 1;",
    ],
    [
      'a file in another layout altogether',
      `name,count\nTerter,3\n`,
      'Row 1 of the spreadsheet at t names none of the columns the widgets read, so it is not in their layout; data/template.csv has every column the widgets read.',
    ],
    [
      'a column named twice',
      `${HEADER},Value\n${GOOD}`,
      'The spreadsheet at t names column Value twice in row 1: delete one.',
    ],
  ];
  for (const [what, text, message] of fileProblems) {
    it(`refuses ${what} with a message that says how to fix it`, () => {
      const result = parseCsv(text, 't');
      expect(result.ok).to.equal(false);
      if (!result.ok) expect(result.message.startsWith(message), result.message).to.equal(true);
    });
  }

  it('refuses a sheet none of whose rows can be used, naming the first problem', () => {
    const result = read(row({ value: 'n/a' }), row({ value: '-2' }));
    expect(result.ok).to.equal(false);
    if (result.ok) return;
    expect(result.message).to.equal(
      "None of the 2 rows of the spreadsheet at test.csv could be used: each has a problem listed in the details. The first: row 2, column value: 'n/a' is not a number — put a whole number such as 70",
    );
    expect(result.problems).to.have.length(2);
  });

  it('applies validate()’s rules and reports what they find at the row and column', () => {
    const header = `${HEADER},region,region_alternates,type,id,event,figures,shown,note`;
    const cells = (extra: string[]) => `${GOOD},${extra.join(',')}`;
    const result = loaded(
      parseCsv(
        [
          header,
          cells(['', '', '', 'n-1', '', '', '', '']),
          cells(['Region A', 'Region B', '', 'a-1', '', '', '', '']).replace(',12,', ',7,'),
          cells(['Region B', '', '', 'b-1', '', '', '', '']).replace(',12,', ',5,'),
          cells(['', '', '', 'n-2', 'no-such-event', '', '', '']).replace(',12,', ',6,'),
          ',,,,,,,,,,,,,contradiction,c-1,,n-1; n-9,n-1,Why n-1',
        ].join('\n'),
        't',
      ),
    );
    expect(problems(result)).to.deep.equal([
      'row 4, column region: name "Region B" already refers to region "region-a"',
      "row 5, column event: no event row has the id 'no-such-event'",
      'row 6, column figures: no figure with id "n-9" in this dataset',
    ]);
    expect(result.data.regions.map((r) => r.name)).to.deep.equal(['Region A']);
    expect(result.data.contradictions).to.deep.equal([]);
  });

  it('counts rows from the header when the text starts with blank lines, as an inline script does', () => {
    const indented = ['', `    ${HEADER}`, `    ${GOOD}`, `    ${row({ value: 'x' })}`, '  '].join(
      '\n',
    );
    const result = loaded(parseCsv(indented, 't'));
    expect(killed(result.data)).to.deep.equal([12]);
    expect(problems(result).map((p) => p.split(':')[0])).to.deep.equal(['row 3, column value']);
  });

  it('names the row a duplicate id was first used at', () => {
    const header = `${HEADER},id`;
    const result = loaded(
      parseCsv([header, `${GOOD},n-1`, `${row({ value: '4' })},n-1`].join('\n'), 't'),
    );
    expect(problems(result)).to.deep.equal([
      'row 3, column id: duplicate id "n-1", first used at row 2',
    ]);
  });

  it('reads a dataset row: title, description, language and the scope statement every element shows', () => {
    const header = `${HEADER},type,title,note,scope,scope_area,language`;
    const result = loaded(
      parseCsv(
        [
          header,
          `${GOOD},,,,,,`,
          ',,,,,,,,,,,dataset,Exemple,Inventé.,Chiffres du seul ministère.,Exemple,fr',
        ].join('\n'),
        't',
      ),
    );
    expect(result.data).to.include({ title: 'Exemple', description: 'Inventé.', language: 'fr' });
    expect(result.data.scope).to.deep.equal({
      statement: 'Chiffres du seul ministère.',
      area: 'Exemple',
    });
    // Without one, the sheet's words are English, as a JSON dataset's are.
    const english = loaded(parseCsv([HEADER, GOOD].join('\n'), 't'));
    expect(english.data.language).to.equal(undefined);
  });

  it('reports a language that is not a language tag at its row and column', () => {
    const header = `${HEADER},type,language`;
    const result = parseCsv([header, `${GOOD},,`, ',,,,,,,,,,,dataset,français'].join('\n'), 't');
    expect(problems(result)).to.deep.equal([
      'row 3, column language: expected a language tag like fr or pt-BR, got "français"',
    ]);
  });

  it('names a cell that its type of row does not use, rather than dropping it', () => {
    const header = `${HEADER},type,title,summary`;
    const result = loaded(
      parseCsv(
        [
          header,
          `${GOOD},,,`,
          'killed,5,,Example Ministry,,reported,2030-01-02,,Example report,,Section One,attack,Reported attack,Example Ministry reported an attack.',
        ].join('\n'),
        't',
      ),
    );
    expect(problems(result)).to.deep.equal([
      'row 3, column metric: is not used on attack rows — clear it',
      'row 3, column value: is not used on attack rows — clear it',
    ]);
  });
});
