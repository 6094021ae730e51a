// Test routes under /_test/, served by the test runner's dev server (a Koa middleware).
// Every route takes `k=<key>`; /_test/count?k=<key> answers how many requests that key saw.
import { validDoc } from '../fixtures/docs.mjs';

const counts = new Map();


const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export function testRoutes() {
  return async (ctx, next) => {
    if (!ctx.path.startsWith('/_test/')) return next();
    const key = ctx.query.k ?? '';
    const route = ctx.path.slice('/_test/'.length);
    if (route === 'count') {
      ctx.body = String(counts.get(key) ?? 0);
      return;
    }
    counts.set(key, (counts.get(key) ?? 0) + 1);
    // Never cacheable: only cifra's own request sharing may make two elements cost one request.
    ctx.set('cache-control', 'no-store');
    const delay = Number(ctx.query.delay ?? 0);
    if (delay > 0) await sleep(Math.min(delay, 20000));
    switch (route) {
      case 'doc.json':
        ctx.type = 'application/json';
        ctx.body = JSON.stringify(validDoc(ctx.query.title ?? undefined));
        return;
      case 'cors.json':
        // Served without Access-Control-Allow-Origin: a page on another origin cannot read it.
        ctx.type = 'application/json';
        ctx.body = JSON.stringify(validDoc());
        return;
      case 'status':
        ctx.status = Number(ctx.query.code ?? 500);
        ctx.type = 'text/plain';
        ctx.body = `status ${ctx.status}`;
        return;
      case 'html':
        ctx.type = 'text/html';
        ctx.body = '<!doctype html><title>Not found</title><p>Página no encontrada</p>';
        return;
      case 'bad-schema.json':
        ctx.type = 'application/json';
        ctx.body = JSON.stringify({ schema: 1, title: 'x', unit: { type: 'rate', per: 7 }, series: [], sources: [] });
        return;
      case 'big.json':
        ctx.type = 'application/json';
        ctx.body = '{"schema":1,"x-pad":"' + 'x'.repeat(6 * 1024 * 1024) + '"}';
        return;
      case 'never':
        // Holds the request open (bounded) so the client's timeout fires first.
        await sleep(4000);
        ctx.body = '';
        return;
      default:
        ctx.status = 404;
        ctx.body = 'no such test route';
    }
  };
}
