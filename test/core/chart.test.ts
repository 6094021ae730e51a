import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { chartModel, chartSpan, selectSeries, seriesKey, seriesLabel } from '../../src/core/chart.js';
import { resolveLocale } from '../../src/core/format.js';
import { validateIndicator } from '../../src/core/validate.js';
import type { ValidIndicator } from '../../src/core/schema.js';
import type { Doc } from './fixtures.js';

const ES = resolveLocale('es');
const EN = resolveLocale('en');

const CSV = new URL('../fixtures/data/Homicide-MX-Drug-War__national-homicide-1990-2008.csv', import.meta.url);

/** Fields of one line of a simple CSV (quoted fields, "" for a quote, no newlines inside). */
function csvFields(line: string): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') { field += '"'; i++; } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { fields.push(field); field = ''; } else field += c;
  }
  fields.push(field);
  return fields;
}

interface Row { readonly year: number; readonly count: number; readonly population: number }

function readNational(): Row[] {
  const [header, ...lines] = readFileSync(CSV, 'utf8').split(/\r?\n/).filter((l) => l.trim() !== '');
  const names = csvFields(header!);
  const [year, tot, pop] = ['Year', 'Tot', 'pop.mex'].map((n) => {
    const i = names.indexOf(n);
    assert.notEqual(i, -1, `column ${n}`);
    return i;
  }) as [number, number, number];
  return lines.map((line) => {
    const f = csvFields(line);
    return { year: Number(f[year]), count: Number(f[tot]), population: Number(f[pop]) };
  });
}

const ROWS = readNational();

function valid(doc: Doc): ValidIndicator {
  const result = validateIndicator(doc);
  if (!result.ok) assert.fail(result.errors.map((e) => `${e.path} ${e.code} ${e.message}`).join('\n'));
  return result.value;
}

function nationalDoc(rows: readonly Row[] = ROWS): Doc {
  return {
    schema: 1,
    lang: 'es',
    title: { es: 'Homicidios en México', en: 'Homicides in Mexico' },
    unit: { type: 'rate', per: 100000, of: { es: 'habitantes', en: 'inhabitants' } },
    series: [{
      id: 'mx',
      geo: { level: 'country', code: 'MX', name: { es: 'México', en: 'Mexico' } },
      observations: rows.map((r) => ({ period: String(r.year), count: r.count, population: r.population })),
    }],
    sources: [{ name: 'INEGI', url: 'https://www.inegi.org.mx/' }],
  };
}

/** A rate document with the given series. */
function docWith(series: Doc[], extra: Doc = {}): Doc {
  return { schema: 1, title: 'Homicidios', unit: { type: 'rate', per: 100000 }, series, sources: [{ name: 'SESNSP' }], ...extra };
}

const obs = (period: string, value: number | null, more: Doc = {}): Doc => ({ period, value, ...more });

function near(actual: number, expected: number, message?: string): void {
  assert.ok(Math.abs(actual - expected) < 1e-9, `${message ?? ''} expected ${expected}, got ${actual}`);
}

describe('chartModel: national homicides 1990–2008 (real data)', () => {
  const doc = valid(nationalDoc());
  const model = chartModel(doc, { info: ES });
  const rates = ROWS.map((r) => (r.count / r.population) * 100000);

  test('the file has 19 years, 1990 to 2008', () => {
    assert.equal(ROWS.length, 19);
    assert.deepEqual(ROWS.map((r) => r.year), Array.from({ length: 19 }, (_, i) => 1990 + i));
  });

  test('one series of 19 points, all with a value', () => {
    assert.equal(model.series.length, 1);
    const s = model.series[0]!;
    assert.equal(s.key, 'mx');
    assert.equal(s.label, 'México');
    assert.equal(s.points.length, 19);
    assert.equal(s.valid, 19);
    assert.equal(s.source, doc.series[0]);
  });

  test('each point sits at its year midpoint (1990.5, 1991.5, …) with the computed rate', () => {
    const s = model.series[0]!;
    s.points.forEach((p, i) => {
      near(p.x, 1990 + i + 0.5, `point ${i}`);
      assert.equal(p.period.text, String(1990 + i));
      assert.equal(p.y, rates[i]);
      assert.equal(p.observation.count, ROWS[i]!.count);
    });
  });

  test('xDomain runs from the start of 1990 to the end of 2008', () => {
    near(model.xDomain[0], 1990);
    near(model.xDomain[1], 2009);
  });

  test('yDomain starts at 0 and ends at the largest computed rate', () => {
    assert.equal(model.yDomain[0], 0);
    assert.equal(model.yDomain[1], Math.max(...rates));
  });

  test('rows are the 19 years in order; granularity is year; no reference', () => {
    assert.deepEqual(model.rows.map((p) => p.text), ROWS.map((r) => String(r.year)));
    assert.equal(model.granularity, 'year');
    assert.equal(model.reference, null);
  });

  test('the series label follows the element language', () => {
    assert.equal(chartModel(doc, { info: EN }).series[0]!.label, 'Mexico');
  });

  test('chartSpan is "1990–2008" with an en dash, in both languages', () => {
    assert.equal(chartSpan(model, ES), '1990\u20132008');
    assert.equal(chartSpan(chartModel(doc, { info: EN }), EN), '1990\u20132008');
  });

  test('shuffled observations come out sorted by period', () => {
    const shuffled = [...ROWS].sort((a, b) => ((a.year * 7919) % 19) - ((b.year * 7919) % 19));
    assert.notDeepEqual(shuffled.map((r) => r.year), ROWS.map((r) => r.year));
    const m = chartModel(valid(nationalDoc(shuffled)), { info: ES });
    const xs = m.series[0]!.points.map((p) => p.x);
    assert.deepEqual(xs, [...xs].sort((a, b) => a - b));
    assert.deepEqual(m.series[0]!.points.map((p) => p.y), rates);
    assert.deepEqual(m.rows.map((p) => p.text), ROWS.map((r) => String(r.year)));
  });
});

describe('chartModel: missing values', () => {
  const doc = valid(docWith([
    { id: 'a', observations: [obs('2010', 5), obs('2011', null), obs('2012', 7), obs('2013', null)] },
    { id: 'b', observations: [obs('2010', 3), obs('2011', null), obs('2013', 4), obs('2014', null)] },
  ]));
  const model = chartModel(doc, { info: ES });

  test('null points are kept, in order, with y null', () => {
    const a = model.series[0]!;
    assert.deepEqual(a.points.map((p) => p.period.text), ['2010', '2011', '2012', '2013']);
    assert.deepEqual(a.points.map((p) => p.y), [5, null, 7, null]);
    assert.equal(a.valid, 2);
    const b = model.series[1]!;
    assert.deepEqual(b.points.map((p) => p.y), [3, null, 4, null]);
    assert.equal(b.valid, 2);
  });

  test('rows are the periods with at least one value in any series', () => {
    // 2011 is null everywhere and 2014 only exists as a null: no rows for them.
    assert.deepEqual(model.rows.map((p) => p.text), ['2010', '2012', '2013']);
  });

  test('null points still count for the time domain but not the value domain', () => {
    near(model.xDomain[0], 2010);
    near(model.xDomain[1], 2015);
    assert.deepEqual(model.yDomain, [0, 7]);
  });

  test('a document of nulls only has no rows, an empty span and a default domain', () => {
    const m = chartModel(valid(docWith([{ observations: [obs('2010', null), obs('2011', null)] }])), { info: ES });
    assert.deepEqual(m.rows, []);
    assert.equal(m.series[0]!.valid, 0);
    assert.equal(chartSpan(m, ES), '');
    assert.deepEqual(m.yDomain, [0, 1]);
  });

  test('chartSpan with a single row is that one period', () => {
    const m = chartModel(valid(docWith([{ observations: [obs('2012', 4), obs('2013', null)] }])), { info: ES });
    assert.deepEqual(m.rows.map((p) => p.text), ['2012']);
    assert.equal(chartSpan(m, ES), '2012');
  });

  test('chartSpan of range periods runs from the start of the first to the end of the last', () => {
    const single = chartModel(valid(docWith([{ observations: [obs('2015/2016', 1)] }])), { info: ES });
    assert.equal(chartSpan(single, ES), '2015\u20132016');
    const two = chartModel(valid(docWith([{ observations: [obs('2015/2016', 1), obs('2017/2018', 2)] }])), { info: ES });
    assert.equal(chartSpan(two, ES), '2015\u20132018');
    const mixed = chartModel(valid(docWith([{ observations: [obs('2015/2016', 1), obs('2017', 2)] }])), { info: EN });
    assert.equal(chartSpan(mixed, EN), '2015\u20132017');
  });

  test('chartSpan of months is localized: "ene 2019–dic 2020" / "Jan 2019–Dec 2020"', () => {
    const m = chartModel(valid(docWith([{ observations: [obs('2020-12', 2), obs('2019-01', 1)] }])), { info: ES });
    assert.equal(chartSpan(m, ES), 'ene 2019\u2013dic 2020');
    assert.equal(chartSpan(m, EN), 'Jan 2019\u2013Dec 2020');
  });
});

describe('chartModel: choosing series (the `series` attribute)', () => {
  const doc = valid(docWith([
    { id: 'ags', geo: { level: 'state', code: '01', name: 'Aguascalientes' }, observations: [obs('2012', 4)] },
    { id: 'nacional', geo: { level: 'country', code: 'MX', name: 'México' }, observations: [obs('2012', 22)] },
    { geo: { level: 'state', code: '09', name: 'Ciudad de México' }, observations: [obs('2012', 12)] },
    { observations: [obs('2012', 30)] },
  ]));
  const keys = (wanted: string | null | undefined): string[] => chartModel(doc, { series: wanted, info: ES }).series.map((s) => s.key);
  const sorted = (xs: string[]): string[] => [...xs].sort();

  test('series keys: id, else geo code, else 1-based position', () => {
    assert.deepEqual(doc.series.map((s, i) => seriesKey(s, i)), ['ags', 'nacional', '09', '4']);
  });

  test('no attribute, null or empty string shows every series', () => {
    const all = ['ags', 'nacional', '09', '4'];
    assert.deepEqual(keys(undefined), all);
    assert.deepEqual(keys(null), all);
    assert.deepEqual(keys(''), all);
    assert.deepEqual(keys(' , ,'), all);
  });

  test('by id', () => {
    assert.deepEqual(keys('ags'), ['ags']);
    assert.deepEqual(keys('nacional'), ['nacional']);
  });

  test('by geo code, also when the series has an id: "01" and "MX"', () => {
    assert.deepEqual(keys('01'), ['ags']);
    assert.deepEqual(keys('MX'), ['nacional']);
    assert.deepEqual(sorted(keys('01,MX')), ['ags', 'nacional']);
  });

  test('by geo code of a series without id, and by position of a series with neither', () => {
    assert.deepEqual(keys('09'), ['09']);
    assert.deepEqual(keys('4'), ['4']);
  });

  test('whitespace around keys is ignored', () => {
    assert.deepEqual(sorted(keys('  01 ,   MX  ')), ['ags', 'nacional']);
    assert.deepEqual(keys('\tags\n'), ['ags']);
  });

  test('unknown keys are ignored', () => {
    assert.deepEqual(keys('zz,01,99'), ['ags']);
  });

  test('a series named twice (by id and by code) is shown once', () => {
    assert.deepEqual(keys('ags,01,ags'), ['ags']);
  });

  test('only unknown keys → every series rather than an empty chart', () => {
    assert.deepEqual(keys('zz,99'), ['ags', 'nacional', '09', '4']);
  });

  test('keys are case-sensitive ("mx" is not "MX")', () => {
    // No series has id "mx" or code "mx": nothing matches, so everything is shown.
    assert.deepEqual(keys('mx'), ['ags', 'nacional', '09', '4']);
  });

  test('selectSeries keeps each series\' original index', () => {
    const chosen = selectSeries(doc, 'MX');
    assert.equal(chosen.length, 1);
    assert.equal(chosen[0]!.index, 1);
    assert.equal(chosen[0]!.series, doc.series[1]);
  });

  test('the domain and rows follow the chosen series only', () => {
    const m = chartModel(doc, { series: '01', info: ES });
    assert.deepEqual(m.yDomain, [0, 4]);
    const all = chartModel(doc, { info: ES });
    assert.deepEqual(all.yDomain, [0, 30]);
  });
});

describe('seriesLabel: label, else place name, else id, else position', () => {
  const doc = valid(docWith([
    { id: 'a', label: 'Etiqueta', geo: { level: 'state', code: '01', name: 'Aguascalientes' }, observations: [obs('2012', 1)] },
    { id: 'b', label: { es: 'Nacional', en: 'National' }, observations: [obs('2012', 1)] },
    { id: 'c', geo: { level: 'country', code: 'MX', name: { es: 'México', en: 'Mexico' } }, observations: [obs('2012', 1)] },
    { id: 'd', observations: [obs('2012', 1)] },
    { observations: [obs('2012', 1)] },
    { geo: { level: 'state', code: '09', name: 'Ciudad de México' }, observations: [obs('2012', 1)] },
  ], { lang: 'es' }));
  const labels = (info: typeof ES): string[] => doc.series.map((s, i) => seriesLabel(s, i, info, doc.lang));

  test('Spanish', () => {
    assert.deepEqual(labels(ES), ['Etiqueta', 'Nacional', 'México', 'd', '5', 'Ciudad de México']);
  });

  test('English: Text objects follow the requested language, plain strings stay as written', () => {
    assert.deepEqual(labels(EN), ['Etiqueta', 'National', 'Mexico', 'd', '5', 'Ciudad de México']);
  });

  test('chartModel uses the same labels', () => {
    assert.deepEqual(chartModel(doc, { info: EN }).series.map((s) => s.label), labels(EN));
  });

  test('a language the Text lacks falls back to the document language', () => {
    const d = valid(docWith([{ label: { es: 'Nacional', en: 'National' }, observations: [obs('2012', 1)] }], { lang: 'es' }));
    assert.equal(seriesLabel(d.series[0]!, 0, resolveLocale('fr'), 'es'), 'National'); // fr → en
    assert.equal(seriesLabel(d.series[0]!, 0, resolveLocale('es-ES'), 'en'), 'Nacional');
  });
});

describe('chartModel: value domain', () => {
  test('upper extends the top, lower below zero extends the bottom', () => {
    const doc = valid(docWith([{ observations: [obs('2012', 10, { lower: 8, upper: 30 }), obs('2013', 12)] }]));
    assert.deepEqual(chartModel(doc, { info: ES }).yDomain, [0, 30]);
    const neg = valid(docWith([{ observations: [obs('2012', 1, { lower: -5, upper: 3 }), obs('2013', 2)] }]));
    assert.deepEqual(chartModel(neg, { info: ES }).yDomain, [-5, 3]);
  });

  test('the band of an observation whose value is null is inside the domain (the element draws it)', () => {
    // The validator accepts lower/upper around a null value, and the chart's band generator
    // draws wherever lower and upper are numbers; the domain "includes bands".
    const doc = valid(docWith([{ observations: [
      obs('2012', null, { lower: 5, upper: 50 }), obs('2013', null, { lower: 6, upper: 45 }), obs('2014', 2, { lower: 1, upper: 3 }),
    ] }]));
    assert.deepEqual(chartModel(doc, { info: ES }).yDomain, [0, 50]);
  });

  test('all-negative values: the domain still reaches zero', () => {
    const doc = valid(docWith([{ observations: [obs('2012', -5), obs('2013', -2)] }]));
    assert.deepEqual(chartModel(doc, { info: ES }).yDomain, [-5, 0]);
  });

  test('positive values and lower bounds keep the domain zero-based', () => {
    const doc = valid(docWith([{ observations: [obs('2012', 10, { lower: 9 }), obs('2013', 12)] }]));
    assert.deepEqual(chartModel(doc, { info: ES }).yDomain, [0, 12]);
  });

  test('the document reference extends the domain and is reported', () => {
    const doc = valid(docWith([{ observations: [obs('2012', 10), obs('2013', 12)] }], { reference: { label: 'nacional', value: 40 } }));
    const m = chartModel(doc, { info: ES });
    assert.equal(m.reference, 40);
    assert.deepEqual(m.yDomain, [0, 40]);
  });

  test('options.reference overrides the document reference', () => {
    const doc = valid(docWith([{ observations: [obs('2012', 10), obs('2013', 12)] }], { reference: { label: 'nacional', value: 40 } }));
    const lower = chartModel(doc, { info: ES, reference: 5 });
    assert.equal(lower.reference, 5);
    assert.deepEqual(lower.yDomain, [0, 12]);
    const higher = chartModel(doc, { info: ES, reference: 55 });
    assert.equal(higher.reference, 55);
    assert.deepEqual(higher.yDomain, [0, 55]);
  });

  test('options.reference without a document reference', () => {
    const doc = valid(docWith([{ observations: [obs('2012', 10)] }]));
    const m = chartModel(doc, { info: ES, reference: 20 });
    assert.equal(m.reference, 20);
    assert.deepEqual(m.yDomain, [0, 20]);
    assert.equal(chartModel(doc, { info: ES }).reference, null);
  });

  test('a domain of zeros is still a non-empty range', () => {
    const doc = valid(docWith([{ observations: [obs('2012', 0), obs('2013', 0)] }]));
    const [a, b] = chartModel(doc, { info: ES }).yDomain;
    assert.equal(a, 0);
    assert.ok(b > a, `${a}..${b}`);
  });

  test('rank units: reversed domain [outOf, 1], so rank 1 is at the top', () => {
    const doc = valid(docWith([{ observations: [obs('2012', 3), obs('2013', 7), obs('2014', 1)] }], { unit: { type: 'rank', outOf: 32 } }));
    assert.deepEqual(chartModel(doc, { info: ES }).yDomain, [32, 1]);
  });

  test('rank units without outOf: reversed domain [worst rank, 1]', () => {
    const doc = valid(docWith([{ observations: [obs('2012', 3), obs('2013', 7)] }], { unit: { type: 'rank' } }));
    assert.deepEqual(chartModel(doc, { info: ES }).yDomain, [7, 1]);
  });

  test('count and percent units are zero-based too', () => {
    const count = valid(docWith([{ observations: [obs('2012', 120), obs('2013', 150)] }], { unit: { type: 'count' } }));
    assert.deepEqual(chartModel(count, { info: ES }).yDomain, [0, 150]);
    const percent = valid(docWith([{ observations: [obs('2012', 40.5), obs('2013', 71.9)] }], { unit: { type: 'percent' } }));
    assert.deepEqual(chartModel(percent, { info: ES }).yDomain, [0, 71.9]);
  });
});

describe('chartModel: time', () => {
  test('granularity is the finest among the shown periods', () => {
    const yearly = { id: 'y', observations: [obs('2018', 1), obs('2019', 2)] };
    const quarterly = { id: 'q', observations: [obs('2018-Q1', 1), obs('2018-Q2', 2)] };
    const monthly = { id: 'm', observations: [obs('2018-01', 1), obs('2018-02', 2)] };
    assert.equal(chartModel(valid(docWith([yearly])), { info: ES }).granularity, 'year');
    assert.equal(chartModel(valid(docWith([yearly, quarterly])), { info: ES }).granularity, 'quarter');
    assert.equal(chartModel(valid(docWith([quarterly, yearly])), { info: ES }).granularity, 'quarter');
    assert.equal(chartModel(valid(docWith([yearly, monthly, quarterly])), { info: ES }).granularity, 'month');
    const doc = valid(docWith([yearly, monthly]));
    assert.equal(chartModel(doc, { series: 'y', info: ES }).granularity, 'year');
    assert.equal(chartModel(doc, { series: 'm', info: ES }).granularity, 'month');
  });

  test('monthly points sit at the middle of their month', () => {
    const m = chartModel(valid(docWith([{ observations: [obs('2012-03', 1)] }])), { info: ES });
    near(m.series[0]!.points[0]!.x, 2012 + 2.5 / 12);
    near(m.xDomain[0], 2012 + 2 / 12);
    near(m.xDomain[1], 2012.25);
  });

  test('a range period sits at the middle of the range', () => {
    const m = chartModel(valid(docWith([{ observations: [obs('2015/2016', 1)] }])), { info: ES });
    near(m.series[0]!.points[0]!.x, 2016);
    assert.equal(chartSpan(m, ES), '2015\u20132016');
  });

  test('unsorted observations come out sorted (the validator sorts them)', () => {
    const doc = valid(docWith([{ observations: [obs('2014', 3), obs('2012', 1), obs('2015', null), obs('2013', 2)] }]));
    const m = chartModel(doc, { info: ES });
    assert.deepEqual(m.series[0]!.points.map((p) => p.period.text), ['2012', '2013', '2014', '2015']);
    assert.deepEqual(m.series[0]!.points.map((p) => p.y), [1, 2, 3, null]);
    assert.deepEqual(m.rows.map((p) => p.text), ['2012', '2013', '2014']);
  });

  test('rows of several series are merged and sorted; the same period appears once', () => {
    const doc = valid(docWith([
      { id: 'a', observations: [obs('2014', 1), obs('2012', 1)] },
      { id: 'b', observations: [obs('2013', 1), obs('2012', 2), obs('2011', 5)] },
    ]));
    assert.deepEqual(chartModel(doc, { info: ES }).rows.map((p) => p.text), ['2011', '2012', '2013', '2014']);
  });
});
