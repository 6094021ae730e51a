/**
 * Periods: "2012", "2012-03", "2012-Q3", and inclusive ranges of one granularity
 * ("2015/2016", "2025-03/2025-07", "2024-Q4/2025-Q2").
 *
 * Time is counted in whole months from year 0, so periods compare and deduplicate
 * exactly; `start`/`end` in fractional years serve a linear time axis.
 */
import { monthName, type LocaleInfo } from './format.js';

export type Granularity = 'year' | 'quarter' | 'month';

export interface Period {
  /** The text as written in the document. */
  readonly text: string;
  readonly granularity: Granularity;
  readonly range: boolean;
  /** First month covered, counted from year 0 (inclusive). */
  readonly startMonth: number;
  /** Month after the last one covered (exclusive). */
  readonly endMonth: number;
  /** Start in fractional years (2012-03 → 2012.1667). */
  readonly start: number;
  /** End in fractional years, exclusive (2012 → 2013). */
  readonly end: number;
  /** Midpoint in fractional years, where a period is drawn. */
  readonly mid: number;
}

interface Point {
  readonly granularity: Granularity;
  readonly year: number;
  /** Month 1–12, quarter 1–4, or 0 for a year. */
  readonly index: number;
}

const SINGLE = /^(\d{4})(?:-(0[1-9]|1[0-2])|-Q([1-4]))?$/;

function parsePoint(text: string): Point | null {
  const m = SINGLE.exec(text);
  if (!m) return null;
  const year = Number(m[1]);
  if (m[2]) return { granularity: 'month', year, index: Number(m[2]) };
  if (m[3]) return { granularity: 'quarter', year, index: Number(m[3]) };
  return { granularity: 'year', year, index: 0 };
}

function firstMonth(p: Point): number {
  if (p.granularity === 'month') return p.year * 12 + p.index - 1;
  if (p.granularity === 'quarter') return p.year * 12 + (p.index - 1) * 3;
  return p.year * 12;
}

function monthsIn(g: Granularity): number {
  return g === 'month' ? 1 : g === 'quarter' ? 3 : 12;
}

/** Why a period text does not parse, or `null` when it does. */
export type PeriodError = 'period' | 'periodMixed' | 'periodOrder';

const cache = new Map<string, Period | PeriodError>();

/** Parses a period, or returns the reason it is not one. Never throws. */
export function checkPeriod(text: unknown): Period | PeriodError {
  if (typeof text !== 'string') return 'period';
  let result = cache.get(text);
  if (result === undefined) {
    result = computePeriod(text);
    // Bounded, but large enough that a 100,000-point series is parsed once, not again by the model and the summary.
    if (cache.size > 200_000) cache.clear();
    cache.set(text, result);
  }
  return result;
}

/** Parses a period, or `null` when the text is not one. */
export function parsePeriod(text: unknown): Period | null {
  const p = checkPeriod(text);
  return typeof p === 'string' ? null : p;
}

/** Periods the validator parsed, by the observation or annotation it returned: later stages never parse again. */
const parsed = new WeakMap<object, Period>();

/** Called by the validator: `holder`'s period is `period`. */
export function rememberPeriod(holder: object, period: Period): void {
  parsed.set(holder, period);
}

/**
 * The parsed period of a validated observation or annotation (validation parsed it
 * once); an object built by hand is parsed now. The validator guarantees it parses.
 */
export function periodOf(holder: { readonly period: string }): Period {
  return parsed.get(holder) ?? parsePeriod(holder.period)!;
}

function computePeriod(text: string): Period | PeriodError {
  const parts = text.split('/');
  if (parts.length > 2) return 'period';
  const a = parsePoint(parts[0] ?? '');
  const b = parts.length === 2 ? parsePoint(parts[1] ?? '') : a;
  if (!a || !b) return 'period';
  if (a.granularity !== b.granularity) return 'periodMixed';
  const startMonth = firstMonth(a);
  const endMonth = firstMonth(b) + monthsIn(b.granularity);
  if (endMonth <= startMonth) return 'periodOrder';
  return {
    text,
    granularity: a.granularity,
    range: parts.length === 2,
    startMonth,
    endMonth,
    start: startMonth / 12,
    end: endMonth / 12,
    mid: (startMonth + endMonth) / 24,
  };
}

/** Orders periods by start, then end. */
export function comparePeriods(a: Period, b: Period): number {
  return a.startMonth - b.startMonth || a.endMonth - b.endMonth;
}

/** Two periods that cover the same months are the same period ("2012" and "2012/2012"): one number per span. */
export function periodKey(p: Period): number {
  return p.startMonth * 1e6 + p.endMonth;
}

function pointOf(month: number, g: Granularity): Point {
  const year = Math.floor(month / 12);
  const m = month - year * 12;
  if (g === 'month') return { granularity: g, year, index: m + 1 };
  if (g === 'quarter') return { granularity: g, year, index: Math.floor(m / 3) + 1 };
  return { granularity: g, year, index: 0 };
}

/** "mar 2012" / "Mar 2012", "T3 2012" / "Q3 2012", or the long forms for sentences. */
function pointLabel(p: Point, info: LocaleInfo, width: 'short' | 'long', withYear = true): string {
  const year = String(p.year);
  if (p.granularity === 'year') return year;
  if (p.granularity === 'quarter') {
    if (width === 'long') {
      const q = info.lang === 'es' ? `trimestre ${p.index}` : `quarter ${p.index}`;
      return withYear ? (info.lang === 'es' ? `${q} de ${year}` : `${q} of ${year}`) : q;
    }
    const q = `${info.lang === 'es' ? 'T' : 'Q'}${p.index}`;
    return withYear ? `${q} ${year}` : q;
  }
  const name = monthName(p.index, info.locale, width);
  if (!withYear) return name;
  return width === 'long' && info.lang === 'es' ? `${name} de ${year}` : `${name} ${year}`;
}

/**
 * A period as readers see it: "2012", "mar 2012", "T3 2012", "2015–2016",
 * "mar–jul 2025". The long width spells months and quarters out for sentences
 * and screen readers ("marzo de 2012", "2015 to 2016").
 */
export function formatPeriod(p: Period, info: LocaleInfo, width: 'short' | 'long' = 'short'): string {
  const a = pointOf(p.startMonth, p.granularity);
  if (!p.range) return pointLabel(a, info, width);
  const b = pointOf(p.endMonth - 1, p.granularity);
  if (width === 'long') {
    const join = info.lang === 'es' ? ' a ' : ' to ';
    return pointLabel(a, info, 'long') + join + pointLabel(b, info, 'long');
  }
  const sameYear = a.year === b.year && p.granularity !== 'year';
  return `${pointLabel(a, info, 'short', !sameYear)}\u2013${pointLabel(b, info, 'short')}`;
}

/** The period of one unit (`granularity`) starting at `startMonth`. */
export function periodAt(startMonth: number, granularity: Granularity): Period {
  const year = Math.floor(startMonth / 12);
  const m = startMonth - year * 12;
  const y = String(year).padStart(4, '0');
  const text = granularity === 'year' ? y
    : granularity === 'quarter' ? `${y}-Q${Math.floor(m / 3) + 1}`
      : `${y}-${String(m + 1).padStart(2, '0')}`;
  return parsePeriod(text)!;
}

export interface TimeTick {
  /** Position in fractional years: the middle of the period it labels, where points are drawn. */
  readonly value: number;
  readonly label: string;
}

const STEPS = [1, 3, 6, 12, 24, 60, 120, 240, 600, 1200];

/**
 * Calendar ticks between two times in fractional years: whole years, quarters or
 * months, never finer than the data (`granularity`), at most about `count` of them.
 * A label shows the year on the first tick and at each January; others show only
 * the month or quarter ("ene 2020", "abr", "jul").
 */
export function timeTicks(start: number, end: number, count: number, granularity: Granularity, info: LocaleInfo): TimeTick[] {
  const first = Math.round(start * 12);
  const last = Math.round(end * 12);
  const unit = granularity === 'month' ? 1 : granularity === 'quarter' ? 3 : 12;
  const span = Math.max(1, last - first);
  const step = STEPS.find((s) => s >= unit && span / s <= Math.max(1, count)) ?? STEPS[STEPS.length - 1]!;
  const tickUnit: Granularity = step >= 12 ? 'year' : granularity;
  const ticks: TimeTick[] = [];
  let previousYear: number | undefined;
  for (let m = Math.ceil(first / step) * step; m < last; m += step) {
    const p = periodAt(m, tickUnit);
    const year = Math.floor(m / 12);
    let label: string;
    if (tickUnit === 'year' || previousYear !== year) label = formatPeriod(p, info);
    else label = tickUnit === 'quarter' ? `${info.lang === 'es' ? 'T' : 'Q'}${Math.floor((m % 12) / 3) + 1}` : monthName((m % 12) + 1, info.locale, 'short');
    previousYear = year;
    // Under the first data period the tick stands for: mid-year for years, mid-month for months.
    ticks.push({ value: (m + unit / 2) / 12, label });
  }
  return ticks;
}
