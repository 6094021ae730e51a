// Numeric attributes are properties too (DESIGN §1, end). React 19 and Preact set
// `rank={1}` as a property, so each of rank, out-of, count, population, per, reference,
// decimals and timeout accepts a number or a numeric string; anything else (an object,
// "abc", NaN, Infinity, true, "") is a visible, localized E_SCHEMA error naming the
// attribute, with a cifra-error, and never an exception that reaches the page.
import { expect, waitUntil } from '@open-wc/testing';
import type { CifraElement } from '../../src/base/cifra-element.js';
import { errorDetail, key, mount, requestCount, settled, shadowText, sleep, unmountAll, validDoc, visibleText, type Mounted, type Tag } from './helpers.js';

const pageErrors: unknown[] = [];
window.addEventListener('error', (e) => pageErrors.push(e.error ?? e.message));
window.addEventListener('unhandledrejection', (e) => pageErrors.push(e.reason));

afterEach(() => {
  unmountAll();
  expect(pageErrors.splice(0), 'errors that reached the page').to.deep.equal([]);
});

const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const part = (el: Element, selector: string) => el.shadowRoot!.querySelector(selector);
/** Each problem as shown (the path in its `<code>`, without its spoken twin). */
const visibleProblems = (el: Element) => [...el.shadowRoot!.querySelectorAll('[part="error"] li')].map((li) => visibleText(li));
const value = (el: Element) => visibleText(part(el, '[part~="value"]'));

/** The rank as shown, without the medal (its spoken form is checked by the transcript tests). */
function rankText(el: Element): string {
  const copy = part(el, '[part~="rank"]')?.cloneNode(true) as Element | undefined;
  if (!copy) return '';
  for (const medal of copy.querySelectorAll('.medal')) medal.remove();
  return visibleText(copy);
}

/** Mounts an element whose properties are set before it is connected, as React and Preact do. */
async function withProps(tag: Tag, props: Record<string, unknown>, lang = 'en'): Promise<Mounted> {
  const m = mount(tag, (el) => { Object.assign(el, props); }, lang);
  if (tag === 'crime-rate-trend') {
    // A chart is `ready` once drawn, a frame after its size is known.
    await waitUntil(() => m.el.getAttribute('status') !== 'loading', `${tag} stayed loading`, { timeout: 8000 });
  }
  await settled(m.el);
  return m;
}

const RATE = { count: 2567, population: 3359934 };
/** 2,567 homicides among 3,359,934 inhabitants, per 100,000: 76.40…, computed here. */
const rate = (per = 100000) => (2567 / 3359934) * per;
const fixed = (v: number, decimals: number) => new Intl.NumberFormat('en', { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(v);

describe('numeric properties accept numbers', () => {
  it('<ranking-badge>: el.rank = 1 and el.outOf = 32 show "1st of 32" (today: TypeError, stuck loading)', async () => {
    const m = await withProps('ranking-badge', { rank: 1, outOf: 32 });
    expect(m.el.status).to.equal('ready');
    expect(m.el.getAttribute('status')).to.equal('ready');
    expect(m.events.map((e) => e.type)).to.deep.equal(['cifra-ready']);
    expect(rankText(m.el)).to.equal('1st of 32');
  });

  it('<ranking-badge> in Spanish: "3.º lugar de 32"', async () => {
    const m = await withProps('ranking-badge', { rank: 3, outOf: 32 }, 'es');
    expect(rankText(m.el)).to.equal('3.º lugar de 32');
  });

  it('<rate-per-100k>: el.count = 2567 and el.population = 3359934 show 76.4', async () => {
    const m = await withProps('rate-per-100k', RATE);
    expect(m.el.status).to.equal('ready');
    expect(value(m.el)).to.equal(fixed(rate(), 1));
    expect(value(m.el)).to.equal('76.4');
  });

  it('<rate-per-100k>: el.per = 1000 and el.decimals = 2 as numbers', async () => {
    const m = await withProps('rate-per-100k', { ...RATE, per: 1000, decimals: 2 });
    expect(m.el.status).to.equal('ready');
    expect(value(m.el)).to.equal(fixed(rate(1000), 2));
    expect(norm(part(m.el, '[part~="summary"]')?.textContent)).to.include('per 1,000 inhabitants');
  });

  it('<rate-per-100k>: el.reference = 50 compares with 50.0', async () => {
    const m = await withProps('rate-per-100k', { ...RATE, reference: 50 });
    expect(norm(part(m.el, '.compare')?.textContent)).to.include('(50.0)');
  });

  it('<crime-rate-trend>: el.reference = 20 draws and says the reference line; el.decimals = 3', async () => {
    const m = await withProps('crime-rate-trend', { data: validDoc(), reference: 20, decimals: 3 });
    expect(m.el.status).to.equal('ready');
    expect(part(m.el, 'svg .reference line'), 'the reference line').to.exist;
    expect(norm(part(m.el, '#marks')?.textContent)).to.include('20.000');
    expect(norm(part(m.el, '[part~="summary"]')?.textContent)).to.include('22.900');
  });

  it('el.timeout = 300 (a number) times out after 0.3 s', async () => {
    const m = await withProps('rate-per-100k', { timeout: 300, src: `/_test/never?k=${key()}` });
    expect(m.el.status).to.equal('error');
    expect(errorDetail(m).code).to.equal('E_TIMEOUT');
    expect(shadowText(m.el)).to.include('0.3 seconds');
  });
});

describe('numeric properties accept numeric strings', () => {
  it('" 3 " and "32" as properties read as 3 and 32', async () => {
    const m = await withProps('ranking-badge', { rank: ' 3 ', outOf: '32' });
    expect(rankText(m.el)).to.equal('3rd of 32');
  });

  it('"2567", "3359934", "1e5" and decimals "2" as properties', async () => {
    const m = await withProps('rate-per-100k', { count: '2567', population: '3359934', per: '1e5', decimals: '2' });
    expect(m.el.status).to.equal('ready');
    expect(value(m.el)).to.equal(fixed(rate(), 2));
  });

  it('timeout="300" as an attribute still times out after 0.3 s', async () => {
    const m = mount('rate-per-100k', (el) => { el.setAttribute('timeout', '300'); el.setAttribute('src', `/_test/never?k=${key()}`); }, 'es');
    await settled(m.el);
    expect(errorDetail(m).code).to.equal('E_TIMEOUT');
    expect(shadowText(m.el)).to.include('0.3 segundos');
  });
});

// ---------------------------------------------------------------------------------
// Anything else is a visible error naming the attribute.

interface Case {
  readonly tag: Tag;
  /** The property, and the attribute that names it in the error. */
  readonly prop: string;
  readonly attr: string;
  /** Valid properties the element shows without the bad one. */
  readonly base: Record<string, unknown>;
}

const BADGE = { rank: 1, outOf: 32 };
const CASES: readonly Case[] = [
  { tag: 'ranking-badge', prop: 'rank', attr: 'rank', base: BADGE },
  { tag: 'ranking-badge', prop: 'outOf', attr: 'out-of', base: BADGE },
  { tag: 'ranking-badge', prop: 'decimals', attr: 'decimals', base: BADGE },
  { tag: 'ranking-badge', prop: 'timeout', attr: 'timeout', base: BADGE },
  { tag: 'rate-per-100k', prop: 'count', attr: 'count', base: RATE },
  { tag: 'rate-per-100k', prop: 'population', attr: 'population', base: RATE },
  { tag: 'rate-per-100k', prop: 'per', attr: 'per', base: RATE },
  { tag: 'rate-per-100k', prop: 'reference', attr: 'reference', base: RATE },
  { tag: 'rate-per-100k', prop: 'decimals', attr: 'decimals', base: RATE },
  { tag: 'rate-per-100k', prop: 'timeout', attr: 'timeout', base: RATE },
  { tag: 'crime-rate-trend', prop: 'reference', attr: 'reference', base: { data: validDoc() } },
  { tag: 'crime-rate-trend', prop: 'decimals', attr: 'decimals', base: { data: validDoc() } },
  { tag: 'crime-rate-trend', prop: 'timeout', attr: 'timeout', base: { data: validDoc() } },
];

const BAD: readonly { name: string; value: unknown; en: string; es: string }[] = [
  { name: 'an object', value: {}, en: 'must be a number', es: 'debe ser un número' },
  { name: '"abc"', value: 'abc', en: 'must be a number', es: 'debe ser un número' },
  { name: 'an empty string', value: '', en: 'must be a number', es: 'debe ser un número' },
  { name: '"1,234"', value: '1,234', en: 'must be a number', es: 'debe ser un número' },
  { name: 'true', value: true, en: 'must be a number', es: 'debe ser un número' },
  { name: 'NaN', value: NaN, en: 'must be a finite number', es: 'debe ser un número finito' },
  { name: 'Infinity', value: Infinity, en: 'must be a finite number', es: 'debe ser un número finito' },
];

async function expectAttributeError(m: Mounted, attr: string, text: string): Promise<void> {
  expect(m.el.status, shadowText(m.el).slice(0, 200)).to.equal('error');
  expect(m.el.getAttribute('status')).to.equal('error');
  const detail = errorDetail(m);
  expect(detail.code).to.equal('E_SCHEMA');
  expect(detail.problems?.map((p) => p.path)).to.include(attr);
  expect(visibleProblems(m.el)).to.include(`${attr}: ${text}`);
  expect(part(m.el, '[part="error"]')?.getAttribute('data-code')).to.equal('E_SCHEMA');
}

describe('a numeric property that is not a number is a visible E_SCHEMA error', () => {
  for (const c of CASES) {
    for (const bad of BAD) {
      it(`<${c.tag}> ${c.prop} = ${bad.name}: "${c.attr}: ${bad.en}"`, async () => {
        const m = await withProps(c.tag, { ...c.base, [c.prop]: bad.value });
        await expectAttributeError(m, c.attr, bad.en);
      });
    }
  }

  it('the message is in the element\'s language (es)', async () => {
    const m = await withProps('ranking-badge', { rank: {} }, 'es');
    await expectAttributeError(m, 'rank', 'debe ser un número');
    expect(shadowText(m.el)).to.include('No se puede mostrar esta estadística');
  });

  for (const [attr, bad] of [['decimals', 'abc'], ['timeout', 'abc'], ['decimals', ''], ['reference', 'alto']] as const) {
    it(`${attr}="${bad}" as an attribute in HTML: a visible error, not a silent NaN or 0 (es)`, async () => {
      const m = mount('rate-per-100k', (el) => { el.setAttribute('count', '2567'); el.setAttribute('population', '3359934'); el.setAttribute(attr, bad); }, 'es');
      await settled(m.el);
      await expectAttributeError(m, attr, 'debe ser un número');
    });
  }

  it('two bad properties: both are listed', async () => {
    const m = await withProps('ranking-badge', { rank: {}, outOf: 'abc' });
    expect(errorDetail(m).problems?.map((p) => p.path)).to.deep.equal(['rank', 'out-of']);
  });
});

describe('decimals and timeout out of range are errors, not silent fallbacks', () => {
  for (const decimals of [7, -1, 1.5, '5']) {
    it(`decimals = ${JSON.stringify(decimals)}: "decimals: must be a whole number from 0 to 4"`, async () => {
      const m = await withProps('rate-per-100k', { ...RATE, decimals });
      await expectAttributeError(m, 'decimals', 'must be a whole number from 0 to 4');
    });
  }

  for (const timeout of [0, -5, '0']) {
    it(`timeout = ${JSON.stringify(timeout)}: "timeout: must be greater than zero", and nothing is requested`, async () => {
      const k = key();
      const m = await withProps('rate-per-100k', { timeout, src: `/_test/doc.json?k=${k}` });
      await expectAttributeError(m, 'timeout', 'must be greater than zero');
      await sleep(100);
      expect(await requestCount(k)).to.equal(0);
    });
  }
});

describe('fixing a bad numeric property shows the element', () => {
  it('<ranking-badge>: rank {} → 2 shows "2nd of 32"; events error then ready', async () => {
    const m = await withProps('ranking-badge', { rank: {}, outOf: 32 });
    expect(m.el.status).to.equal('error');
    (m.el as CifraElement & { rank: unknown }).rank = 2;
    await waitUntil(() => m.el.status === 'ready', 'ready after the fix');
    await m.el.updateComplete;
    expect(rankText(m.el)).to.equal('2nd of 32');
    expect(m.events.map((e) => e.type)).to.deep.equal(['cifra-error', 'cifra-ready']);
  });

  it('a document (not shorthand) with decimals "abc" → 2 is shown again, at 2 decimals', async () => {
    const m = await withProps('rate-per-100k', { data: validDoc(), decimals: 'abc' });
    expect(m.el.status).to.equal('error');
    (m.el as CifraElement & { decimals: unknown }).decimals = 2;
    await waitUntil(() => m.el.status === 'ready', 'ready after the fix');
    await m.el.updateComplete;
    expect(value(m.el)).to.equal('17.00');
  });

  it('src with timeout "abc" → 5000 loads the document', async () => {
    const k = key();
    const m = await withProps('rate-per-100k', { timeout: 'abc', src: `/_test/doc.json?k=${k}` });
    expect(m.el.status).to.equal('error');
    expect(await requestCount(k)).to.equal(0);
    (m.el as CifraElement & { timeout: unknown }).timeout = 5000;
    await waitUntil(() => m.el.status === 'ready', 'ready after the fix');
    expect(await requestCount(k)).to.equal(1);
  });

  it('a good value made bad after render turns into the error (and back)', async () => {
    const m = await withProps('rate-per-100k', RATE);
    expect(m.el.status).to.equal('ready');
    const el = m.el as CifraElement & { population: unknown };
    el.population = { n: 3359934 };
    await waitUntil(() => m.el.status === 'error', 'error after the bad value');
    expect(visibleProblems(m.el)).to.include('population: must be a number');
    el.population = '3359934';
    await waitUntil(() => m.el.status === 'ready', 'ready again');
    expect(value(m.el)).to.equal('76.4');
    expect(m.events.map((e) => e.type)).to.deep.equal(['cifra-ready', 'cifra-error', 'cifra-ready']);
  });
});
