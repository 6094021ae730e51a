// The CDN bundle says what the npm build says: the same documents (the demo's, and the
// browser tests' small one), rendered in Chromium once with dist/cifra.js (rollup, minified
// templates) and once with dist/lib (tsc, lit and d3 as imports), in Spanish and in English,
// must show the same text in every shadow root. Whitespace runs are collapsed to one
// space before comparing, never removed: "población (Diego" and "población(Diego" differ.
// Needs `npm run build` first; `npm run test:bundle` runs it.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { startDevServer } from '@web/dev-server';
import { chromium, type Browser } from 'playwright-core';
import { validDoc } from '../fixtures/docs.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const demo = (name: string) => readFileSync(`${root}demo/data/${name}.json`, 'utf8');

/** [tag, document (JSON text) or null for attributes only, attributes]: the demo's uses and then some. */
const CASES: [string, string | null, Record<string, string>][] = [
  ['crime-rate-trend', demo('national-homicide-1990-2008'), {}],
  ['crime-rate-trend', demo('states-homicide-1990-2008'), { series: 'MX,08', from: '2000' }],
  ['crime-rate-trend', demo('presidencia-2016'), {}],
  ['crime-rate-trend', JSON.stringify(validDoc()), {}],
  ['crime-rate-trend', '{ "schema": 1 }', {}],
  ['rate-per-100k', demo('presidencia-2016'), {}],
  ['rate-per-100k', demo('states-homicide-1990-2008'), { series: '08', compare: 'MX' }],
  ['rate-per-100k', demo('national-homicide-1990-2008'), {}],
  ['rate-per-100k', JSON.stringify(validDoc()), {}],
  ['rate-per-100k', null, { count: '13628', population: '106682518', period: '2008', place: 'México', label: 'homicidios', source: 'INEGI' }],
  ['ranking-badge', demo('states-homicide-2008'), { series: '08', strip: '' }],
  ['ranking-badge', demo('states-homicide-2008'), { series: '01' }],
  ['ranking-badge', null, { rank: '1', 'out-of': '32', place: 'Aguascalientes', subject: 'Sistema 9-1-1', among: 'nacional', source: 'SESNSP', period: '2025' }],
  ['ranking-badge', JSON.stringify(validDoc()), {}],
];

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** One page with every case, loading either build. */
function page(variant: string, lang: string): string {
  const script = variant === 'bundle' ? '<script type="module" src="/dist/cifra.js"></script>' : '<script type="module">import "/dist/lib/cifra.js";</script>';
  const elements = CASES.map(([tag, json, attrs], i) => {
    const attrText = Object.entries({ id: `c${i}`, lang, ...attrs }).map(([k, v]) => (v === '' ? k : `${k}="${escapeAttr(v)}"`)).join(' ');
    const inline = json === null ? '' : `<script type="application/json">${json.replace(/</g, '\\u003c')}</script>`;
    return `<div style="width: 640px; margin-bottom: 1rem"><${tag} ${attrText}>${inline}</${tag}></div>`;
  });
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">${script}</head><body>${elements.join('\n')}</body></html>`;
}

let server: Awaited<ReturnType<typeof startDevServer>>;
let base: string;
let browser: Browser;

before(async () => {
  assert.ok(existsSync(`${root}dist/cifra.js`) && existsSync(`${root}dist/lib/cifra.js`), 'dist/cifra.js and dist/lib are built: run npm run build first');
  server = await startDevServer({
    config: {
      rootDir: root,
      hostname: '127.0.0.1',
      port: 0,
      watch: false,
      // dist/lib imports lit and d3 by name; the dev server resolves them from node_modules.
      nodeResolve: true,
      middleware: [
        (async (ctx: { path: string; query: Record<string, string>; type: string; body: string }, next: () => Promise<void>) => {
          if (ctx.path !== '/text-page') return next();
          ctx.type = 'text/html; charset=utf-8';
          ctx.body = page(ctx.query['variant']!, ctx.query['lang']!);
        }) as never,
      ],
    },
    readCliArgs: false,
    readFileConfig: false,
    logStartMessage: false,
  });
  const address = server.server!.address();
  assert.ok(address && typeof address === 'object', 'the dev server listens');
  base = `http://127.0.0.1:${address.port}`;
  browser = await chromium.launch({
    executablePath: process.env['CHROME_PATH'] ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-dev-shm-usage'],
  });
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

/** Every case's status and shadow-root text, whitespace runs collapsed to one space. */
async function texts(variant: string, lang: string): Promise<{ status: string | null; text: string }[]> {
  const context = await browser.newContext({ viewport: { width: 1000, height: 900 } });
  const p = await context.newPage();
  const errors: string[] = [];
  p.on('pageerror', (e) => errors.push(e.message));
  await p.goto(`${base}/text-page?variant=${variant}&lang=${lang}`);
  const handle = await p.waitForFunction((n) => {
    const els = Array.from({ length: n }, (_, i) => document.getElementById(`c${i}`)!);
    if (els.some((e) => !e.shadowRoot || (e.getAttribute('status') !== 'ready' && e.getAttribute('status') !== 'error'))) return false;
    return els.map((e) => ({ status: e.getAttribute('status'), text: (e.shadowRoot!.textContent ?? '').replace(/\s+/g, ' ').trim() }));
  }, CASES.length, { timeout: 20000 });
  const result = (await handle.jsonValue()) as { status: string | null; text: string }[];
  await context.close();
  assert.deepEqual(errors, [], `no page error with ${variant}`);
  return result;
}

describe('dist/cifra.js shows the same text as dist/lib', () => {
  for (const lang of ['es', 'en']) {
    test(`${lang}: ${CASES.length} elements, the same status and shadow-root text`, async () => {
      const bundle = await texts('bundle', lang);
      const lib = await texts('lib', lang);
      assert.ok(lib.filter((r) => r.status === 'ready').length >= CASES.length - 3, 'most cases render (the rest are errors on purpose)');
      for (let i = 0; i < CASES.length; i++) {
        const [tag, , attrs] = CASES[i]!;
        assert.equal(bundle[i]!.status, lib[i]!.status, `#c${i} <${tag}> ${JSON.stringify(attrs)}: status`);
        assert.equal(bundle[i]!.text, lib[i]!.text, `#c${i} <${tag}> ${JSON.stringify(attrs)}: text`);
      }
    });
  }
});
