/**
 * The pure core of `<crime-rate-trend layout="grid">` (src/core/grid.ts, DESIGN §1a), on the
 * real 32-state document (INEGI homicides over CONAPO population, 1990–2008, with the
 * national series MX): panel order, shared and free y domains, columns for a width, each
 * panel's label, and the grid's one summary, es and en. The expectations are computed here
 * from the document's counts and populations, not read back from the code under test.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { chartModel } from '../../src/core/chart.js';
import { resolveLocale } from '../../src/core/format.js';
import { chartGrid, gridColumns, gridSort, gridYScale } from '../../src/core/grid.js';
import { validateIndicator } from '../../src/core/validate.js';
import type { Indicator, ValidIndicator } from '../../src/core/schema.js';

interface RawSeries { id: string; label?: { es: string; en: string }; geo: { name: string }; observations: { period: string; count: number; population: number }[] }
const raw = JSON.parse(readFileSync(new URL('../../demo/data/states-homicide-1990-2008.json', import.meta.url), 'utf8')) as { series: RawSeries[] };

function valid(doc: unknown): ValidIndicator {
  const r = validateIndicator(doc);
  assert.ok(r.ok, JSON.stringify(!r.ok && r.errors));
  return r.value;
}
const doc = valid(raw);

/** Each state's rates, computed here: count ÷ population × 100,000. */
const states = raw.series.filter((s) => s.id !== 'MX').map((s) => {
  const rates = s.observations.map((o) => (o.count / o.population) * 1e5);
  return { id: s.id, name: s.geo.name, first: rates[0]!, last: rates[rates.length - 1]!, max: Math.max(...rates) };
});
const national = (() => {
  const mx = raw.series.find((s) => s.id === 'MX')!;
  return Math.max(...mx.observations.map((o) => (o.count / o.population) * 1e5));
})();
const shown = (v: number) => v.toFixed(1);

function grid(lang: 'es' | 'en', o: Partial<Parameters<typeof chartGrid>[2]> = {}) {
  const info = resolveLocale(lang);
  const model = chartModel(doc, { series: null, info });
  return chartGrid(doc, model, { info, decimals: 1, width: 1000, compare: 'MX', ...o });
}

describe('the grid of small multiples on the 32 states', () => {
  test('the compare series (MX) is no panel: it is returned apart; 32 panels in document order by default', () => {
    const g = grid('es');
    assert.equal(g.panels.length, 32);
    assert.equal(g.compare?.key, 'MX');
    assert.equal(g.compare?.label, 'Nacional');
    assert.equal(g.compareIndex, 0);
    assert.deepEqual(g.panels.map((p) => p.key), states.map((s) => s.id));
    assert.equal(g.sort, 'document');
    // By geo code as well as by id; no compare, or an unknown one: every series is a panel.
    assert.equal(grid('es', { compare: 'MX' }).compare?.source.geo?.code, 'MX');
    assert.equal(grid('es', { compare: null }).panels.length, 33);
    assert.equal(grid('es', { compare: '99' }).compare, null);
  });

  test('sort="name" follows the language’s collation; "latest" and "change" put the highest first', () => {
    const byName = grid('es', { sort: 'name' }).panels.map((p) => p.label.place);
    assert.deepEqual(byName, [...byName].sort(new Intl.Collator('es-MX').compare));
    assert.ok(byName.indexOf('Ciudad de México') > byName.indexOf('Chihuahua'));

    const latest = grid('en', { sort: 'latest' }).panels;
    const expectedLatest = [...states].sort((a, b) => b.last - a.last).map((s) => s.id);
    assert.deepEqual(latest.map((p) => p.key), expectedLatest);
    assert.equal(latest[0]!.label.place, 'Chihuahua');
    assert.equal(latest[31]!.label.place, 'Yucatán');

    const change = grid('es', { sort: 'change' }).panels;
    const expectedChange = [...states].sort((a, b) => (b.last / b.first) - (a.last / a.first)).map((s) => s.id);
    assert.deepEqual(change.map((p) => p.key), expectedChange);
    for (const p of change) {
      const s = states.find((x) => x.id === p.key)!;
      assert.ok(Math.abs(p.change! - ((s.last - s.first) / s.first) * 100) < 1e-9, p.key);
    }
  });

  test('unknown sort and y-scale values fall back to the document’s order and a shared scale', () => {
    assert.equal(gridSort('population'), 'document');
    assert.equal(gridSort(' Latest '), 'latest');
    assert.equal(gridSort(null), 'document');
    assert.equal(gridYScale('FREE'), 'free');
    assert.equal(gridYScale('log'), 'shared');
    assert.deepEqual(grid('es', { sort: 'bogus' }).panels.map((p) => p.key), states.map((s) => s.id));
  });

  test('y-scale="shared": one zero-based domain for every panel, up to the highest value (Chihuahua 2008)', () => {
    const g = grid('es');
    const top = Math.max(national, ...states.map((s) => s.max));
    assert.equal(g.yScale, 'shared');
    assert.deepEqual(g.yDomain, [0, top]);
    for (const p of g.panels) assert.deepEqual(p.yDomain, [0, top]);
  });

  test('y-scale="free": each panel its own domain, holding its series and the national line drawn in it', () => {
    const g = grid('en', { yScale: 'free' });
    for (const p of g.panels) {
      const s = states.find((x) => x.id === p.key)!;
      assert.equal(p.yDomain[0], 0);
      assert.ok(Math.abs(p.yDomain[1] - Math.max(s.max, national)) < 1e-9, `${p.key}: ${p.yDomain}`);
    }
    assert.ok(new Set(g.panels.map((p) => p.yDomain[1])).size > 10, 'domains differ');
  });

  test('columns: the attribute when it is a whole number, else ~160 px columns, 2 under 420 px, never more than the panels', () => {
    assert.equal(grid('es', { width: 1000 }).columns, 6);
    assert.equal(grid('es', { width: 1000 }).rows, 6);
    assert.equal(grid('es', { width: 320 }).columns, 2);
    assert.equal(grid('es', { width: 419 }).columns, 2);
    assert.equal(grid('es', { width: 480 }).columns, 3);
    assert.equal(grid('es', { width: 1280 }).columns, 8);
    assert.equal(grid('es', { width: 1280 }).rows, 4);
    assert.equal(grid('es', { width: 320, columns: '4' }).columns, 4);
    assert.equal(grid('es', { width: 1000, columns: 3 }).rows, 11);
    for (const bad of ['0', '-2', '2.5', 'abc', '', null]) assert.equal(gridColumns(1000, 32, bad), 6, String(bad));
    assert.equal(gridColumns(1000, 3, null), 3);
    assert.equal(gridColumns(1000, 3, 8), 3);
    assert.equal(gridColumns(0, 32, null), 1);
    assert.equal(gridColumns(300, 1, null), 1);
  });

  test('each panel is labelled with its place and last value', () => {
    const g = grid('es');
    for (const p of g.panels) {
      const s = states.find((x) => x.id === p.key)!;
      assert.equal(p.label.value, shown(s.last));
      assert.equal(p.label.period, '2008');
      assert.equal(p.label.text, `${p.label.place} ${shown(s.last)}`);
    }
    assert.equal(g.panels.find((p) => p.key === '08')!.label.text, 'Chihuahua 76.4');
    assert.equal(g.period?.text, '2008');
  });

  test('a panel whose last value is older than the others says its period', () => {
    const cut = structuredClone(raw);
    const yuc = cut.series.find((s) => s.id === '31')!;
    yuc.observations = yuc.observations.filter((o) => o.period !== '2008');
    const info = resolveLocale('es');
    const d = valid(cut);
    const g = chartGrid(d, chartModel(d, { series: null, info }), { info, decimals: 1, width: 800, compare: 'MX' });
    const panel = g.panels.find((p) => p.key === '31')!;
    assert.equal(panel.label.period, '2007');
    assert.match(panel.label.text, /^Yucatán \d+\.\d \(2007\)$/);
    assert.equal(g.panels.find((p) => p.key === '08')!.label.text, 'Chihuahua 76.4', 'the others say no period');
    // The summary compares places at one period only: the one all 32 have (2007), not 2008 (31).
    assert.equal(g.period?.text, '2007');
    const in2007 = raw.series.filter((x) => x.id !== 'MX').map((x) => { const o = x.observations.find((ob) => ob.period === '2007')!; return { name: x.geo.name, rate: (o.count / o.population) * 1e5 }; });
    const top = in2007.reduce((a, b2) => (b2.rate > a.rate ? b2 : a));
    assert.ok(g.summary.startsWith(`En 2007, ${top.name} tiene la tasa más alta (${shown(top.rate)}) y `), g.summary);
    // Yucatán's change runs to 2007, the others' to 2008: no one span is named.
    assert.match(g.summary, /; subió en \d+ de 32 entidades/);
  });

  test('one summary: highest and lowest in 2008, and how many rose and fell from 1990 to 2008 (es and en)', () => {
    const high = states.reduce((a, b) => (b.last > a.last ? b : a));
    const low = states.reduce((a, b) => (b.last < a.last ? b : a));
    assert.equal(high.name, 'Chihuahua');
    assert.equal(low.name, 'Yucatán');
    const same = states.filter((s) => shown(s.first) === shown(s.last)).length;
    const up = states.filter((s) => shown(s.first) !== shown(s.last) && s.last > s.first).length;
    const down = states.length - up - same;
    assert.equal(up + down + same, 32);
    const es = grid('es').summary;
    const en = grid('en').summary;
    const tail = (lang: 'es' | 'en') => (same
      ? (lang === 'es' ? `, bajó en ${down} y no cambió en ${same}.` : `, fell in ${down} and held steady in ${same}.`)
      : (lang === 'es' ? ` y bajó en ${down}.` : ` and fell in ${down}.`));
    assert.equal(es, `En 2008, Chihuahua tiene la tasa más alta (${shown(high.last)}) y Yucatán la más baja (${shown(low.last)}); de 1990 a 2008 subió en ${up} de 32 entidades${tail('es')}`);
    assert.equal(en, `In 2008, Chihuahua has the highest rate (${shown(high.last)}) and Yucatán the lowest (${shown(low.last)}); from 1990 to 2008 it rose in ${up} of 32 states${tail('en')}`);
    // The order of the panels changes nothing in the summary.
    assert.equal(grid('es', { sort: 'change' }).summary, es);
  });

  test('a grid of ranks: the best (1) first for sort="latest", and "best"/"worst" in the summary', () => {
    const ranks: Indicator = {
      schema: 1,
      title: 'Lugar',
      unit: { type: 'rank', outOf: 3 },
      series: ['A', 'B', 'C'].map((id, i) => ({ id, label: `Lugar ${id}`, observations: [{ period: '2020', value: 3 - i }, { period: '2021', value: ((i + 1) % 3) + 1 }] })),
      sources: [{ name: 'Prueba' }],
    };
    const d = valid(ranks);
    const info = resolveLocale('en');
    const g = chartGrid(d, chartModel(d, { series: null, info }), { info, decimals: 0, width: 600, sort: 'latest' });
    assert.deepEqual(g.panels.map((p) => p.last?.y), [1, 2, 3]);
    assert.deepEqual(g.yDomain, [3, 1]);
    assert.match(g.summary, /^In 2021, Lugar C has the best rank \(1\) and Lugar B the worst \(3\)/);
  });
});
