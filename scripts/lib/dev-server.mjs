import { startDevServer } from '@web/dev-server';

/**
 * Serves `rootDir` on a free localhost port for a script (screenshots,
 * consumer test, bench). Returns the origin and a stop function.
 */
export async function serve(rootDir, { nodeResolve = false, port = 0 } = {}) {
  const server = await startDevServer({
    config: { rootDir, port, nodeResolve },
    readCliArgs: false,
    readFileConfig: false,
    logStartMessage: false,
  });
  // port 0 asks the OS for a free port; the real one is on the listening server.
  const actual = server.server?.address()?.port ?? server.config.port;
  return { origin: `http://localhost:${actual}`, stop: () => server.stop() };
}
