// Statistics and markdown tables for bench/run.mjs: plain text that pastes into the README.

export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

export const ms = (value) => `${value.toFixed(1)} ms`;
export const mb = (bytes) => `${(bytes / 2 ** 20).toFixed(1)} MiB`;
export const ratio = (value) => `${value.toFixed(2)}×`;

/** Median and min–max of a list of measurements. */
export function summary(values, format = ms) {
  return {
    median: median(values),
    text: format(median(values)),
    spread: `${format(Math.min(...values)).replace(/ \w+$/, '')}–${format(Math.max(...values))}`,
  };
}

/** A markdown table with padded columns. */
export function table(header, rows) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const line = (cells) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  return [
    line(header),
    `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`,
    ...rows.map(line),
  ].join('\n');
}

/**
 * Rows of one case: ours first, then each peer with ours ÷ peer (below 1 means
 * ours is faster or smaller) and, where the project set one, the target.
 */
export function caseRows(label, ours, peers, format = ms) {
  const own = summary(ours.values, format);
  const rows = [[label, ours.name, own.text, own.spread, '—', '', '']];
  for (const peer of peers) {
    const theirs = summary(peer.values, format);
    const r = own.median / theirs.median;
    rows.push([
      '',
      peer.name,
      theirs.text,
      theirs.spread,
      ratio(r),
      peer.target ? `≤ ${ratio(peer.target)}` : '',
      peer.target ? (r <= peer.target ? 'met' : 'missed') : '',
    ]);
  }
  return rows;
}

export const CASE_HEADER = [
  'case',
  'contender',
  'median',
  'min–max',
  'ours ÷ this',
  'target',
  'met',
];
