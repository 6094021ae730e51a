/// <reference types="node" />
/**
 * `cifra render --png [--card]`: the chart as a PNG drawn by resvg (an optional peer,
 * a devDependency here) from a standalone SVG built by the pure core (src/cli/image.ts).
 * The PNG's size is read from its IHDR chunk; "not blank" counts the distinct pixel
 * values resvg drew; the title is looked for, escaped, in the SVG source; nothing may
 * touch the image's edges (drawn on a transparent background, the border stays empty).
 */
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { main } from '../../src/cli/main.js';
import { CARD, chartImage, escapeXml, ImageError } from '../../src/cli/image.js';
import { fontFiles, pngSize, setRasterizerLoader, svgToPng } from '../../src/cli/png.js';
import { fit, textWidth, wrap } from '../../src/cli/text-measure.js';
import { validateIndicator } from '../../src/core/validate.js';
import type { Indicator, ValidIndicator } from '../../src/core/schema.js';

interface Result { code: number; stdout: string; stderr: string; bytes: Uint8Array[] }

async function cli(argv: string[], binary = true): Promise<Result> {
  let stdout = '';
  let stderr = '';
  const bytes: Uint8Array[] = [];
  const io = { stdout: (t: string) => { stdout += t; }, stderr: (t: string) => { stderr += t; }, ...(binary ? { binary: (b: Uint8Array) => { bytes.push(b); } } : {}) };
  const code = await main(argv, io);
  return { code, stdout, stderr, bytes };
}

const dir = mkdtempSync(join(tmpdir(), 'cifra-cli-png-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const statesFile = new URL('../../demo/data/states-homicide-1990-2008.json', import.meta.url).pathname;
const presidencia = new URL('../../demo/data/presidencia-2016.json', import.meta.url).pathname;
const states = valid(JSON.parse(readFileSync(statesFile, 'utf8')));

function valid(doc: unknown): ValidIndicator {
  const r = validateIndicator(doc);
  assert.ok(r.ok, JSON.stringify(!r.ok && r.errors));
  return r.value;
}

const HOSTILE = '</text><script>alert(1)</script>&amp; <!-- "x" \'y\'';
const hostileDoc: Indicator = {
  schema: 1,
  lang: 'es',
  title: { es: `Homicidios ${HOSTILE}`, en: `Homicides ${HOSTILE}` },
  subtitle: { es: 'Tasa por cada 100 mil habitantes', en: 'Rate per 100,000 inhabitants' },
  unit: { type: 'rate', per: 100000 },
  series: [{ id: '08', geo: { level: 'state', code: '08', name: 'Chihuahua <b>' }, observations: [{ period: '2012', value: 22.9 }, { period: '2016', value: 17 }] }],
  sources: [{ name: 'INEGI </text>', publisher: 'A & B' }],
};
const hostileFile = join(dir, 'hostile.json');
writeFileSync(hostileFile, JSON.stringify(hostileDoc));

/** How many different RGBA values the image has: a blank image has one. */
function distinctPixels(pixels: Uint8Array): number {
  const seen = new Set<number>();
  const v = new DataView(pixels.buffer, pixels.byteOffset, pixels.byteLength);
  for (let i = 0; i + 3 < pixels.length; i += 4 * 7) seen.add(v.getUint32(i));
  return seen.size;
}

/** The SVG drawn on a transparent background: how many pixels within `band` px of an edge have any ink. */
function inkAtEdges(svg: string, band: number): number {
  const transparent = svg.replace(/<rect width="\d+" height="\d+" fill="#[0-9a-f]+"\/>/, '');
  assert.notEqual(transparent, svg, 'the background rectangle was found and removed');
  const image = new Resvg(transparent, { font: { loadSystemFonts: false, fontFiles: fontFiles(), defaultFontFamily: 'Public Sans' } }).render();
  const { width, height, pixels } = image;
  let ink = 0;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      if (x >= band && x < width - band && y >= band && y < height - band) continue;
      if (pixels[(y * width + x) * 4 + 3]! > 0) ink++;
    }
  }
  return ink;
}

/** Every font size used, with the plot's scaled by its group's scale. */
function fontSizes(svg: string): number[] {
  const sizes: number[] = [];
  const plot = /<g transform="translate\([^)]*\) scale\(([\d.]+)\)">([\s\S]*?)<\/g>/g;
  let m: RegExpExecArray | null;
  let rest = svg;
  while ((m = plot.exec(svg))) {
    const k = Number(m[1]);
    for (const s of m[2]!.matchAll(/font-size="([\d.]+)"/g)) sizes.push(Number(s[1]) * k);
    rest = rest.replace(m[0], '');
  }
  for (const s of rest.matchAll(/font-size="([\d.]+)"/g)) sizes.push(Number(s[1]));
  return sizes;
}

describe('the standalone SVG (src/cli/image.ts)', () => {
  for (const lang of ['es', 'en'] as const) {
    test(`${lang}: title, subtitle, headline figure, plot, end labels and source, with text ≥ 24 px on the card`, () => {
      const image = chartImage(states, { lang, series: 'MX,08', card: true });
      assert.equal(image.width, CARD.width);
      assert.equal(image.height, CARD.height);
      const title = lang === 'es' ? 'Homicidios dolosos' : 'Intentional homicides';
      assert.equal(image.title, title);
      assert.match(image.svg, new RegExp(`<text[^>]*font-weight="700"[^>]*>${title}</text>`), 'the title, in bold');
      assert.ok(image.svg.includes(lang === 'es' ? 'Tasa por cada 100 mil habitantes' : 'Rate per 100,000 inhabitants'), 'the subtitle');
      assert.ok(image.svg.includes('+822 %'), 'the headline figure: Chihuahua, 1990 to 2008');
      assert.ok(image.svg.includes(lang === 'es' ? 'de 1990 a 2008' : 'from 1990 to 2008'));
      assert.equal((image.svg.match(/<path d="M[^"]*" fill="none" stroke=/g) ?? []).length, 2, 'two lines');
      assert.ok(image.svg.includes('>76.4</text>') && image.svg.includes('>12.8</text>'), 'the values at the lines’ ends');
      assert.ok(image.svg.includes(`${lang === 'es' ? 'Chihuahua' : 'Chihuahua'} </tspan>`), 'the names at the lines’ ends');
      assert.ok(image.svg.includes(lang === 'es' ? 'Fuente: INEGI' : 'Source: INEGI'), 'the source line');
      assert.ok(image.alt.includes(lang === 'es' ? 'subió de 8.3 a 76.4' : 'rose from 8.3 to 76.4'), image.alt);
      const sizes = fontSizes(image.svg);
      assert.ok(sizes.length > 10);
      assert.ok(Math.min(...sizes) >= 24, `smallest text ${Math.min(...sizes)} px`);
      assert.deepEqual(image.warnings, []);
    });
  }

  test('a hostile title, place and source are text, never markup (es and en), and the SVG still parses', () => {
    assert.equal(escapeXml('a\u0000b\ud800c<'), 'a\ufffdb\ufffdc&lt;', 'characters XML forbids are replaced, not passed on');
    for (const lang of ['es', 'en']) {
      const image = chartImage(valid(hostileDoc), { lang, card: true });
      assert.doesNotMatch(image.svg, /<script|<b>|<!--|\u0000/);
      assert.ok(image.svg.includes(`${lang === 'es' ? 'Homicidios' : 'Homicides'} &lt;/text&gt;&lt;script&gt;alert(1)&lt;/script&gt;&amp;amp;`), 'the title, escaped');
      assert.ok(image.svg.includes('INEGI &lt;/text&gt; (A &amp; B)'));
      assert.ok(image.svg.includes(`<title>${escapeXml(image.title)}, 2012–2016</title>`));
      const parsed = new Resvg(image.svg, { font: { loadSystemFonts: false, fontFiles: fontFiles() } });
      assert.equal(parsed.width, CARD.width);
    }
  });

  test('nothing touches the edges: card and chart sizes, narrow and wide, many series, es and en', () => {
    const cases = [
      { series: 'MX,08', card: true, lang: 'es' },
      { series: 'MX,08,25,12', card: true, lang: 'en' },
      { series: '08', width: 800, height: 500, lang: 'en' },
      { series: null, width: 420, height: 520, lang: 'es' },
      { series: 'MX,02', width: 360, height: 360, lang: 'es' },
    ];
    for (const c of cases) {
      const image = chartImage(states, c);
      assert.equal(inkAtEdges(image.svg, 8), 0, JSON.stringify(c));
    }
  });

  test('long titles shrink, then wrap to two lines, then end with "…" and a warning; no text is wider than the image', () => {
    const long = { ...hostileDoc, title: 'Homicidios dolosos por entidad federativa '.repeat(8) };
    const image = chartImage(valid(long), { card: true });
    assert.ok(image.warnings.some((w) => w.includes('title')), image.warnings.join('\n'));
    assert.ok(image.svg.includes('…</text>'));
    assert.equal(inkAtEdges(image.svg, 8), 0);
  });

  test('an unknown series, a size out of range and a plot with no room are errors that say so', () => {
    assert.throws(() => chartImage(states, { series: 'MX,99' }), (e: unknown) => e instanceof ImageError && /“99”/.test(e.message));
    assert.throws(() => chartImage(states, { width: 100, height: 100 }), /320–4000 px wide/);
    assert.throws(() => chartImage(states, { width: 4000, height: 240, series: '08' }), /too small|plot/);
  });
});

describe('text measured in the shipped font', () => {
  test('widths grow with text and size; bold is wider; wrap and fit keep lines inside the width', () => {
    assert.ok(textWidth('Chihuahua', 24) > textWidth('Chihuahua', 12));
    assert.ok(textWidth('Chihuahua', 24, 'bold') > textWidth('Chihuahua', 24));
    for (const line of wrap('Homicidios dolosos por entidad federativa, 1990–2008', 24, 200)) assert.ok(textWidth(line, 24) <= 200, line);
    const f = fit('Homicidios dolosos', { sizes: [48, 40], width: 400, maxLines: 1, weight: 'bold' });
    assert.equal(f.lines.length, 1);
    assert.equal(f.truncated, false);
    const cut = fit('a b c d e f g h i j k l m n o p', { sizes: [40], width: 80, maxLines: 2 });
    assert.equal(cut.lines.length, 2);
    assert.ok(cut.truncated && cut.lines[1]!.endsWith('…'));
  });
});

describe('cifra render --png', () => {
  for (const lang of ['es', 'en']) {
    test(`${lang}: --card writes a 1200×630 PNG that is not blank; the alt text goes to standard error`, async () => {
      const out = join(dir, `card-${lang}.png`);
      const r = await cli(['render', statesFile, '--series', 'MX,08', '--lang', lang, '--png', '--card', '-o', out]);
      assert.equal(r.code, 0, r.stderr);
      const png = readFileSync(out);
      assert.deepEqual(pngSize(png), { width: 1200, height: 630 });
      assert.ok(r.stderr.includes(`wrote ${out}: 1200×630 PNG`), r.stderr);
      assert.match(r.stderr, lang === 'es' ? /alt: Homicidios dolosos, Nacional, Chihuahua, 1990–2008/ : /alt: Intentional homicides, National, Chihuahua, 1990–2008/);
      const drawn = new Resvg(chartImage(states, { lang, series: 'MX,08', card: true }).svg, { font: { loadSystemFonts: false, fontFiles: fontFiles() } }).render();
      assert.ok(distinctPixels(drawn.pixels) > 50, 'many colours: text, lines and anti-aliasing');
      assert.ok(png.length < 150 * 1024, `${png.length} bytes`);
    });
  }

  test('without --card the PNG has the chart size (and --scale multiplies it); it goes to standard output when that is not a terminal', async () => {
    const r = await cli(['render', statesFile, '--series', '08', '--png', '--width', '800', '--height', '500']);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.bytes.length, 1);
    assert.deepEqual(pngSize(r.bytes[0]!), { width: 800, height: 500 });
    const big = await cli(['render', presidencia, '--png', '--scale', '2', '--lang', 'en']);
    assert.equal(big.code, 0, big.stderr);
    assert.deepEqual(pngSize(big.bytes[0]!), { width: 1920, height: 1080 });
    const png = await svgToPng(chartImage(valid(JSON.parse(readFileSync(presidencia, 'utf8'))), { lang: 'en' }).svg);
    assert.equal(png.width, 960);
    assert.ok(distinctPixels(png.pixels) > 20, 'not blank');
  });

  test('a hostile title makes a PNG all the same; --svg prints the escaped SVG', async () => {
    const out = join(dir, 'hostile.png');
    const r = await cli(['render', hostileFile, '--png', '--card', '-o', out]);
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(pngSize(readFileSync(out)), { width: 1200, height: 630 });
    const svg = await cli(['render', hostileFile, '--svg', '--card', '--lang', 'en']);
    assert.equal(svg.code, 0, svg.stderr);
    assert.ok(svg.stdout.startsWith('<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630"'));
    assert.ok(svg.stdout.includes('Homicides &lt;/text&gt;&lt;script&gt;'));
    assert.doesNotMatch(svg.stdout, /<script/);
  });

  test('without the optional rasterizer: exit status 1 and a message naming the package to install', async () => {
    setRasterizerLoader(() => Promise.reject(Object.assign(new Error("Cannot find package '@resvg/resvg-js' imported from dist/cli.js"), { code: 'ERR_MODULE_NOT_FOUND' })));
    try {
      const r = await cli(['render', statesFile, '--series', 'MX,08', '--png', '--card', '-o', join(dir, 'never.png')]);
      assert.equal(r.code, 1);
      assert.match(r.stderr, /--png needs the optional package @resvg\/resvg-js/);
      assert.match(r.stderr, /npm install @resvg\/resvg-js/);
      assert.doesNotMatch(r.stderr, /unexpected error|at \S+ \(/, 'no stack trace');
    } finally {
      setRasterizerLoader(null);
    }
  });

  test('mistakes are errors with status 1 or 2 that name the option', async () => {
    const cases: [string[], number, RegExp][] = [
      [['--png', '--series', 'MX,99', '-o', join(dir, 'x.png')], 1, /“99”/],
      [['--png', '--card', '--width', '800', '-o', join(dir, 'x.png')], 1, /--card is 1200×630/],
      [['--png', '--width', 'wide', '-o', join(dir, 'x.png')], 1, /--width takes a whole number/],
      [['--png', '--scale', '9', '-o', join(dir, 'x.png')], 1, /--scale takes a number from 1 to 4/],
      [['--png', '--svg'], 1, /--png or --svg, not both/],
      [['--card'], 1, /go with --png or --svg/],
      [['--png', '--element', 'ranking-badge', '-o', join(dir, 'x.png')], 1, /draw <crime-rate-trend>/],
      [['--png', '--page', '-o', join(dir, 'x.png')], 1, /--page writes HTML/],
    ];
    for (const [args, code, message] of cases) {
      const r = await cli(['render', statesFile, ...args]);
      assert.equal(r.code, code, `${args.join(' ')}: ${r.stderr}`);
      assert.match(r.stderr, message, args.join(' '));
    }
    const terminal = await cli(['render', statesFile, '--png'], false);
    assert.equal(terminal.code, 1);
    assert.match(terminal.stderr, /give a file with -o/);
  });

  test('pngSize reads IHDR and refuses what is not a PNG', () => {
    assert.equal(pngSize(new Uint8Array([1, 2, 3])), null);
    assert.equal(pngSize(new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>                ')), null);
  });
});
