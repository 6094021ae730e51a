// Checks the built CDN bundles as a newsroom would use them: dist/cifra.js loaded by a plain
// <script type="module" src> defines the three elements and renders, on a page served
// with a strict Content-Security-Policy and on one that requires Trusted Types, with no
// violation, page error or console error; each per-element bundle defines its element
// only; a page that loads ranking-badge.js, cifra.js and crime-rate-trend.js together
// renders every element with no double-definition error; dist/cifra.css applies under
// `default-src 'self'`. Run after `npm run build`.
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
const types = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css' };
const TAGS = ['crime-rate-trend', 'rate-per-100k', 'ranking-badge'];

// A page with `cifra render`'s static output (declarative shadow DOM) that also loads the bundle.
const { main } = await import('../dist/cli.js');
let rendered = '';
const status = await main(['render', join(root, 'demo/data/national-homicide-1990-2008.json'), '--lang', 'es'], { stdout: (t) => { rendered += t; }, stderr: (t) => process.stderr.write(t) });
if (status !== 0) process.exit(1);
const ssrPage = `<!doctype html><html lang="es"><head><meta charset="utf-8"><script src="/test/bundle/violations.js"></script><script type="module" src="/dist/cifra.js"></script></head><body>${rendered}</body></html>`;

// A page that loads the given bundles, in order, and shows the three elements (only the
// defined ones can become ready), under `default-src 'self'`, with dist/cifra.css linked.
const bundlePage = (scripts) => `<!doctype html><html lang="es"><head><meta charset="utf-8">
<script src="/test/bundle/violations.js"></script>
<link rel="stylesheet" href="/dist/cifra.css">
${scripts.map((s) => `<script type="module" src="/dist/${s}.js"></script>`).join('\n')}
</head><body>
<crime-rate-trend id="crime-rate-trend" src="/test/bundle/doc.json"></crime-rate-trend>
<rate-per-100k id="rate-per-100k" src="/test/bundle/doc.json"></rate-per-100k>
<ranking-badge id="ranking-badge" src="/test/bundle/doc.json"></ranking-badge>
</body></html>`;

const server = createServer(async (req, res) => {
  const url = new URL(req.url, 'http://x');
  if (url.pathname === '/ssr') {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    return res.end(ssrPage);
  }
  if (url.pathname === '/bundles') {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': policies.csp });
    return res.end(bundlePage(url.searchParams.getAll('b')));
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
  // One chart: its SVG, its frame, and its own buttons (data, summary, CSV, SVG, PNG).
  const ok = result.svgs === 1 && result.frames === 1 && result.buttons === 5 && problems.length === 0;
  console.log(`${ok ? 'ok  ' : 'FAIL'} a server-rendered chart upgraded by the bundle shows one live chart`);
  if (!ok) console.log(JSON.stringify({ result, problems }, null, 2));
  ok ? passed++ : failed++;
  await page.close();
}
// Each per-element bundle alone defines its element and no other; before any script has
// run, dist/cifra.css (a file, so `default-src 'self'` allows it) reserves the boxes.
for (const tag of TAGS) {
  const page = await browser.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error' && !m.location().url.endsWith('/favicon.ico')) problems.push(`console: ${m.text()}`); });
  await page.goto(`${base}/bundles?b=${tag}`, { waitUntil: 'networkidle' });
  const result = await page.waitForFunction((tag) => {
    if (document.getElementById(tag).getAttribute('status') !== 'ready') return false;
    const box = (id) => document.getElementById(id).getBoundingClientRect();
    return {
      defined: ['crime-rate-trend', 'rate-per-100k', 'ranking-badge'].filter((t) => customElements.get(t)),
      // The undefined elements keep the box cifra.css reserves for them.
      // The chart's reserve is a 16/9 plot (under 600px: 4/3) plus 12.1125em of text rows.
      undefinedBoxes: ['crime-rate-trend', 'rate-per-100k', 'ranking-badge'].filter((t) => t !== tag).map((t) => {
        const b = box(t);
        const em = parseFloat(getComputedStyle(document.getElementById(t)).fontSize);
        const plot = b.width < 600 ? b.width * 3 / 4 : b.width * 9 / 16;
        return [t, t === 'crime-rate-trend' ? Math.round((b.height - plot - 12.1125 * em) * 100) / 100 : 0, b.height > 0];
      }),
      violations: window.__violations,
    };
  }, tag, { timeout: 10000 }).then((h) => h.jsonValue()).catch((e) => ({ timeout: String(e) }));
  const ok = !result.timeout
    && JSON.stringify(result.defined) === JSON.stringify([tag])
    && result.undefinedBoxes.every(([, off, tall]) => tall && Math.abs(off) < 1)
    && result.violations.length === 0
    && problems.length === 0;
  console.log(`${ok ? 'ok  ' : 'FAIL'} dist/${tag}.js defines <${tag}> only; cifra.css reserves the others' boxes under ${policies.csp}`);
  if (!ok) console.log(JSON.stringify({ result, problems }, null, 2));
  ok ? passed++ : failed++;
  await page.close();
}
{
  // Two bundles that define the same tags on one page: the first definition stays, no error.
  const page = await browser.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error' && !m.location().url.endsWith('/favicon.ico')) problems.push(`console: ${m.text()}`); });
  await page.goto(`${base}/bundles?b=ranking-badge&b=cifra&b=crime-rate-trend`, { waitUntil: 'networkidle' });
  const result = await page.waitForFunction(() => {
    const els = [...document.querySelectorAll('crime-rate-trend, rate-per-100k, ranking-badge')];
    if (els.some((e) => e.getAttribute('status') !== 'ready' && e.getAttribute('status') !== 'error')) return false;
    return { statuses: Object.fromEntries(els.map((e) => [e.id, e.getAttribute('status')])), violations: window.__violations };
  }, null, { timeout: 10000 }).then((h) => h.jsonValue()).catch((e) => ({ timeout: String(e) }));
  const ok = !result.timeout
    && TAGS.every((t) => result.statuses[t] === 'ready')
    && result.violations.length === 0
    && problems.length === 0;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ranking-badge.js + cifra.js + crime-rate-trend.js on one page: every element ready, no double definition`);
  if (!ok) console.log(JSON.stringify({ result, problems }, null, 2));
  ok ? passed++ : failed++;
  await page.close();
}
await browser.close();
server.close();
console.log(`bundle: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
