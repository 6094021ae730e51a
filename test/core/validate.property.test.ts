import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { inspect } from 'node:util';

const INSPECT = { depth: Infinity, showHidden: true, maxArrayLength: Infinity, maxStringLength: Infinity, sorted: true } as const;
import { validateIndicator } from '../../src/core/validate.js';
import { parsePeriod } from '../../src/core/period.js';
import { roundTo } from '../../src/core/format.js';
import type { ValidationResult } from '../../src/core/schema.js';
import type { Doc } from './fixtures.js';

const RUNS = { numRuns: 300 };
const HOSTILE_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty', 'polluted'];
const PROTOTYPE_NAMES = Object.getOwnPropertyNames(Object.prototype).sort();

function objectPrototypeIsClean(): void {
  assert.deepEqual(Object.getOwnPropertyNames(Object.prototype).sort(), PROTOTYPE_NAMES);
  assert.equal(({} as Doc)['polluted'], undefined);
  assert.equal(typeof ({} as Doc)['toString'], 'function');
}

/** Runs the validator and checks the shape of what it returns; it must not throw. */
function validateChecked(input: unknown): ValidationResult {
  let result: ValidationResult;
  try {
    result = validateIndicator(input);
  } catch (error) {
    assert.fail(`validateIndicator threw: ${String(error)}`);
  }
  if (result.ok) {
    assert.deepEqual(Object.keys(result).sort(), ['ok', 'value']);
    assert.equal(typeof result.value, 'object');
    assert.notEqual(result.value, null);
    assert.notEqual(result.value, input);
  } else {
    assert.deepEqual(Object.keys(result).sort(), ['errors', 'ok']);
    assert.ok(Array.isArray(result.errors) && result.errors.length > 0, 'a rejection names at least one problem');
    for (const e of result.errors) {
      assert.equal(typeof e.path, 'string');
      assert.ok(e.path.startsWith('$'), `path ${e.path}`);
      assert.equal(typeof e.code, 'string');
      assert.equal(typeof e.message, 'string');
      assert.ok(e.message.length > 0);
    }
  }
  return result;
}

/** JSON text of an object whose keys include hostile names, so JSON.parse makes them own properties. */
const hostileJsonText: fc.Arbitrary<string> = fc.letrec<{ value: string; object: string }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.jsonValue({ maxDepth: 1 }).map((v) => JSON.stringify(v)),
    tie('object'),
    fc.array(tie('value'), { maxLength: 3 }).map((items) => `[${items.join(',')}]`),
  ),
  object: fc.array(
    fc.tuple(fc.oneof(fc.constantFrom(...HOSTILE_KEYS, 'schema', 'series', 'x-a'), fc.string({ maxLength: 4 })), tie('value')),
    { maxLength: 5 },
  ).map((entries) => `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${v}`).join(',')}}`),
})).object;

describe('validateIndicator over arbitrary input', () => {
  test('never throws, never mutates JSON input, returns a well-formed result, and pollutes no prototype', () => {
    fc.assert(fc.property(fc.jsonValue(), (input) => {
      const before = JSON.stringify(input);
      validateChecked(input);
      assert.equal(JSON.stringify(input), before);
      objectPrototypeIsClean();
    }), RUNS);
  });

  test('never throws or mutates for any value (Maps, Sets, Dates, boxed values, null prototypes, sparse arrays, hostile keys)', () => {
    const anything = fc.anything({
      key: fc.oneof(fc.constantFrom(...HOSTILE_KEYS, 'schema', 'title', 'unit', 'series', 'sources', 'observations', 'period', 'x-a'), fc.string()),
      withBoxedValues: true, withMap: true, withSet: true, withDate: true, withNullPrototype: true,
      withObjectString: true, withSparseArray: true, withTypedArray: true, withBigInt: true,
    });
    fc.assert(fc.property(fc.clone(anything, 2), ([input, twin]) => {
      validateChecked(input);
      // Compared as rendered by util.inspect: deepStrictEqual calls two invalid Dates unequal (NaN ≠ NaN).
      assert.equal(inspect(input, INSPECT), inspect(twin, INSPECT), 'the input is unchanged');
      objectPrototypeIsClean();
    }), RUNS);
  });

  test('handles objects whose own keys are __proto__, constructor or prototype (via JSON.parse) without polluting anything', () => {
    fc.assert(fc.property(hostileJsonText, (text) => {
      const input: unknown = JSON.parse(text);
      const result = validateChecked(input);
      assert.equal(JSON.stringify(input), JSON.stringify(JSON.parse(text)), 'the input is unchanged');
      objectPrototypeIsClean();
      const keys = Object.keys(input as object);
      for (const key of ['__proto__', 'constructor', 'prototype']) {
        if (keys.includes(key) && !result.ok && !result.errors.some((e) => e.code === 'tooMany')) {
          assert.ok(result.errors.some((e) => e.path === `$.${key}` && e.code === 'unknownKey'), `an own ${key} key is reported`);
        }
      }
    }), RUNS);
  });
});

// ---------------------------------------------------------------- valid documents
type Granularity = 'year' | 'month' | 'quarter';

function periodText(g: Granularity, n: number): string {
  if (g === 'year') return String(1990 + n);
  if (g === 'month') return `${2000 + Math.floor(n / 12)}-${String((n % 12) + 1).padStart(2, '0')}`;
  return `${2000 + Math.floor(n / 4)}-Q${(n % 4) + 1}`;
}

const perArb = fc.constantFrom(1000, 10000, 100000, 1000000);
const countArb = fc.nat({ max: 5_000_000 });
const populationArb = fc.oneof(fc.integer({ min: 1, max: 130_000_000 }), fc.double({ min: 0.5, max: 1e8, noNaN: true }));

/** One observation of a rate series, for a given per and decimals; always valid. */
function observationArb(per: number, decimals: number): fc.Arbitrary<(period: string) => Doc> {
  return fc.oneof(
    fc.constant((period: string) => ({ period, value: null })),
    fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }).map((value) => (period: string) => ({ period, value })),
    fc.tuple(countArb, populationArb).map(([count, population]) => (period: string) => ({ period, count, population })),
    fc.tuple(countArb, populationArb).map(([count, population]) => (period: string) => ({ period, value: null, count, population })),
    fc.tuple(countArb, populationArb).map(([count, population]) => (period: string) => ({
      period, count, population, value: roundTo((count / population) * per, decimals), status: 'final',
    })),
  );
}

const seriesArb = (per: number, decimals: number): fc.Arbitrary<Doc> =>
  fc.record({
    granularity: fc.constantFrom<Granularity>('year', 'month', 'quarter'),
    // Unique period indexes in random order: unsorted, never duplicate periods.
    rows: fc.uniqueArray(fc.tuple(fc.nat({ max: 60 }), observationArb(per, decimals)), {
      selector: ([n]) => n, minLength: 1, maxLength: 12,
    }),
    id: fc.option(fc.constantFrom('mx', 'ags', 'zac', 'n-l'), { nil: undefined }),
  }).map(({ granularity, rows, id }) => ({
    ...(id === undefined ? {} : { id }),
    observations: rows.map(([n, make]) => make(periodText(granularity, n))),
  }));

const validDocArb: fc.Arbitrary<Doc> = fc.record({ per: perArb, decimals: fc.option(fc.integer({ min: 0, max: 4 }), { nil: undefined }) })
  .chain(({ per, decimals }) => fc.record({
    series: fc.array(seriesArb(per, decimals ?? 1), { minLength: 1, maxLength: 3 }),
    title: fc.oneof(fc.string().filter((s) => !/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.test(s)), fc.constant({ es: 'Homicidios', en: 'Homicides' })),
    extension: fc.option(fc.jsonValue({ maxDepth: 2 }), { nil: undefined }),
  }).map(({ series, title, extension }) => ({
    schema: 1,
    title,
    unit: { type: 'rate', per },
    ...(decimals === undefined ? {} : { decimals }),
    series,
    sources: [{ name: 'INEGI', url: 'https://www.inegi.org.mx/' }],
    ...(extension === undefined ? {} : { 'x-extension': extension }),
  })));

describe('validateIndicator over valid rate documents', () => {
  test('accepts every generated valid document, with every series sorted by period and every observation kept', () => {
    fc.assert(fc.property(validDocArb, (doc) => {
      const before = JSON.stringify(doc);
      const result = validateChecked(doc);
      assert.equal(JSON.stringify(doc), before, 'the input is unchanged');
      if (!result.ok) assert.fail(result.errors.map((e) => `${e.path} ${e.code}`).join('\n'));
      result.value.series.forEach((s, i) => {
        const input = (doc['series'] as Doc[])[i]!;
        assert.equal(s.observations.length, input['observations'].length);
        const starts = s.observations.map((o) => parsePeriod(o.period)!.startMonth);
        for (let k = 1; k < starts.length; k++) assert.ok(starts[k - 1]! < starts[k]!, `sorted: ${s.observations.map((o) => o.period).join(', ')}`);
        assert.deepEqual(
          s.observations.map((o) => o.period).sort(),
          (input['observations'] as Doc[]).map((o) => o['period'] as string).sort(),
        );
      });
      if ('x-extension' in doc) assert.deepEqual((result.value as Doc)['x-extension'], JSON.parse(JSON.stringify(doc['x-extension'])));
    }), RUNS);
  });

  test('fills every observation that has count and population but no value with count ÷ population × per, and keeps every other value', () => {
    fc.assert(fc.property(validDocArb, (doc) => {
      const result = validateIndicator(doc);
      assert.ok(result.ok);
      const per = (doc['unit'] as Doc)['per'] as number;
      result.value.series.forEach((s, i) => {
        const byPeriod = new Map((doc['series'] as Doc[])[i]!['observations'].map((o: Doc) => [o['period'], o]));
        for (const o of s.observations) {
          const input = byPeriod.get(o.period) as Doc;
          const fill = (input['value'] === undefined || input['value'] === null) && input['count'] !== undefined;
          assert.equal(o.value, fill ? (input['count'] / input['population']) * per : input['value'], o.period);
        }
      });
    }), RUNS);
  });

  test('is idempotent: validating the validated document again gives an equal document', () => {
    fc.assert(fc.property(validDocArb, (doc) => {
      const first = validateIndicator(doc);
      assert.ok(first.ok);
      const second = validateIndicator(first.value);
      assert.deepEqual(second, { ok: true, value: first.value });
    }), RUNS);
  });

  test('reports an own __proto__, constructor or prototype key added anywhere in a valid document as an unknown key at its path', () => {
    const places: [string, (d: Doc) => Doc][] = [
      ['$', (d) => d],
      ['$.unit', (d) => d['unit']],
      ['$.series[0]', (d) => d['series'][0]],
      ['$.series[0].observations[0]', (d) => d['series'][0].observations[0]],
      ['$.sources[0]', (d) => d['sources'][0]],
    ];
    fc.assert(fc.property(validDocArb, fc.constantFrom(...places), fc.constantFrom('__proto__', 'constructor', 'prototype'),
      (generated, [path, at], key) => {
        const doc = structuredClone(generated);
        Object.defineProperty(at(doc), key, { value: { polluted: true }, enumerable: true, writable: true, configurable: true });
        const result = validateChecked(doc);
        assert.equal(result.ok, false);
        if (!result.ok) assert.deepEqual(result.errors.map((e) => `${e.path} ${e.code}`), [`${path}.${key} unknownKey`]);
        objectPrototypeIsClean();
      }), RUNS);
  });
});
