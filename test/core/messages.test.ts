import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import type { Lang } from '../../src/core/format.js';
import { fill, isMessageKey, msg, msgCount } from '../../src/core/messages.js';
import { msg as trendMsg } from '../../src/core/messages/trend.js';
import { msg as rateMsg } from '../../src/core/messages/rate.js';
import { msg as rankMsg } from '../../src/core/messages/rank.js';

// The catalogues: the common one in messages.ts, one per element in messages/. They are not
// exported: their keys are read from the source text.
type Lookup = (lang: Lang, key: string) => string;
const lookups: Readonly<Record<string, Lookup>> = {
  'messages.ts': msg as Lookup,
  'messages/trend.ts': trendMsg as Lookup,
  'messages/rate.ts': rateMsg as Lookup,
  'messages/rank.ts': rankMsg as Lookup,
};
const dir = new URL('../../src/core/', import.meta.url);

function objectKeys(file: string, name: string): string[] {
  const source = readFileSync(new URL(file, dir), 'utf8');
  const open = new RegExp(`^const ${name}\\b[^=]*= \\{\\s*$`, 'm').exec(source);
  assert.ok(open, `catalogue "${name}" found in ${file}`);
  const body = source.slice(open.index + open[0].length);
  const close = /^\};\s*$/m.exec(body);
  assert.ok(close, `end of catalogue "${name}" in ${file}`);
  const keys: string[] = [];
  for (const line of body.slice(0, close.index).split('\n')) {
    const m = /^\s*(?:'([^']+)'|"([^"]+)"|([A-Za-z_$][\w$]*))\s*:/.exec(line);
    if (m) keys.push((m[1] ?? m[2] ?? m[3])!);
  }
  return keys;
}

const catalogues = Object.entries(lookups).map(([file, lookup]) => ({ file, lookup, en: objectKeys(file, 'en'), es: objectKeys(file, 'es') }));
const common = catalogues[0]!;
/** Every key with the lookup of its catalogue. */
const all = catalogues.flatMap((c) => c.en.map((key) => ({ key, file: c.file, text: (lang: Lang) => c.lookup(lang, key) })));

function placeholders(text: string): Set<string> {
  return new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!));
}

describe('the catalogues', () => {
  test('every catalogue module is listed here', () => {
    const files = readdirSync(new URL('messages/', dir)).filter((f) => f.endsWith('.ts')).map((f) => `messages/${f}`);
    assert.deepEqual(files.sort(), Object.keys(lookups).filter((f) => f !== 'messages.ts').sort());
  });

  test('the key extraction found the catalogues (sanity)', () => {
    assert.ok(common.en.length > 40, `found ${common.en.length} common keys`);
    for (const c of catalogues) assert.ok(c.en.length > 5, `${c.file}: ${c.en.length} keys`);
    for (const k of ['loading', 'E_SCHEMA', 'problems.one', 'qualifier.almost']) assert.ok(common.en.includes(k), k);
    assert.ok(catalogues[1]!.en.includes('change.down'));
  });

  test('no key is written twice, in one catalogue or across them', () => {
    const en = catalogues.flatMap((c) => c.en);
    assert.equal(new Set(en).size, en.length, `repeated: ${en.filter((k, i) => en.indexOf(k) !== i).join(', ')}`);
    for (const c of catalogues) assert.equal(new Set(c.es).size, c.es.length, c.file);
  });

  test('es has exactly the same keys as en, in every catalogue', () => {
    for (const c of catalogues) assert.deepEqual([...c.es].sort(), [...c.en].sort(), c.file);
  });

  test('every common key is a message key, and unknown keys are not', () => {
    for (const k of common.en) assert.ok(isMessageKey(k), k);
    assert.equal(isMessageKey('nope'), false);
    assert.equal(isMessageKey('toString'), false);
    assert.equal(isMessageKey('__proto__'), false);
    assert.equal(isMessageKey('change.down'), false, 'a key of the chart\'s catalogue is not a common key');
  });

  test('every error code of DESIGN §3 has a message', () => {
    for (const code of ['E_PARSE', 'E_SCHEMA', 'E_FETCH', 'E_TIMEOUT', 'E_URL']) assert.ok(isMessageKey(code), code);
  });

  test("a feature's msg finds its own keys and the common ones", () => {
    assert.equal(rankMsg('en', 'position', { rank: 3, outOf: 32 }), 'Position 3 of 32');
    assert.equal(rankMsg('es', 'noData'), 'sin datos');
    assert.equal(rateMsg('es', 'howCalculated'), '¿Cómo se calcula?');
    assert.equal(trendMsg('en', 'E_TIMEOUT', { seconds: 5 }), 'The data server did not answer within 5 seconds.');
  });

  test('no message is empty, in either language', () => {
    for (const { key, file, text } of all) {
      for (const lang of ['en', 'es'] as const) {
        assert.equal(typeof text(lang), 'string', `${file} ${lang} ${key}`);
        assert.ok(text(lang).trim().length > 0, `${file} ${lang} ${key} is empty`);
      }
    }
  });

  test('every {placeholder} of an en message appears in its es counterpart, and vice versa', () => {
    for (const { key, text } of all) {
      const en = placeholders(text('en'));
      const es = placeholders(text('es'));
      for (const p of en) assert.ok(es.has(p), `es "${key}" lacks {${p}}`);
      for (const p of es) assert.ok(en.has(p), `es "${key}" has {${p}}, which en does not`);
    }
  });

  test('Spanish messages are Spanish: most differ from English', () => {
    const same = all.filter(({ text }) => text('en') === text('es')).map(({ key }) => key);
    assert.ok(same.length < all.length / 10, `identical in both languages: ${same.join(', ')}`);
  });
});

describe('msg', () => {
  test('fills placeholders', () => {
    assert.equal(msg('en', 'E_TIMEOUT', { seconds: 10 }), 'The data server did not answer within 10 seconds.');
    assert.equal(msg('es', 'E_TIMEOUT', { seconds: 10 }), 'El servidor de datos no respondió en 10 segundos.');
    assert.equal(msg('en', 'httpStatus', { status: 404 }), 'HTTP status 404');
  });

  test('a message without parameters keeps its placeholders', () => {
    assert.equal(msg('en', 'httpStatus'), 'HTTP status {status}');
  });
});

describe('fill', () => {
  test('replaces known placeholders, leaves unknown ones intact', () => {
    assert.equal(fill('a {x} b {y} c', { x: 1 }), 'a 1 b {y} c');
    assert.equal(fill('{x}{x}', { x: 'z' }), 'zz');
    assert.equal(fill('{missing}'), '{missing}');
  });

  test('zero and empty string are values, not missing', () => {
    assert.equal(fill('{n} items', { n: 0 }), '0 items');
    assert.equal(fill('[{s}]', { s: '' }), '[]');
  });

  test('inherited object properties are not parameters', () => {
    assert.equal(fill('{toString} {constructor} {hasOwnProperty}', {}), '{toString} {constructor} {hasOwnProperty}');
  });

  test('a replacement is inserted literally, never re-filled or interpreted', () => {
    assert.equal(fill('{a}', { a: '{b}', b: 'x' }), '{b}');
    assert.equal(fill('{a}', { a: '$& $1 $$' }), '$& $1 $$');
  });

  test('text that is not a placeholder is untouched', () => {
    const json = '{"es": "…", "en": "…"}';
    assert.equal(fill(json, { es: 'x' }), json);
    assert.equal(fill('{ x }', { x: 1 }), '{ x }');
  });
});

describe('msgCount', () => {
  test('Spanish plural rules: 1 problema, 2 problemas, 0 problemas', () => {
    assert.equal(msgCount('es', 'problems', 1), '1 problema');
    assert.equal(msgCount('es', 'problems', 2), '2 problemas');
    assert.equal(msgCount('es', 'problems', 0), '0 problemas');
  });

  test('English plural rules: 1 problem, 0 problems, 2 problems', () => {
    assert.equal(msgCount('en', 'problems', 1), '1 problem');
    assert.equal(msgCount('en', 'problems', 0), '0 problems');
    assert.equal(msgCount('en', 'problems', 2), '2 problems');
    assert.equal(msgCount('en', 'problems', 21), '21 problems');
  });
});
