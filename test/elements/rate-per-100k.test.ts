// <rate-per-100k> as its readers observe it: the figure read as one sentence, how it
// is calculated, the change against the previous period, comparisons, the shorthand
// attributes and their errors, language, theme and accessibility. Expected numbers
// are computed here from the documents' counts and populations, never read back
// from the component.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { RatePer100k } from '../../src/elements/rate-per-100k/rate-per-100k.js';
import { errorDetail, key, mount, settled, shadowText, unmountAll, type Mounted, shownText } from './helpers.js';
/** The text a sighted reader sees (without spoken twins): helpers.shownText. */
const shown = (n: Node | null | undefined): string => (n ? shownText(n) : '');

type Rate = RatePer100k;
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const pageErrors: unknown[] = [];
window.addEventListener('error', (e) => pageErrors.push(e.error ?? e.message));
window.addEventListener('unhandledrejection', (e) => pageErrors.push(e.reason));

afterEach(() => {
  unmountAll();
  expect(pageErrors.splice(0), 'errors that reached the page').to.deep.equal([]);
});

// ---------------------------------------------------------------------------------
// Independent arithmetic and formatting.

async function demo(name: string): Promise<Json> {
  const r = await fetch(`/demo/data/${name}`);
  expect(r.ok, `/demo/data/${name}`).to.equal(true);
  return (await r.json()) as Json;
}

const LOCALE = { es: 'es-MX', en: 'en' } as const;

/** A number with exactly `decimals` digits in the locale's conventions (es-MX: 1,234.5). */
function fmt(value: number, lang: 'es' | 'en', decimals = 1): string {
  return new Intl.NumberFormat(LOCALE[lang], { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(value);
}

/** "−16 %", "+54 %": whole percent, U+2212 for a fall. */
function fmtChange(from: number, to: number): string {
  const p = Math.round(((to - from) / Math.abs(from)) * 100);
  return `${p < 0 ? '\u2212' : p > 0 ? '+' : ''}${Math.abs(p)} %`;
}

const per100k = (count: number, population: number) => (count / population) * 100000;

/** count and population of one observation of a demo document's series (by geo code). */
function inputs(doc: Json, code: string, period: string): { count: number; population: number; rate: number } {
  const s = (doc['series'] as Json[]).find((x) => x['geo']?.['code'] === code || x['id'] === code);
  expect(s, `series ${code}`).to.exist;
  const o = (s!['observations'] as Json[]).find((x) => x['period'] === period);
  expect(o, `${code} ${period}`).to.exist;
  const count = o!['count'] as number;
  const population = o!['population'] as number;
  return { count, population, rate: per100k(count, population) };
}

// ---------------------------------------------------------------------------------
// Reading the element.

const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

function part(el: Element, selector: string): Element | null {
  return el.shadowRoot!.querySelector(selector);
}

/** The one paragraph a screen reader reads as the sentence of the figure. */
function sentence(el: Element): string {
  const summaries = el.shadowRoot!.querySelectorAll('[part~="summary"]');
  expect(summaries.length, 'exactly one part="summary"').to.equal(1);
  expect(summaries[0]!.localName, 'the summary is one paragraph').to.equal('p');
  return norm(shown(summaries[0]));
}

function changeText(el: Element): string {
  return norm(shown(part(el, '.change')));
}

function compareText(el: Element): string {
  return norm(shown(part(el, '.compare')));
}

async function mountDoc(doc: unknown, opts: { lang?: string; attrs?: Record<string, string> } = {}): Promise<Mounted<Rate>> {
  const m = mount<Rate>('rate-per-100k', (el) => {
    for (const [k, v] of Object.entries(opts.attrs ?? {})) el.setAttribute(k, v);
    el.data = doc;
  }, opts.lang);
  await settled(m.el);
  expect(m.el.status, 'status').to.equal('ready');
  return m;
}

async function mountShorthand(attrs: Record<string, string>, lang = 'es'): Promise<Mounted<Rate>> {
  const m = mount<Rate>('rate-per-100k', (el) => {
    for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  }, lang);
  await settled(m.el);
  return m;
}

const NATIONAL_2008 = { count: 13628, population: 106682518 };
const SHORTHAND = { count: '13628', population: '106682518', period: '2008', place: 'México', label: 'homicidios', source: 'INEGI' };

function without(attrs: Record<string, string>, name: string): Record<string, string> {
  const copy = { ...attrs };
  delete copy[name];
  return copy;
}

function visibleProblems(el: Element): string[] {
  return [...el.shadowRoot!.querySelectorAll('[part="error"] li')].map((li) => norm(shown(li)));
}

// =================================================================================

describe('<rate-per-100k> the figure as one sentence', () => {
  it('the national 2008 rate reads as one paragraph, in order (es)', async () => {
    const doc = await demo('national-homicide-1990-2008.json');
    const m = await mountDoc(doc, { lang: 'es' });
    const rate = per100k(NATIONAL_2008.count, NATIONAL_2008.population);
    expect(fmt(rate, 'es')).to.equal('12.8');
    expect(sentence(m.el)).to.equal(`${fmt(rate, 'es')} por cada 100 mil habitantes en México en 2008.`);
    expect(norm(shown(part(m.el, '[part~="value"]')))).to.equal('12.8');
    expect(part(m.el, '[part~="summary"] [part~="value"]'), 'the value is inside the sentence').to.exist;
  });

  it('the same figure in English', async () => {
    const doc = await demo('national-homicide-1990-2008.json');
    const m = await mountDoc(doc, { lang: 'en' });
    const rate = per100k(NATIONAL_2008.count, NATIONAL_2008.population);
    expect(sentence(m.el)).to.equal(`${fmt(rate, 'en')} per 100,000 inhabitants in México in 2008.`);
  });

  it('the default period is the latest observation with a value (a later null is skipped)', async () => {
    const doc = await demo('national-homicide-1990-2008.json');
    doc['series'][0]['observations'].push({ period: '2009', value: null });
    const m = await mountDoc(doc, { lang: 'es' });
    expect(sentence(m.el)).to.equal('12.8 por cada 100 mil habitantes en México en 2008.');
  });

  it('the period attribute picks another year', async () => {
    const doc = await demo('national-homicide-1990-2008.json');
    const m = await mountDoc(doc, { lang: 'es', attrs: { period: '1995' } });
    const { rate } = inputs(doc, 'MX', '1995');
    expect(sentence(m.el)).to.equal(`${fmt(rate, 'es')} por cada 100 mil habitantes en México en 1995.`);
  });

  it('changing the period attribute after render shows the new year', async () => {
    const doc = await demo('national-homicide-1990-2008.json');
    const m = await mountDoc(doc, { lang: 'en' });
    m.el.setAttribute('period', '2007');
    await m.el.updateComplete;
    const { rate } = inputs(doc, 'MX', '2007');
    expect(sentence(m.el)).to.equal(`${fmt(rate, 'en')} per 100,000 inhabitants in México in 2007.`);
  });

  it('the series attribute picks another place (Chihuahua, "08")', async () => {
    const doc = await demo('states-homicide-1990-2008.json');
    const m = await mountDoc(doc, { lang: 'es', attrs: { series: '08' } });
    const { rate } = inputs(doc, '08', '2008');
    expect(sentence(m.el)).to.equal(`${fmt(rate, 'es')} por cada 100 mil habitantes en Chihuahua en 2008.`);
  });

  it('a qualifier is said in words, in the sentence and in the previous-period text (es)', async () => {
    const doc = await demo('presidencia-2016.json');
    const m = await mountDoc(doc, { lang: 'es' });
    expect(sentence(m.el)).to.equal('alrededor de 17 por cada 100 mil habitantes en México en 2015.');
    expect(changeText(m.el)).to.include('casi 23');
    // An approximate change of approximate figures, the amount after the verb (DESIGN §2a; natural Spanish).
    expect(changeText(m.el)).to.include('bajó alrededor de 26 % respecto a 2012 (casi 23)');
  });

  it('a qualifier is said in words (en)', async () => {
    const doc = await demo('presidencia-2016.json');
    const m = await mountDoc(doc, { lang: 'en' });
    expect(sentence(m.el)).to.equal('about 17 per 100,000 inhabitants in México in 2015.');
    expect(changeText(m.el)).to.include('down about 26 % from 2012 (almost 23)');
  });

  it('the label attribute names what is counted, inside the sentence', async () => {
    const doc = await demo('national-homicide-1990-2008.json');
    const m = await mountDoc(doc, { lang: 'es', attrs: { label: 'homicidios' } });
    expect(sentence(m.el)).to.equal('12.8 homicidios por cada 100 mil habitantes en México en 2008.');
  });

  it('the source is named', async () => {
    const doc = await demo('national-homicide-1990-2008.json');
    const m = await mountDoc(doc, { lang: 'es' });
    expect(norm(shown(part(m.el, '[part~="source"]')))).to.include('Fuente:').and.include('INEGI, defunciones por homicidio');
  });
});

describe('<rate-per-100k> how the rate is calculated', () => {
  it('a native <details> shows count, population, the formula and the result (es)', async () => {
    const doc = await demo('national-homicide-1990-2008.json');
    const m = await mountDoc(doc, { lang: 'es' });
    const details = part(m.el, 'details') as HTMLDetailsElement | null;
    expect(details, '<details>').to.exist;
    const summary = details!.querySelector(':scope > summary');
    expect(summary, '<summary>').to.exist;
    expect(norm(shown(summary))).to.equal('¿Cómo se calcula?');
    expect(details!.open, 'closed until asked').to.equal(false);
    const text = norm(shown(details));
    expect(text).to.include('13,628 de 106,682,518 habitantes');
    const rate = fmt(per100k(NATIONAL_2008.count, NATIONAL_2008.population), 'es');
    expect(norm(shown(part(m.el, 'details .formula')) || text)).to.include(`13,628 ÷ 106,682,518 × 100,000 = ${rate}`);
  });

  it('in English', async () => {
    const doc = await demo('national-homicide-1990-2008.json');
    const m = await mountDoc(doc, { lang: 'en' });
    const details = part(m.el, 'details')!;
    expect(norm(shown(details.querySelector('summary')))).to.equal('How is this calculated?');
    expect(norm(shown(details))).to.include('13,628 of 106,682,518 inhabitants');
    expect(norm(shown(details))).to.include('13,628 ÷ 106,682,518 × 100,000 = 12.8');
  });

  it('opens and closes with the keyboard (Enter and Space on the focused summary)', async () => {
    const doc = await demo('national-homicide-1990-2008.json');
    const m = await mountDoc(doc, { lang: 'es' });
    const details = part(m.el, 'details') as HTMLDetailsElement;
    const summary = details.querySelector('summary') as HTMLElement;
    summary.focus();
    expect(m.el.shadowRoot!.activeElement, 'the summary takes focus').to.equal(summary);
    await sendKeys({ press: 'Enter' });
    expect(details.open, 'Enter opens').to.equal(true);
    await sendKeys({ press: 'Space' });
    expect(details.open, 'Space closes').to.equal(false);
  });

  it('a document with a value but no count/population has no calculation to show', async () => {
    const doc = await demo('presidencia-2016.json');
    const m = await mountDoc(doc, { lang: 'es' });
    expect(part(m.el, 'details')).to.equal(null);
  });
});

describe('<rate-per-100k> change against the previous period', () => {
  it('national 2007 → 2008: arrow hidden from readers, the amount after the verb ("subió 54 % respecto a 2007") (es)', async () => {
    const doc = await demo('national-homicide-1990-2008.json');
    const m = await mountDoc(doc, { lang: 'es' });
    const before = inputs(doc, 'MX', '2007').rate;
    const after = inputs(doc, 'MX', '2008').rate;
    expect(fmt(before, 'es')).to.equal('8.3');
    const text = changeText(m.el);
    expect(fmtChange(before, after).startsWith('+')).to.equal(true);
    expect(text).to.include(`subió ${fmtChange(before, after).slice(1)} respecto a 2007 (${fmt(before, 'es')})`);
    const arrow = part(m.el, '.change [aria-hidden="true"]');
    expect(arrow, 'an aria-hidden arrow').to.exist;
    expect(norm(shown(arrow))).to.equal('▲');
  });

  it('national 2007 → 2008 in English', async () => {
    const doc = await demo('national-homicide-1990-2008.json');
    const m = await mountDoc(doc, { lang: 'en' });
    const before = inputs(doc, 'MX', '2007').rate;
    const after = inputs(doc, 'MX', '2008').rate;
    expect(changeText(m.el)).to.equal(`▲ up ${fmtChange(before, after).slice(1)} from 2007 (8.3)`);
  });

  it('a fall (2006 → 2007) is said as "bajó 16 %", with no hyphen-minus anywhere', async () => {
    const doc = await demo('national-homicide-1990-2008.json');
    const m = await mountDoc(doc, { lang: 'es', attrs: { period: '2007' } });
    const before = inputs(doc, 'MX', '2006').rate;
    const after = inputs(doc, 'MX', '2007').rate;
    const expected = fmtChange(before, after);
    expect(expected.startsWith('\u2212')).to.equal(true);
    const text = changeText(m.el);
    expect(text).not.to.include('-');
    expect(text).to.include(`bajó ${expected.slice(1)} respecto a 2006 (${fmt(before, 'es')})`);
    expect(norm(shown(part(m.el, '.change [aria-hidden="true"]')))).to.equal('▼');
  });

  it('the first year has no previous period: no change is claimed', async () => {
    const doc = await demo('national-homicide-1990-2008.json');
    const m = await mountDoc(doc, { lang: 'es', attrs: { period: '1990' } });
    expect(part(m.el, '.change')).to.equal(null);
    expect(shadowText(m.el)).not.to.include('respecto a');
  });
});

describe('<rate-per-100k> comparison', () => {
  it('the document reference: N veces at 1 decimal when well above (Chihuahua vs Nacional)', async () => {
    const doc = await demo('states-homicide-2008.json');
    const ref = doc['reference']['value'] as number;
    const { rate } = inputs(doc, '08', '2008');
    const m = await mountDoc(doc, { lang: 'es', attrs: { series: '08' } });
    expect(compareText(m.el)).to.equal(`${fmt(rate / ref, 'es')} veces la cifra de Nacional (${fmt(ref, 'es')})`);
  });

  it('the document reference in English: "N times National"', async () => {
    const doc = await demo('states-homicide-2008.json');
    const ref = doc['reference']['value'] as number;
    const { rate } = inputs(doc, '08', '2008');
    const m = await mountDoc(doc, { lang: 'en', attrs: { series: '08' } });
    expect(compareText(m.el)).to.equal(`${fmt(rate / ref, 'en')} times the figure for National (${fmt(ref, 'en')})`);
  });

  it('below the reference is said in words (Aguascalientes)', async () => {
    const doc = await demo('states-homicide-2008.json');
    const m = await mountDoc(doc, { lang: 'es', attrs: { series: '01' } });
    expect(compareText(m.el)).to.equal('por debajo de la cifra de Nacional (12.8)');
    const en = await mountDoc(doc, { lang: 'en', attrs: { series: '01' } });
    expect(compareText(en.el)).to.equal('below the figure for National (12.8)');
  });

  /** A series' name as the document gives it: its label in the language, else its place. */
  function seriesName(doc: Json, code: string, lang: 'es' | 'en'): string {
    const s = (doc['series'] as Json[]).find((x) => x['geo']?.['code'] === code)!;
    return (s['label']?.[lang] ?? s['geo']['name']) as string;
  }

  it('compare="MX": Chihuahua is 6.0 times the national rate in 2008', async () => {
    const doc = await demo('states-homicide-1990-2008.json');
    expect(seriesName(doc, 'MX', 'es')).to.equal('Nacional');
    const chi = inputs(doc, '08', '2008').rate;
    const mx = inputs(doc, 'MX', '2008').rate;
    const ratio = fmt(chi / mx, 'es');
    expect(ratio).to.equal('6.0');
    const es = await mountDoc(doc, { lang: 'es', attrs: { series: '08', compare: 'MX' } });
    expect(compareText(es.el)).to.equal(`${ratio} veces la cifra de ${seriesName(doc, 'MX', 'es')} (${fmt(mx, 'es')})`);
    const en = await mountDoc(doc, { lang: 'en', attrs: { series: '08', compare: 'MX' } });
    expect(compareText(en.el)).to.equal(`${fmt(chi / mx, 'en')} times the figure for ${seriesName(doc, 'MX', 'en')} (${fmt(mx, 'en')})`);
  });

  it('compare follows the period attribute (Chihuahua vs national in 2007)', async () => {
    const doc = await demo('states-homicide-1990-2008.json');
    const chi = inputs(doc, '08', '2007').rate;
    const mx = inputs(doc, 'MX', '2007').rate;
    const m = await mountDoc(doc, { lang: 'en', attrs: { series: '08', compare: 'MX', period: '2007' } });
    const name = seriesName(doc, 'MX', 'en');
    const expected = chi / mx >= 1.1 ? `${fmt(chi / mx, 'en')} times the figure for ${name} (${fmt(mx, 'en')})` : `above the figure for ${name} (${fmt(mx, 'en')})`;
    expect(compareText(m.el)).to.equal(expected);
  });

  it('reference + reference-label attributes: ratio when ≥ 1.1×, "above" in words when less', async () => {
    const doc = await demo('national-homicide-1990-2008.json');
    const rate = per100k(NATIONAL_2008.count, NATIONAL_2008.population);
    const twice = await mountDoc(doc, { lang: 'es', attrs: { reference: '6', 'reference-label': 'la meta' } });
    expect(compareText(twice.el)).to.equal(`${fmt(rate / 6, 'es')} veces la cifra de la meta (6.0)`);
    expect(rate / 12 < 1.1).to.equal(true);
    const close = await mountDoc(doc, { lang: 'es', attrs: { reference: '12', 'reference-label': 'la meta' } });
    expect(compareText(close.el)).to.equal('por encima de la cifra de la meta (12.0)');
    const below = await mountDoc(doc, { lang: 'en', attrs: { reference: '13', 'reference-label': 'the target' } });
    expect(compareText(below.el)).to.equal('below the figure for the target (13.0)');
  });

  it('the reference attribute overrides the document reference', async () => {
    const doc = await demo('states-homicide-2008.json');
    const m = await mountDoc(doc, { lang: 'es', attrs: { series: '01', reference: '5', 'reference-label': 'la meta' } });
    expect(compareText(m.el)).to.equal('por encima de la cifra de la meta (5.0)');
    expect(compareText(m.el)).not.to.include('Nacional');
  });

  it('no reference and no compare: no comparison is claimed', async () => {
    const doc = await demo('national-homicide-1990-2008.json');
    const m = await mountDoc(doc, { lang: 'es' });
    expect(part(m.el, '.compare')).to.equal(null);
  });
});

describe('<rate-per-100k> shorthand attributes', () => {
  it('count, population, period, place, label and source build a valid document showing 12.8', async () => {
    const m = await mountShorthand(SHORTHAND, 'es');
    expect(m.el.status).to.equal('ready');
    expect(m.events.map((e) => e.type)).to.deep.equal(['cifra-ready']);
    expect(sentence(m.el)).to.equal('12.8 homicidios por cada 100 mil habitantes en México en 2008.');
    expect(norm(shown(part(m.el, 'details')))).to.include('13,628 de 106,682,518 habitantes');
    expect(norm(shown(part(m.el, '[part~="source"]')))).to.include('INEGI');
  });

  it('per="1000" changes the unit phrase and the result', async () => {
    const m = await mountShorthand({ ...SHORTHAND, per: '1000' }, 'en');
    expect(m.el.status).to.equal('ready');
    const rate = (NATIONAL_2008.count / NATIONAL_2008.population) * 1000;
    expect(sentence(m.el)).to.equal(`${fmt(rate, 'en')} homicidios per 1,000 inhabitants in México in 2008.`);
  });

  it('population="0": E_SCHEMA, and the visible problem names the attribute (es)', async () => {
    const m = await mountShorthand({ ...SHORTHAND, population: '0' }, 'es');
    expect(m.el.status).to.equal('error');
    expect(m.el.getAttribute('status')).to.equal('error');
    const detail = errorDetail(m);
    expect(detail.code).to.equal('E_SCHEMA');
    expect(detail.problems?.map((p) => p.path)).to.include('population');
    expect(visibleProblems(m.el)).to.include('population: debe ser mayor que cero');
    expect(shadowText(m.el)).not.to.include('$.series');
  });

  it('population="0" in English', async () => {
    const m = await mountShorthand({ ...SHORTHAND, population: '0' }, 'en');
    expect(errorDetail(m).code).to.equal('E_SCHEMA');
    expect(visibleProblems(m.el)).to.include('population: must be greater than zero');
  });

  // DESIGN §1: only count and population are required; the rest is simply not shown.
  const BARE = { count: '2567', population: '3359934' };
  const bareRate = fmt(per100k(2567, 3359934), 'es');

  it('count and population alone: ready, "76.4 por cada 100 mil habitantes." with no source line and no empty phrase (es)', async () => {
    expect(bareRate).to.equal('76.4');
    const m = await mountShorthand(BARE, 'es');
    expect(m.el.status).to.equal('ready');
    expect(m.events.map((e) => e.type)).to.deep.equal(['cifra-ready']);
    expect(sentence(m.el)).to.equal(`${bareRate} por cada 100 mil habitantes.`);
    expect(part(m.el, '[part~="source"]'), 'no source line').to.equal(null);
    const text = shadowText(m.el);
    expect(text).not.to.match(/Fuente|\ben \.|\ben $|\(\)|\bde \.|\s\./);
    expect(norm(shown(part(m.el, 'details')))).to.include('2,567 de 3,359,934 habitantes');
  });

  it('count and population alone in English: "76.4 per 100,000 inhabitants." and no "Source"', async () => {
    const m = await mountShorthand(BARE, 'en');
    expect(m.el.status).to.equal('ready');
    expect(sentence(m.el)).to.equal(`${fmt(per100k(2567, 3359934), 'en')} per 100,000 inhabitants.`);
    expect(shadowText(m.el)).not.to.match(/Source|\bin \.|\bin $|\(\)|\bof \.|\s\./);
  });

  it('cifra-ready\'s document names no source that nobody gave', async () => {
    const m = await mountShorthand(BARE, 'en');
    const ready = m.events.find((e) => e.type === 'cifra-ready')!.detail as { data: { sources: unknown[] } };
    expect(ready.data.sources).to.deep.equal([]);
    expect(m.el.document?.sources).to.deep.equal([]);
  });

  it('without period: the place is said, no "en" without a period (es and en)', async () => {
    const es = await mountShorthand(without(SHORTHAND, 'period'), 'es');
    expect(es.el.status).to.equal('ready');
    expect(sentence(es.el)).to.equal('12.8 homicidios por cada 100 mil habitantes en México.');
    const en = await mountShorthand(without(SHORTHAND, 'period'), 'en');
    expect(sentence(en.el)).to.equal(`${fmt(per100k(NATIONAL_2008.count, NATIONAL_2008.population), 'en')} homicidios per 100,000 inhabitants in México.`);
  });

  it('without source: ready, and no source line', async () => {
    const m = await mountShorthand(without(SHORTHAND, 'source'), 'es');
    expect(m.el.status).to.equal('ready');
    expect(sentence(m.el)).to.equal('12.8 homicidios por cada 100 mil habitantes en México en 2008.');
    expect(part(m.el, '[part~="source"]')).to.equal(null);
    expect(shadowText(m.el)).not.to.include('Fuente');
  });

  it('adding a source attribute later shows the source line', async () => {
    const m = await mountShorthand(BARE, 'es');
    m.el.setAttribute('source', 'INEGI');
    await m.el.updateComplete;
    expect(m.el.status).to.equal('ready');
    expect(norm(shown(part(m.el, '[part~="source"]')))).to.equal('Fuente: INEGI');
  });

  it('a shorthand title follows a later change of lang ("Tasa" → "Rate")', async () => {
    const m = await mountShorthand(BARE, 'es');
    expect(norm(shown(part(m.el, '[part~="title"]')))).to.equal('Tasa');
    m.container.lang = 'en';
    await m.el.updateComplete;
    await new Promise((r) => setTimeout(r, 50));
    await m.el.updateComplete;
    expect(norm(shown(part(m.el, '[part~="title"]')))).to.equal('Rate');
  });

  it('missing population: E_SCHEMA, and a visible problem mentions "population"', async () => {
    const m = await mountShorthand(without(SHORTHAND, 'population'), 'en');
    expect(m.el.status).to.equal('error');
    expect(errorDetail(m).code).to.equal('E_SCHEMA');
    expect(visibleProblems(m.el).some((t) => t.includes('population')), visibleProblems(m.el).join(' | ')).to.equal(true);
  });

  it('per="7": E_SCHEMA naming "per"', async () => {
    const m = await mountShorthand({ ...SHORTHAND, per: '7' }, 'en');
    const detail = errorDetail(m);
    expect(detail.code).to.equal('E_SCHEMA');
    expect(detail.problems?.map((p) => p.path)).to.include('per');
    expect(visibleProblems(m.el).some((t) => t.startsWith('per: ')), visibleProblems(m.el).join(' | ')).to.equal(true);
  });

  it('count="abc": E_SCHEMA naming "count"', async () => {
    const m = await mountShorthand({ ...SHORTHAND, count: 'abc' }, 'es');
    expect(m.el.status).to.equal('error');
    const detail = errorDetail(m);
    expect(detail.code).to.equal('E_SCHEMA');
    expect(detail.problems?.map((p) => p.path)).to.include('count');
    expect(visibleProblems(m.el).some((t) => t.startsWith('count: ')), visibleProblems(m.el).join(' | ')).to.equal(true);
  });

  it('changing the count attribute re-renders the new value', async () => {
    const m = await mountShorthand(SHORTHAND, 'es');
    expect(norm(shown(part(m.el, '[part~="value"]')))).to.equal('12.8');
    m.el.setAttribute('count', '6814');
    await m.el.updateComplete;
    const expected = fmt(per100k(6814, NATIONAL_2008.population), 'es');
    expect(expected).to.equal('6.4');
    expect(norm(shown(part(m.el, '[part~="value"]')))).to.equal(expected);
    expect(norm(shown(part(m.el, 'details')))).to.include('6,814 de 106,682,518 habitantes');
  });

  it('fixing a bad attribute turns the error into the figure', async () => {
    const m = await mountShorthand({ ...SHORTHAND, population: '0' }, 'es');
    expect(m.el.status).to.equal('error');
    m.el.setAttribute('population', '106682518');
    await m.el.updateComplete;
    expect(m.el.status).to.equal('ready');
    expect(norm(shown(part(m.el, '[part~="value"]')))).to.equal('12.8');
  });
});

describe('<rate-per-100k> hostile text', () => {
  it('label and place that look like markup are shown as text, never as elements', async () => {
    const m = await mountShorthand({ ...SHORTHAND, label: '<img src=x onerror=alert(1)>', place: '<b>Ags</b>' }, 'es');
    expect(m.el.status).to.equal('ready');
    expect(m.el.shadowRoot!.querySelector('img, b')).to.equal(null);
    expect(sentence(m.el)).to.equal('12.8 <img src=x onerror=alert(1)> por cada 100 mil habitantes en <b>Ags</b> en 2008.');
  });
});

describe('<rate-per-100k> language and theme', () => {
  it('takes lang from an ancestor (es and en)', async () => {
    const doc = await demo('national-homicide-1990-2008.json');
    const es = await mountDoc(doc, { lang: 'es' });
    const en = await mountDoc(doc, { lang: 'en' });
    expect(sentence(es.el)).to.include('por cada 100 mil habitantes');
    expect(sentence(en.el)).to.include('per 100,000 inhabitants');
    expect(norm(shown(part(en.el, 'details summary')))).to.equal('How is this calculated?');
  });

  it('follows a change of the ancestor\'s lang', async () => {
    const doc = await demo('national-homicide-1990-2008.json');
    const m = await mountDoc(doc, { lang: 'es' });
    m.container.lang = 'en';
    await m.el.updateComplete;
    await new Promise((r) => setTimeout(r, 50));
    await m.el.updateComplete;
    expect(sentence(m.el)).to.equal('12.8 per 100,000 inhabitants in México in 2008.');
  });

  it('decimals="2" shows the value, the change base and the formula result at 2 decimals', async () => {
    const doc = await demo('national-homicide-1990-2008.json');
    const m = await mountDoc(doc, { lang: 'en', attrs: { decimals: '2' } });
    const rate = per100k(NATIONAL_2008.count, NATIONAL_2008.population);
    expect(sentence(m.el)).to.equal(`${fmt(rate, 'en', 2)} per 100,000 inhabitants in México in 2008.`);
    expect(changeText(m.el)).to.include(`(${fmt(inputs(doc, 'MX', '2007').rate, 'en', 2)})`);
    expect(norm(shown(part(m.el, 'details')))).to.include(`= ${fmt(rate, 'en', 2)}`);
  });

  it('its own lang wins over the ancestor\'s', async () => {
    const doc = await demo('national-homicide-1990-2008.json');
    const m = await mountDoc(doc, { lang: 'es', attrs: { lang: 'en' } });
    expect(sentence(m.el)).to.equal('12.8 per 100,000 inhabitants in México in 2008.');
  });

  it('theme="dark" paints the dark palette', async () => {
    const doc = await demo('national-homicide-1990-2008.json');
    const light = await mountDoc(doc, { lang: 'es', attrs: { theme: 'light' } });
    const dark = await mountDoc(doc, { lang: 'es', attrs: { theme: 'dark' } });
    const l = getComputedStyle(light.el);
    const d = getComputedStyle(dark.el);
    expect(d.backgroundColor, 'the dark canvas colour (#121212)').to.equal('rgb(18, 18, 18)');
    expect(d.color).to.equal('rgb(230, 237, 243)');
    expect(l.backgroundColor).to.equal('rgb(255, 255, 255)');
  });
});

describe('<rate-per-100k> accessibility (axe)', () => {
  for (const theme of ['light', 'dark'] as const) {
    it(`ready (with change, comparison and calculation) is axe-clean (${theme})`, async () => {
      const doc = await demo('states-homicide-1990-2008.json');
      const m = await mountDoc(doc, { lang: 'es', attrs: { theme, series: '08', compare: 'MX' } });
      expect(part(m.el, '.change')).to.exist;
      expect(part(m.el, '.compare')).to.exist;
      await expect(m.el).to.be.accessible();
      (part(m.el, 'details') as HTMLDetailsElement).open = true;
      await expect(m.el).to.be.accessible();
    });

    it(`error is axe-clean (${theme})`, async () => {
      const m = await mountShorthand({ ...SHORTHAND, population: '0', theme }, 'es');
      expect(m.el.status).to.equal('error');
      await expect(m.el).to.be.accessible();
    });

    it(`loading is axe-clean and not blank (${theme})`, async () => {
      const m = mount<Rate>('rate-per-100k', (el) => { el.setAttribute('theme', theme); el.setAttribute('src', `/_test/never?k=${key()}`); }, 'es');
      await m.el.updateComplete;
      expect(m.el.status).to.equal('loading');
      expect(shadowText(m.el)).to.include('Cargando');
      await expect(m.el).to.be.accessible();
    });
  }
});
