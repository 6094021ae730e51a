// Strict pages (DESIGN §6): the three elements, loaded from the sources by a module script,
// on a page served with `Content-Security-Policy: default-src 'self'` and on one that also
// requires Trusted Types. Every element reaches its state, and interacting with the chart
// (table, keys, pointer, downloads) reports no violation, no page error, no console error.
//
// The dev server runs here with watch off (no injected reload script), esbuild compiling the
// TypeScript, and one middleware serving the generated pages with their headers.
// (`npm run test:bundle` checks the same with the built dist/cifra.js.)
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { startDevServer } from '@web/dev-server';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

const root = fileURLToPath(new URL('../..', import.meta.url));

const POLICIES = {
  csp: "default-src 'self'",
  tt: "default-src 'self'; require-trusted-types-for 'script'",
} as const;
type Policy = keyof typeof POLICIES;

const hostileTitle = '<img src=x onerror=alert(1)> </b><svg onload=alert(1)>';

/** A document given inline: every part the chart draws (annotation, reference, notes, a link). */
const inlineTrend = {
  schema: 1,
  lang: 'es',
  title: { es: `Homicidios dolosos ${hostileTitle}`, en: 'Intentional homicides' },
  subtitle: 'Tasa por cada 100 mil habitantes',
  description: { es: 'La tasa bajó entre 2012 y 2016.', en: 'The rate fell between 2012 and 2016.' },
  unit: { type: 'rate', per: 100000, of: { es: 'habitantes', en: 'inhabitants' } },
  series: [
    { id: 'MX', geo: { level: 'country', code: 'MX', name: 'México' }, observations: [
      { period: '2010', value: 22.0 }, { period: '2011', value: 22.8 }, { period: '2012', value: 22.9, note: 'Cifra revisada' },
      { period: '2013', value: 19.6 }, { period: '2014', value: 16.9, status: 'preliminary' }, { period: '2015', value: 17.0, qualifier: 'about' },
      { period: '2016', value: 20.4, lower: 19.9, upper: 20.9 },
    ] },
    { id: '01', geo: { level: 'state', code: '01', name: 'Ags.' }, observations: [
      { period: '2010', value: 5.1 }, { period: '2011', value: null }, { period: '2012', value: 6.8 }, { period: '2016', value: 5.9 },
    ] },
  ],
  reference: { label: { es: 'Promedio', en: 'Average' }, value: 18 },
  annotations: [{ period: '2012', label: { es: 'Nueva administración', en: 'New administration' } }],
  sources: [{ name: 'INEGI', url: 'https://www.inegi.org.mx/', publisher: 'Instituto Nacional de Estadística y Geografía' }],
  notes: ['Cifras de defunciones por homicidio.'],
  updated: '2017-07-31',
};

const inlineRate = {
  schema: 1,
  title: 'Homicidios dolosos, 2008',
  unit: { type: 'rate', per: 100000 },
  series: [{ geo: { level: 'state', code: '08', name: 'Chihuahua' }, observations: [{ period: '2007', value: 14.5 }, { period: '2008', count: 2601, population: 3376062 }] }],
  reference: { label: 'la tasa nacional', value: 12.8 },
  sources: [{ name: 'INEGI', url: 'https://www.inegi.org.mx/' }],
};

const inlineRank = {
  schema: 1,
  title: 'Sistema 9-1-1',
  unit: { type: 'rank', outOf: 32, among: { es: 'nacional', en: 'nationally' } },
  series: [{ geo: { level: 'state', code: '01', name: 'Aguascalientes' }, observations: [{ period: '2025', value: 1 }] }],
  sources: [{ name: 'SESNSP' }],
};

/** JSON safe inside a <script> data block. */
const json = (value: unknown): string => JSON.stringify(value).replace(/</g, '\\u003c');

/** What each element must reach: a state, and for errors the code. */
const EXPECTED: Record<string, string> = {
  'trend-src': 'ready',
  'trend-inline': 'ready',
  'trend-states': 'ready',
  'rate-src': 'ready',
  'rate-inline': 'ready',
  'rate-short': 'ready',
  'badge-src': 'ready',
  'badge-inline': 'ready',
  'badge-short': 'ready',
  'bad-schema': 'error:E_SCHEMA',
  'bad-url': 'error:E_URL',
};

function strictPage(policy: Policy): string {
  return `<!doctype html>
<html lang="es">
<head>
  <meta charset="utf-8">
  <title>cifra under ${policy}</title>
  <script src="/test/hostile/violations.js"></script>
  <script type="module" src="/test/hostile/page-entry.ts"></script>
  <link rel="stylesheet" href="/test/hostile/page.css">
</head>
<body>
  <h1>cifra: ${POLICIES[policy]}</h1>
  <crime-rate-trend id="trend-src" src="/demo/data/national-homicide-1990-2008.json"></crime-rate-trend>
  <crime-rate-trend id="trend-inline" show-points><script type="application/json">${json(inlineTrend)}</script></crime-rate-trend>
  <crime-rate-trend id="trend-states" lang="en" theme="dark" series="MX,08" aspect="4/3" src="/demo/data/states-homicide-1990-2008.json"></crime-rate-trend>
  <rate-per-100k id="rate-src" src="/test/bundle/doc.json"></rate-per-100k>
  <rate-per-100k id="rate-inline"><script type="application/json">${json(inlineRate)}</script></rate-per-100k>
  <rate-per-100k id="rate-short" count="2601" population="3376062" label="homicidios" place="Chihuahua" period="2008" reference="12.8" reference-label="la tasa nacional" source="INEGI"></rate-per-100k>
  <ranking-badge id="badge-src" src="/demo/data/states-homicide-2008.json" series="08" strip></ranking-badge>
  <ranking-badge id="badge-inline" lang="en"><script type="application/json">${json(inlineRank)}</script></ranking-badge>
  <ranking-badge id="badge-short" rank="3" out-of="32" subject="Robo de vehículo" place="Jalisco" among="nacional" source="SESNSP" period="2025" strip></ranking-badge>
  <rate-per-100k id="bad-schema"><script type="application/json">{ "schema": 1, "title": "<b>sin unidad</b>" }</script></rate-per-100k>
  <ranking-badge id="bad-url" src="javascript:alert(1)"></ranking-badge>
</body>
</html>
`;
}

function canaryPage(policy: Policy): string {
  return `<!doctype html>
<html lang="es">
<head>
  <meta charset="utf-8">
  <title>canary under ${policy}</title>
  <script src="/test/hostile/violations.js"></script>
</head>
<body>
  <p id="sink" style="color: red">an inline style attribute</p>
  <script src="/test/hostile/canary.js"></script>
</body>
</html>
`;
}

type Ctx = { path: string; query: Record<string, string | string[] | undefined>; status: number; body: unknown; type: string; set: (k: string, v: string) => void };

function strictPages() {
  return async (ctx: Ctx, next: () => Promise<void>): Promise<void> => {
    if (ctx.path === '/favicon.ico') {
      ctx.status = 204;
      return;
    }
    if (ctx.path === '/test/hostile/page.css') {
      // A same-origin stylesheet, as a site would have (reserves the boxes before definition).
      ctx.type = 'text/css';
      ctx.body = 'body { font-family: system-ui, sans-serif; max-width: 52rem; margin: 1rem auto; } crime-rate-trend:not(:defined) { display: block; aspect-ratio: 16 / 9; } rate-per-100k:not(:defined), ranking-badge:not(:defined) { display: block; min-height: 6.5em; }';
      return;
    }
    const page = ctx.path === '/_strict/page' ? strictPage : ctx.path === '/_strict/canary' ? canaryPage : null;
    if (!page) return next();
    const policy = String(ctx.query['policy']) as Policy;
    if (!(policy in POLICIES)) {
      ctx.status = 400;
      return;
    }
    ctx.set('content-security-policy', POLICIES[policy]);
    ctx.set('cache-control', 'no-store');
    ctx.type = 'text/html; charset=utf-8';
    ctx.body = page(policy);
  };
}

let server: Awaited<ReturnType<typeof startDevServer>>;
let base: string;
let browser: Browser;

before(async () => {
  server = await startDevServer({
    config: {
      rootDir: root,
      hostname: '127.0.0.1',
      port: 0,
      watch: false,
      nodeResolve: true,
      plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: `${root}tsconfig.json` })],
      middleware: [strictPages() as never],
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

interface Watch {
  context: BrowserContext;
  page: Page;
  problems: string[];
  requests: string[];
}

/** A fresh page that records page errors, console errors and every request it makes. */
async function open(path: string): Promise<Watch> {
  const context = await browser.newContext({ viewport: { width: 1000, height: 900 }, acceptDownloads: true });
  const page = await context.newPage();
  const problems: string[] = [];
  const requests: string[] = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console error: ${m.text()}`); });
  page.on('request', (r) => requests.push(r.url()));
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()} ${r.failure()?.errorText ?? ''}`));
  await page.goto(`${base}${path}`, { waitUntil: 'load' });
  return { context, page, problems, requests };
}

interface Violation {
  directive: string;
  blocked: string;
  source: string;
  line: number;
  sample: string;
}

async function violations(page: Page): Promise<Violation[]> {
  return page.evaluate(() => (window as unknown as { __violations: Violation[] }).__violations);
}

/** Each element's state (`ready`, or `error:CODE`) once none is loading. */
async function states(page: Page): Promise<Record<string, string>> {
  const handle = await page.waitForFunction(() => {
    const els = [...document.querySelectorAll('crime-rate-trend, rate-per-100k, ranking-badge')];
    if (els.length === 0 || els.some((e) => e.getAttribute('status') !== 'ready' && e.getAttribute('status') !== 'error')) return false;
    return Object.fromEntries(els.map((e) => {
      const status = e.getAttribute('status')!;
      const code = e.shadowRoot?.querySelector('[part="error"]')?.getAttribute('data-code');
      return [e.id, status === 'error' ? `error:${code}` : status];
    }));
  }, null, { timeout: 20000 });
  return handle.jsonValue() as Promise<Record<string, string>>;
}

describe('strict pages: the served HTML', () => {
  for (const policy of Object.keys(POLICIES) as Policy[]) {
    test(`${policy}: the header is sent, and the page has no inline script, style attribute or handler`, async () => {
      const r = await fetch(`${base}/_strict/page?policy=${policy}`);
      assert.equal(r.status, 200);
      assert.equal(r.headers.get('content-security-policy'), POLICIES[policy]);
      const html = await r.text();
      const scripts = html.match(/<script\b[^>]*>/g) ?? [];
      assert.ok(scripts.length >= 5, 'the page has its scripts');
      for (const tag of scripts) {
        assert.ok(/\ssrc="\/[^"]+"/.test(tag) || tag === '<script type="application/json">', `an inline script: ${tag}`);
      }
      // Markup outside the JSON data blocks (whose hostile title is data, not markup).
      const markup = html.replace(/(<script type="application\/json">)[\s\S]*?(<\/script>)/g, '$1$2');
      assert.ok(!/\sstyle=/.test(markup), 'no style attribute');
      assert.ok(!/<style\b/.test(markup), 'no <style> element');
      assert.ok(!/\son[a-z]+=/i.test(markup), 'no event-handler attribute');
      // The dev server injected nothing (with watch on it would add an inline reload script).
      assert.ok(!/__web-dev-server|event-stream|wds-/.test(html), 'nothing injected by the dev server');
    });
  }

  test('the page entry is served as JavaScript compiled from TypeScript', async () => {
    const r = await fetch(`${base}/test/hostile/page-entry.ts`);
    assert.equal(r.status, 200);
    assert.match(r.headers.get('content-type') ?? '', /javascript/);
    const js = await r.text();
    assert.match(js, /import\s*["']\.\.\/\.\.\/src\/cifra\.(js|ts)["']/);
    assert.doesNotMatch(js, /\bas Window\b/, 'type annotations are compiled away');
  });
});

describe('strict pages: the canary proves the policies are enforced and seen', () => {
  test('csp: an inline style attribute is reported', async () => {
    const w = await open('/_strict/canary?policy=csp');
    try {
      const v = await violations(w.page);
      assert.ok(v.some((x) => x.directive.startsWith('style-src')), `violations: ${JSON.stringify(v)}`);
      assert.equal(await w.page.evaluate(() => document.getElementById('sink')!.innerHTML), '<b>canary</b>', 'no Trusted Types here');
    } finally {
      await w.context.close();
    }
  });

  test('tt: a string written to innerHTML is refused and reported', async () => {
    const w = await open('/_strict/canary?policy=tt');
    try {
      const v = await violations(w.page);
      assert.ok(v.some((x) => x.directive === 'require-trusted-types-for'), `violations: ${JSON.stringify(v)}`);
      assert.equal(await w.page.evaluate(() => (window as unknown as { __ttBlocked?: boolean }).__ttBlocked), true);
    } finally {
      await w.context.close();
    }
  });
});

for (const policy of Object.keys(POLICIES) as Policy[]) {
  describe(`strict page: ${POLICIES[policy]}`, () => {
    let w: Watch;

    before(async () => {
      w = await open(`/_strict/page?policy=${policy}`);
    });

    after(async () => {
      await w?.context.close();
    });

    test('the module loaded and defined the three elements', async () => {
      await w.page.waitForFunction(() => (window as unknown as { __cifraLoaded?: boolean }).__cifraLoaded === true, null, { timeout: 20000 });
      const defined = await w.page.evaluate(() => ['crime-rate-trend', 'rate-per-100k', 'ranking-badge'].map((t) => !!customElements.get(t)));
      assert.deepEqual(defined, [true, true, true]);
    });

    test('every element reaches its state: ready, and the deliberately bad ones error', async () => {
      assert.deepEqual(await states(w.page), EXPECTED);
    });

    test('what they show: text, the hostile title literally, the link with rel', async () => {
      const text = async (sel: string) => (await w.page.locator(sel).evaluate((e) => e.shadowRoot!.textContent ?? '')).replace(/\s+/g, ' ');
      assert.ok((await text('#trend-src')).includes('Homicidios dolosos'));
      assert.ok((await text('#trend-inline')).includes(hostileTitle), 'the hostile title is shown as text');
      assert.ok((await text('#trend-states')).includes('Chihuahua'));
      assert.match(await text('#rate-short'), /77[.,]0/);
      assert.match(await text('#badge-short'), /3/);
      assert.ok((await text('#bad-schema')).includes('$.unit'));
      const injected = await w.page.evaluate(() => [...document.querySelectorAll('crime-rate-trend, rate-per-100k, ranking-badge')]
        .flatMap((e) => [...e.shadowRoot!.querySelectorAll('img, svg[onload], script, iframe')].map((x) => `${e.id}: <${x.localName}>`)));
      assert.deepEqual(injected, []);
      const links = await w.page.locator('#trend-inline a').evaluateAll((as) => as.map((a) => [a.getAttribute('href'), a.getAttribute('rel')]));
      assert.deepEqual(links, [['https://www.inegi.org.mx/', 'noopener noreferrer']]);
    });

    test('loading them reported no violation, no page error and no console error', async () => {
      await states(w.page);
      await w.page.waitForTimeout(200);
      assert.deepEqual(await violations(w.page), []);
      assert.deepEqual(w.problems, []);
    });

    test('every request stayed on the page\'s origin and nothing was asked of javascript:', () => {
      const foreign = w.requests.filter((u) => !u.startsWith(`${base}/`));
      assert.deepEqual(foreign, []);
      assert.ok(!w.requests.some((u) => /javascript:|alert/i.test(u)));
    });

    test('interacting: show data, keys in the plot, pointer, downloads, attribute changes: still no violation', async () => {
      const page = w.page;
      for (const id of ['trend-src', 'trend-inline', 'trend-states']) {
        const chart = page.locator(`#${id}`);
        // The data table.
        await chart.locator('button[aria-controls="data"]').click();
        assert.ok(await chart.locator('table tbody tr').count() > 0, `${id}: the table is shown`);
        assert.equal(await chart.locator('button[aria-controls="data"]').getAttribute('aria-expanded'), 'true');
        // Keys in the plot: a tooltip and an announcement.
        const plot = chart.locator('[part="chart"]');
        await plot.focus();
        for (const key of ['ArrowRight', 'ArrowRight', 'ArrowDown', 'ArrowUp', 'End', 'ArrowLeft', 'Home']) await page.keyboard.press(key);
        assert.equal(await chart.locator('.tooltip').count(), 1, `${id}: a tooltip after the keys`);
        assert.ok(((await chart.locator('#live').textContent()) ?? '').trim().length > 0, `${id}: the point is announced`);
        await page.keyboard.press('Escape');
        assert.equal(await chart.locator('.tooltip').count(), 0, `${id}: Escape hides the tooltip`);
        // The pointer over the plot.
        const box = (await plot.boundingBox())!;
        await page.mouse.move(box.x + box.width * 0.5, box.y + box.height * 0.5);
        await page.mouse.move(box.x + box.width * 0.8, box.y + box.height * 0.4);
        assert.equal(await chart.locator('.tooltip').count(), 1, `${id}: a tooltip on hover`);
        await page.mouse.move(0, 0);
        // Downloads: a blob URL clicked through a temporary link. The PNG is drawn on a canvas
        // (no data: or blob: image, which default-src 'self' blocks), so it must arrive whole.
        // The types of the Blobs behind the links (recorded from here, not by a script on the page).
        await page.evaluate(() => {
          const w = window as unknown as { __blobTypes: string[]; __createObjectURL?: typeof URL.createObjectURL };
          w.__blobTypes = [];
          w.__createObjectURL ??= URL.createObjectURL;
          URL.createObjectURL = (obj) => {
            if (obj instanceof Blob) w.__blobTypes.push(obj.type);
            return w.__createObjectURL!.call(URL, obj);
          };
        });
        for (const [label, ext] of [['CSV', 'csv'], ['SVG', 'svg'], ['PNG', 'png']] as const) {
          const [download] = await Promise.all([
            // Generous: on a loaded 2-core machine the canvas drawing and encoding of the PNG took over 5 s.
            page.waitForEvent('download', { timeout: 20000 }),
            chart.locator('.actions button', { hasText: label }).click(),
          ]);
          assert.match(download.suggestedFilename(), new RegExp(`\\.${ext}$`));
          if (ext === 'png') {
            const bytes = await readFile((await download.path())!);
            assert.deepEqual([...bytes.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], `${id}: the download is a PNG`);
            assert.ok(bytes.length > 2000, `${id}: the PNG has a drawing (${bytes.length} bytes)`);
            assert.deepEqual(await violations(page), [], `${id}: the PNG download reported no violation`);
            assert.deepEqual(await page.evaluate(() => (window as unknown as { __blobTypes: string[] }).__blobTypes), ['text/csv;charset=utf-8', 'image/svg+xml', 'image/png']);
          }
          await download.cancel().catch(() => {});
        }
        // Hide the table again.
        await chart.locator('button[aria-controls="data"]').click();
      }
      // The rate's "how it was calculated" disclosure.
      await page.locator('#rate-inline summary').click();
      assert.equal(await page.locator('#rate-inline details').evaluate((d) => (d as HTMLDetailsElement).open), true);
      // Attribute changes that re-render and restyle (aspect is set through the CSSOM).
      await page.evaluate(() => {
        const trend = document.getElementById('trend-inline')!;
        trend.setAttribute('aspect', '21/9');
        trend.setAttribute('lang', 'en');
        trend.setAttribute('theme', 'dark');
        trend.setAttribute('series', '01');
        document.getElementById('badge-src')!.setAttribute('order', 'ascending');
        document.getElementById('rate-src')!.setAttribute('lang', 'en');
      });
      await page.setViewportSize({ width: 420, height: 900 });
      await page.waitForTimeout(300);
      await page.setViewportSize({ width: 1000, height: 900 });
      await page.waitForTimeout(300);
      assert.deepEqual(await states(page), EXPECTED);
      assert.deepEqual(await violations(page), []);
      assert.deepEqual(w.problems, []);
    });

    test('elements created by script on the strict page render too, with no violation', async () => {
      const result = await w.page.evaluate(async () => {
        const el = document.createElement('crime-rate-trend') as HTMLElement & { data: unknown; status: string };
        el.data = { schema: 1, title: 'Creado por script', unit: { type: 'count' }, series: [{ observations: [{ period: '2020-01', value: 3 }, { period: '2020-02', value: 5 }] }], sources: [{ name: 'x' }] };
        document.body.append(el);
        const t0 = performance.now();
        while (el.status === 'loading' && performance.now() - t0 < 5000) await new Promise((r) => setTimeout(r, 20));
        return el.status;
      });
      assert.equal(result, 'ready');
      assert.deepEqual(await violations(w.page), []);
      assert.deepEqual(w.problems, []);
    });
  });
}
