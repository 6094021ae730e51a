/**
 * cifra's pure core: the indicator schema and its validator, periods, rates, ranks,
 * formatting and the sentences the elements say. No DOM and no Lit: it runs in
 * browsers, Node and workers alike. Each name below is public API; modules not listed
 * (layout, navigation, messages, the CLI's tables) are internal and may change.
 */
export type {
  Annotation, CountUnit, Extensions, Geo, GeoLevel, Indicator, Observation, ObservationStatus, PercentUnit, PeriodText,
  Problem, Qualifier, RankUnit, RatePer, RateUnit, Reference, Series, Source, Text, Unit, UnitType, ValidIndicator,
  ValidObservation, ValidSeries, ValidationResult,
} from './schema.js';
export { DEFAULT_DECIMALS, documentDecimals } from './schema.js';
export { validateIndicator, localizeProblem, MAX_PROBLEMS } from './validate.js';
export { comparePeriods, formatPeriod, parsePeriod, periodOf, type Granularity, type Period } from './period.js';
export { comparable, coverageText, isPartial, isProvisional, periodWithQualifiers } from './comparable.js';
export { formatChange, formatNumber, formatOrdinal, formatPercent, resolveLocale, roundTo, type Lang, type LocaleInfo } from './format.js';
export { computeRate, percentChange, ratesAgree, ratio } from './rate.js';
export { rankValues, type RankEntry, type RankOrder, type Ranked } from './rank.js';
export { placeRank, rankPhrase, type PlaceRank } from './ranking.js';
export { textIn } from './text.js';
export { changeText, describeChange, formatValue, headline, qualify, unitPhrase, type Headline, type PeriodPoint } from './summary.js';
export { pick, versusPrevious, type Picked, type Versus } from './stat.js';
export { chartModel, selectSeries, seriesKey, seriesLabel, type ChartModel, type ChartPoint, type ChartSeries } from './chart.js';
export { toCsv } from './csv.js';
export { downsampleIndices, type XY } from './downsample.js';
