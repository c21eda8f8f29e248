// `npm run test:engines`, part of `npm test`: the Firefox run and the WebKit
// run (`npm run test:firefox`, `npm run test:webkit`) side by side. Each
// drives one page at a time and keeps about one core busy, so on two cores
// the pair takes about as long as the longer run alone. Their reports are
// held and printed whole, each as its run ends, instead of interleaved.
//
// A run whose runner stops without a verdict (neither its summary nor a test
// file reported unfinished: the process ended first) is run once more, and
// says so.
// The WebKit run did that once in eight clean-clone CI runs, at exit 1 with
// nothing printed, 40 files in; alone or side by side again it passed. A run
// that reports a failed test is never run again.
import { spawn } from 'node:child_process';

const RUNS = [
  { name: 'Firefox', script: 'test:firefox' },
  { name: 'WebKit', script: 'test:webkit' },
];

/** What a runner prints once it has a verdict: its summary, or a test file that never finished. */
const VERDICT = /Finished running tests|Browser tests did not finish/;

/** Runs `npm run <script>`; resolves with its exit code, and whether it reached a verdict, once its report is printed. */
function runOnce({ name, script }) {
  return new Promise((resolve) => {
    // Not --silent: where the runner dies of a signal, npm's own lines name it.
    const child = spawn('npm', ['run', script], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const report = [];
    child.stdout.on('data', (chunk) => report.push(chunk));
    child.stderr.on('data', (chunk) => report.push(chunk));
    child.on('close', (code, signal) => {
      const printed = Buffer.concat(report);
      process.stdout.write(`\n=== ${name} (npm run ${script}) ===\n`);
      process.stdout.write(printed);
      process.stdout.write(
        `=== ${name}: ${code === 0 ? 'passed' : `failed (${signal ?? `exit ${code}`})`} ===\n`,
      );
      resolve({ code: code ?? 1, verdict: VERDICT.test(printed.toString()) });
    });
  });
}

/** Runs `npm run <script>`, once more if its runner stopped without a verdict; resolves with the exit code. */
async function run(engine) {
  const first = await runOnce(engine);
  if (first.code === 0 || first.verdict) return first.code;
  process.stdout.write(
    `=== ${engine.name}: the runner stopped without a verdict; running it once more ===\n`,
  );
  return (await runOnce(engine)).code;
}

console.log(
  `${RUNS.map((r) => r.name).join(' and ')} test runs started side by side; each report follows as its run ends.`,
);
const codes = await Promise.all(RUNS.map(run));
process.exit(codes.some((code) => code !== 0) ? 1 : 0);
