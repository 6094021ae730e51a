/**
 * Values with their units in words, and the summary sentences the elements show and
 * screen readers read: "fell from 22.9 to 17.0 per 100,000 inhabitants between 2012
 * and 2016 (−26 %)".
 */
import { formatChange, formatNumber, formatPercent, type LocaleInfo } from './format.js';
import { msg } from './messages.js';
import { msg as trendMsg } from './messages/trend.js';
import { parsePeriod, periodOf, type Period } from './period.js';
import { comparable, isPartial, periodWithQualifiers, sameSpanEarlier } from './comparable.js';
import { percentChange } from './rate.js';
import type { Qualifier, RatePer, Unit, ValidObservation } from './schema.js';
import { textIn } from './text.js';

const PER_WORDS: Readonly<Record<'es' | 'en', Readonly<Record<RatePer, string>>>> = {
  es: { 1000: 'mil', 10000: '10 mil', 100000: '100 mil', 1000000: 'millón de' },
  en: { 1000: '1,000', 10000: '10,000', 100000: '100,000', 1000000: 'million' },
};

/**
 * What a rate or count is of, in words: "per 100,000 inhabitants" / "por cada 100 mil
 * habitantes"; a count's `of` ("homicides"); nothing for percents and ranks.
 */
export function unitPhrase(unit: Unit, info: LocaleInfo, docLang?: string): string {
  if (unit.type === 'rate') {
    const per = PER_WORDS[info.lang][unit.per];
    const of = unit.of === undefined ? msg(info.lang, 'inhabitants') : textIn(unit.of, info.locale, docLang);
    const phrase = msg(info.lang, 'perPhrase', { per, of }).trim();
    // "por cada millón de" needs its noun; without one, say "por cada millón".
    return of === '' ? phrase.replace(/ de$/, '') : phrase;
  }
  if (unit.type === 'count') return unit.of === undefined ? '' : textIn(unit.of, info.locale, docLang);
  return '';
}

/** A value as displayed for its unit: "17.0", "71.9%", "1,234"; `null` when there is none. */
export function formatValue(value: number | null | undefined, unit: Unit, info: LocaleInfo, decimals: number): string | null {
  return unit.type === 'percent' ? formatPercent(value, info.locale, decimals) : formatNumber(value, info.locale, decimals);
}

/** A value with its qualifier in words: "almost 23" / "casi 23". */
export function qualify(valueText: string, qualifier: Qualifier | undefined, info: LocaleInfo): string {
  return qualifier ? msg(info.lang, `qualifier.${qualifier}`, { value: valueText }) : valueText;
}

export interface PeriodPoint {
  readonly observation: ValidObservation & { readonly value: number };
  readonly period: Period;
}

export interface Headline {
  readonly from: PeriodPoint;
  readonly to: PeriodPoint;
  /** False when the two points cover different spans of time: no change is computed (DESIGN §2a). */
  readonly comparable: boolean;
  /** Percent change from the first to the last point, or `null` when it is undefined (a start of 0) or not comparable. */
  readonly change: number | null;
  /** True when either end is approximate (a `qualifier`): the change is approximate too. */
  readonly approximate: boolean;
  /** The highest and lowest comparable points between the ends, when they lie beyond both ends: the path, not just the ends. */
  readonly highest: PeriodPoint | null;
  readonly lowest: PeriodPoint | null;
}

/** The series' points with a value, in period order. */
export function valuedPoints(observations: readonly ValidObservation[]): PeriodPoint[] {
  const points: PeriodPoint[] = [];
  for (const o of observations) {
    if (typeof o.value === 'number' && Number.isFinite(o.value)) points.push({ observation: o as PeriodPoint['observation'], period: periodOf(o) });
  }
  // Validated observations come sorted (a linear pass for TimSort); hand-built ones may not.
  return points.sort((a, b) => a.period.startMonth - b.period.startMonth || a.period.endMonth - b.period.endMonth);
}

/**
 * The headline change of a series (DESIGN §2a). By default, from the first to the last
 * complete point that cover the same length of time; a partial point only when asked
 * for (`to`), and then against the same months a year or more earlier. Periods given
 * (`from`/`to`) that cover different spans give a headline with `comparable: false`
 * and no change. `null` when fewer than two points qualify.
 */
export function headline(observations: readonly ValidObservation[], from?: string | null, to?: string | null): Headline | null {
  const points = valuedPoints(observations);
  const find = (text: string): PeriodPoint | undefined => {
    const wanted = parsePeriod(text);
    return wanted ? points.find((p) => p.period.startMonth === wanted.startMonth && p.period.endMonth === wanted.endMonth) : undefined;
  };
  const complete = points.filter((p) => !isPartial(p.observation));
  const b = to ? find(to) : (complete[complete.length - 1] ?? points[points.length - 1]);
  if (!b) return null;
  let a: PeriodPoint | undefined;
  if (from) a = find(from);
  else if (isPartial(b.observation)) a = [...points].reverse().find((p) => sameSpanEarlier(b.observation, p.observation));
  else a = points.find((p) => p !== b && p.period.startMonth < b.period.startMonth && comparable(p.observation, b.observation));
  if (!a || a === b) return null;
  const ok = comparable(a.observation, b.observation);
  const [lo, hi] = a.period.startMonth <= b.period.startMonth ? [a, b] : [b, a];
  const between = ok ? points.filter((p) => p.period.startMonth >= lo.period.startMonth && p.period.endMonth <= hi.period.endMonth && comparable(p.observation, b.observation)) : [];
  const ends = [a.observation.value, b.observation.value];
  let highest: PeriodPoint | null = null;
  let lowest: PeriodPoint | null = null;
  for (const p of between) {
    if (p.observation.value > Math.max(...ends) && (!highest || p.observation.value > highest.observation.value)) highest = p;
    if (p.observation.value < Math.min(...ends) && (!lowest || p.observation.value < lowest.observation.value)) lowest = p;
  }
  return {
    from: a,
    to: b,
    comparable: ok,
    change: ok ? percentChange(a.observation.value, b.observation.value) : null,
    approximate: a.observation.qualifier !== undefined || b.observation.qualifier !== undefined,
    highest,
    lowest,
  };
}

/**
 * The last point of a series when it is partial and the default headline left it out:
 * it is still said, with its coverage, and compared only with the same months earlier.
 */
export function partialTail(observations: readonly ValidObservation[], h: Headline | null): PeriodPoint | null {
  const points = valuedPoints(observations);
  const last = points[points.length - 1];
  return last && isPartial(last.observation) && last !== h?.to ? last : null;
}

/** A change as text, approximate when its inputs are ("alrededor de −26 %"); `null` when there is none. */
export function changeText(h: Pick<Headline, 'change' | 'approximate'>, info: LocaleInfo): string | null {
  const change = formatChange(h.change, info.locale);
  return change !== null && h.approximate ? msg(info.lang, 'approxChange', { change }) : change;
}

/**
 * The change in words, starting in lower case so it can follow a place name:
 * "fell from 22.9 to 17.0 per 100,000 inhabitants between 2012 and 2016 (−26 %)";
 * periods carry their coverage and status ("2016 (enero a marzo, preliminar)");
 * a path that is not monotonic names its highest and lowest points.
 * Qualifiers are kept ("almost 23", "about −26 %"); a rise from zero gives no percent.
 */
export function describeChange(h: Headline, unit: Unit, info: LocaleInfo, decimals: number, docLang?: string): string {
  const value = (p: PeriodPoint): string =>
    qualify(formatValue(p.observation.value, unit, info, decimals) ?? msg(info.lang, 'noData'), p.observation.qualifier, info);
  const phrase = unitPhrase(unit, info, docLang);
  const start = sentencePeriod(h.from, info);
  const end = sentencePeriod(h.to, info);
  if (!h.comparable) return trendMsg(info.lang, 'change.incomparable', { from: value(h.from), to: value(h.to), start, end });
  const shownFrom = formatValue(h.from.observation.value, unit, info, decimals);
  const shownTo = formatValue(h.to.observation.value, unit, info, decimals);
  const change = changeText(h, info);
  const key = shownFrom === shownTo && !h.approximate
    ? 'change.same'
    : change === null
      ? 'change.fromZero'
      : h.to.observation.value > h.from.observation.value
        ? 'change.up'
        : 'change.down';
  const sentence = trendMsg(info.lang, key, { from: value(h.from), to: value(h.to), unit: phrase ? ` ${phrase}` : '', start, end, change: change ?? '' });
  const path = [h.lowest && ['path.lowest', h.lowest] as const, h.highest && ['path.highest', h.highest] as const]
    .filter((x): x is readonly ['path.lowest' | 'path.highest', PeriodPoint] => !!x)
    .sort((x, y) => x[1].period.startMonth - y[1].period.startMonth)
    .map(([k, p]) => trendMsg(info.lang, k, { value: value(p), period: sentencePeriod(p, info) }));
  return path.length ? `${sentence}; ${path.join(', ')}` : sentence;
}

/** A partial last point said alone: "2025 (enero a marzo, preliminar): 8.1 por cada 100 mil habitantes, sin comparar con periodos completos". */
export function describePartial(p: PeriodPoint, unit: Unit, info: LocaleInfo, decimals: number, docLang?: string): string {
  const phrase = unitPhrase(unit, info, docLang);
  const value = qualify(formatValue(p.observation.value, unit, info, decimals) ?? msg(info.lang, 'noData'), p.observation.qualifier, info);
  return trendMsg(info.lang, 'change.partialAlone', { period: sentencePeriod(p, info), value, unit: phrase ? ` ${phrase}` : '' });
}

/** A period inside "between … and …": months spelled out, ranges short ("2013–2014"), never "between 2013 to 2014"; with its coverage and status. */
function sentencePeriod(p: PeriodPoint, info: LocaleInfo): string {
  return periodWithQualifiers(p.observation, p.period, info, 'long');
}

/** Capitalizes the first letter of a sentence in the locale's rules. */
export function capitalize(sentence: string, locale: string): string {
  return sentence.charAt(0).toLocaleUpperCase(locale) + sentence.slice(1);
}
