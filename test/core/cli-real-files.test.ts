/// <reference types="node" />
/**
 * `cifra import` on the real files in test/fixtures/data (see SOURCES.md): Latin-1 wide
 * tables, a monthly long population table with unpadded codes, CONAPO's long table by
 * sex, and a national table with two header rows and a footer.
 */
import { test, describe, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../src/cli/main.js';
import { validateIndicator } from '../../src/core/validate.js';
import type { Indicator, ValidIndicator } from '../../src/core/schema.js';

const data = (file: string): string => new URL(`../fixtures/data/${file}`, import.meta.url).pathname;
const STATES_CSV = data('Homicide-MX-Drug-War__states-homicide-inegi-1990-2008.latin1.csv');
const CONAPO_CSV = data('Homicide-MX-Drug-War__conapo-states-1990-2008.latin1.csv');
const POP_STATES_CSV = data('new.crimenmexico__pop_states.csv');
const CONAPO_2010_CSV = data('conapo-2010__state-population.csv');
const TABLE_CSV = data('new.crimenmexico__table-inegi-sesnsp.csv');

interface Result { code: number; stdout: string; stderr: string }

function cli(...argv: string[]): Result {
  let stdout = '';
  let stderr = '';
  const code = run(argv, { stdout: (t) => { stdout += t; }, stderr: (t) => { stderr += t; } });
  return { code, stdout, stderr };
}

/** Runs an import that must succeed; returns the printed document, validated. */
function importValid(...argv: string[]): { doc: Indicator; valid: ValidIndicator; stderr: string } {
  const r = cli('import', ...argv);
  assert.equal(r.code, 0, `exit status 0 expected; stderr:\n${r.stderr}`);
  const doc = JSON.parse(r.stdout) as Indicator;
  const checked = validateIndicator(doc);
  assert.ok(checked.ok, checked.ok ? '' : JSON.stringify(checked.errors, null, 1));
  return { doc, valid: checked.value, stderr: r.stderr };
}

const dir = mkdtempSync(join(tmpdir(), 'cifra-cli-real-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const MONTHS = ['Enero', 'Febrero', 'Marzo', 'Abril', 'Mayo', 'Junio', 'Julio', 'Agosto', 'Septiembre', 'Octubre', 'Noviembre', 'Diciembre'];

/** A SESNSP-layout crime table for states 1 and 2 in 2019, every month filled: state s, month m → s*10 + m. */
function writeCrime2019(): string {
  const lines = [`Año,Clave_Ent,Entidad,Bien jurídico afectado,Tipo de delito,Subtipo de delito,Modalidad,${MONTHS.join(',')}`];
  for (const [code, name] of [[1, 'Aguascalientes'], [2, 'Baja California']] as const) {
    lines.push(`2019,${code},${name},La vida y la Integridad corporal,Homicidio,Homicidio doloso,Con arma de fuego,${MONTHS.map((_, m) => code * 10 + m + 1).join(',')}`);
  }
  const file = join(dir, 'crime-2019.csv');
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

describe('Latin-1 files', () => {
  test('the 2008 cross-section: read as Latin-1, 32 series "01".."32" in order, accented names right', () => {
    const { doc, stderr } = importValid(STATES_CSV, '--population', CONAPO_CSV, '--period', '2008', '--title', 'Homicidios, 2008', '--source', 'INEGI');
    assert.match(stderr, /states-homicide-inegi-1990-2008\.latin1\.csv: read as Latin-1/);
    assert.match(stderr, /conapo-states-1990-2008\.latin1\.csv: read as Latin-1/);
    assert.doesNotMatch(stderr, /skipped/, 'every state row is recognised (no mis-decoded names skipped)');
    assert.deepEqual(doc.series.map((s) => s.id), Array.from({ length: 32 }, (_, i) => String(i + 1).padStart(2, '0')));
    const name = (code: string) => doc.series.find((s) => s.id === code)?.geo?.name;
    assert.equal(name('16'), 'Michoacán');
    assert.equal(name('19'), 'Nuevo León');
    assert.equal(name('22'), 'Querétaro');
    assert.equal(name('24'), 'San Luis Potosí');
    assert.equal(name('31'), 'Yucatán');
    for (const s of doc.series) {
      assert.deepEqual(s.observations.map((o) => o.period), ['2008']);
      assert.equal(s.geo?.level, 'state');
    }
  });

  test('accented state rows of the Latin-1 files are matched to the right codes (2008 counts and populations)', () => {
    const { doc } = importValid(STATES_CSV, '--population', CONAPO_CSV, '--period', '2008', '--title', 'H', '--source', 'INEGI');
    const obs = (code: string) => doc.series.find((s) => s.id === code)!.observations[0]!;
    // From the files: "Michoacán de Ocampo", "Nuevo León", "Querétaro", "San Luis Potosí", "Yucatán", "México".
    assert.deepEqual([obs('16').count, obs('16').population], [624, 3977964]);
    assert.deepEqual([obs('19').count, obs('19').population], [231, 4393095]);
    assert.deepEqual([obs('22').count, obs('22').population], [71, 1690042]);
    assert.deepEqual([obs('24').count, obs('24').population], [193, 2473678]);
    assert.deepEqual([obs('31').count, obs('31').population], [49, 1898086]);
    assert.deepEqual([obs('15').count, obs('15').population], [1559, 14638436]);
  });

  test('--encoding utf-8 on a Latin-1 file: exit 1 and a clear message', () => {
    const r = cli('import', STATES_CSV, '--encoding', 'utf-8');
    assert.equal(r.code, 1);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /not valid UTF-8/);
    assert.match(r.stderr, /--encoding latin1/);
  });

  test('--encoding utf-8 on a Latin-1 file: the message names the file', () => {
    const r = cli('import', STATES_CSV, '--encoding', 'utf-8');
    assert.equal(r.code, 1);
    assert.match(r.stderr, /states-homicide-inegi-1990-2008\.latin1\.csv/);
  });

  test('--population-encoding utf-8 on the Latin-1 population file: exit 1 naming the population file', () => {
    const r = cli('import', STATES_CSV, '--population', CONAPO_CSV, '--population-encoding', 'utf-8');
    assert.equal(r.code, 1);
    assert.match(r.stderr, /not valid UTF-8/);
    assert.match(r.stderr, /conapo-states-1990-2008\.latin1\.csv/);
  });

  test('--encoding latin1 given explicitly reads the same document as detection', () => {
    const a = cli('import', STATES_CSV, '--title', 'H', '--source', 'INEGI');
    const b = cli('import', STATES_CSV, '--title', 'H', '--source', 'INEGI', '--encoding', 'latin1');
    assert.equal(a.code, 0, a.stderr);
    assert.equal(b.code, 0, b.stderr);
    assert.equal(a.stdout, b.stdout);
  });
});

describe('new.crimenmexico__pop_states.csv (monthly, long, unpadded codes 1–32) as the population table', () => {
  const popLines = readFileSync(POP_STATES_CSV, 'utf8').split(/\r?\n/);
  const pop = (code: number, month: string): number => {
    const line = popLines.find((l) => l.startsWith(`${code},2019-${month}-01,`));
    assert.ok(line, `population row for ${code} 2019-${month}`);
    return Number(line.split(',')[2]);
  };

  test('monthly periods join the monthly population', () => {
    const crime = writeCrime2019();
    const { doc, valid } = importValid(crime, '--population', POP_STATES_CSV, '--monthly', '--title', 'T');
    assert.equal(doc.unit.type, 'rate');
    assert.deepEqual(doc.series.map((s) => s.id), ['01', '02']);
    for (const [i, s] of doc.series.entries()) {
      const code = i + 1;
      assert.equal(s.observations.length, 12);
      for (const [m, o] of s.observations.entries()) {
        const month = String(m + 1).padStart(2, '0');
        assert.equal(o.period, `2019-${month}`);
        assert.equal(o.count, code * 10 + m + 1);
        assert.equal(o.population, pop(code, month), `${s.id} ${o.period}`);
      }
    }
    const march = valid.series[0]!.observations[2]!;
    assert.ok(Math.abs(march.value! - (13 / pop(1, '03')) * 100000) < 1e-9);
  });

  test('yearly periods take the mid-year (July) population', () => {
    const crime = writeCrime2019();
    const { doc } = importValid(crime, '--population', POP_STATES_CSV, '--title', 'T');
    assert.deepEqual(doc.series.map((s) => s.id), ['01', '02']);
    const sum = (code: number) => MONTHS.reduce((n, _, m) => n + code * 10 + m + 1, 0);
    for (const [i, s] of doc.series.entries()) {
      assert.equal(s.observations.length, 1);
      const o = s.observations[0]!;
      assert.equal(o.period, '2019');
      assert.equal(o.count, sum(i + 1));
      assert.equal(o.population, pop(i + 1, '07'));
      assert.equal(o.status, undefined, 'a full year is not marked');
    }
    assert.equal(doc.series[0]!.observations[0]!.population, 1436338);
  });
});

describe('conapo-2010__state-population.csv (long: Females, Males, Total, Year, StateCode, StateName)', () => {
  test('works as the population table and the Total column is chosen, not Females', () => {
    const crime = writeCrime2019();
    const { doc } = importValid(crime, '--population', CONAPO_2010_CSV, '--title', 'T');
    const [a, b] = doc.series;
    assert.equal(a!.id, '01');
    assert.equal(a!.observations[0]!.population, 1353758, 'Aguascalientes 2019 Total (Females is 694607)');
    assert.equal(b!.id, '02');
    assert.equal(b!.observations[0]!.population, 3682063, 'Baja California 2019 Total');
  });

  test('--population-value-column Females chooses the other column', () => {
    const crime = writeCrime2019();
    const { doc } = importValid(crime, '--population', CONAPO_2010_CSV, '--population-value-column', 'Females', '--title', 'T');
    assert.equal(doc.series[0]!.observations[0]!.population, 694607);
  });

  test('monthly crime periods use the yearly population', () => {
    const crime = writeCrime2019();
    const { doc } = importValid(crime, '--population', CONAPO_2010_CSV, '--monthly', '--title', 'T');
    for (const o of doc.series[0]!.observations) assert.equal(o.population, 1353758, o.period);
  });
});

describe('new.crimenmexico__table-inegi-sesnsp.csv (two header rows, a footer, blanks)', () => {
  const args = [TABLE_CSV, '--value-column', 'INEGI', '--population-column', 'Población', '--title', 'Homicidios', '--source', 'INEGI'];

  test('imports the national series with --value-column INEGI --population-column Población', () => {
    const r = cli('import', ...args);
    assert.equal(r.code, 0, `exit status 0 expected; stderr:\n${r.stderr}`);
    const doc = JSON.parse(r.stdout) as Indicator;
    const checked = validateIndicator(doc);
    assert.ok(checked.ok, checked.ok ? '' : JSON.stringify(checked.errors));
    assert.equal(doc.unit.type, 'rate');
    assert.equal(doc.series.length, 1);
    const s = checked.value.series[0]!;
    assert.equal(s.id, 'MX');
    assert.deepEqual(s.observations.map((o) => o.period), Array.from({ length: 31 }, (_, i) => String(1990 + i)));
    const o1990 = s.observations[0]!;
    assert.equal(o1990.count, 14493);
    assert.equal(o1990.population, 87064847);
    assert.ok(Math.abs(o1990.value! - (14493 / 87064847) * 100000) < 1e-9);
    const o2016 = s.observations.find((o) => o.period === '2016')!;
    assert.equal(o2016.count, 24559);
    assert.equal(o2016.population, 122273473);
  });

  test('warnings name line 2 (the second header row) and the footer lines', () => {
    const r = cli('import', ...args);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /new\.crimenmexico__table-inegi-sesnsp\.csv:2:/);
    assert.match(r.stderr, /new\.crimenmexico__table-inegi-sesnsp\.csv:34:.*FUENTE/);
    assert.match(r.stderr, /:36:/);
    assert.doesNotMatch(r.stderr, /:(3|15|29|33):/, 'data rows are not skipped');
  });

  test('the 2017–2020 INEGI cells (blank) are null', () => {
    const r = cli('import', ...args);
    assert.equal(r.code, 0, r.stderr);
    const checked = validateIndicator(JSON.parse(r.stdout));
    assert.ok(checked.ok);
    const obs = checked.value.series[0]!.observations;
    for (const year of ['2017', '2018', '2019', '2020']) {
      const o = obs.find((x) => x.period === year);
      assert.ok(o, year);
      assert.equal(o.value, null, year);
      assert.equal(o.count, undefined, year);
    }
    assert.equal(obs.filter((o) => typeof o.value === 'number').length, 27);
  });
});
