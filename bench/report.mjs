// Statistics and markdown tables for bench/run.mjs: plain text that pastes into the README.

/** The q-quantile (0..1) of `values`, interpolating between neighbours. */
export function quantile(values, q) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (sorted.length - 1) * q;
  const low = Math.floor(at);
  return sorted[low] + (sorted[Math.ceil(at)] - sorted[low]) * (at - low);
}

export const median = (values) => quantile(values, 0.5);

export const ms = (value) => `${value.toFixed(1)} ms`;
export const mb = (bytes) => `${(bytes / 2 ** 20).toFixed(1)} MiB`;
export const ratio = (value) => `${value.toFixed(2)}×`;

/**
 * Median, interquartile range and min–max. On a shared machine the extremes
 * are mostly other processes; the IQR says how steady the middle runs were.
 */
export function summary(values, format = ms) {
  const range = (low, high) => `${format(low).replace(/ \w+$/, '')}–${format(high)}`;
  return {
    median: median(values),
    text: format(median(values)),
    iqr: range(quantile(values, 0.25), quantile(values, 0.75)),
    spread: range(Math.min(...values), Math.max(...values)),
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
  const rows = [[label, ours.name, own.text, own.iqr, own.spread, '—', '', '']];
  for (const peer of peers) {
    const theirs = summary(peer.values, format);
    const r = own.median / theirs.median;
    rows.push([
      '',
      peer.name,
      theirs.text,
      theirs.iqr,
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
  'IQR',
  'min–max',
  'ours ÷ this',
  'target',
  'met',
];
