// `npm run test:engines`, part of `npm test`: the Firefox run and the WebKit
// run (`npm run test:firefox`, `npm run test:webkit`) side by side. Each
// drives one page at a time and keeps about one core busy, so on two cores
// the pair takes about as long as the longer run alone. Their reports are
// held and printed whole, each as its run ends, instead of interleaved.
import { spawn } from 'node:child_process';

const RUNS = [
  { name: 'Firefox', script: 'test:firefox' },
  { name: 'WebKit', script: 'test:webkit' },
];

/** Runs `npm run <script>`; resolves with its exit code once its report is printed. */
function run({ name, script }) {
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', '--silent', script], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const report = [];
    child.stdout.on('data', (chunk) => report.push(chunk));
    child.stderr.on('data', (chunk) => report.push(chunk));
    child.on('close', (code, signal) => {
      process.stdout.write(`\n=== ${name} (npm run ${script}) ===\n`);
      process.stdout.write(Buffer.concat(report));
      process.stdout.write(
        `=== ${name}: ${code === 0 ? 'passed' : `failed (${signal ?? `exit ${code}`})`} ===\n`,
      );
      resolve(code ?? 1);
    });
  });
}

console.log(
  `${RUNS.map((r) => r.name).join(' and ')} test runs started side by side; each report follows as its run ends.`,
);
const codes = await Promise.all(RUNS.map(run));
process.exit(codes.some((code) => code !== 0) ? 1 : 0);
