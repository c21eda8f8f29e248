// `npm start`: serves the demo on the bundled data at http://localhost:8000/demo/ (`/` leads there),
// or the next free port up to 8019 when 8000 is taken; PORT=n asks for n and
// only n. The dev server resolves the bare imports (lit) of the dist/ modules.
import net from 'node:net';
import { serve } from './lib/dev-server.mjs';

const DEFAULT_PORT = 8000;
const TRIES = 20;

/** Whether nothing listens on the port (the dev server exits on EADDRINUSE, so ask first). */
const isFree = (port) =>
  new Promise((resolve) => {
    const probe = net.createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, () => probe.close(() => resolve(true)));
  });

async function choosePort() {
  if (process.env.PORT) {
    const port = Number(process.env.PORT);
    if (await isFree(port)) return port;
    console.error(
      `Port ${port} is already in use. Stop what uses it, or choose another: PORT=${port + 1} npm start`,
    );
    process.exit(1);
  }
  for (let port = DEFAULT_PORT; port < DEFAULT_PORT + TRIES; port++) {
    if (await isFree(port)) {
      if (port !== DEFAULT_PORT) console.log(`Port ${DEFAULT_PORT} is in use; using ${port}.`);
      return port;
    }
  }
  console.error(
    `Ports ${DEFAULT_PORT}–${DEFAULT_PORT + TRIES - 1} are all in use. Choose one: PORT=9000 npm start`,
  );
  process.exit(1);
}

const server = await serve('.', { nodeResolve: true, port: await choosePort(), home: '/demo/' });
console.log(`conflict-widgets demo: ${server.origin}/demo/`);
console.log('Press Ctrl+C to stop.');
