// Property-based (fuzz) tests of <crime-rate-trend>, <rate-per-100k> and <ranking-badge> in
// Chromium, with fast-check. For any JSON value as `data`, documents broken at random
// places, and generated series (NaN, ±0, nulls, duplicate and shuffled periods, extreme
// magnitudes, long and right-to-left labels), every element:
//   - shows exactly one of its content or an error: `ready` with no [part=error], or
//     `error` with one [part=error] and a `cifra-error` event; never both, never a blank box;
//   - lets no error or unhandled rejection reach the page, and swallows no rendering bug
//     (console.error; the one by design is the chart's refusal of values it cannot scale);
//   - draws only finite coordinates inside the viewBox;
//   - lists in its table exactly the valid points, and states the right extremes, change,
//     value and rank;
//   - does not depend on the order of the observations, and does not mutate its input;
//   - never shows "NaN", "undefined", "Infinity" or "[object Object]" the author did not write.
// Expected texts come from fuzz-arbitraries.ts, computed with Intl, never read back from src/.
//
// Runs: moderate by default (`npm test`: 15–80 per property, about 440 generated inputs and
// 1,000 renderings, ~30 s); `npm run fuzz` (scripts/fuzz-long.mjs) runs every property
// FUZZ_RUNS times (default 1000), FUZZ_SEED/FUZZ_PATH replay a failure and FUZZ_GREP picks
// properties, through window.__FUZZ__ set by web-test-runner.fuzz.config.mjs. A failure prints
// fast-check's seed, path and shrunk counterexample. Elements are reused across runs (`.data`
// set again and again, as a page that updates a chart does), and also mounted fresh.
//
// The last describe block isolates the defects this fuzzing found in src/ (BUG comments there,
// with seeds and shrunk counterexamples, found against commit 6c8ac27): they failed there,
// and pass once src/ is fixed (the working tree's fixes at the time of writing).
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { CifraElement, CifraErrorDetail } from '../../src/base/cifra-element.js';
import { mount, shadowText, unmountAll, visibleText, TAGS, type Mounted, type Tag } from './helpers.js';
import {
  anyDataArb, decimalsOf, deepFreeze, docArb, drawOrder, expectedRank, expectedTable, extremes, fmtChange, fmtNumber, fmtValue,
  forbiddenFor, latest, mutate, mutationArb, norm, NO_DATA, numbersIn, pathVertices, periodLong, periodShort,
  points, refusals, sameValue, shuffledArb, unitOf, unitWords, valueSpan, type Json, type Lang,
} from './fuzz-arbitraries.js';

declare global {
  interface Window {
    /** Set by web-test-runner.fuzz.config.mjs (scripts/fuzz-long.mjs) for long runs and replays. */
    __FUZZ__?: { runs?: number; seed?: number; path?: string; grep?: string };
  }
}

const FUZZ = window.__FUZZ__ ?? {};
const LONG_RUNS = Number(FUZZ.runs) > 0 ? Math.floor(Number(FUZZ.runs)) : 0;
const SEED = Number.isInteger(FUZZ.seed) ? FUZZ.seed : undefined;

/** fast-check parameters: `runs` by default, FUZZ_RUNS in a long run; FUZZ_SEED and FUZZ_PATH replay a failure. */
function params(runs: number): fc.Parameters<unknown> {
  return {
    numRuns: LONG_RUNS || runs,
    includeErrorInReport: true,
    ...(SEED === undefined ? {} : { seed: SEED }),
    ...(FUZZ.path ? { path: FUZZ.path } : {}),
  };
}

/** Per-test time limit (generous per run, none in long runs), and FUZZ_GREP's choice of properties. */
function budget(ctx: Mocha.Context, runs: number, msPerRun: number): void {
  if (FUZZ.grep && !ctx.test?.fullTitle().toLowerCase().includes(FUZZ.grep.toLowerCase())) ctx.skip();
  ctx.timeout(LONG_RUNS ? 0 : Math.max(15_000, runs * msPerRun));
}

// ---------------------------------------------------------------------------------
// What reaches the page.

// Recorded in the capture phase, which at the window runs before mocha's window.onerror: the
// property that caused an error then fails with its counterexample (and shrinks), instead of
// mocha failing the test at a random point. Nothing is lost: afterEach asserts the list is empty.
const pageErrors: string[] = [];
/** What was being shown when an error arrived (errors from layout come a frame later). */
let current = '(nothing yet)';
window.addEventListener('error', (e) => {
  pageErrors.push(`error: ${e.message} ${(e.error as Error | undefined)?.stack ?? ''} [while showing ${current}]`);
  e.stopImmediatePropagation();
}, true);
window.addEventListener('unhandledrejection', (e) => {
  pageErrors.push(`unhandledrejection: ${String((e.reason as Error | undefined)?.stack ?? e.reason)} [while showing ${current}]`);
  e.stopImmediatePropagation();
}, true);

/** The elements catch a rendering bug and log it with console.error: that is a bug too. */
const consoleErrors: string[] = [];
const originalConsoleError = console.error.bind(console);
console.error = (...args: unknown[]) => {
  consoleErrors.push(args.map((a) => (a instanceof Error ? a.stack ?? a.message : String(a))).join(' ') + ' @@ ' + new Error().stack);
  originalConsoleError(...args);
};

function noPageErrors(context: string): void {
  expect(pageErrors.splice(0).join('\n'), `errors that reached the page (${context})`).to.equal('');
  expect(consoleErrors.splice(0).join('\n'), `console.error (a rendering bug caught by the element) (${context})`).to.equal('');
}

/** How often each outcome was seen, per test: printed in long runs, to show what was covered. */
let outcomes: Record<string, number> = {};

afterEach(function () {
  unmountAll();
  if (LONG_RUNS && this.currentTest?.state === 'passed') {
    const seen = Object.entries(outcomes).sort().map(([k, n]) => `${k}: ${n}`).join(', ');
    console.log(`fuzz: "${this.currentTest.title.slice(0, 60)}…" ${seen}`);
  }
  outcomes = {};
  noPageErrors('after the test');
});

if (LONG_RUNS) console.log(`fuzz: ${LONG_RUNS} runs per property${SEED === undefined ? '' : `, seed ${SEED}`}${FUZZ.path ? `, path ${FUZZ.path}` : ''}${FUZZ.grep ? `, only "${FUZZ.grep}"` : ''}`);

// ---------------------------------------------------------------------------------
// Driving an element.

const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
const root = (el: Element) => el.shadowRoot!;
/** What a sighted reader sees (without the spoken twins of shown tokens, helpers.visibleText). */
const text = (n: Element | null | undefined) => visibleText(n);

function describe_(value: unknown): string {
  try {
    const s = typeof value === 'string' ? `the string ${JSON.stringify(value)}` : fc.stringify(value);
    return s.length > 300 ? `${s.slice(0, 300)}…` : s;
  } catch {
    return String(value);
  }
}

async function waitFor(cond: () => boolean, what: string, timeout = 5000): Promise<void> {
  const start = performance.now();
  while (!cond()) {
    if (performance.now() - start > timeout) throw new Error(`timed out after ${timeout} ms waiting for ${what}`);
    await frame();
  }
}

/**
 * A chart re-lays out when its new content changes the plot's size (ResizeObserver, in the
 * next rendering step): wait until its drawing stays the same across two full frames
 * (requestAnimationFrame runs before that frame's ResizeObserver delivery, hence two).
 */
async function quiet(el: CifraElement): Promise<void> {
  await el.updateComplete;
  if (el.localName !== 'crime-rate-trend') return;
  let last: string | null = null;
  for (let i = 0; i < 20; i++) {
    await el.updateComplete;
    const svg = root(el).querySelector('[part="chart"] > svg');
    const signature = `${el.getAttribute('status')}|${svg?.getAttribute('viewBox') ?? '-'}|${root(el).querySelector('.legend') ? 'legend' : ''}`;
    if (signature === last) return;
    last = signature;
    await frame();
    await frame();
  }
  throw new Error('the chart kept re-laying out for 40 frames');
}

/** Lit's own test for a changed property: setting the same value again does nothing. */
const changes = (old: unknown, value: unknown) => old !== value && (old === old || value === value);

/**
 * Sets `.data` (and the element's `lang`), then waits for the element's answer (one
 * cifra-ready or cifra-error) and for its drawing to settle. Returns whether an answer
 * is due: `null` shows "loading", and an unchanged value changes nothing.
 */
async function present(m: Mounted, value: unknown, lang?: Lang): Promise<boolean> {
  const el = m.el;
  m.events.length = 0;
  if (lang && el.getAttribute('lang') !== lang) el.setAttribute('lang', lang);
  const due = changes(el.data, value) && value !== null && value !== undefined;
  current = `<${el.localName} lang=${el.getAttribute('lang')}> ${describe_(value)}`;
  el.data = value;
  await el.updateComplete;
  if (due) await waitFor(() => m.events.length > 0, `<${el.localName}> to answer ${describe_(value)}`);
  await quiet(el);
  return due;
}

const CONTENT: Readonly<Record<Tag, string>> = {
  'crime-rate-trend': '[part="chart"] > svg[role="img"]',
  'rate-per-100k': '[part="title"], [part="value"]',
  'ranking-badge': '[part="rank"]',
};
const ANY_CONTENT = '[part="chart"], [part="title"], [part="value"], [part="rank"], [part="summary"], table';

/**
 * The invariant of every state: exactly one of content or error, the reflected status,
 * the one event, visible text, no forbidden word the author did not write, nothing on
 * the page. Returns the status and the error's detail.
 */
function checkShown(m: Mounted, input: unknown, answered: boolean): { status: string; code?: string; detail?: CifraErrorDetail } {
  const el = m.el;
  const tag = el.localName as Tag;
  const r = root(el);
  const status = el.status;
  const about = `<${tag} lang=${el.getAttribute('lang')}> given ${describe_(input)}`;
  const shown = shadowText(el);
  expect(el.getAttribute('status'), `${about}: the status attribute reflects the property`).to.equal(status);
  expect(shown, `${about}: never a blank box`).not.to.equal('');
  const errors = r.querySelectorAll('[part~="error"]');
  const events = m.events.map((e) => e.type);
  let detail: CifraErrorDetail | undefined;
  if (status === 'ready') {
    expect(errors.length, `${about}: ready shows no error box (${shown.slice(0, 200)})`).to.equal(0);
    expect(r.querySelector(CONTENT[tag]), `${about}: ready shows its content`).to.exist;
    if (answered) expect(events, `${about}: one cifra-ready`).to.deep.equal(['cifra-ready']);
  } else if (status === 'error') {
    expect(errors.length, `${about}: one error box`).to.equal(1);
    expect(r.querySelector(ANY_CONTENT), `${about}: an error shows no chart, value or rank`).to.equal(null);
    if (answered) expect(events, `${about}: one cifra-error`).to.deep.equal(['cifra-error']);
    const event = m.events.find((e) => e.type === 'cifra-error');
    if (event) {
      detail = event.detail as CifraErrorDetail;
      const box = errors[0]!;
      expect(box.getAttribute('data-code'), `${about}: the box and the event name the same code`).to.equal(detail.code);
      expect(text(box), `${about}: the box shows the event's message`).to.include(norm(detail.message));
      expect(text(box)).to.include(detail.code);
    }
  } else {
    expect(input, `${about}: only a missing document leaves the element loading`).to.satisfy((v: unknown) => v === null || v === undefined);
    expect(errors.length).to.equal(0);
    expect(r.querySelector(ANY_CONTENT), `${about}: loading shows no content`).to.equal(null);
    expect(events, `${about}: loading fires nothing`).to.deep.equal([]);
  }
  for (const word of forbiddenFor(input)) {
    expect(shown, `${about}: shows "${word}"`).not.to.include(word);
    for (const node of r.querySelectorAll('*')) {
      for (const a of node.attributes) expect(a.value, `${about}: <${node.localName} ${a.name}> reads "${word}"`).not.to.include(word);
    }
  }
  noPageErrors(about);
  const code = errors[0]?.getAttribute('data-code') ?? undefined;
  const outcome = `${tag} ${code ?? status}`;
  outcomes[outcome] = (outcomes[outcome] ?? 0) + 1;
  return { status, ...(code ? { code } : {}), ...(detail ? { detail } : {}) };
}

// ---------------------------------------------------------------------------------
// What a chart draws.

const HORIZONTAL = ['x', 'x1', 'x2', 'cx'];
const VERTICAL = ['y', 'y1', 'y2', 'cy'];

/**
 * Every coordinate of the chart's SVG is finite and inside the viewBox (labels and markers
 * may poke out a little). `endLabels: 'lenient'` lets the series' end labels, pushed 14 px
 * apart downwards, go that much further (BUG, see "end labels" below, which checks them strictly).
 */
function checkGeometry(el: CifraElement, about: string, endLabels: 'strict' | 'lenient' = 'lenient'): void {
  const svg = root(el).querySelector('[part="chart"] > svg');
  expect(svg, `${about}: an SVG`).to.exist;
  const box = numbersIn(svg!.getAttribute('viewBox') ?? '');
  expect(box, `${about}: viewBox`).to.have.length(4);
  const [vx, vy, vw, vh] = box as [number, number, number, number];
  expect(box.every(Number.isFinite) && vw > 0 && vh > 0, `${about}: viewBox ${box.join(' ')}`).to.equal(true);
  for (const node of svg!.querySelectorAll('*')) {
    const what = `${about}: <${node.localName} class="${node.getAttribute('class') ?? ''}">`;
    const pushed = endLabels === 'lenient' && node.matches('text.end-label') ? 14 * svg!.querySelectorAll('text.end-label').length : 0;
    const tolerance = node.matches('path.line, path.band') ? 0.5 : node.matches('.marker') ? 6 : node.localName === 'text' ? 8 + pushed : 0.5;
    const inside = (v: number, lo: number, size: number, name: string) => {
      expect(Number.isFinite(v), `${what} ${name}=${v} is finite`).to.equal(true);
      expect(v, `${what} ${name} inside the viewBox [${lo}, ${lo + size}]`).to.be.within(lo - tolerance, lo + size + tolerance);
    };
    for (const name of [...HORIZONTAL, ...VERTICAL, 'width', 'height', 'r', 'd']) {
      const value = node.getAttribute(name);
      if (value === null) continue;
      expect(value, `${what} ${name}="${value}"`).not.to.match(/NaN|Infinity|undefined/);
      if (name === 'd') {
        const vertices = pathVertices(value);
        expect(vertices, `${what} d="${value.slice(0, 120)}" is made of M/L/Z`).not.to.equal(null);
        for (const v of vertices!) {
          inside(v.x, vx, vw, 'd (x)');
          inside(v.y, vy, vh, 'd (y)');
        }
        continue;
      }
      const nums = numbersIn(value);
      expect(nums, `${what} ${name}="${value}" is a number`).to.have.length(1);
      const n = nums[0]!;
      if (HORIZONTAL.includes(name)) inside(n, vx, vw, name);
      else if (VERTICAL.includes(name)) inside(n, vy, vh, name);
      else expect(Number.isFinite(n) && n >= 0, `${what} ${name}=${n}`).to.equal(true);
    }
  }
}

/** Each series' line has one vertex per valued point, breaks at nulls, runs left to right and puts higher values higher. */
function checkLines(el: CifraElement, doc: Json, about: string): void {
  const series = doc['series'] as Json[];
  const groups = [...root(el).querySelectorAll('[part="chart"] > svg g.series')];
  expect(groups.length, `${about}: one group per series`).to.equal(series.length);
  // Grey context lines are drawn first, under the accent ones: the groups follow drawOrder.
  const order = drawOrder(doc);
  order.forEach(({ role }, gi) => {
    expect(groups[gi]!.classList.contains(role), `${about}: group ${gi} is drawn as ${role} (${groups[gi]!.getAttribute('class')})`).to.equal(true);
  });
  series.forEach((s, si) => {
    const pts = points(s);
    const valued = pts.filter((p) => p.value !== null);
    const group = groups[order.findIndex((x) => x.index === si)]!;
    const d = group.querySelector('path.line')?.getAttribute('d') ?? '';
    const v = pathVertices(d) ?? [];
    expect(v.length, `${about}: series ${si} has ${valued.length} points with a value, its line ${v.length} vertices`).to.equal(valued.length);
    let runs = 0;
    pts.forEach((p, i) => { if (p.value !== null && (i === 0 || pts[i - 1]!.value === null)) runs++; });
    expect(v.filter((x) => x.cmd === 'M').length, `${about}: series ${si} breaks at each null (${runs} runs)`).to.equal(runs);
    const oneGrain = new Set(pts.map((p) => p.period.grain)).size === 1;
    for (let i = 1; i < v.length; i++) {
      if (oneGrain) expect(v[i]!.x, `${about}: series ${si} runs left to right`).to.be.greaterThan(v[i - 1]!.x);
    }
    for (let i = 0; i < v.length; i++) {
      for (let j = 0; j < v.length; j++) {
        if (valued[i]!.value! > valued[j]!.value!) {
          expect(v[i]!.y, `${about}: series ${si}: ${valued[i]!.value} is drawn no lower than ${valued[j]!.value}`).to.be.at.most(v[j]!.y + 0.01);
        }
      }
    }
  });
}

async function openTable(el: CifraElement): Promise<HTMLTableElement> {
  const button = root(el).querySelector<HTMLButtonElement>('button[aria-controls="data"]');
  expect(button, 'the show-data button').to.exist;
  if (button!.getAttribute('aria-expanded') !== 'true') {
    button!.click();
    await el.updateComplete;
  }
  const table = root(el).querySelector('table');
  expect(table, 'a table once the show-data button is pressed').to.exist;
  return table!;
}

async function checkTable(el: CifraElement, doc: Json, lang: Lang, about: string): Promise<void> {
  const table = await openTable(el);
  const want = expectedTable(doc, lang);
  expect([...table.querySelectorAll('thead th')].map(text), `${about}: table header`).to.deep.equal(want.head);
  // The table pages by 100 rows: read every page, then come back to the first.
  const rows: string[][] = [];
  const pagerButtons = () => [...root(el).querySelectorAll<HTMLButtonElement>('.pager button')];
  let turned = 0;
  for (;;) {
    rows.push(...[...root(el).querySelectorAll('table tbody tr')].map((tr) => [...tr.children].map(text)));
    const next = pagerButtons()[1];
    if (!next || next.disabled || turned > want.rows.length / 100 + 1) break;
    next.click();
    await el.updateComplete;
    turned++;
  }
  for (let i = 0; i < turned; i++) {
    pagerButtons()[0]!.click();
    await el.updateComplete;
  }
  expect(rows.length, `${about}: one row per period of the span`).to.equal(want.rows.length);
  expect(rows, `${about}: table rows`).to.deep.equal(want.rows);
}

// ---------------------------------------------------------------------------------
// What the compact elements state.

function checkRate(el: CifraElement, doc: Json, lang: Lang, about: string): void {
  const p = latest((doc['series'] as Json[])[0]!);
  const value = root(el).querySelector('[part="value"]');
  if (!p) {
    expect(value, `${about}: no value when the first series has none`).to.equal(null);
    expect(shadowText(el), `${about}: says there is no data`).to.include(NO_DATA[lang]);
    return;
  }
  expect(text(value), `${about}: the latest value (${p.period.text})`).to.equal(fmtValue(p.value!, unitOf(doc), lang, decimalsOf(doc)));
}

function checkBadge(el: CifraElement, doc: Json, lang: Lang, about: string): void {
  const r = expectedRank(doc, lang);
  const rank = root(el).querySelector('[part="rank"]');
  if (!r) {
    expect(text(rank), `${about}: no rank when the first series has no value`).to.equal(NO_DATA[lang]);
    return;
  }
  expect(text(rank?.querySelector('span:not(.medal)')), `${about}: the rank in words`).to.equal(r.phrase);
  const medal = rank?.querySelector('.medal');
  // Medals are opt-in (the generated badges never set `medal`).
  expect(medal, `${about}: no medal without the medal attribute`).to.equal(null);
  const unit = unitWords(doc['unit'] as Json, lang);
  const value = fmtValue(r.value, unitOf(doc), lang, decimalsOf(doc));
  const summary = text(root(el).querySelector('[part="summary"]'));
  expect(summary, `${about}: the summary names the period`).to.include(periodShort(r.period, lang));
  expect(summary.endsWith(norm(`: ${value} ${unit}`)), `${about}: the summary ends with the value: "${summary}" vs "${value} ${unit}"`).to.equal(true);
}

/** Everything a valid series document must show, on each element. */
async function checkDocument(m: Mounted, doc: Json, lang: Lang, about: string): Promise<void> {
  const el = m.el;
  const tag = el.localName as Tag;
  if (tag === 'crime-rate-trend') {
    checkGeometry(el, about);
    checkLines(el, doc, about);
    await checkTable(el, doc, lang, about);
    noPageErrors(`${about}, table open`);
  } else if (tag === 'rate-per-100k') checkRate(el, doc, lang, about);
  else checkBadge(el, doc, lang, about);
}

/**
 * A generated document given to an element: refused (E_SCHEMA naming each bad path) exactly
 * when it breaks a rule. With `mayRefuseToDraw`, a chart may also refuse a valid document
 * whose values span more than a double can scale (E_RENDER: valid, but it cannot be drawn).
 */
async function checkGenerated(m: Mounted, doc: Json, input: unknown, lang: Lang, answered: boolean, mayRefuseToDraw = false): Promise<void> {
  const about = `<${m.el.localName} lang=${lang}> given ${describe_(input)}`;
  const { status, code, detail } = checkShown(m, input, answered);
  const refused = refusals(doc);
  if (refused.length === 0 && mayRefuseToDraw && status === 'error' && m.el.localName === 'crime-rate-trend') {
    expect(code, `${about}: refused as a drawing problem`).to.equal('E_RENDER');
    if (detail) expect(detail.problems, `${about}: a valid document names no path`).to.equal(undefined);
    return;
  }
  if (refused.length === 0) {
    expect(status, `${about}: a valid document is shown (${shadowText(m.el).slice(0, 300)})`).to.equal('ready');
    await checkDocument(m, doc, lang, about);
    return;
  }
  expect(status, `${about}: refused for ${refused.join(', ')}`).to.equal('error');
  expect(code, about).to.equal('E_SCHEMA');
  if (!detail) return;
  const paths = (detail?.problems ?? []).map((p) => p.path);
  const named = paths.includes('$') ? [] : refused.slice(0, 40).filter((p) => !paths.includes(p));
  if (paths.length < 50) expect(named, `${about}: every broken rule is named; problems: ${paths.join(', ')}`).to.deep.equal([]);
}

/** Where two renderings first differ, with a few lines around it. */
function firstDifference(a: string, b: string): string {
  const la = a.split('\n');
  const lb = b.split('\n');
  const i = la.findIndex((line, k) => line !== lb[k]);
  const at = i < 0 ? la.length : i;
  return `line ${at + 1}:\n  was: ${la.slice(Math.max(0, at - 1), at + 2).join('\n       ')}\n  now: ${lb.slice(Math.max(0, at - 1), at + 2).join('\n       ')}`;
}

function untouched(input: unknown, before: unknown, about: string): void {
  expect(sameValue(input, before), `${about}: the input was mutated`).to.equal(true);
}

function reused(): Record<Tag, Mounted> {
  return Object.fromEntries(TAGS.map((tag) => [tag, mount(tag)])) as Record<Tag, Mounted>;
}

const langArb = fc.constantFrom<Lang>('es', 'en');

// =================================================================================

describe('fuzz: any value as data', () => {
  it('for any JSON value, JSON text or string: exactly one of content or error, nothing reaches the page, input untouched', async function () {
    budget(this, 80, 400);
    const els = reused();
    await fc.assert(fc.asyncProperty(anyDataArb, langArb, async (value, lang) => {
      for (const tag of TAGS) {
        const input = typeof value === 'object' && value !== null ? structuredClone(value) : value;
        const before = structuredClone(input);
        const answered = await present(els[tag], input, lang);
        const { status, code } = checkShown(els[tag], input, answered);
        untouched(input, before, tag);
        if (input === null) continue;
        let parsed: unknown = input;
        if (typeof input === 'string') {
          try {
            parsed = JSON.parse(input);
          } catch {
            expect(code, `<${tag}> given the string ${JSON.stringify(input)}`).to.equal('E_PARSE');
            continue;
          }
        }
        if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
          expect(status, `<${tag}> given ${describe_(input)}: not a document`).to.equal('error');
          expect(code).to.equal('E_SCHEMA');
        }
      }
    }), params(80));
  });

  it('valid documents broken at random places (any JSON, NaN, ±Infinity, −0, undefined, __proto__ keys): one of content or error, input untouched', async function () {
    budget(this, 60, 500);
    const els = reused();
    const arb = fc.tuple(docArb({ maxSeries: 3 }), fc.array(mutationArb, { minLength: 1, maxLength: 4 }), langArb, fc.boolean());
    await fc.assert(fc.asyncProperty(arb, async ([doc, mutations, lang, frozen]) => {
      for (const tag of TAGS) {
        const input = mutate(doc, mutations);
        const before = structuredClone(input);
        if (frozen) deepFreeze(input);
        const answered = await present(els[tag], input, lang);
        const { status, code, detail } = checkShown(els[tag], input, answered);
        untouched(input, before, tag);
        if (status === 'error') {
          expect(code, `<${tag}> given ${describe_(input)}`).to.equal('E_SCHEMA');
          if (detail) expect(detail.problems?.length ?? 0, `<${tag}> given ${describe_(input)}: names its problems (none: a rendering bug was caught)`).to.be.greaterThan(0);
        }
        if (status === 'ready' && tag === 'crime-rate-trend') checkGeometry(els[tag].el, `<${tag}> given ${describe_(input)}`);
      }
    }), params(60));
  });
});

// =================================================================================

describe('fuzz: generated series documents', () => {
  it('rate/count/percent series with nulls, ±0, 1e-12…2^53−1, NaN, ±Infinity, duplicate and shuffled periods, long and RTL labels: shown exactly when valid, with finite coordinates inside the viewBox, the table of the valid points, the latest value and the rank', async function () {
    budget(this, 50, 800);
    const els = reused();
    const arb = fc.tuple(docArb({ invalid: true, duplicates: true }), langArb, fc.boolean());
    await fc.assert(fc.asyncProperty(arb, async ([doc, lang, frozen]) => {
      for (const tag of TAGS) {
        const input = structuredClone(doc);
        const before = structuredClone(input);
        if (frozen) deepFreeze(input);
        const answered = await present(els[tag], input, lang);
        await checkGenerated(els[tag], doc, input, lang, answered);
        untouched(input, before, tag);
      }
    }), params(50));
  });

  it('a single series: the summary runs from the first to the last valid value (in period order), and the headline states the change between them', async function () {
    budget(this, 40, 600);
    const m = mount('crime-rate-trend');
    await fc.assert(fc.asyncProperty(docArb({ maxSeries: 1 }), langArb, async (doc, lang) => {
      const answered = await present(m, structuredClone(doc), lang);
      const about = `<crime-rate-trend lang=${lang}> given ${describe_(doc)}`;
      expect(checkShown(m, doc, answered).status, about).to.equal('ready');
      const unit = unitOf(doc);
      const decimals = decimalsOf(doc);
      const summary = text(root(m.el).querySelector('[part="summary"]'));
      const headline = root(m.el).querySelector('[part="headline"]');
      const ex = extremes((doc['series'] as Json[])[0]!);
      if (!ex) {
        expect(summary, `${about}: no change to state with fewer than two values`).to.equal('');
        expect(headline, about).to.equal(null);
        return;
      }
      const from = fmtValue(ex.first.value!, unit, lang, decimals);
      const to = fmtValue(ex.last.value!, unit, lang, decimals);
      const lower = summary.toLocaleLowerCase(lang);
      if (from === to) {
        expect(summary, `${about}: stayed at ${to}`).to.include(lang === 'es' ? ` en ${to}` : ` at ${to}`);
      } else {
        expect(summary, `${about}: from ${from} to ${to}`).to.include(lang === 'es' ? ` de ${from} a ${to}` : ` from ${from} to ${to}`);
        const up = ex.last.value! > ex.first.value!;
        expect(lower, `${about}: the direction`).to.include(lang === 'es' ? (up ? 'subió' : 'bajó') : up ? 'rose' : 'fell');
      }
      const between = lang === 'es'
        ? `entre ${periodLong(ex.first.period, lang)} y ${periodLong(ex.last.period, lang)}`
        : `between ${periodLong(ex.first.period, lang)} and ${periodLong(ex.last.period, lang)}`;
      expect(summary, `${about}: the periods`).to.include(between);
      const change = fmtChange(ex.first.value!, ex.last.value!, lang);
      if (change === null) {
        expect(headline, `${about}: no headline for a change from zero`).to.equal(null);
      } else {
        const a = periodShort(ex.first.period, lang);
        const b = periodShort(ex.last.period, lang);
        expect(text(headline), `${about}: headline`).to.equal(lang === 'es' ? `${change} de ${a} a ${b}` : `${change} from ${a} to ${b}`);
      }
    }), params(40));
  });

  it('the result does not depend on the order of the observations (or of the document\'s keys)', async function () {
    budget(this, 30, 1200);
    const els = reused();
    const arb = docArb({ maxSeries: 3 }).chain((doc) => fc.tuple(fc.constant(doc), shuffledArb(doc), langArb));
    const strip = (html: string) => html.replace(/<!--[\s\S]*?-->/g, '');
    const snapshot = async (m: Mounted): Promise<string> => {
      const r = root(m.el);
      if (m.el.localName !== 'crime-rate-trend') return strip(r.innerHTML);
      await openTable(m.el);
      await quiet(m.el);
      return ['[part="chart"] > svg', '[part="summary"]', '[part="headline"]', 'table', '.legend']
        .map((s) => strip(r.querySelector(s)?.outerHTML ?? `(no ${s})`)).join('\n');
    };
    await fc.assert(fc.asyncProperty(arb, async ([doc, shuffled, lang]) => {
      for (const tag of TAGS) {
        const m = els[tag];
        await present(m, structuredClone(doc), lang);
        expect(m.el.status, `<${tag}> given ${describe_(doc)}`).to.equal('ready');
        const a = await snapshot(m);
        const answered = await present(m, structuredClone(shuffled), lang);
        checkShown(m, shuffled, answered);
        const b = await snapshot(m);
        if (a !== b) expect.fail(`<${tag} lang=${lang}>: the same document with its observations in another order (${describe_(shuffled)}) looks different, at ${firstDifference(a, b)}`);
      }
    }), params(30));
  });

  it('fresh elements, data given before or after connecting, as an object, a JSON string or an inline script, at 320–800 px: one answer, the same checks', async function () {
    budget(this, 15, 2000);
    const arb = fc.tuple(
      docArb({ invalid: true, duplicates: true, maxSeries: 3 }),
      langArb,
      fc.constantFrom('object', 'string', 'inline', 'later'),
      fc.constantFrom(320, 480, 800),
    );
    await fc.assert(fc.asyncProperty(arb, async ([doc, lang, how, width]) => {
      // JSON has no NaN or ±Infinity (they become null) and no −0: the string and inline
      // forms carry that document.
      const asJson = how === 'string' || how === 'inline';
      const effective = asJson ? (JSON.parse(JSON.stringify(doc)) as Json) : doc;
      for (const tag of TAGS) {
        const input = asJson ? JSON.stringify(doc) : structuredClone(doc);
        const before = structuredClone(input);
        const m = mount(tag, (el) => {
          el.setAttribute('lang', lang);
          if (how === 'object' || how === 'string') el.data = input;
          if (how === 'inline') {
            const script = document.createElement('script');
            script.type = 'application/json';
            script.textContent = input as string;
            el.append(script);
          }
        });
        m.container.style.width = `${width}px`;
        if (how === 'later') {
          await m.el.updateComplete;
          expect(m.el.status, 'loading before any data').to.equal('loading');
          m.el.data = input;
        }
        await waitFor(() => m.events.length > 0, `<${tag}> to answer (${how})`);
        await quiet(m.el);
        await checkGenerated(m, effective, input, lang, true);
        untouched(input, before, tag);
        m.container.remove();
      }
    }), params(15));
  });
});

// =================================================================================

describe('fuzz: rates from count and population', () => {
  const rateDoc = (count: number, population: number, per: number, value: number | undefined): Json => ({
    schema: 1,
    title: { es: 'Homicidios dolosos', en: 'Intentional homicides' },
    unit: { type: 'rate', per },
    series: [{ geo: { level: 'state', code: '01', name: 'Aguascalientes' }, observations: [{ period: '2020', count, population, ...(value === undefined ? {} : { value }) }] }],
    sources: [{ name: 'INEGI' }],
  });

  it('<rate-per-100k> shows count ÷ population × per at one decimal, its inputs on demand, and refuses a value that disagrees', async function () {
    budget(this, 40, 300);
    const m = mount('rate-per-100k');
    const arb = fc.tuple(
      fc.oneof(fc.integer({ min: 0, max: 1_000_000 }), fc.constantFrom(0, 1, 1e12, Number.MAX_SAFE_INTEGER)),
      fc.oneof(fc.integer({ min: 1, max: 200_000_000 }), fc.double({ min: 0.5, max: 1e9, noNaN: true }), fc.constantFrom(0.5, 1, 1e-3, 1425607)),
      fc.constantFrom(1000, 10000, 100000, 1000000),
      fc.constantFrom('omitted', 'agrees', 'disagrees'),
      langArb,
    );
    await fc.assert(fc.asyncProperty(arb, async ([count, population, per, stated, lang]) => {
      const computed = (count / population) * per;
      const value = stated === 'omitted' ? undefined : stated === 'agrees' ? computed : computed * 1.5 + 1;
      const doc = rateDoc(count, population, per, value);
      const answered = await present(m, doc, lang);
      const about = `<rate-per-100k lang=${lang}> given ${describe_(doc)}`;
      const { status, detail } = checkShown(m, doc, answered);
      if (stated === 'disagrees') {
        expect(status, `${about}: a value that disagrees with count ÷ population × per`).to.equal('error');
        expect((detail?.problems ?? []).map((p) => p.path), about).to.include('$.series[0].observations[0].value');
        return;
      }
      expect(status, about).to.equal('ready');
      expect(text(root(m.el).querySelector('[part="value"]')), `${about}: ${count} ÷ ${population} × ${per}`).to.equal(fmtNumber(computed, lang, 1));
      const details = text(root(m.el).querySelector('details'));
      expect(details, `${about}: the count`).to.include(fmtNumber(count, lang, 0));
      expect(details, `${about}: the population`).to.include(fmtNumber(population, lang, Number.isInteger(population) ? 0 : 1));
    }), params(40));
  });
});

// =================================================================================
// Finite numbers far beyond (or below) any statistic, and crowded end labels. DESIGN §2 asks
// only that numbers be finite, so these documents are valid and must be drawn (or refused)
// without breaking the chart or writing "NaN" or "Infinity". Each property below isolates one
// defect found by this fuzzing (the general properties above keep clear of it), so that
// `npm test` names it with a small counterexample. The BUG notes describe src/ at commit
// 6c8ac27, where each of these properties failed on (nearly) every run.

describe('fuzz: extreme magnitudes and crowded labels', () => {
  // BUG (found by this property on the first runs of any seed; e.g. seed -1887107275, path
  // "1:0:0:0:0:1:1:2:0:0:1:0:0:0:0:0:0:0:0:0:0:0:0:0:0:0:0"): counterexample at 480 px
  //   {"schema":1,"title":…,"unit":{"type":"rate","per":1000},"series":[{"observations":[{"period":"2019-03","value":1e+100}]}],"sources":[…]}
  // → <line class="grid"> x1 = 944, outside the viewBox [0, 456] (1e300: x1 = 2813; 1e47:
  // the plot is squeezed to x 447–457, x2 = 457). The y-axis labels are written out in full
  // ("10,000,000,…", 133 characters for 1e100; float noise shows: "29,999,999,999,999,997,000,…"
  // for 3e47), the left margin is 6 + 7 px per character, and the plot (clamped to 10 px) is
  // pushed past the right edge: line, grid and markers are drawn outside the chart.
  it('<crime-rate-trend> with values from 1e16 to Number.MAX_VALUE: finite coordinates inside the viewBox, and the table of the valid points', async function () {
    budget(this, 25, 800);
    const m = mount('crime-rate-trend');
    await fc.assert(fc.asyncProperty(docArb({ magnitudes: 'huge', units: ['rate', 'count'], maxSeries: 2 }), langArb, async (doc, lang) => {
      const answered = await present(m, structuredClone(doc), lang);
      // Refusing to draw is fair only for a span a double can hardly hold.
      await checkGenerated(m, doc, doc, lang, answered, valueSpan(doc) > 1e307);
    }), params(25));
  });

  // BUG (found by the single-series property in a 500-run `npm run fuzz`, seed -1243920378,
  // path "251:10:0:0:1:0:0:0:1:0:0:0:0:0:0:0:0:0:0:0:0:0:0:0:0:0:0:0"):
  // counterexample {"schema":1,"title":…,"unit":{"type":"percent"},"decimals":4,
  //   "series":[{"observations":[{"period":"2022-Q2","value":5e-324}]}],"sources":[…]}:
  // the chart writes d="MNaN,-InfinityZ", <circle cx="NaN" cy="-Infinity">, baseline
  // x1="-Infinity", tick marks x1="NaN", and no y axis, whenever the largest value is
  // subnormal (below 2.2e-308: 1e-310, 5e-324). d3's ticks() gives no tick for such a
  // domain, and the left margin, 6 + 7 × the longest tick label (Math.max() of nothing),
  // becomes −Infinity. On the current src this property fails on its first run, e.g. seed
  // -1164035668: {"unit":{"type":"rate","per":1000},"series":[{"observations":[{"period":"2024","value":1e-310}]}],…}
  // → <line class="tick-mark" x1="NaN">.
  it('<crime-rate-trend> with subnormal values (5e-324 … 2.2e-308): finite coordinates inside the viewBox, and the table of the valid points', async function () {
    budget(this, 25, 800);
    const m = mount('crime-rate-trend');
    const arb = docArb({ magnitudes: 'subnormal', units: ['rate', 'percent'], maxSeries: 2 }).map((doc) => {
      delete doc['reference'];
      return doc;
    });
    await fc.assert(fc.asyncProperty(arb, langArb, async (doc, lang) => {
      const answered = await present(m, structuredClone(doc), lang);
      await checkGenerated(m, doc, doc, lang, answered);
    }), params(25));
  });

  // BUG (found by this property, on the first run of any seed): counterexample
  //   {"schema":1,"title":…,"unit":{"type":"rate","per":1000},"series":[{"observations":[{"period":"2008","value":1e-20}]}],…}
  // every y-axis label reads "0.0000" (11 times): tick labels have at most 4 decimals, so
  // the ticks of a domain below 0.0001 all look alike. The same with 1e-12 next to 0 (a
  // value the general properties use): "0.0%" … "0.0%".
  it('<crime-rate-trend> with values from 1e-20 to 1e-300: finite coordinates inside the viewBox, distinct y-axis labels, the table of the valid points', async function () {
    budget(this, 25, 800);
    const m = mount('crime-rate-trend');
    const arb = docArb({ magnitudes: 'tiny', units: ['rate', 'percent'], maxSeries: 2 }).map((doc) => {
      delete doc['reference'];
      return doc;
    }).filter((doc) => valueSpan(doc) >= 2.2250738585072014e-308);
    await fc.assert(fc.asyncProperty(arb, langArb, async (doc, lang) => {
      const answered = await present(m, structuredClone(doc), lang);
      await checkGenerated(m, doc, doc, lang, answered);
      const ticks = [...root(m.el).querySelectorAll('.axis text.tick[text-anchor="end"]')].map(text);
      expect(new Set(ticks).size, `<crime-rate-trend lang=${lang}> given ${describe_(doc)}: the y-axis labels ${JSON.stringify(ticks)} are distinct`).to.equal(ticks.length);
    }), params(25));
  });

  // Found by this property (seed 96241249, path "0:1:1:1:1"): count 1e300, population 5e-324,
  // per 1000 gave count ÷ population × per = Infinity, yet the document passed the validator
  // with `value: Infinity`, and with "value": 17 it passed too (the agreement tolerance
  // 1e-9 × |computed| was Infinity). Fixed in 6c8ac27 ("a computed rate must be finite"); kept.
  it('<rate-per-100k> with count and population at the limits of double precision: a finite rate is shown, an overflowing one refused, never "Infinity"', async function () {
    budget(this, 25, 300);
    const m = mount('rate-per-100k');
    const arb = fc.tuple(
      fc.constantFrom(0, 1, 1e15, 1e300, Number.MAX_VALUE),
      fc.constantFrom(5e-324, 1e-300, 1e-10, 1, 1e300),
      fc.constantFrom(1000, 100000, 1000000),
      fc.boolean(),
      langArb,
    );
    await fc.assert(fc.asyncProperty(arb, async ([count, population, per, withValue, lang]) => {
      const computed = (count / population) * per;
      const doc: Json = {
        schema: 1,
        title: 'Homicidios dolosos',
        unit: { type: 'rate', per },
        series: [{ observations: [{ period: '2020', count, population, ...(withValue ? { value: 17 } : {}) }] }],
        sources: [{ name: 'INEGI' }],
      };
      const answered = await present(m, doc, lang);
      const about = `<rate-per-100k lang=${lang}> given count ${count}, population ${population}, per ${per}${withValue ? ', value 17' : ''} (count ÷ population × per = ${computed})`;
      const { status } = checkShown(m, doc, answered);
      const agrees = Number.isFinite(computed) && Math.abs(17 - computed) <= 0.05 + 1e-9 * Math.max(1, Math.abs(computed));
      if (!Number.isFinite(computed) || (withValue && !agrees)) {
        expect(status, `${about}: DESIGN §2 "all numbers finite": a rate that overflows, or a value that disagrees with it, is refused`).to.equal('error');
      } else {
        expect(status, about).to.equal('ready');
        expect(text(root(m.el).querySelector('[part="value"]')), about).to.equal(fmtNumber(withValue ? 17 : computed, lang, 1));
      }
    }), params(25));
  });

  // BUG (found by the series property in a 500-run `npm run fuzz`, seed -309413278, and by this
  // property within its first ~25 runs; e.g. seed -1692239310, path "22:2:1:1:1:2:2:2:2:2:2:3:4:4:4:4:2:2"):
  // counterexample at 480 px, four series {"id":"s1"…"s4","label":"A","observations":[{"period":"2010","value":0}]}:
  // the end labels of lines that end at the same height are pushed 14 px apart, downwards
  // only and never back into the plot: the 4th label sits at y = 385.6 in a viewBox 367.6
  // high, over the x-axis labels and below the chart. (The general properties above allow
  // end labels that much slack, so that they stay about everything else.)
  it('<crime-rate-trend> with 2–5 series ending at nearly the same value: the end labels stay inside the viewBox', async function () {
    budget(this, 25, 800);
    const m = mount('crime-rate-trend');
    // Lines that end together: a shared last value (at the bottom, middle or top) plus a small
    // offset each; earlier values anywhere.
    const seriesArb = fc.record({
      label: fc.constantFrom('A', 'MX', 'Nacional', 'Yucatán', 'CDMX', 'Jalisco'),
      before: fc.array(fc.constantFrom(0, 1, 50, 100), { maxLength: 4 }),
      offset: fc.constantFrom(0, 0.1, 0.2),
    });
    const arb = fc.tuple(
      fc.array(seriesArb, { minLength: 2, maxLength: 5, size: 'max' }),
      fc.constantFrom(0, 0, 50, 99.8),
      fc.constantFrom('rate', 'percent'),
      langArb,
    ).map(([list, end, unit, lang]) => [{
      schema: 1,
      title: { es: 'Homicidios dolosos', en: 'Intentional homicides' },
      unit: unit === 'rate' ? { type: 'rate', per: 100000 } : { type: 'percent' },
      series: list.map((s, i) => ({
        id: `s${i + 1}`,
        label: s.label,
        observations: [...s.before, end + s.offset].map((value, k) => ({ period: String(2010 + k), value })),
      })),
      sources: [{ name: 'SESNSP' }],
    } as Json, lang] as const);
    await fc.assert(fc.asyncProperty(arb, async ([doc, lang]) => {
      const answered = await present(m, structuredClone(doc), lang);
      const about = `<crime-rate-trend lang=${lang}> given ${describe_(doc)}`;
      expect(checkShown(m, doc, answered).status, about).to.equal('ready');
      checkGeometry(m.el, about, 'strict');
    }), params(25));
  });
});
