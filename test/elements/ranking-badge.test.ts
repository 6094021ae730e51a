// <ranking-badge> as its readers observe it: explicit ranks (a document or the shorthand
// attributes), ordinals in both languages, ranks computed among the 32 states, ties,
// the position strip, medals, hostile text and accessibility. Expected ranks are
// computed here from the documents' counts and populations, never read back from the
// component.
import { expect } from '@open-wc/testing';
import type { RankingBadge } from '../../src/elements/ranking-badge/ranking-badge.js';
import { errorDetail, key, mount, settled, shadowText, unmountAll, type Mounted, shownText } from './helpers.js';
/** The text a sighted reader sees (without spoken twins): helpers.shownText. */
const shown = (n: Node | null | undefined): string => (n ? shownText(n) : '');

type Badge = RankingBadge;
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const pageErrors: unknown[] = [];
window.addEventListener('error', (e) => pageErrors.push(e.error ?? e.message));
window.addEventListener('unhandledrejection', (e) => pageErrors.push(e.reason));

afterEach(() => {
  unmountAll();
  expect(pageErrors.splice(0), 'errors that reached the page').to.deep.equal([]);
});

// ---------------------------------------------------------------------------------
// Independent arithmetic.

async function demo(name: string): Promise<Json> {
  const r = await fetch(`/demo/data/${name}`);
  expect(r.ok, `/demo/data/${name}`).to.equal(true);
  return (await r.json()) as Json;
}

/** English ordinal suffix by the school rule (11–13 → th; else by last digit). */
function enOrdinal(n: number): string {
  const h = n % 100;
  const t = n % 10;
  const suffix = h >= 11 && h <= 13 ? 'th' : t === 1 ? 'st' : t === 2 ? 'nd' : t === 3 ? 'rd' : 'th';
  return `${n}${suffix}`;
}

const esOrdinal = (n: number) => `${n}.º`;

interface StateRate { readonly code: string; readonly name: string; readonly rate: number; readonly shown: number }

/** Every state's 2008 rate from count ÷ population × 100,000, and as displayed at 1 decimal. */
function stateRates(doc: Json): StateRate[] {
  return (doc['series'] as Json[]).map((s) => {
    const o = (s['observations'] as Json[]).find((x) => x['period'] === '2008')!;
    const rate = (o['count'] / o['population']) * 100000;
    return { code: s['geo']['code'] as string, name: s['geo']['name'] as string, rate, shown: Math.round(rate * 10) / 10 };
  });
}

/** Standard competition rank at the displayed precision. */
function expectedRank(all: readonly StateRate[], code: string, order: 'descending' | 'ascending' = 'descending'): { rank: number; tied: boolean } {
  const me = all.find((s) => s.code === code)!;
  const better = all.filter((s) => (order === 'descending' ? s.shown > me.shown : s.shown < me.shown)).length;
  const tied = all.some((s) => s.code !== me.code && s.shown === me.shown);
  return { rank: better + 1, tied };
}

const CODES = Array.from({ length: 32 }, (_, i) => String(i + 1).padStart(2, '0'));

// ---------------------------------------------------------------------------------
// Reading the element.

const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

function part(el: Element, selector: string): Element | null {
  return el.shadowRoot!.querySelector(selector);
}

/**
 * The rank as shown, without aria-hidden decoration (the medal). Shown tokens with a spoken
 * twin ("1.º lugar" beside "lugar 1", base/said.ts) are kept as shown; what is spoken is
 * checked in test/elements/sr/transcript.test.ts.
 */
function rankText(el: Element): string {
  const rank = part(el, '[part~="rank"]');
  if (!rank) return '';
  const copy = rank.cloneNode(true) as Element;
  for (const hidden of copy.querySelectorAll('[aria-hidden="true"]:not(.nowrap)')) hidden.remove();
  return norm(shown(copy));
}
/** Everything a screen reader hears in the badge: its text without aria-hidden decoration. */
function spokenText(el: Element): string {
  const copy = document.createElement('div');
  for (const node of el.shadowRoot!.childNodes) copy.append(node.cloneNode(true));
  for (const hidden of copy.querySelectorAll('[aria-hidden="true"]:not(.nowrap), style')) hidden.remove();
  return norm(shown(copy));
}
const summaryText = (el: Element) => norm(shown(part(el, '[part~="summary"]')));
const sourceText = (el: Element) => norm(shown(part(el, '[part~="source"]')));

async function mountDoc(doc: unknown, opts: { lang?: string; attrs?: Record<string, string> } = {}): Promise<Mounted<Badge>> {
  const m = mount<Badge>('ranking-badge', (el) => {
    for (const [k, v] of Object.entries(opts.attrs ?? {})) el.setAttribute(k, v);
    el.data = doc;
  }, opts.lang);
  await settled(m.el);
  expect(m.el.status, 'status').to.equal('ready');
  return m;
}

async function mountShorthand(attrs: Record<string, string>, lang = 'es'): Promise<Mounted<Badge>> {
  const m = mount<Badge>('ranking-badge', (el) => {
    for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  }, lang);
  await settled(m.el);
  return m;
}

function visibleProblems(el: Element): string[] {
  return [...el.shadowRoot!.querySelectorAll('[part="error"] li')].map((li) => norm(shown(li)));
}

const RANK_DOC = {
  schema: 1,
  lang: 'es',
  title: { es: 'Sistema 9-1-1', en: '9-1-1 System' },
  unit: { type: 'rank', outOf: 32, among: { es: 'nacional', en: 'nationally' } },
  series: [{ geo: { level: 'state', code: '01', name: 'Aguascalientes' }, observations: [{ period: '2025', value: 1 }] }],
  sources: [{ name: 'SESNSP' }],
};

function rankDoc(rank: number): Json {
  const doc = structuredClone(RANK_DOC) as Json;
  doc['series'][0]['observations'][0]['value'] = rank;
  return doc;
}

const SHORTHAND = { rank: '1', 'out-of': '32', subject: 'Sistema 9-1-1', place: 'Aguascalientes', among: 'nacional', source: 'SESNSP', period: '2025' };

function without(attrs: Record<string, string>, name: string): Record<string, string> {
  const copy = { ...attrs };
  delete copy[name];
  return copy;
}

/** Four places valued 10, 10, 8, 12 (or the values given), rate per 100,000. */
function tieDoc(values: readonly number[] = [10, 10, 8, 12]): Json {
  return {
    schema: 1,
    lang: 'es',
    title: { es: 'Robo', en: 'Robbery' },
    unit: { type: 'rate', per: 100000 },
    series: values.map((v, i) => ({
      geo: { level: 'state', code: String(i + 1).padStart(2, '0'), name: `Entidad ${i + 1}` },
      observations: [{ period: '2020', value: v }],
    })),
    sources: [{ name: 'Prueba' }],
  };
}

// =================================================================================

describe('<ranking-badge> explicit rank document', () => {
  it('"1.º lugar nacional", with subject, place, period and source (es)', async () => {
    const m = await mountDoc(RANK_DOC, { lang: 'es' });
    expect(rankText(m.el)).to.match(/^1\.º lugar nacional$/);
    const summary = summaryText(m.el);
    expect(summary).to.include('Aguascalientes');
    expect(summary).to.include('Sistema 9-1-1');
    expect(summary).to.include('2025');
    expect(sourceText(m.el)).to.include('SESNSP');
  });

  it('"1st nationally" in English, with the English subject', async () => {
    const m = await mountDoc(RANK_DOC, { lang: 'en' });
    expect(rankText(m.el)).to.match(/^1st nationally$/);
    expect(summaryText(m.el)).to.include('9-1-1 System').and.include('Aguascalientes').and.include('2025');
    expect(summaryText(m.el)).not.to.include('Sistema');
    expect(sourceText(m.el)).to.include('SESNSP');
  });

  it('a tied explicit rank says so: "2.º lugar (empate) nacional" / "tied 2nd nationally"', async () => {
    const doc = rankDoc(2);
    doc['series'][0]['observations'][0]['tied'] = true;
    const es = await mountDoc(doc, { lang: 'es' });
    expect(rankText(es.el)).to.equal('2.º lugar (empate) nacional');
    const en = await mountDoc(doc, { lang: 'en' });
    expect(rankText(en.el)).to.equal('tied 2nd nationally');
  });

  it('an explicit rank says nothing about an order of values', async () => {
    const m = await mountDoc(RANK_DOC, { lang: 'es' });
    expect(part(m.el, '.order')).to.equal(null);
  });
});

describe('<ranking-badge> shorthand attributes', () => {
  it('rank, out-of, subject, place, among, source, period → "1.º lugar nacional"', async () => {
    const m = await mountShorthand(SHORTHAND, 'es');
    expect(m.el.status).to.equal('ready');
    expect(m.events.map((e) => e.type)).to.deep.equal(['cifra-ready']);
    expect(rankText(m.el)).to.match(/^1\.º lugar nacional$/);
    expect(summaryText(m.el)).to.include('Aguascalientes').and.include('Sistema 9-1-1').and.include('2025');
    expect(sourceText(m.el)).to.include('SESNSP');
  });

  it('"1st nationally" in English', async () => {
    const m = await mountShorthand({ ...SHORTHAND, among: 'nationally' }, 'en');
    expect(rankText(m.el)).to.match(/^1st nationally$/);
  });

  it('without among: "3.º lugar de 32" / "3rd of 32"', async () => {
    const es = await mountShorthand({ ...without(SHORTHAND, 'among'), rank: '3' }, 'es');
    expect(rankText(es.el)).to.match(/^3\.º lugar de 32$/);
    const en = await mountShorthand({ ...without(SHORTHAND, 'among'), rank: '3' }, 'en');
    expect(rankText(en.el)).to.match(/^3rd of 32$/);
  });

  for (const rank of ['0', '33']) {
    it(`rank="${rank}" with out-of="32": E_SCHEMA naming "rank"`, async () => {
      const m = await mountShorthand({ ...SHORTHAND, rank }, 'es');
      expect(m.el.status).to.equal('error');
      const detail = errorDetail(m);
      expect(detail.code).to.equal('E_SCHEMA');
      expect(detail.problems?.map((p) => p.path)).to.include('rank');
      expect(visibleProblems(m.el).some((t) => t.startsWith('rank: ')), visibleProblems(m.el).join(' | ')).to.equal(true);
      expect(shadowText(m.el)).not.to.include('$.series');
    });
  }

  // DESIGN §1: only rank is required; every other shorthand attribute is simply not shown when absent.
  const EMPTY_PHRASES = /\(\)|\bde $|\ben $|\bof $|\bin $|· ·|^·|·$|: $/;

  for (const [lang, expected] of [['es', '1.º lugar'], ['en', '1st']] as const) {
    it(`rank="1" alone: ready, "${expected}", and nothing else (${lang})`, async () => {
      const m = await mountShorthand({ rank: '1' }, lang);
      expect(m.el.status).to.equal('ready');
      expect(m.events.map((e) => e.type)).to.deep.equal(['cifra-ready']);
      expect(rankText(m.el)).to.equal(expected);
      expect(part(m.el, '[part~="summary"]'), 'no empty summary line').to.equal(null);
      expect(part(m.el, '[part~="source"]'), 'no source line').to.equal(null);
      expect(spokenText(m.el)).to.equal(expected);
    });
  }

  for (const [lang, among, source] of [['es', 'municipios', 'Fuente'], ['en', 'municipalities', 'Source']] as const) {
    it(`rank, out-of and among without subject, period or source: ready, no source line, no empty phrase (${lang})`, async () => {
      const m = await mountShorthand({ rank: '1', 'out-of': '2469', among }, lang);
      expect(m.el.status).to.equal('ready');
      expect(rankText(m.el)).to.include(lang === 'es' ? '1.º lugar' : '1st').and.include(among);
      expect(part(m.el, '[part~="source"]')).to.equal(null);
      expect(shadowText(m.el)).not.to.include(source);
      for (const p of m.el.shadowRoot!.querySelectorAll('p')) expect(norm(shown(p))).not.to.match(EMPTY_PHRASES);
    });
  }

  it('without subject: place and period are said, no stand-in title (es and en)', async () => {
    const es = await mountShorthand(without(SHORTHAND, 'subject'), 'es');
    expect(es.el.status).to.equal('ready');
    expect(summaryText(es.el)).to.equal('Aguascalientes · 2025');
    expect(shadowText(es.el)).not.to.include('Clasificación');
    const en = await mountShorthand(without(SHORTHAND, 'subject'), 'en');
    expect(summaryText(en.el)).to.equal('Aguascalientes · 2025');
    expect(shadowText(en.el)).not.to.include('Ranking');
  });

  it('without period: no year is invented (es and en)', async () => {
    for (const lang of ['es', 'en']) {
      const m = await mountShorthand(without(SHORTHAND, 'period'), lang);
      expect(m.el.status).to.equal('ready');
      expect(summaryText(m.el)).to.equal('Aguascalientes · Sistema 9-1-1');
      expect(spokenText(m.el)).not.to.include('0001');
      expect(spokenText(m.el)).to.equal(`${lang === 'es' ? '1.º lugar nacional' : '1st nacional'} Aguascalientes · Sistema 9-1-1 ${lang === 'es' ? 'Fuente' : 'Source'}: SESNSP`);
    }
  });

  it('without source: no source line, and cifra-ready\'s document names no source', async () => {
    const m = await mountShorthand(without(SHORTHAND, 'source'), 'es');
    expect(m.el.status).to.equal('ready');
    expect(part(m.el, '[part~="source"]')).to.equal(null);
    expect(shadowText(m.el)).not.to.include('Fuente');
    const ready = m.events.find((e) => e.type === 'cifra-ready')!.detail as { data: { sources: unknown[] } };
    expect(ready.data.sources).to.deep.equal([]);
  });

  it('a real document still needs a source and a title (the shorthand rule does not loosen the schema)', async () => {
    const m = mount<Badge>('ranking-badge', (el) => { el.data = { ...RANK_DOC, sources: [], title: undefined }; }, 'en');
    await settled(m.el);
    expect(m.el.status).to.equal('error');
    expect(errorDetail(m).problems?.map((p) => p.path)).to.include.members(['$.sources', '$.title']);
  });

  for (const [attr, value] of [['rank', '2.5'], ['out-of', 'abc']] as const) {
    it(`${attr}="${value}": E_SCHEMA naming "${attr}"`, async () => {
      const m = await mountShorthand({ ...SHORTHAND, [attr]: value }, 'en');
      expect(m.el.status).to.equal('error');
      const detail = errorDetail(m);
      expect(detail.code).to.equal('E_SCHEMA');
      expect(detail.problems?.map((p) => p.path)).to.include(attr);
    });
  }

  it('changing the rank attribute re-renders', async () => {
    const m = await mountShorthand({ ...SHORTHAND, among: 'nationally' }, 'en');
    expect(rankText(m.el)).to.equal('1st nationally');
    m.el.setAttribute('rank', '5');
    await m.el.updateComplete;
    expect(rankText(m.el)).to.match(/^5th nationally$/);
  });
});

describe('<ranking-badge> ordinals through the element', () => {
  for (const n of [1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101, 111]) {
    const expected = enOrdinal(n);
    it(`rank ${n} of 200 reads "${expected} of 200" in English`, async () => {
      const m = await mountShorthand({ ...without(SHORTHAND, 'among'), rank: String(n), 'out-of': '200' }, 'en');
      expect(m.el.status).to.equal('ready');
      expect(rankText(m.el)).to.match(new RegExp(`^${expected} of 200$`));
    });
  }

  it('the English suffixes are the expected ones (guard on the independent rule)', () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101, 111].map(enOrdinal).join(' ')).to.equal('1st 2nd 3rd 4th 11th 12th 13th 21st 22nd 23rd 101st 111th');
  });

  for (const n of [1, 2, 11]) {
    it(`rank ${n} reads "${esOrdinal(n)} lugar" in Spanish`, async () => {
      const m = await mountShorthand({ ...without(SHORTHAND, 'among'), rank: String(n), 'out-of': '200' }, 'es');
      expect(rankText(m.el)).to.match(new RegExp(`^${n}\\.º lugar de 200$`));
    });
  }
});

describe('<ranking-badge> computed among the 32 states (homicide rate 2008)', () => {
  for (const code of CODES) {
    it(`state ${code}: rank equals the independent ranking (es)`, async () => {
      const doc = await demo('states-homicide-2008.json');
      const all = stateRates(doc);
      expect(all.length).to.equal(32);
      const { rank, tied } = expectedRank(all, code);
      const m = await mountDoc(doc, { lang: 'es', attrs: { series: code } });
      expect(rankText(m.el)).to.match(new RegExp(`^${rank}\\.º lugar${tied ? ' \\(empate\\)' : ''} entre 32 entidades$`));
      const me = all.find((s) => s.code === code)!;
      expect(summaryText(m.el)).to.include(me.name).and.include('2008');
    });
  }

  it('every state in English: "Nth among 32 states", tied places say "tied"', async () => {
    const doc = await demo('states-homicide-2008.json');
    const all = stateRates(doc);
    const mounted = await Promise.all(CODES.map((code) => mountDoc(doc, { lang: 'en', attrs: { series: code } })));
    const actual = mounted.map((m) => rankText(m.el));
    const expected = CODES.map((code) => {
      const { rank, tied } = expectedRank(all, code);
      return `${tied ? 'tied ' : ''}${enOrdinal(rank)} among 32 states`;
    });
    expect(actual).to.deep.equal(expected);
  });

  it('order="ascending" reverses: rank = 1 + places strictly lower, for every state', async () => {
    const doc = await demo('states-homicide-2008.json');
    const all = stateRates(doc);
    const mounted = await Promise.all(CODES.map((code) => mountDoc(doc, { lang: 'es', attrs: { series: code, order: 'ascending' } })));
    const actual = mounted.map((m) => rankText(m.el));
    const expected = CODES.map((code) => {
      const { rank, tied } = expectedRank(all, code, 'ascending');
      return `${esOrdinal(rank)} lugar${tied ? ' (empate)' : ''} entre 32 entidades`;
    });
    expect(actual).to.deep.equal(expected);
  });

  it('the order is stated: "1.º = el valor más alto" / "1st = highest value" / "más bajo"', async () => {
    const doc = await demo('states-homicide-2008.json');
    const es = await mountDoc(doc, { lang: 'es', attrs: { series: '01' } });
    expect(norm(shown(part(es.el, '.order')))).to.equal('1.º = el valor más alto');
    const en = await mountDoc(doc, { lang: 'en', attrs: { series: '01' } });
    expect(norm(shown(part(en.el, '.order')))).to.equal('1st = highest value');
    const asc = await mountDoc(doc, { lang: 'es', attrs: { series: '01', order: 'ascending' } });
    expect(norm(shown(part(asc.el, '.order')))).to.equal('1.º = el valor más bajo');
  });

  it('the place\'s own value is shown with its unit', async () => {
    const doc = await demo('states-homicide-2008.json');
    const me = stateRates(doc).find((s) => s.code === '01')!;
    const m = await mountDoc(doc, { lang: 'es', attrs: { series: '01' } });
    expect(summaryText(m.el)).to.include(`${me.shown.toFixed(1)} por cada 100 mil habitantes`);
  });
});

describe('<ranking-badge> ties', () => {
  it('10, 10, 8, 12: the 10s are "2.º lugar (empate)", the 8 is "4.º" (es)', async () => {
    const doc = tieDoc();
    const ranks = await Promise.all(['01', '02', '03', '04'].map(async (code) => rankText((await mountDoc(doc, { lang: 'es', attrs: { series: code } })).el)));
    expect(ranks[0]).to.match(/^2\.º lugar \(empate\) entre 4 entidades$/);
    expect(ranks[1]).to.match(/^2\.º lugar \(empate\) entre 4 entidades$/);
    expect(ranks[2]).to.match(/^4\.º lugar entre 4 entidades$/);
    expect(ranks[3]).to.match(/^1\.º lugar entre 4 entidades$/);
  });

  it('10, 10, 8, 12 in English: "tied 2nd", "4th"', async () => {
    const doc = tieDoc();
    const ranks = await Promise.all(['01', '02', '03', '04'].map(async (code) => rankText((await mountDoc(doc, { lang: 'en', attrs: { series: code } })).el)));
    expect(ranks.map((r) => r)).to.deep.equal(['tied 2nd among 4 states', 'tied 2nd among 4 states', '4th among 4 states', '1st among 4 states']);
  });

  it('values that differ only beyond the displayed decimal (10.01 and 10.04) are tied', async () => {
    const doc = tieDoc([10.01, 10.04, 8, 12]);
    const a = await mountDoc(doc, { lang: 'en', attrs: { series: '01' } });
    const b = await mountDoc(doc, { lang: 'en', attrs: { series: '02' } });
    expect(rankText(a.el)).to.match(/^tied 2nd among 4 states$/);
    expect(rankText(b.el)).to.match(/^tied 2nd among 4 states$/);
  });

  it('decimals="2" shows more digits, so 10.01 and 10.04 are no longer tied', async () => {
    const doc = tieDoc([10.01, 10.04, 8, 12]);
    const a = await mountDoc(doc, { lang: 'en', attrs: { series: '01', decimals: '2' } });
    expect(rankText(a.el)).to.equal('3rd among 4 states');
    expect(summaryText(a.el)).to.include('10.01');
  });

  it('values that differ at the displayed decimal (10.01 and 10.06) are not tied', async () => {
    const doc = tieDoc([10.01, 10.06, 8, 12]);
    const a = await mountDoc(doc, { lang: 'en', attrs: { series: '01' } });
    const b = await mountDoc(doc, { lang: 'en', attrs: { series: '02' } });
    expect(rankText(a.el)).to.match(/^3rd among 4 states$/);
    expect(rankText(b.el)).to.match(/^2nd among 4 states$/);
  });
});

describe('<ranking-badge> position strip', () => {
  function cells(el: Element): HTMLElement[] {
    return [...el.shadowRoot!.querySelectorAll<HTMLElement>('.cell')];
  }

  it('one cell per place, exactly one marked, taller than every other; labelled "Posición 27 de 32" (Aguascalientes)', async () => {
    const doc = await demo('states-homicide-2008.json');
    const all = stateRates(doc);
    const { rank } = expectedRank(all, '01');
    expect(rank).to.equal(27);
    const m = await mountDoc(doc, { lang: 'es', attrs: { series: '01', strip: '' } });
    const list = cells(m.el);
    expect(list.length).to.equal(32);
    const marked = list.filter((c) => c.classList.contains('me'));
    expect(marked.length).to.equal(1);
    const meHeight = marked[0]!.getBoundingClientRect().height;
    expect(meHeight).to.be.greaterThan(0);
    for (const c of list) {
      if (c === marked[0]) continue;
      expect(c.getBoundingClientRect().height, 'other cells are shorter than the marked one').to.be.lessThan(meHeight);
    }
    expect(list.indexOf(marked[0]!), 'the marked cell sits at its rank').to.equal(rank - 1);
    const img = part(m.el, '[role="img"]');
    expect(img).to.exist;
    expect(img!.getAttribute('aria-label')).to.equal('Posición 27 de 32');
    expect(img!.contains(marked[0]!)).to.equal(true);
  });

  it('English label: "Position 27 of 32"', async () => {
    const doc = await demo('states-homicide-2008.json');
    const m = await mountDoc(doc, { lang: 'en', attrs: { series: '01', strip: '' } });
    expect(part(m.el, '[role="img"]')!.getAttribute('aria-label')).to.equal('Position 27 of 32');
  });

  it('tied places get the .tie class (Jalisco and San Luis Potosí both show 7.8)', async () => {
    const doc = await demo('states-homicide-2008.json');
    const all = stateRates(doc);
    const me = all.find((s) => s.code === '14')!;
    const partners = all.filter((s) => s.code !== '14' && s.shown === me.shown);
    expect(partners.length, 'the data has a tie here').to.be.greaterThan(0);
    const m = await mountDoc(doc, { lang: 'es', attrs: { series: '14', strip: '' } });
    const list = cells(m.el);
    expect(list.filter((c) => c.classList.contains('me')).length).to.equal(1);
    const ties = list.filter((c) => c.classList.contains('tie'));
    expect(ties.length).to.equal(partners.length);
    const { rank } = expectedRank(all, '14');
    expect(part(m.el, '[role="img"]')!.getAttribute('aria-label')).to.equal(`Posición ${rank} de 32`);
  });

  it('an untied place has no .tie cells', async () => {
    const doc = await demo('states-homicide-2008.json');
    const m = await mountDoc(doc, { lang: 'es', attrs: { series: '01', strip: '' } });
    expect(cells(m.el).filter((c) => c.classList.contains('tie')).length).to.equal(0);
  });

  it('an explicit rank draws out-of cells with the place at its rank ("Position 3 of 32")', async () => {
    const m = await mountShorthand({ ...SHORTHAND, rank: '3', among: 'nationally', strip: '' }, 'en');
    const list = cells(m.el);
    expect(list.length).to.equal(32);
    const marked = list.filter((c) => c.classList.contains('me'));
    expect(marked.length).to.equal(1);
    expect(list.indexOf(marked[0]!)).to.equal(2);
    expect(part(m.el, '[role="img"]')!.getAttribute('aria-label')).to.equal('Position 3 of 32');
  });

  it('without the strip attribute there is no strip', async () => {
    const doc = await demo('states-homicide-2008.json');
    const m = await mountDoc(doc, { lang: 'es', attrs: { series: '01' } });
    expect(cells(m.el).length).to.equal(0);
    expect(part(m.el, '[role="img"]')).to.equal(null);
  });
});

describe('<ranking-badge> medals (opt-in: DESIGN §1)', () => {
  it('without the medal attribute, 1st place looks like every other rank (a first place in homicides is not an achievement)', async () => {
    const m = await mountDoc(rankDoc(1), { lang: 'es' });
    expect(m.el.shadowRoot!.querySelectorAll('.medal').length).to.equal(0);
    expect(rankText(m.el)).to.equal('1.º lugar nacional');
  });

  for (const n of [1, 2, 3]) {
    it(`with medal, rank ${n} has a .medal.m${n} containing "${n}"`, async () => {
      const m = await mountDoc(rankDoc(n), { lang: 'es', attrs: { medal: '' } });
      const medals = m.el.shadowRoot!.querySelectorAll('.medal');
      expect(medals.length).to.equal(1);
      const medal = part(m.el, `.medal.m${n}`);
      expect(medal).to.exist;
      expect(norm(shown(medal))).to.equal(String(n));
      expect(medal!.classList.contains('neutral'), 'an explicit rank keeps the metal style').to.equal(false);
    });
  }

  it('rank 4 has no medal, even with medal', async () => {
    const m = await mountDoc(rankDoc(4), { lang: 'es', attrs: { medal: '' } });
    expect(m.el.shadowRoot!.querySelectorAll('.medal').length).to.equal(0);
    expect(rankText(m.el)).to.equal('4.º lugar nacional');
  });

  it('a computed rank gets the neutral style (Chihuahua, highest homicide rate)', async () => {
    const doc = await demo('states-homicide-2008.json');
    const all = stateRates(doc);
    const top = [...all].sort((a, b) => b.rate - a.rate)[0]!;
    const m = await mountDoc(doc, { lang: 'es', attrs: { series: top.code, medal: '' } });
    const medal = part(m.el, '.medal.m1');
    expect(medal).to.exist;
    expect(medal!.classList.contains('neutral')).to.equal(true);
    expect(norm(shown(medal))).to.equal('1');
  });
});

describe('<ranking-badge> hostile text', () => {
  const HOSTILE = '<img src=x onerror=alert(1)>';

  it('subject and place that look like markup are shown as text, never as elements', async () => {
    const m = await mountShorthand({ ...SHORTHAND, subject: HOSTILE, place: '<b>Ags</b><script>alert(2)</script>' }, 'es');
    expect(m.el.status).to.equal('ready');
    const root = m.el.shadowRoot!;
    expect(root.querySelector('img')).to.equal(null);
    expect(root.querySelector('b')).to.equal(null);
    expect(root.querySelector('script')).to.equal(null);
    expect(summaryText(m.el)).to.include(HOSTILE);
    expect(summaryText(m.el)).to.include('<b>Ags</b><script>alert(2)</script>');
  });

  it('hostile text in a document subject and place is text too', async () => {
    const doc = structuredClone(RANK_DOC) as Json;
    doc['title'] = HOSTILE;
    doc['series'][0]['geo']['name'] = '<svg onload=alert(1)>';
    const m = await mountDoc(doc, { lang: 'en' });
    expect(m.el.shadowRoot!.querySelector('img, svg')).to.equal(null);
    expect(summaryText(m.el)).to.include(HOSTILE).and.include('<svg onload=alert(1)>');
  });
});

describe('<ranking-badge> accessibility (axe)', () => {
  for (const theme of ['light', 'dark'] as const) {
    it(`ready with the strip is axe-clean (${theme})`, async () => {
      const doc = await demo('states-homicide-2008.json');
      const m = await mountDoc(doc, { lang: 'es', attrs: { theme, series: '14', strip: '' } });
      expect(part(m.el, '[role="img"]')).to.exist;
      await expect(m.el).to.be.accessible();
    });

    it(`ready with a medal is axe-clean (${theme})`, async () => {
      const m = await mountShorthand({ ...SHORTHAND, theme, medal: '' }, 'en');
      expect(part(m.el, '.medal')).to.exist;
      await expect(m.el).to.be.accessible();
    });

    it(`error is axe-clean (${theme})`, async () => {
      const m = await mountShorthand({ ...SHORTHAND, rank: '33', theme }, 'es');
      expect(m.el.status).to.equal('error');
      await expect(m.el).to.be.accessible();
    });

    it(`loading is axe-clean and not blank (${theme})`, async () => {
      const m = mount<Badge>('ranking-badge', (el) => { el.setAttribute('theme', theme); el.setAttribute('src', `/_test/never?k=${key()}`); }, 'es');
      await m.el.updateComplete;
      expect(m.el.status).to.equal('loading');
      expect(shadowText(m.el)).to.include('Cargando');
      await expect(m.el).to.be.accessible();
    });
  }
});
