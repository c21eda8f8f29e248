// `npm start`: serves the demo on the bundled data at http://localhost:8000.
// The dev server resolves the bare imports (lit) of the dist/ modules.
import { serve } from './lib/dev-server.mjs';

const server = await serve('.', { nodeResolve: true, port: Number(process.env.PORT ?? 8000) });
console.log(`conflict-widgets demo: ${server.origin}/demo/`);
console.log('Press Ctrl+C to stop.');
