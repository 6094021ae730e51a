import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { computeRate, percentChange, ratesAgree, ratio } from '../../src/core/rate.js';

function near(actual: number | null, expected: number, tolerance = 1e-9): void {
  assert.ok(actual !== null, `expected ${expected}, got null`);
  assert.ok(Math.abs(actual - expected) <= tolerance, `expected ${expected}, got ${actual}`);
}

describe('computeRate', () => {
  test('1990 national homicides: 11,500 of 83,971,014 inhabitants → 13.695… per 100,000', () => {
    const rate = computeRate(11500, 83971014, 100000);
    near(rate, 13.6952020133995, 1e-12);
    assert.equal(rate.toFixed(1), '13.7');
  });

  test('per 1,000 and per 1,000,000 scale the same ratio', () => {
    near(computeRate(11500, 83971014, 1000), 0.136952020133995, 1e-14);
    near(computeRate(11500, 83971014, 1000000), 136.952020133995, 1e-10);
  });

  test('zero count gives a zero rate', () => {
    assert.equal(computeRate(0, 1000, 100000), 0);
  });

  test('agrees with the rate published next to every national figure, 1990–2008', () => {
    const url = new URL('../fixtures/data/Homicide-MX-Drug-War__national-homicide-1990-2008.csv', import.meta.url);
    const lines = readFileSync(url, 'utf8').trim().split(/\r?\n/).slice(1);
    assert.equal(lines.length, 19);
    for (const line of lines) {
      const cells = line.split(',').map((c) => c.replace(/^"|"$/g, ''));
      const [, year, , tot, pop, rate] = cells;
      const computed = computeRate(Number(tot), Number(pop), 100000);
      assert.ok(Math.abs(computed - Number(rate)) < 1e-9, `${year}: ${computed} vs ${rate}`);
      assert.ok(ratesAgree(Number(Number(rate).toFixed(1)), computed, 1), `${year} at 1 decimal`);
    }
  });
});

describe('ratesAgree', () => {
  test('the real 1990 rate: 13.7 agrees at 1 decimal, 13.6 does not', () => {
    const computed = computeRate(11500, 83971014, 100000);
    assert.equal(ratesAgree(13.7, computed, 1), true);
    assert.equal(ratesAgree(13.6, computed, 1), false);
    assert.equal(ratesAgree(13.8, computed, 1), false);
    assert.equal(ratesAgree(14, computed, 0), true);
    assert.equal(ratesAgree(13, computed, 0), false);
    // 13.6952 is shown as 13.70 at 2 decimals: 13.70 agrees, 13.69 and 13.71 do not.
    assert.equal(ratesAgree(13.7, computed, 2), true);
    assert.equal(ratesAgree(13.69, computed, 2), false);
    assert.equal(ratesAgree(13.71, computed, 2), false);
  });

  test('0 decimals: within half a unit, inclusive', () => {
    assert.equal(ratesAgree(17, 17, 0), true);
    assert.equal(ratesAgree(17, 17.4, 0), true);
    assert.equal(ratesAgree(17, 17.5, 0), true);
    assert.equal(ratesAgree(17, 16.5, 0), true);
    assert.equal(ratesAgree(17, 17.51, 0), false);
    assert.equal(ratesAgree(17, 16.49, 0), false);
    assert.equal(ratesAgree(17, 18, 0), false);
  });

  test('1 decimal: 17.04 and 17.0 agree, 17.06 does not; the exact half agrees despite float noise', () => {
    assert.equal(ratesAgree(17.0, 17.04, 1), true);
    assert.equal(ratesAgree(17.0, 16.96, 1), true);
    assert.equal(ratesAgree(17.0, 17.05, 1), true);
    assert.equal(ratesAgree(17.0, 16.95, 1), true);
    assert.equal(ratesAgree(1.2, 1.25, 1), true);
    assert.equal(ratesAgree(17.0, 17.06, 1), false);
    assert.equal(ratesAgree(17.0, 16.94, 1), false);
    assert.equal(ratesAgree(17.0, 17.0501, 1), false);
  });

  test('2 decimals: within 0.005', () => {
    assert.equal(ratesAgree(17.0, 17.004, 2), true);
    assert.equal(ratesAgree(17.0, 17.005, 2), true);
    assert.equal(ratesAgree(17.0, 16.995, 2), true);
    assert.equal(ratesAgree(17.0, 17.0051, 2), false);
    assert.equal(ratesAgree(17.0, 17.006, 2), false);
    assert.equal(ratesAgree(17.0, 17.04, 2), false);
  });

  test('a stated rate must display as the computed one does, not only lie within half a unit', () => {
    // 25,967 ÷ 117,053,750 × 100,000 = 22.18…: shown as 22 at 0 decimals.
    const computed = computeRate(25967, 117053750, 100000);
    assert.equal(ratesAgree(22.6, computed, 0), false, '22.6 shows as 23');
    assert.equal(ratesAgree(22, computed, 0), true);
    assert.equal(ratesAgree(22.4, computed, 0), true);
    assert.equal(ratesAgree(86.51, computeRate(1234, 1425607, 100000), 1), false, '86.51 shows as 86.5, the inputs as 86.6');
  });

  test('at zero', () => {
    assert.equal(ratesAgree(0, 0, 1), true);
    assert.equal(ratesAgree(0, 0.04, 1), true);
    assert.equal(ratesAgree(0, 0.06, 1), false);
    assert.equal(ratesAgree(0, 0.4, 0), true);
    assert.equal(ratesAgree(0, 0.6, 0), false);
  });
});

describe('percentChange', () => {
  test('22.9 → 17.0 is −25.76… %', () => {
    near(percentChange(22.9, 17.0), ((17.0 - 22.9) / 22.9) * 100);
    near(percentChange(22.9, 17.0), -25.764192139737992, 1e-9);
  });

  test('a rise: 10 → 14 is +40 %', () => {
    near(percentChange(10, 14), 40);
  });

  test('a rise from 0 has no percent: null', () => {
    assert.equal(percentChange(0, 5), null);
    assert.equal(percentChange(0, -5), null);
  });

  test('0 → 0 is no change: 0', () => {
    assert.equal(percentChange(0, 0), 0);
  });

  test('the same value is 0', () => {
    assert.equal(percentChange(17, 17), 0);
  });

  for (const [from, to] of [[null, 17], [17, null], [undefined, 17], [17, undefined], [Number.NaN, 1], [1, Number.NaN], [Infinity, 1], [1, -Infinity]] as const) {
    test(`${String(from)} → ${String(to)} is null`, () => {
      assert.equal(percentChange(from, to), null);
    });
  }

  test('a negative base uses |from|: −10 → −5 is +50 %, −10 → −20 is −100 %, −4 → 4 is +200 %', () => {
    near(percentChange(-10, -5), 50);
    near(percentChange(-10, -20), -100);
    near(percentChange(-4, 4), 200);
  });

  test('a fall to zero is −100 %', () => {
    near(percentChange(5, 0), -100);
  });
});

describe('ratio', () => {
  test('how many times the reference', () => {
    near(ratio(17, 12.5), 1.36);
    near(ratio(76.4, 12.8), 76.4 / 12.8);
    assert.equal(ratio(0, 5), 0);
    near(ratio(-3, 2), -1.5);
  });

  test('a zero reference gives null', () => {
    assert.equal(ratio(5, 0), null);
    assert.equal(ratio(0, 0), null);
  });

  test('non-finite inputs give null', () => {
    assert.equal(ratio(Number.NaN, 1), null);
    assert.equal(ratio(1, Number.NaN), null);
    assert.equal(ratio(Infinity, 1), null);
    assert.equal(ratio(1, Infinity), null);
  });
});
