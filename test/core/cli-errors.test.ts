/// <reference types="node" />
/**
 * `cifra import`: problems are reported with file, line and column and a non-zero
 * exit status (1 for bad input, 2 for bad usage); `--help` explains every option.
 */
import { test, describe, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../src/cli/main.js';

interface Result { code: number; stdout: string; stderr: string }

function cli(...argv: string[]): Result {
  let stdout = '';
  let stderr = '';
  const code = run(argv, { stdout: (t) => { stdout += t; }, stderr: (t) => { stderr += t; } });
  return { code, stdout, stderr };
}

const dir = mkdtempSync(join(tmpdir(), 'cifra-cli-errors-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const MONTHS = ['Enero', 'Febrero', 'Marzo', 'Abril', 'Mayo', 'Junio', 'Julio', 'Agosto', 'Septiembre', 'Octubre', 'Noviembre', 'Diciembre'];
const HEADER = `Año,Clave_Ent,Entidad,Bien jurídico afectado,Tipo de delito,Subtipo de delito,Modalidad,${MONTHS.join(',')}`;
const twelve = (n: number) => Array.from({ length: 12 }, () => String(n)).join(',');

function write(name: string, text: string): string {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

const good = write('IDEFC.csv', [
  HEADER,
  `2019,1,Aguascalientes,La vida y la Integridad corporal,Homicidio,Homicidio doloso,Con arma de fuego,${twelve(3)}`,
  `2019,2,Baja California,La vida y la Integridad corporal,Homicidio,Homicidio doloso,Con arma de fuego,${twelve(5)}`,
  `2020,1,Aguascalientes,La vida y la Integridad corporal,Homicidio,Homicidio doloso,Con arma de fuego,${twelve(4)}`,
  `2020,2,Baja California,La vida y la Integridad corporal,Homicidio,Homicidio doloso,Con arma de fuego,${twelve(6)}`,
  '',
].join('\n'));

describe('cifra import: errors', () => {
  test('a non-numeric cell ("12x") in the SESNSP layout: exit 1, file:line:column and the cell text', () => {
    // Line 3, column 9 is Febrero of the second data row.
    const bad = write('bad.csv', [
      HEADER,
      `2019,1,Aguascalientes,La vida y la Integridad corporal,Homicidio,Homicidio doloso,Con arma de fuego,${twelve(3)}`,
      `2019,2,Baja California,La vida y la Integridad corporal,Homicidio,Homicidio doloso,Con arma de fuego,5,12x,${Array.from({ length: 10 }, () => '5').join(',')}`,
      '',
    ].join('\n'));
    const r = cli('import', bad);
    assert.equal(r.code, 1);
    assert.equal(r.stdout, '');
    assert.ok(r.stderr.includes('bad.csv:3:9'), r.stderr);
    assert.ok(r.stderr.includes('12x'), r.stderr);
  });

  test('a non-numeric cell in a wide table: file:line:column', () => {
    const bad = write('bad-wide.csv', 'state,2010,2011\n1,5,6\n2,7,12x\n');
    const r = cli('import', bad);
    assert.equal(r.code, 1);
    assert.ok(r.stderr.includes('bad-wide.csv:3:3'), r.stderr);
    assert.ok(r.stderr.includes('12x'), r.stderr);
  });

  test('a non-numeric cell in a long population table: the population file:line:column', () => {
    const pop = write('bad-pop.csv', 'state,year,population\n1,2019,100000\n2,2019,1e\n1,2020,100000\n2,2020,100000\n');
    const r = cli('import', good, '--population', pop);
    assert.equal(r.code, 1);
    assert.ok(r.stderr.includes('bad-pop.csv:3:3'), r.stderr);
    assert.ok(r.stderr.includes('1e'), r.stderr);
  });

  test('missing population for a state and period: exit 1 naming the state and the period', () => {
    const pop = write('pop-missing.csv', 'state,year,population\n1,2019,100000\n2,2019,200000\n1,2020,100000\n');
    const r = cli('import', good, '--population', pop);
    assert.equal(r.code, 1);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /no population/);
    assert.match(r.stderr, /\b02\b/);
    assert.match(r.stderr, /\b2020\b/);
  });

  test('a filter that matches nothing: exit 1 with a message that names the filters to check', () => {
    const r = cli('import', good, '--subtype', 'Secuestro');
    assert.equal(r.code, 1);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /no rows left after the filters/);
    assert.match(r.stderr, /--subtype/);
  });

  test('--state for a state that is not in the file: exit 1', () => {
    const r = cli('import', good, '--state', '05');
    assert.equal(r.code, 1);
    assert.match(r.stderr, /--state/);
  });

  test('--state with something that is not a state: exit 1 naming it', () => {
    const r = cli('import', good, '--state', 'Atlantis');
    assert.equal(r.code, 1);
    assert.match(r.stderr, /Atlantis/);
  });

  test('an unknown option: exit 2 naming it', () => {
    const r = cli('import', good, '--bogus');
    assert.equal(r.code, 2);
    assert.match(r.stderr, /--bogus/);
  });

  test('an unknown command: exit 2', () => {
    const r = cli('frobnicate');
    assert.equal(r.code, 2);
    assert.match(r.stderr, /frobnicate/);
  });

  test('no input file: non-zero exit and a message', () => {
    const r = cli('import');
    assert.notEqual(r.code, 0);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /crime table/);
    const r2 = cli('import', '--title', 'Homicidios');
    assert.notEqual(r2.code, 0);
  });

  test('two input files: non-zero exit', () => {
    assert.notEqual(cli('import', good, good).code, 0);
  });

  test('an unreadable path: exit 1 naming ENOENT and the path', () => {
    const missing = join(dir, 'no-such-file.csv');
    const r = cli('import', missing);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /ENOENT/);
    assert.ok(r.stderr.includes('no-such-file.csv'), r.stderr);
  });

  test('an unreadable population path: exit 1 naming ENOENT', () => {
    const r = cli('import', good, '--population', join(dir, 'no-pop.csv'));
    assert.equal(r.code, 1);
    assert.match(r.stderr, /ENOENT/);
    assert.ok(r.stderr.includes('no-pop.csv'));
  });

  test('--per 7: exit 1 naming --per', () => {
    const pop = write('pop.csv', 'state,year,population\n1,2019,100000\n2,2019,200000\n1,2020,100000\n2,2020,200000\n');
    const r = cli('import', good, '--population', pop, '--per', '7');
    assert.equal(r.code, 1);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /--per/);
    assert.equal(cli('import', good, '--population', pop, '--per', 'abc').code, 1);
    assert.equal(cli('import', good, '--population', pop, '--per', '1000').code, 0);
  });

  test('--encoding with an unknown encoding: exit 1', () => {
    const r = cli('import', good, '--encoding', 'ebcdic');
    assert.equal(r.code, 1);
    assert.match(r.stderr, /ebcdic/);
  });

  test('--decimals out of range: the validator refuses it, exit 1', () => {
    const r = cli('import', good, '--decimals', '9');
    assert.equal(r.code, 1);
    assert.match(r.stderr, /validator/);
    assert.match(r.stderr, /decimals/);
  });

  test('--annotate without PERIOD:TEXT: exit 1', () => {
    const r = cli('import', good, '--annotate', 'no colon here');
    assert.equal(r.code, 1);
    assert.match(r.stderr, /--annotate/);
  });

  test('--value-column naming no column: exit 1 listing the columns', () => {
    const long = write('long.csv', 'state,period,value\n1,2019,5\n2,2019,6\n');
    const r = cli('import', long, '--value-column', 'Víctimas');
    assert.equal(r.code, 1);
    assert.match(r.stderr, /Víctimas/);
    assert.match(r.stderr, /VALUE/i);
  });

  test('two values for one state and period in a long table: exit 1 naming both places', () => {
    const dup = write('dup.csv', 'state,period,value\n1,2019,5\n01,2019,6\n');
    const r = cli('import', dup);
    assert.equal(r.code, 1);
    assert.ok(r.stderr.includes('dup.csv:3:'), r.stderr);
    assert.ok(r.stderr.includes('dup.csv:2:'), r.stderr);
  });

  test('a file with no recognisable header: exit 1 naming the file', () => {
    const junk = write('junk.csv', 'hello,world\nfoo,bar\n');
    const r = cli('import', junk);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /junk\.csv/);
  });

  test('run() never throws and never writes a document on error', () => {
    for (const argv of [['import', join(dir, 'nope.csv')], ['import', good, '--per', '7'], ['import', good, '--subtype', 'X']]) {
      let r: Result | undefined;
      assert.doesNotThrow(() => { r = cli(...argv); });
      assert.notEqual(r!.code, 0);
      assert.equal(r!.stdout, '');
      assert.doesNotMatch(r!.stderr, /unexpected error/);
    }
  });
});

/** The option names declared in a function's parseArgs call in src/cli/main.ts. */
function declaredOptions(functionName: string): string[] {
  const source = readFileSync(new URL('../../src/cli/main.ts', import.meta.url), 'utf8');
  const start = source.indexOf(`function ${functionName}(`);
  assert.ok(start >= 0, `${functionName} in main.ts`);
  const open = source.indexOf('options: {', start);
  assert.ok(open >= 0, `parseArgs options in ${functionName}`);
  // The options object ends at the first line that closes it at its own indentation.
  const close = source.indexOf('\n    },', open);
  assert.ok(close > open);
  const block = source.slice(open + 'options: {'.length, close);
  const names = [...block.matchAll(/^\s*'?([a-z][a-z0-9-]*)'?\s*:\s*\{/gm)].map((m) => m[1]!);
  assert.ok(names.length > 0);
  return names;
}

const mentions = (help: string, name: string) => new RegExp(`--${name.replace(/-/g, '\\-')}(?![\\w-])`).test(help);

describe('cifra import --help', () => {
  const r = cli('import', '--help');

  test('exits 0 and prints to standard output', () => {
    assert.equal(r.code, 0);
    assert.ok(r.stdout.length > 200);
    assert.equal(r.stderr, '');
    assert.equal(cli('import', '-h').stdout, r.stdout);
  });

  test('the option list is read from the source (sanity)', () => {
    const names = declaredOptions('importCommand');
    for (const n of ['population', 'per', 'subtype', 'monthly', 'national', 'period', 'encoding', 'out']) assert.ok(names.includes(n), n);
    assert.ok(names.length >= 30, `${names.length} options`);
  });

  test('mentions every option declared in importCommand’s parseArgs', () => {
    const missing = declaredOptions('importCommand').filter((name) => !mentions(r.stdout, name));
    assert.deepEqual(missing, [], `options not explained by cifra import --help: ${missing.map((n) => `--${n}`).join(', ')}`);
  });

  test('has at least 3 example command lines', () => {
    const examples = r.stdout.split('\n').filter((l) => /^\s+cifra import \S+\.csv\b/.test(l));
    assert.ok(examples.length >= 3, `${examples.length} examples:\n${examples.join('\n')}`);
  });

  test('describes the layouts, encodings and the exit status', () => {
    for (const word of ['SESNSP', 'Latin-1', 'UTF-8', 'preliminary', 'NA']) assert.ok(r.stdout.includes(word), word);
  });
});

describe('cifra snippet --help and cifra --help', () => {
  test('snippet --help mentions every option of snippetCommand (other than --help itself)', () => {
    const r = cli('snippet', '--help');
    assert.equal(r.code, 0);
    const missing = declaredOptions('snippetCommand').filter((n) => n !== 'help' && !mentions(r.stdout, n));
    assert.deepEqual(missing, []);
    assert.match(r.stdout, /^\s+cifra snippet \S+\.json/m, 'an example');
  });

  test('cifra --help exits 0 with the usage; cifra with no arguments exits 2', () => {
    const help = cli('--help');
    assert.equal(help.code, 0);
    assert.match(help.stdout, /cifra import/);
    assert.match(help.stdout, /cifra snippet/);
    assert.equal(cli('-h').code, 0);
    assert.equal(cli('help').code, 0);
    const none = cli();
    assert.equal(none.code, 2);
    assert.match(none.stdout + none.stderr, /Usage/);
  });
});
