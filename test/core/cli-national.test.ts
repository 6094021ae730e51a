/// <reference types="node" />
/**
 * `cifra import`: the national series is summed counts over summed population.
 * Rebuilds the national INEGI homicide rate 1990–2008 from the state tables and
 * checks it against the published national file; then checks, on small fixtures,
 * that the national figure is never an average of state rates.
 */
import { test, describe, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../src/cli/main.js';
import { validateIndicator } from '../../src/core/validate.js';
import { STATE_CODES } from '../../src/cli/states.js';
import type { Indicator } from '../../src/core/schema.js';

const data = (file: string): string => new URL(`../fixtures/data/${file}`, import.meta.url).pathname;
const STATES_CSV = data('Homicide-MX-Drug-War__states-homicide-inegi-1990-2008.latin1.csv');
const CONAPO_CSV = data('Homicide-MX-Drug-War__conapo-states-1990-2008.latin1.csv');
const NATIONAL_CSV = data('Homicide-MX-Drug-War__national-homicide-1990-2008.csv');

interface Result { code: number; stdout: string; stderr: string }

function cli(...argv: string[]): Result {
  let stdout = '';
  let stderr = '';
  const code = run(argv, { stdout: (t) => { stdout += t; }, stderr: (t) => { stderr += t; } });
  return { code, stdout, stderr };
}

/** Runs an import that must succeed and returns the document it printed. */
function importDoc(...argv: string[]): { doc: Indicator; stderr: string } {
  const r = cli('import', ...argv);
  assert.equal(r.code, 0, `exit status 0 expected; stderr:\n${r.stderr}`);
  return { doc: JSON.parse(r.stdout) as Indicator, stderr: r.stderr };
}

/** Fields of one line of a simple CSV (double quotes, "" inside them). */
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

interface NationalRow { readonly year: string; readonly tot: number; readonly pop: number; readonly rate: number }

function nationalRows(): NationalRow[] {
  const [head, ...lines] = readFileSync(NATIONAL_CSV, 'utf8').split(/\r?\n/).filter((l) => l.trim() !== '');
  const names = csvFields(head!);
  const col = (n: string): number => {
    const i = names.indexOf(n);
    assert.notEqual(i, -1, `column ${n} in the national file`);
    return i;
  };
  const [year, tot, pop, rate] = [col('Year'), col('Tot'), col('pop.mex'), col('rate')];
  return lines.map((l) => {
    const f = csvFields(l);
    return { year: f[year]!, tot: Number(f[tot]), pop: Number(f[pop]), rate: Number(f[rate]) };
  });
}

const dir = mkdtempSync(join(tmpdir(), 'cifra-cli-national-'));
after(() => rmSync(dir, { recursive: true, force: true }));

describe('cifra import: the national homicide rate 1990–2008 rebuilt from the state tables', () => {
  const expected = nationalRows();
  const { doc, stderr } = importDoc(
    STATES_CSV, '--population', CONAPO_CSV, '--national-only', '--title', 'Homicidios', '--source', 'INEGI',
  );
  const checked = validateIndicator(doc);

  test('the published file has 19 years, 1990–2008 (the fixture itself)', () => {
    assert.deepEqual(expected.map((r) => r.year), Array.from({ length: 19 }, (_, i) => String(1990 + i)));
  });

  test('the output passes the validator and is a rate per 100,000 with one national series', () => {
    assert.ok(checked.ok, checked.ok ? '' : JSON.stringify(checked.errors, null, 1));
    assert.deepEqual(doc.unit, { type: 'rate', per: 100000, of: { es: 'habitantes', en: 'inhabitants' } });
    assert.equal(doc.series.length, 1);
    assert.equal(doc.series[0]!.id, 'MX');
    assert.equal(doc.series[0]!.geo?.level, 'country');
    assert.deepEqual(doc.sources, [{ name: 'INEGI' }]);
    assert.equal(doc.title, 'Homicidios');
  });

  test('both Latin-1 inputs are reported as read as Latin-1', () => {
    assert.match(stderr, /states-homicide-inegi-1990-2008\.latin1\.csv: read as Latin-1/);
    assert.match(stderr, /conapo-states-1990-2008\.latin1\.csv: read as Latin-1/);
  });

  test('one observation per year, in order', () => {
    assert.deepEqual(doc.series[0]!.observations.map((o) => o.period), expected.map((r) => r.year));
  });

  test('every year: count = Tot, population = pop.mex, count/population×100000 = rate (1 decimal and 1e-9 relative)', () => {
    for (const row of expected) {
      const o = doc.series[0]!.observations.find((x) => x.period === row.year);
      assert.ok(o, `observation for ${row.year}`);
      assert.equal(o.count, row.tot, `${row.year}: count`);
      assert.equal(o.population, row.pop, `${row.year}: summed state population`);
      const rate = (o.count! / o.population!) * 100000;
      assert.equal(rate.toFixed(1), row.rate.toFixed(1), `${row.year}: rate at 1 decimal`);
      assert.ok(Math.abs(rate - row.rate) <= 1e-9 * Math.abs(row.rate), `${row.year}: ${rate} vs ${row.rate}`);
    }
  });

  test('the validator computes the same rate from count and population', () => {
    assert.ok(checked.ok);
    const obs = checked.value.series[0]!.observations;
    for (const row of expected) {
      const o = obs.find((x) => x.period === row.year)!;
      assert.equal(typeof o.value, 'number');
      assert.ok(Math.abs(o.value! - row.rate) <= 1e-9 * row.rate, `${row.year}: validated ${o.value} vs ${row.rate}`);
    }
  });

  test('the national rate is not the average of the 32 state rates', () => {
    const states = importDoc(STATES_CSV, '--population', CONAPO_CSV, '--title', 'Homicidios', '--source', 'INEGI').doc;
    assert.equal(states.series.length, 32);
    const mean = (year: string): number => {
      const rates = states.series.map((s) => {
        const o = s.observations.find((x) => x.period === year)!;
        return (o.count! / o.population!) * 100000;
      });
      return rates.reduce((a, b) => a + b, 0) / rates.length;
    };
    for (const row of expected) {
      const o = doc.series[0]!.observations.find((x) => x.period === row.year)!;
      const rate = (o.count! / o.population!) * 100000;
      assert.ok(Math.abs(rate - mean(row.year)) > 0.05, `${row.year}: national ${rate} must differ from the mean of state rates ${mean(row.year)}`);
    }
  });
});

describe('cifra import: national = summed counts over summed population, never an average of rates', () => {
  // State 01: 10 homicides among 100,000 people (rate 10); state 02: 1 among 1,000 (rate 100).
  const A = { count: 10, population: 100000 };
  const B = { count: 1, population: 1000 };

  test('all 32 states (01 and 02 as above, the others 10 per 100,000): national = Σcount/Σpopulation', () => {
    const crime = ['state,2010,2011'];
    const pop = ['state,2010,2011'];
    for (const code of STATE_CODES) {
      const c = code === '01' ? A : code === '02' ? B : { count: 10, population: 100000 };
      crime.push(`${Number(code)},${c.count},${c.count}`);
      pop.push(`${Number(code)},${c.population},${c.population}`);
    }
    writeFileSync(join(dir, 'crime32.csv'), `${crime.join('\n')}\n`);
    writeFileSync(join(dir, 'pop32.csv'), `${pop.join('\n')}\n`);
    const { doc } = importDoc(join(dir, 'crime32.csv'), '--population', join(dir, 'pop32.csv'), '--national', '--title', 'T', '--source', 'S');
    const checked = validateIndicator(doc);
    assert.ok(checked.ok, checked.ok ? '' : JSON.stringify(checked.errors));
    const national = checked.value.series.find((s) => s.id === 'MX');
    assert.ok(national, 'a national series');
    assert.equal(checked.value.series.length, 33);
    const countSum = 10 * 31 + 1;
    const popSum = 100000 * 31 + 1000;
    const meanOfRates = (10 * 31 + 100) / 32;
    for (const o of national.observations) {
      assert.equal(o.count, countSum);
      assert.equal(o.population, popSum);
      assert.ok(Math.abs(o.value! - (countSum / popSum) * 100000) < 1e-9, `${o.period}: ${o.value}`);
      assert.ok(Math.abs(o.value! - meanOfRates) > 1, `${o.period}: must not be the mean of rates ${meanOfRates}`);
    }
  });

  test('two states only: the national figure is 11/101,000×1e5 ≈ 10.89 (or left missing with a warning), never the mean 55', () => {
    writeFileSync(join(dir, 'crime2.csv'), `state,2010,2011\n1,${A.count},${A.count}\n2,${B.count},${B.count}\n`);
    writeFileSync(join(dir, 'pop2.csv'), `state,2010,2011\n1,${A.population},${A.population}\n2,${B.population},${B.population}\n`);
    const r = cli('import', join(dir, 'crime2.csv'), '--population', join(dir, 'pop2.csv'), '--national', '--title', 'T', '--source', 'S');
    assert.equal(r.code, 0, r.stderr);
    const checked = validateIndicator(JSON.parse(r.stdout));
    assert.ok(checked.ok, checked.ok ? '' : JSON.stringify(checked.errors));
    const national = checked.value.series.find((s) => s.id === 'MX');
    assert.ok(national, 'a national series');
    for (const o of national.observations) {
      if (o.value === null) {
        // Two states are not the country: a missing national figure is acceptable only when the user is told.
        assert.match(r.stderr, new RegExp(`National: left missing for [^\\n]*\\b${o.period}\\b`), 'a warning naming the period left missing');
        continue;
      }
      assert.ok(Math.abs(o.value - (11 / 101000) * 100000) < 1e-9, `${o.period}: ${o.value} ≠ 10.89`);
      assert.notEqual(Math.round(o.value), 55);
    }
  });
});
