// What a screen reader hears of the chart (core/trend-text.ts `said`, DESIGN §5): its type,
// axes with unit and range, counts, one list of points per series, many series summarised,
// and the table's rows for every period of the span (core/chart.ts `tableRows`).
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { chartModel, tableRows } from '../../src/core/chart.js';
import { resolveLocale } from '../../src/core/format.js';
import { formatPeriod } from '../../src/core/period.js';
import { describeChart, describePoint, trendText, MANY_SERIES } from '../../src/core/trend-text.js';
import { validateIndicator } from '../../src/core/validate.js';
import type { ValidIndicator } from '../../src/core/schema.js';

const ES = resolveLocale('es');
const EN = resolveLocale('en');

function valid(doc: unknown): ValidIndicator {
  const r = validateIndicator(doc);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.value;
}
const demo = (name: string) => valid(JSON.parse(readFileSync(new URL(`../../demo/data/${name}`, import.meta.url), 'utf8')));
const NATIONAL = demo('national-homicide-1990-2008.json');
const STATES = demo('states-homicide-1990-2008.json');

const said = (doc: ValidIndicator, info = ES, series: string | null = null, decimals = 1) => trendText(doc, chartModel(doc, { series, info }), { info, decimals }).said;

/** Nothing a voice misreads: no grouped digits in Spanish, no minus sign, no ordinal indicator, no dash. */
function assertSpeakable(text: string, lang: 'es' | 'en'): void {
  if (lang === 'es') assert.doesNotMatch(text, /\d,\d{3}/, text);
  assert.doesNotMatch(text, /[\u2212\u2013º]/, text);
}

describe('the chart says what it is', () => {
  test('national chart, Spanish: type, title, place and span in the name; counts and both axes in the description', () => {
    const s = said(NATIONAL);
    assert.equal(s.name, 'Gráfica de líneas: Homicidios dolosos, Nacional, 1990 a 2008');
    assert.equal(s.description, 'Una serie de 19 puntos. Eje X: años, de 1990 a 2008. Eje Y: tasa por cada 100 mil habitantes, de 8.3 a 17.3.');
    assert.equal(s.explore, 'Homicidios dolosos: explorar con las flechas');
  });

  test('national chart, English', () => {
    const s = said(NATIONAL, EN);
    assert.equal(s.name, 'Line chart: Intentional homicides, National, 1990 to 2008');
    assert.equal(s.description, 'One series of 19 points. X axis: years, from 1990 to 2008. Y axis: rate per 100,000 inhabitants, from 8.3 to 17.3.');
  });

  test('months, quarters, percents and counts name their axes', () => {
    const monthly = valid({ schema: 1, title: 'M', unit: { type: 'count', of: { es: 'víctimas', en: 'victims' } }, series: [{ observations: [{ period: '2014-01', value: 2567 }, { period: '2014-02', value: null }, { period: '2014-03', value: 1200 }] }], sources: [{ name: 'x' }] });
    assert.equal(describeChart(monthly, chartModel(monthly, { info: ES }), { info: ES, decimals: 0 }), 'Una serie de 3 puntos. Eje X: meses, de enero de 2014 a marzo de 2014. Eje Y: víctimas, de 1,200 a 2,567.');
    assert.equal(said(monthly, ES, null, 0).description, 'Una serie de 3 puntos. Eje X: meses, de enero de 2014 a marzo de 2014. Eje Y: víctimas, de 1200 a 2567.');
    const quarterly = valid({ schema: 1, title: 'Q', unit: { type: 'percent' }, series: [{ observations: [{ period: '2014-Q1', value: 10 }, { period: '2014-Q2', value: 12.5 }] }], sources: [{ name: 'x' }] });
    assert.equal(said(quarterly, EN).description, 'One series of 2 points. X axis: quarters, from quarter 1 of 2014 to quarter 2 of 2014. Y axis: percent, from 10.0 percent to 12.5 percent.');
  });

  test('every spoken text of the demo charts is speakable, es and en', () => {
    for (const doc of [NATIONAL, STATES]) {
      for (const info of [ES, EN]) {
        const s = said(doc, info);
        for (const t of [s.name, s.description, s.explore, s.marks, ...s.series.flatMap((x) => [x.heading, ...x.points])]) assertSpeakable(t, info.lang);
      }
    }
  });
});

describe('points in the reading order', () => {
  test('one list per series; items are period and value (the heading says the series), gaps say "sin datos"', () => {
    const s = said(NATIONAL);
    assert.equal(s.series.length, 1);
    assert.equal(s.series[0]!.heading, 'Nacional: 19 puntos.');
    assert.equal(s.series[0]!.points[0], '1990: 13.7');
    assert.equal(s.series[0]!.points.at(-1), '2008: 12.8');
    const gap = valid({ schema: 1, title: 'G', unit: { type: 'rate', per: 100000 }, series: [{ label: 'Sinaloa', observations: [{ period: '2014-12', value: 5 }, { period: '2015-01', value: null }, { period: '2015-02', value: 6, lower: 5.1, upper: 7.2, status: 'preliminary' }] }], sources: [{ name: 'x' }] });
    assert.deepEqual(said(gap).series[0]!.points, ['diciembre de 2014: 5.0', 'enero de 2015: sin datos', 'febrero de 2015 (preliminar): 6.0 (intervalo: 5.1 a 7.2)']);
  });

  test('the keyboard announces a point with its place and unit, and its interval', () => {
    const doc = valid({ schema: 1, title: 'G', unit: { type: 'rate', per: 100000 }, series: [{ label: 'A', observations: [{ period: '2014', value: 12.3, lower: 10.1, upper: 14.5 }] }, { label: 'B', observations: [{ period: '2014', value: 1 }] }], sources: [{ name: 'x' }] });
    const model = chartModel(doc, { info: ES });
    assert.equal(describePoint(doc, model, { s: 0, i: 0 }, { info: ES, decimals: 1 }), 'A, 2014: 12.3 por cada 100 mil habitantes (intervalo: 10.1–14.5)');
  });
});

describe('many series are summarised, not listed', () => {
  test(`more than ${MANY_SERIES} series: the name counts them, the summary gives highest, lowest and how many rose or fell`, () => {
    const model = chartModel(STATES, { info: ES });
    const t = trendText(STATES, model, { info: ES, decimals: 1 });
    assert.equal(t.name, 'Homicidios dolosos, 33 series, 1990–2008');
    assert.match(t.summary, /^En 2008, el valor más alto es el de Chihuahua \(76\.4\) y el más bajo el de Yucatán \(2\.6\)\. De 33 series, \d+ subieron y \d+ bajaron\.$/);
    assert.ok(t.summary.split(/\s+/).length < 40, `a short summary: ${t.summary}`);
    // Each series' own sentence heads its list instead.
    assert.match(t.said.series[1]!.heading, /^Aguascalientes: subió de 4\.3 a 5\.2 .* \(más 20 por ciento\).* 19 puntos\.$/);
  });

  test('a few series keep their sentences, and their names in the chart name', () => {
    const t = trendText(STATES, chartModel(STATES, { series: 'MX,08', info: ES }), { info: ES, decimals: 1 });
    assert.equal(t.name, 'Homicidios dolosos, Nacional, Chihuahua, 1990–2008');
    assert.match(t.summary, /^Nacional: bajó .* Chihuahua: subió /);
  });
});

describe('tableRows: a row for every period of the span', () => {
  test('a missing month (no observation at all) and a null month are rows', () => {
    const doc = valid({ schema: 1, title: 'S', unit: { type: 'rate', per: 100000 }, series: [{ observations: [{ period: '2014-11', value: 1 }, { period: '2014-12', value: 2 }, { period: '2015-01', value: null }, { period: '2015-04', value: 3 }] }], sources: [{ name: 'x' }] });
    const rows = tableRows(chartModel(doc, { info: ES })).map((p) => formatPeriod(p, ES));
    assert.deepEqual(rows, ['nov 2014', 'dic 2014', 'ene 2015', 'feb 2015', 'mar 2015', 'abr 2015']);
  });

  test('years with ranges and partial figures keep their own rows', () => {
    const doc = valid({ schema: 1, title: 'S', unit: { type: 'rate', per: 100000 }, series: [{ observations: [{ period: '2012', value: 1 }, { period: '2014', value: 2 }, { period: '2015/2016', value: 3 }] }], sources: [{ name: 'x' }] });
    assert.deepEqual(tableRows(chartModel(doc, { info: ES })).map((p) => p.text), ['2012', '2013', '2014', '2015/2016']);
  });
});
