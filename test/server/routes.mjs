// Test routes under /_test/, served by the test runner's dev server (a Koa middleware).
// Every route takes `k=<key>`; /_test/count?k=<key> answers how many requests that key saw.
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { validDoc } from '../fixtures/docs.mjs';

const counts = new Map();
/** Per key, what a streamed route sent and whether the client went away first (`/_test/stream-state`). */
const streams = new Map();
let bomb;


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
    if (route === 'stream-state') {
      ctx.set('cache-control', 'no-store');
      ctx.type = 'application/json';
      ctx.body = JSON.stringify(streams.get(key) ?? null);
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
      case 'big-stream.json': {
        // `mb` megabytes (default 6) of a JSON document in 64 KB chunks, with no Content-Length:
        // only counting the bytes as they arrive can refuse it.
        const total = Math.min(Number(ctx.query.mb ?? 6), 64) * 1024 * 1024;
        const chunk = Buffer.alloc(64 * 1024, 'x');
        const head = Buffer.from('{"schema":1,"x-pad":"');
        const tail = Buffer.from('"}');
        const state = { sent: 0, finished: false, closed: false };
        streams.set(key, state);
        let sent = 0;
        const body = new Readable({
          read() {
            if (sent === 0) {
              sent += head.length;
              this.push(head);
            } else if (sent < total) {
              const n = Math.min(chunk.length, total - sent);
              sent += n;
              this.push(n === chunk.length ? chunk : chunk.subarray(0, n));
            } else {
              this.push(tail);
              this.push(null);
              state.finished = true;
            }
            state.sent = sent;
          },
        });
        ctx.req.socket.once('close', () => { state.closed = !state.finished; });
        ctx.res.once('close', () => { if (!state.finished) state.closed = true; });
        ctx.type = 'application/json';
        ctx.body = body;
        return;
      }
      case 'slow-chunks.json': {
        // Headers at once, then a valid document a few bytes every `every` ms (default 100),
        // spread over about `over` ms (default 1500): an answer that starts but never ends in time.
        const text = JSON.stringify(validDoc(ctx.query.title ?? 'Goteo'));
        const over = Math.min(Number(ctx.query.over ?? 1500), 20000);
        const every = Math.max(10, Number(ctx.query.every ?? 100));
        const pieces = Math.max(2, Math.ceil(over / every));
        const size = Math.ceil(text.length / pieces);
        const state = { sent: 0, finished: false, closed: false };
        streams.set(key, state);
        let at = 0;
        const body = new Readable({
          read() {},
        });
        const tick = () => {
          if (state.closed) return;
          if (at >= text.length) {
            state.finished = true;
            body.push(null);
            return;
          }
          body.push(text.slice(at, at + size));
          at += size;
          state.sent = Math.min(at, text.length);
          setTimeout(tick, every);
        };
        ctx.res.once('close', () => { if (!state.finished) state.closed = true; });
        setTimeout(tick, 0);
        ctx.type = 'application/json';
        ctx.body = body;
        return;
      }
      case 'bomb.json':
        // 64 MB of JSON gzipped to under 300 KB: a small Content-Length, a huge body once decoded.
        bomb ??= gzipSync(Buffer.from('{"schema":1,"x-pad":"' + ' '.repeat(64 * 1024 * 1024) + '"}'), { level: 1 });
        ctx.type = 'application/json';
        ctx.set('content-encoding', 'gzip');
        ctx.body = bomb;
        return;
      case 'redirect':
        // A redirect to wherever `to` says (javascript:, data:, another route).
        ctx.status = 302;
        ctx.set('location', String(ctx.query.to ?? '/'));
        ctx.body = '';
        return;
      case 'bom.json':
        // A document saved by a tool that writes a UTF-8 byte order mark first.
        ctx.type = 'application/json';
        ctx.body = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(JSON.stringify(validDoc(ctx.query.title ?? 'Con BOM')))]);
        return;
      case 'empty':
        // 200 with an empty body.
        ctx.type = 'application/json';
        ctx.body = '';
        return;
      default:
        ctx.status = 404;
        ctx.body = 'no such test route';
    }
  };
}
