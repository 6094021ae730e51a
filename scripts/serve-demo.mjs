// npm start: serves the demo on http://localhost:8000/demo/ with TypeScript compiled
// on the fly, so it works straight after `npm install`, with no build first.
import { startDevServer } from '@web/dev-server';
import { esbuildPlugin } from '@web/dev-server-esbuild';

const port = Number(process.env.PORT ?? 8000);
const server = await startDevServer({
  config: {
    rootDir: new URL('..', import.meta.url).pathname,
    port,
    hostname: process.env.HOST ?? 'localhost',
    nodeResolve: true,
    appIndex: undefined,
    plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: new URL('../tsconfig.json', import.meta.url).pathname })],
    middleware: [(ctx, next) => { if (ctx.path === '/') ctx.redirect('/demo/'); return next(); }],
  },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
console.log(`cifra demo: http://${server.config.hostname}:${server.config.port}/demo/  (Ctrl+C to stop)`);
