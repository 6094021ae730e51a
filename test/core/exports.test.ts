// The public API of `cifra/core` is the list in src/core/index.ts, by name: an internal
// helper (layout, navigation, messages, the CLI's state tables) never leaks through it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as core from '../../src/core/index.js';

const PUBLIC = [
  'DEFAULT_DECIMALS', 'MAX_PROBLEMS', 'changeText', 'chartModel', 'comparable', 'comparePeriods', 'computeRate', 'coverageText',
  'describeChange', 'documentDecimals', 'downsampleIndices', 'formatChange', 'formatNumber', 'formatOrdinal', 'formatPercent',
  'formatPeriod', 'formatValue', 'headline', 'isPartial', 'isProvisional', 'localizeProblem', 'parsePeriod', 'percentChange',
  'periodOf', 'periodWithQualifiers', 'pick', 'placeRank', 'qualify', 'rankPhrase', 'rankValues', 'ratesAgree', 'ratio',
  'resolveLocale', 'roundTo', 'selectSeries', 'seriesKey', 'seriesLabel', 'textIn', 'toCsv', 'unitPhrase', 'validateIndicator',
  'versusPrevious',
];

test('cifra/core exports exactly its documented names', () => {
  assert.deepEqual(Object.keys(core).sort(), [...PUBLIC].sort());
});

test('internal helpers are not public', () => {
  for (const name of ['linearMap', 'parseAspect', 'STATES', 'STATE_CODES', 'msg', 'chartLayout', 'keyFocus', 'rememberPeriod', 'checkPeriod']) {
    assert.equal(name in core, false, name);
  }
});
