// npm run bench: cifra against Chart.js, uPlot, Highcharts, ECharts, Vega-Lite (with
// vega-embed), Observable Plot and a floor (a bare Lit element drawing the line with d3),
// drawing the same line chart, in one headless Chromium run (Debian's /usr/bin/chromium,
// or CHROME_PATH).
//   S1 bundle: minified and gzip bytes of the code for one line chart (cifra: dist/cifra.js,
//      all three elements; peers: bench/.build/<lib>.js, see build.mjs);
//   S2 first chart: script start to a drawn chart of 120 monthly points (cold cache);
//   S3 page of charts: 200 charts of 24 points, time to all drawn and JS heap after GC;
//   S4 big series: one chart of 50,000 points;
//   S5 updates: 100 data changes of a drawn chart;
//   S6 layout shift: CLS while a chart loads into an article by URL (300 ms late).
// Interleaved: for each repetition, for each scenario, every library once, in an order
// rotated per repetition and scenario; a fresh browser context and page per measurement
// (viewport 800×600). Prints a markdown table (median, min–max, ratio to uPlot), the
// budgets, cifra's per-module sizes; writes bench/results/latest.json and latest.md
// (partial.json and partial.md when --only or --scenarios is given).
// Usage: node bench/run.mjs [--reps N] [--quick] [--only cifra,uplot] [--scenarios S2,S6]
//        [--screenshots]  (first repetition's pages to bench/results/shots/, to check what is drawn)
// (npm run bench installs bench/'s dependencies and builds cifra first.)
import { createServer } from 'node:http';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { cpus } from 'node:os';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { buildPeers, PEERS } from './build.mjs';
import { indicator, series } from './data.js';
import { articlePage, harnessPage, LIBS } from './pages.mjs';
import { gzipBytes } from '../scripts/readme-sizes.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const root = fileURLToPath(new URL('..', import.meta.url));

// ---- options
const argv = process.argv.slice(2);
const opt = (name) => { const i = argv.indexOf(name); return i >= 0 ? argv[i + 1] : undefined; };
const REPS = argv.includes('--quick') ? 1 : Number(opt('--reps') ?? 5);
const ALL = ['cifra', ...PEERS];
const only = opt('--only')?.split(',').map((s) => s.trim()).filter(Boolean);
const libs = only ? ALL.filter((l) => only.includes(l)) : ALL;
if (!libs.length || !(REPS >= 1)) {
  console.error(`usage: node bench/run.mjs [--reps N] [--quick] [--only ${ALL.join(',')}] [--scenarios S2,S3,S4,S5,S6]`);
  process.exit(2);
}
const SCENARIOS = ['S2', 'S3', 'S4', 'S5', 'S6'].filter((s) => !opt('--scenarios') || opt('--scenarios').split(',').includes(s));
const TIMEOUT = 60_000;
const SHOTS = argv.includes('--screenshots') ? `${fileURLToPath(new URL('results/shots/', import.meta.url))}` : null;
if (SHOTS) mkdirSync(SHOTS, { recursive: true });
const log = (...a) => console.error(...a);

// ---- S1: bundles
if (libs.includes('cifra') && !existsSync(`${root}dist/cifra.js`)) {
  console.error('dist/cifra.js is missing: run npm run build first (npm run bench does).');
  process.exit(1);
}
const peerLibs = libs.filter((l) => l !== 'cifra');
if (peerLibs.length && !existsSync(`${here}node_modules`)) {
  console.error("bench/node_modules is missing: run `npm --prefix bench ci` (npm run bench does).");
  process.exit(1);
}
log(`building peers' bundles (cached in bench/.build)…`);
const built = await buildPeers(peerLibs);
const bundles = {};
for (const lib of libs) {
  const file = lib === 'cifra' ? `${root}dist/cifra.js` : built[lib].file;
  const code = readFileSync(file);
  bundles[lib] = {
    file: file.replace(root, ''),
    bundler: lib === 'cifra' ? 'npm run build (rollup + terser)' : built[lib].bundler,
    warnings: lib === 'cifra' ? [] : built[lib].warnings,
    min: code.length,
    gzip: gzipSync(code, { level: 9 }).length,
  };
}
const version = (lib) => {
  const { pkg, root: fromRoot } = LIBS[lib];
  const path = pkg ? `${fromRoot ? root : here}node_modules/${pkg}/package.json` : `${root}package.json`;
  return JSON.parse(readFileSync(path, 'utf8')).version;
};

// ---- server
const s6doc = JSON.stringify(indicator(series(120, 1), 'Homicides, monthly'));
const FILES = {
  '/harness.js': `${here}harness.js`,
  '/data.js': `${here}data.js`,
  '/dist/cifra.js': `${root}dist/cifra.js`,
};
const server = createServer(async (req, res) => {
  const url = new URL(req.url, 'http://x');
  const p = url.pathname;
  const lib = url.searchParams.get('lib');
  const send = (status, type, body) => {
    res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
    res.end(body);
  };
  try {
    if (p === '/page' && LIBS[lib]) return send(200, 'text/html; charset=utf-8', harnessPage(lib));
    if (p === '/article' && LIBS[lib]) return send(200, 'text/html; charset=utf-8', articlePage(lib));
    if (p === '/data/s6.json') {
      await new Promise((r) => setTimeout(r, Number(url.searchParams.get('delay') ?? 0)));
      return send(200, 'application/json', s6doc);
    }
    let m;
    if ((m = p.match(/^\/adapters\/(\w+)\.js$/)) && LIBS[m[1]]) return send(200, 'text/javascript', await readFile(`${here}adapters/${m[1]}.js`));
    if ((m = p.match(/^\/build\/(\w+)\.js$/)) && LIBS[m[1]]) return send(200, 'text/javascript', await readFile(`${here}.build/${m[1]}.js`));
    if (FILES[p]) return send(200, 'text/javascript', await readFile(FILES[p]));
    if (p === '/favicon.ico') return send(204, 'image/x-icon', '');
    return send(404, 'text/plain', 'not found');
  } catch (e) {
    return send(500, 'text/plain', String(e));
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${server.address().port}`;

// ---- browser
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
    '--no-first-run', '--disable-sync', '--disable-renderer-backgrounding', '--disable-background-timer-throttling',
    '--disable-backgrounding-occluded-windows'],
});
const chromiumVersion = browser.version();

const withTimeout = (promise, ms, what) => Promise.race([
  promise,
  new Promise((_, reject) => setTimeout(() => reject(new Error(`${what}: timed out after ${ms} ms`)), ms)),
]);

/** One measurement of one library in one scenario, in a fresh context and page. */
async function measure(lib, scenario, rep) {
  const context = await browser.newContext({ viewport: { width: 800, height: 600 } });
  const page = await context.newPage();
  page.setDefaultTimeout(TIMEOUT);
  const errors = [];
  page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(`console: ${m.text()}`); });
  try {
    const shot = async (result) => {
      if (SHOTS && rep === 0) await page.screenshot({ path: `${SHOTS}${scenario}-${lib}.png`, fullPage: scenario !== 'S3' });
      return result;
    };
    if (scenario === 'S6') return await shot(await measureS6(page, lib, errors));
    await page.goto(`${base}/page?lib=${lib}`, { waitUntil: 'load' });
    await page.waitForFunction(() => window.benchReady === true);
    const run = (name) => withTimeout(page.evaluate((n) => window.bench[n](), name), TIMEOUT, `${lib} ${scenario}`);
    if (scenario === 'S3') {
      const cdp = await context.newCDPSession(page);
      await run('s3prepare');
      await cdp.send('HeapProfiler.collectGarbage');
      const before = await cdp.send('Runtime.getHeapUsage');
      const { ms } = await run('s3run');
      await cdp.send('HeapProfiler.collectGarbage');
      const after = await cdp.send('Runtime.getHeapUsage');
      return await shot({ ms, heap: after.usedSize, heapBefore: before.usedSize, errors });
    }
    const { ms } = await run(scenario.toLowerCase());
    return await shot({ ms, errors });
  } catch (e) {
    return { error: String(e.message ?? e).split('\n')[0], errors };
  } finally {
    await context.close();
  }
}

/** S6: the article page; layout shifts summed (buffered observer) until 1 s after drawn. */
async function measureS6(page, lib, errors) {
  await page.addInitScript(() => {
    window.__cls = 0;
    window.__shifts = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        if (e.hadRecentInput) continue;
        window.__cls += e.value;
        window.__shifts.push({ value: e.value, at: Math.round(e.startTime), sources: (e.sources ?? []).map((s) => s.node?.nodeName ?? '?') });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(`${base}/article?lib=${lib}`, { waitUntil: 'load' });
  const state = await page.waitForFunction(() => window.__drawn ?? window.__failed, null, { timeout: 20_000 }).then((h) => h.jsonValue());
  if (typeof state === 'string') return { error: state.split('\n')[0], errors };
  await page.waitForTimeout(1000);
  const { cls, shifts } = await page.evaluate(() => ({ cls: window.__cls, shifts: window.__shifts }));
  return { cls, drawnAt: state, shifts, errors };
}

// ---- the interleaved run
const raw = Object.fromEntries(SCENARIOS.map((s) => [s, Object.fromEntries(libs.map((l) => [l, []]))]));
const started = Date.now();
log(`Chromium ${chromiumVersion}; ${libs.length} libraries × ${SCENARIOS.length} scenarios × ${REPS} repetitions`);
for (let r = 0; r < REPS; r++) {
  for (const [si, scenario] of SCENARIOS.entries()) {
    const k = (r + si) % libs.length;
    const order = [...libs.slice(k), ...libs.slice(0, k)];
    for (const lib of order) {
      const result = await measure(lib, scenario, r);
      raw[scenario][lib].push(result);
      if (result.error) log(`  rep ${r + 1} ${scenario} ${lib}: FAILED ${result.error}${result.errors.length ? ` (${result.errors[0]})` : ''}`);
    }
  }
  log(`repetition ${r + 1}/${REPS} done, ${((Date.now() - started) / 1000).toFixed(0)} s`);
}
await browser.close();
server.close();

// ---- statistics and output
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
function stats(values) {
  if (!values.length) return null;
  return { median: median(values), min: Math.min(...values), max: Math.max(...values), n: values.length };
}
// S6drawn (JSON only): when the S6 chart was drawn, in ms from navigation start.
const metric = { S2: 'ms', S3: 'ms', S3heap: 'heap', S4: 'ms', S5: 'ms', S6: 'cls', S6drawn: 'drawnAt' };
const summary = {};
for (const [key, field] of Object.entries(metric)) {
  const scenario = key.slice(0, 2);
  if (!raw[scenario]) continue;
  summary[key] = {};
  for (const lib of libs) {
    const runs = raw[scenario][lib];
    const ok = runs.filter((x) => !x.error).map((x) => x[field]);
    summary[key][lib] = { ...stats(ok), failed: runs.length - ok.length, errors: [...new Set(runs.flatMap((x) => (x.error ? [x.error] : [])))] };
  }
}

const KB = 1024;
const n0 = (x) => Math.round(x).toLocaleString('en');
const fmtMs = (x) => (x < 10 ? x.toFixed(1) : n0(x));
function cell(key) {
  return (lib) => {
    const s = summary[key]?.[lib];
    if (!s) return '–';
    if (s.median === undefined) return `fail${s.errors.length ? '' : ''}`;
    const failed = s.failed ? ` (${s.failed} failed)` : '';
    if (key === 'S6') return `${s.median.toFixed(3)} (${s.min.toFixed(3)}–${s.max.toFixed(3)})${failed}`;
    if (key === 'S3heap') return `${n0(s.median / KB)} KB (${n0(s.min / KB)}–${n0(s.max / KB)})${failed}`;
    const u = summary[key].uplot;
    const ratio = lib !== 'uplot' && u?.median ? ` ×${(s.median / u.median).toFixed(2)}` : '';
    return `${fmtMs(s.median)} ms (${fmtMs(s.min)}–${fmtMs(s.max)})${ratio}${failed}`;
  };
}
const columns = [
  ['library', (lib) => `${LIBS[lib].name} ${LIBS[lib].root ? `(${LIBS[lib].pkg} ` : ''}${version(lib)}${LIBS[lib].root ? ')' : ''}`],
  ['S1 min', (lib) => `${(bundles[lib].min / KB).toFixed(1)} KB`],
  ['S1 gzip', (lib) => `${(bundles[lib].gzip / KB).toFixed(1)} KB`],
  ['S2 first chart', cell('S2')],
  ['S3 200 charts', cell('S3')],
  ['S3 heap', cell('S3heap')],
  ['S4 50k points', cell('S4')],
  ['S5 100 updates', cell('S5')],
  ['S6 CLS', cell('S6')],
];
const table = [
  `| ${columns.map((c) => c[0]).join(' | ')} |`,
  `| --- | ${columns.slice(1).map(() => '---:').join(' | ')} |`,
  ...libs.map((lib) => `| ${columns.map((c) => c[1](lib)).join(' | ')} |`),
].join('\n');

// Budgets (the redesign issue's): printed, never failing the run. Sizes are gzip -9 bytes of
// the CDN bundles as `npm run build` writes them; times compare medians.
const budgets = [];
if (libs.includes('cifra')) {
  for (const [file, limit] of [['dist/cifra.js', 28_672], ['dist/ranking-badge.js', 16_384], ['dist/rate-per-100k.js', 16_384]]) {
    if (!existsSync(`${root}${file}`)) continue;
    const g = gzipBytes(file);
    budgets.push({ name: `${file} ≤ ${limit.toLocaleString('en')} bytes gzip -9`, pass: g <= limit, detail: `${g.toLocaleString('en')} bytes${g > limit ? `, ${(g - limit).toLocaleString('en')} over` : ''}` });
  }
  const versus = (key, other, factor, label) => {
    const c = summary[key]?.cifra?.median;
    const o = summary[key]?.[other]?.median;
    if (c === undefined || o === undefined) return;
    const name = `${key} cifra ≤ ${factor === 1 ? '' : `${factor}× `}${LIBS[other].name}`;
    budgets.push({ name: `${name} ${label}`, pass: c <= factor * o, detail: `cifra ${fmtMs(c)} ms, ${LIBS[other].name} ${fmtMs(o)} ms (medians), ×${(c / o).toFixed(2)}` });
  };
  versus('S2', 'uplot', 1.2, '(first chart)');
  versus('S3', 'uplot', 1, '(200 charts)');
  versus('S4', 'uplot', 2, '(50,000 points)');
  versus('S5', 'floor', 1, '(100 updates)');
  const c6 = raw.S6?.cifra;
  if (c6?.length) {
    const values = c6.filter((x) => !x.error).map((x) => x.cls);
    const pass = values.length === c6.length && values.every((v) => v === 0);
    budgets.push({ name: 'S6 cifra CLS exactly 0', pass, detail: `every run: ${values.map((v) => (v === 0 ? '0' : v.toFixed(4))).join(', ')}${values.length < c6.length ? `; ${c6.length - values.length} failed` : ''}` });
  }
}
const budgetLines = budgets.map((b) => `- ${b.pass ? 'pass' : 'MISS'}: ${b.name} (${b.detail})`).join('\n');

let moduleTable = '';
let moduleRows = null;
if (libs.includes('cifra')) {
  moduleTable = execFileSync(process.execPath, [`${here}module-sizes.mjs`], { encoding: 'utf8' }).trim();
  moduleRows = JSON.parse(execFileSync(process.execPath, [`${here}module-sizes.mjs`, '--json'], { encoding: 'utf8' }));
}

const date = new Date().toISOString().slice(0, 10);
const machine = `${cpus().length} cores (${cpus()[0]?.model.trim() ?? 'unknown CPU'})`;
const header = `${date}, Chromium ${chromiumVersion} (headless, --disable-gpu), Node ${process.version}, ${machine}; median (min–max) of ${REPS} interleaved run${REPS > 1 ? 's' : ''}; ×N = median ÷ uPlot's median.`;
const markdown = [header, '', table, '', budgetLines, ...(moduleTable ? ['', "cifra's bundle by module (gzip bytes in context, see bench/module-sizes.mjs):", '', moduleTable] : [])].join('\n');
console.log(markdown);
log(`total ${((Date.now() - started) / 1000).toFixed(0)} s of measurement`);
for (const lib of libs) if (bundles[lib].warnings.length) log(`${lib} build warnings:\n  ${bundles[lib].warnings.join('\n  ')}`);

// A run of some libraries or scenarios only writes partial.*, so latest.* stays the last full run.
const stem = only || opt('--scenarios') ? 'partial' : 'latest';
mkdirSync(`${here}results`, { recursive: true });
writeFileSync(`${here}results/${stem}.json`, JSON.stringify({
  date: new Date().toISOString(), chromium: chromiumVersion, node: process.version, machine: { cores: cpus().length, cpu: cpus()[0]?.model.trim() },
  reps: REPS, libraries: Object.fromEntries(libs.map((l) => [l, { name: LIBS[l].name, version: version(l) }])),
  bundles, summary, budgets, raw, moduleSizes: moduleRows, markdown,
}, null, 2));
writeFileSync(`${here}results/${stem}.md`, `${markdown}\n`);
log(`wrote bench/results/${stem}.json and bench/results/${stem}.md`);
