// Generators and independent oracles for the property-based tests in fuzz.test.ts.
//
// Nothing here imports from src/: what a reader should see (numbers, periods, ordinals,
// the table, which documents must be refused) is computed from the generated document
// with Intl and the rules of DESIGN §2 directly, so a bug in the components' own
// formatting or validation cannot hide itself by agreeing with its own output.
import fc from 'fast-check';

export type Json = Record<string, unknown>;
export type Lang = 'es' | 'en';
export type UnitType = 'rate' | 'count' | 'percent';
export type Grain = 'year' | 'quarter' | 'month';

/** Words that must never reach a reader unless the author wrote them. */
export const FORBIDDEN = ['NaN', 'undefined', 'Infinity', '[object Object]'] as const;

export const NO_DATA: Readonly<Record<Lang, string>> = { es: 'sin datos', en: 'no data' };
export const PERIOD_HEADER: Readonly<Record<Lang, string>> = { es: 'Periodo', en: 'Period' };

export const norm = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim();
export const localeOf = (lang: Lang): string => (lang === 'es' ? 'es-MX' : 'en');

// =====================================================================================
// Labels: short, long (150–200 characters), right-to-left (Arabic, Hebrew, bidi marks),
// markup-looking. None contains a FORBIDDEN word or a control character.

const LATIN = ['Aguascalientes', 'Ciudad de México', 'Nuevo León', 'Michoacán de Ocampo', 'Baja California Sur', 'Yucatán', 'Nacional', 'Coahuila de Zaragoza', 'Querétaro', 'Estado de México'];
const ARABIC = ['معدل', 'جرائم', 'القتل', 'العمد', 'المكسيك', 'ولاية', 'لكل', '١٠٠', 'ألف', 'نسمة', '٢٠١٢', 'الوطني'];
const HEBREW = ['שיעור', 'רציחות', 'מקסיקו', 'מדינה', 'לכל', 'תושבים', 'נתונים', 'ארצי'];
// Bidi marks (RLM, LRM) are plain text; the embedding, override and isolate controls
// (RLE…PDF, RLO, RLI…PDI) are not: the validator refuses them (see refusals()).
const BIDI = ['\u200F', '\u200E', '\u202B', '\u202C', '\u2067', '\u2069', '\u202E'];
/** What "plain text" excludes (DESIGN §2, messages.ts `plainText`): control characters other than tab and line breaks, and bidi embeddings, overrides and isolates. */
export const NOT_PLAIN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u202A-\u202E\u2066-\u2069]/;
const HOSTILE = ['<img src=x onerror=alert(1)>', '<b>negritas</b>', '&amp; &lt;', '"comillas" \'simples\'', '{{title}}', '${x}', '{count}'];
const LONG_CHARS = [...'abcdefghijklmnopqrstuvwxyzáéíóúñü ABCDEFGHIJKLMNÑÓ0123456789 .,;:-()<>&"\'/', 'ب', 'ש', '😀', '👩‍👩‍👧', 'e\u0301'];

export const isClean = (s: string): boolean =>
  !FORBIDDEN.some((w) => s.includes(w)) && !/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.test(s);

const rtlWord = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...ARABIC) },
  { weight: 3, arbitrary: fc.constantFrom(...HEBREW) },
  { weight: 1, arbitrary: fc.constantFrom(...BIDI, '2012', '17.0', 'México', '(', ')') },
);

const labels = (bidiControls: boolean): fc.Arbitrary<string> => fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...LATIN) },
  { weight: 3, arbitrary: fc.array(rtlWord, { minLength: 1, maxLength: 8 }).map((w) => w.join(' ')) },
  { weight: 2, arbitrary: fc.string({ unit: fc.constantFrom(...LONG_CHARS), minLength: 150, maxLength: 200 }) },
  { weight: 1, arbitrary: fc.array(fc.constantFrom(...ARABIC, ...HEBREW), { minLength: 40, maxLength: 60 }).map((w) => w.join(' ').slice(0, 200)) },
  { weight: 1, arbitrary: fc.constantFrom(...HOSTILE) },
  { weight: 1, arbitrary: fc.constant('') },
).filter((s) => isClean(s) && (bidiControls || !NOT_PLAIN.test(s)));

/** Labels: short, RTL, long, markup-looking, empty. */
export const labelArb = labels(false);
/** Labels that may also hold bidi embedding/override/isolate controls, which the validator refuses. */
export const labelOrBidiArb = labels(true);

/** A Text: a plain string, or one string per language. */
const texts = (label: fc.Arbitrary<string>): fc.Arbitrary<string | { es: string; en: string }> => fc.oneof(
  { weight: 2, arbitrary: label },
  { weight: 1, arbitrary: fc.record({ es: label, en: label }) },
);
export const textArb = texts(labelArb);
export const textOrBidiArb = texts(labelOrBidiArb);

/** A Text in a language, as DESIGN §2 resolves it for the documents generated here (both keys, or a string). */
export function textIn(t: unknown, lang: Lang): string {
  if (typeof t === 'string') return t;
  if (t && typeof t === 'object') return String((t as Record<string, unknown>)[lang] ?? '');
  return '';
}

// =====================================================================================
// Periods.

export interface Period {
  readonly text: string;
  readonly grain: Grain;
  readonly range: boolean;
  readonly year: number;
  /** 1–12 for months, 1–4 for quarters, 0 for years (of the start). */
  readonly index: number;
  /** Months from year 0, start inclusive, end exclusive. */
  readonly start: number;
  readonly end: number;
}

function point(text: string): Omit<Period, 'text' | 'range' | 'end'> & { len: number } | null {
  let m = /^(\d{4})$/.exec(text);
  if (m) return { grain: 'year', year: Number(m[1]), index: 0, start: Number(m[1]) * 12, len: 12 };
  m = /^(\d{4})-Q([1-4])$/.exec(text);
  if (m) return { grain: 'quarter', year: Number(m[1]), index: Number(m[2]), start: Number(m[1]) * 12 + (Number(m[2]) - 1) * 3, len: 3 };
  m = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(text);
  if (m) return { grain: 'month', year: Number(m[1]), index: Number(m[2]), start: Number(m[1]) * 12 + Number(m[2]) - 1, len: 1 };
  return null;
}

/** Parses the period forms generated here ("2012", "2012-03", "2012-Q3", "A/B" of one kind). */
export function parsePeriod(text: string): Period | null {
  const [a, b, ...rest] = text.split('/');
  if (rest.length) return null;
  const p = point(a ?? '');
  const q = b === undefined ? p : point(b);
  if (!p || !q || p.grain !== q.grain || q.start + q.len <= p.start) return null;
  return { text, grain: p.grain, range: b !== undefined, year: p.year, index: p.index, start: p.start, end: q.start + q.len };
}

export const periodKey = (p: Period): string => `${p.start}/${p.end}`;
export const comparePeriods = (a: Period, b: Period): number => a.start - b.start || a.end - b.end;

const monthNames = new Map<string, Intl.DateTimeFormat>();
function monthName(month: number, lang: Lang, width: 'short' | 'long'): string {
  const key = `${lang}|${width}`;
  let f = monthNames.get(key);
  if (!f) monthNames.set(key, (f = new Intl.DateTimeFormat(localeOf(lang), { month: width, timeZone: 'UTC' })));
  return f.format(Date.UTC(2000, month - 1, 15)).replace(/\.$/, '');
}

/** "2012", "T3 2012" / "Q3 2012", "mar 2012": a single period as the table and axis show it. */
export function periodShort(p: Period, lang: Lang): string {
  if (p.range) throw new Error(`periodShort: ranges are not generated in shown documents (${p.text})`);
  if (p.grain === 'year') return String(p.year);
  if (p.grain === 'quarter') return `${lang === 'es' ? 'T' : 'Q'}${p.index} ${p.year}`;
  return `${monthName(p.index, lang, 'short')} ${p.year}`;
}

/** "2012", "trimestre 3 de 2012" / "quarter 3 of 2012", "marzo de 2012" / "March 2012": inside sentences. */
export function periodLong(p: Period, lang: Lang): string {
  if (p.range) throw new Error(`periodLong: ranges are not generated in shown documents (${p.text})`);
  if (p.grain === 'year') return String(p.year);
  if (p.grain === 'quarter') return lang === 'es' ? `trimestre ${p.index} de ${p.year}` : `quarter ${p.index} of ${p.year}`;
  return lang === 'es' ? `${monthName(p.index, lang, 'long')} de ${p.year}` : `${monthName(p.index, lang, 'long')} ${p.year}`;
}

// =====================================================================================
// Numbers, as DESIGN §1 shows them: exactly `decimals` digits, `es` = es-MX conventions,
// never "-0".

const numberFormats = new Map<string, Intl.NumberFormat>();
function nf(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = numberFormats.get(key);
  if (!f) numberFormats.set(key, (f = new Intl.NumberFormat(locale, options)));
  return f;
}

export function fmtNumber(v: number, lang: Lang, decimals: number): string {
  const shown = nf(localeOf(lang), { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(Object.is(v, -0) ? 0 : v);
  return norm(shown);
}

/** The text around the number in the locale's percent pattern ("", "%") / ("", " %"). */
function percentAffixes(lang: Lang): [string, string] {
  const parts = nf(localeOf(lang), { style: 'percent' }).formatToParts(0.5);
  const first = parts.findIndex((p) => p.type === 'integer');
  const last = parts.map((p) => p.type).lastIndexOf('integer');
  return [parts.slice(0, first).map((p) => p.value).join(''), parts.slice(last + 1).map((p) => p.value).join('')];
}

export function fmtValue(v: number, unit: UnitType, lang: Lang, decimals: number): string {
  if (unit !== 'percent') return fmtNumber(v, lang, decimals);
  const [before, after] = percentAffixes(lang);
  return norm(`${before}${fmtNumber(v, lang, decimals)}${after}`);
}

/** The value as compared for ranks and ties: rounded the way it is displayed (half away from zero on the decimal form). */
export function displayed(v: number, decimals: number): number {
  const r = Number(nf('en-US', { maximumFractionDigits: decimals, useGrouping: false }).format(v));
  return r === 0 ? 0 : r;
}

/** "−26 %", "+4 %", "0 %", "−0.4 %": whole percents unless that would hide a change. */
export function fmtChange(from: number, to: number, lang: Lang): string | null {
  let p: number;
  if (from === 0) {
    if (to !== 0) return null;
    p = 0;
  } else p = ((to - from) / Math.abs(from)) * 100;
  if (!Number.isFinite(p)) return null;
  // Digits until the figure is true: never "0 %" for a change, never "±100 %" unless exact (DESIGN §2a).
  const landmark = (r: number) => (r === 0 && p !== 0) || (Math.abs(r) === 100 && Math.abs(p) !== 100);
  let d = 0;
  while (d < 4 && landmark(displayed(p, d))) d++;
  const r = displayed(p, d);
  const sign = p < 0 ? '\u2212' : p > 0 ? '+' : '';
  if (landmark(r)) {
    if (r === 0) return `${sign}<${fmtNumber(0.0001, lang, 4)} %`;
    return Math.abs(p) > 100 ? `${sign}>100 %` : `${sign}${fmtNumber(99.9999, lang, 4)} %`;
  }
  return `${r < 0 ? '\u2212' : r > 0 ? '+' : ''}${fmtNumber(Math.abs(r), lang, d)} %`;
}

export function ordinal(n: number, lang: Lang): string {
  if (lang === 'es') return `${n}.\u00BA`;
  const suffix: Record<string, string> = { one: 'st', two: 'nd', few: 'rd', other: 'th' };
  return `${n}${suffix[new Intl.PluralRules('en', { type: 'ordinal' }).select(n)] ?? 'th'}`;
}

const PER_WORDS: Readonly<Record<Lang, Readonly<Record<number, string>>>> = {
  es: { 1000: 'mil', 10000: '10 mil', 100000: '100 mil', 1000000: 'millón de' },
  en: { 1000: '1,000', 10000: '10,000', 100000: '100,000', 1000000: 'million' },
};

/** "per 100,000 inhabitants" / "por cada 100 mil habitantes"; a count's `of`; nothing for percents. */
export function unitWords(unit: Json, lang: Lang): string {
  if (unit['type'] === 'rate') {
    const of = unit['of'] === undefined ? (lang === 'es' ? 'habitantes' : 'inhabitants') : textIn(unit['of'], lang);
    return norm(`${lang === 'es' ? 'por cada' : 'per'} ${PER_WORDS[lang][unit['per'] as number]} ${of}`);
  }
  if (unit['type'] === 'count') return unit['of'] === undefined ? '' : textIn(unit['of'], lang);
  return '';
}

// =====================================================================================
// Indicator documents of series: rate, count or percent units; years, quarters, months
// (or a mix); 1–4 series of 1–24 observations given in shuffled order; nulls, ±0,
// 1e-12, 1e12, 2^53−1; optional bands and reference. Some documents carry what the
// validator must refuse: NaN or ±Infinity, values out of their unit's range, and
// duplicate periods (spelled the same, or as the one-period range "2012/2012").

const POOL: Readonly<Record<Grain, readonly string[]>> = {
  year: Array.from({ length: 41 }, (_, i) => String(1990 + i)),
  quarter: Array.from({ length: 40 }, (_, i) => `${2015 + Math.floor(i / 4)}-Q${(i % 4) + 1}`),
  month: Array.from({ length: 48 }, (_, i) => `${2019 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`),
};

export const MAX_OBSERVATIONS = 24;

type Value = number | null;

/** Magnitudes no statistic has, but finite numbers the schema accepts: 1e16 up to Number.MAX_VALUE. */
export const HUGE = [1e16, 1e21, 1e31, 1e47, 1e100, 1e300, Number.MAX_VALUE] as const;
/** Positive numbers below any displayed precision, down to the subnormals (below 2.2e-308). */
export const TINY = [1e-20, 1e-100, 1e-200, 1e-300, 1e-307, 2.2250738585072014e-308, 1e-310, 5e-324] as const;

/** General pools keep clear of TINY (the tiny-magnitudes property covers them): fc.double reaches subnormals. */
const notTiny = (v: number) => (v !== 0 && Math.abs(v) < 1e-15 ? 0 : v);

function validValue(unit: UnitType, magnitudes: 'normal' | 'huge' | 'tiny' | 'subnormal' = 'normal'): fc.Arbitrary<Value> {
  if (magnitudes === 'huge' && unit !== 'percent') {
    // Rates may be negative: −1e300 and −MAX_VALUE give spans no double holds.
    const huge = unit === 'rate' ? [...HUGE, -1e300, -Number.MAX_VALUE] : HUGE;
    return fc.oneof({ weight: 2, arbitrary: validValue(unit) }, { weight: 1, arbitrary: fc.constantFrom(...huge) });
  }
  if (magnitudes === 'subnormal' && unit !== 'count') {
    return fc.oneof(
      { weight: 1, arbitrary: fc.constantFrom(null, 0) },
      { weight: 3, arbitrary: fc.constantFrom(...TINY.filter((v) => v < 2.2250738585072014e-308)) },
      { weight: 1, arbitrary: fc.double({ min: 0, max: 2.2e-308, noNaN: true }) },
    );
  }
  if (magnitudes === 'tiny' && unit !== 'count') {
    return fc.oneof(
      { weight: 1, arbitrary: fc.constantFrom(null, 0) },
      { weight: 2, arbitrary: fc.constantFrom(...TINY) },
      { weight: 1, arbitrary: fc.double({ min: 0, max: 1e-20, noNaN: true }) },
    );
  }
  const common: fc.WeightedArbitrary<Value>[] = [
    { weight: 4, arbitrary: fc.constant(null) },
    { weight: 1, arbitrary: fc.constant(-0) },
    { weight: 1, arbitrary: fc.constant(0) },
  ];
  if (unit === 'rate') {
    return fc.oneof(...common,
      { weight: 6, arbitrary: fc.integer({ min: 0, max: 99_999 }).map((n) => n / 10) },
      { weight: 4, arbitrary: fc.double({ min: 0, max: 10_000, noNaN: true }).map(notTiny) },
      { weight: 2, arbitrary: fc.constantFrom(1e-12, 1e12, 1e15, Number.MAX_SAFE_INTEGER, 0.05, 0.04999, 12.35) });
  }
  if (unit === 'count') {
    return fc.oneof(...common,
      { weight: 8, arbitrary: fc.integer({ min: 0, max: 100_000 }) },
      { weight: 2, arbitrary: fc.constantFrom(1, 1e12, 1e15, Number.MAX_SAFE_INTEGER) });
  }
  return fc.oneof(...common,
    { weight: 6, arbitrary: fc.integer({ min: 0, max: 1000 }).map((n) => n / 10) },
    { weight: 4, arbitrary: fc.double({ min: 0, max: 100, noNaN: true }).map(notTiny) },
    { weight: 2, arbitrary: fc.constantFrom(1e-12, 100, 99.95, 0.05, 33.333333) });
}

function invalidValue(unit: UnitType): fc.Arbitrary<number> {
  const extra = unit === 'percent' ? [100.5, -1, 1e12] : unit === 'count' ? [1.5, -3, 1e-12] : [];
  return fc.constantFrom(NaN, Infinity, -Infinity, ...extra);
}

export interface DocOptions {
  /** Allow values the validator must refuse (NaN, ±Infinity, out of range). */
  readonly invalid?: boolean;
  /** Allow a duplicate period in a series. */
  readonly duplicates?: boolean;
  readonly maxSeries?: number;
  /** Only these units. */
  readonly units?: readonly UnitType[];
  /** Also values from HUGE (rates and counts); or only values from TINY, or only subnormals, with 0 and null (rates and percents). */
  readonly magnitudes?: 'normal' | 'huge' | 'tiny' | 'subnormal';
}

const OF: Readonly<Record<'rate' | 'count', Json>> = {
  rate: { es: 'habitantes', en: 'inhabitants' },
  count: { es: 'homicidios', en: 'homicides' },
};

function unitArb(units: readonly UnitType[]): fc.Arbitrary<Json> {
  return fc.constantFrom(...units).chain((type): fc.Arbitrary<Json> => {
    if (type === 'rate') {
      return fc.record({ per: fc.constantFrom(1000, 10000, 100000, 1000000), of: fc.boolean() })
        .map(({ per, of }) => (of ? { type, per, of: OF.rate } : { type, per }));
    }
    if (type === 'count') return fc.boolean().map((of) => (of ? { type, of: OF.count } : { type }));
    return fc.constant({ type });
  });
}

const geoArb = (name: fc.Arbitrary<unknown>) => fc.oneof(
  fc.record({ level: fc.constant('state'), code: fc.constantFrom('01', '09', '14', '19', '32'), name }),
  fc.record({ level: fc.constant('country'), code: fc.constant('MX'), name }),
  fc.record({ level: fc.constantFrom('municipality', 'region'), name }),
);

interface SeriesDraft {
  readonly id: boolean;
  readonly label: string | { es: string; en: string } | null;
  readonly geo: Json | null;
  readonly grain: Grain;
  readonly periods: string[];
  readonly values: Value[];
}

function seriesDraft(unit: UnitType, grainArb: fc.Arbitrary<Grain>, bad: boolean, magnitudes: DocOptions['magnitudes']): fc.Arbitrary<SeriesDraft> {
  const valid = validValue(unit, magnitudes);
  const value = bad ? fc.oneof({ weight: 6, arbitrary: valid }, { weight: 1, arbitrary: invalidValue(unit) }) : valid;
  return grainArb.chain((grain) => fc.record({
    id: fc.boolean(),
    label: fc.option(bad ? textOrBidiArb : textArb, { freq: 4 }),
    geo: fc.option(geoArb(bad ? textOrBidiArb : textArb), { freq: 3 }),
    grain: fc.constant(grain),
    periods: fc.shuffledSubarray([...POOL[grain]], { minLength: 1, maxLength: MAX_OBSERVATIONS }),
    values: fc.array(value, { minLength: MAX_OBSERVATIONS, maxLength: MAX_OBSERVATIONS }),
  }));
}

/** The value once in `n` times, else null. */
function rarely<T>(arb: fc.Arbitrary<T>, n: number): fc.Arbitrary<T | null> {
  return fc.oneof({ weight: n - 1, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: arb });
}

export function docArb(options: DocOptions = {}): fc.Arbitrary<Json> {
  const units = options.units ?? ['rate', 'count', 'percent'];
  const maxSeries = options.maxSeries ?? 4;
  return fc.record({
    unit: unitArb(units),
    grain: fc.constantFrom<Grain | 'mixed'>('year', 'year', 'quarter', 'month', 'mixed'),
    // A quarter of the documents (when allowed) may carry values the validator must refuse.
    bad: options.invalid ? fc.integer({ min: 0, max: 3 }).map((n) => n === 0) : fc.constant(false),
    count: fc.integer({ min: 1, max: maxSeries }),
    decimals: fc.option(fc.integer({ min: 0, max: 4 }), { freq: 2 }),
    lang: fc.option(fc.constantFrom('es', 'en'), { freq: 2 }),
    // fc.option's `freq` is 1 / P(null): present 3 times in 4 for labels, geo above; rarely here.
    reference: rarely(fc.integer({ min: 0, max: 1000 }).map((n) => n / 10), 4),
    bands: fc.integer({ min: 0, max: 5 }),
    dup: options.duplicates ? rarely(fc.record({ series: fc.nat(), obs: fc.nat(), at: fc.nat(), range: fc.boolean() }), 5) : fc.constant(null),
  }).chain((d) => {
    const unit = d.unit['type'] as UnitType;
    const bad = d.bad;
    const grainArb: fc.Arbitrary<Grain> = d.grain === 'mixed' ? fc.constantFrom('year', 'quarter', 'month') : fc.constant(d.grain);
    return fc.tuple(
      fc.constant(d),
      fc.array(seriesDraft(unit, grainArb, bad, options.magnitudes), { minLength: d.count, maxLength: d.count }),
      fc.array(fc.boolean(), { minLength: d.count, maxLength: d.count }),
      validValue(unit),
    );
  }).map(([d, drafts, bands, dupValue]) => {
    const unit = d.unit['type'] as UnitType;
    const series = drafts.map((s, i) => {
      const band = bands[i]! && d.bands === 0;
      const observations: Json[] = s.periods.map((period, k) => {
        const value = s.values[k]!;
        const o: Json = { period, value };
        if (band && typeof value === 'number' && Number.isFinite(value) && Math.abs(value) <= 1e12) {
          o['lower'] = value * 0.9;
          o['upper'] = unit === 'percent' ? Math.min(100, value * 1.1) : value * 1.1;
          if ((o['upper'] as number) < value) o['upper'] = value;
        }
        return o;
      });
      const out: Json = {};
      if (s.id) out['id'] = `s${i + 1}`;
      if (s.label !== null) out['label'] = s.label;
      if (s.geo !== null) out['geo'] = s.geo;
      out['observations'] = observations;
      return out;
    });
    if (d.dup) {
      const s = series[d.dup.series % series.length]!;
      const list = s['observations'] as Json[];
      const original = list[d.dup.obs % list.length]!;
      const period = original['period'] as string;
      list.splice(d.dup.at % (list.length + 1), 0, { period: d.dup.range ? `${period}/${period}` : period, value: dupValue });
    }
    const doc: Json = {
      schema: 1,
      title: { es: 'Homicidios dolosos', en: 'Intentional homicides' },
      unit: d.unit,
      series,
      sources: [{ name: 'SESNSP' }],
    };
    if (d.lang !== null) doc['lang'] = d.lang;
    if (d.decimals !== null) doc['decimals'] = d.decimals;
    if (d.reference !== null) doc['reference'] = { label: { es: 'Referencia nacional', en: 'National reference' }, value: unit === 'percent' ? Math.min(100, d.reference) : d.reference };
    return doc;
  });
}

/** Observations with their order shuffled in every series, and the document's own keys in another order. */
export function shuffledArb(doc: Json): fc.Arbitrary<Json> {
  const series = doc['series'] as Json[];
  return fc.tuple(
    fc.tuple(...series.map((s) => {
      const list = s['observations'] as Json[];
      return fc.shuffledSubarray(list.map((_, i) => i), { minLength: list.length, maxLength: list.length });
    })),
    fc.shuffledSubarray(Object.keys(doc), { minLength: Object.keys(doc).length, maxLength: Object.keys(doc).length }),
  ).map(([orders, keys]) => {
    const copy = structuredClone(doc);
    (copy['series'] as Json[]).forEach((s, i) => {
      const list = s['observations'] as Json[];
      s['observations'] = orders[i]!.map((k) => list[k]!);
    });
    return Object.fromEntries(keys.map((k) => [k, copy[k]]));
  });
}

// =====================================================================================
// What the validator must say about a generated document (DESIGN §2), by JSON path.

/** The paths of a Text that is not plain text: "$.x" for a string, "$.x.es" for a language's string. */
function notPlain(t: unknown, path: string): string[] {
  if (typeof t === 'string') return NOT_PLAIN.test(t) ? [path] : [];
  if (t && typeof t === 'object') return Object.entries(t).filter(([, v]) => typeof v === 'string' && NOT_PLAIN.test(v)).map(([k]) => `${path}.${k}`);
  return [];
}

export function refusals(doc: Json): string[] {
  const out: string[] = [];
  const unit = (doc['unit'] as Json)['type'] as UnitType;
  (doc['series'] as Json[]).forEach((s, i) => {
    out.push(...notPlain(s['label'], `$.series[${i}].label`));
    if (s['geo']) out.push(...notPlain((s['geo'] as Json)['name'], `$.series[${i}].geo.name`));
    const seen = new Set<string>();
    (s['observations'] as Json[]).forEach((o, j) => {
      const path = `$.series[${i}].observations[${j}]`;
      const p = parsePeriod(o['period'] as string);
      if (!p) out.push(`${path}.period`);
      else if (seen.has(periodKey(p))) out.push(`${path}.period`);
      else seen.add(periodKey(p));
      const v = o['value'];
      if (typeof v === 'number') {
        if (!Number.isFinite(v)) out.push(`${path}.value`);
        else if (unit === 'percent' && (v < 0 || v > 100)) out.push(`${path}.value`);
        else if (unit === 'count' && (!Number.isInteger(v) || v < 0)) out.push(`${path}.value`);
      }
    });
  });
  return out;
}

// =====================================================================================
// What a valid document must show.

export interface Point {
  readonly period: Period;
  readonly value: number | null;
}

export function points(series: Json): Point[] {
  return (series['observations'] as Json[])
    .map((o) => ({ period: parsePeriod(o['period'] as string)!, value: typeof o['value'] === 'number' ? (o['value'] as number) : null }))
    .sort((a, b) => comparePeriods(a.period, b.period));
}

export const unitOf = (doc: Json): UnitType => (doc['unit'] as Json)['type'] as UnitType;
/** The decimals the three elements show: the document's, else 1 for rates and percents, 0 for counts. */
export const decimalsOf = (doc: Json): number => (doc['decimals'] as number | undefined) ?? (unitOf(doc) === 'count' ? 0 : 1);

/** A series' name: its label, else its place, else its id, else its position. */
export function seriesName(s: Json, i: number, lang: Lang): string {
  const t = s['label'] !== undefined ? textIn(s['label'], lang) : s['geo'] ? textIn((s['geo'] as Json)['name'], lang) : '';
  return t || (s['id'] as string | undefined) || String(i + 1);
}

/** A period of a grain, from its first month (months from year 0). */
function periodAtStart(start: number, grain: Grain): Period {
  const year = Math.floor(start / 12);
  const month = start - year * 12 + 1;
  if (grain === 'year') return { text: String(year), grain, range: false, year, index: 0, start, end: start + 12 };
  if (grain === 'quarter') {
    const q = Math.floor((month - 1) / 3) + 1;
    return { text: `${year}-Q${q}`, grain, range: false, year, index: q, start, end: start + 3 };
  }
  return { text: `${year}-${String(month).padStart(2, '0')}`, grain, range: false, year, index: month, start, end: start + 1 };
}

/** The words of an interval in a cell: "intervalo: 0.9–1.1" / "interval: 0.9–1.1". */
const INTERVAL: Readonly<Record<Lang, string>> = { es: 'intervalo', en: 'interval' };

/**
 * The data table (DESIGN §5): a header row, then a row for every period of the chart's span,
 * in time order. The span of each grain runs from its first to its last observed period (an
 * observation with a null value still extends the axis the chart draws, and the keyboard
 * reaches it); a period no series has a value for is a row of "sin datos" / "no data". A cell
 * holds the value as shown, and its interval in words when the observation has one.
 */
export function expectedTable(doc: Json, lang: Lang): { head: string[]; rows: string[][] } {
  const unit = unitOf(doc);
  const decimals = decimalsOf(doc);
  const observations = (doc['series'] as Json[]).map((s) => new Map((s['observations'] as Json[]).map((o) => [periodKey(parsePeriod(o['period'] as string)!), o])));
  const rows = new Map<string, Period>();
  const spans = new Map<Grain, { first: number; last: number }>();
  for (const s of doc['series'] as Json[]) {
    for (const { period } of points(s)) {
      rows.set(periodKey(period), period);
      if (period.range) continue;
      const span = spans.get(period.grain) ?? { first: period.start, last: period.start };
      spans.set(period.grain, { first: Math.min(span.first, period.start), last: Math.max(span.last, period.start) });
    }
  }
  for (const [grain, { first, last }] of spans) {
    const step = grain === 'year' ? 12 : grain === 'quarter' ? 3 : 1;
    for (let m = first; m <= last; m += step) {
      const p = periodAtStart(m, grain);
      if (!rows.has(periodKey(p))) rows.set(periodKey(p), p);
    }
  }
  const sorted = [...rows.values()].sort(comparePeriods);
  const show = (v: number) => fmtValue(v, unit, lang, decimals);
  return {
    head: [PERIOD_HEADER[lang], ...(doc['series'] as Json[]).map((s, i) => norm(seriesName(s, i, lang)))],
    rows: sorted.map((r) => [periodShort(r, lang), ...observations.map((m) => {
      const o = m.get(periodKey(r));
      const v = o?.['value'];
      if (!o || typeof v !== 'number') return NO_DATA[lang];
      const lower = o['lower'];
      const upper = o['upper'];
      const interval = typeof lower === 'number' && typeof upper === 'number' ? ` (${INTERVAL[lang]}: ${show(lower)}\u2013${show(upper)})` : '';
      return `${show(v)}${interval}`;
    })]),
  };
}

/**
 * The series in the order the chart draws them, with their role (DESIGN §1 `highlight`; the
 * generated charts set none): a country-level series beside places of another level (a
 * series without a place counts as one more level) is grey context, drawn first so the
 * others are drawn over it; every other series takes the next accent slot (0–4), in order.
 */
export function drawOrder(doc: Json): { index: number; role: 'context' | `s${number}` }[] {
  const series = doc['series'] as Json[];
  const levelOf = (s: Json) => (s['geo'] as Json | undefined)?.['level'] as string | undefined;
  const levels = new Set(series.map(levelOf));
  let slot = 0;
  const roles = series.map((s) => (levels.size > 1 && levelOf(s) === 'country' ? 'context' as const : `s${slot++ % 5}` as const));
  const all = roles.map((role, index) => ({ index, role }));
  return [...all.filter((x) => x.role === 'context'), ...all.filter((x) => x.role !== 'context')];
}

/**
 * The headline's pair (DESIGN §2a): the last point with a value, and the first one that
 * covers as many months (a year is never compared with a month or a range), in period order.
 */
export function extremes(series: Json): { first: Point; last: Point } | null {
  const valued = points(series).filter((p) => p.value !== null);
  const last = valued[valued.length - 1];
  const first = last && valued.find((p) => p !== last && p.period.start < last.period.start && p.period.end - p.period.start === last.period.end - last.period.start);
  return first && last ? { first, last } : null;
}

/** The latest point with a value of a series (what `<rate-per-100k>` and `<ranking-badge>` show). */
export function latest(series: Json): Point | null {
  const valued = points(series).filter((p) => p.value !== null);
  return valued[valued.length - 1] ?? null;
}

const PLACES: Readonly<Record<Lang, Readonly<Record<string, string>>>> = {
  es: { state: 'entidades', municipality: 'municipios', country: 'países', region: 'regiones' },
  en: { state: 'states', municipality: 'municipalities', country: 'countries', region: 'regions' },
};

/**
 * The rank of the first series among its peers (the series whose `geo.level` is its own,
 * none for none: DESIGN §1) at its latest period with a value, highest first, ties at
 * the displayed precision ranked the competition way (1, 1, 3), in words: "2nd of 3",
 * "tied 1st among 2 states", "1.º lugar (empate) de 4".
 */
export function expectedRank(doc: Json, lang: Lang): { rank: number; phrase: string; value: number; period: Period } | null {
  const levelOf = (s: Json) => ((s['geo'] as Json | undefined)?.['level'] as string | undefined) ?? null;
  const first = (doc['series'] as Json[])[0]!;
  const all = (doc['series'] as Json[]).filter((s) => levelOf(s) === levelOf(first));
  const mine = latest(first);
  if (!mine) return null;
  const decimals = decimalsOf(doc);
  const at = all.map((s) => {
    const p = points(s).find((x) => x.period.start === mine.period.start && x.period.end === mine.period.end);
    return p && p.value !== null ? { value: displayed(p.value, decimals), level: ((s['geo'] as Json | undefined)?.['level'] as string | undefined) ?? null } : null;
  });
  const ranked = at.filter((x) => x !== null);
  const me = at[0]!.value;
  const rank = 1 + ranked.filter((x) => x.value > me).length;
  const tied = ranked.filter((x) => x.value === me).length > 1;
  const levels = new Set(ranked.map((x) => x.level));
  const level = levels.size === 1 ? [...levels][0] ?? null : null;
  const ord = ordinal(rank, lang);
  const base = lang === 'es' ? `${ord} lugar${tied ? ' (empate)' : ''}` : `${tied ? 'tied ' : ''}${ord}`;
  const n = ranked.length;
  const scope = level ? (lang === 'es' ? `entre ${n} ${PLACES.es[level]}` : `among ${n} ${PLACES.en[level]}`) : lang === 'es' ? `de ${n}` : `of ${n}`;
  return { rank, phrase: `${base} ${scope}`, value: mine.value!, period: mine.period };
}

// =====================================================================================
// Values passed to `.data` that are not documents, and documents broken on purpose.

/** Any JSON value, the JSON text of one, or a string that is usually not JSON. */
export const anyDataArb: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 5, arbitrary: fc.jsonValue({ maxDepth: 4 }) },
  { weight: 2, arbitrary: fc.json({ maxDepth: 4 }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 1, arbitrary: fc.constantFrom('', ' ', '{', '[1,', '{"schema":1}', 'null', 'undefined', 'NaN', '{"__proto__":{"x":1}}', '\uFEFF{}') },
);

type Key = string | number;

/** Every path into a JSON-like value (containers and leaves), the root excluded. */
export function pathsOf(value: unknown, at: Key[] = [], out: Key[][] = []): Key[][] {
  if (Array.isArray(value)) value.forEach((v, i) => { out.push([...at, i]); pathsOf(v, [...at, i], out); });
  else if (value && typeof value === 'object') for (const k of Object.keys(value)) { out.push([...at, k]); pathsOf((value as Json)[k], [...at, k], out); }
  return out;
}

/** Values objects may carry that JSON cannot (NaN, ±Infinity, −0, undefined), and edge cases. (Magnitudes past 1e15 have their own property.) */
const oddValue = fc.constantFrom<unknown>(NaN, Infinity, -Infinity, -0, undefined, 1e15, 1e-12, '', ' ', '2012-13', '2012/2011', '2012-Q5', '2012/2012', 'NaN-ish label', [], {});

export interface Mutation {
  readonly at: number;
  readonly op: 'set' | 'delete' | 'key';
  readonly value: unknown;
  readonly key: string;
}

export const mutationArb: fc.Arbitrary<Mutation> = fc.record({
  at: fc.nat(),
  op: fc.constantFrom('set', 'set', 'delete', 'key'),
  value: fc.oneof({ weight: 3, arbitrary: fc.jsonValue({ maxDepth: 2 }) }, { weight: 2, arbitrary: oddValue }),
  key: fc.constantFrom('x-extra', 'extra', '__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', '0', ''),
});

/** Applies mutations to a fresh copy (an own `__proto__` key is defined, as JSON.parse would make it, never assigned). */
export function mutate(doc: Json, mutations: readonly Mutation[]): unknown {
  const copy = structuredClone(doc) as unknown;
  let root: unknown = copy;
  for (const m of mutations) {
    const paths = pathsOf(root);
    if (paths.length === 0) return m.op === 'set' ? structuredClone(m.value) : root;
    const path = paths[m.at % paths.length]!;
    const parent = path.slice(0, -1).reduce<unknown>((v, k) => (v as Json)[k as string], root) as Json | unknown[];
    const last = path[path.length - 1]!;
    // A copy of the value: the generated one may be frozen by an earlier run.
    const put = (target: object, k: Key, v: unknown) => Object.defineProperty(target, k, { value: structuredClone(v), enumerable: true, writable: true, configurable: true });
    if (m.op === 'set') put(parent as object, last, m.value);
    else if (m.op === 'delete') {
      if (Array.isArray(parent)) parent.splice(Number(last), 1);
      else delete (parent as Json)[last as string];
    } else {
      const target = (parent as Json)[last as string];
      if (target && typeof target === 'object' && !Array.isArray(target)) put(target, m.key, m.value);
      else put(parent as object, last, m.value);
    }
  }
  return root;
}

// =====================================================================================
// Comparing and freezing inputs.

/** Deep equality on own enumerable keys in order, with Object.is at the leaves (NaN equals NaN, −0 differs from 0). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b) || Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length || ka.some((k, i) => k !== kb[i])) return false;
  return ka.every((k) => sameValue((a as Json)[k], (b as Json)[k]));
}

export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const k of Object.keys(value)) deepFreeze((value as Json)[k]);
  }
  return value;
}

/** Every string in a value (keys included): the author's words, which may legitimately be shown. */
export function authorStrings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (value && typeof value === 'object') {
    for (const k of Object.keys(value)) {
      out.push(k);
      authorStrings((value as Json)[k], out);
    }
  }
  return out;
}

/** The FORBIDDEN words the author did not write themselves (those the element must never show). */
export function forbiddenFor(input: unknown): string[] {
  const strings = authorStrings(input);
  return FORBIDDEN.filter((w) => !strings.some((s) => s.includes(w)));
}

// =====================================================================================
// Reading SVG geometry.

const NUMBER = /[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?/g;

/** The numbers of an attribute, or the reason it is not purely numeric. */
export function numbersIn(value: string): number[] {
  return (value.match(NUMBER) ?? []).map(Number);
}

/** The (x, y) vertices of a path's `d` made of absolute M/L/Z commands; `null` if another command appears. */
export function pathVertices(d: string): { cmd: string; x: number; y: number }[] | null {
  const out: { cmd: string; x: number; y: number }[] = [];
  const re = /([A-Za-z])([^A-Za-z]*)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(d)) !== null) {
    const cmd = m[1]!;
    if (cmd === 'Z' || cmd === 'z') continue;
    if (cmd !== 'M' && cmd !== 'L') return null;
    const nums = numbersIn(m[2]!);
    if (nums.length === 0 || nums.length % 2) return null;
    for (let i = 0; i < nums.length; i += 2) out.push({ cmd: i === 0 ? cmd : 'L', x: nums[i]!, y: nums[i + 1]! });
  }
  return out;
}

/** The largest distance between two values the chart must place (values, bands, reference). */
export function valueSpan(doc: Json): number {
  const values: number[] = [];
  for (const s of doc['series'] as Json[]) {
    for (const o of s['observations'] as Json[]) for (const k of ['value', 'lower', 'upper']) if (typeof o[k] === 'number') values.push(o[k] as number);
  }
  const ref = (doc['reference'] as Json | undefined)?.['value'];
  if (typeof ref === 'number') values.push(ref);
  values.push(0);
  return Math.max(...values) - Math.min(...values);
}
