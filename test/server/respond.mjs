import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';

/**
 * /__test/respond/<name>?status=&type=&body=&cut=&hops=&text= answers as a
 * misbehaving server might, for the fuzz test of `src`
 * (test/integration/fuzz-src.test.ts):
 * - `hops` redirects (307) before the answer, each to the same URL with one fewer;
 * - `status` and `type` (the content type; absent when empty) of the answer;
 * - `body`: `dataset` (data/karabakh-2020.json), `csv` (the synthetic sheet),
 *   `bom` (the dataset after a byte-order mark), `bytes` (not UTF-8),
 *   `utf16le`, `utf16be` (the synthetic sheet in UTF-16 after its byte-order
 *   mark, as Excel's "Unicode text"), `utf16` (the same without the mark), `text`
 *   (the `text` parameter), `huge` (7 MB, sent in chunks with no length),
 *   `drop` (half the dataset, then the connection closes), `stall` (half the
 *   dataset, then nothing for 5 s);
 * - `wait`: ms before the answer starts, as from a distant server, and
 *   `pause`: ms between the body's first half and its second, as a slow
 *   connection delivers it (test/integration/src-requests.test.ts);
 * - `cut`: the body cut to this fraction of its length (not for `drop` and
 *   `stall`, which always withhold half the dataset: a stalled answer of 0
 *   bytes would be complete, and the next request on its connection would
 *   wait behind it).
 */
const files = {
  dataset: readFileSync(new URL('../../data/karabakh-2020.json', import.meta.url)),
  csv: readFileSync(new URL('../fixtures/synthetic.csv', import.meta.url)),
};

function bodyOf(kind, text) {
  if (kind === 'dataset' || kind === 'drop' || kind === 'stall') return files.dataset;
  if (kind === 'csv') return files.csv;
  if (kind === 'bom') return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), files.dataset]);
  if (kind === 'bytes') return Buffer.from([0x7b, 0xff, 0xfe, 0x22, 0xc3, 0x28, 0x7d]);
  if (kind.startsWith('utf16')) {
    const le = Buffer.from(`\uFEFF${files.csv.toString('utf8')}`, 'utf16le');
    if (kind === 'utf16le') return le;
    if (kind === 'utf16be') return Buffer.from(le).swap16();
    return le.subarray(2);
  }
  return Buffer.from(text ?? '');
}

export async function respond(context) {
  const {
    status = '200',
    type = '',
    body = 'dataset',
    cut,
    hops = '0',
    text,
    wait,
    pause,
  } = context.query;
  if (wait !== undefined) await new Promise((resolve) => setTimeout(resolve, Number(wait)));
  if (Number(hops) > 0) {
    const next = new URLSearchParams({ ...context.query, hops: String(Number(hops) - 1) });
    context.status = 307;
    context.redirect(`${context.path}?${next}`);
    return;
  }
  let bytes = bodyOf(body, text);
  if (cut !== undefined && body !== 'drop' && body !== 'stall')
    bytes = bytes.subarray(0, Math.floor(bytes.length * Number(cut)));
  const headers = type ? { 'content-type': type } : {};
  if (body === 'huge') {
    context.status = Number(status);
    if (type) context.set('content-type', type);
    const megabyte = Buffer.alloc(1_000_000, 0x20);
    context.body = Readable.from(
      (function* () {
        for (let i = 0; i < 7; i++) yield megabyte;
      })(),
    );
    return;
  }
  if (body === 'drop' || body === 'stall') {
    context.respond = false;
    const { res } = context;
    res.writeHead(Number(status), { ...headers, 'content-length': String(bytes.length) });
    res.write(bytes.subarray(0, bytes.length >> 1));
    if (body === 'drop') res.socket?.destroy();
    else {
      const timer = setTimeout(() => res.destroy(), 5000);
      res.on('close', () => clearTimeout(timer));
    }
    return;
  }
  // Koa fills in a content type for a Buffer body: write the answer as it is.
  context.respond = false;
  // These statuses have no body, whatever the server meant to send.
  if ([204, 205, 304].includes(Number(status))) bytes = Buffer.alloc(0);
  context.res.writeHead(Number(status), { ...headers, 'content-length': String(bytes.length) });
  if (pause !== undefined) {
    context.res.write(bytes.subarray(0, bytes.length >> 1));
    await new Promise((resolve) => setTimeout(resolve, Number(pause)));
    bytes = bytes.subarray(bytes.length >> 1);
  }
  context.res.end(bytes);
}
