import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { formatChange, formatNumber, formatOrdinal, resolveLocale } from '../../src/core/format.js';
import { jsonErrorAt, saidText, segments, shownText, speak, spokenPath } from '../../src/core/speech.js';

const es = resolveLocale('es');
const en = resolveLocale('en');
const esES = resolveLocale('es-ES');

describe('speak: Spanish (es-MX)', () => {
  const cases: [string, string][] = [
    ['2,567 de 3,359,934 habitantes', '2567 de 3359934 habitantes'],
    ['por cada 100,000', 'por cada 100000'],
    ['−26 % de 2012 a 2016', 'menos 26 por ciento de 2012 a 2016'],
    ['(+4 %)', '(más 4 por ciento)'],
    ['+<0.0001 %', 'un aumento de menos de 0.0001 por ciento'],
    ['\u2212<0.0001 %', 'una baja de menos de 0.0001 por ciento'],
    ['+>100 %', 'un aumento de más de 100 por ciento'],
    ['alrededor de −1,234.5 %', 'alrededor de menos 1234.5 por ciento'],
    ['71.9%', '71.9 por ciento'],
    ['-5.2 y −3', 'menos 5.2 y menos 3'],
    ['11.º lugar de 32 entidades', 'lugar 11 de 32 entidades'],
    ['16.º lugar (empate) entre 32 entidades', 'lugar 16 (empate) entre 32 entidades'],
    ['1.º = el valor más alto', 'el lugar 1 es el valor más alto'],
    ['ene 2014: 12.6', 'enero de 2014: 12.6'],
    ['2016 (ene–mar, preliminar)', '2016 (enero a marzo, preliminar)'],
    ['mar–jul 2025', 'marzo a julio de 2025'],
    ['dic 2014–mar 2015', 'diciembre de 2014 a marzo de 2015'],
    ['T3 2012', 'trimestre 3 de 2012'],
    ['Homicidios dolosos, Nacional, 1990–2008', 'Homicidios dolosos, Nacional, 1990 a 2008'],
    ['12.3 (intervalo: 10.1–14.5)', '12.3 (intervalo: 10.1 a 14.5)'],
    ['Jalisco · Homicidios · 2008', 'Jalisco, Homicidios, 2008'],
    ['2,567 ÷ 3,359,934 × 100,000 = 76.4', '2567 entre 3359934 por 100000 igual a 76.4'],
    ['lower ≤ value', 'lower menor o igual que value'],
  ];
  for (const [shown, said] of cases) {
    test(`${shown} → ${said}`, () => assert.equal(speak(shown, es), said));
  }

  test('words that look like abbreviations stay words: the sea, a month name alone, a date, a code', () => {
    for (const text of ['Mar Caribe', 'el mar', 'fecha 2016-11-28', 'periodo «2012-03»', 'Homicide-MX-Drug-War', 'x-fuente', '13.7 por cada 100 mil']) {
      assert.equal(speak(text, es), text);
    }
  });

  test('segments keep the shown text whole and mark only what is said differently', () => {
    const parts = segments('Nacional: bajó de 13.7 a 12.8 entre 1990 y 2008 (−7 %).', es);
    assert.equal(shownText(parts), 'Nacional: bajó de 13.7 a 12.8 entre 1990 y 2008 (−7 %).');
    assert.equal(saidText(parts), 'Nacional: bajó de 13.7 a 12.8 entre 1990 y 2008 (menos 7 por ciento).');
    assert.deepEqual(parts, ['Nacional: bajó de 13.7 a 12.8 entre 1990 y 2008 (', { shown: '−7 %', said: 'menos 7 por ciento' }, ').']);
  });

  test('what the formatters write is said right', () => {
    assert.equal(speak(formatChange(-26.2, es.locale)!, es), 'menos 26 por ciento');
    assert.equal(speak(formatNumber(3359934, es.locale, 0)!, es), '3359934');
    assert.equal(speak(`${formatOrdinal(1, es)} lugar`, es), 'lugar 1');
  });
});

describe('speak: Spain and English', () => {
  test('es-ES: the group separator is a point, the decimal one a comma', () => {
    assert.equal(speak(`${formatNumber(3359934.5, esES.locale, 1)} habitantes`, esES), '3359934,5 habitantes');
    assert.equal(speak('12,5', esES), '12,5');
  });

  const cases: [string, string][] = [
    ['2,567 of 3,359,934 inhabitants', '2,567 of 3,359,934 inhabitants'],
    ['−26 % from 2012 to 2016', 'minus 26 percent from 2012 to 2016'],
    ['+4 %', 'plus 4 percent'],
    ['+<0.0001 %', 'an increase of less than 0.0001 percent'],
    ['Jan 2014: 12.6', 'January 2014: 12.6'],
    ['2016 (Jan–Mar, preliminary)', '2016 (January to March, preliminary)'],
    ['Q3 2012', 'quarter 3 of 2012'],
    ['Intentional homicides, National, 1990–2008', 'Intentional homicides, National, 1990 to 2008'],
    ['1st = highest value', '1st is the highest value'],
    ['11th of 32 states', '11th of 32 states'],
  ];
  for (const [shown, said] of cases) {
    test(`${shown} → ${said}`, () => assert.equal(speak(shown, en), said));
  }
});

describe('spokenPath', () => {
  test('JSON paths in words, counted from 1', () => {
    assert.equal(spokenPath('$.series[0].observations[2].value', 'es'), 'serie 1, observación 3, value');
    assert.equal(spokenPath('$.series[0].observations[2].value', 'en'), 'series 1, observation 3, value');
    assert.equal(spokenPath('$.unit.per', 'es'), 'unit, per');
    assert.equal(spokenPath('$.sources[1].url', 'es'), 'fuente 2, url');
    assert.equal(spokenPath('$', 'es'), 'el documento');
    assert.equal(spokenPath('$["odd key"]', 'en'), 'odd key');
    assert.equal(spokenPath('out-of', 'es'), 'atributo out-of');
    assert.equal(spokenPath('rank', 'en'), 'attribute rank');
  });

  test('no path is said with dollars, points or brackets', () => {
    for (const p of ['$.series[12].observations[0].period', '$.annotations[0].label.es', '$.notes[3]']) {
      assert.doesNotMatch(spokenPath(p, 'es'), /[$.[\]]/);
    }
  });
});

describe('jsonErrorAt', () => {
  test("V8's position, with its line and column", () => {
    const text = '{"schema": 1,\n  x}';
    let message = '';
    try { JSON.parse(text); } catch (e) { message = (e as Error).message; }
    assert.deepEqual(jsonErrorAt(message, text), { line: 2, column: 3 });
  });

  test('a bare position is counted into line and column', () => {
    assert.deepEqual(jsonErrorAt('Unexpected token } in JSON at position 5', 'ab\ncd}'), { line: 2, column: 3 });
  });

  test("Firefox's line and column", () => {
    assert.deepEqual(jsonErrorAt('JSON.parse: expected double-quoted property name at line 1 column 13 of the JSON data', ''), { line: 1, column: 13 });
  });

  test('an unexpected end is at the end of the text; no place at all is null', () => {
    assert.deepEqual(jsonErrorAt('JSON Parse error: Unexpected EOF', '{"a":\n1'), { line: 2, column: 2 });
    assert.equal(jsonErrorAt('JSON Parse error: Unrecognized token', 'x'), null);
  });
});

// Evidence from a real voice, where one is installed (apt-get install -y espeak-ng): the
// spoken forms are said with no "coma" inside a number, no "punto o", no English "minus".
const espeak = spawnSync('espeak-ng', ['--version'], { encoding: 'utf8' }).status === 0;
describe('eSpeak NG reads the spoken forms right', { skip: espeak ? false : 'espeak-ng is not installed' }, () => {
  const ipa = (text: string, voice: string) => spawnSync('espeak-ng', ['-v', voice, '-q', '--ipa', '--', text], { encoding: 'utf8' }).stdout;
  test('Spanish: numbers, ordinals, signs and months', () => {
    const shown = '11.º lugar · 2,567 de 3,359,934 habitantes · −26 % · ene 2014';
    const before = ipa(shown, 'es-419');
    assert.match(before, /komˌ?a/, 'the shown text is misread (the test would prove nothing otherwise)');
    const after = ipa(speak(shown, es), 'es-419');
    for (const wrong of [/komˌ?a/, /pˌunto ˈo/, /mˈaɪnəs/, /\bˈene\b/]) assert.doesNotMatch(after, wrong, after);
    assert.match(after, /luɣˈaɾ ˈonse/);
    assert.match(after, /mˈenos/);
    assert.match(after, /enˈeɾo/);
  });
});
