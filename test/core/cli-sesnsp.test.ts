/// <reference types="node" />
/**
 * `cifra import` on a small file in the official SESNSP state-level "fuero común"
 * layout (one row per year × state × crime, a column per month), written by the test
 * in UTF-8 and in Latin-1: filters, months kept or summed, the partial last year,
 * population joins, rates per --per, the national series and cross-sections.
 */
import { test, describe, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../src/cli/main.js';
import { validateIndicator } from '../../src/core/validate.js';
import { STATE_CODES } from '../../src/cli/states.js';
import type { Indicator, Observation, ValidIndicator } from '../../src/core/schema.js';

interface Result { code: number; stdout: string; stderr: string }

function cli(...argv: string[]): Result {
  let stdout = '';
  let stderr = '';
  const code = run(argv, { stdout: (t) => { stdout += t; }, stderr: (t) => { stderr += t; } });
  return { code, stdout, stderr };
}

function importValid(...argv: string[]): { doc: Indicator; valid: ValidIndicator; stderr: string; stdout: string } {
  const r = cli('import', ...argv);
  assert.equal(r.code, 0, `exit status 0 expected; stderr:\n${r.stderr}`);
  const doc = JSON.parse(r.stdout) as Indicator;
  const checked = validateIndicator(doc);
  assert.ok(checked.ok, checked.ok ? '' : JSON.stringify(checked.errors, null, 1));
  return { doc, valid: checked.value, stderr: r.stderr, stdout: r.stdout };
}

const dir = mkdtempSync(join(tmpdir(), 'cifra-cli-sesnsp-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const MONTHS = ['Enero', 'Febrero', 'Marzo', 'Abril', 'Mayo', 'Junio', 'Julio', 'Agosto', 'Septiembre', 'Octubre', 'Noviembre', 'Diciembre'];
const HEADER = `Año,Clave_Ent,Entidad,Bien jurídico afectado,Tipo de delito,Subtipo de delito,Modalidad,${MONTHS.join(',')}`;
const NAMES: Record<number, string> = { 1: 'Aguascalientes', 2: 'Baja California' };
/** 2020 is the partial last year: January–March only. */
const FILLED_2020 = 3;

// Homicides by firearm and by knife, state s, month m (1–12).
const fuego = (s: number, m: number): number => s * 10 + m;
const blanca = (s: number, m: number): number => s + m;
const months = (year: number) => (year === 2019 ? 12 : FILLED_2020);
const sumMonths = (f: (s: number, m: number) => number, s: number, n: number): number => {
  let total = 0;
  for (let m = 1; m <= n; m++) total += f(s, m);
  return total;
};

/** The SESNSP table for the given states (unpadded codes), years 2019 and 2020. */
function sesnspText(states: readonly number[]): string {
  const lines = [HEADER];
  for (const year of [2019, 2020]) {
    for (const s of states) {
      const name = NAMES[s] ?? `Estado ${s}`;
      const cells = (f: (m: number) => number) => Array.from({ length: 12 }, (_, i) => (i < months(year) ? String(f(i + 1)) : '')).join(',');
      lines.push(`${year},${s},${name},La vida y la Integridad corporal,Homicidio,Homicidio doloso,Con arma de fuego,${cells((m) => fuego(s, m))}`);
      lines.push(`${year},${s},${name},La vida y la Integridad corporal,Homicidio,Homicidio doloso,Con arma blanca,${cells((m) => blanca(s, m))}`);
      lines.push(`${year},${s},${name},El patrimonio,Robo,Robo a casa habitación,Con violencia,${cells(() => 1000)}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

const population = (s: number, year: number): number => 1000000 * s + (year - 2019) * 10000;

/** Yearly population, long (state, year, population), optionally with a national row whose figure is NOT the states' sum. */
function populationText(states: readonly number[], nationalRow: boolean): string {
  const lines = ['state,year,population'];
  for (const year of [2019, 2020]) {
    for (const s of states) lines.push(`${s},${year},${population(s, year)}`);
    if (nationalRow) lines.push(`Nacional,${year},${777}`);
  }
  return `${lines.join('\n')}\n`;
}

const TWO = [1, 2];
const ALL = STATE_CODES.map(Number);

const utf8File = join(dir, 'IDEFC_NM.csv');
const latin1File = join(dir, 'IDEFC_NM.latin1.csv');
const popFile = join(dir, 'pop.csv');
const all32File = join(dir, 'IDEFC_NM_32.csv');
const pop32File = join(dir, 'pop32.csv');
const pop32NationalFile = join(dir, 'pop32-nacional.csv');
writeFileSync(utf8File, sesnspText(TWO));
writeFileSync(latin1File, Buffer.from(sesnspText(TWO), 'latin1'));
writeFileSync(popFile, populationText(TWO, false));
writeFileSync(all32File, sesnspText(ALL));
writeFileSync(pop32File, populationText(ALL, false));
writeFileSync(pop32NationalFile, populationText(ALL, true));

const obsOf = (doc: Indicator, id: string): readonly Observation[] => {
  const s = doc.series.find((x) => x.id === id);
  assert.ok(s, `series ${id}`);
  return s.observations;
};

describe('the fixture', () => {
  test('the Latin-1 copy differs from the UTF-8 file (it really is Latin-1)', () => {
    const text = sesnspText(TWO);
    assert.notDeepEqual(Buffer.from(text, 'latin1'), Buffer.from(text, 'utf8'));
    assert.ok(text.includes('Año') && text.includes('jurídico') && text.includes('habitación'));
  });
});

for (const [label, file] of [['UTF-8', utf8File], ['Latin-1', latin1File]] as const) {
  describe(`SESNSP layout (${label})`, () => {
    test('(a) --subtype "Homicidio doloso" --monthly: "YYYY-MM" observations summing both modalities, blank months null', () => {
      const { doc, valid, stderr } = importValid(file, '--subtype', 'Homicidio doloso', '--monthly');
      if (label === 'Latin-1') assert.match(stderr, /IDEFC_NM\.latin1\.csv: read as Latin-1/);
      else assert.doesNotMatch(stderr, /Latin-1/);
      assert.deepEqual(doc.unit, { type: 'count' });
      assert.equal(doc.title, 'Homicidio doloso');
      assert.deepEqual(doc.sources, [{ name: 'SESNSP' }]);
      assert.deepEqual(doc.series.map((s) => s.id), ['01', '02'], 'codes "1" and "2" padded');
      assert.deepEqual(doc.series.map((s) => s.geo?.name), ['Aguascalientes', 'Baja California']);
      for (const s of valid.series) {
        const code = Number(s.id);
        assert.equal(s.observations.length, 24);
        for (const [i, o] of s.observations.entries()) {
          const year = 2019 + Math.floor(i / 12);
          const m = (i % 12) + 1;
          assert.equal(o.period, `${year}-${String(m).padStart(2, '0')}`);
          const expected = year === 2019 || m <= FILLED_2020 ? fuego(code, m) + blanca(code, m) : null;
          assert.equal(o.value, expected, `${s.id} ${o.period}`);
          assert.equal(o.status, undefined, `${s.id} ${o.period}: a month is not partial`);
        }
      }
    });

    test('(b) the yearly default sums months; the partial year is marked preliminary with a note and a warning', () => {
      const { doc, valid, stderr } = importValid(file, '--subtype', 'Homicidio doloso');
      for (const s of valid.series) {
        const code = Number(s.id);
        assert.deepEqual(s.observations.map((o) => o.period), ['2019', '2020']);
        const [y2019, y2020] = s.observations;
        assert.equal(y2019!.value, sumMonths(fuego, code, 12) + sumMonths(blanca, code, 12));
        assert.equal(y2019!.status, undefined, 'a complete year is not marked');
        assert.equal(y2019!.note, undefined);
        assert.equal(y2020!.value, sumMonths(fuego, code, 3) + sumMonths(blanca, code, 3));
        assert.equal(y2020!.status, 'preliminary');
        assert.ok(y2020!.note, 'a note on the partial year');
        const note = JSON.stringify(y2020!.note);
        assert.match(note, /3/);
        assert.match(note, /12/);
        assert.equal(y2020!.coverage, '2020-01/2020-03', 'the partial year says what it covers');
        assert.equal(y2019!.coverage, undefined, 'a complete year has no coverage');
      }
      assert.match(stderr, /2020: only 3 of 12 months have data \(January–March\) for Aguascalientes \(01\), Baja California \(02\);.*coverage 2020-01\/2020-03/);
      assert.equal(stderr.match(/2020: only/g)?.length, 1, 'one line for both states');
      assert.doesNotMatch(stderr, /2019: only/);
      assert.equal(doc.series.length, 2);
    });

    test('(c) --modality "Con arma de fuego" keeps only that modality', () => {
      const monthly = importValid(file, '--subtype', 'Homicidio doloso', '--modality', 'Con arma de fuego', '--monthly').valid;
      for (const s of monthly.series) {
        const code = Number(s.id);
        assert.equal(s.observations[0]!.value, fuego(code, 1));
        assert.equal(s.observations[11]!.value, fuego(code, 12));
      }
      const yearly = importValid(file, '--modality', 'Con arma de fuego').doc;
      assert.equal(yearly.title, 'Homicidio doloso, con arma de fuego', 'the subtype found, with the modality asked for');
      assert.equal(obsOf(yearly, '01')[0]!.value, sumMonths(fuego, 1, 12));
      assert.equal(obsOf(yearly, '02')[0]!.value, sumMonths(fuego, 2, 12));
      const knife = importValid(file, '--modality', 'Con arma blanca').doc;
      assert.equal(obsOf(knife, '02')[0]!.value, sumMonths(blanca, 2, 12));
    });

    test('the unrelated crime ("Robo") is filtered out, and kept when asked for', () => {
      const homicide = importValid(file, '--crime', 'Homicidio').doc;
      assert.equal(obsOf(homicide, '01')[0]!.value, sumMonths(fuego, 1, 12) + sumMonths(blanca, 1, 12));
      const robbery = importValid(file, '--crime', 'Robo').doc;
      assert.equal(obsOf(robbery, '01')[0]!.value, 12000);
      assert.equal(obsOf(robbery, '02')[1]!.value, 3000);
    });

    test('(d) with a yearly population file: count and population, value = count/population×100000 by the validator', () => {
      const { doc, valid } = importValid(file, '--subtype', 'Homicidio doloso', '--population', popFile);
      assert.deepEqual(doc.unit, { type: 'rate', per: 100000, of: { es: 'habitantes', en: 'inhabitants' } });
      for (const [i, s] of doc.series.entries()) {
        const code = Number(s.id);
        for (const [j, o] of s.observations.entries()) {
          const year = 2019 + j;
          const count = sumMonths(fuego, code, months(year)) + sumMonths(blanca, code, months(year));
          assert.equal(o.count, count, `${s.id} ${o.period} count`);
          assert.equal(o.population, population(code, year), `${s.id} ${o.period} population`);
          const v = valid.series[i]!.observations[j]!.value!;
          assert.ok(Math.abs(v - (count / population(code, year)) * 100000) < 1e-9, `${s.id} ${o.period}: ${v}`);
        }
        assert.equal(s.observations[1]!.status, 'preliminary', 'the partial year stays marked with a population');
      }
    });

    test('(d) --per 1000 changes the unit and the rate', () => {
      const { doc, valid } = importValid(file, '--subtype', 'Homicidio doloso', '--population', popFile, '--per', '1000');
      assert.equal(doc.unit.type, 'rate');
      assert.equal(doc.unit.type === 'rate' ? doc.unit.per : 0, 1000);
      const o = valid.series[0]!.observations[0]!;
      assert.ok(Math.abs(o.value! - (o.count! / o.population!) * 1000) < 1e-12);
      assert.ok(o.value! < 1, 'per 1000 the rate is 100 times smaller than per 100,000');
    });

    test('(d) --monthly with a yearly population: each month joins its year', () => {
      const { doc } = importValid(file, '--subtype', 'Homicidio doloso', '--population', popFile, '--monthly');
      const o = obsOf(doc, '02').find((x) => x.period === '2020-02')!;
      assert.equal(o.count, fuego(2, 2) + blanca(2, 2));
      assert.equal(o.population, population(2, 2020));
    });

    test('(f) filters ignore case and accents', () => {
      const reference = importValid(file, '--subtype', 'Homicidio doloso').stdout;
      const upper = cli('import', file, '--subtype', 'HOMICIDIO DOLOSO', '--title', 'Homicidio doloso');
      assert.equal(upper.code, 0, upper.stderr);
      assert.equal(upper.stdout, reference);
      const robbery = importValid(file, '--crime', 'ROBO', '--subtype', 'robo a casa habitacion', '--legal-good', 'EL PATRIMONIO').doc;
      assert.equal(obsOf(robbery, '01')[0]!.value, 12000);
      const life = importValid(file, '--legal-good', 'la vida y la integridad corporal', '--modality', 'CON ARMA DE FUEGO').doc;
      assert.equal(obsOf(life, '01')[0]!.value, sumMonths(fuego, 1, 12));
    });

    test('--state keeps the states asked for, by code or by name', () => {
      const one = importValid(file, '--subtype', 'Homicidio doloso', '--state', '2').doc;
      assert.deepEqual(one.series.map((s) => s.id), ['02']);
      const byName = importValid(file, '--subtype', 'Homicidio doloso', '--state', 'aguascalientes').doc;
      assert.deepEqual(byName.series.map((s) => s.id), ['01']);
    });
  });
}

test('the UTF-8 file and its Latin-1 copy give the same document', () => {
  const a = importValid(utf8File, '--subtype', 'Homicidio doloso', '--population', popFile, '--title', 'T');
  const b = importValid(latin1File, '--subtype', 'Homicidio doloso', '--population', popFile, '--title', 'T');
  assert.equal(a.stdout, b.stdout);
});

describe('(e) the national series and the cross-section (all 32 states in the table)', () => {
  const countOf = (s: number, year: number) => sumMonths(fuego, s, months(year)) + sumMonths(blanca, s, months(year));
  const sumCounts = (year: number) => ALL.reduce((n, s) => n + countOf(s, year), 0);
  const sumPopulation = (year: number) => ALL.reduce((n, s) => n + population(s, year), 0);
  const meanOfRates = (year: number) => ALL.reduce((n, s) => n + (countOf(s, year) / population(s, year)) * 100000, 0) / ALL.length;

  const checkNational = (doc: Indicator, valid: ValidIndicator) => {
    assert.equal(doc.series.length, 33);
    assert.equal(doc.series[0]!.id, 'MX', 'the national series comes first');
    assert.equal(doc.series[0]!.geo?.level, 'country');
    const national = valid.series[0]!.observations;
    assert.deepEqual(national.map((o) => o.period), ['2019', '2020']);
    for (const o of national) {
      const year = Number(o.period);
      assert.equal(o.count, sumCounts(year), `${o.period}: summed counts`);
      assert.equal(o.population, sumPopulation(year), `${o.period}: summed population (not a national row)`);
      assert.ok(Math.abs(o.value! - (sumCounts(year) / sumPopulation(year)) * 100000) < 1e-9, `${o.period}: ${o.value}`);
      assert.ok(Math.abs(o.value! - meanOfRates(year)) > 0.01, `${o.period}: must not be the mean of state rates`);
    }
    assert.equal(national[1]!.status, 'preliminary', 'the partial year is marked in the national series too');
  };

  test('--national with a population table of states only (no national row)', () => {
    const { doc, valid } = importValid(all32File, '--subtype', 'Homicidio doloso', '--population', pop32File, '--national');
    checkNational(doc, valid);
  });

  test('--national with a population table that also has a "Nacional" row: the states are still summed', () => {
    const { doc, valid } = importValid(all32File, '--subtype', 'Homicidio doloso', '--population', pop32NationalFile, '--national');
    checkNational(doc, valid);
  });

  test('--national without population: the national series is the summed counts', () => {
    const { valid } = importValid(all32File, '--subtype', 'Homicidio doloso', '--national');
    assert.equal(valid.series[0]!.id, 'MX');
    assert.deepEqual(valid.series[0]!.observations.map((o) => o.value), [sumCounts(2019), sumCounts(2020)]);
  });

  test('--national-only: only the national series', () => {
    const { doc } = importValid(all32File, '--subtype', 'Homicidio doloso', '--population', pop32NationalFile, '--national-only');
    assert.deepEqual(doc.series.map((s) => s.id), ['MX']);
  });

  test('--period 2019 --national: a cross-section of the 32 states with the national figure as the reference', () => {
    const { doc, valid } = importValid(all32File, '--subtype', 'Homicidio doloso', '--population', pop32NationalFile, '--national', '--period', '2019');
    assert.deepEqual(doc.series.map((s) => s.id), STATE_CODES, 'no national series among the ranked states');
    for (const s of valid.series) assert.deepEqual(s.observations.map((o) => o.period), ['2019']);
    assert.ok(doc.reference, 'a reference');
    assert.ok(Math.abs(doc.reference.value - (sumCounts(2019) / sumPopulation(2019)) * 100000) < 1e-9, `reference ${doc.reference.value}`);
    assert.deepEqual(doc.reference.label, { es: 'Nacional', en: 'National' });
    assert.ok(valid.reference);
  });

  test('--period 2019 --national with states-only population works too', () => {
    const { doc } = importValid(all32File, '--subtype', 'Homicidio doloso', '--population', pop32File, '--national', '--period', '2019');
    assert.ok(doc.reference);
    assert.ok(Math.abs(doc.reference.value - (sumCounts(2019) / sumPopulation(2019)) * 100000) < 1e-9);
  });

  test('--period for a period the file does not have: exit 1 naming it', () => {
    const r = cli('import', all32File, '--subtype', 'Homicidio doloso', '--period', '2015');
    assert.equal(r.code, 1);
    assert.match(r.stderr, /2015/);
  });
});

describe('(e) two states only', () => {
  test('--national never averages the two rates; the states stay as they are', () => {
    const r = cli('import', utf8File, '--subtype', 'Homicidio doloso', '--population', popFile, '--national');
    assert.equal(r.code, 0, r.stderr);
    const checked = validateIndicator(JSON.parse(r.stdout));
    assert.ok(checked.ok);
    const national = checked.value.series.find((s) => s.id === 'MX');
    assert.ok(national);
    for (const o of national.observations) {
      const year = Number(o.period);
      const count = countOf2(1, year) + countOf2(2, year);
      const people = population(1, year) + population(2, year);
      if (o.value === null) {
        assert.match(r.stderr, new RegExp(`National: left missing for [^\\n]*\\b${o.period}\\b`), 'a missing national figure comes with a warning');
      } else {
        assert.ok(Math.abs(o.value - (count / people) * 100000) < 1e-9, `${o.period}: ${o.value}`);
      }
    }
    assert.deepEqual(checked.value.series.filter((s) => s.id !== 'MX').map((s) => s.id), ['01', '02']);
  });
  function countOf2(s: number, year: number): number {
    return sumMonths(fuego, s, months(year)) + sumMonths(blanca, s, months(year));
  }
});
