import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import {
  checkPeriod,
  comparePeriods,
  formatPeriod,
  parsePeriod,
  periodKey,
  type Period,
} from '../../src/core/period.js';
import { resolveLocale } from '../../src/core/format.js';

const ES = resolveLocale('es');
const EN = resolveLocale('en');

function must(text: string): Period {
  const p = parsePeriod(text);
  assert.ok(p, `expected "${text}" to parse`);
  return p;
}

function near(actual: number, expected: number, message?: string): void {
  assert.ok(Math.abs(actual - expected) < 1e-9, `${message ?? ''} expected ${expected}, got ${actual}`);
}

describe('parsePeriod: single periods', () => {
  test('a year covers its twelve months; start, end and mid in fractional years', () => {
    const p = must('2012');
    assert.equal(p.text, '2012');
    assert.equal(p.granularity, 'year');
    assert.equal(p.range, false);
    assert.equal(p.startMonth, 2012 * 12);
    assert.equal(p.endMonth, 2013 * 12);
    near(p.start, 2012);
    near(p.end, 2013);
    near(p.mid, 2012.5);
  });

  test('a month covers one month: 2012-03 starts at 2012 + 2/12', () => {
    const p = must('2012-03');
    assert.equal(p.granularity, 'month');
    assert.equal(p.range, false);
    assert.equal(p.startMonth, 2012 * 12 + 2);
    assert.equal(p.endMonth, 2012 * 12 + 3);
    near(p.start, 2012 + 2 / 12);
    near(p.end, 2012.25);
    near(p.mid, 2012 + 2.5 / 12);
  });

  test('January and December are the first and last months of their year', () => {
    assert.equal(must('2012-01').startMonth, must('2012').startMonth);
    assert.equal(must('2012-12').endMonth, must('2012').endMonth);
  });

  test('a quarter covers three months: 2012-Q3 is July to September', () => {
    const p = must('2012-Q3');
    assert.equal(p.granularity, 'quarter');
    assert.equal(p.range, false);
    assert.equal(p.startMonth, 2012 * 12 + 6);
    assert.equal(p.endMonth, 2012 * 12 + 9);
    near(p.start, 2012.5);
    near(p.end, 2012.75);
    near(p.mid, 2012.625);
  });

  test('Q1 and Q4 start and end with their year', () => {
    assert.equal(must('2012-Q1').startMonth, 2012 * 12);
    assert.equal(must('2012-Q4').endMonth, 2013 * 12);
  });
});

describe('parsePeriod: ranges', () => {
  test('a year range is inclusive: 2015/2016 covers two years', () => {
    const p = must('2015/2016');
    assert.equal(p.text, '2015/2016');
    assert.equal(p.granularity, 'year');
    assert.equal(p.range, true);
    assert.equal(p.startMonth, 2015 * 12);
    assert.equal(p.endMonth, 2017 * 12);
    near(p.start, 2015);
    near(p.end, 2017);
    near(p.mid, 2016);
  });

  test('a month range is inclusive: 2025-03/2025-07 covers five months', () => {
    const p = must('2025-03/2025-07');
    assert.equal(p.granularity, 'month');
    assert.equal(p.range, true);
    assert.equal(p.startMonth, 2025 * 12 + 2);
    assert.equal(p.endMonth, 2025 * 12 + 7);
    assert.equal(p.endMonth - p.startMonth, 5);
    near(p.start, 2025 + 2 / 12);
    near(p.end, 2025 + 7 / 12);
    near(p.mid, 2025.375);
  });

  test('a quarter range across years: 2024-Q4/2025-Q2 covers nine months', () => {
    const p = must('2024-Q4/2025-Q2');
    assert.equal(p.granularity, 'quarter');
    assert.equal(p.range, true);
    assert.equal(p.startMonth, 2024 * 12 + 9);
    assert.equal(p.endMonth, 2025 * 12 + 6);
  });

  test('a one-period range is a range of that period: 2012/2012', () => {
    const p = must('2012/2012');
    assert.equal(p.range, true);
    assert.equal(p.startMonth, 2012 * 12);
    assert.equal(p.endMonth, 2013 * 12);
  });
});

describe('checkPeriod: reasons a text is not a period', () => {
  const notPeriods: unknown[] = [
    '', ' 2012', '2012 ', '12', '20123', '2012-13', '2012-00', '2012-3', '2012-Q0', '2012-Q5', '2012-q3',
    '2012-03-01', '2012/', '/2012', '2012/2013/2014', '2012–2013', 'abcd', 2012, null, undefined, {}, ['2012'],
  ];
  for (const text of notPeriods) {
    test(`${JSON.stringify(text) ?? String(text)} → 'period'`, () => {
      assert.equal(checkPeriod(text), 'period');
      assert.equal(parsePeriod(text), null);
    });
  }

  for (const text of ['2012/2013-03', '2012-Q1/2012-03', '2012-03/2012-Q4', '2012-Q1/2013']) {
    test(`${text} joins two kinds of period → 'periodMixed'`, () => {
      assert.equal(checkPeriod(text), 'periodMixed');
      assert.equal(parsePeriod(text), null);
    });
  }

  for (const text of ['2016/2015', '2025-07/2025-03', '2012-Q3/2012-Q2', '2025-01/2024-12']) {
    test(`${text} ends before it starts → 'periodOrder'`, () => {
      assert.equal(checkPeriod(text), 'periodOrder');
      assert.equal(parsePeriod(text), null);
    });
  }

  test('checkPeriod returns the same parsed period as parsePeriod for valid text', () => {
    const checked = checkPeriod('2012-Q3');
    assert.equal(typeof checked, 'object');
    assert.deepEqual(checked, parsePeriod('2012-Q3'));
  });

  test('checking the same text twice gives the same answer (cache is transparent)', () => {
    assert.deepEqual(checkPeriod('2019-11'), checkPeriod('2019-11'));
    assert.equal(checkPeriod('2019-13'), 'period');
    assert.equal(checkPeriod('2019-13'), 'period');
  });
});

describe('comparePeriods', () => {
  test('sorts an unsorted mixed list by start, then end', () => {
    const texts = ['2013', '2012-Q3', '2012/2013', '2012-03', '2012', '2011-12', '2012-Q1', '2012-01'];
    const sorted = texts.map(must).sort(comparePeriods).map((p) => p.text);
    assert.deepEqual(sorted, ['2011-12', '2012-01', '2012-Q1', '2012', '2012/2013', '2012-03', '2012-Q3', '2013']);
  });

  test('is antisymmetric and zero for the same months', () => {
    const a = must('2012');
    const b = must('2012-03');
    assert.ok(comparePeriods(a, b) < 0);
    assert.ok(comparePeriods(b, a) > 0);
    assert.equal(comparePeriods(a, must('2012/2012')), 0);
  });
});

describe('periodKey', () => {
  test('"2012" and "2012/2012" are the same period', () => {
    assert.equal(periodKey(must('2012')), periodKey(must('2012/2012')));
  });

  test('"2012-Q1/2012-Q4" and "2012" are the same period', () => {
    assert.equal(periodKey(must('2012-Q1/2012-Q4')), periodKey(must('2012')));
  });

  test('"2012-01/2012-12" is also the year 2012', () => {
    assert.equal(periodKey(must('2012-01/2012-12')), periodKey(must('2012')));
  });

  test('different coverage gives different keys', () => {
    assert.notEqual(periodKey(must('2012')), periodKey(must('2013')));
    assert.notEqual(periodKey(must('2012-Q1')), periodKey(must('2012-01')));
    assert.notEqual(periodKey(must('2012')), periodKey(must('2012/2013')));
    assert.notEqual(periodKey(must('2012-Q1/2012-Q3')), periodKey(must('2012')));
  });
});

describe('formatPeriod short', () => {
  const cases: [string, string, string][] = [
    ['2012', '2012', '2012'],
    ['2012-03', 'mar 2012', 'Mar 2012'],
    ['2012-Q3', 'T3 2012', 'Q3 2012'],
    ['2015/2016', '2015\u20132016', '2015\u20132016'],
    ['2025-03/2025-07', 'mar\u2013jul 2025', 'Mar\u2013Jul 2025'],
    ['2024-11/2025-02', 'nov 2024\u2013feb 2025', 'Nov 2024\u2013Feb 2025'],
    ['2012-Q1/2012-Q3', 'T1\u2013T3 2012', 'Q1\u2013Q3 2012'],
    ['2024-Q4/2025-Q2', 'T4 2024\u2013T2 2025', 'Q4 2024\u2013Q2 2025'],
  ];
  for (const [text, es, en] of cases) {
    test(`${text} → es "${es}", en "${en}"`, () => {
      const p = must(text);
      assert.equal(formatPeriod(p, ES), es);
      assert.equal(formatPeriod(p, EN), en);
      assert.equal(formatPeriod(p, ES, 'short'), es);
    });
  }

  test('ranges use an en dash (U+2013), never a hyphen', () => {
    const s = formatPeriod(must('2015/2016'), EN);
    assert.ok(s.includes('\u2013'));
    assert.ok(!s.includes('-'));
  });

  test('regional Spanish also says T for trimestre', () => {
    assert.equal(formatPeriod(must('2012-Q3'), resolveLocale('es-ES')), 'T3 2012');
  });
});

describe('formatPeriod long', () => {
  const cases: [string, string, string][] = [
    ['2012', '2012', '2012'],
    ['2012-03', 'marzo de 2012', 'March 2012'],
    ['2015/2016', '2015 a 2016', '2015 to 2016'],
    ['2025-03/2025-07', 'marzo de 2025 a julio de 2025', 'March 2025 to July 2025'],
  ];
  for (const [text, es, en] of cases) {
    test(`${text} → es "${es}", en "${en}"`, () => {
      const p = must(text);
      assert.equal(formatPeriod(p, ES, 'long'), es);
      assert.equal(formatPeriod(p, EN, 'long'), en);
    });
  }

  test('a quarter is spelled out for sentences (no bare "T3"/"Q3" abbreviation)', () => {
    const p = must('2012-Q3');
    const es = formatPeriod(p, ES, 'long');
    const en = formatPeriod(p, EN, 'long');
    assert.match(es, /trimestre/);
    assert.match(es, /3/);
    assert.match(es, /2012/);
    assert.match(en, /quarter/i);
    assert.match(en, /3/);
    assert.match(en, /2012/);
    assert.doesNotMatch(es, /\bT3\b/);
    assert.doesNotMatch(en, /\bQ3\b/);
  });
});
