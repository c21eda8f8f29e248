import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { startDevServer } from '@web/dev-server';

/**
 * Any page with `?render`: its elements rendered on the server by the render
 * command (bin/conflict-widgets.mjs), as a static-site build would write it;
 * with `?scripts=off` as well, served under `script-src 'none'`, as a reader
 * with JavaScript blocked gets it. Needs `npm run build` first.
 */
async function serverRendered(context, next) {
  const { render, scripts, width = '680' } = context.query;
  if (render === undefined || !context.path.endsWith('.html')) return next();
  const file = `.${decodeURIComponent(context.path)}`;
  const { stdout } = await promisify(execFile)(
    'node',
    ['bin/conflict-widgets.mjs', 'render', '--width', String(width), file],
    { maxBuffer: 64 * 1024 * 1024 },
  );
  context.type = 'text/html';
  context.body = stdout;
  if (scripts === 'off') context.set('Content-Security-Policy', "script-src 'none'");
}

/**
 * Serves `rootDir` on a free localhost port for a script (screenshots,
 * consumer test, bench), or on `port` for `npm start`, which sends a request
 * for `/` to `home`. Returns the origin and a stop function.
 */
export async function serve(rootDir, { nodeResolve = false, port = 0, home } = {}) {
  const toHome = (context, next) =>
    home && context.path === '/' ? context.redirect(home) : next();
  const server = await startDevServer({
    config: { rootDir, port, nodeResolve, middleware: [toHome, serverRendered] },
    readCliArgs: false,
    readFileConfig: false,
    logStartMessage: false,
  });
  // port 0 asks the OS for a free port; the real one is on the listening server.
  const actual = server.server?.address()?.port ?? server.config.port;
  return { origin: `http://localhost:${actual}`, stop: () => server.stop() };
}
