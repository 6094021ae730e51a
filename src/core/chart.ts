/**
 * The chart model: which series are shown, each point's place in time (the middle of
 * its period, in fractional years) and value, the domains, and the table's rows.
 * Pure data, so the element only draws and the rules are tested without a browser.
 */
import { formatPeriod, parsePeriod, periodAt, periodOf, periodKey, type Granularity, type Period } from './period.js';
import type { LocaleInfo } from './format.js';
import type { ValidIndicator, ValidObservation, ValidSeries } from './schema.js';
import { textIn } from './text.js';

export interface ChartPoint {
  readonly period: Period;
  readonly observation: ValidObservation;
  /** Middle of the period, in fractional years. */
  readonly x: number;
  /** `null` where the value is missing: the line breaks there. */
  readonly y: number | null;
}

export interface ChartSeries {
  /** The series' id, else its geo code, else its position ("1", "2", …). */
  readonly key: string;
  readonly label: string;
  /** Every observation, sorted by period (nulls included). */
  readonly points: readonly ChartPoint[];
  /** How many points have a value. */
  readonly valid: number;
  readonly source: ValidSeries;
}

export interface ChartModel {
  readonly series: readonly ChartSeries[];
  /** From the start of the first period to the end of the last, in fractional years. */
  readonly xDomain: readonly [number, number];
  /** Zero-based for rates, counts and percents; includes bands and the reference. */
  readonly yDomain: readonly [number, number];
  /** The finest granularity among the shown periods. */
  readonly granularity: Granularity;
  /** Periods with at least one value, sorted: the table's rows. */
  readonly rows: readonly Period[];
  /** The reference value drawn, if any. */
  readonly reference: number | null;
}

/** The key a `series` attribute matches: id, else geo code, else 1-based position. */
export function seriesKey(s: ValidSeries, index: number): string {
  return s.id ?? s.geo?.code ?? String(index + 1);
}

/** A series' name: its label, else its place, else its id, else "1", "2", …. */
export function seriesLabel(s: ValidSeries, index: number, info: LocaleInfo, docLang?: string): string {
  return textIn(s.label ?? s.geo?.name, info.locale, docLang) || s.id || String(index + 1);
}

/** A `series` (or `highlight`, `compare`) attribute ("01, MX") as its keys. */
export function seriesKeys(wanted: string | null | undefined): string[] {
  return (wanted ?? '').split(',').map((k) => k.trim()).filter(Boolean);
}

/**
 * Parses a `series` attribute ("01, MX") into keys; `null` or empty means all.
 * Keys that match nothing are ignored; if none match, every series is shown
 * rather than an empty chart.
 */
export function selectSeries(doc: ValidIndicator, wanted: string | null | undefined): { series: ValidSeries; index: number }[] {
  const all = doc.series.map((series, index) => ({ series, index }));
  const keys = seriesKeys(wanted);
  if (keys.length === 0) return all;
  const chosen = keys.flatMap((k) => all.filter((s) => matchesKey(s.series, s.index, k)));
  const unique = [...new Set(chosen)];
  return unique.length > 0 ? unique : all;
}

/** The keys of a `series` attribute that match no series of the document. */
export function unknownSeries(doc: ValidIndicator, wanted: string | null | undefined): string[] {
  return seriesKeys(wanted).filter((k) => !doc.series.some((s, i) => matchesKey(s, i, k)));
}

/** True when an attribute's key names this series: its key (id, else geo code, else position) or its geo code. */
export function matchesKey(s: ValidSeries, index: number, key: string): boolean {
  return seriesKey(s, index) === key || s.geo?.code === key;
}

const RANK = new Set(['rank']);
const GRAIN: Readonly<Record<Granularity, number>> = { month: 0, quarter: 1, year: 2 };

export function chartModel(
  doc: ValidIndicator,
  options: { series?: string | null; reference?: number | null; info: LocaleInfo },
): ChartModel {
  const series: ChartSeries[] = selectSeries(doc, options.series).map(({ series: s, index }) => {
    const points = s.observations.map((observation) => {
      const period = periodOf(observation);
      const y = typeof observation.value === 'number' && Number.isFinite(observation.value) ? observation.value : null;
      return { period, observation, x: period.mid, y };
    });
    return {
      key: seriesKey(s, index),
      label: seriesLabel(s, index, options.info, doc.lang),
      points,
      valid: points.reduce((n, p) => n + (p.y === null ? 0 : 1), 0),
      source: s,
    };
  });

  let x0 = Infinity;
  let x1 = -Infinity;
  let y0 = Infinity;
  let y1 = -Infinity;
  let grain: Granularity = 'year';
  const rowMap = new Map<number, Period>();
  for (const s of series) {
    for (const p of s.points) {
      x0 = Math.min(x0, p.period.start);
      x1 = Math.max(x1, p.period.end);
      if (GRAIN[p.period.granularity] < GRAIN[grain]) grain = p.period.granularity;
      // Bands are drawn even around a missing value, so they count for the domain too.
      if (p.y !== null) rowMap.set(periodKey(p.period), p.period);
      for (const v of [p.y, p.observation.lower, p.observation.upper]) {
        if (typeof v === 'number') {
          y0 = Math.min(y0, v);
          y1 = Math.max(y1, v);
        }
      }
    }
  }
  const reference = options.reference ?? doc.reference?.value ?? null;
  if (reference !== null && Number.isFinite(reference)) {
    y0 = Math.min(y0, reference);
    y1 = Math.max(y1, reference);
  }
  if (!Number.isFinite(x0)) {
    x0 = 0;
    x1 = 1;
  }
  if (!Number.isFinite(y0)) {
    y0 = 0;
    y1 = 1;
  }
  let yDomain: [number, number];
  if (RANK.has(doc.unit.type)) {
    // Rank 1 at the top.
    const outOf = doc.unit.type === 'rank' && doc.unit.outOf ? doc.unit.outOf : y1;
    yDomain = [Math.max(outOf, y1), 1];
  } else {
    // Rates, counts and percents start at zero, so a line's height is proportional to its value.
    const low = Math.min(0, y0);
    const high = Math.max(0, y1);
    yDomain = [low, high > low ? high : low + 1];
  }
  const rows = [...rowMap.values()].sort((a, b) => a.startMonth - b.startMonth || a.endMonth - b.endMonth);
  return { series, xDomain: [x0, x1], yDomain, granularity: grain, rows, reference };
}

/** "1990–2008": the time the shown values span, for the chart's name (ranges are opened up, never joined twice). */
export function chartSpan(model: ChartModel, info: LocaleInfo, width: 'short' | 'long' = 'short'): string {
  const span = coveredSpan(model);
  if (!span) return '';
  const a = formatPeriod(span.first, info, width);
  const b = formatPeriod(span.last, info, width);
  return a === b ? a : width === 'long' ? `${a}${info.lang === 'es' ? ' a ' : ' to '}${b}` : `${a}\u2013${b}`;
}

/**
 * The first and last periods the values really cover, at the chart's granularity: a partial
 * last figure ("2016", January to March) ends the span in March, never in December.
 */
export function coveredSpan(model: ChartModel): { first: Period; last: Period } | null {
  const g = model.granularity;
  const unit = g === 'month' ? 1 : g === 'quarter' ? 3 : 12;
  let startMonth = Infinity;
  let endMonth = -Infinity;
  for (const s of model.series) {
    for (const p of s.points) {
      if (p.y === null) continue;
      const span = p.observation.coverage === undefined ? p.period : parsePeriod(p.observation.coverage) ?? p.period;
      startMonth = Math.min(startMonth, span.startMonth);
      endMonth = Math.max(endMonth, span.endMonth);
    }
  }
  if (!Number.isFinite(startMonth)) return null;
  return { first: periodAt(startMonth - (startMonth % unit), g), last: periodAt(endMonth - 1 - ((endMonth - 1) % unit), g) };
}

/** More rows than this are not filled in between (a span no table can page through). */
const MAX_FILLED_ROWS = 100_000;

/**
 * The data table's rows: every period of the chart's span at each granularity it shows
 * (a month, quarter or year with no observation, or only nulls, is a row that says "sin
 * datos"), plus every other period observed (ranges), sorted. The table never jumps from
 * "dic 2014" to "abr 2015" while the keyboard says "enero de 2015: sin datos" (DESIGN §5).
 */
export function tableRows(model: ChartModel): Period[] {
  const rows = new Map<number, Period>();
  const spans = new Map<Granularity, { first: number; last: number }>();
  for (const s of model.series) {
    for (const p of s.points) {
      rows.set(periodKey(p.period), p.period);
      if (p.period.range) continue;
      const g = p.period.granularity;
      const span = spans.get(g) ?? { first: p.period.startMonth, last: p.period.startMonth };
      span.first = Math.min(span.first, p.period.startMonth);
      span.last = Math.max(span.last, p.period.startMonth);
      spans.set(g, span);
    }
  }
  for (const [g, { first, last }] of spans) {
    const step = g === 'month' ? 1 : g === 'quarter' ? 3 : 12;
    if ((last - first) / step > MAX_FILLED_ROWS) continue;
    for (let m = first; m <= last; m += step) {
      const p = periodAt(m, g);
      const key = periodKey(p);
      if (!rows.has(key)) rows.set(key, p);
    }
  }
  return [...rows.values()].sort((a, b) => a.startMonth - b.startMonth || a.endMonth - b.endMonth);
}

/**
 * The period most series have a complete value for, the latest among equals, with how many
 * have it: where a many-series summary and the grid name the highest and lowest places
 * (a partial figure is never compared with whole ones). `null` without any value.
 */
export function mostSharedPeriod(series: readonly ChartSeries[]): { period: Period; n: number } | null {
  const counts = new Map<number, { period: Period; n: number }>();
  for (const s of series) {
    for (const p of s.points) {
      if (p.y === null || p.observation.coverage !== undefined) continue;
      const key = periodKey(p.period);
      const c = counts.get(key) ?? { period: p.period, n: 0 };
      c.n++;
      counts.set(key, c);
    }
  }
  return [...counts.values()].sort((a, b) => b.n - a.n || b.period.startMonth - a.period.startMonth || b.period.endMonth - a.period.endMonth)[0] ?? null;
}
