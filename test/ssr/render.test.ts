// `cifra render` writes static HTML whose shadow roots are declared in the markup; with
// JavaScript off, Chromium must still show the chart. Fallback content authors put inside
// a tag must show for readers without JavaScript.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { main } from '../../src/cli/main.js';

const doc = new URL('../../demo/data/states-homicide-1990-2008.json', import.meta.url).pathname;
const pages = new Map<string, string>();

/** Chihuahua's first and last rates, computed here from counts and population, as displayed. */
const chihuahua = (() => {
  const d = JSON.parse(readFileSync(doc, 'utf8')) as { series: { id: string; observations: { count: number; population: number }[] }[] };
  const obs = d.series.find((s) => s.id === '08')!.observations;
  const rate = (o: { count: number; population: number }) => ((o.count / o.population) * 1e5).toFixed(1);
  return { first: rate(obs[0]!), last: rate(obs[obs.length - 1]!) };
})();
let server: Server;
let base: string;
let browser: Browser;

async function cli(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (t) => { stdout += t; }, stderr: (t) => { stderr += t; } });
  return { code, stdout, stderr };
}

before(async () => {
  server = createServer((req, res) => {
    const body = pages.get(req.url ?? '');
    res.writeHead(body ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' }).end(body ?? '');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  browser = await chromium.launch({
    executablePath: process.env['CHROME_PATH'] ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
  });
});

after(async () => {
  await browser?.close();
  server?.close();
});

describe('cifra render', () => {
  test('prints the element with a declarative shadow root, the chart SVG and the summary, and the document inline', async () => {
    const r = await cli(['render', doc, '--series', 'MX,08', '--lang', 'es']);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /<crime-rate-trend\s+(series="MX,08"\s+lang="es"|lang="es"\s+series="MX,08")>/);
    assert.match(r.stdout, /<template shadowroot(mode)?="open"/);
    assert.equal((r.stdout.match(/<path class="line"/g) ?? []).length, 2);
    assert.ok(r.stdout.includes(`Chihuahua: subió de ${chihuahua.first} a ${chihuahua.last} por cada 100 mil habitantes entre 1990 y 2008`), 'the summary');
    assert.match(r.stdout, /<script type="application\/json">\{"schema":1/);
    assert.doesNotMatch(r.stdout, /<script(?! type="application\/json")/, 'no executable script');
  });

  test('with JavaScript disabled, Chromium shows the rendered chart: lines, axis labels and summary', async () => {
    const r = await cli(['render', doc, '--series', 'MX,08', '--lang', 'en', '--page']);
    assert.equal(r.code, 0, r.stderr);
    pages.set('/ssr.html', r.stdout);
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 800, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${base}/ssr.html`);
    const chart = page.locator('crime-rate-trend');
    assert.equal(await chart.locator('svg path.line').count(), 2);
    const box = await chart.locator('svg').boundingBox();
    assert.ok(box && box.width > 600 && box.height > 200, `the chart is drawn at a readable size: ${JSON.stringify(box)}`);
    assert.ok((await chart.locator('[part="summary"]').innerText()).includes(`Chihuahua: rose from ${chihuahua.first} to ${chihuahua.last} per 100,000 inhabitants between 1990 and 2008`));
    assert.ok(await chart.locator('svg text', { hasText: '2000' }).count() > 0, 'x axis labels');
    // The data table works without a script: a native disclosure.
    await chart.locator('details.data summary').click();
    assert.equal(await chart.locator('table tbody tr').count(), 19);
    assert.equal(await chart.locator('button').count(), 0, 'no buttons that would need JavaScript');
    await chart.screenshot({ path: '/tmp/cifra-ssr-nojs.png' });
    await context.close();
  });

  test('ranking badges and rates render too', async () => {
    const cs = new URL('../../demo/data/states-homicide-2008.json', import.meta.url).pathname;
    const badge = await cli(['render', cs, '--element', 'ranking-badge', '--series', '08', '--strip', '--lang', 'es']);
    assert.equal(badge.code, 0, badge.stderr);
    // As shown (the spoken twins in .sr-only spans, e.g. "lugar 1", are for screen readers).
    const bare = badge.stdout.replace(/<!--[^>]*-->/g, '');
    const shown = bare.replace(/<span class="sr-only">[^<]*<\/span>/g, '').replace(/<[^>]+>/g, '').replace(/\s+/g, ' ');
    assert.match(shown, /1\.º lugar entre 32 entidades/);
    assert.match(bare, /<span class="sr-only">lugar 1<\/span>/, 'the ordinal as a Spanish voice reads it');
    const rate = await cli(['render', cs, '--element', 'rate-per-100k', '--series', '01', '--lang', 'en']);
    assert.match(rate.stdout.replace(/<!--[^>]*-->/g, '').replace(/\s+/g, ' '), /5\.2 <\/span>|5\.2/);
  });

  test('an invalid document or element is an error with a non-zero exit', async () => {
    assert.equal((await cli(['render', doc, '--element', 'pie-chart'])).code, 1);
    assert.equal((await cli(['render', '/nonexistent.json'])).code, 1);
    assert.equal((await cli(['render', doc, '--bogus'])).code, 2);
  });
});

describe('fallback content without JavaScript', () => {
  test('a <p> and a <table> inside a tag stay visible when scripts never run', async () => {
    pages.set('/fallback.html', `<!doctype html><html lang="es"><body>
      <crime-rate-trend src="/data.json"><p id="fb">La tasa de homicidios bajó de 22.9 a 17.0 entre 2012 y 2016.</p>
        <table id="fbt"><tr><th>2012</th><td>22.9</td></tr></table></crime-rate-trend>
      <script type="module" src="/missing-cifra.js"></script></body></html>`);
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${base}/fallback.html`);
    assert.equal(await page.locator('#fb').isVisible(), true);
    assert.equal(await page.locator('#fbt').isVisible(), true);
    await context.close();
  });
});

test('the static page has no inline event handlers or javascript: URLs', () => {
  const html = pages.get('/ssr.html') ?? readFileSync(doc, 'utf8');
  assert.doesNotMatch(html, /\son[a-z]+=/i);
  assert.doesNotMatch(html, /javascript:/i);
});
