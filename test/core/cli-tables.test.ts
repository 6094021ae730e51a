/// <reference types="node" />
/**
 * `cifra import` on the other table shapes: wide (one column per year or month, one
 * row per state) and long (state, period, value), with unpadded codes, state names,
 * blank and NA cells, lines before the header and footers under the data; and the
 * document's metadata options.
 */
import { test, describe, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../src/cli/main.js';
import { validateIndicator } from '../../src/core/validate.js';
import type { Indicator, ValidIndicator } from '../../src/core/schema.js';

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

const dir = mkdtempSync(join(tmpdir(), 'cifra-cli-tables-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function write(name: string, text: string | Buffer): string {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

const values = (doc: Indicator, id: string) => doc.series.find((s) => s.id === id)?.observations.map((o) => [o.period, o.value ?? null]);

describe('wide tables', () => {
  test('state names and unpadded codes, blank and NA cells missing', () => {
    const file = write('wide.csv', 'Entidad,2010,2011,2012\nAguascalientes,5,NA,7\n2,,8,9\n"Veracruz de Ignacio de la Llave",1,2,n/a\n');
    const { doc } = importValid(file, '--title', 'T');
    assert.deepEqual(doc.series.map((s) => s.id), ['01', '02', '30']);
    assert.deepEqual(values(doc, '01'), [['2010', 5], ['2011', null], ['2012', 7]]);
    assert.deepEqual(values(doc, '02'), [['2010', null], ['2011', 8], ['2012', 9]]);
    assert.deepEqual(values(doc, '30'), [['2010', 1], ['2011', 2], ['2012', null]]);
    assert.deepEqual(doc.sources, [{ name: 'wide.csv' }], 'the source defaults to the file name outside the SESNSP layout');
  });

  test('a line before the header and a footer under the data are skipped with warnings naming their lines', () => {
    const file = write('wide-notes.csv', [
      'Homicidios por entidad federativa',
      'Entidad,2010,2011',
      '1,5,6',
      '2,7,8',
      'Fuente: INEGI,,',
      '',
    ].join('\n'));
    const { doc, stderr } = importValid(file, '--title', 'T');
    assert.match(stderr, /wide-notes\.csv:1:.*Homicidios por entidad/);
    assert.match(stderr, /wide-notes\.csv:5:.*Fuente/);
    assert.doesNotMatch(stderr, /wide-notes\.csv:[234]:/);
    assert.deepEqual(values(doc, '01'), [['2010', 5], ['2011', 6]]);
    assert.deepEqual(values(doc, '02'), [['2010', 7], ['2011', 8]]);
  });

  test('thousands separators are read as numbers', () => {
    const file = write('wide-thousands.csv', 'state,2010,2011\n15,"1,559","12,345"\n');
    const { doc } = importValid(file, '--title', 'T');
    assert.deepEqual(values(doc, '15'), [['2010', 1559], ['2011', 12345]]);
  });

  test('month columns ("2012-01") are kept with --monthly', () => {
    const file = write('wide-months.csv', 'state,2012-01,2012-02,2012-03\n8,1,2,3\n');
    const { doc } = importValid(file, '--monthly', '--title', 'T');
    assert.deepEqual(values(doc, '08'), [['2012-01', 1], ['2012-02', 2], ['2012-03', 3]]);
  });

  test('month columns without --monthly sum to a partial year marked preliminary', () => {
    const file = write('wide-months2.csv', 'state,2012-01,2012-02,2012-03\n8,1,2,3\n');
    const { doc, stderr } = importValid(file, '--title', 'T');
    const o = doc.series[0]!.observations[0]!;
    assert.equal(o.period, '2012');
    assert.equal(o.value, 6);
    assert.equal(o.status, 'preliminary');
    assert.match(stderr, /3 of 12 months/);
  });

  test('a national row in a crime table with states is not mixed into the states', () => {
    const file = write('wide-national.csv', 'state,2010,2011\n1,5,6\nNacional,100,200\n2,7,8\n');
    const { doc } = importValid(file, '--title', 'T');
    assert.deepEqual(doc.series.map((s) => s.id), ['01', '02']);
  });
});

describe('long tables', () => {
  test('state, period and value columns found by their usual names; unpadded codes padded', () => {
    const file = write('long.csv', 'clave_ent,periodo,valor\n1,2019,5\n1,2020,NA\n9,2019,\n9,2020,4\n');
    const { doc } = importValid(file, '--title', 'T');
    assert.deepEqual(doc.series.map((s) => s.id), ['01', '09']);
    assert.deepEqual(values(doc, '01'), [['2019', 5], ['2020', null]]);
    assert.deepEqual(values(doc, '09'), [['2019', null], ['2020', 4]]);
    assert.equal(doc.series[1]!.geo?.name, 'Ciudad de México');
  });

  test('--state-column, --period-column and --value-column choose columns by header', () => {
    const file = write('long-named.csv', 'id_edo,otro,fecha_corte,victimas_total,victimas_mujeres\n19,x,2019-03-01,10,3\n19,x,2019-04-01,11,4\n');
    const { doc } = importValid(file, '--state-column', 'id_edo', '--period-column', 'fecha_corte', '--value-column', 'victimas_mujeres', '--monthly', '--title', 'T');
    assert.deepEqual(values(doc, '19'), [['2019-03', 3], ['2019-04', 4]]);
  });

  test('a UTF-8 long table with accented headers and state names (“Año”, “Entidad”, “Michoacán de Ocampo”)', () => {
    const text = 'Entidad,Año,Víctimas\nMichoacán de Ocampo,2019,10\nNuevo León,2019,20\nQuerétaro,2019,30\n';
    const utf8 = importValid(write('long-acentos.csv', text), '--title', 'T');
    assert.doesNotMatch(utf8.stderr, /Latin-1/);
    assert.deepEqual(utf8.doc.series.map((s) => s.id), ['16', '19', '22']);
    const latin1 = importValid(write('long-acentos.latin1.csv', Buffer.from(text, 'latin1')), '--title', 'T');
    assert.match(latin1.stderr, /long-acentos\.latin1\.csv: read as Latin-1/);
    assert.deepEqual(latin1.doc.series, utf8.doc.series);
  });

  test('a long population table with a --population-value-column', () => {
    const crime = write('long-crime.csv', 'state,year,value\n1,2019,10\n2,2019,20\n');
    const pop = write('long-pop.csv', 'state,year,hombres,mujeres,habitantes\n1,2019,1,1,100000\n2,2019,1,1,400000\n');
    const { valid } = importValid(crime, '--population', pop, '--population-value-column', 'habitantes', '--title', 'T');
    assert.deepEqual(valid.series.map((s) => s.observations[0]!.value), [10, 5]);
  });

  test('a national table (no state column) gives the national series as it is', () => {
    const file = write('long-national.csv', 'year,homicidios\n2010,100\n2011,NA\n2012,120\n');
    const { doc } = importValid(file, '--title', 'T');
    assert.deepEqual(doc.series.map((s) => s.id), ['MX']);
    assert.deepEqual(values(doc, 'MX'), [['2010', 100], ['2011', null], ['2012', 120]]);
  });

  test('a national table with its population in another column gives a national rate', () => {
    const file = write('long-national-pop.csv', 'year,homicidios,poblacion\n2010,100,1000000\n2011,,1000000\n');
    const { valid } = importValid(file, '--population-column', 'poblacion', '--title', 'T');
    assert.deepEqual(valid.series[0]!.observations.map((o) => o.value), [10, null]);
  });
});

describe('document options', () => {
  const file = write('meta.csv', 'state,2006,2007\n8,100,200\n25,50,60\n');

  test('--title/--title-en, --subtitle, --of, --source/--source-url/--publisher, --lang, --decimals, --id', () => {
    const { doc } = importValid(file,
      '--title', 'Homicidios', '--title-en', 'Homicides',
      '--subtitle', 'Por entidad', '--subtitle-en', 'By state',
      '--of', 'víctimas', '--of-en', 'victims',
      '--source', 'INEGI', '--source-url', 'https://www.inegi.org.mx/', '--publisher', 'Diego Valle-Jones',
      '--lang', 'en', '--decimals', '2', '--id', 'homicidios-estados');
    assert.deepEqual(doc.title, { es: 'Homicidios', en: 'Homicides' });
    assert.deepEqual(doc.subtitle, { es: 'Por entidad', en: 'By state' });
    assert.deepEqual(doc.unit, { type: 'count', of: { es: 'víctimas', en: 'victims' } });
    assert.deepEqual(doc.sources, [{ name: 'INEGI', url: 'https://www.inegi.org.mx/', publisher: 'Diego Valle-Jones' }]);
    assert.equal(doc.lang, 'en');
    assert.equal(doc.decimals, 2);
    assert.equal(doc.id, 'homicidios-estados');
  });

  test('--annotate PERIOD:Spanish|English is repeatable', () => {
    const { doc } = importValid(file, '--title', 'T',
      '--annotate', '2006:Inicia la guerra contra el narcotráfico|Drug war begins',
      '--annotate', '2007:Operativo conjunto');
    assert.deepEqual(doc.annotations, [
      { period: '2006', label: { es: 'Inicia la guerra contra el narcotráfico', en: 'Drug war begins' } },
      { period: '2007', label: 'Operativo conjunto' },
    ]);
  });

  test('an invalid --source-url is refused by the validator: exit 1', () => {
    const r = cli('import', file, '--title', 'T', '--source-url', 'javascript:alert(1)');
    assert.equal(r.code, 1);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /validator/);
  });
});
