import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import { validateIndicator } from '../../src/core/validate.js';
import { FIXTURES, fullDoc } from './fixtures.js';

const schemaUrl = new URL('../../src/schema/indicator.schema.json', import.meta.url);
const committed: unknown = JSON.parse(readFileSync(schemaUrl, 'utf8'));

const ajv = new Ajv2020({ strict: true, strictTypes: false, strictRequired: false, allErrors: true });
const schemaAccepts = ajv.compile(committed as object);

function ajvErrors(): string {
  return (schemaAccepts.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? e.keyword}`).join('; ');
}

function validatorSays(doc: unknown): string {
  const r = validateIndicator(doc);
  return r.ok ? 'accepts' : `rejects (${r.errors.map((e) => `${e.path} ${e.code}`).join('; ')})`;
}

describe('the JSON Schema file', () => {
  test('is a draft 2020-12 schema that compiles under Ajv 2020 in strict mode', () => {
    assert.equal((committed as { $schema?: unknown }).$schema, 'https://json-schema.org/draft/2020-12/schema');
    const fresh = new Ajv2020({ strict: true, strictTypes: false, strictRequired: false, allErrors: true });
    assert.doesNotThrow(() => fresh.compile(committed as object));
  });

  test('is exactly what scripts/schema-source.mjs generates (it cannot drift)', async () => {
    const source = new URL('../../scripts/schema-source.mjs', import.meta.url).href;
    const mod = (await import(source)) as { default: unknown };
    assert.deepEqual(committed, JSON.parse(JSON.stringify(mod.default)));
  });

  test('accepts the complete example documents', () => {
    assert.ok(schemaAccepts(fullDoc()), ajvErrors());
  });
});

describe('the JSON Schema and validateIndicator agree', () => {
  const syntactic = FIXTURES.filter((f) => !f.semantic);
  const semantic = FIXTURES.filter((f) => f.semantic);

  test('the fixture table covers both kinds of rules and both verdicts', () => {
    assert.ok(syntactic.some((f) => f.valid) && syntactic.some((f) => !f.valid));
    assert.ok(semantic.length >= 6);
    assert.ok(semantic.every((f) => !f.valid), 'a semantic fixture is one the validator rejects');
  });

  for (const f of syntactic) {
    test(`both ${f.valid ? 'accept' : 'reject'} ${f.name} (${f.rule})`, () => {
      const byValidator = validateIndicator(f.doc).ok;
      const bySchema = schemaAccepts(f.doc);
      assert.equal(byValidator, f.valid, `validateIndicator ${validatorSays(f.doc)}`);
      assert.equal(bySchema, byValidator, `the schema ${bySchema ? 'accepts' : `rejects: ${ajvErrors()}`}; validateIndicator ${validatorSays(f.doc)}`);
    });
  }

  for (const f of semantic) {
    test(`only the validator rejects ${f.name} (${f.rule}: beyond a JSON Schema)`, () => {
      assert.equal(schemaAccepts(f.doc), true, `the schema rejects: ${ajvErrors()}`);
      assert.equal(validateIndicator(f.doc).ok, false);
    });
  }
});
