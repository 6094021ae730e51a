// Checks the built CDN bundle as a newsroom would use it: dist/cifra.js loaded by a plain
// <script type="module" src> defines the three elements and renders, on a page served
// with a strict Content-Security-Policy and on one that requires Trusted Types, with no
// violation, page error or console error. Run after `npm run build`.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { chromium } from 'playwright-core';

const root = new URL('..', import.meta.url).pathname;
if (!existsSync(join(root, 'dist/cifra.js'))) {
  console.error('dist/cifra.js is missing: run npm run build first.');
  process.exit(1);
}
const policies = {
  csp: "default-src 'self'",
  'trusted-types': "default-src 'self'; require-trusted-types-for 'script'",
};
const types = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json' };

// A page with `cifra render`'s static output (declarative shadow DOM) that also loads the bundle.
const { main } = await import('../dist/lib/cli/main.js');
let rendered = '';
const status = await main(['render', join(root, 'demo/data/national-homicide-1990-2008.json'), '--lang', 'es'], { stdout: (t) => { rendered += t; }, stderr: (t) => process.stderr.write(t) });
if (status !== 0) process.exit(1);
const ssrPage = `<!doctype html><html lang="es"><head><meta charset="utf-8"><script src="/test/bundle/violations.js"></script><script type="module" src="/dist/cifra.js"></script></head><body>${rendered}</body></html>`;

const server = createServer(async (req, res) => {
  const url = new URL(req.url, 'http://x');
  if (url.pathname === '/ssr') {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    return res.end(ssrPage);
  }
  const path = normalize(join(root, url.pathname === '/' ? 'test/bundle/page.html' : url.pathname));
  if (!path.startsWith(root)) return res.writeHead(403).end();
  try {
    const body = await readFile(path);
    res.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream', 'content-security-policy': policies[url.searchParams.get('policy')] ?? policies.csp });
    res.end(body);
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
});
let passed = 0;
let failed = 0;
for (const policy of Object.keys(policies)) {
  const page = await browser.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error' && !m.location().url.endsWith('/favicon.ico')) problems.push(`console: ${m.text()}`); });
  await page.goto(`${base}/?policy=${policy}`, { waitUntil: 'networkidle' });
  const result = await page.waitForFunction(() => {
    const els = [...document.querySelectorAll('crime-rate-trend, rate-per-100k, ranking-badge')];
    if (els.some((e) => e.getAttribute('status') !== 'ready' && e.getAttribute('status') !== 'error')) return false;
    return {
      defined: ['crime-rate-trend', 'rate-per-100k', 'ranking-badge'].map((t) => !!customElements.get(t)),
      statuses: Object.fromEntries(els.map((e) => [e.id, e.getAttribute('status')])),
      trendText: document.querySelector('#trend').shadowRoot.textContent,
      fallbackHidden: document.querySelector('#fb').getClientRects().length === 0,
      violations: window.__violations,
    };
  }, null, { timeout: 10000 }).then((h) => h.jsonValue()).catch((e) => ({ timeout: String(e) }));
  const expected = { trend: 'ready', rate: 'ready', badge: 'ready', broken: 'error', fallback: 'ready' };
  const ok = !result.timeout
    && result.defined.every(Boolean)
    && JSON.stringify(result.statuses) === JSON.stringify(expected)
    && result.trendText.includes('Homicidios dolosos')
    && result.fallbackHidden
    && result.violations.length === 0
    && problems.length === 0;
  console.log(`${ok ? 'ok  ' : 'FAIL'} bundle under ${policy}: ${policy === 'csp' ? policies.csp : policies['trusted-types']}`);
  if (!ok) console.log(JSON.stringify({ result, problems }, null, 2));
  ok ? passed++ : failed++;
  await page.close();
}
{
  // Server-rendered chart + live bundle: the live rendering replaces the static one.
  const page = await browser.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  await page.goto(`${base}/ssr`, { waitUntil: 'networkidle' });
  const result = await page.waitForFunction(() => {
    const el = document.querySelector('crime-rate-trend');
    if (el.getAttribute('status') !== 'ready') return false;
    return { svgs: el.shadowRoot.querySelectorAll('svg').length, frames: el.shadowRoot.querySelectorAll('.frame').length, buttons: el.shadowRoot.querySelectorAll('button').length };
  }, null, { timeout: 10000 }).then((h) => h.jsonValue()).catch((e) => ({ timeout: String(e) }));
  const ok = result.svgs === 1 && result.frames === 1 && result.buttons === 3 && problems.length === 0;
  console.log(`${ok ? 'ok  ' : 'FAIL'} a server-rendered chart upgraded by the bundle shows one live chart`);
  if (!ok) console.log(JSON.stringify({ result, problems }, null, 2));
  ok ? passed++ : failed++;
  await page.close();
}
await browser.close();
server.close();
console.log(`bundle: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
