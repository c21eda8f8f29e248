// Fails the build when data/karabakh-2020.json does not pass validate(): the
// bundled dataset is not validated again in readers' browsers.
import { readFile } from 'node:fs/promises';
import { validate } from '../dist/data/validate.js';

const file = new URL('../data/karabakh-2020.json', import.meta.url);
const result = validate(JSON.parse(await readFile(file, 'utf8')));
if (!result.ok) {
  for (const error of result.errors)
    console.error(`data/karabakh-2020.json ${error.path}: ${error.message}`);
  process.exit(1);
}
