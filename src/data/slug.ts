// Apart from csv-assemble.ts, so the download's file names (csv-write.ts, in
// every element) do not pull the CSV reader and the validator into the bundles.

/** An id or a file name from words: ASCII letters, digits and hyphens ("Barda" -> "barda"). */
export const slug = (text: string): string =>
  text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
