/// <reference types="node" />
/**
 * `cifra import` and honest numbers (DESIGN §2a), on a 32-state file in the SESNSP layout
 * (test/fixtures/sesnsp-layout.ts: January 2015 to March 2016, Guerrero's December 2015
 * blank): a figure that covers less than its period says so in `coverage`; the national
 * figure covers the months every state has; --months sums the same months of every year;
 * several crime types are never added up silently; --from/--to restrict the years and are
 * named when the population table lacks one; warnings come one line per fact, not per state.
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
import { sesnspText, total, type Row } from '../fixtures/sesnsp-layout.js';

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

const dir = mkdtempSync(join(tmpdir(), 'cifra-cli-honest-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const SESNSP = join(dir, 'IDEFC_NM_mar16.csv');
writeFileSync(SESNSP, sesnspText());
const CONAPO_2010 = new URL('../fixtures/data/conapo-2010__state-population.csv', import.meta.url).pathname;
const CONAPO_AGE_SEX = new URL('../fixtures/conapo-by-age-sex-2014-2015.csv', import.meta.url).pathname;

const DOLOSO: readonly Row[] = ['fuego', 'blanca'];
const ALL = STATE_CODES.map(Number);
const range = (a: number, b: number) => Array.from({ length: b - a + 1 }, (_, i) => a + i);
const national = (rows: readonly Row[], year: number, months: readonly number[]) => ALL.reduce((n, s) => n + total(rows, s, year, months), 0);

function obs(doc: Indicator, id: string, period: string): Observation {
  const s = doc.series.find((x) => x.id === id);
  assert.ok(s, `series ${id}`);
  const o = s.observations.find((x) => x.period === period);
  assert.ok(o, `${id} ${period}`);
  return o;
}

describe('the fixture', () => {
  test('Chihuahua 2015: 1,151 intentional homicides and 11 extortions; Guerrero has 11 months of 2015', () => {
    assert.equal(total(DOLOSO, 8, 2015), 1151);
    assert.equal(total(['extorsion'], 8, 2015), 11);
    assert.notEqual(total(DOLOSO, 12, 2015), total(DOLOSO, 12, 2015, range(1, 11)) + 1, 'sanity');
    assert.ok(national(DOLOSO, 2015, range(1, 12)) > national(DOLOSO, 2015, range(1, 11)));
  });
});

describe('a state missing a month: the national figure covers the months every state has', () => {
  const { doc, valid, stderr } = importValid(SESNSP, '--subtype', 'Homicidio doloso', '--national');

  test('Guerrero 2015 covers January–November: coverage, preliminary, its 11 months summed', () => {
    const o = obs(doc, '12', '2015');
    assert.equal(o.coverage, '2015-01/2015-11');
    assert.equal(o.status, 'preliminary');
    assert.equal(o.value, total(DOLOSO, 12, 2015));
  });

  test('the national 2015 is January–November of every state, with coverage, never a final sum of incomplete states', () => {
    const o = obs(doc, 'MX', '2015');
    assert.equal(o.coverage, '2015-01/2015-11');
    assert.equal(o.status, 'preliminary');
    assert.equal(o.value, national(DOLOSO, 2015, range(1, 11)), 'the 32 states’ January–November');
    assert.notEqual(o.value, national(DOLOSO, 2015, range(1, 12)), 'not 31 whole years plus Guerrero’s 11 months');
  });

  test('the other states’ 2015 are whole years: no coverage, not preliminary', () => {
    for (const code of STATE_CODES.filter((c) => c !== '12')) {
      const o = obs(doc, code, '2015');
      assert.equal(o.coverage, undefined, code);
      assert.equal(o.status, undefined, code);
      assert.equal(o.value, total(DOLOSO, Number(code), 2015), code);
    }
  });

  test('a warning says why the national figure is short, naming Guerrero and never "state 00"', () => {
    assert.match(stderr, /National 2015: summed over January–November only, the months every state has \(Guerrero \(12\) has no December\)/);
    assert.doesNotMatch(stderr, /state 00/);
    assert.ok(valid.series[0]);
  });

  test('the national series is the country: id and code MX, level country, labelled Nacional/National', () => {
    const mx = doc.series[0]!;
    assert.equal(mx.id, 'MX');
    assert.deepEqual(mx.geo, { level: 'country', code: 'MX', name: 'México' });
    assert.deepEqual(mx.label, { es: 'Nacional', en: 'National' });
    assert.equal(doc.series.filter((s) => s.geo?.level === 'state').length, 32);
  });

  test('--monthly: Guerrero’s December 2015 is missing, and so is the national December; January is whole', () => {
    const monthly = importValid(SESNSP, '--subtype', 'Homicidio doloso', '--national', '--monthly');
    assert.equal(obs(monthly.doc, '12', '2015-12').value, null);
    assert.equal(obs(monthly.doc, 'MX', '2015-12').value, null);
    assert.equal(obs(monthly.doc, 'MX', '2015-01').value, national(DOLOSO, 2015, [1]));
    assert.match(monthly.stderr, /National: left missing for 2015-12: Guerrero \(12\) has no figure/);
  });
});

describe('a partial last year: January–March 2016', () => {
  const { doc, stderr } = importValid(SESNSP, '--subtype', 'Homicidio doloso', '--national', '--population', CONAPO_2010);

  test('every state’s and the nation’s 2016 carries coverage 2016-01/2016-03 (and stays preliminary, with a note)', () => {
    for (const s of doc.series) {
      const o = obs(doc, s.id!, '2016');
      assert.equal(o.coverage, '2016-01/2016-03', s.id);
      assert.equal(o.status, 'preliminary', s.id);
      assert.match(JSON.stringify(o.note), /enero–marzo/);
      assert.match(JSON.stringify(o.note), /January–March/);
    }
    assert.equal(obs(doc, '08', '2016').count, total(DOLOSO, 8, 2016));
    assert.equal(obs(doc, 'MX', '2016').count, national(DOLOSO, 2016, range(1, 3)));
  });

  test('one warning line for the 32 states and the nation, not 33', () => {
    const lines = stderr.split('\n').filter((l) => /2016/.test(l));
    assert.equal(lines.length, 1, stderr);
    assert.match(lines[0]!, /^warning: 2016: only 3 of 12 months have data \(January–March\) for all 32 states and National; marked preliminary, with coverage 2016-01\/2016-03/);
    assert.doesNotMatch(stderr, /state \d\d/);
  });
});

describe('a month missing inside a year', () => {
  test('Oaxaca without June 2015: no period says what its sum covers, so 2015 is missing, with a warning; the nation too', () => {
    // Blank June (the 13th cell) on every Oaxaca 2015 row.
    const text = sesnspText().split('\n').map((l) => {
      if (!l.startsWith('2015,20,')) return l;
      const cells = l.split(',');
      cells[12] = '';
      return cells.join(',');
    }).join('\n');
    const file = join(dir, 'IDEFC_oaxaca.csv');
    writeFileSync(file, text);
    const { doc, stderr } = importValid(file, '--subtype', 'Homicidio doloso', '--national');
    assert.equal(obs(doc, '20', '2015').value, null);
    assert.equal(obs(doc, 'MX', '2015').value, null);
    assert.equal(obs(doc, '20', '2016').coverage, '2016-01/2016-03', 'its 2016 is unaffected');
    assert.match(stderr, /^warning: 2015: Oaxaca \(20\) has no data for June inside the period; .* left missing \(--monthly keeps the months\)$/m);
    assert.match(stderr, /^warning: National 2015: left missing: the months every state has are not one run of months \(Guerrero \(12\) has no December; Oaxaca \(20\) has no June\)/m);
    assert.doesNotMatch(stderr, /National 2015: summed over/);
    const monthly = importValid(file, '--subtype', 'Homicidio doloso', '--monthly', '--state', '20').doc;
    assert.equal(obs(monthly, '20', '2015-06').value, null);
    assert.equal(obs(monthly, '20', '2015-07').value, total(DOLOSO, 20, 2015, [7]));
  });
});

describe('--months: the same months of every year', () => {
  test('--months 3-7: range periods, whole in 2015; 2016 covers March only', () => {
    const { doc, stderr } = importValid(SESNSP, '--subtype', 'Homicidio doloso', '--national', '--months', '3-7');
    for (const s of doc.series) assert.deepEqual(s.observations.map((o) => o.period), ['2015-03/2015-07', '2016-03/2016-07'], s.id);
    const chihuahua = obs(doc, '08', '2015-03/2015-07');
    assert.equal(chihuahua.value, total(DOLOSO, 8, 2015, range(3, 7)));
    assert.equal(chihuahua.coverage, undefined);
    assert.equal(obs(doc, 'MX', '2015-03/2015-07').value, national(DOLOSO, 2015, range(3, 7)));
    const partial = obs(doc, '08', '2016-03/2016-07');
    assert.equal(partial.coverage, '2016-03');
    assert.equal(partial.value, total(DOLOSO, 8, 2016, [3]));
    assert.match(JSON.stringify(partial.note), /Periodo parcial: 1 de 5 meses \(marzo\)/);
    assert.match(stderr, /2016-03\/2016-07: only 1 of 5 months have data \(March\) for all 32 states and National/);
  });

  test('--months 4-7: 2016 has none of them and is left out with a warning', () => {
    const { doc, stderr } = importValid(SESNSP, '--subtype', 'Homicidio doloso', '--months', '4-7');
    for (const s of doc.series) assert.deepEqual(s.observations.map((o) => o.period), ['2015-04/2015-07'], s.id);
    assert.match(stderr, /left out 2016-04\/2016-07: no state has data for April–July of that year/);
  });

  test('--months 10-12: Guerrero and the nation cover October–November of 2015', () => {
    const { doc } = importValid(SESNSP, '--subtype', 'Homicidio doloso', '--national', '--months', '10-12');
    assert.equal(obs(doc, '12', '2015-10/2015-12').coverage, '2015-10/2015-11');
    assert.equal(obs(doc, 'MX', '2015-10/2015-12').coverage, '2015-10/2015-11');
    assert.equal(obs(doc, 'MX', '2015-10/2015-12').value, national(DOLOSO, 2015, [10, 11]));
    assert.equal(obs(doc, '08', '2015-10/2015-12').coverage, undefined);
  });

  test('--months 3 is one month of every year ("2015-03"); --months 1-12 is the yearly default', () => {
    const march = importValid(SESNSP, '--subtype', 'Homicidio doloso', '--months', '3').doc;
    assert.deepEqual(march.series[0]!.observations.map((o) => o.period), ['2015-03', '2016-03']);
    const whole = cli('import', SESNSP, '--subtype', 'Homicidio doloso', '--months', '1-12', '--title', 'T');
    assert.equal(whole.stdout, cli('import', SESNSP, '--subtype', 'Homicidio doloso', '--title', 'T').stdout);
  });

  test('--months with a population: a rate over the months, with the year’s population', () => {
    const { doc } = importValid(SESNSP, '--subtype', 'Homicidio doloso', '--months', '3-7', '--population', CONAPO_2010);
    const o = obs(doc, '08', '2015-03/2015-07');
    assert.equal(o.count, total(DOLOSO, 8, 2015, range(3, 7)));
    assert.equal(o.population, 3710129);
  });

  test('--period 2015 with --months 3-7 is the cross-section of March–July 2015', () => {
    const { doc } = importValid(SESNSP, '--subtype', 'Homicidio doloso', '--months', '3-7', '--period', '2015');
    for (const s of doc.series) assert.deepEqual(s.observations.map((o) => o.period), ['2015-03/2015-07']);
  });

  test('bad --months, --months with --monthly, --months on a yearly table: exit 1 naming --months', () => {
    for (const bad of ['7-3', '0-4', '3-13', 'mar-jul', '']) {
      const r = cli('import', SESNSP, '--subtype', 'Homicidio doloso', '--months', bad);
      assert.equal(r.code, 1, bad);
      assert.match(r.stderr, /--months/, bad);
    }
    const both = cli('import', SESNSP, '--subtype', 'Homicidio doloso', '--months', '3-7', '--monthly');
    assert.equal(both.code, 1);
    assert.match(both.stderr, /--months and --monthly/);
    const wide = join(dir, 'wide-years.csv');
    writeFileSync(wide, 'state,2015,2016\n1,5,6\n');
    const yearly = cli('import', wide, '--months', '3-7');
    assert.equal(yearly.code, 1);
    assert.match(yearly.stderr, /--months needs a table with months/);
  });
});

describe('several crime types are never added up silently', () => {
  test('no filter: exit 1 listing the crime types found and the flags that pick one or add them up', () => {
    const r = cli('import', SESNSP);
    assert.equal(r.code, 1);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /2 crime types \(Tipo de delito\): “Homicidio”, “Extorsión”/);
    assert.match(r.stderr, /--crime "Homicidio"/);
    assert.match(r.stderr, /--subtype/);
    assert.match(r.stderr, /--sum/);
  });

  test('one type with several subtypes and neither --crime nor --subtype: exit 1 listing the subtypes', () => {
    const r = cli('import', SESNSP, '--legal-good', 'La vida y la Integridad corporal');
    assert.equal(r.code, 1);
    assert.match(r.stderr, /2 crime subtypes \(Subtipo de delito\): “Homicidio doloso”, “Homicidio culposo”/);
    assert.match(r.stderr, /--subtype "Homicidio doloso"/);
    assert.match(r.stderr, /--crime "Homicidio"/);
  });

  test('--crime Homicidio is the type’s total (doloso and culposo), titled with the type', () => {
    const { doc } = importValid(SESNSP, '--crime', 'homicidio');
    assert.equal(doc.title, 'Homicidio');
    assert.equal(obs(doc, '08', '2015').value, total(['fuego', 'blanca', 'culposo'], 8, 2015));
    assert.equal(doc.notes, undefined);
  });

  test('without --title the title is what was selected, not the file name', () => {
    assert.equal(importValid(SESNSP, '--subtype', 'homicidio doloso').doc.title, 'Homicidio doloso', 'the file’s spelling');
    assert.equal(importValid(SESNSP, '--crime', 'Extorsion').doc.title, 'Extorsión');
  });

  test('--sum adds them up, and the title and a note say what was added', () => {
    const { doc } = importValid(SESNSP, '--sum');
    assert.equal(obs(doc, '08', '2015').value, total(['fuego', 'blanca', 'culposo', 'extorsion'], 8, 2015));
    assert.deepEqual(doc.title, { es: 'Suma de 2 tipos de delito: Homicidio, Extorsión', en: 'Sum of 2 crime types: Homicidio, Extorsión' });
    assert.deepEqual(doc.notes, [{ es: 'Suma de 2 tipos de delito: Homicidio + Extorsión.', en: 'Sum of 2 crime types: Homicidio + Extorsión.' }]);
    const titled = importValid(SESNSP, '--sum', '--title', 'Homicidios y extorsiones').doc;
    assert.equal(titled.title, 'Homicidios y extorsiones');
    assert.equal(titled.notes?.length, 1, 'a title of one’s own keeps the note');
  });

  test('--sum over subtypes: "Suma de 2 subtipos de delito"', () => {
    const { doc } = importValid(SESNSP, '--legal-good', 'La vida y la Integridad corporal', '--sum');
    assert.deepEqual(doc.title, { es: 'Suma de 2 subtipos de delito: Homicidio doloso, Homicidio culposo', en: 'Sum of 2 crime subtypes: Homicidio doloso, Homicidio culposo' });
  });

  test('SESNSP filters on a table without SESNSP columns: exit 1, not silently ignored', () => {
    const wide = join(dir, 'wide-filter.csv');
    writeFileSync(wide, 'state,2015,2016\n1,5,6\n');
    const r = cli('import', wide, '--crime', 'Homicidio');
    assert.equal(r.code, 1);
    assert.match(r.stderr, /--crime filters the SESNSP layout/);
  });
});

describe('--from and --to', () => {
  test('--from 2016 keeps 2016 only; --to 2015 keeps 2015 only', () => {
    const from = importValid(SESNSP, '--subtype', 'Homicidio doloso', '--from', '2016').doc;
    for (const s of from.series) assert.deepEqual(s.observations.map((o) => o.period), ['2016']);
    const to = importValid(SESNSP, '--subtype', 'Homicidio doloso', '--to', '2015').doc;
    for (const s of to.series) assert.deepEqual(s.observations.map((o) => o.period), ['2015']);
  });

  test('a population table without a year the crimes have: exit 1 naming the years it covers and --to', () => {
    const r = cli('import', SESNSP, '--subtype', 'Homicidio doloso', '--population', CONAPO_AGE_SEX, '--national', '--title', 'Homicidios dolosos');
    assert.equal(r.code, 1);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /no population for Aguascalientes \(01\) in 2016/);
    assert.match(r.stderr, /conapo-by-age-sex-2014-2015\.csv covers 2014–2015; keep the years it covers with --to 2015/);
  });

  test('… and with --to 2015 the same command works', () => {
    const { doc } = importValid(SESNSP, '--subtype', 'Homicidio doloso', '--population', CONAPO_AGE_SEX, '--national', '--title', 'Homicidios dolosos', '--to', '2015');
    assert.deepEqual(doc.series[0]!.observations.map((o) => o.period), ['2015']);
  });

  test('a population table that starts later names --from', () => {
    const pop = join(dir, 'pop-2016.csv');
    writeFileSync(pop, `state,year,population\n${ALL.map((s) => `${s},2016,1000000`).join('\n')}\n`);
    const r = cli('import', SESNSP, '--subtype', 'Homicidio doloso', '--population', pop);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /covers 2016–2016; keep the years it covers with --from 2016/);
  });

  test('a population table missing one state, not a year: the message names the state, not --from/--to', () => {
    const pop = join(dir, 'pop-31.csv');
    writeFileSync(pop, `state,year,population\n${ALL.filter((s) => s !== 5).flatMap((s) => [`${s},2015,1000000`, `${s},2016,1000000`]).join('\n')}\n`);
    const r = cli('import', SESNSP, '--subtype', 'Homicidio doloso', '--population', pop);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /no population for Coahuila \(05\) in 2015/);
    assert.doesNotMatch(r.stderr, /--to|--from/);
  });

  test('bad --from/--to: exit 1 naming the option', () => {
    assert.match(cli('import', SESNSP, '--subtype', 'Homicidio doloso', '--from', '15').stderr, /--from takes a year/);
    assert.match(cli('import', SESNSP, '--subtype', 'Homicidio doloso', '--from', '2016', '--to', '2015').stderr, /--from 2016 is after --to 2015/);
    const none = cli('import', SESNSP, '--subtype', 'Homicidio doloso', '--from', '2020');
    assert.equal(none.code, 1);
    assert.match(none.stderr, /2015–2016 \(check --from and --to\)/);
  });
});

describe('a cross-section over a partial national figure', () => {
  test('--period 2015 --national: the reference is January–November and its label says so', () => {
    const { doc } = importValid(SESNSP, '--subtype', 'Homicidio doloso', '--national', '--period', '2015', '--population', CONAPO_2010);
    assert.deepEqual(doc.series.map((s) => s.id), STATE_CODES);
    assert.deepEqual(doc.reference?.label, { es: 'Nacional (enero–noviembre)', en: 'National (January–November)' });
  });

  test('--period 2015: a warning that Guerrero’s January–November is not comparable with whole years in a ranking', () => {
    const { stderr } = importValid(SESNSP, '--subtype', 'Homicidio doloso', '--period', '2015');
    assert.match(stderr, /--period 2015: Guerrero \(12\) covers fewer months than the other states, so its figure is not comparable with theirs in a ranking/);
    const whole = importValid(SESNSP, '--subtype', 'Homicidio doloso', '--months', '1-11', '--period', '2015');
    assert.doesNotMatch(whole.stderr, /not comparable/, 'January–November of every state is comparable');
  });
});
