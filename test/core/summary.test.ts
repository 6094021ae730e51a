import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { capitalize, describeChange, formatValue, headline, qualify, unitPhrase } from '../../src/core/summary.js';
import { resolveLocale } from '../../src/core/format.js';
import type { Qualifier, RatePer, Unit, ValidObservation } from '../../src/core/schema.js';

const ES = resolveLocale('es');
const EN = resolveLocale('en');
const MINUS = '\u2212';

const HABITANTES = { es: 'habitantes', en: 'inhabitants' };
const RATE: Unit = { type: 'rate', per: 100000, of: HABITANTES };

function obs(period: string, value: number | null, qualifier?: Qualifier): ValidObservation {
  return qualifier ? { period, value, qualifier } : { period, value };
}

describe('unitPhrase', () => {
  const expected: Record<RatePer, { es: string; en: string }> = {
    1000: { es: 'por cada mil habitantes', en: 'per 1,000 inhabitants' },
    10000: { es: 'por cada 10 mil habitantes', en: 'per 10,000 inhabitants' },
    100000: { es: 'por cada 100 mil habitantes', en: 'per 100,000 inhabitants' },
    1000000: { es: 'por cada millón de habitantes', en: 'per million inhabitants' },
  };
  for (const per of [1000, 10000, 100000, 1000000] as const) {
    test(`rate per ${per} with of {es: habitantes, en: inhabitants}`, () => {
      const unit: Unit = { type: 'rate', per, of: HABITANTES };
      assert.equal(unitPhrase(unit, ES), expected[per].es);
      assert.equal(unitPhrase(unit, EN), expected[per].en);
    });
    test(`rate per ${per} without of defaults to inhabitants / habitantes`, () => {
      const unit: Unit = { type: 'rate', per };
      assert.equal(unitPhrase(unit, ES), expected[per].es);
      assert.equal(unitPhrase(unit, EN), expected[per].en);
    });
  }

  test('a rate of something else: "por cada 100 mil personas de 18 años y más"', () => {
    const unit: Unit = { type: 'rate', per: 100000, of: { es: 'personas de 18 años y más', en: 'people aged 18 and over' } };
    assert.equal(unitPhrase(unit, ES), 'por cada 100 mil personas de 18 años y más');
    assert.equal(unitPhrase(unit, EN), 'per 100,000 people aged 18 and over');
  });

  test('a plain-string of is used in every language', () => {
    const unit: Unit = { type: 'rate', per: 100000, of: 'víctimas' };
    assert.equal(unitPhrase(unit, EN), 'per 100,000 víctimas');
  });

  test('an of in one language only falls back to the document language', () => {
    const unit: Unit = { type: 'rate', per: 100000, of: { es: 'habitantes' } };
    assert.equal(unitPhrase(unit, EN, 'es'), 'per 100,000 habitantes');
  });

  test('an empty of gives the bare phrase, without a dangling "de"', () => {
    const unit: Unit = { type: 'rate', per: 1000000, of: '' };
    assert.equal(unitPhrase(unit, ES), 'por cada millón');
    assert.equal(unitPhrase(unit, EN), 'per million');
    assert.equal(unitPhrase({ type: 'rate', per: 100000, of: '' }, EN), 'per 100,000');
  });

  test('regional Spanish speaks Spanish', () => {
    assert.equal(unitPhrase(RATE, resolveLocale('es-ES')), 'por cada 100 mil habitantes');
  });

  test('a count says what it counts', () => {
    const unit: Unit = { type: 'count', of: { es: 'homicidios', en: 'homicides' } };
    assert.equal(unitPhrase(unit, ES), 'homicidios');
    assert.equal(unitPhrase(unit, EN), 'homicides');
  });

  test('a count without of, a percent and a rank have no phrase', () => {
    assert.equal(unitPhrase({ type: 'count' }, EN), '');
    assert.equal(unitPhrase({ type: 'percent' }, ES), '');
    assert.equal(unitPhrase({ type: 'rank', outOf: 32 }, EN), '');
  });
});

describe('formatValue', () => {
  test('a percent unit shows a percent sign', () => {
    assert.equal(formatValue(71.9, { type: 'percent' }, EN, 1), '71.9%');
  });

  test('a rate is a plain number with its decimals', () => {
    assert.equal(formatValue(17, RATE, EN, 1), '17.0');
    assert.equal(formatValue(17, RATE, ES, 1), '17.0');
    assert.equal(formatValue(17, RATE, resolveLocale('es-ES'), 1), '17,0');
  });

  test('a count groups thousands', () => {
    assert.equal(formatValue(13628, { type: 'count' }, ES, 0), '13,628');
  });

  test('no value → null, for any unit', () => {
    assert.equal(formatValue(null, RATE, EN, 1), null);
    assert.equal(formatValue(undefined, { type: 'percent' }, EN, 1), null);
    assert.equal(formatValue(Number.NaN, { type: 'count' }, EN, 0), null);
  });
});

describe('qualify', () => {
  const cases: [Qualifier, string, string][] = [
    ['almost', 'casi 23', 'almost 23'],
    ['about', 'alrededor de 23', 'about 23'],
    ['over', 'más de 23', 'over 23'],
    ['under', 'menos de 23', 'under 23'],
  ];
  for (const [q, es, en] of cases) {
    test(`${q}: "${es}" / "${en}"`, () => {
      assert.equal(qualify('23', q, ES), es);
      assert.equal(qualify('23', q, EN), en);
    });
  }

  test('no qualifier leaves the value as is', () => {
    assert.equal(qualify('23', undefined, ES), '23');
    assert.equal(qualify('17.0', undefined, EN), '17.0');
  });
});

describe('headline', () => {
  test('first and last non-null points, even unsorted and with nulls', () => {
    const h = headline([
      obs('2014', 19.8),
      obs('2016', 17.0),
      obs('2011', null),
      obs('2012', 22.9),
      obs('2017', null),
      obs('2013', 19.7),
    ]);
    assert.ok(h);
    assert.equal(h.from.observation.period, '2012');
    assert.equal(h.to.observation.period, '2016');
    assert.equal(h.from.observation.value, 22.9);
    assert.equal(h.to.observation.value, 17.0);
    assert.equal(h.from.period.text, '2012');
    assert.equal(h.to.period.text, '2016');
    assert.ok(h.change !== null && Math.abs(h.change - ((17.0 - 22.9) / 22.9) * 100) < 1e-9);
  });

  test('non-finite values are skipped like nulls', () => {
    const h = headline([obs('2010', Number.NaN), obs('2011', 10), obs('2012', 12), obs('2013', Infinity)]);
    assert.equal(h?.from.observation.period, '2011');
    assert.equal(h?.to.observation.period, '2012');
  });

  test('sorted by period, not by text: months and quarters in order', () => {
    const h = headline([obs('2012-11', 3), obs('2012-02', 1), obs('2012-10', 2)]);
    assert.equal(h?.from.observation.period, '2012-02');
    assert.equal(h?.to.observation.period, '2012-11');
  });

  test('from and to chosen explicitly', () => {
    const o = [obs('2012', 22.9), obs('2013', 19.7), obs('2014', 16.9), obs('2015', 17.0), obs('2016', 20.5)];
    const h = headline(o, '2013', '2015');
    assert.equal(h?.from.observation.period, '2013');
    assert.equal(h?.to.observation.period, '2015');
    assert.ok(h?.change !== null && Math.abs((h?.change ?? 0) - ((17.0 - 19.7) / 19.7) * 100) < 1e-9);
  });

  test('only from given: to is the last valid point; only to given: from is the first', () => {
    const o = [obs('2012', 22.9), obs('2013', 19.7), obs('2014', 16.9), obs('2015', null)];
    assert.equal(headline(o, '2013')?.to.observation.period, '2014');
    assert.equal(headline(o, '2013')?.from.observation.period, '2013');
    assert.equal(headline(o, null, '2013')?.from.observation.period, '2012');
    assert.equal(headline(o, undefined, '2013')?.to.observation.period, '2013');
  });

  test('a requested period matches by coverage ("2012/2012" is "2012")', () => {
    const h = headline([obs('2012', 22.9), obs('2016', 17.0)], '2012/2012', '2016');
    assert.equal(h?.from.observation.period, '2012');
  });

  test('null when fewer than two valid points', () => {
    assert.equal(headline([]), null);
    assert.equal(headline([obs('2012', 22.9)]), null);
    assert.equal(headline([obs('2012', 22.9), obs('2013', null)]), null);
  });

  test('null when a requested period is absent, null-valued or not a period', () => {
    const o = [obs('2012', 22.9), obs('2013', null), obs('2016', 17.0)];
    assert.equal(headline(o, '2010', '2016'), null);
    assert.equal(headline(o, '2012', '2020'), null);
    assert.equal(headline(o, '2013', '2016'), null);
    assert.equal(headline(o, 'junk', '2016'), null);
  });

  test('null when from and to are the same point', () => {
    assert.equal(headline([obs('2012', 22.9), obs('2016', 17.0)], '2012', '2012'), null);
  });

  test('change is null for a rise from 0', () => {
    const h = headline([obs('2012', 0), obs('2016', 4)]);
    assert.ok(h);
    assert.equal(h.change, null);
  });
});

describe('describeChange', () => {
  test('the national homicide rate, in English', () => {
    const h = headline([obs('2012', 22.9), obs('2016', 17.0)]);
    assert.ok(h);
    assert.equal(
      describeChange(h, RATE, EN, 1),
      `fell from 22.9 to 17.0 per 100,000 inhabitants between 2012 and 2016 (${MINUS}26 %)`,
    );
  });

  test('the national homicide rate, in Spanish', () => {
    const h = headline([obs('2012', 22.9), obs('2016', 17.0)]);
    assert.ok(h);
    assert.equal(
      describeChange(h, RATE, ES, 1),
      `bajó de 22.9 a 17.0 por cada 100 mil habitantes entre 2012 y 2016 (${MINUS}26 %)`,
    );
  });

  test('a rise', () => {
    const h = headline([obs('2007', 8.3), obs('2008', 12.8)]);
    assert.ok(h);
    assert.equal(describeChange(h, RATE, EN, 1), 'rose from 8.3 to 12.8 per 100,000 inhabitants between 2007 and 2008 (+54 %)');
    assert.equal(describeChange(h, RATE, ES, 1), 'subió de 8.3 a 12.8 por cada 100 mil habitantes entre 2007 y 2008 (+54 %)');
  });

  test('a stay: the same displayed value', () => {
    const h = headline([obs('2015', 17.04), obs('2016', 16.96)]);
    assert.ok(h);
    assert.equal(describeChange(h, RATE, EN, 1), 'stayed at 17.0 per 100,000 inhabitants between 2015 and 2016');
    assert.equal(describeChange(h, RATE, ES, 1), 'se mantuvo en 17.0 por cada 100 mil habitantes entre 2015 y 2016');
  });

  test('the same values differ at more decimals', () => {
    const h = headline([obs('2015', 17.04), obs('2016', 16.96)]);
    assert.ok(h);
    assert.match(describeChange(h, RATE, EN, 2), /^fell from 17\.04 to 16\.96 /);
  });

  test('a rise from 0 has no percent', () => {
    const h = headline([obs('2012', 0), obs('2016', 4)]);
    assert.ok(h);
    assert.equal(describeChange(h, RATE, EN, 1), 'rose from 0.0 to 4.0 per 100,000 inhabitants between 2012 and 2016');
    assert.equal(describeChange(h, RATE, ES, 1), 'subió de 0.0 a 4.0 por cada 100 mil habitantes entre 2012 y 2016');
    assert.ok(!describeChange(h, RATE, EN, 1).includes('%'));
  });

  test('qualifiers are kept in the text ("casi 23", "almost 23"), and the change between them is approximate too', () => {
    const h = headline([obs('2012', 23, 'almost'), obs('2015', 17, 'about')]);
    assert.ok(h);
    assert.equal(h.approximate, true);
    assert.equal(
      describeChange(h, RATE, ES, 0),
      `bajó de casi 23 a alrededor de 17 por cada 100 mil habitantes entre 2012 y 2015 (alrededor de ${MINUS}26 %)`,
    );
    assert.equal(
      describeChange(h, RATE, EN, 0),
      `fell from almost 23 to about 17 per 100,000 inhabitants between 2012 and 2015 (about ${MINUS}26 %)`,
    );
  });

  test('month periods use long names ("marzo de 2012")', () => {
    const h = headline([obs('2012-03', 10), obs('2012-07', 8)]);
    assert.ok(h);
    assert.equal(
      describeChange(h, RATE, ES, 1),
      `bajó de 10.0 a 8.0 por cada 100 mil habitantes entre marzo de 2012 y julio de 2012 (${MINUS}20 %)`,
    );
    assert.equal(
      describeChange(h, RATE, EN, 1),
      `fell from 10.0 to 8.0 per 100,000 inhabitants between March 2012 and July 2012 (${MINUS}20 %)`,
    );
  });

  test('a percent unit has no unit phrase and shows percent signs', () => {
    const h = headline([obs('2011', 69.5), obs('2025', 61.9)]);
    assert.ok(h);
    assert.equal(describeChange(h, { type: 'percent' }, EN, 1), `fell from 69.5% to 61.9% between 2011 and 2025 (${MINUS}11 %)`);
  });

  test('a count with of', () => {
    const h = headline([obs('2007', 8800), obs('2008', 13628)]);
    assert.ok(h);
    const unit: Unit = { type: 'count', of: { es: 'homicidios', en: 'homicides' } };
    assert.equal(describeChange(h, unit, ES, 0), 'subió de 8,800 a 13,628 homicidios entre 2007 y 2008 (+55 %)');
  });

  test('regional Spanish formats digits its own way', () => {
    const h = headline([obs('2012', 22.9), obs('2016', 17.0)]);
    assert.ok(h);
    assert.equal(
      describeChange(h, RATE, resolveLocale('es-ES'), 1),
      `bajó de 22,9 a 17,0 por cada 100 mil habitantes entre 2012 y 2016 (${MINUS}26 %)`,
    );
  });
});

describe('capitalize', () => {
  test('capitalizes the first letter and keeps the rest', () => {
    assert.equal(capitalize('fell from 22.9 to 17.0', 'en'), 'Fell from 22.9 to 17.0');
    assert.equal(capitalize('bajó de 22.9', 'es-MX'), 'Bajó de 22.9');
    assert.equal(capitalize('élan', 'es-MX'), 'Élan');
  });

  test('leaves non-letters and empty strings alone', () => {
    assert.equal(capitalize('', 'en'), '');
    assert.equal(capitalize('17.0 per 100,000', 'en'), '17.0 per 100,000');
    assert.equal(capitalize('Already', 'en'), 'Already');
  });

  test('a whole headline sentence', () => {
    const h = headline([obs('2012', 22.9), obs('2016', 17.0)]);
    assert.ok(h);
    assert.equal(
      capitalize(describeChange(h, RATE, EN, 1), 'en'),
      `Fell from 22.9 to 17.0 per 100,000 inhabitants between 2012 and 2016 (${MINUS}26 %)`,
    );
  });
});
