// Writes data/karabakh-2020.csv, the bundled dataset in the spreadsheet
// layout, as a worked example next to data/template.csv: every figure, event
// and claim, through the writer the elements' "Get the data" links use
// (shownCsv() of src/data/csv-write.ts, so this runs after tsc). The file
// leaves out the dataset's translations, which the layout has no columns for;
// the dataset row gives its language.
import { readFile, writeFile } from 'node:fs/promises';
import { shownCsv } from '../dist/data/csv-write.js';

const data = JSON.parse(
  await readFile(new URL('../data/karabakh-2020.json', import.meta.url), 'utf8'),
);
delete data.translations;
const figures = [data.national, ...data.regions.map((r) => r.figures)].flatMap((set) =>
  Object.values(set).flat(),
);
const csv = shownCsv(data, { figures, events: data.events.map((e) => e.id) });

// Only a changed file is written, so watchers and incremental builds stay quiet.
const target = new URL('../data/karabakh-2020.csv', import.meta.url);
const previous = await readFile(target, 'utf8').catch(() => '');
if (previous !== csv) await writeFile(target, csv);
