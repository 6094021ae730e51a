// <crime-rate-trend> as its users observe it: what it draws from real data, how gaps,
// bands, references and annotations look, several series, the data table, the keyboard
// and the pointer, layout and resizing, long series, removal, accessibility and
// hostile text. Expected texts and numbers are computed here from the source CSV,
// never read back from the component.
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { CrimeRateTrend } from '../../src/elements/crime-rate-trend/crime-rate-trend.js';
import { observedCount } from '../../src/page/resize.js';
import { key, mount, settled, shadowText, sleep, unmountAll, visibleText, type Mounted } from './helpers.js';

type Trend = CrimeRateTrend;
type Json = Record<string, unknown>;

const pageErrors: unknown[] = [];
window.addEventListener('error', (e) => pageErrors.push(e.error ?? e.message));
window.addEventListener('unhandledrejection', (e) => pageErrors.push(e.reason));

// The chart draws once a ResizeObserver reports its size, and Chromium delivers those
// (like requestAnimationFrame) only in a visible page. With the runner's concurrency > 1 a
// test file may run in a background tab that stays hidden: fail fast, saying why, rather
// than let every test time out. Run this file alone, or with --concurrency 1.
let hiddenPage = false;
beforeEach(async function () {
  if (!hiddenPage && document.visibilityState === 'hidden') {
    await new Promise<void>((resolve) => {
      const t = setTimeout(resolve, 3000);
      document.addEventListener('visibilitychange', () => { clearTimeout(t); resolve(); }, { once: true });
    });
    hiddenPage = document.visibilityState === 'hidden';
  }
  if (hiddenPage) {
    throw new Error('This test page is hidden (a background tab: web-test-runner concurrency > 1), so Chromium runs no rendering steps and the chart, which waits for ResizeObserver, is never drawn. Run this file alone or with --concurrency 1.');
  }
});

afterEach(() => {
  unmountAll();
  expect(pageErrors.splice(0), 'errors that reached the page').to.deep.equal([]);
});

// ---------------------------------------------------------------------------------
// Real data, read independently of the component.

interface CsvRow { readonly year: number; readonly count: number; readonly population: number }

/** The national CSV (test/fixtures/data, see its SOURCES.md). */
async function nationalCsv(): Promise<CsvRow[]> {
  const text = await (await fetch('/test/fixtures/data/Homicide-MX-Drug-War__national-homicide-1990-2008.csv')).text();
  const [header, ...lines] = text.split(/\r?\n/).filter((l) => l.trim() !== '');
  const names = header!.split(',').map((h) => h.replace(/"/g, ''));
  const col = (n: string) => names.indexOf(n);
  return lines.map((line) => {
    const f = line.split(',').map((c) => c.replace(/"/g, ''));
    return { year: Number(f[col('Year')]), count: Number(f[col('Tot')]), population: Number(f[col('pop.mex')]) };
  });
}

const rateOf = (r: CsvRow) => (r.count / r.population) * 100000;

/** A number as the contract shows it: exactly `decimals` digits, in the locale's conventions. */
function fmt(value: number, locale: string, decimals = 1): string {
  return new Intl.NumberFormat(locale, { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(value);
}

/** "−7 %": whole percent, U+2212 for minus. */
function fmtChange(from: number, to: number): string {
  const p = Math.round(((to - from) / Math.abs(from)) * 100);
  return `${p < 0 ? '\u2212' : p > 0 ? '+' : ''}${Math.abs(p)} %`;
}

async function demo(name: string): Promise<Json> {
  const r = await fetch(`/demo/data/${name}`);
  expect(r.ok, `/demo/data/${name}`).to.equal(true);
  return (await r.json()) as Json;
}

// ---------------------------------------------------------------------------------
// Small inline documents.

const RATE = { type: 'rate', per: 100000, of: { es: 'habitantes', en: 'inhabitants' } };

function doc(series: Json[], extra: Json = {}): Json {
  return { schema: 1, lang: 'es', title: { es: 'Homicidios dolosos', en: 'Intentional homicides' }, unit: RATE, series, sources: [{ name: 'INEGI' }], ...extra };
}

/** 2000–2010 with nulls at 2003, 2006 and 2008: runs 2000–2002, 2004–2005, 2007 (isolated), 2009–2010. */
const GAP_VALUES: (number | null)[] = [10, 11, 12, null, 14, 15, null, 17, null, 19, 20];
const gapsDoc = (): Json => doc([{ id: 'a', label: 'Serie A', observations: GAP_VALUES.map((v, i) => ({ period: String(2000 + i), value: v })) }]);

// ---------------------------------------------------------------------------------
// Reading what is drawn.

interface Vertex { readonly cmd: 'M' | 'L'; readonly x: number; readonly y: number }

/** The M/L vertices of a path's `d` (numbers normalised to floats; Z ignored). */
function vertices(d: string | null): Vertex[] {
  const out: Vertex[] = [];
  const re = /([MLZmlzHVCSQTAhvcsqta])([^MLZmlzHVCSQTAhvcsqta]*)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(d ?? '')) !== null) {
    const cmd = m[1]!;
    if (cmd === 'Z' || cmd === 'z') continue;
    expect(cmd, `only absolute M/L/Z in a polyline, got ${cmd} in ${d}`).to.be.oneOf(['M', 'L']);
    const nums = m[2]!.trim().split(/[\s,]+/).filter(Boolean).map(Number);
    expect(nums, `${cmd} has two numbers`).to.have.length(2);
    out.push({ cmd: cmd as 'M' | 'L', x: nums[0]!, y: nums[1]! });
  }
  return out;
}

const root = (el: Element) => el.shadowRoot!;
const svgOf = (el: Element) => root(el).querySelector('svg')!;
const lines = (el: Element) => [...root(el).querySelectorAll<SVGPathElement>('path.line')];
const plotOf = (el: Element) => root(el).querySelector<HTMLElement>('[part="chart"]')!;
const liveText = (el: Element) => (root(el).querySelector('#live')?.textContent ?? '').replace(/\s+/g, ' ').trim();
const tooltip = (el: Element) => root(el).querySelector<HTMLElement>('.tooltip');
/** What a sighted reader sees of a node (without the spoken twins, helpers.visibleText). */
const text = (n: Element | null | undefined) => visibleText(n);

function viewBox(el: Element): { x: number; y: number; w: number; h: number } {
  const [x, y, w, h] = (svgOf(el).getAttribute('viewBox') ?? '').trim().split(/[\s,]+/).map(Number);
  return { x: x!, y: y!, w: w!, h: h! };
}

function button(el: Element, label: string): HTMLButtonElement {
  const b = [...root(el).querySelectorAll('button')].find((x) => text(x) === label);
  if (!b) throw new Error(`no button "${label}"; buttons: ${[...root(el).querySelectorAll('button')].map(text).join(' | ')}`);
  return b;
}

async function showTable(el: Trend, label: string): Promise<HTMLTableElement> {
  button(el, label).click();
  await el.updateComplete;
  const table = root(el).querySelector('table');
  if (!table) throw new Error('no table after clicking the button');
  return table;
}

async function mountDoc(data: unknown, opts: { lang?: string; width?: number; attrs?: Record<string, string> } = {}): Promise<Mounted<Trend>> {
  const m = mount<Trend>('crime-rate-trend', (el) => {
    for (const [k, v] of Object.entries(opts.attrs ?? {})) el.setAttribute(k, v);
    el.data = data;
  }, opts.lang);
  m.container.style.width = `${opts.width ?? 800}px`;
  await drawn(m.el);
  expect(m.el.status, `status (${shadowText(m.el).slice(0, 200)})`).to.equal('ready');
  return m;
}

/**
 * settled(), then also the reflected attribute: the `status` property says "ready" before
 * the chart is drawn (see the status test below), the attribute and cifra-ready wait for
 * the drawing. Waiting for both keeps the other tests independent of that bug.
 */
async function drawn(el: Trend, timeout = 8000): Promise<void> {
  await settled(el, timeout);
  await waitUntil(() => el.getAttribute('status') !== 'loading', 'status attribute stayed loading', { timeout });
  await el.updateComplete;
}

/** A focusable button before the element, to Tab into it from the page. */
function buttonBefore(m: Mounted<Trend>): HTMLButtonElement {
  const b = document.createElement('button');
  b.textContent = 'antes';
  m.container.prepend(b);
  return b;
}

async function press(el: Trend, ...keys: string[]): Promise<void> {
  for (const k of keys) {
    await sendKeys({ press: k });
    await el.updateComplete;
  }
}

// =================================================================================

describe('<crime-rate-trend> rendering real data (national homicides 1990–2008)', () => {
  it('the demo document carries the CSV counts and populations', async () => {
    const rows = await nationalCsv();
    const d = await demo('national-homicide-1990-2008.json');
    const obs = (d['series'] as { observations: Json[] }[])[0]!.observations;
    expect(rows).to.have.length(19);
    expect(obs.map((o) => [Number(o['period']), o['count'], o['population']])).to.deep.equal(rows.map((r) => [r.year, r.count, r.population]));
  });

  it('draws one line with exactly 19 vertices, all finite and inside the viewBox', async () => {
    const { el } = await mountDoc(await demo('national-homicide-1990-2008.json'));
    const paths = lines(el);
    expect(paths).to.have.length(1);
    const v = vertices(paths[0]!.getAttribute('d'));
    expect(v).to.have.length(19);
    expect(v.filter((p) => p.cmd === 'M')).to.have.length(1);
    const box = viewBox(el);
    for (const p of v) {
      expect(Number.isFinite(p.x) && Number.isFinite(p.y), `finite ${p.x},${p.y}`).to.equal(true);
      expect(p.x).to.be.within(box.x, box.x + box.w);
      expect(p.y).to.be.within(box.y, box.y + box.h);
    }
    // Left to right in time, and higher rates drawn higher (smaller y).
    for (let i = 1; i < v.length; i++) expect(v[i]!.x).to.be.greaterThan(v[i - 1]!.x);
    const rows = await nationalCsv();
    const maxI = rows.reduce((best, r, i) => (rateOf(r) > rateOf(rows[best]!) ? i : best), 0);
    const minY = v.reduce((best, p, i) => (p.y < v[best]!.y ? i : best), 0);
    expect(minY, 'the highest point is the year with the highest rate').to.equal(maxI);
  });

  for (const lang of ['es', 'en'] as const) {
    it(`states the change in words, computed from the CSV (${lang})`, async () => {
      const rows = await nationalCsv();
      const first = rows[0]!;
      const last = rows[rows.length - 1]!;
      const locale = lang === 'es' ? 'es-MX' : 'en';
      const a = fmt(rateOf(first), locale);
      const b = fmt(rateOf(last), locale);
      const change = fmtChange(rateOf(first), rateOf(last));
      const verb = rateOf(last) < rateOf(first) ? (lang === 'es' ? 'bajó' : 'fell') : (lang === 'es' ? 'subió' : 'rose');
      const clause = lang === 'es'
        ? `${verb} de ${a} a ${b} por cada 100 mil habitantes entre ${first.year} y ${last.year} (${change})`
        : `${verb} from ${a} to ${b} per 100,000 inhabitants between ${first.year} and ${last.year} (${change})`;
      expect(clause).to.equal(lang === 'es'
        ? 'bajó de 13.7 a 12.8 por cada 100 mil habitantes entre 1990 y 2008 (\u22127 %)'
        : 'fell from 13.7 to 12.8 per 100,000 inhabitants between 1990 and 2008 (\u22127 %)');
      // The path is not monotonic: its highest and lowest years are named too (DESIGN §2a).
      const hi = rows.reduce((best, r) => (rateOf(r) > rateOf(best) ? r : best));
      const lo = rows.reduce((best, r) => (rateOf(r) < rateOf(best) ? r : best));
      expect([String(hi.year), String(lo.year)]).to.deep.equal(['1994', '2007']);
      const path = lang === 'es'
        ? `máximo de ${fmt(rateOf(hi), locale)} en ${hi.year}, mínimo de ${fmt(rateOf(lo), locale)} en ${lo.year}`
        : `highest ${fmt(rateOf(hi), locale)} in ${hi.year}, lowest ${fmt(rateOf(lo), locale)} in ${lo.year}`;
      const { el } = await mountDoc(await demo('national-homicide-1990-2008.json'), { lang });
      const place = lang === 'es' ? 'Nacional' : 'National';
      // The series has a place, so the sentence names it.
      expect(text(root(el).querySelector('[part="summary"]'))).to.equal(`${place}: ${clause}; ${path}.`);
      expect(text(root(el).querySelector('[part="headline"]'))).to.equal(lang === 'es'
        ? `${change} de ${first.year} a ${last.year}`
        : `${change} from ${first.year} to ${last.year}`);
    });
  }

  it('from and to choose the periods of the headline and the summary', async () => {
    const rows = await nationalCsv();
    const a = rows.find((r) => r.year === 2000)!;
    const b = rows.find((r) => r.year === 2007)!;
    const change = fmtChange(rateOf(a), rateOf(b));
    const verb = rateOf(b) < rateOf(a) ? 'bajó' : 'subió';
    const { el } = await mountDoc(await demo('national-homicide-1990-2008.json'), { lang: 'es', attrs: { from: '2000', to: '2007' } });
    expect(text(root(el).querySelector('[part="headline"]'))).to.equal(`${change} de 2000 a 2007`);
    expect(text(root(el).querySelector('[part="summary"]'))).to.equal(
      `Nacional: ${verb} de ${fmt(rateOf(a), 'es-MX')} a ${fmt(rateOf(b), 'es-MX')} por cada 100 mil habitantes entre 2000 y 2007 (${change}).`);
    // The line still shows every year.
    expect(vertices(lines(el)[0]!.getAttribute('d'))).to.have.length(19);
  });

  it('names the SVG as a line chart with the title, the place and "1990 a 2008"', async () => {
    const { el } = await mountDoc(await demo('national-homicide-1990-2008.json'), { lang: 'es' });
    const svg = svgOf(el);
    expect(svg.getAttribute('role')).to.equal('img');
    const name = svg.getAttribute('aria-label') ?? '';
    expect(name).to.include('Homicidios dolosos');
    expect(name).to.include('Nacional');
    expect(name).to.match(/^Gráfica de líneas: /);
    // A range in words: a voice reads "1990–2008" as a subtraction or skips the dash.
    expect(name).to.include('1990 a 2008');
    expect(name).not.to.include('\u2013');
  });

  it('the status property says "ready" only once the chart is drawn, as the attribute and cifra-ready do', async () => {
    const d = await demo('national-homicide-1990-2008.json');
    const m = mount<Trend>('crime-rate-trend', (el) => { el.data = d; });
    const seen: string[] = [];
    // Sample the three observable signals at each step until the chart is drawn.
    const sample = () => {
      const signals = `property=${m.el.status} attribute=${m.el.getAttribute('status')} svg=${root(m.el).querySelector('svg') ? 'yes' : 'no'} event=${m.events.length ? m.events[0]!.type : 'none'}`;
      if (seen.at(-1) !== signals) seen.push(signals);
    };
    sample();
    await m.el.updateComplete;
    sample();
    for (let i = 0; i < 20 && m.el.getAttribute('status') === 'loading'; i++) {
      await new Promise(requestAnimationFrame);
      sample();
    }
    const inconsistent = seen.filter((x) => x.startsWith('property=ready') && x !== 'property=ready attribute=ready svg=yes event=cifra-ready');
    expect(inconsistent, `signals seen in order: ${seen.join(' → ')}`).to.deep.equal([]);
    expect(seen.at(-1)).to.equal('property=ready attribute=ready svg=yes event=cifra-ready');
  });

  it('shows the source by name, and its only links are http(s) with rel="noopener noreferrer"', async () => {
    const d = await demo('national-homicide-1990-2008.json');
    const src = (d['sources'] as { name: string; url: string }[])[0]!;
    const { el } = await mountDoc(d, { lang: 'es' });
    const foot = root(el).querySelector('[part="source"]');
    expect(text(foot)).to.include(src.name);
    const links = [...root(el).querySelectorAll('a')];
    expect(links.length).to.be.greaterThan(0);
    for (const a of links) {
      expect(new URL(a.href).protocol).to.be.oneOf(['http:', 'https:']);
      expect(a.getAttribute('rel')).to.equal('noopener noreferrer');
    }
    expect(links.map((a) => a.href)).to.deep.equal([src.url]);
  });
});

// =================================================================================

describe('<crime-rate-trend> gaps, bands, reference lines and annotations', () => {
  it('breaks the line at each null: one M per run, no segment across a missing year', async () => {
    const { el } = await mountDoc(gapsDoc());
    const v = vertices(lines(el)[0]!.getAttribute('d'));
    expect(v.filter((p) => p.cmd === 'M')).to.have.length(4);
    expect(v).to.have.length(GAP_VALUES.filter((x) => x !== null).length);
    const step = v[1]!.x - v[0]!.x; // 2000 → 2001
    expect(step).to.be.greaterThan(0);
    for (let i = 1; i < v.length; i++) {
      if (v[i]!.cmd === 'L') expect(v[i]!.x - v[i - 1]!.x, `segment ${i} joins consecutive years`).to.be.closeTo(step, 0.01);
      else expect(v[i]!.x - v[i - 1]!.x, `a new run after a gap (${i})`).to.be.greaterThan(1.5 * step);
    }
    // No vertex at a missing year.
    for (const [i, value] of GAP_VALUES.entries()) {
      if (value === null) expect(v.some((p) => Math.abs(p.x - (v[0]!.x + i * step)) < 0.01), `no vertex at ${2000 + i}`).to.equal(false);
    }
  });

  it('marks an isolated point between nulls, and only that one', async () => {
    const { el } = await mountDoc(gapsDoc());
    const v = vertices(lines(el)[0]!.getAttribute('d'));
    const markers = [...root(el).querySelectorAll<SVGGraphicsElement>('.marker')];
    expect(markers).to.have.length(1);
    const b = markers[0]!.getBBox();
    const isolated = v[5]!; // 2000, 2001, 2002, 2004, 2005, then 2007
    expect(isolated.cmd).to.equal('M');
    expect(b.x + b.width / 2).to.be.closeTo(isolated.x, 0.5);
    expect(b.y + b.height / 2).to.be.closeTo(isolated.y, 0.5);
  });

  it('draws a band where observations have lower and upper', async () => {
    const observations = [10, 12, 11, 13].map((v, i) => ({ period: String(2010 + i), value: v, lower: v - 2, upper: v + 2 }));
    const { el } = await mountDoc(doc([{ observations }]));
    const band = root(el).querySelector<SVGPathElement>('path.band');
    expect(band).to.exist;
    const d = band!.getAttribute('d') ?? '';
    expect(d).to.match(/^M/);
    const nums = (d.match(/-?\d+(\.\d+)?(e-?\d+)?/g) ?? []).map(Number);
    expect(nums.every(Number.isFinite)).to.equal(true);
    // The band encloses the line.
    const bb = band!.getBBox();
    for (const p of vertices(lines(el)[0]!.getAttribute('d'))) {
      expect(p.y).to.be.within(bb.y, bb.y + bb.height);
    }
    // Without lower/upper there is no band.
    const plain = await mountDoc(gapsDoc());
    expect(root(plain.el).querySelector('path.band')).to.equal(null);
  });

  /** The y of the grid line labelled `label` on the y axis. */
  function gridY(el: Element, label: string): number {
    const tick = [...root(el).querySelectorAll<SVGTextElement>('.axis text.tick[text-anchor="end"]')].find((t) => text(t) === label);
    if (!tick) throw new Error(`no y tick "${label}"`);
    return Number(tick.getAttribute('y'));
  }

  it('draws the document\'s reference line at its value, with its label', async () => {
    const { el } = await mountDoc(doc([{ observations: [{ period: '2010', value: 12 }, { period: '2011', value: 14 }] }], { reference: { label: { es: 'Promedio mundial', en: 'World average' }, value: 20 } }), { lang: 'es' });
    const line = root(el).querySelector('.reference line');
    expect(line).to.exist;
    expect(line!.getAttribute('y1')).to.equal(line!.getAttribute('y2'));
    expect(Number(line!.getAttribute('y1'))).to.be.closeTo(gridY(el, '20'), 0.01);
    expect(text(root(el).querySelector('.reference text'))).to.equal('Promedio mundial: 20.0');
  });

  it('draws the reference attribute, overriding the document\'s', async () => {
    const { el } = await mountDoc(doc([{ observations: [{ period: '2010', value: 12 }, { period: '2011', value: 14 }] }], { reference: { label: 'Promedio mundial', value: 20 } }), { lang: 'es', attrs: { reference: '30' } });
    const refs = root(el).querySelectorAll('.reference');
    expect(refs).to.have.length(1);
    expect(Number(refs[0]!.querySelector('line')!.getAttribute('y1'))).to.be.closeTo(gridY(el, '30'), 0.01);
    expect(text(refs[0]!.querySelector('text'))).to.equal('Referencia: 30.0');
    el.setAttribute('lang', 'en');
    await el.updateComplete;
    expect(text(root(el).querySelector('.reference text'))).to.equal('Reference: 30.0');
  });

  it('draws no reference line when there is none', async () => {
    const { el } = await mountDoc(gapsDoc());
    expect(root(el).querySelector('.reference')).to.equal(null);
  });

  it('renders annotation labels as text at their period', async () => {
    const d = await demo('national-homicide-1990-2008.json');
    const { el } = await mountDoc(d, { lang: 'es' });
    const ann = root(el).querySelectorAll('.annotation');
    expect(ann).to.have.length(1);
    expect(text(ann[0]!.querySelector('text'))).to.equal('Inicia la guerra contra el narcotráfico');
    const v = vertices(lines(el)[0]!.getAttribute('d'));
    expect(Number(ann[0]!.querySelector('line')!.getAttribute('x1'))).to.be.closeTo(v[2006 - 1990]!.x, 0.01);
    el.setAttribute('lang', 'en');
    await el.updateComplete;
    expect(text(root(el).querySelector('.annotation text'))).to.equal('Drug war begins');
  });
});

// =================================================================================

describe('<crime-rate-trend> several series (states 1990–2008)', () => {
  it('series="MX,08" draws two solid lines told apart by role, marker and a direct end label with the last value; the national reference is grey context', async () => {
    const { el } = await mountDoc(await demo('states-homicide-1990-2008.json'), { lang: 'es', attrs: { series: 'MX,08' } });
    const paths = lines(el);
    expect(paths).to.have.length(2);
    // Dashes are kept for provisional figures only (none here).
    for (const p of paths) expect(getComputedStyle(p).strokeDasharray).to.equal('none');
    for (const p of paths) expect(vertices(p.getAttribute('d'))).to.have.length(19);
    const national = root(el).querySelector('g.series[data-key="MX"]')!;
    const chihuahua = root(el).querySelector('g.series[data-key="08"]')!;
    expect(national.classList.contains('context'), 'the country among states is context').to.equal(true);
    expect(chihuahua.classList.contains('s0'), 'the state is the accent').to.equal(true);
    expect(getComputedStyle(national.querySelector('path.line')!).stroke).not.to.equal(getComputedStyle(chihuahua.querySelector('path.line')!).stroke);
    const labels = [...root(el).querySelectorAll<SVGTextElement>('text.end-label')];
    expect(labels.map(text).sort()).to.deep.equal(['Chihuahua 76.4', 'Nacional 12.8']);
    // Each label sits at the right end of its own line.
    for (const label of labels) {
      const g = label.classList.contains('context') ? national : chihuahua;
      const last = vertices(g.querySelector('path.line')!.getAttribute('d')).at(-1)!;
      expect(Number(label.getAttribute('x'))).to.be.at.least(last.x);
      expect(Number(label.getAttribute('y'))).to.be.closeTo(last.y, 15);
    }
    const name = svgOf(el).getAttribute('aria-label') ?? '';
    expect(name).to.include('Nacional');
    expect(name).to.include('Chihuahua');
    // The headline speaks of the state, not of the reference.
    expect(text(root(el).querySelector('[part="headline"]'))).to.match(/^Chihuahua: /);
  });

  it('highlight="MX" turns the roles around; an unknown highlight key is an error naming it', async () => {
    const data = await demo('states-homicide-1990-2008.json');
    const { el } = await mountDoc(data, { lang: 'es', attrs: { series: 'MX,08,02', highlight: 'MX' } });
    expect(root(el).querySelector('g.series[data-key="MX"]')!.classList.contains('s0')).to.equal(true);
    expect(root(el).querySelector('g.series[data-key="08"]')!.classList.contains('context')).to.equal(true);
    expect(root(el).querySelector('g.series[data-key="02"]')!.classList.contains('context')).to.equal(true);
    const m = mount<Trend>('crime-rate-trend', (e) => { e.setAttribute('highlight', '99'); e.data = data; }, 'en');
    await settled(m.el);
    expect(m.el.status).to.equal('error');
    expect(shadowText(m.el)).to.include('highlight: no series has the id or code “99”');
  });

  it('a preliminary last figure is joined by a dashed segment, explained in a key', async () => {
    const d = doc([{ observations: [{ period: '2014', value: 10 }, { period: '2015', value: 12 }, { period: '2016', value: 13, status: 'preliminary' }] }]);
    const { el } = await mountDoc(d, { lang: 'es' });
    const dashed = root(el).querySelector<SVGPathElement>('path.line.provisional')!;
    expect(getComputedStyle(dashed).strokeDasharray).not.to.equal('none');
    expect(vertices(dashed.getAttribute('d'))).to.have.length(2);
    expect(text(root(el).querySelector('.key'))).to.equal('preliminar o parcial');
  });

  it('a series attribute that matches nothing is an error naming the key, never 33 lines (more in series-keys.test.ts)', async () => {
    const data = await demo('states-homicide-1990-2008.json');
    const m = mount<Trend>('crime-rate-trend', (el) => { el.setAttribute('series', 'ZZ'); el.data = data; }, 'en');
    await settled(m.el);
    expect(m.el.status).to.equal('error');
    expect(m.el.shadowRoot!.querySelectorAll('.series')).to.have.length(0);
    expect(shadowText(m.el)).to.include('series: no series has the id or code “ZZ”');
  });

  it('changing the series attribute redraws with the chosen series', async () => {
    const { el } = await mountDoc(await demo('states-homicide-1990-2008.json'), { attrs: { series: 'MX,08' } });
    expect(lines(el)).to.have.length(2);
    el.setAttribute('series', '09');
    await el.updateComplete;
    expect(lines(el)).to.have.length(1);
    expect(svgOf(el).getAttribute('aria-label')).to.include('Ciudad de México');
  });
});

// =================================================================================

describe('<crime-rate-trend> the data table', () => {
  for (const lang of ['es', 'en'] as const) {
    it(`"${lang === 'es' ? 'Ver datos' : 'Show data'}" reveals a table of all 19 years at 1 decimal (${lang})`, async () => {
      const rows = await nationalCsv();
      const { el } = await mountDoc(await demo('national-homicide-1990-2008.json'), { lang });
      const b = button(el, lang === 'es' ? 'Ver datos' : 'Show data');
      expect(b.getAttribute('aria-expanded')).to.equal('false');
      expect(root(el).querySelector('table')).to.equal(null);
      const table = await showTable(el, lang === 'es' ? 'Ver datos' : 'Show data');
      expect(b.getAttribute('aria-expanded')).to.equal('true');
      expect(table.getClientRects().length, 'the table is visible').to.be.greaterThan(0);
      expect(text(table.querySelector('caption'))).to.include(lang === 'es' ? 'Homicidios dolosos' : 'Intentional homicides');
      expect([...table.querySelectorAll('thead th')].map(text)).to.deep.equal(lang === 'es' ? ['Periodo', 'Nacional'] : ['Period', 'National']);
      const body = [...table.querySelectorAll('tbody tr')];
      expect(body).to.have.length(19);
      const locale = lang === 'es' ? 'es-MX' : 'en';
      expect(body.map((tr) => [...tr.children].map(text))).to.deep.equal(rows.map((r) => [String(r.year), fmt(rateOf(r), locale)]));
      // And it hides again.
      b.click();
      await el.updateComplete;
      expect(b.getAttribute('aria-expanded')).to.equal('false');
      expect(root(el).querySelector('table')).to.equal(null);
    });
  }

  it('has one column per series and one row per period of the span', async () => {
    const { el } = await mountDoc(await demo('states-homicide-1990-2008.json'), { lang: 'es', attrs: { series: 'MX,08' } });
    const table = await showTable(el, 'Ver datos');
    expect([...table.querySelectorAll('thead th')].map(text)).to.deep.equal(['Periodo', 'Nacional', 'Chihuahua']);
    const body = [...table.querySelectorAll('tbody tr')];
    expect(body).to.have.length(19);
    for (const tr of body) expect(tr.children).to.have.length(3);
  });

  it('every period of the span is a row: one where every series is null says "sin datos" in each cell, one where only some are in those', async () => {
    const a = GAP_VALUES.map((v, i) => ({ period: String(2000 + i), value: v }));
    const b = GAP_VALUES.map((_, i) => ({ period: String(2000 + i), value: i === 6 ? 5 : null })); // only 2006
    const { el } = await mountDoc(doc([{ id: 'a', label: 'A', observations: a }, { id: 'b', label: 'B', observations: b }]), { lang: 'es' });
    const table = await showTable(el, 'Ver datos');
    const body = [...table.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map(text));
    expect(body.map((r) => r[0])).to.deep.equal(['2000', '2001', '2002', '2003', '2004', '2005', '2006', '2007', '2008', '2009', '2010']);
    expect(body.find((r) => r[0] === '2003')).to.deep.equal(['2003', 'sin datos', 'sin datos']);
    expect(body.find((r) => r[0] === '2008')).to.deep.equal(['2008', 'sin datos', 'sin datos']);
    expect(body.find((r) => r[0] === '2006')).to.deep.equal(['2006', 'sin datos', '5.0']);
  });

  for (const lang of ['es', 'en'] as const) {
    it(`qualifiers and preliminary status are in the cell text (${lang})`, async () => {
      const observations = [
        { period: '2012', value: 23, qualifier: 'almost' },
        { period: '2015', value: 17, qualifier: 'about' },
        { period: '2016', value: 18.5, status: 'preliminary' },
      ];
      const { el } = await mountDoc(doc([{ observations }]), { lang });
      const table = await showTable(el, lang === 'es' ? 'Ver datos' : 'Show data');
      const cells = [...table.querySelectorAll('tbody td')].map(text);
      // 2013 and 2014 are periods of the span with no observation: rows that say so.
      expect(cells).to.deep.equal(lang === 'es'
        ? ['casi 23.0', 'sin datos', 'sin datos', 'alrededor de 17.0', '18.5 (preliminar)']
        : ['almost 23.0', 'no data', 'no data', 'about 17.0', '18.5 (preliminary)']);
    });
  }

  it('follows the decimals attribute', async () => {
    const { el } = await mountDoc(await demo('national-homicide-1990-2008.json'), { lang: 'es', attrs: { decimals: '3' } });
    const rows = await nationalCsv();
    const table = await showTable(el, 'Ver datos');
    expect(text(table.querySelector('tbody td'))).to.equal(fmt(rateOf(rows[0]!), 'es-MX', 3));
  });
});

// =================================================================================

describe('<crime-rate-trend> keyboard and pointer', () => {
  it('Tab reaches the plot, the only tab stop inside the chart, with a visible focus ring', async () => {
    const m = await mountDoc(await demo('national-homicide-1990-2008.json'), { lang: 'es' });
    const plot = plotOf(m.el);
    expect(plot.getAttribute('tabindex')).to.equal('0');
    // Nothing inside the plot is focusable on its own.
    expect(plot.querySelectorAll('[tabindex], a[href], button, input, [contenteditable]')).to.have.length(0);
    const before = buttonBefore(m);
    before.focus();
    await press(m.el, 'Tab');
    expect(root(m.el).activeElement).to.equal(plot);
    expect(getComputedStyle(plot).outlineStyle).to.equal('solid');
    await press(m.el, 'Tab');
    const next = root(m.el).activeElement;
    expect(next, 'Tab leaves the plot').to.exist;
    expect(plot.contains(next)).to.equal(false);
    expect(next!.localName).to.be.oneOf(['a', 'button']);
  });

  it('ArrowRight, End and Escape explore one series and announce each point', async () => {
    const rows = await nationalCsv();
    const m = await mountDoc(await demo('national-homicide-1990-2008.json'), { lang: 'es' });
    const plot = plotOf(m.el);
    buttonBefore(m).focus();
    await press(m.el, 'Tab');
    expect(root(m.el).activeElement).to.equal(plot);
    expect(liveText(m.el)).to.equal('');
    expect(tooltip(m.el)).to.equal(null);

    await press(m.el, 'ArrowRight');
    const first = `${rows[0]!.year}: ${fmt(rateOf(rows[0]!), 'es-MX')} por cada 100 mil habitantes`;
    expect(first).to.equal('1990: 13.7 por cada 100 mil habitantes');
    expect(liveText(m.el)).to.equal(first);
    expect(root(m.el).querySelector('#live')!.getAttribute('aria-live')).to.equal('polite');
    expect(text(tooltip(m.el))).to.equal(first);

    await press(m.el, 'End');
    const last = rows[rows.length - 1]!;
    expect(liveText(m.el)).to.equal(`${last.year}: ${fmt(rateOf(last), 'es-MX')} por cada 100 mil habitantes`);
    expect(text(tooltip(m.el))).to.equal(liveText(m.el));

    await press(m.el, 'ArrowLeft');
    expect(liveText(m.el)).to.match(/^2007: /);
    await press(m.el, 'Home');
    expect(liveText(m.el)).to.equal(first);

    await press(m.el, 'Escape');
    expect(tooltip(m.el)).to.equal(null);
    expect(root(m.el).activeElement, 'focus stays on the plot').to.equal(plot);
    expect(document.activeElement).to.equal(m.el);
  });

  it('with two series, ArrowUp switches series and the announcement names the place', async () => {
    const d = await demo('states-homicide-1990-2008.json');
    const chih = (d['series'] as { id: string; observations: { period: string; count: number; population: number }[] }[]).find((s) => s.id === '08')!;
    const c2008 = chih.observations.find((o) => o.period === '2008')!;
    const m = await mountDoc(d, { lang: 'es', attrs: { series: 'MX,08' } });
    buttonBefore(m).focus();
    await press(m.el, 'Tab', 'ArrowRight');
    expect(liveText(m.el)).to.equal('Nacional, 1990: 13.7 por cada 100 mil habitantes');
    await press(m.el, 'End');
    expect(liveText(m.el)).to.equal('Nacional, 2008: 12.8 por cada 100 mil habitantes');
    await press(m.el, 'ArrowUp');
    const expected = `Chihuahua, 2008: ${fmt((c2008.count / c2008.population) * 100000, 'es-MX')} por cada 100 mil habitantes`;
    expect(liveText(m.el), 'ArrowUp switches to the other series at the same period').to.equal(expected);
    expect(text(tooltip(m.el))).to.equal(expected);
  });

  it('with two series, ↑/↓ follow the lines as drawn, the opposite key comes back, and past the edge the reader hears it', async () => {
    const m = await mountDoc(await demo('states-homicide-1990-2008.json'), { lang: 'es', attrs: { series: 'MX,08' } });
    buttonBefore(m).focus();
    await press(m.el, 'Tab', 'ArrowRight', 'End');
    const start = liveText(m.el);
    expect(start).to.match(/^Nacional, 2008: /);
    // Chihuahua's 2008 rate is far above the national one: its line is drawn above.
    await press(m.el, 'ArrowDown');
    expect(liveText(m.el), 'nothing is drawn below the national line').to.equal('No hay línea abajo.');
    await press(m.el, 'ArrowUp');
    expect(liveText(m.el)).to.match(/^Chihuahua, 2008: /);
    await press(m.el, 'ArrowUp');
    expect(liveText(m.el)).to.equal('No hay línea arriba.');
    await press(m.el, 'ArrowDown');
    expect(liveText(m.el), 'the opposite key comes back to the same point').to.equal(start);
    await press(m.el, 'End', 'ArrowRight');
    expect(liveText(m.el)).to.equal('Último punto.');
    await press(m.el, 'Home', 'ArrowLeft');
    expect(liveText(m.el)).to.equal('Primer punto.');
  });

  it('keys do nothing while the plot does not have focus', async () => {
    const m = await mountDoc(await demo('national-homicide-1990-2008.json'), { lang: 'es' });
    const outside = buttonBefore(m);
    outside.focus();
    await press(m.el, 'ArrowRight', 'End', 'Home');
    expect(liveText(m.el)).to.equal('');
    expect(tooltip(m.el)).to.equal(null);
    expect(root(m.el).querySelector('.focus')).to.equal(null);
    // Nor while a button of the chart has focus.
    button(m.el, 'Ver datos').focus();
    await press(m.el, 'ArrowRight', 'End');
    expect(liveText(m.el)).to.equal('');
    expect(tooltip(m.el)).to.equal(null);
  });

  it('leaving the plot with Tab hides the tooltip (no keyboard trap)', async () => {
    const m = await mountDoc(await demo('national-homicide-1990-2008.json'), { lang: 'es' });
    buttonBefore(m).focus();
    await press(m.el, 'Tab', 'ArrowRight');
    expect(tooltip(m.el)).to.exist;
    await press(m.el, 'Tab');
    expect(root(m.el).activeElement).not.to.equal(plotOf(m.el));
    expect(tooltip(m.el)).to.equal(null);
  });

  it('hovering a point shows the same tooltip as keyboard focus on it', async () => {
    const rows = await nationalCsv();
    const m = await mountDoc(await demo('national-homicide-1990-2008.json'), { lang: 'es' });
    const plot = plotOf(m.el);
    // Keyboard: the sixth point (1995).
    plot.focus();
    await press(m.el, 'Home', 'ArrowRight', 'ArrowRight', 'ArrowRight', 'ArrowRight', 'ArrowRight');
    const byKey = text(tooltip(m.el));
    expect(byKey).to.equal(`1995: ${fmt(rateOf(rows[5]!), 'es-MX')} por cada 100 mil habitantes`);
    await press(m.el, 'Escape');
    buttonBefore(m).focus();
    await m.el.updateComplete;
    expect(tooltip(m.el)).to.equal(null);
    // Pointer: over the 1995 vertex's screen position.
    const v = vertices(lines(m.el)[0]!.getAttribute('d'))[5]!;
    const box = svgOf(m.el).getBoundingClientRect();
    const vb = viewBox(m.el);
    const clientX = box.left + ((v.x - vb.x) * box.width) / vb.w;
    const clientY = box.top + ((v.y - vb.y) * box.height) / vb.h;
    plot.dispatchEvent(new PointerEvent('pointermove', { clientX, clientY, bubbles: true, composed: true, pointerType: 'mouse' }));
    await m.el.updateComplete;
    expect(text(tooltip(m.el))).to.equal(byKey);
    // The tooltip stays inside the plot.
    const t = tooltip(m.el)!.getBoundingClientRect();
    const p = plot.getBoundingClientRect();
    expect(t.left).to.be.at.least(p.left - 0.5);
    expect(t.right).to.be.at.most(p.right + 0.5);
    // Leaving the plot hides it.
    plot.dispatchEvent(new PointerEvent('pointerleave', { clientX: 0, clientY: 0 }));
    await m.el.updateComplete;
    expect(tooltip(m.el)).to.equal(null);
  });
});

// =================================================================================

describe('<crime-rate-trend> layout', () => {
  it('fills its container\'s width and re-lays out when the container shrinks from 800px to 400px', async () => {
    const m = await mountDoc(await demo('national-homicide-1990-2008.json'));
    expect(m.el.getBoundingClientRect().width).to.be.closeTo(800, 0.5);
    const plot = plotOf(m.el);
    const svgWidth = () => Number(svgOf(m.el).getAttribute('width'));
    expect(svgWidth()).to.be.closeTo(plot.getBoundingClientRect().width, 1);
    expect(svgWidth()).to.be.greaterThan(700);
    m.container.style.width = '400px';
    expect(m.el.getBoundingClientRect().width).to.be.closeTo(400, 0.5);
    await waitUntil(() => Math.abs(svgWidth() - plot.getBoundingClientRect().width) < 1, 'the SVG follows the new width', { timeout: 3000 });
    await m.el.updateComplete;
    expect(svgWidth()).to.be.at.most(400);
    expect(viewBox(m.el).w).to.be.closeTo(svgWidth(), 0.01);
    for (const p of vertices(lines(m.el)[0]!.getAttribute('d'))) expect(p.x).to.be.within(0, svgWidth());
  });

  const tickCases: { name: string; data: () => Promise<Json>; attrs?: Record<string, string> }[] = [
    { name: 'yearly, 1990–2008', data: () => demo('national-homicide-1990-2008.json') },
    { name: 'two series with end labels', data: () => demo('states-homicide-1990-2008.json'), attrs: { series: 'MX,08' } },
    {
      name: 'monthly, 2018–2021',
      data: async () => doc([{ observations: Array.from({ length: 48 }, (_, i) => ({ period: `${2018 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`, value: 10 + (i % 5) })) }]),
    },
    {
      name: 'quarterly, 2015–2024',
      data: async () => doc([{ observations: Array.from({ length: 40 }, (_, i) => ({ period: `${2015 + Math.floor(i / 4)}-Q${(i % 4) + 1}`, value: 10 + (i % 3) })) }]),
    },
  ];
  for (const c of tickCases) {
    it(`at 320px no x-axis tick labels overlap (${c.name})`, async () => {
      const m = await mountDoc(await c.data(), { lang: 'es', width: 320, attrs: c.attrs ?? {} });
      const ticks = [...root(m.el).querySelectorAll<SVGTextElement>('.axis text.tick[text-anchor="middle"]')];
      expect(ticks.length, 'x ticks').to.be.at.least(2);
      const boxes = ticks.map((t) => t.getBBox()).sort((a, b) => a.x - b.x);
      for (let i = 1; i < boxes.length; i++) {
        expect(boxes[i - 1]!.x + boxes[i - 1]!.width, `"${text(ticks[i - 1])}" ends before the next label starts`).to.be.at.most(boxes[i]!.x);
      }
      // Every label is inside the element's box (the SVG may overflow into the padding, not beyond).
      const host = m.el.getBoundingClientRect();
      for (const t of ticks) {
        const r = t.getBoundingClientRect();
        expect(r.left, `"${text(t)}" left edge`).to.be.at.least(host.left);
        expect(r.right, `"${text(t)}" right edge`).to.be.at.most(host.right);
      }
    });
  }

  // DESIGN §1: `aspect` sizes the plot, not the text around it (fixed rows above and below).
  for (const [aspect, ratio] of [['2/1', 2], ['4:3', 4 / 3], ['1.5', 1.5]] as const) {
    it(`aspect="${aspect}" sets the plot's ratio once drawn`, async () => {
      const m = await mountDoc(await demo('national-homicide-1990-2008.json'), { attrs: { aspect } });
      const plot = plotOf(m.el).getBoundingClientRect();
      expect(plot.width / plot.height).to.be.closeTo(ratio, 0.01);
      expect(m.el.getBoundingClientRect().height).to.be.greaterThan(plot.height);
    });
  }

  it('without aspect, a 16/9 plot at 800px and taller on narrow widths (4/3 under 600px, 1/1 under 420px)', async () => {
    const wide = await mountDoc(await demo('national-homicide-1990-2008.json'), { width: 800 });
    expect(plotOf(wide.el).getBoundingClientRect().height).to.be.closeTo(450, 1);
    const mid = await mountDoc(await demo('national-homicide-1990-2008.json'), { width: 500 });
    expect(plotOf(mid.el).getBoundingClientRect().height).to.be.closeTo(375, 1);
    const narrow = await mountDoc(await demo('national-homicide-1990-2008.json'), { width: 400 });
    expect(plotOf(narrow.el).getBoundingClientRect().height).to.be.closeTo(400, 1);
  });

  it('a two-series chart at 640px gives the plot at least 60 % of the element\'s height', async () => {
    const m = await mountDoc(await demo('states-homicide-1990-2008.json'), { width: 640, attrs: { series: 'MX,08' } });
    const share = plotOf(m.el).getBoundingClientRect().height / m.el.getBoundingClientRect().height;
    expect(share, `plot share ${share.toFixed(2)}`).to.be.at.least(0.6);
  });

  it('keeps the same box while loading and once drawn (no layout shift)', async () => {
    const loading = mount<Trend>('crime-rate-trend', (el) => el.setAttribute('src', `/_test/never?k=${key()}`));
    loading.container.style.width = '800px';
    await loading.el.updateComplete;
    const ready = await mountDoc(await demo('national-homicide-1990-2008.json'));
    expect(ready.el.getBoundingClientRect().height).to.be.closeTo(loading.el.getBoundingClientRect().height, 1);
  });
});

// =================================================================================

describe('<crime-rate-trend> a 50,000-point monthly series', () => {
  const N = 50_000;
  const period = (i: number) => `${1000 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
  const bigDoc = () => doc([{ id: 'long', label: 'Serie larga', observations: Array.from({ length: N }, (_, i) => ({ period: period(i), value: Math.round((20 + 8 * Math.sin(i / 700) + ((i * 7919) % 13) / 4) * 10) / 10 })) }]);

  it('loads, draws at most 2 vertices per pixel of plot width, and the table pages through all 50,000 rows', async function () {
    this.timeout(60000);
    expect(period(0)).to.equal('1000-01');
    expect(period(N - 1)).to.equal('5166-08');
    const m = mount<Trend>('crime-rate-trend', (el) => { el.data = bigDoc(); }, 'es');
    m.container.style.width = '800px';
    await drawn(m.el, 50000);
    expect(m.el.status).to.equal('ready');
    expect(m.events.map((e) => e.type)).to.deep.equal(['cifra-ready']);

    const base = root(m.el).querySelector('.axis line.baseline')!;
    const plotWidth = Number(base.getAttribute('x2')) - Number(base.getAttribute('x1'));
    expect(plotWidth).to.be.greaterThan(500);
    const v = vertices(lines(m.el)[0]!.getAttribute('d'));
    expect(v.length).to.be.at.most(2 * plotWidth);
    expect(v.length, 'still a line, not a few points').to.be.at.least(plotWidth / 2);
    const vb = viewBox(m.el);
    for (const p of v) {
      expect(Number.isFinite(p.x) && Number.isFinite(p.y)).to.equal(true);
      expect(p.x).to.be.within(vb.x, vb.x + vb.w);
    }
    // The summary still runs from the first to the last of all points.
    const summary = text(root(m.el).querySelector('[part="summary"]'));
    expect(summary).to.include('enero de 1000');
    expect(summary).to.include('agosto de 5166');

    const table = await showTable(m.el, 'Ver datos');
    expect(table.querySelectorAll('tbody tr')).to.have.length(100);
    const pager = text(root(m.el).querySelector('.pager'));
    expect(pager).to.include('1–100 de 50,000');
    button(m.el, 'Siguiente').click();
    await m.el.updateComplete;
    expect(text(root(m.el).querySelector('.pager'))).to.include('101–200 de 50,000');
    const rows = [...root(m.el).querySelectorAll('tbody tr')];
    expect(rows).to.have.length(100);
    expect(text(rows[0]!.querySelector('th'))).to.equal('may 1008');
  });
});

// =================================================================================

describe('<crime-rate-trend> removal', () => {
  async function twenty(): Promise<{ before: number; charts: Mounted<Trend>[] }> {
    const d = await demo('national-homicide-1990-2008.json');
    const before = observedCount();
    const charts: Mounted<Trend>[] = [];
    for (let i = 0; i < 20; i++) {
      const m = mount<Trend>('crime-rate-trend', (el) => { el.data = d; });
      m.container.style.width = '600px';
      charts.push(m);
    }
    for (const m of charts) await drawn(m.el);
    return { before, charts };
  }

  it('removing 20 charts leaves no ResizeObserver target behind', async () => {
    const { before, charts } = await twenty();
    expect(observedCount()).to.equal(before + 20);
    for (const m of charts) m.container.remove();
    await sleep(0);
    expect(observedCount()).to.equal(before);
  });

  it('a removed chart re-inserted elsewhere draws again at its new width, follows resizes, and leaves again cleanly', async () => {
    const { before, charts } = await twenty();
    for (const m of charts) m.container.remove();
    await sleep(0);
    expect(observedCount()).to.equal(before);

    const again = charts[0]!;
    again.container.style.width = '500px';
    document.body.append(again.container);
    await again.el.updateComplete;
    const plot = plotOf(again.el);
    const follows = () => Math.abs(Number(svgOf(again.el)?.getAttribute('width')) - plot.getBoundingClientRect().width) < 1;
    try {
      await waitUntil(follows, 'drawn at its new width', { timeout: 2000 });
    } catch {
      throw new Error(`re-inserted into 500px: the SVG is ${svgOf(again.el)?.getAttribute('width')} wide, the plot ${plot.getBoundingClientRect().width}px (observed targets: ${observedCount() - before})`);
    }
    expect(vertices(lines(again.el)[0]!.getAttribute('d'))).to.have.length(19);
    expect(observedCount()).to.equal(before + 1);
    again.container.style.width = '350px';
    await waitUntil(follows, 're-laid out after a resize', { timeout: 2000 });
    again.container.remove();
    await sleep(0);
    expect(observedCount()).to.equal(before);
  });
});

// =================================================================================

describe('<crime-rate-trend> accessibility (axe)', () => {
  for (const theme of ['light', 'dark'] as const) {
    it(`loading is axe-clean (${theme})`, async () => {
      const m = mount<Trend>('crime-rate-trend', (el) => { el.setAttribute('theme', theme); el.setAttribute('src', `/_test/never?k=${key()}`); }, 'es');
      await m.el.updateComplete;
      expect(m.el.status).to.equal('loading');
      await expect(m.el).to.be.accessible();
    });

    it(`ready with the table hidden and shown is axe-clean (${theme})`, async () => {
      const m = await mountDoc(await demo('states-homicide-1990-2008.json'), { lang: 'es', attrs: { theme, series: 'MX,08' } });
      await expect(m.el).to.be.accessible();
      await showTable(m.el, 'Ver datos');
      await expect(m.el).to.be.accessible();
    });

    it(`ready with a focused point and its tooltip is axe-clean (${theme})`, async () => {
      const m = await mountDoc(await demo('national-homicide-1990-2008.json'), { lang: 'en', attrs: { theme } });
      plotOf(m.el).focus();
      await press(m.el, 'ArrowRight');
      expect(tooltip(m.el)).to.exist;
      await expect(m.el).to.be.accessible();
    });

    it(`error is axe-clean (${theme})`, async () => {
      const m = mount<Trend>('crime-rate-trend', (el) => { el.setAttribute('theme', theme); el.data = { schema: 1, title: 'x', unit: { type: 'rate', per: 7 }, series: [], sources: [] }; }, 'es');
      await settled(m.el);
      expect(m.el.status).to.equal('error');
      await expect(m.el).to.be.accessible();
    });
  }
});

// =================================================================================

describe('<crime-rate-trend> hostile text', () => {
  const HOSTILE = '<img src=x onerror=alert(1)>';

  it('a title, series label and annotation that look like markup are shown as text, never as elements', async () => {
    const alerts: unknown[] = [];
    const original = window.alert;
    window.alert = (x?: unknown) => { alerts.push(x); };
    try {
      const d = doc([
        { id: 'h', label: HOSTILE, observations: [{ period: '2010', value: 10 }, { period: '2011', value: 12 }, { period: '2012', value: 11 }] },
        { id: 'o', label: 'Otra', observations: [{ period: '2010', value: 5 }, { period: '2011', value: 6 }, { period: '2012', value: 7 }] },
      ], { title: HOSTILE, annotations: [{ period: '2011', label: HOSTILE }] });
      const { el } = await mountDoc(d, { lang: 'es' });
      const endLabels = [...root(el).querySelectorAll('text.end-label .end-name')].map(text);
      expect(endLabels).to.include(HOSTILE);
      expect(text(root(el).querySelector('.annotation text'))).to.equal(HOSTILE);
      expect(text(root(el).querySelector('[part="title"]'))).to.equal(HOSTILE);
      expect(svgOf(el).getAttribute('aria-label')).to.include(HOSTILE);
      const table = await showTable(el, 'Ver datos');
      expect(text(table.querySelector('caption'))).to.include(HOSTILE);
      expect([...table.querySelectorAll('thead th')].map(text)).to.deep.equal(['Periodo', HOSTILE, 'Otra']);
      plotOf(el).focus();
      await press(el, 'ArrowRight');
      expect(text(tooltip(el))).to.include(HOSTILE);
      expect(root(el).querySelectorAll('img')).to.have.length(0);
      expect(document.querySelectorAll('img')).to.have.length(0);
      await sleep(50);
      expect(alerts).to.deep.equal([]);
    } finally {
      window.alert = original;
    }
  });
});
