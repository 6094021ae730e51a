import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { validateIndicator } from '../../src/core/validate.js';
import { formatNumber } from '../../src/core/format.js';
import type { Doc } from './fixtures.js';

const CSV = new URL('../fixtures/data/Homicide-MX-Drug-War__national-homicide-1990-2008.csv', import.meta.url);

/** Splits one line of a simple CSV: fields separated by commas, optionally in double quotes ("" is a quote). */
function csvFields(line: string): string[] {
  const fields: string[] = [];
  const re = /(?:^|,)(?:"((?:[^"]|"")*)"|([^,]*))/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(line)) !== null) {
    fields.push(m[1] !== undefined ? m[1].replace(/""/g, '"') : (m[2] ?? ''));
    if (re.lastIndex === line.length) break;
  }
  return fields;
}

interface Row { readonly year: number; readonly count: number; readonly population: number; readonly rate: number }

function readRows(): Row[] {
  const [header, ...lines] = readFileSync(CSV, 'utf8').split(/\r?\n/).filter((l) => l.trim() !== '');
  const names = csvFields(header!);
  const col = (name: string): number => {
    const i = names.indexOf(name);
    assert.notEqual(i, -1, `column ${name}`);
    return i;
  };
  const [year, tot, pop, rate] = [col('Year'), col('Tot'), col('pop.mex'), col('rate')];
  return lines.map((line) => {
    const f = csvFields(line);
    return { year: Number(f[year]), count: Number(f[tot]), population: Number(f[pop]), rate: Number(f[rate]) };
  });
}

const rows = readRows();

function indicator(observations: readonly Doc[]): Doc {
  return {
    schema: 1,
    lang: 'es',
    title: { es: 'Homicidios en México', en: 'Homicides in Mexico' },
    unit: { type: 'rate', per: 100000, of: { es: 'habitantes', en: 'inhabitants' } },
    series: [{ id: 'mx', geo: { level: 'country', code: 'MX', name: 'México' }, observations }],
    sources: [{ name: 'INEGI, mortalidad; CONAPO, población', url: 'https://www.inegi.org.mx/' }],
  };
}

describe('real data: national homicides 1990–2008 (INEGI deaths, CONAPO population)', () => {
  test('the file reads as 19 years, 1990 to 2008, of whole counts, populations and finite rates', () => {
    assert.equal(rows.length, 19);
    assert.deepEqual(rows.map((r) => r.year), Array.from({ length: 19 }, (_, i) => 1990 + i));
    for (const r of rows) {
      assert.ok(Number.isInteger(r.count) && r.count > 0, `count ${r.count}`);
      assert.ok(Number.isInteger(r.population) && r.population > 80e6, `population ${r.population}`);
      assert.ok(Number.isFinite(r.rate) && r.rate > 0, `rate ${r.rate}`);
    }
    assert.deepEqual(rows[0], { year: 1990, count: 11500, population: 83971014, rate: 13.6952020133995 });
  });

  test('accepts a document with count = Tot, population = pop.mex and value = rate rounded to 1 decimal', () => {
    const doc = indicator(rows.map((r) => ({
      period: String(r.year), count: r.count, population: r.population, value: Math.round(r.rate * 10) / 10,
    })));
    const result = validateIndicator(doc);
    assert.ok(result.ok, result.ok ? '' : result.errors.map((e) => `${e.path} ${e.code} ${e.message}`).join('\n'));
    assert.equal(result.value.series[0]!.observations.length, 19);
  });

  test('computes every rate from count and population to the rate of the file, at 1 decimal', () => {
    const shuffled = [...rows].reverse();
    const result = validateIndicator(indicator(shuffled.map((r) => ({ period: String(r.year), count: r.count, population: r.population }))));
    assert.ok(result.ok);
    const observations = result.value.series[0]!.observations;
    assert.deepEqual(observations.map((o) => o.period), rows.map((r) => String(r.year)));
    observations.forEach((o, i) => {
      const row = rows[i]!;
      assert.equal(o.count, row.count);
      assert.equal(formatNumber(o.value, 'en', 1), formatNumber(row.rate, 'en', 1), `${o.period}: ${o.value} vs ${row.rate}`);
      assert.ok(Math.abs(o.value! - row.rate) < 1e-9, `${o.period}: ${o.value} vs ${row.rate}`);
    });
    assert.equal(formatNumber(observations[0]!.value, 'en', 1), '13.7');
    assert.equal(formatNumber(observations.at(-1)!.value, 'en', 1), '12.8');
  });

  test('rejects an observation whose value is off by 0.1 with rateMismatch at its path', () => {
    const off = 12; // 2002: 9.93 → stated 9.9 + 0.1 = 10.0
    const observations = rows.map((r, i) => ({
      period: String(r.year), count: r.count, population: r.population,
      value: Math.round(r.rate * 10) / 10 + (i === off ? 0.1 : 0),
    }));
    const result = validateIndicator(indicator(observations));
    assert.equal(result.ok, false);
    if (!result.ok) {
      assert.deepEqual(result.errors.map((e) => [e.path, e.code]), [[`$.series[0].observations[${off}].value`, 'rateMismatch']]);
    }
  });

  test('rejects every year when its value is off by 0.1 in either direction', () => {
    for (const [i, r] of rows.entries()) {
      for (const delta of [0.1, -0.1]) {
        const value = Math.round(r.rate * 10) / 10 + delta;
        const result = validateIndicator(indicator([{ period: String(r.year), count: r.count, population: r.population, value }]));
        assert.equal(result.ok, false, `${r.year} ${value}`);
        if (!result.ok) assert.deepEqual(result.errors.map((e) => e.code), ['rateMismatch'], `row ${i}`);
      }
    }
  });
});
