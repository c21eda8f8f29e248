// `npm start`: serves the demo on the bundled data at http://localhost:8000.
// The dev server resolves the bare imports (lit, d3) of the dist/ modules.
import { startDevServer } from '@web/dev-server';

const port = Number(process.env.PORT ?? 8000);
await startDevServer({
  config: { rootDir: '.', port, nodeResolve: true, open: false },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
console.log(`conflict-widgets demo: http://localhost:${port}/demo/`);
console.log('Press Ctrl+C to stop.');
