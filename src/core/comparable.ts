/**
 * Which observations a change may join (DESIGN §2a), and how a period reads with what
 * it really covers: "2016 (ene–mar, preliminar)".
 *
 * Every change the elements show (the trend headline and summary, `<rate-per-100k>`'s
 * change and comparison) asks `comparable` first, so a partial year is never set
 * against a full one and a month never against a year.
 */
import { monthName, type LocaleInfo } from './format.js';
import { msg } from './messages.js';
import { formatPeriod, parsePeriod, type Period } from './period.js';
import type { ValidObservation } from './schema.js';

/** What an observation really covers: its `coverage`, else its period. */
export function spanOf(o: Pick<ValidObservation, 'period' | 'coverage'>): Period | null {
  return parsePeriod(o.coverage ?? o.period);
}

/** True when the figure covers only part of its period (DESIGN §2 `coverage`). */
export function isPartial(o: Pick<ValidObservation, 'coverage'>): boolean {
  return o.coverage !== undefined;
}

/** True for a figure that is `preliminary` or `estimated`: a sentence that uses it says so. */
export function isProvisional(o: Pick<ValidObservation, 'status'>): boolean {
  return o.status === 'preliminary' || o.status === 'estimated';
}

/**
 * True when a change may join `a` and `b`: both cover the same length of time (year
 * with year, month with month, ranges of equal months), and a partial figure only
 * the same months of the calendar (January–March 2016 with January–March 2015).
 */
export function comparable(a: Pick<ValidObservation, 'period' | 'coverage'>, b: Pick<ValidObservation, 'period' | 'coverage'>): boolean {
  const sa = spanOf(a);
  const sb = spanOf(b);
  if (!sa || !sb) return false;
  if (sa.endMonth - sa.startMonth !== sb.endMonth - sb.startMonth) return false;
  if (!isPartial(a) && !isPartial(b)) return true;
  return (sa.startMonth - sb.startMonth) % 12 === 0;
}

/** True when `earlier` covers exactly the months of `later`, one or more whole years before. */
export function sameSpanEarlier(later: Pick<ValidObservation, 'period' | 'coverage'>, earlier: Pick<ValidObservation, 'period' | 'coverage'>): boolean {
  const a = spanOf(later);
  const b = spanOf(earlier);
  return !!a && !!b && comparable(later, earlier) && b.startMonth < a.startMonth && (a.startMonth - b.startMonth) % 12 === 0;
}

/**
 * The months a partial figure covers, without the year its period already names:
 * "ene–mar" / "Jan–Mar" (short), "enero a marzo" / "January to March" (long).
 * A coverage that crosses a year is written in full.
 */
export function coverageText(o: Pick<ValidObservation, 'coverage'>, info: LocaleInfo, width: 'short' | 'long' = 'short'): string {
  const c = o.coverage === undefined ? null : parsePeriod(o.coverage);
  if (!c) return '';
  const first = c.startMonth;
  const last = c.endMonth - 1;
  if (Math.floor(first / 12) !== Math.floor(last / 12)) return formatPeriod(c, info, width);
  const a = monthName((first % 12) + 1, info.locale, width);
  if (first === last) return a;
  const b = monthName((last % 12) + 1, info.locale, width);
  return width === 'short' ? `${a}\u2013${b}` : `${a}${info.lang === 'es' ? ' a ' : ' to '}${b}`;
}

/**
 * A period as a sentence or label uses it, with what qualifies the figure in the same
 * words: "2016 (ene–mar, preliminar)", "2015 (preliminary)", "2014".
 */
export function periodWithQualifiers(
  o: Pick<ValidObservation, 'coverage' | 'status'>,
  period: Period,
  info: LocaleInfo,
  width: 'short' | 'long' = 'short',
): string {
  return formatPeriod(period, info, period.range ? 'short' : width) + qualifiersText(o, info, width);
}

/** What qualifies a figure, in parentheses after it: " (ene–mar, preliminar)", " (estimated)", or nothing. */
export function qualifiersText(o: Pick<ValidObservation, 'coverage' | 'status'>, info: LocaleInfo, width: 'short' | 'long' = 'short'): string {
  const notes = [coverageText(o, info, width), isProvisional(o) ? msg(info.lang, o.status as 'preliminary' | 'estimated') : ''].filter(Boolean);
  return notes.length ? ` (${notes.join(', ')})` : '';
}
