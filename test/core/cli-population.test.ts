/// <reference types="node" />
/**
 * `cifra import --population` with a table broken down by age and sex, in CONAPO's layout
 * (RENGLON, AÑO, ENTIDAD, CVE_GEO, EDAD, SEXO, POBLACION): the rows of each state and year
 * are summed into its total, and a note names the columns summed. Built from the real state
 * totals of conapo-2010 (test/fixtures/conapo-by-age-sex.ts). A true duplicate, a state and
 * year missing part of its breakdown, and a "Total" category are handled, never summed blind.
 */
import { test, describe, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../src/cli/main.js';
import { validateIndicator } from '../../src/core/validate.js';
import { STATE_CODES } from '../../src/cli/states.js';
import type { Indicator, ValidIndicator } from '../../src/core/schema.js';
import { conapoByAgeAndSex, SOURCE } from '../fixtures/conapo-by-age-sex.js';
import { sesnspText, total } from '../fixtures/sesnsp-layout.js';

interface Result { code: number; stdout: string; stderr: string }

function cli(...argv: string[]): Result {
  let stdout = '';
  let stderr = '';
  const code = run(argv, { stdout: (t) => { stdout += t; }, stderr: (t) => { stderr += t; } });
  return { code, stdout, stderr };
}

function importValid(...argv: string[]): { doc: Indicator; valid: ValidIndicator; stderr: string } {
  const r = cli('import', ...argv);
  assert.equal(r.code, 0, `exit status 0 expected; stderr:\n${r.stderr}`);
  const doc = JSON.parse(r.stdout) as Indicator;
  const checked = validateIndicator(doc);
  assert.ok(checked.ok, checked.ok ? '' : JSON.stringify(checked.errors, null, 1));
  return { doc, valid: checked.value, stderr: r.stderr };
}

const FIXTURE = new URL('../fixtures/conapo-by-age-sex-2014-2015.csv', import.meta.url).pathname;
const fixtureText = readFileSync(FIXTURE, 'utf8');
const sourceText = readFileSync(SOURCE, 'utf8');

const dir = mkdtempSync(join(tmpdir(), 'cifra-cli-population-'));
after(() => rmSync(dir, { recursive: true, force: true }));
function write(name: string, text: string): string {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}
// 2015 only: the years the population fixture covers.
const SESNSP = write('IDEFC_NM_2015.csv', sesnspText().split('\n').filter((l) => !l.startsWith('2016,')).join('\n'));
const DOLOSO = ['--subtype', 'Homicidio doloso'];

/** The real Total of conapo-2010 for a state code (1–32) and year. */
function realTotal(code: number, year: number): number {
  const line = sourceText.split('\n').find((l) => {
    const f = l.split(',');
    return f[3] === String(year) && f[4] === String(code);
  });
  assert.ok(line, `conapo-2010 ${code} ${year}`);
  return Number(line.split(',')[2]);
}

describe('the fixture conapo-by-age-sex-2014-2015.csv', () => {
  test('is what test/fixtures/conapo-by-age-sex.ts builds from conapo-2010 (regenerate it if this fails)', () => {
    assert.equal(fixtureText, conapoByAgeAndSex(sourceText, [2014, 2015]));
  });

  test('has CONAPO’s header, 10 rows per state and year, and its rows add up to the real totals', () => {
    const [head, ...rows] = fixtureText.trim().split('\n');
    assert.equal(head, 'RENGLON,AÑO,ENTIDAD,CVE_GEO,EDAD,SEXO,POBLACION');
    const sums = new Map<string, number>();
    for (const r of rows) {
      const f = r.split(',');
      sums.set(`${f[3]}|${f[1]}`, (sums.get(`${f[3]}|${f[1]}`) ?? 0) + Number(f[6]));
    }
    for (const year of [2014, 2015]) {
      let national = 0;
      for (let code = 1; code <= 32; code++) {
        assert.equal(sums.get(`${code}|${year}`), realTotal(code, year), `${code} ${year}`);
        national += realTotal(code, year);
      }
      assert.equal(sums.get(`0|${year}`), national, `República Mexicana ${year}`);
    }
    assert.equal(realTotal(8, 2015), 3710129, 'Chihuahua 2015');
  });

  test('the last row of Chihuahua 2015 is a small part of it (what the import used to keep)', () => {
    const last = fixtureText.trim().split('\n').filter((l) => /^\d+,2015,Chihuahua,/.test(l)).at(-1)!;
    assert.match(last, /,65\+,Mujeres,169498$/);
  });
});

describe('a population table by age and sex is summed per state and year', () => {
  const { doc, valid, stderr } = importValid(SESNSP, ...DOLOSO, '--population', FIXTURE, '--national', '--title', 'Homicidios dolosos');

  test('Chihuahua 2015: population 3,710,129 (not its last row), rate 31.0 for 1,151 homicides', () => {
    const s = valid.series.find((x) => x.id === '08')!;
    const o = s.observations.find((x) => x.period === '2015')!;
    assert.equal(o.count, 1151);
    assert.equal(o.population, 3710129);
    assert.equal(o.value!.toFixed(1), '31.0');
  });

  test('every state and year has its real total', () => {
    for (const s of doc.series.filter((x) => x.id !== 'MX')) {
      for (const o of s.observations) assert.equal(o.population, realTotal(Number(s.id), Number(o.period)), `${s.id} ${o.period}`);
    }
  });

  test('the national population is the sum of the states’ totals', () => {
    const o = doc.series[0]!.observations[0]!;
    assert.equal(doc.series[0]!.id, 'MX');
    assert.equal(o.population, STATE_CODES.reduce((n, c) => n + realTotal(Number(c), 2015), 0));
  });

  test('a note on stderr names the columns summed (EDAD, SEXO), not RENGLON; no row skipped', () => {
    assert.match(stderr, /^note: conapo-by-age-sex-2014-2015\.csv: summed the rows of each state and period over EDAD, SEXO \(10 rows each\)/m);
    assert.doesNotMatch(stderr, /RENGLON/);
    assert.doesNotMatch(stderr, /skipped/, 'the "República Mexicana" rows (CVE_GEO 0) are national rows, not junk');
  });

  test('the national reference of a cross-section is Σcounts/Σpopulation, about a quarter of what the last rows gave', () => {
    const cross = importValid(SESNSP, ...DOLOSO, '--population', FIXTURE, '--national', '--period', '2015', '--title', 'H').doc;
    const months = Array.from({ length: 11 }, (_, i) => i + 1);
    const count = STATE_CODES.reduce((n, c) => n + total(['fuego', 'blanca'], Number(c), 2015, months), 0);
    const people = STATE_CODES.reduce((n, c) => n + realTotal(Number(c), 2015), 0);
    assert.ok(cross.reference);
    assert.ok(Math.abs(cross.reference.value - (count / people) * 1e5) < 1e-9, `${cross.reference.value}`);
  });
});

describe('single years of age (EDAD 0–109, numbers) are a breakdown too', () => {
  test('the same totals from 7,260 rows; RENGLON (numbers, one per row) is not a breakdown', () => {
    const file = write('conapo-single-ages-2015.csv', conapoByAgeAndSex(sourceText, [2015], 'single'));
    const { doc, stderr } = importValid(SESNSP, ...DOLOSO, '--population', file, '--title', 'T');
    for (const s of doc.series) assert.equal(s.observations[0]!.population, realTotal(Number(s.id), 2015), s.id);
    assert.match(stderr, /over EDAD, SEXO \(220 rows each\)/);
  });
});

describe('what is not summed', () => {
  const lines = fixtureText.trim().split('\n');

  test('a true duplicate (same state, year, age and sex; another RENGLON): exit 1 naming both lines', () => {
    const i = lines.findIndex((l) => /^\d+,2015,Chihuahua,8,30-44,Hombres,/.test(l));
    const copy = lines[i]!.replace(/^\d+,/, '9999,');
    const file = write('dup.csv', `${[...lines, copy].join('\n')}\n`);
    const r = cli('import', SESNSP, ...DOLOSO, '--population', file, '--title', 'T');
    assert.equal(r.code, 1);
    assert.equal(r.stdout, '');
    assert.ok(r.stderr.includes(`dup.csv:${lines.length + 1}:`), r.stderr);
    assert.ok(r.stderr.includes(`dup.csv:${i + 1})`), r.stderr);
    assert.match(r.stderr, /second population figure for state 08 in 2015 and the same EDAD \(“30-44”\), SEXO \(“Hombres”\)/);
  });

  test('a true duplicate in a plain long table (no other column): exit 1 naming both lines', () => {
    const file = write('dup-long.csv', 'state,year,population\n8,2015,3710129\n1,2015,1287660\n08,2015,3710129\n');
    const r = cli('import', SESNSP, ...DOLOSO, '--state', '8', '--population', file, '--title', 'T');
    assert.equal(r.code, 1);
    assert.ok(r.stderr.includes('dup-long.csv:4:') && r.stderr.includes('dup-long.csv:2)'), r.stderr);
  });

  test('a state and year missing part of its breakdown: exit 1, its total would be short', () => {
    const file = write('short.csv', `${lines.filter((l) => !/^\d+,2015,Chihuahua,8,65\+,Mujeres,/.test(l)).join('\n')}\n`);
    const r = cli('import', SESNSP, ...DOLOSO, '--population', file, '--title', 'T');
    assert.equal(r.code, 1);
    assert.match(r.stderr, /state 08 in 2015 has 9 rows by EDAD, SEXO, most states and periods have 10/);
  });

  test('a "Total" category is used as the total, never added to its parts', () => {
    const rows = ['AÑO,CVE_GEO,SEXO,POBLACION'];
    for (let code = 1; code <= 32; code++) {
      const t = realTotal(code, 2015);
      rows.push(`2015,${code},Hombres,${Math.floor(t / 2)}`, `2015,${code},Mujeres,${t - Math.floor(t / 2)}`, `2015,${code},Total,${t}`);
    }
    const file = write('with-total.csv', `${rows.join('\n')}\n`);
    const { doc, stderr } = importValid(SESNSP, ...DOLOSO, '--population', file, '--title', 'T');
    assert.equal(doc.series.find((s) => s.id === '08')!.observations[0]!.population, 3710129);
    assert.match(stderr, /used only the rows where SEXO is “Total”/);
  });

  test('a wide table with a sex column is summed too', () => {
    const rows = ['Entidad,Sexo,2014,2015'];
    const half = (code: number, year: number) => Math.floor(realTotal(code, year) / 2);
    for (let code = 1; code <= 32; code++) {
      rows.push(`${code},Hombres,${half(code, 2014)},${half(code, 2015)}`);
      rows.push(`${code},Mujeres,${realTotal(code, 2014) - half(code, 2014)},${realTotal(code, 2015) - half(code, 2015)}`);
    }
    const file = write('wide-sex.csv', `${rows.join('\n')}\n`);
    const { doc, stderr } = importValid(SESNSP, ...DOLOSO, '--population', file, '--title', 'T');
    assert.equal(doc.series.find((s) => s.id === '08')!.observations[0]!.population, 3710129);
    assert.match(stderr, /over Sexo \(2 rows each\)/);
  });

  test('conapo-2010 (one row per state and year, Females and Males as columns): no note, Total used', () => {
    const { doc, stderr } = importValid(SESNSP, ...DOLOSO, '--population', SOURCE.pathname, '--title', 'T');
    assert.equal(doc.series.find((s) => s.id === '08')!.observations[0]!.population, 3710129);
    assert.doesNotMatch(stderr, /^note:/m);
  });
});
