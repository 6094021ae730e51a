import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { validateIndicator, localizeProblem, isHttpUrl, MAX_PROBLEMS } from '../../src/core/validate.js';
import type { Problem, ValidationResult, ValidIndicator } from '../../src/core/schema.js';
import {
  FIXTURES, OBS0, RATE_COUNT, RATE_EXACT, RATE_POPULATION, SOURCE0,
  deepFreeze, edit, fullDoc, rateDoc, rateObservation, withObservations,
  type Doc, type Fixture, type ProblemAt,
} from './fixtures.js';

/** Problems as sorted "path code" lines, so a failure shows exactly what differs. */
function lines(problems: readonly ProblemAt[]): string[] {
  return problems.map((p) => `${p.path} ${p.code}`).sort();
}

function accepted(input: unknown): ValidIndicator {
  const result = validateIndicator(input);
  if (!result.ok) assert.fail(`expected the document to be accepted, got:\n${lines(result.errors).join('\n')}`);
  return result.value;
}

function rejected(input: unknown): readonly Problem[] {
  const result = validateIndicator(input);
  assert.equal(result.ok, false, 'expected the document to be rejected');
  return (result as Extract<ValidationResult, { ok: false }>).errors;
}

function assertRejectedWith(input: unknown, ...expected: [path: string, code: string][]): readonly Problem[] {
  const errors = rejected(input);
  assert.deepEqual(lines(errors), lines(expected.map(([path, code]) => ({ path, code }))));
  return errors;
}

// ---------------------------------------------------------------- every rule, both ways
const rules = new Map<string, Fixture[]>();
for (const f of FIXTURES) rules.set(f.rule, [...(rules.get(f.rule) ?? []), f]);

describe('validateIndicator: each rule of DESIGN §2, kept and broken', () => {
  for (const [rule, fixtures] of rules) {
    describe(rule, () => {
      for (const f of fixtures) {
        if (f.valid) {
          test(`accepts ${f.name}`, () => {
            accepted(f.doc);
          });
        } else {
          const where = (f.problems ?? []).map((p) => `${p.code} at ${p.path}`).join(', ');
          test(`rejects ${f.name}: ${where}`, () => {
            assert.ok(f.problems && f.problems.length > 0, 'an invalid fixture must name its problems');
            const errors = rejected(f.doc);
            assert.deepEqual(lines(errors), lines(f.problems));
          });
        }
      }
    });
  }

  test('every rule has at least one document that keeps it and one that breaks it', () => {
    const lonely = [...rules].filter(([, fs]) => !(fs.some((f) => f.valid) && fs.some((f) => !f.valid)))
      .map(([rule]) => rule).filter((rule) => rule !== 'complete documents' && rule !== 'required fields');
    assert.deepEqual(lonely, []);
  });
});

// ---------------------------------------------------------------- output details
describe('validateIndicator: the validated document', () => {
  test('keeps "x-" keys, with their values, at every object level', () => {
    const doc = edit((d) => {
      d['x-origin'] = { tool: 'import', rows: [1, 2] };
      d.unit['x-note'] = 'per capita';
      d.series[0]['x-color'] = '#333';
      d.series[0].geo = { level: 'country', name: 'México', 'x-iso3': 'MEX' };
      d.series[0].observations[0]['x-row'] = 17;
      d.sources[0]['x-license'] = 'CC-BY-4.0';
      d.reference = { label: 'nacional', value: 17, 'x-style': 'dashed' };
      d.annotations = [{ period: '2012', label: 'x', 'x-icon': null }];
    });
    const v = accepted(doc) as Doc;
    assert.deepEqual(v['x-origin'], { tool: 'import', rows: [1, 2] });
    assert.equal(v.unit['x-note'], 'per capita');
    assert.equal(v.series[0]['x-color'], '#333');
    assert.equal(v.series[0].geo['x-iso3'], 'MEX');
    assert.equal(v.series[0].observations[0]['x-row'], 17);
    assert.equal(v.sources[0]['x-license'], 'CC-BY-4.0');
    assert.equal(v.reference['x-style'], 'dashed');
    assert.ok('x-icon' in v.annotations[0]);
    assert.equal(v.annotations[0]['x-icon'], null);
  });

  test('keeps a title that looks like markup literally, character for character', () => {
    const title = '<img src=x onerror=alert(1)>';
    const v = accepted(edit((d) => { d.title = title; d.subtitle = { es: '<b>negritas</b> &amp;' }; }));
    assert.equal(v.title, title);
    assert.deepEqual(v.subtitle, { es: '<b>negritas</b> &amp;' });
  });

  test('returns the observations of each series sorted by period (start, then end), values travelling with their periods', () => {
    const v = accepted(edit((d) => {
      d.series = [
        { observations: [{ period: '2014', value: 4 }, { period: '2012', value: 2 }, { period: '2013', value: 3 }, { period: '2012-03', value: 23 }] },
        { observations: [{ period: '2025-07', value: 7 }, { period: '2024-Q4/2025-Q2', value: 0 }, { period: '2025-03/2025-07', value: 37 }] },
      ];
    }));
    assert.deepEqual(v.series[0]!.observations.map((o) => [o.period, o.value]), [['2012', 2], ['2012-03', 23], ['2013', 3], ['2014', 4]]);
    assert.deepEqual(v.series[1]!.observations.map((o) => [o.period, o.value]), [['2024-Q4/2025-Q2', 0], ['2025-03/2025-07', 37], ['2025-07', 7]]);
  });

  test('fills an omitted rate with count ÷ population × per, keeping count and population', () => {
    const v = accepted(rateObservation({ period: '2012', count: RATE_COUNT, population: RATE_POPULATION }));
    const o = v.series[0]!.observations[0]!;
    assert.ok(Math.abs(o.value! - 86.5596198671864) < 1e-9);
    assert.deepEqual(o, { period: '2012', value: RATE_EXACT, count: RATE_COUNT, population: RATE_POPULATION });
  });

  test('fills a null rate from count and population the same way', () => {
    const v = accepted(withObservations({ type: 'rate', per: 1000 }, [{ period: '2012', value: null, count: 5, population: 2000 }]));
    assert.deepEqual(v.series[0]!.observations[0], { period: '2012', value: 2.5, count: 5, population: 2000 });
  });

  test('computes nothing for a count unit: its count and population stay inputs and value stays as given', () => {
    const v = accepted(withObservations({ type: 'count' }, [{ period: '2012', value: null, count: 5, population: 2000 }]));
    assert.equal(v.series[0]!.observations[0]!.value, null);
  });

  test('keeps a stated rate that agrees with count and population as stated, not replaced by the computed one', () => {
    const v = accepted(rateObservation({ period: '2012', value: 86.6, count: RATE_COUNT, population: RATE_POPULATION }));
    assert.equal(v.series[0]!.observations[0]!.value, 86.6);
  });

  test('keeps value null (a gap) when there is nothing to compute it from', () => {
    const v = accepted(rateObservation({ period: '2012', value: null }));
    assert.deepEqual(v.series[0]!.observations[0], { period: '2012', value: null });
  });

  test('reports a rate mismatch with the stated value, the per and the computed rate', () => {
    const [problem] = assertRejectedWith(
      rateObservation({ period: '2012', value: 86.5, count: RATE_COUNT, population: RATE_POPULATION }),
      [`${OBS0}.value`, 'rateMismatch'],
    );
    assert.equal(problem!.params?.['value'], 86.5);
    assert.equal(problem!.params?.['per'], 100000);
    assert.match(String(problem!.params?.['computed']), /^86\.56/);
  });

  test('a validated document with a computed rate validates again to an equal document', () => {
    const first = accepted(rateObservation({ period: '2012', count: RATE_COUNT, population: RATE_POPULATION }));
    const second = validateIndicator(first);
    assert.deepEqual(second, { ok: true, value: first });
  });

  test('a validated document without computed rates validates again to an equal document', () => {
    const { series, ...rest } = fullDoc();
    const noComputed = { ...rest, series: [series[1]] };
    const first = accepted(noComputed);
    assert.deepEqual(validateIndicator(first), { ok: true, value: first });
  });

  test('accepts as a source url only what the WHATWG URL parser reads as http: or https: with a host', () => {
    const candidates = [
      'https://www.inegi.org.mx/', 'http://example.com:8080/a?b#c', 'https://[::1]/', 'https://user@example.com/',
      'https://@', 'https://@/datos', 'https://:80', 'https://[', 'http://a:b@', 'https://%', 'https://a%20b',
    ];
    const parses = (url: string): boolean => {
      try {
        const u = new URL(url);
        return (u.protocol === 'http:' || u.protocol === 'https:') && u.hostname !== '';
      } catch {
        return false;
      }
    };
    const acceptedButUnparseable = candidates.filter((url) => validateIndicator(edit((d) => { d.sources[0].url = url; })).ok && !parses(url));
    assert.deepEqual(acceptedButUnparseable, []);
    assert.ok(validateIndicator(edit((d) => { d.sources[0].url = candidates[0]; })).ok, 'a real URL stays accepted');
  });

  test('isHttpUrl agrees with the validator on javascript:, data: and hostless URLs', () => {
    assert.equal(isHttpUrl('https://www.inegi.org.mx/'), true);
    for (const url of ['javascript:alert(1)', 'JAVASCRIPT:alert(1)', 'java\tscript:alert(1)', 'data:text/html,x', 'https://', 'https://ex ample.com', 42]) {
      assert.equal(isHttpUrl(url), false, String(url));
    }
  });

  test('accepts an object with a null prototype like a plain object', () => {
    const doc = Object.assign(Object.create(null) as Doc, rateDoc());
    accepted(doc);
  });
});

// ---------------------------------------------------------------- never touches its input
describe('validateIndicator: input safety', () => {
  test('never mutates its input (deep-equal to a structuredClone taken before)', () => {
    const inputs: unknown[] = [
      fullDoc(),
      edit((d) => { d.series[0].observations = [{ period: '2014', count: 3, population: 100 }, { period: '2012', value: null, count: 1, population: 10 }]; d['x-a'] = { b: [1] }; }),
      edit((d) => { d.series[0].observations.push({ period: '2012', value: 3 }); d.decimals = 9; d.title = {}; }),
    ];
    for (const input of inputs) {
      const before = structuredClone(input);
      validateIndicator(input);
      assert.deepEqual(input, before);
    }
  });

  test('accepts a deeply frozen document, unsorted and with rates to compute', () => {
    const doc = deepFreeze(edit((d) => {
      d.series[0].observations = [
        { period: '2015', value: 17 },
        { period: '2012', count: RATE_COUNT, population: RATE_POPULATION },
      ];
      d['x-meta'] = { nested: { list: [1, 2, 3] } };
    }));
    const v = accepted(doc);
    assert.deepEqual(v.series[0]!.observations.map((o) => o.period), ['2012', '2015']);
    assert.deepEqual(doc.series[0].observations.map((o: Doc) => o.period), ['2015', '2012']);
  });

  test('returns a fresh object: no object of the output is an object of the input', () => {
    const input = fullDoc();
    input['x-meta'] = { list: [1, 2] };
    const v = accepted(input) as Doc;
    assert.notEqual(v, input);
    assert.notEqual(v.title, input.title);
    assert.notEqual(v.unit, input.unit);
    assert.notEqual(v.series, input.series);
    assert.notEqual(v.series[0], input.series[0]);
    assert.notEqual(v.series[0].geo, input.series[0].geo);
    assert.notEqual(v.series[0].observations, input.series[0].observations);
    for (const o of v.series[0].observations) assert.ok(!input.series[0].observations.includes(o));
    assert.notEqual(v.sources, input.sources);
    assert.notEqual(v.sources[0], input.sources[0]);
    assert.notEqual(v.reference, input.reference);
    assert.notEqual(v.annotations[0], input.annotations[0]);
    assert.notEqual(v['x-meta'], input['x-meta']);
    v['x-meta'].list.push(3);
    v.series[0].observations[0].value = -1;
    assert.deepEqual(input['x-meta'], { list: [1, 2] });
    assert.deepEqual(input, (() => { const d = fullDoc(); d['x-meta'] = { list: [1, 2] }; return d; })());
  });

  test('reports own __proto__, constructor and prototype keys (from JSON.parse) as unknown keys and pollutes nothing', () => {
    const text = `{"schema":1,"title":"t","unit":{"type":"rate","per":100000},
      "series":[{"observations":[{"period":"2012","value":1,"__proto__":{"polluted":"obs"}}],"constructor":{"prototype":{"polluted":"series"}}}],
      "sources":[{"name":"s","prototype":{"polluted":"source"}}],
      "__proto__":{"polluted":"root"},"constructor":{"prototype":{"polluted":"root"}},"prototype":{"polluted":"root"}}`;
    const input: unknown = JSON.parse(text);
    assertRejectedWith(input,
      ['$.__proto__', 'unknownKey'], ['$.constructor', 'unknownKey'], ['$.prototype', 'unknownKey'],
      [`${OBS0}.__proto__`, 'unknownKey'], ['$.series[0].constructor', 'unknownKey'], [`${SOURCE0}.prototype`, 'unknownKey']);
    assert.equal(({} as Doc)['polluted'], undefined);
    assert.equal(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted'), false);
  });

  test('reports a __proto__ key inside a Text object as a bad language key', () => {
    assertRejectedWith(edit((d) => { d.title = JSON.parse('{"es":"x","__proto__":"y"}'); }), ['$.title.__proto__', 'language']);
    assert.equal(({} as Doc)['polluted'], undefined);
  });

  test('copies an "x-" value holding a __proto__ key as plain data, without changing any prototype', () => {
    const input = edit((d) => { d['x-meta'] = JSON.parse('{"__proto__":{"polluted":true},"a":1}'); });
    const v = accepted(input) as Doc;
    assert.equal(Object.getPrototypeOf(v['x-meta']), Object.prototype);
    assert.equal(v['x-meta'].polluted, undefined);
    assert.deepEqual(Object.keys(v['x-meta']).sort(), ['__proto__', 'a']);
    assert.equal(({} as Doc)['polluted'], undefined);
  });

  const nonObjects: [string, unknown][] = [
    ['null', null], ['undefined', undefined], ['42', 42], ['"str"', 'str'], ['true', true], ['[]', []],
    ['a Date', new Date(0)], ['a Map', new Map([['schema', 1]])], ['a function', () => 1],
    ['a class instance', new (class Indicator { schema = 1; })()], ['a boxed string', new String('x')],
  ];
  for (const [name, input] of nonObjects) {
    test(`reports ${name} as input with one type problem at "$"`, () => {
      const [problem] = assertRejectedWith(input, ['$', 'type']);
      assert.equal(problem!.params?.['expected'], 'expected.object');
      assert.equal(typeof problem!.message, 'string');
    });
  }

  test('returns ok:false instead of throwing for a Proxy whose getters throw', () => {
    const hostile = new Proxy({}, { get() { throw new Error('boom'); } });
    const errors = rejected(hostile);
    assert.equal(errors.at(-1)!.path, '$');
    assert.equal(errors.at(-1)!.code, 'invalid');
    assert.match(errors.at(-1)!.message, /boom/);
  });

  test('returns ok:false instead of throwing for proxies whose ownKeys or getPrototypeOf traps throw, and for revoked proxies', () => {
    const ownKeys = new Proxy(rateDoc(), { ownKeys() { throw new Error('keys'); } });
    const proto = new Proxy(rateDoc(), { getPrototypeOf() { throw new Error('proto'); } });
    const { proxy: revoked, revoke } = Proxy.revocable(rateDoc(), {});
    revoke();
    for (const input of [ownKeys, proto, revoked]) {
      const result = validateIndicator(input);
      assert.equal(result.ok, false);
      if (!result.ok) assert.ok(result.errors.some((e) => e.path === '$' && e.code === 'invalid'));
    }
  });

  test('returns ok:false instead of throwing for a throwing getter deep inside an observation', () => {
    const doc = rateDoc();
    Object.defineProperty(doc.series[0].observations[0], 'value', { enumerable: true, get() { throw new TypeError('getter'); } });
    const errors = rejected(doc);
    assert.ok(errors.some((e) => e.path === '$' && e.code === 'invalid' && e.message.includes('getter')));
  });

  test('drops an "x-" value that is not JSON (a cycle or a BigInt) instead of throwing', () => {
    const cyclic: Doc = {};
    cyclic['self'] = cyclic;
    const v = accepted(edit((d) => { d['x-cycle'] = cyclic; d['x-big'] = 10n; d['x-ok'] = 1; })) as Doc;
    assert.equal(v['x-ok'], 1);
    assert.equal(v['x-cycle'], undefined);
    assert.equal(v['x-big'], undefined);
  });
});

// ---------------------------------------------------------------- problem cap
describe('validateIndicator: problem cap', () => {
  const manyBad = (n: number): Doc => edit((d) => {
    d.series[0].observations = Array.from({ length: n }, (_, i) => ({ period: `bad-${i}`, value: 1 }));
  });

  test(`stops after ${MAX_PROBLEMS} problems and ends the list with one "tooMany" problem`, () => {
    const errors = rejected(manyBad(80));
    assert.equal(errors.length, MAX_PROBLEMS + 1);
    assert.equal(errors.at(-1)!.code, 'tooMany');
    assert.equal(errors.at(-1)!.params?.['count'], MAX_PROBLEMS);
    assert.ok(errors.slice(0, -1).every((e) => e.code === 'period'));
    assert.deepEqual(errors.slice(0, 3).map((e) => e.path), [0, 1, 2].map((i) => `$.series[0].observations[${i}].period`));
  });

  test(`reports exactly ${MAX_PROBLEMS} problems in full, without "tooMany"`, () => {
    const errors = rejected(manyBad(MAX_PROBLEMS));
    assert.equal(errors.length, MAX_PROBLEMS);
    assert.ok(errors.every((e) => e.code === 'period'));
  });
});

// ---------------------------------------------------------------- localized problems
describe('localizeProblem', () => {
  const problems: [string, unknown][] = [
    ['an enum problem (rate per 500)', edit((d) => { d.unit.per = 500; })],
    ['a type problem (null input)', null],
    ['a rate mismatch', rateObservation({ period: '2012', value: 86.5, count: RATE_COUNT, population: RATE_POPULATION })],
    ['a duplicate period', edit((d) => { d.series[0].observations = [{ period: '2012', value: 1 }, { period: '2012', value: 2 }]; })],
    ['an unknown key', edit((d) => { d.colour = 'red'; })],
  ];
  for (const [name, input] of problems) {
    test(`gives ${name} different, non-empty Spanish and English text, both starting with the path`, () => {
      const [problem] = rejected(input);
      const es = localizeProblem(problem!, 'es');
      const en = localizeProblem(problem!, 'en');
      assert.notEqual(es, en);
      assert.ok(es.startsWith(`${problem!.path}: `) && es.length > problem!.path.length + 2, es);
      assert.ok(en.startsWith(`${problem!.path}: `) && en.length > problem!.path.length + 2, en);
      assert.doesNotMatch(es + en, /\{\w+\}/, 'no placeholder is left unfilled');
    });
  }

  test('spells the expected type out in each language ("an object" / "un objeto")', () => {
    const [problem] = rejected(42);
    assert.equal(localizeProblem(problem!, 'en'), '$: must be an object');
    assert.equal(localizeProblem(problem!, 'es'), '$: debe ser un objeto');
  });

  test('names the allowed values of an enum in both languages', () => {
    const [problem] = rejected(edit((d) => { d.unit.per = 500; }));
    for (const lang of ['es', 'en'] as const) assert.match(localizeProblem(problem!, lang), /1000, 10000, 100000, 1000000/);
  });

  test('the English text of a problem is its message', () => {
    const [problem] = rejected(edit((d) => { d.series[0].observations[0].period = '2012-13'; }));
    assert.equal(localizeProblem(problem!, 'en'), `${problem!.path}: ${problem!.message}`);
  });
});
