import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fill, isMessageKey, msg, msgCount, type MessageKey } from '../../src/core/messages.js';

// The catalogues are not exported: read their keys from the source text.
const source = readFileSync(new URL('../../src/core/messages.ts', import.meta.url), 'utf8');

function objectKeys(name: string): string[] {
  const open = new RegExp(`^const ${name}\\b[^=]*= \\{\\s*$`, 'm').exec(source);
  assert.ok(open, `catalogue "${name}" found in messages.ts`);
  const body = source.slice(open.index + open[0].length);
  const close = /^\};\s*$/m.exec(body);
  assert.ok(close, `end of catalogue "${name}"`);
  const keys: string[] = [];
  for (const line of body.slice(0, close.index).split('\n')) {
    const m = /^\s*(?:'([^']+)'|"([^"]+)"|([A-Za-z_$][\w$]*))\s*:/.exec(line);
    if (m) keys.push((m[1] ?? m[2] ?? m[3])!);
  }
  return keys;
}

const enKeys = objectKeys('en');
const esKeys = objectKeys('es');

function placeholders(text: string): Set<string> {
  return new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!));
}

describe('the catalogues', () => {
  test('the key extraction found the catalogue (sanity)', () => {
    assert.ok(enKeys.length > 40, `found ${enKeys.length} keys`);
    for (const k of ['loading', 'E_SCHEMA', 'change.down', 'problems.one', 'qualifier.almost']) assert.ok(enKeys.includes(k), k);
  });

  test('no key is written twice', () => {
    assert.equal(new Set(enKeys).size, enKeys.length);
    assert.equal(new Set(esKeys).size, esKeys.length);
  });

  test('es has exactly the same keys as en', () => {
    assert.deepEqual([...esKeys].sort(), [...enKeys].sort());
  });

  test('every en key is a message key, and unknown keys are not', () => {
    for (const k of enKeys) assert.ok(isMessageKey(k), k);
    assert.equal(isMessageKey('nope'), false);
    assert.equal(isMessageKey('toString'), false);
    assert.equal(isMessageKey('__proto__'), false);
  });

  test('every error code of DESIGN §3 has a message', () => {
    for (const code of ['E_PARSE', 'E_SCHEMA', 'E_FETCH', 'E_TIMEOUT', 'E_URL']) assert.ok(isMessageKey(code), code);
  });

  test('no message is empty, in either language', () => {
    for (const k of enKeys as MessageKey[]) {
      for (const lang of ['en', 'es'] as const) {
        const text = msg(lang, k);
        assert.equal(typeof text, 'string', `${lang} ${k}`);
        assert.ok(text.trim().length > 0, `${lang} ${k} is empty`);
      }
    }
  });

  test('every {placeholder} of an en message appears in its es counterpart, and vice versa', () => {
    for (const k of enKeys as MessageKey[]) {
      const en = placeholders(msg('en', k));
      const es = placeholders(msg('es', k));
      for (const p of en) assert.ok(es.has(p), `es "${k}" lacks {${p}}`);
      for (const p of es) assert.ok(en.has(p), `es "${k}" has {${p}}, which en does not`);
    }
  });

  test('Spanish messages are Spanish: most differ from English', () => {
    const same = (enKeys as MessageKey[]).filter((k) => msg('en', k) === msg('es', k));
    assert.ok(same.length < enKeys.length / 10, `identical in both languages: ${same.join(', ')}`);
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
