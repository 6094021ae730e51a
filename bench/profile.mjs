// Where cifra spends a scenario's time: a CPU profile (V8's sampler over CDP) of one run
// of S2–S5 with dist/cifra.js, each sample's self time charged to the module of the
// function it was in (through dist/cifra.js.map), the rest to the harness, the browser's
// own work ("(program)": style, layout, paint, parsing) or the garbage collector.
// Usage: node bench/profile.mjs [S5] [--reps 3]   (after npm run build; prints a table)
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { harnessPage } from './pages.mjs';
import { lineStarts, moduleAt, moduleSegments } from './source-map.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const root = fileURLToPath(new URL('..', import.meta.url));
const argv = process.argv.slice(2);
const scenario = (argv.find((a) => /^S[2-5]$/i.test(a)) ?? 'S5').toUpperCase();
const reps = Number(argv[argv.indexOf('--reps') + 1]) || 3;

const code = readFileSync(`${root}dist/cifra.js`, 'utf8');
const segments = moduleSegments(code, JSON.parse(readFileSync(`${root}dist/cifra.js.map`, 'utf8')), '(bundle glue)');
const starts = lineStarts(code);

const FILES = { '/harness.js': `${here}harness.js`, '/data.js': `${here}data.js`, '/dist/cifra.js': `${root}dist/cifra.js`, '/adapters/cifra.js': `${here}adapters/cifra.js` };
const server = createServer(async (req, res) => {
  const p = new URL(req.url, 'http://x').pathname;
  const body = p === '/page' ? harnessPage('cifra') : FILES[p] ? await readFile(FILES[p]) : null;
  res.writeHead(body ? 200 : 404, { 'content-type': p === '/page' ? 'text/html; charset=utf-8' : 'text/javascript', 'cache-control': 'no-store' });
  res.end(body ?? '');
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--headless', '--disable-gpu'] });

const totals = new Map();
let all = 0;
for (let r = 0; r < reps; r++) {
  const context = await browser.newContext({ viewport: { width: 800, height: 600 } });
  const page = await context.newPage();
  await page.goto(`http://127.0.0.1:${server.address().port}/page?lib=cifra`);
  await page.waitForFunction(() => window.benchReady === true);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  if (scenario === 'S3') await page.evaluate(() => window.bench.s3prepare());
  await cdp.send('Profiler.start');
  await page.evaluate((name) => window.bench[name](), scenario === 'S3' ? 's3run' : scenario.toLowerCase());
  const { profile } = await cdp.send('Profiler.stop');
  // Self time per node: the time deltas of the samples that landed in it.
  const self = new Map();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  for (const node of profile.nodes) {
    const us = self.get(node.id) ?? 0;
    if (!us) continue;
    const { url, functionName, lineNumber, columnNumber } = node.callFrame;
    let name;
    if (url.endsWith('/dist/cifra.js')) name = moduleAt(segments, (starts[lineNumber] ?? 0) + columnNumber, '(bundle glue)');
    else if (url) name = `(${new URL(url).pathname.slice(1)})`;
    else name = functionName.startsWith('(') ? functionName : `(native: ${functionName || 'anonymous'})`;
    if (name === '(idle)') continue;
    totals.set(name, (totals.get(name) ?? 0) + us);
    all += us;
  }
  await context.close();
}
await browser.close();
server.close();

console.log(`${scenario}, ${reps} run${reps > 1 ? 's' : ''}: self time by module (ms per run), idle excluded\n`);
console.log('| module | ms | share |\n| --- | ---: | ---: |');
for (const [name, us] of [...totals].sort((a, b) => b[1] - a[1]).filter(([, us]) => us / all >= 0.005)) {
  console.log(`| ${name} | ${(us / 1000 / reps).toFixed(1)} | ${((100 * us) / all).toFixed(1)} % |`);
}
console.log(`| **total** | **${(all / 1000 / reps).toFixed(1)}** | 100 % |`);
