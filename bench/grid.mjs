// S7 (cifra only, DESIGN §1a): the 32-state small multiples. One
// <crime-rate-trend layout="grid"> of 32 series × 120 monthly points against 32 separate
// charts of the same data in a grid of 160 px columns, each timed in a fresh page from
// the first element in the page to every chart drawn (`cifra-ready`) plus one frame.
// Medians of interleaved runs on this machine; read the ratio, not the milliseconds.
// Usage: npm run build && node bench/grid.mjs [--reps N]
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { extname } from 'node:path';
import { chromium } from 'playwright-core';

const root = new URL('..', import.meta.url);
const reps = Number(process.argv[process.argv.indexOf('--reps') + 1]) || 5;
if (!existsSync(new URL('dist/cifra.js', root))) {
  console.error('dist/cifra.js is missing: run npm run build first.');
  process.exit(1);
}

const PAGE = `<!doctype html><meta charset="utf-8"><body style="margin:0;font:16px/1.5 sans-serif">
<div id="root" style="width:800px"></div>
<script type="module">
import '/dist/cifra.js';
import { series, frame } from '/bench/data.js';
const docs = Array.from({ length: 32 }, (_, i) => ({
  geo: { level: 'state', code: String(i + 1).padStart(2, '0'), name: 'Estado ' + (i + 1) },
  observations: series(120, i + 1),
}));
const doc = (s) => ({ schema: 1, title: 'S7', unit: { type: 'count' }, series: s, sources: [{ name: 'bench' }] });
const ready = (el) => new Promise((resolve, reject) => {
  el.addEventListener('cifra-ready', resolve, { once: true });
  el.addEventListener('cifra-error', (e) => reject(new Error(e.detail.message)), { once: true });
});
window.s7 = async (mode) => {
  const root = document.getElementById('root');
  const t0 = performance.now();
  let els;
  if (mode === 'grid') {
    const el = document.createElement('crime-rate-trend');
    el.setAttribute('layout', 'grid');
    el.setAttribute('lang', 'es');
    el.data = doc(docs);
    els = [el];
  } else {
    root.style.cssText = 'width:800px;display:grid;grid-template-columns:repeat(auto-fill,minmax(160px,1fr));gap:8px';
    els = docs.map((s) => {
      const el = document.createElement('crime-rate-trend');
      el.setAttribute('lang', 'es');
      el.data = doc([s]);
      return el;
    });
  }
  const drawn = Promise.all(els.map(ready));
  root.append(...els);
  await drawn;
  await frame();
  return performance.now() - t0;
};
window.s7ready = true;
</script>`;

const TYPES = { '.js': 'text/javascript', '.mjs': 'text/javascript', '.json': 'application/json' };
const server = createServer(async (req, res) => {
  const path = new URL(req.url, 'http://x').pathname;
  if (path === '/') return res.writeHead(200, { 'content-type': 'text/html' }).end(PAGE);
  if (!/^\/(dist|bench)\/[\w./-]+$/.test(path) || path.includes('..')) return res.writeHead(404).end();
  try {
    res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' }).end(await readFile(new URL(`.${path}`, root)));
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${server.address().port}/`;
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-renderer-backgrounding', '--disable-background-timer-throttling'],
});

const times = { grid: [], separate: [] };
for (let r = 0; r < reps; r++) {
  for (const mode of r % 2 ? ['separate', 'grid'] : ['grid', 'separate']) {
    const page = await browser.newPage({ viewport: { width: 840, height: 900 } });
    await page.goto(base);
    await page.waitForFunction(() => window.s7ready === true);
    times[mode].push(await page.evaluate((m) => window.s7(m), mode));
    await page.close();
  }
}
await browser.close();
server.close();

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
const cell = (xs) => `${median(xs).toFixed(0)} ms (${Math.min(...xs).toFixed(0)}–${Math.max(...xs).toFixed(0)})`;
const ratio = median(times.grid) / median(times.separate);
console.log(`S7, 32 states × 120 monthly points, median (min–max) of ${reps} interleaved runs:\n`);
console.log('| one grid | 32 separate charts | grid ÷ separate |\n| ---: | ---: | ---: |');
console.log(`| ${cell(times.grid)} | ${cell(times.separate)} | ×${ratio.toFixed(2)} |`);
console.log(`\n${ratio <= 1 ? 'pass' : 'MISS'}: the grid is ready in no more time than 32 separate charts.`);
