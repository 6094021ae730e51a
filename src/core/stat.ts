/**
 * One figure out of a document: the series and observation a compact element shows,
 * the one before it, and how it compares with a reference. Pure, for
 * `<rate-per-100k>` and `<ranking-badge>`.
 */
import { roundTo, type LocaleInfo } from './format.js';
import { msg } from './messages/rate.js';
import { parsePeriod, periodOf, type Period } from './period.js';
import { comparable, isPartial, periodWithQualifiers, sameSpanEarlier } from './comparable.js';
import { percentChange, ratio } from './rate.js';
import { changeText } from './summary.js';
import type { ValidIndicator, ValidObservation, ValidSeries } from './schema.js';
import { selectSeries } from './chart.js';

export interface Picked {
  readonly series: ValidSeries;
  readonly index: number;
  readonly observation: ValidObservation & { readonly value: number };
  readonly period: Period;
}

function hasValue(o: ValidObservation): o is ValidObservation & { value: number } {
  return typeof o.value === 'number' && Number.isFinite(o.value);
}

function samePeriod(a: Period, b: Period): boolean {
  return a.startMonth === b.startMonth && a.endMonth === b.endMonth;
}

/**
 * The figure to show: in the series matching `seriesKey` (else the first), the
 * observation at `period`; else the latest complete one with a value (a partial
 * figure is shown by default only when the series has nothing else, DESIGN §2a).
 * `null` when there is none.
 */
export function pick(doc: ValidIndicator, seriesKey?: string | null, period?: string | null): Picked | null {
  const chosen = selectSeries(doc, seriesKey)[0];
  if (!chosen) return null;
  const wanted = period ? parsePeriod(period) : null;
  if (period && !wanted) return null;
  const observations = chosen.series.observations;
  let partial: Picked | null = null;
  for (let i = observations.length - 1; i >= 0; i--) {
    const o = observations[i]!;
    const p = periodOf(o);
    if (wanted ? samePeriod(p, wanted) : hasValue(o)) {
      if (!hasValue(o)) return null;
      const found = { series: chosen.series, index: chosen.index, observation: o, period: p };
      if (wanted || !isPartial(o)) return found;
      partial ??= found;
    }
  }
  return partial;
}

/**
 * The latest earlier observation with a value that a change may join with `at`: the
 * same length of time, and for a partial figure the same months a year or more before.
 */
export function previous(at: Picked): Picked | null {
  const observations = at.series.observations;
  const partial = isPartial(at.observation);
  for (let i = observations.length - 1; i >= 0; i--) {
    const o = observations[i]!;
    const p = periodOf(o);
    if (p.endMonth <= at.period.startMonth && hasValue(o) && (partial ? sameSpanEarlier(at.observation, o) : comparable(o, at.observation))) {
      return { ...at, observation: o, period: p };
    }
  }
  return null;
}

export interface Versus {
  /** Percent change from `before` to the figure, `null` when undefined (from 0). */
  readonly change: number | null;
  /** True when either figure is approximate (a `qualifier`): so is the change. */
  readonly approximate: boolean;
  readonly direction: 'up' | 'down' | 'same';
  readonly before: Picked;
}

/** The change against the previous comparable period, compared as displayed (17.04 and 17.0 are "the same"). */
export function versusPrevious(at: Picked, decimals: number): Versus | null {
  const before = previous(at);
  if (!before) return null;
  const a = roundTo(before.observation.value, decimals);
  const b = roundTo(at.observation.value, decimals);
  return {
    change: percentChange(before.observation.value, at.observation.value),
    approximate: before.observation.qualifier !== undefined || at.observation.qualifier !== undefined,
    direction: b > a ? 'up' : b < a ? 'down' : 'same',
    before,
  };
}

export interface Comparison {
  readonly label: string;
  readonly value: number;
  readonly ratio: number | null;
  readonly relation: 'above' | 'below' | 'same';
}

/** How the figure compares with a reference value, as displayed. */
export function compare(value: number, reference: number, label: string, decimals: number): Comparison {
  const a = roundTo(value, decimals);
  const b = roundTo(reference, decimals);
  return { label, value: reference, ratio: ratio(value, reference), relation: a > b ? 'above' : a < b ? 'below' : 'same' };
}

/**
 * The change in words, the amount after the verb as a reader says it: "bajó 3 % respecto a
 * 2023 (17.6)" / "down 3 % from 2023 (17.6)", "subió alrededor de 26 %…"; without a percent
 * (a rise from zero, or the same as displayed) "subió respecto a…", "sin cambio respecto a…".
 * The earlier period carries its coverage and status.
 */
export function describeVersus(v: Versus, info: LocaleInfo, valueText: string): string {
  const period = periodWithQualifiers(v.before.observation, v.before.period, info);
  const amount = v.direction === 'same' || v.change === null ? null : changeText({ change: Math.abs(v.change), approximate: v.approximate }, info);
  if (amount === null) return msg(info.lang, `vs.${v.direction}`, { period, value: valueText });
  return msg(info.lang, v.direction === 'up' ? 'vs.upBy' : 'vs.downBy', { change: amount.replace('+', ''), period, value: valueText });
}
