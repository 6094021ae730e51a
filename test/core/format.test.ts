import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import {
  formatChange,
  formatNumber,
  formatOrdinal,
  formatPercent,
  isShowable,
  monthName,
  plural,
  resolveLocale,
  roundTo,
} from '../../src/core/format.js';

const MINUS = '\u2212';

describe('resolveLocale', () => {
  test("plain 'es' means Mexican conventions (es-MX)", () => {
    assert.deepEqual({ ...resolveLocale('es') }, { locale: 'es-MX', lang: 'es' });
  });

  test("'ES' in another case is still Mexican Spanish", () => {
    assert.deepEqual({ ...resolveLocale('ES') }, { locale: 'es-MX', lang: 'es' });
  });

  test("'es-MX' stays es-MX", () => {
    assert.deepEqual({ ...resolveLocale('es-MX') }, { locale: 'es-MX', lang: 'es' });
  });

  test("'es-ES' stays es-ES, speaking Spanish", () => {
    assert.deepEqual({ ...resolveLocale('es-ES') }, { locale: 'es-ES', lang: 'es' });
  });

  test("'en-GB' stays en-GB, speaking English", () => {
    assert.deepEqual({ ...resolveLocale('en-GB') }, { locale: 'en-GB', lang: 'en' });
  });

  test("'en' is English", () => {
    assert.deepEqual({ ...resolveLocale('en') }, { locale: 'en', lang: 'en' });
  });

  test("an unsupported language ('fr') falls back to en", () => {
    assert.deepEqual({ ...resolveLocale('fr') }, { locale: 'en', lang: 'en' });
    assert.deepEqual({ ...resolveLocale('fr-CA') }, { locale: 'en', lang: 'en' });
  });

  test('surrounding spaces are ignored', () => {
    assert.deepEqual({ ...resolveLocale('  es  ') }, { locale: 'es-MX', lang: 'es' });
  });

  test('null and undefined mean en', () => {
    assert.deepEqual({ ...resolveLocale(null) }, { locale: 'en', lang: 'en' });
    assert.deepEqual({ ...resolveLocale(undefined) }, { locale: 'en', lang: 'en' });
  });

  for (const tag of ['e!!', '', '   ', '123', 'x'.repeat(300), 'es_MX', '-es', 'es--MX']) {
    test(`malformed tag ${JSON.stringify(tag.length > 20 ? tag.slice(0, 10) + '…' : tag)} → en, without throwing`, () => {
      let info: ReturnType<typeof resolveLocale> | undefined;
      assert.doesNotThrow(() => {
        info = resolveLocale(tag);
      });
      assert.deepEqual({ ...info }, { locale: 'en', lang: 'en' });
    });
  }

  test('the resolved locale is usable by Intl', () => {
    for (const tag of ['es', 'es-ES', 'en-GB', 'fr', 'e!!']) {
      assert.doesNotThrow(() => new Intl.NumberFormat(resolveLocale(tag).locale));
    }
  });
});

describe('formatNumber', () => {
  test('Mexican Spanish groups thousands with a comma and uses a decimal point', () => {
    const es = resolveLocale('es').locale;
    assert.equal(formatNumber(1234.5, es, 1), '1,234.5');
    assert.equal(formatNumber(17, es, 1), '17.0');
    assert.equal(formatNumber(1425607, es, 0), '1,425,607');
  });

  test('Spain follows Intl: decimal comma, no grouping of four digits', () => {
    const esES = resolveLocale('es-ES').locale;
    assert.equal(formatNumber(1234.5, esES, 1), '1234,5');
    assert.equal(formatNumber(17, esES, 1), '17,0');
  });

  test('English', () => {
    assert.equal(formatNumber(1234.5, 'en', 1), '1,234.5');
    assert.equal(formatNumber(13.6952, 'en', 1), '13.7');
  });

  test('shows exactly the requested number of decimals', () => {
    assert.equal(formatNumber(17, 'en', 0), '17');
    assert.equal(formatNumber(17, 'en', 2), '17.00');
    assert.equal(formatNumber(17.123456, 'en', 4), '17.1235');
    assert.equal(formatNumber(16.96, 'en', 1), '17.0');
    assert.equal(formatNumber(0.5, 'en', 0), '1');
  });

  for (const bad of [null, undefined, Number.NaN, Infinity, -Infinity]) {
    test(`${String(bad)} → null (no data, said in words by the caller)`, () => {
      assert.equal(formatNumber(bad, 'en', 1), null);
    });
  }

  test('-0 and values rounding to zero never show as "-0.0"', () => {
    assert.equal(formatNumber(-0, 'en', 1), '0.0');
    assert.equal(formatNumber(-0.04, 'en', 1), '0.0');
    assert.equal(formatNumber(-0.04, resolveLocale('es').locale, 1), '0.0');
    assert.equal(formatNumber(-0.4, 'en', 0), '0');
    assert.equal(formatNumber(-0.004, 'en', 2), '0.00');
  });

  test('negative values keep their sign when they do not round to zero', () => {
    assert.match(formatNumber(-0.06, 'en', 1) ?? '', /^[-\u2212]0\.1$/);
  });
});

describe('formatPercent', () => {
  test('a share on a 0–100 scale', () => {
    assert.equal(formatPercent(71.9, 'en', 1), '71.9%');
    assert.equal(formatPercent(71.94, 'en', 1), '71.9%');
    assert.equal(formatPercent(100, 'en', 0), '100%');
    assert.equal(formatPercent(0, 'en', 1), '0.0%');
    assert.equal(formatPercent(50, 'en', 0), '50%');
  });

  test('follows the locale (Spain writes "71,9 %")', () => {
    assert.equal(formatPercent(71.9, 'es-ES', 1), '71,9\u00a0%');
    assert.equal(formatPercent(71.9, resolveLocale('es').locale, 1), '71.9%');
  });

  for (const bad of [null, undefined, Number.NaN, Infinity]) {
    test(`${String(bad)} → null`, () => {
      assert.equal(formatPercent(bad, 'en', 1), null);
    });
  }

  test('a share that rounds to zero never shows as "-0.0%"', () => {
    assert.equal(formatPercent(-0, 'en', 1), '0.0%');
    assert.equal(formatPercent(-0.04, 'en', 1), '0.0%');
  });
});

describe('formatChange', () => {
  test('a fall: −26 % with U+2212 and a plain space', () => {
    const s = formatChange(-26.2, 'en');
    assert.equal(s, `${MINUS}26 %`);
    assert.equal(s?.charCodeAt(0), 0x2212);
    assert.equal(s?.charAt(3), ' ');
  });

  test('a rise: +4 %', () => {
    assert.equal(formatChange(4, 'en'), '+4 %');
  });

  test('no change: 0 % without a sign', () => {
    assert.equal(formatChange(0, 'en'), '0 %');
    assert.equal(formatChange(-0, 'en'), '0 %');
  });

  test('a small change keeps one decimal rather than showing 0 %', () => {
    assert.equal(formatChange(0.3, 'en'), '+0.3 %');
    assert.equal(formatChange(-0.3, 'en'), `${MINUS}0.3 %`);
  });

  test('a change that is not zero never shows as 0 %: digits are kept until it is true (DESIGN §2a)', () => {
    assert.equal(formatChange(0.04, 'en'), '+0.04 %');
    assert.equal(formatChange(-0.04, 'en'), `${MINUS}0.04 %`);
    assert.equal(formatChange(-0.0004, 'es-MX'), `${MINUS}0.0004 %`);
    assert.equal(formatChange(0, 'en'), '0 %');
  });

  test('a change that is not exactly ±100 % never shows as ±100 % (−99.96 % is not a disappearance)', () => {
    assert.equal(formatChange(-99.96, 'en'), `${MINUS}99.96 %`);
    assert.equal(formatChange(-99.6, 'en'), `${MINUS}99.6 %`);
    assert.equal(formatChange(99.5, 'en'), '+99.5 %');
    assert.equal(formatChange(100.4, 'en'), '+100.4 %');
    assert.equal(formatChange(-100, 'en'), `${MINUS}100 %`);
    assert.equal(formatChange(100, 'es-MX'), '+100 %');
  });

  test('whole percents otherwise (−25.76 → −26 %)', () => {
    assert.equal(formatChange(-25.764192139737992, 'en'), `${MINUS}26 %`);
    assert.equal(formatChange(12.5, 'en'), '+13 %');
  });

  test('the same in Mexican Spanish', () => {
    assert.equal(formatChange(-26.2, resolveLocale('es').locale), `${MINUS}26 %`);
    assert.equal(formatChange(0.3, resolveLocale('es').locale), '+0.3 %');
  });

  test('digits follow the locale', () => {
    assert.equal(formatChange(1234.4, 'en'), '+1,234 %');
    assert.equal(formatChange(-0.3, 'es-ES'), `${MINUS}0,3 %`);
  });

  for (const bad of [null, undefined, Number.NaN, Infinity, -Infinity]) {
    test(`${String(bad)} → null`, () => {
      assert.equal(formatChange(bad, 'en'), null);
    });
  }
});

describe('formatOrdinal', () => {
  const en = resolveLocale('en');
  const es = resolveLocale('es');
  const enCases: [number, string][] = [
    [1, '1st'], [2, '2nd'], [3, '3rd'], [4, '4th'], [11, '11th'], [12, '12th'], [13, '13th'],
    [21, '21st'], [22, '22nd'], [23, '23rd'], [101, '101st'], [111, '111th'], [112, '112th'], [1001, '1,001st'],
  ];
  for (const [n, expected] of enCases) {
    test(`en ${n} → ${expected}`, () => {
      assert.equal(formatOrdinal(n, en), expected);
    });
  }

  for (const [n, expected] of [[1, '1.º'], [2, '2.º'], [3, '3.º'], [32, '32.º']] as const) {
    test(`es ${n} → ${expected} (masculine ordinal indicator U+00BA)`, () => {
      const s = formatOrdinal(n, es);
      assert.equal(s, expected);
      assert.ok(s.endsWith('.\u00ba'));
    });
  }
});

describe('roundTo agrees with what Intl displays', () => {
  for (const x of [1.005, 2.675, 0.05, -1.25, 17.04, 17.05]) {
    for (const d of [0, 1, 2]) {
      test(`${x} at ${d} decimals`, () => {
        const f = new Intl.NumberFormat('en', { minimumFractionDigits: d, maximumFractionDigits: d });
        assert.equal(f.format(roundTo(x, d)), f.format(x));
      });
    }
  }

  test('never returns -0', () => {
    assert.ok(Object.is(roundTo(-0.04, 1), 0));
    assert.ok(Object.is(roundTo(-0, 2), 0));
  });

  test('passes non-finite values through', () => {
    assert.ok(Number.isNaN(roundTo(Number.NaN, 1)));
    assert.equal(roundTo(Infinity, 1), Infinity);
    assert.equal(roundTo(-Infinity, 1), -Infinity);
  });

  test('rounds ordinary values', () => {
    assert.equal(roundTo(13.6952020133995, 1), 13.7);
    assert.equal(roundTo(13.6952020133995, 0), 14);
    assert.equal(roundTo(12.34, 1), 12.3);
  });
});

describe('isShowable', () => {
  test('finite numbers only', () => {
    assert.equal(isShowable(0), true);
    assert.equal(isShowable(-1.5), true);
    assert.equal(isShowable(Number.NaN), false);
    assert.equal(isShowable(Infinity), false);
    assert.equal(isShowable(null), false);
    assert.equal(isShowable('17'), false);
  });
});

describe('cached formatters', () => {
  test('calling twice returns the same results', () => {
    const es = resolveLocale('es').locale;
    for (let i = 0; i < 2; i++) {
      assert.equal(formatNumber(1234.5, es, 1), '1,234.5');
      assert.equal(formatNumber(1234.5, 'es-ES', 1), '1234,5');
      assert.equal(formatNumber(1234.5, es, 2), '1,234.50');
      assert.equal(formatPercent(71.9, 'en', 1), '71.9%');
      assert.equal(formatNumber(71.9, 'en', 1), '71.9');
      assert.equal(formatChange(-26.2, 'en'), `${MINUS}26 %`);
    }
  });

  test('resolveLocale is stable across calls', () => {
    assert.deepEqual(resolveLocale('es'), resolveLocale('es'));
    assert.deepEqual(resolveLocale('e!!'), resolveLocale('e!!'));
  });

  test('plural() returns working rules, cardinal and ordinal, for each locale', () => {
    assert.equal(plural('en').select(1), 'one');
    assert.equal(plural('en').select(2), 'other');
    assert.equal(plural('en', 'ordinal').select(2), 'two');
    assert.equal(plural('en', 'ordinal').select(2), 'two');
    assert.equal(plural('en').select(1), 'one');
    assert.equal(plural('es').select(1), 'one');
  });

  const es = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'];
  const en = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  test('monthName: all 12 months, long, in es and en (twice)', () => {
    for (let round = 0; round < 2; round++) {
      for (let m = 1; m <= 12; m++) {
        assert.equal(monthName(m, 'es-MX', 'long'), es[m - 1]);
        assert.equal(monthName(m, 'en', 'long'), en[m - 1]);
      }
    }
  });

  test('monthName: all 12 months, short, without a trailing period', () => {
    const esShort = ['ene', 'feb', 'mar', 'abr', 'may', 'jun', 'jul', 'ago', 'sep', 'oct', 'nov', 'dic'];
    const enShort = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
    for (let round = 0; round < 2; round++) {
      for (let m = 1; m <= 12; m++) {
        assert.equal(monthName(m, 'es-MX', 'short'), esShort[m - 1]);
        assert.equal(monthName(m, 'en', 'short'), enShort[m - 1]);
        assert.ok(!monthName(m, 'es-MX', 'short').endsWith('.'));
      }
    }
  });

  test('monthName does not shift months by time zone (UTC mid-month)', () => {
    assert.equal(monthName(1, 'en', 'long'), 'January');
    assert.equal(monthName(12, 'en', 'long'), 'December');
  });
});

describe('formatChange: closer to 0 or ±100 than four decimals can say', () => {
  test('floating-point noise next to −100 % is "−99.9999 %", never "−99.99999999999999 %" or "−100 %"', () => {
    assert.equal(formatChange(-99.99999999999999, 'en'), `${MINUS}99.9999 %`);
  });
  test('a change of one in a billion is a bound, never "0 %"', () => {
    assert.equal(formatChange(1e-9, 'en'), '+<0.0001 %');
    assert.equal(formatChange(-1e-9, 'es-MX'), `${MINUS}<0.0001 %`);
  });
  test('just above +100 % is "+>100 %"', () => {
    assert.equal(formatChange(100.00000001, 'en'), '+>100 %');
  });
});
