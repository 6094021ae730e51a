/**
 * Small multiples, `<crime-rate-trend layout="grid">` (DESIGN §1a): from a chart model of
 * many series, one panel per series, in the order asked for (`sort`), with a shared or a
 * free y domain (`y-scale`), the number of columns for a width (`columns`), each panel's
 * label (its place and last value), and the grid's one summary in words. The `compare`
 * series (e.g. the national `MX`) is no panel of its own: it is returned apart, to be
 * drawn in grey in every panel, and every panel's y domain holds it. Pure, tested in Node.
 */
import { mostSharedPeriod, type ChartModel, type ChartPoint, type ChartSeries } from './chart.js';
import { formatPeriod, periodKey, type Period } from './period.js';
import type { LocaleInfo } from './format.js';
import { msg } from './messages/trend.js';
import type { ValidIndicator } from './schema.js';
import { capitalize, formatValue, headline, type Headline } from './summary.js';

export type GridSort = 'document' | 'name' | 'latest' | 'change';
export type GridYScale = 'shared' | 'free';

/** Columns are about this wide when the `columns` attribute does not say. */
export const PANEL_WIDTH = 160;
/** Under this width, two columns whatever fits. */
export const NARROW = 420;

export interface GridOptions {
  readonly info: LocaleInfo;
  readonly decimals: number;
  /** The `sort` attribute: `name`, `latest` or `change`; anything else keeps the document's order. */
  readonly sort?: string | null;
  /** The `y-scale` attribute: `free`, else `shared`. */
  readonly yScale?: string | null;
  /** The `columns` attribute: a whole number ≥ 1; else as many ~160 px columns as fit the width. */
  readonly columns?: number | string | null;
  /** The grid's width in pixels. */
  readonly width: number;
  /** The `compare` attribute: the id or geo code of the series drawn in every panel. */
  readonly compare?: string | null;
  /** The periods of the headline changes (`from`, `to`), as on the chart. */
  readonly from?: string | null;
  readonly to?: string | null;
}

export interface PanelLabel {
  /** "Chihuahua". */
  readonly place: string;
  /** The last value as written ("76.4"); empty when the series has none. */
  readonly value: string;
  /** The last value's period ("2008"); empty when it has none. */
  readonly period: string;
  /** "Chihuahua 76.4", with the period in brackets when it is older than the other panels' latest ("Yucatán 2.6 (2007)"). */
  readonly text: string;
}

export interface GridPanel {
  /** The series' key (id, else geo code, else position). */
  readonly key: string;
  /** Its index in the model. */
  readonly index: number;
  readonly series: ChartSeries;
  readonly label: PanelLabel;
  /** The last point with a value, or `null`. */
  readonly last: ChartPoint | null;
  /** The comparable headline change (core/summary.ts), or `null`. */
  readonly headline: Headline | null;
  /** Its percent change, or `null` when there is none (not comparable, or from zero). */
  readonly change: number | null;
  /** The panel's y domain: the grid's when shared, else its own (with the compare series and the reference). */
  readonly yDomain: readonly [number, number];
}

export interface Grid {
  /** The panels, in order. */
  readonly panels: readonly GridPanel[];
  /** The series drawn in every panel, if any, and its index in the model. */
  readonly compare: ChartSeries | null;
  readonly compareIndex: number;
  readonly columns: number;
  readonly rows: number;
  readonly sort: GridSort;
  readonly yScale: GridYScale;
  /** The shared y domain (also each panel's when `yScale` is `shared`). */
  readonly yDomain: readonly [number, number];
  /** The period most panels have a complete value for (the latest of those, on a tie): the one the summary's highest and lowest speak of. */
  readonly period: Period | null;
  /** "En 2008, Chihuahua tiene la tasa más alta (76.4) y Yucatán la más baja (2.6); de 1990 a 2008 subió en 20 de 32 entidades y bajó en 12." */
  readonly summary: string;
}

/** The `sort` attribute as a sort order; an unknown value keeps the document's order. */
export function gridSort(value: string | null | undefined): GridSort {
  const v = (value ?? '').trim().toLowerCase();
  return v === 'name' || v === 'latest' || v === 'change' ? v : 'document';
}

/** The `y-scale` attribute: `free`, else `shared`. */
export function gridYScale(value: string | null | undefined): GridYScale {
  return (value ?? '').trim().toLowerCase() === 'free' ? 'free' : 'shared';
}

/**
 * How many columns: the `columns` attribute when it is a whole number ≥ 1, else as many
 * ~160 px columns as fit the width, and 2 under 420 px; never more than there are panels.
 */
export function gridColumns(width: number, panels: number, columns?: number | string | null): number {
  const asked = typeof columns === 'string' && columns.trim() !== '' ? Number(columns) : columns;
  const n = typeof asked === 'number' && Number.isInteger(asked) && asked >= 1
    ? asked
    : !(width > 0) ? 1 : width < NARROW ? 2 : Math.max(1, Math.floor(width / PANEL_WIDTH));
  return Math.max(1, Math.min(n, Math.max(1, panels)));
}

function lastPoint(s: ChartSeries): ChartPoint | null {
  for (let i = s.points.length - 1; i >= 0; i--) if (s.points[i]!.y !== null) return s.points[i]!;
  return null;
}

/** A y domain over some series (values and bands) and the reference: zero-based for rates, counts and percents; rank 1 at the top. */
function domainOf(doc: ValidIndicator, series: readonly ChartSeries[], reference: number | null): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const s of series) {
    for (const p of s.points) {
      for (const v of [p.y, p.observation.lower, p.observation.upper]) {
        if (typeof v === 'number' && Number.isFinite(v)) {
          lo = Math.min(lo, v);
          hi = Math.max(hi, v);
        }
      }
    }
  }
  if (reference !== null && Number.isFinite(reference)) {
    lo = Math.min(lo, reference);
    hi = Math.max(hi, reference);
  }
  if (!Number.isFinite(lo)) {
    lo = 0;
    hi = 1;
  }
  if (doc.unit.type === 'rank') return [Math.max(doc.unit.outOf ?? hi, hi), 1];
  const low = Math.min(0, lo);
  const high = Math.max(0, hi);
  return [low, high > low ? high : low + 1];
}

/** The words for the places the panels are: "entidades"/"states" when all are states, and so on. */
function placesWord(panels: readonly GridPanel[], lang: LocaleInfo['lang']): string {
  const levels = new Set(panels.map((p) => p.series.source.geo?.level));
  const level = levels.size === 1 ? [...levels][0] : undefined;
  return msg(lang, level === 'state' ? 'grid.places.state' : level === 'municipality' ? 'grid.places.municipality' : 'grid.places.other');
}

/** The latest period the most panels have a complete value for (a partial figure is not compared with whole ones). */
function sharedPeriod(series: readonly ChartSeries[]): Period | null {
  return mostSharedPeriod(series)?.period ?? null;
}

/** The grid's one summary: highest and lowest at the shared period, then how many rose and fell. */
function gridSummary(doc: ValidIndicator, panels: readonly GridPanel[], period: Period | null, o: GridOptions): string {
  const { info, decimals } = o;
  const show = (v: number): string => formatValue(v, doc.unit, info, decimals) ?? '';
  const clauses: string[] = [];
  if (period && panels.length >= 2) {
    const at = panels.flatMap((panel) => panel.series.points
      .filter((p) => p.y !== null && p.observation.coverage === undefined && periodKey(p.period) === periodKey(period))
      .map((p) => ({ place: panel.label.place, y: p.y! })));
    if (at.length >= 2) {
      // Rank 1 is the best: the "highest" of a rank is its smallest number.
      const better = doc.unit.type === 'rank' ? (a: number, b: number) => a < b : (a: number, b: number) => a > b;
      const high = at.reduce((a, b) => (better(b.y, a.y) ? b : a));
      const low = at.reduce((a, b) => (better(a.y, b.y) ? b : a));
      const extremes = msg(info.lang, `grid.extremes.${doc.unit.type}`, { high: high.place, highValue: show(high.y), low: low.place, lowValue: show(low.y) });
      clauses.push(msg(info.lang, 'grid.at', { period: formatPeriod(period, info, 'long'), sentence: extremes }));
    }
  }
  const moved = panels.filter((p): p is GridPanel & { headline: Headline } => p.headline !== null && p.headline.comparable);
  if (moved.length >= 2) {
    let up = 0;
    let down = 0;
    let same = 0;
    for (const { headline: h } of moved) {
      // As the sentences say it: a change that the shown figures do not show is no change.
      if (show(h.from.observation.value) === show(h.to.observation.value) && !h.approximate) same++;
      else if (h.to.observation.value > h.from.observation.value) up++;
      else down++;
    }
    const first = moved[0]!.headline;
    const oneSpan = moved.every(({ headline: h }) => h.from.period.text === first.from.period.text && h.to.period.text === first.to.period.text);
    const span = oneSpan ? msg(info.lang, 'grid.span', { start: formatPeriod(first.from.period, info, 'long'), end: formatPeriod(first.to.period, info, 'long') }) : '';
    const params = { span, up, down, same, count: moved.length, places: placesWord(panels, info.lang) };
    clauses.push(msg(info.lang, same ? 'grid.movesSame' : 'grid.moves', params));
  }
  return clauses.length ? `${capitalize(clauses.join('; '), info.locale)}.` : '';
}

/** The grid of a chart model: panels in order, their domains and labels, the columns for a width, and the summary. */
export function chartGrid(doc: ValidIndicator, model: ChartModel, o: GridOptions): Grid {
  const { info, decimals } = o;
  const sort = gridSort(o.sort);
  const yScale = gridYScale(o.yScale);
  const wanted = (o.compare ?? '').trim();
  const compareIndex = wanted ? model.series.findIndex((s) => s.key === wanted || s.source.geo?.code === wanted) : -1;
  const compare = compareIndex >= 0 ? model.series[compareIndex]! : null;
  const members = model.series.map((series, index) => ({ series, index })).filter(({ index }) => index !== compareIndex);
  const shared = domainOf(doc, compare ? [...members.map((m) => m.series), compare] : members.map((m) => m.series), model.reference);

  const draft = members.map(({ series, index }) => {
    const last = lastPoint(series);
    const h = headline(series.source.observations, o.from, o.to);
    return { series, index, last, headline: h, change: h?.comparable ? h.change : null };
  });
  const period = sharedPeriod(draft.map((d) => d.series));
  // A label says its period only when it is older than the latest of the grid's last values.
  const latest = draft.reduce<Period | null>((a, d) => (d.last && (!a || d.last.period.endMonth > a.endMonth || (d.last.period.endMonth === a.endMonth && d.last.period.startMonth > a.startMonth)) ? d.last.period : a), null);
  const panels: GridPanel[] = draft.map((d) => {
    const value = d.last ? formatValue(d.last.y, doc.unit, info, decimals) ?? '' : '';
    const when = d.last ? formatPeriod(d.last.period, info) : '';
    const stale = d.last !== null && latest !== null && periodKey(d.last.period) !== periodKey(latest);
    const label: PanelLabel = {
      place: d.series.label,
      value,
      period: when,
      text: value ? `${d.series.label} ${value}${stale ? ` (${when})` : ''}` : d.series.label,
    };
    return {
      key: d.series.key,
      index: d.index,
      series: d.series,
      label,
      last: d.last,
      headline: d.headline,
      change: d.change,
      yDomain: yScale === 'shared' ? shared : domainOf(doc, compare ? [d.series, compare] : [d.series], model.reference),
    };
  });

  const collator = new Intl.Collator(info.locale, { sensitivity: 'base', numeric: true });
  // Highest first for `latest` and `change`; panels with nothing to sort by go last, in document order.
  const byNumber = (pick: (p: GridPanel) => number | null) => (a: GridPanel, b: GridPanel): number => {
    const x = pick(a);
    const y = pick(b);
    if (x === null || y === null) return x === null ? (y === null ? a.index - b.index : 1) : -1;
    return y - x || a.index - b.index;
  };
  // For ranks the best (1) comes first.
  const best = doc.unit.type === 'rank' ? -1 : 1;
  const ordered = sort === 'name'
    ? [...panels].sort((a, b) => collator.compare(a.label.place, b.label.place) || a.index - b.index)
    : sort === 'latest'
      ? [...panels].sort(byNumber((p) => (p.last?.y == null ? null : best * p.last.y)))
      : sort === 'change'
        ? [...panels].sort(byNumber((p) => p.change))
        : panels;

  const columns = gridColumns(o.width, ordered.length, o.columns);
  return {
    panels: ordered,
    compare,
    compareIndex,
    columns,
    rows: Math.ceil(ordered.length / columns),
    sort,
    yScale,
    yDomain: shared,
    period,
    summary: gridSummary(doc, ordered, period, o),
  };
}
