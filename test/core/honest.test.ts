// DESIGN §2a, finding by finding (issue "Honest numbers"): what the headline, the summary,
// <rate-per-100k>'s change and the ranks say about partial, preliminary, approximate
// and incomparable figures. Real INEGI homicides and CONAPO population (1990–2016) from
// test/fixtures/data/new.crimenmexico__table-inegi-sesnsp.csv where a series is needed.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { comparable, coverageText, periodWithQualifiers, sameSpanEarlier } from '../../src/core/comparable.js';
import { formatChange, resolveLocale } from '../../src/core/format.js';
import { parsePeriod } from '../../src/core/period.js';
import { placeRank, rankPhrase } from '../../src/core/ranking.js';
import type { Indicator, ValidIndicator, ValidObservation } from '../../src/core/schema.js';
import { pick, versusPrevious } from '../../src/core/stat.js';
import { changeText, describeChange, headline, partialTail } from '../../src/core/summary.js';
import { validateIndicator } from '../../src/core/validate.js';

const ES = resolveLocale('es');
const EN = resolveLocale('en');
const MINUS = '\u2212';
const RATE = { type: 'rate', per: 100000, of: { es: 'habitantes', en: 'inhabitants' } } as const;

function valid(doc: Indicator): ValidIndicator {
  const r = validateIndicator(doc);
  assert.ok(r.ok, JSON.stringify(!r.ok && r.errors));
  return r.value;
}

/** INEGI homicides with population, 1990–2016, from the real table (its rows have quoted years and counts). */
function inegi(): ValidObservation[] {
  const text = readFileSync(new URL('../fixtures/data/new.crimenmexico__table-inegi-sesnsp.csv', import.meta.url), 'latin1');
  const rows: ValidObservation[] = [];
  for (const line of text.split(/\r?\n/)) {
    const cells = line.split(',').map((c) => c.replace(/^"|"$/g, ''));
    if (/^\d{4}$/.test(cells[0] ?? '') && cells[2] && Number(cells[0]) <= 2016) {
      rows.push({ period: cells[0]!, count: Number(cells[2]), population: Number(cells[1]), value: null });
    }
  }
  return rows;
}

function nationalDoc(observations: readonly object[]): ValidIndicator {
  return valid({
    schema: 1,
    title: { es: 'Homicidios dolosos', en: 'Intentional homicides' },
    unit: RATE,
    series: [{ geo: { level: 'country', code: 'MX', name: { es: 'México', en: 'Mexico' } }, observations: observations as never }],
    sources: [{ name: 'INEGI' }],
  });
}

describe('comparable: a change joins equal spans of time only', () => {
  test('year with year, month with month, a quarter with three months; never a month with a year', () => {
    assert.equal(comparable({ period: '2014' }, { period: '2016' }), true);
    assert.equal(comparable({ period: '2015-12' }, { period: '2016-01' }), true);
    assert.equal(comparable({ period: '2015-Q1' }, { period: '2016-01/2016-03' }), true);
    assert.equal(comparable({ period: '2015-12' }, { period: '2016' }), false);
    assert.equal(comparable({ period: '2013/2015' }, { period: '2016' }), false);
  });

  test('a partial year only with the same months of another year', () => {
    const q1 = { period: '2016', coverage: '2016-01/2016-03' };
    assert.equal(comparable({ period: '2015' }, q1), false);
    assert.equal(comparable({ period: '2015', coverage: '2015-01/2015-03' }, q1), true);
    assert.equal(comparable({ period: '2015-01/2015-03' }, q1), true);
    assert.equal(comparable({ period: '2015', coverage: '2015-02/2015-04' }, q1), false);
    assert.equal(sameSpanEarlier(q1, { period: '2015-01/2015-03' }), true);
    assert.equal(sameSpanEarlier(q1, { period: '2016-01/2016-03' }), false, 'not earlier');
  });

  test('coverage in words: "ene–mar" / "Jan–Mar", "enero a marzo" in sentences; status after it', () => {
    const o = { period: '2016', coverage: '2016-01/2016-03', status: 'preliminary' } as const;
    assert.equal(coverageText(o, ES), 'ene–mar');
    assert.equal(coverageText(o, EN, 'long'), 'January to March');
    assert.equal(periodWithQualifiers(o, parsePeriod('2016')!, ES), '2016 (ene–mar, preliminar)');
    assert.equal(periodWithQualifiers(o, parsePeriod('2016')!, EN, 'long'), '2016 (January to March, preliminary)');
    assert.equal(periodWithQualifiers({ status: 'estimated' }, parsePeriod('2015')!, EN), '2015 (estimated)');
  });
});

describe('finding 1: a partial year never drives the headline', () => {
  // Real INEGI 2014 and 2015; "2016" as SESNSP months through March: a quarter of a year's homicides.
  const obs = [
    { period: '2014', count: 20010, population: 119713204 },
    { period: '2015', count: 20762, population: 121005815 },
    { period: '2016', count: 4900, population: 122273473, coverage: '2016-01/2016-03', status: 'preliminary' },
  ];
  const doc = nationalDoc(obs);
  const s = doc.series[0]!.observations;

  test('the default headline ends at the last complete year, not the partial one', () => {
    const h = headline(s)!;
    assert.equal(h.from.period.text, '2014');
    assert.equal(h.to.period.text, '2015');
    assert.equal(formatChange(h.change, 'es-MX'), '+3 %');
  });

  test('the partial year is said with its coverage and not compared with full years', () => {
    const h = headline(s);
    const tail = partialTail(s, h);
    assert.equal(tail?.period.text, '2016');
    assert.equal(headline(s, null, '2016'), null, 'no same months a year earlier: no change');
  });

  test('asked for explicitly against a full year, the pair is refused in words, with no percent', () => {
    const h = headline(s, '2014', '2016')!;
    assert.equal(h.comparable, false);
    assert.equal(h.change, null);
    const es = describeChange(h, RATE, ES, 1);
    assert.match(es, /^2016 \(enero a marzo, preliminar\): 4\.0, sin comparar con 2014 \(16\.7\), que cubre otro lapso/);
    assert.doesNotMatch(es, /%/);
    assert.match(describeChange(h, RATE, EN, 1), /^2016 \(January to March, preliminary\): 4\.0, not compared with 2014 \(16\.7\), which covers a different span of time/);
  });

  test('with the same months a year earlier, the partial year is compared with them', () => {
    const d = nationalDoc([...obs, { period: '2015-01/2015-03', value: 3.5 }].filter((o) => o.period !== '2014'));
    const h = headline(d.series[0]!.observations, null, '2016')!;
    assert.equal(h.from.period.text, '2015-01/2015-03');
    assert.equal(h.comparable, true);
    assert.equal(describeChange(h, RATE, ES, 1), 'subió de 3.5 a 4.0 por cada 100 mil habitantes entre ene–mar 2015 y 2016 (enero a marzo, preliminar) (+14 %)');
  });

  test('<rate-per-100k> defaults to the latest complete year, and its change is against 2014 (+3 %)', () => {
    const p = pick(doc)!;
    assert.equal(p.period.text, '2015');
    const v = versusPrevious(p, 1)!;
    assert.equal(v.before.period.text, '2014');
    assert.equal(changeText(v, ES), '+3 %');
  });

  test('<rate-per-100k period="2016"> shows the partial year with no change against a full year', () => {
    const p = pick(doc, null, '2016')!;
    assert.equal(p.observation.coverage, '2016-01/2016-03');
    assert.equal(versusPrevious(p, 1), null);
  });
});

describe('finding 6: changes of approximate values are approximate', () => {
  const doc = nationalDoc([{ period: '2012', value: 23, qualifier: 'almost' }, { period: '2015', value: 17, qualifier: 'about' }]);
  test('"casi 23" → "alrededor de 17" is "alrededor de −26 %", never a bare "−26 %"', () => {
    const v = versusPrevious(pick(doc)!, 0)!;
    assert.equal(v.approximate, true);
    assert.equal(changeText(v, ES), `alrededor de ${MINUS}26 %`);
    assert.equal(changeText(v, EN), `about ${MINUS}26 %`);
    assert.equal(changeText(headline(doc.series[0]!.observations)!, EN), `about ${MINUS}26 %`);
  });
});

describe('finding 7: periods of different lengths are never compared', () => {
  test('a year after a month: the change is against the previous year, not "dic 2015"', () => {
    const doc = nationalDoc([
      { period: '2014', value: 16.7 },
      { period: '2015-12', value: 1.3 },
      { period: '2016', value: 4.0 },
    ]);
    const v = versusPrevious(pick(doc)!, 1)!;
    assert.equal(v.before.period.text, '2014');
  });

  test('a year after a three-year range has no change when no year precedes it', () => {
    const doc = nationalDoc([{ period: '2013/2015', value: 46.7 }, { period: '2016', value: 16.3 }]);
    assert.equal(versusPrevious(pick(doc)!, 1), null);
    assert.equal(headline(doc.series[0]!.observations), null);
  });
});

describe('finding 9: the summary tells the path, not just the ends', () => {
  const doc = nationalDoc(inegi());
  const s = doc.series[0]!.observations;
  test('INEGI 1990–2016: rose from 16.6 to 20.1, with the low of 2007 and the peak of 2011 named', () => {
    const h = headline(s)!;
    assert.equal(h.lowest?.period.text, '2007');
    assert.equal(h.highest?.period.text, '2011');
    assert.equal(
      describeChange(h, RATE, ES, 1),
      'subió de 16.6 a 20.1 por cada 100 mil habitantes entre 1990 y 2016 (+21 %); mínimo de 8.1 en 2007, máximo de 23.5 en 2011',
    );
    assert.equal(
      describeChange(h, RATE, EN, 1),
      'rose from 16.6 to 20.1 per 100,000 inhabitants between 1990 and 2016 (+21 %); lowest 8.1 in 2007, highest 23.5 in 2011',
    );
  });

  test('a monotonic path names no extremes', () => {
    const h = headline(s, '2007', '2011')!;
    assert.equal(h.highest, null);
    assert.equal(h.lowest, null);
    assert.doesNotMatch(describeChange(h, RATE, EN, 1), /highest|lowest/);
  });
});

describe('finding 4: a country is never ranked among its states', () => {
  // 32 states plus the national figure; the country sits between the states.
  const states = Array.from({ length: 32 }, (_, i) => ({
    geo: { level: 'state', code: String(i + 1).padStart(2, '0'), name: `State ${i + 1}` },
    observations: [{ period: '2015', value: 40 - i }],
  }));
  const doc = valid({
    schema: 1,
    title: 'Homicidios',
    unit: RATE,
    series: [{ geo: { level: 'country', code: 'MX', name: 'México' }, observations: [{ period: '2015', value: 25.5 }] }, ...states] as never,
    sources: [{ name: 'INEGI' }],
  });

  test('a state below the national rate keeps its place among 32', () => {
    const r = placeRank(doc, '20', { decimals: 1 })!;
    assert.equal(r.rank, 20);
    assert.equal(r.outOf, 32);
    assert.equal(rankPhrase(r, ES), '20.º lugar entre 32 entidades');
  });

  test('the country is ranked among countries only (here: 1 of 1)', () => {
    const r = placeRank(doc, 'MX', { decimals: 1 })!;
    assert.equal(r.outOf, 1);
  });
});

describe('finding 11: percent changes keep digits until they are true', () => {
  test('−99.96 % and +0.04 %', () => {
    assert.equal(formatChange(-99.96, 'es-MX'), `${MINUS}99.96 %`);
    assert.equal(formatChange(0.04, 'en'), '+0.04 %');
  });
});
