import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { parsePeriod, periodAt, timeTicks, type Granularity, type TimeTick } from '../../src/core/period.js';
import { resolveLocale } from '../../src/core/format.js';

const ES = resolveLocale('es');
const EN = resolveLocale('en');

function near(actual: number, expected: number, message?: string): void {
  assert.ok(Math.abs(actual - expected) < 1e-9, `${message ?? ''} expected ${expected}, got ${actual}`);
}

const labels = (ticks: readonly TimeTick[]): string[] => ticks.map((t) => t.label);

describe('timeTicks: yearly data', () => {
  // Data 1990–2009: the axis runs from the start of 1990 to the end of 2009.
  const ticks = timeTicks(1990, 2010, 8, 'year', ES);

  test('at most count + 1 ticks, and more than one', () => {
    assert.ok(ticks.length <= 9, `${ticks.length} ticks`);
    assert.ok(ticks.length >= 2, `${ticks.length} ticks`);
  });

  test('labels are whole years, written as integers', () => {
    for (const t of ticks) assert.match(t.label, /^\d{4}$/);
    assert.equal(ticks[0]!.label, '1990');
  });

  test('each tick sits at the middle of its year (x.5), under its label', () => {
    for (const t of ticks) near(t.value, Number(t.label) + 0.5, t.label);
  });

  test('ticks are evenly spaced, increasing, and inside the axis', () => {
    const steps = ticks.slice(1).map((t, i) => t.value - ticks[i]!.value);
    for (const s of steps) near(s, steps[0]!, 'step');
    assert.ok(steps[0]! >= 1 && Number.isInteger(Math.round(steps[0]!)));
    for (const t of ticks) assert.ok(t.value > 1990 && t.value < 2010, `${t.value}`);
  });

  test('English labels are the same years', () => {
    assert.deepEqual(labels(timeTicks(1990, 2010, 8, 'year', EN)), labels(ticks));
  });

  test('with enough room every year gets a tick', () => {
    const all = timeTicks(2010, 2020, 10, 'year', ES);
    assert.deepEqual(labels(all), Array.from({ length: 10 }, (_, i) => String(2010 + i)));
  });
});

describe('timeTicks: monthly data over two years', () => {
  test('Spanish: the first tick and every January carry the year ("ene 2019", "abr", "jul", "oct", "ene 2020", …)', () => {
    const ticks = timeTicks(2019, 2021, 8, 'month', ES);
    assert.deepEqual(labels(ticks), ['ene 2019', 'abr', 'jul', 'oct', 'ene 2020', 'abr', 'jul', 'oct']);
  });

  test('English month names are capitalized ("Jan 2019", "Apr", …)', () => {
    const ticks = timeTicks(2019, 2021, 8, 'month', EN);
    assert.deepEqual(labels(ticks), ['Jan 2019', 'Apr', 'Jul', 'Oct', 'Jan 2020', 'Apr', 'Jul', 'Oct']);
  });

  test('each tick sits at the middle of its month', () => {
    const ticks = timeTicks(2019, 2021, 8, 'month', ES);
    ticks.forEach((t, i) => near(t.value, 2019 + (i * 3 + 0.5) / 12, t.label));
  });

  test('a first tick that is not January still shows its year', () => {
    const ticks = timeTicks(2019 + 1 / 12, 2021, 12, 'month', ES);
    assert.equal(ticks[0]!.label, 'abr 2019');
    assert.equal(labels(ticks).filter((l) => /\d/.test(l)).length, 2, labels(ticks).join(' | '));
    assert.ok(labels(ticks).includes('ene 2020'));
  });

  test('every tick that shows a year is the first tick or a January', () => {
    for (const [count, info] of [[6, ES], [8, EN], [12, ES], [24, EN]] as const) {
      const ticks = timeTicks(2018 + 5 / 12, 2021, count, 'month', info);
      const january = info.lang === 'es' ? 'ene' : 'Jan';
      // Month ticks only (with few ticks the step becomes a year and every label is a year).
      assert.ok(ticks.some((t) => !/^\d{4}$/.test(t.label)), `count ${count}: ${labels(ticks).join(' ')}`);
      ticks.forEach((t, i) => {
        const hasYear = /\d{4}$/.test(t.label);
        const isJanuary = t.label.startsWith(january);
        assert.equal(hasYear, i === 0 || isJanuary, `count ${count}, tick ${i}: ${t.label}`);
      });
    }
  });

  test('a short monthly span gets one tick per month', () => {
    assert.deepEqual(labels(timeTicks(2019, 2019 + 3 / 12, 12, 'month', ES)), ['ene 2019', 'feb', 'mar']);
  });

  test('a long monthly span falls back to years', () => {
    const ticks = timeTicks(2000, 2025, 6, 'month', ES);
    assert.ok(ticks.length <= 7, `${ticks.length}`);
    for (const t of ticks) assert.match(t.label, /^\d{4}$/);
  });
});

describe('timeTicks: quarterly data', () => {
  test('Spanish "T1 2018", "T2", …; English "Q1 2018", "Q2", …', () => {
    assert.deepEqual(labels(timeTicks(2018, 2020, 8, 'quarter', ES)), ['T1 2018', 'T2', 'T3', 'T4', 'T1 2019', 'T2', 'T3', 'T4']);
    assert.deepEqual(labels(timeTicks(2018, 2020, 8, 'quarter', EN)), ['Q1 2018', 'Q2', 'Q3', 'Q4', 'Q1 2019', 'Q2', 'Q3', 'Q4']);
  });

  test('each tick sits at the middle of its quarter', () => {
    timeTicks(2018, 2020, 8, 'quarter', ES).forEach((t, i) => near(t.value, 2018 + (i * 3 + 1.5) / 12, t.label));
  });

  test('quarterly data never gets month ticks, however many are asked for', () => {
    const ticks = timeTicks(2018, 2019, 24, 'quarter', ES);
    assert.deepEqual(labels(ticks), ['T1 2018', 'T2', 'T3', 'T4']);
  });
});

describe('timeTicks: never finer than the data, never too many', () => {
  test('yearly data spanning one year gives one tick, not months or quarters', () => {
    const ticks = timeTicks(2012, 2013, 8, 'year', ES);
    assert.deepEqual(labels(ticks), ['2012']);
    near(ticks[0]!.value, 2012.5);
  });

  test('yearly data over three years with room for 12 ticks gives three year ticks', () => {
    assert.deepEqual(labels(timeTicks(2012, 2015, 12, 'year', EN)), ['2012', '2013', '2014']);
  });

  test('a long span (1900–2025, count 5) gives at most 6 ticks, all years', () => {
    const ticks = timeTicks(1900, 2026, 5, 'year', ES);
    assert.ok(ticks.length <= 6 && ticks.length >= 2, `${ticks.length}: ${labels(ticks).join(' ')}`);
    for (const t of ticks) {
      assert.match(t.label, /^\d{4}$/);
      assert.ok(t.value > 1900 && t.value < 2026);
    }
  });

  test('for realistic spans and counts: ≤ count + 1 ticks, increasing, inside the axis, never finer than the data', () => {
    const unitOf: Record<Granularity, number> = { month: 1, quarter: 3, year: 12 };
    for (const granularity of ['year', 'quarter', 'month'] as const) {
      const unit = unitOf[granularity];
      for (const startYear of [1990, 2007]) {
        for (let units = 1; units <= 1200 / unit; units = Math.ceil(units * 1.7)) {
          const start = startYear;
          const end = startYear + (units * unit) / 12;
          for (let count = 2; count <= 12; count += 3) {
            const ticks = timeTicks(start, end, count, granularity, EN);
            const where = `${granularity} ${start}–${end} count ${count}: ${labels(ticks).join(' ')}`;
            assert.ok(ticks.length >= 1 && ticks.length <= count + 1, where);
            ticks.forEach((t, i) => {
              assert.ok(t.value > start && t.value < end, where);
              if (i > 0) assert.ok(t.value > ticks[i - 1]!.value, where);
              // Never finer than the data: the distance between ticks is at least one data unit.
              if (i > 0) assert.ok(t.value - ticks[i - 1]!.value >= unit / 12 - 1e-9, where);
            });
            if (granularity === 'year') for (const t of ticks) assert.match(t.label, /^\d{4}$/, where);
            if (granularity === 'quarter') for (const t of ticks) assert.match(t.label, /^(Q[1-4]( \d{4})?|\d{4})$/, where);
          }
        }
      }
    }
  });
});

describe('periodAt', () => {
  test('builds the period of one unit: month, quarter, year', () => {
    assert.equal(periodAt(2012 * 12 + 2, 'month').text, '2012-03');
    assert.equal(periodAt(2012 * 12 + 6, 'quarter').text, '2012-Q3');
    assert.equal(periodAt(2012 * 12, 'year').text, '2012');
    assert.equal(periodAt(2012 * 12 + 11, 'month').text, '2012-12');
    assert.equal(periodAt(2012 * 12 + 9, 'quarter').text, '2012-Q4');
  });

  test('a start inside a quarter or year gives the quarter or year that contains it', () => {
    assert.equal(periodAt(2012 * 12 + 7, 'quarter').text, '2012-Q3');
    assert.equal(periodAt(2012 * 12 + 11, 'year').text, '2012');
  });

  test('round-trips with parsePeriod for every month, quarter and year of 1990–2030', () => {
    for (const g of ['month', 'quarter', 'year'] as const) {
      for (let m = 1990 * 12; m < 2031 * 12; m++) {
        const p = periodAt(m, g);
        assert.ok(p, `${g} ${m}`);
        assert.equal(p.granularity, g);
        assert.equal(p.range, false);
        assert.deepEqual(parsePeriod(p.text), p, `${g} ${m}`);
        assert.ok(p.startMonth <= m && m < p.endMonth, `${g} ${m}: ${p.text}`);
        const aligned = g === 'month' || (g === 'quarter' ? m % 3 === 0 : m % 12 === 0);
        if (aligned) assert.equal(p.startMonth, m, `${g} ${m}: ${p.text}`);
      }
    }
  });

  test('parsePeriod then periodAt gives the same period back', () => {
    for (const text of ['1990', '2008', '2012-01', '2012-12', '2019-07', '2018-Q1', '2018-Q4']) {
      const p = parsePeriod(text)!;
      assert.equal(periodAt(p.startMonth, p.granularity).text, text);
      assert.deepEqual(periodAt(p.startMonth, p.granularity), p);
    }
  });
});
