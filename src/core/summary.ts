/**
 * Values with their units in words, and the summary sentences the elements show and
 * screen readers read: "fell from 22.9 to 17.0 per 100,000 inhabitants between 2012
 * and 2016 (−26 %)".
 */
import { formatChange, formatNumber, formatPercent, type LocaleInfo } from './format.js';
import { msg } from './messages.js';
import { formatPeriod, parsePeriod, type Period } from './period.js';
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
  /** Percent change from the first to the last point, or `null` when it is undefined (a start of 0). */
  readonly change: number | null;
}

/**
 * The headline change of a series: from its first to its last non-null point in
 * period order, or between the periods given (`from`/`to` attributes). `null` when
 * fewer than two points qualify.
 */
export function headline(observations: readonly ValidObservation[], from?: string | null, to?: string | null): Headline | null {
  const points: PeriodPoint[] = [];
  for (const o of observations) {
    const period = parsePeriod(o.period);
    if (period && typeof o.value === 'number' && Number.isFinite(o.value)) points.push({ observation: o as PeriodPoint['observation'], period });
  }
  points.sort((a, b) => a.period.startMonth - b.period.startMonth || a.period.endMonth - b.period.endMonth);
  const pick = (text: string | null | undefined, fallback: PeriodPoint | undefined): PeriodPoint | undefined => {
    if (!text) return fallback;
    const wanted = parsePeriod(text);
    return wanted ? points.find((p) => p.period.startMonth === wanted.startMonth && p.period.endMonth === wanted.endMonth) : undefined;
  };
  const a = pick(from, points[0]);
  const b = pick(to, points[points.length - 1]);
  if (!a || !b || a === b) return null;
  return { from: a, to: b, change: percentChange(a.observation.value, b.observation.value) };
}

/**
 * The change in words, starting in lower case so it can follow a place name:
 * "fell from 22.9 to 17.0 per 100,000 inhabitants between 2012 and 2016 (−26 %)".
 * Qualifiers are kept ("almost 23"); a rise from zero gives no percent.
 */
export function describeChange(h: Headline, unit: Unit, info: LocaleInfo, decimals: number, docLang?: string): string {
  const value = (p: PeriodPoint): string =>
    qualify(formatValue(p.observation.value, unit, info, decimals) ?? msg(info.lang, 'noData'), p.observation.qualifier, info);
  const phrase = unitPhrase(unit, info, docLang);
  const shownFrom = formatValue(h.from.observation.value, unit, info, decimals);
  const shownTo = formatValue(h.to.observation.value, unit, info, decimals);
  const change = formatChange(h.change, info.locale);
  const key = shownFrom === shownTo && !h.from.observation.qualifier && !h.to.observation.qualifier
    ? 'change.same'
    : change === null
      ? 'change.fromZero'
      : h.to.observation.value > h.from.observation.value
        ? 'change.up'
        : 'change.down';
  return msg(info.lang, key, {
    from: value(h.from),
    to: value(h.to),
    unit: phrase ? ` ${phrase}` : '',
    start: sentencePeriod(h.from.period, info),
    end: sentencePeriod(h.to.period, info),
    change: change ?? '',
  });
}

/** A period inside "between … and …": months spelled out, ranges short ("2013–2014"), never "between 2013 to 2014". */
function sentencePeriod(p: Period, info: LocaleInfo): string {
  return formatPeriod(p, info, p.range ? 'short' : 'long');
}

/** Capitalizes the first letter of a sentence in the locale's rules. */
export function capitalize(sentence: string, locale: string): string {
  return sentence.charAt(0).toLocaleUpperCase(locale) + sentence.slice(1);
}
