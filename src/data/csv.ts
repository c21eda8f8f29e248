// A dataset from a spreadsheet's CSV export (README "Your own data from a
// spreadsheet"). Loaded with import() only when a page's data is CSV, so
// d3-dsv stays out of every other page.
import { dsvFormat } from 'd3-dsv';
import { validate, type ValidationError } from './validate.js';
import type { Dataset } from './types.js';
import { COLUMNS, REQUIRED, columnKey, type Column } from './csv-columns.js';
import { readRow, type ParsedRow, type RowProblem } from './csv-rows.js';
import { assemble, type Origin } from './csv-assemble.js';
import { fileText, rowText, skippedText, where } from './csv-messages.js';

export type CsvResult =
  | {
      ok: true;
      data: Dataset;
      /** Every row left out, and why; empty when every row was used. */
      skipped: ValidationError[];
      /** When rows were left out, one sentence for the page's developer: how many, from where. */
      notice?: string;
    }
  | { ok: false; message: string; problems: ValidationError[] };

/**
 * The delimiter of the header row: a spreadsheet in a locale that writes
 * decimals with a comma exports `;`, and a copy from a sheet gives tabs.
 */
function delimiterOf(text: string): string {
  const counts = new Map([
    [',', 0],
    [';', 0],
    ['\t', 0],
  ]);
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && counts.has(char)) counts.set(char, (counts.get(char) ?? 0) + 1);
  }
  return [...counts].reduce((best, next) => (next[1] > best[1] ? next : best))[0];
}

/** The longest origin that holds `path`, and the column the rest of the path names. */
function locate(origins: readonly Origin[], path: string): Omit<RowProblem, 'message'> | undefined {
  let best: Origin | undefined;
  for (const origin of origins) {
    const inside = path === origin.pointer || path.startsWith(`${origin.pointer}/`);
    if (inside && (!best || origin.pointer.length > best.pointer.length)) best = origin;
  }
  if (!best) return undefined;
  const rest = path.slice(best.pointer.length + 1).split('/');
  const column = best.fields[rest.slice(0, 2).join('/')] ?? best.fields[rest[0] ?? ''];
  return { row: best.row, ...(column ? { column } : {}) };
}

/**
 * Reads a spreadsheet's CSV into a dataset, checked by validate() like any
 * other. A row with a problem is left out and listed, with its row number
 * as the spreadsheet shows it (the header is row 1) and the column as row 1
 * names it; the other rows are used. `source` names the data in messages.
 */
export function parseCsv(text: string, source: string): CsvResult {
  const fail = (message: string, problems: ValidationError[] = []): CsvResult => ({
    ok: false,
    message,
    problems,
  });
  // Excel starts its UTF-8 exports with a byte-order mark; an inline script
  // starts with the line break after its tag. The header is row 1 all the same.
  const body = text.replace(/^\uFEFF/, '').replace(/^(?:[ \t]*\r?\n)+/, '');
  // UTF-16 without a byte-order mark, read as UTF-8: a zero byte beside every letter.
  if (body.includes('\u0000')) return fail(fileText.notUtf8(source));
  const table = dsvFormat(delimiterOf(body)).parseRows(body);
  const blank = (cells: readonly string[]) => cells.every((c) => c.trim() === '');
  const [header = []] = table;
  if (table.every(blank)) return fail(fileText.empty(source));

  const columns = new Map<Column, number>();
  const written = new Map<Column, string>();
  const unknown: string[] = [];
  for (const [i, name] of header.entries()) {
    const key = columnKey(name);
    if (!key) continue;
    if (!(COLUMNS as readonly string[]).includes(key)) unknown.push(name.trim());
    else if (columns.has(key as Column)) return fail(fileText.repeatedColumn(source, name.trim()));
    else {
      columns.set(key as Column, i);
      written.set(key as Column, name.trim());
    }
  }
  if (unknown.length && !columns.size) return fail(fileText.noKnownColumns(source));
  if (unknown.length) return fail(fileText.unknownColumns(source, unknown));
  const missing = REQUIRED.filter((c) => !columns.has(c));
  if (missing.length) return fail(fileText.missingColumns(source, missing));
  const present = [...columns.keys()];

  const problems: RowProblem[] = [];
  let kept: ParsedRow[] = [];
  const seen = new Map<string, number>();
  const eventRows = new Map<string, number>();
  let rows = 0;
  for (const [i, cells] of table.entries()) {
    const row = i + 1;
    if (row === 1 || blank(cells)) continue;
    rows++;
    const key = cells.map((c) => c.trim()).join('\u0000');
    const first = seen.get(key);
    if (first !== undefined) {
      problems.push({ row, message: rowText.repeats(first) });
      continue;
    }
    seen.set(key, row);
    const stray = cells.findIndex((c, j) => c.trim() !== '' && !columnKey(header[j] ?? ''));
    if (stray >= 0) {
      problems.push({
        row,
        message:
          stray >= header.length
            ? rowText.tooManyCells(cells.length, header.length)
            : rowText.unnamed(stray + 1),
      });
      continue;
    }
    const read = readRow(row, present, (column) => {
      const j = columns.get(column);
      return j === undefined ? '' : (cells[j] ?? '').trim();
    });
    if ('problems' in read) {
      problems.push(...read.problems);
      continue;
    }
    if (read.parsed.type === 'event') eventRows.set(read.parsed.id ?? `row-${row}`, row);
    kept.push(read.parsed);
  }
  if (rows === 0) return fail(fileText.noRows(source));

  // A problem validate() finds leaves its row out; the rest is built and checked again.
  let data: Dataset | undefined;
  while (kept.length > 0) {
    const built = assemble(kept, eventRows);
    problems.push(...built.problems);
    const result = validate(built.data);
    if (result.ok) {
      if (built.problems.length === 0) {
        data = result.data;
        break;
      }
    } else {
      for (const error of result.errors) {
        const found = locate(built.origins, error.path);
        if (!found) return fail(fileText.noneUsable(source, rows), result.errors);
        // validate() points at other parts of the data ("first used at /national/killed/0"): name their rows.
        const message = error.message.replace(/(?<=\s)\/[^\s,]+/g, (pointer) => {
          const other = locate(built.origins, pointer);
          return other ? where(other.row) : pointer;
        });
        problems.push({ ...found, message });
      }
    }
    const bad = new Set(problems.map((p) => p.row));
    const before = kept.length;
    kept = kept.filter((row) => !bad.has(row.row));
    // Only a problem no row holds could leave every row standing: the file as a whole is at fault.
    if (kept.length === before)
      return fail(fileText.noneUsable(source, rows), result.ok ? [] : result.errors);
  }

  problems.sort((a, b) => a.row - b.row);
  const listed = problems.map((p) => ({
    path: where(p.row, p.column && written.get(p.column)),
    message: p.message,
  }));
  const skipped = new Set(problems.map((p) => p.row)).size;
  if (!data) {
    const firstProblem = listed.at(0);
    const why = firstProblem
      ? ` ${fileText.firstProblem(firstProblem.path, firstProblem.message)}`
      : '';
    return fail(`${fileText.noneUsable(source, rows)}${why}`, listed);
  }
  return {
    ok: true,
    data,
    skipped: listed,
    ...(skipped ? { notice: skippedText(skipped, source) } : {}),
  };
}
