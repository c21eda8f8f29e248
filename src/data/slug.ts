// Names from words, for the CSV reader's ids and the elements' file names;
// apart from csv-assemble.ts, so the elements do not pull in the CSV reader.

/** An id or a file name from words: ASCII letters, digits and hyphens ("Barda" -> "barda"). */
export const slug = (text: string): string =>
  text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/**
 * A file name, without its extension, from the element's title and the
 * dataset's id: `civilians-killed-by-region-karabakh-2020`. ASCII only (a
 * title in another script gives way to the dataset id), so every system
 * saves it as it is.
 */
export function fileBase(title: string, datasetId: string): string {
  const words = slug(title).slice(0, 60).replace(/-$/, '');
  return [words, slug(datasetId)].filter(Boolean).join('-') || 'figures';
}
