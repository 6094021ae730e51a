/**
 * The trend chart's layout, computed once per model and size, before anything is
 * drawn: scales and ticks (d3-scale), margins, the paths of lines and bands (d3-shape),
 * markers, end labels pushed apart, reference and annotations. Pure: the element turns
 * a layout into SVG and never measures or decides anything while rendering.
 *
 * A document whose values no scale can hold gives a `LayoutFailure` (the element
 * reports it as `E_RENDER`), never a flattened or wrong chart.
 */
import { scaleIdentity } from 'd3-scale';
import { area, line } from 'd3-shape';
import { matchesKey, type ChartModel, type ChartPoint, type ChartSeries } from './chart.js';
import { isPartial, isProvisional } from './comparable.js';
import { downsampleIndices } from './downsample.js';
import { formatTick, type LocaleInfo } from './format.js';
import { formatPeriod, periodAt, timeTicks, type Period } from './period.js';
import type { UnitType } from './schema.js';

/** Average advance of one label character at the chart's 12–13 px, for margins and collisions. */
export const CHAR_WIDTH = 7;
/** Marker shapes and end labels tell series apart without colour; dashes are kept for provisional figures. */
export const MARKERS = ['circle', 'square', 'triangle', 'diamond', 'cross'] as const;
export type MarkerShape = (typeof MARKERS)[number];

export interface Size {
  readonly width: number;
  readonly height: number;
}

export interface Tick {
  readonly value: number;
  readonly label: string;
  /** Pixel position along its axis. */
  readonly at: number;
}

export interface Marker {
  readonly x: number;
  readonly y: number;
  /** Preliminary or estimated: drawn hollow. */
  readonly hollow: boolean;
}

export interface SeriesLayout {
  /** Index in the model. */
  readonly index: number;
  readonly key: string;
  readonly role: Role;
  /** The line through final figures. */
  readonly line: string;
  /** The segments that join a preliminary, estimated or partial figure: drawn dashed. */
  readonly provisional: string;
  readonly band: string | null;
  readonly shape: MarkerShape;
  readonly markers: readonly Marker[];
}

export interface EndLabel {
  readonly index: number;
  readonly x: number;
  readonly y: number;
  /** The series' name, when several are drawn and names fit; else empty. */
  readonly name: string;
  /** The last value, as written ("12.8"). */
  readonly value: string;
}

export interface ChartLayout extends Size {
  readonly margin: { readonly top: number; readonly right: number; readonly bottom: number; readonly left: number };
  readonly plotWidth: number;
  /** The x axis' pixel row. */
  readonly bottom: number;
  /** Time in fractional years → pixels. */
  readonly x: (v: number) => number;
  /** Value → pixels. */
  readonly y: (v: number) => number;
  readonly yTicks: readonly Tick[];
  readonly xTicks: readonly Tick[];
  readonly series: readonly SeriesLayout[];
  /** Each line's last value at its end, with the series' name when several are drawn and names fit (else a legend names them). */
  readonly endLabels: readonly EndLabel[];
  readonly legend: boolean;
  /** Some segment is dashed: the key explains it. */
  readonly hasProvisional: boolean;
  readonly reference: { readonly y: number } | null;
  readonly annotations: readonly { readonly x: number; readonly label: string; readonly end: boolean }[];
}

export interface LayoutFailure {
  readonly failure: string;
}

export interface LayoutOptions {
  readonly info: LocaleInfo;
  readonly unit: UnitType;
  readonly annotations: readonly { readonly period: Period; readonly label: string }[];
  readonly showPoints: boolean;
  /** A value as the chart writes it at a line's end ("12.8"); default: the tick format. */
  readonly format?: (v: number) => string;
  /** Keys of the series drawn in the accent colours (the `highlight` attribute); the others are context, in grey. */
  readonly highlight?: readonly string[];
  /**
   * A small multiple of `layout="grid"` (~160 px wide, DESIGN §1a): 2–3 y ticks, only the first
   * and last period on the x axis, no end labels and no legend (the panel's label above it names
   * the place and its last value), tight margins. The y labels sit inside the plot, over their
   * grid lines (the element draws them there), so every panel of a row has the same plot box.
   */
  readonly compact?: boolean;
  /** With `compact`: the y ticks carry labels (default); false for panels that lean on the first column's. */
  readonly yLabels?: boolean;
}

/** How a series is drawn: in an accent colour (`slot` 0–4), or as neutral context. */
export type Role = { readonly accent: true; readonly slot: number } | { readonly accent: false };

/**
 * Series roles (DESIGN §1 `highlight`): highlighted series in accent colours, the rest
 * neutral grey. Without `highlight`, a country-level series beside places of another
 * level (the national reference among states) is context; every other series is accent.
 */
export function seriesRoles(model: ChartModel, highlight: readonly string[] = []): Role[] {
  const levels = new Set(model.series.map((s) => s.source.geo?.level));
  const reference = (s: ChartSeries) => levels.size > 1 && s.source.geo?.level === 'country';
  const accent = (s: ChartSeries, i: number) => (highlight.length ? highlight.some((k) => matchesKey(s.source, i, k)) : !reference(s));
  let slot = 0;
  return model.series.map((s, i) => (accent(s, i) ? { accent: true, slot: slot++ % 5 } : { accent: false }));
}

/** True for a point whose figure is preliminary, estimated or partial: its segments are dashed. */
export function provisional(p: ChartPoint): boolean {
  return isProvisional(p.observation) || isPartial(p.observation);
}

/** A straight line through (d0, r0) and (d1, r1): a domain value → pixels. A flat domain maps to the middle. */
export function linearMap(domain: readonly [number, number], range: readonly [number, number]): (v: number) => number {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  if (d1 === d0) return () => (r0 + r1) / 2;
  // Divide first: for subnormal domains (5e-324) a precomputed slope would overflow to Infinity.
  const span = d1 - d0;
  const size = r1 - r0;
  return (v) => r0 + ((v - d0) / span) * size;
}

/** Several series are named at their lines' ends when the longest name fits in 30 % of the width; else a legend names them. */
export function endLabelsFit(model: ChartModel, width: number): boolean {
  return model.series.length > 1 && Math.max(...model.series.map((s) => s.label.length)) * CHAR_WIDTH + 8 <= width * 0.3;
}

/**
 * The y axis: a nice domain and 4–6 ticks whatever the height (3 on a very short plot),
 * from d3-scale (scaleIdentity: no d3-interpolate or d3-color); `few`, a small multiple's 2–3.
 */
export function yAxis(domain: readonly [number, number], height: number, few = false): { domain: [number, number]; ticks: number[]; decimals: number } {
  if (few) return fewTicks(domain);
  const counts = height < 120 ? [3, 4, 2] : [5, 4, 6, 3, 7];
  let best: { domain: [number, number]; ticks: number[] } | null = null;
  for (const count of counts) {
    const nice = scaleIdentity().domain([...domain]).nice(count);
    const ticks = nice.ticks(count);
    best ??= { domain: nice.domain() as [number, number], ticks };
    if (height < 120 ? ticks.length >= 2 && ticks.length <= 4 : ticks.length >= 4 && ticks.length <= 6) {
      best = { domain: nice.domain() as [number, number], ticks };
      break;
    }
  }
  const { ticks } = best!;
  const step = ticks.length > 1 ? Math.abs(ticks[1]! - ticks[0]!) : 1;
  const decimals = Math.min(4, Math.max(0, Math.ceil(-Math.log10(step) - 1e-9)));
  return { domain: best!.domain, ticks, decimals };
}

/**
 * A small multiple's y axis: a domain as tight as 4–5 nice ticks make it (0–80 for a top
 * of 76.4, not 0–100), labelled at 2–3 of them spaced evenly (0, 40, 80).
 */
function fewTicks(domain: readonly [number, number]): { domain: [number, number]; ticks: number[]; decimals: number } {
  const nice = scaleIdentity().domain([...domain]).nice(4);
  const all = nice.ticks(4);
  const gaps = all.length - 1;
  let ticks = all;
  if (gaps > 2) {
    const stride = [2, 3, 4, 5, 6].find((k) => gaps % k === 0 && gaps / k <= 2);
    ticks = stride ? all.filter((_, i) => i % stride === 0) : [all[0]!, all[gaps]!];
  }
  const step = ticks.length > 1 ? Math.abs(ticks[1]! - ticks[0]!) : 1;
  const decimals = Math.min(4, Math.max(0, Math.ceil(-Math.log10(step) - 1e-9)));
  return { domain: nice.domain() as [number, number], ticks, decimals };
}

/**
 * The x axis always names the first and the last period (the last is the news); ticks
 * in between that would crowd them (closer than `gap` pixels) are dropped.
 */
export function xAxisWithEnds(ticks: readonly Tick[], first: Tick, last: Tick, gap: number): Tick[] {
  const inner = ticks.filter((t) => t.at - first.at >= gap && last.at - t.at >= gap);
  return first.at === last.at ? [last] : [first, ...inner, last];
}

/** Points to draw: every point, or about one per pixel for long series, each bucket's extremes and gaps kept. */
export function reducedPoints(s: ChartSeries, plotWidth: number): readonly ChartPoint[] {
  if (s.points.length <= plotWidth) return s.points;
  return downsampleIndices(s.points, plotWidth).map((i) => s.points[i]!);
}

/**
 * Points that get a marker where a line cannot show them: isolated points, preliminary
 * or estimated ones, or all with `showPoints` (up to 500).
 */
export function markedPoints(s: ChartSeries, showPoints: boolean): ChartPoint[] {
  const points = s.points;
  const all = showPoints && points.length <= 500;
  const out: ChartPoint[] = [];
  for (let i = 0; i < points.length; i++) {
    const p = points[i]!;
    if (p.y === null) continue;
    if (all || isProvisional(p.observation) || ((points[i - 1]?.y ?? null) === null && (points[i + 1]?.y ?? null) === null)) out.push(p);
  }
  return out;
}

/**
 * Labels at each line's last point: its value, and its name when `named`; pushed apart
 * (14 px) so they never overlap, and kept above the bottom.
 */
export function placeEndLabels(
  model: ChartModel,
  x: (v: number) => number,
  y: (v: number) => number,
  left: number,
  lowest: number,
  format: (v: number) => string = String,
  named = true,
): EndLabel[] {
  const items = model.series.flatMap((s, index) => {
    let last: ChartPoint | undefined;
    for (let i = s.points.length - 1; i >= 0 && !last; i--) if (s.points[i]!.y !== null) last = s.points[i];
    return last ? [{ index, x: Math.min(left, x(last.x) + 6), y: y(last.y!), name: named ? s.label : '', value: format(last.y!) }] : [];
  }).sort((a, b) => a.y - b.y);
  for (let i = 1; i < items.length; i++) items[i]!.y = Math.max(items[i]!.y, items[i - 1]!.y + 14);
  for (let i = items.length - 1; i >= 0; i--) items[i]!.y = Math.min(items[i]!.y, i === items.length - 1 ? lowest : items[i + 1]!.y - 14);
  return items;
}

/** The dashed segments: each that joins a preliminary, estimated or partial figure, as "M…L…" moves. */
function provisionalPath(points: readonly ChartPoint[], x: (v: number) => number, y: (v: number) => number): string {
  let d = '';
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!;
    const b = points[i]!;
    if (a.y !== null && b.y !== null && (provisional(a) || provisional(b))) d += `M${x(a.x)},${y(a.y)}L${x(b.x)},${y(b.y)}`;
  }
  return d;
}

/** The whole layout of a chart model at a size, or why it cannot be drawn. */
export function chartLayout(model: ChartModel, size: Size, options: LayoutOptions): ChartLayout | LayoutFailure {
  const { width, height } = size;
  const compact = options.compact === true;
  const named = !compact && endLabelsFit(model, width);
  const axis = yAxis(model.yDomain, height, compact);
  const [yFrom, yTo] = axis.domain;
  // A span beyond what a double holds would flatten every point onto the axis: refuse, never draw it wrong.
  if (!Number.isFinite(yTo - yFrom) || !Number.isFinite(yFrom) || !Number.isFinite(yTo)) return { failure: 'the values span more than a number can hold' };
  const yLabels = axis.ticks.map((v) => (compact && options.yLabels === false ? '' : formatTick(v, options.info.locale, axis.decimals, options.unit === 'percent')));
  const format = options.format ?? ((v: number) => formatTick(v, options.info.locale, axis.decimals, options.unit === 'percent'));
  const lastValues = model.series.map((s) => {
    for (let i = s.points.length - 1; i >= 0; i--) if (s.points[i]!.y !== null) return format(s.points[i]!.y!);
    return '';
  });
  const endText = Math.max(0, ...model.series.map((s, i) => (named ? s.label.length + 1 : 0) + lastValues[i]!.length));
  const legendRows = model.series.length > 1 && !named && !compact ? 18 : 0;
  // A small multiple: room above the top grid line for its label, below for the first and last period.
  const margin = compact ? { top: 14, right: 4, bottom: 18, left: 4 } : {
    top: 8 + legendRows + (options.annotations.length ? 18 : 0),
    right: 8 + Math.min(width * 0.3, endText * CHAR_WIDTH + 8),
    bottom: 24,
    // Room for the widest y label with a reader's own letter spacing (WCAG 1.4.12: +0.12em a
    // character), never more than 45 % of the width (and no -Infinity when there are no ticks).
    left: Math.min(width * 0.45, 8 + Math.max(0, ...yLabels.map((l) => l.length)) * (CHAR_WIDTH + 1.5)),
  };
  const plotWidth = Math.max(10, width - margin.left - margin.right);
  const bottom = Math.max(margin.top + 10, height - margin.bottom);
  const x = linearMap(model.xDomain, [margin.left, margin.left + plotWidth]);
  const y = linearMap([yFrom, yTo], [bottom, margin.top]);
  const xTickCount = Math.max(2, Math.floor(plotWidth / (model.granularity === 'year' ? 56 : 72)));
  const unit = model.granularity === 'month' ? 1 : model.granularity === 'quarter' ? 3 : 12;
  const spaced = timeTicks(model.xDomain[0], model.xDomain[1], xTickCount, model.granularity, options.info).map((t) => ({ ...t, at: x(t.value) }));
  const end = (month: number): Tick => {
    const p = periodAt(month - (month % unit), model.granularity);
    return { value: p.mid, label: formatPeriod(p, options.info), at: x(p.mid) };
  };
  const firstMonth = Math.round(model.xDomain[0] * 12);
  const lastMonth = Math.round(model.xDomain[1] * 12) - 1;
  const xTicks = model.series.length ? xAxisWithEnds(spaced, end(firstMonth), end(lastMonth), compact ? Infinity : model.granularity === 'year' ? 40 : 64) : spaced;

  const lineGen = line<ChartPoint>().defined((p) => p.y !== null).x((p) => x(p.x)).y((p) => y(p.y!));
  const bandGen = area<ChartPoint>()
    .defined((p) => typeof p.observation.lower === 'number' && typeof p.observation.upper === 'number')
    .x((p) => x(p.x)).y0((p) => y(p.observation.lower!)).y1((p) => y(p.observation.upper!));

  const roles = seriesRoles(model, options.highlight);
  const series = model.series.map((s, index): SeriesLayout => {
    const drawn = reducedPoints(s, plotWidth);
    const dashed = drawn.some(provisional);
    return {
      index,
      key: s.key,
      role: roles[index]!,
      // Final figures make the solid line; a segment that reaches a provisional one is drawn dashed instead.
      line: lineGen(dashed ? drawn.map((p) => (provisional(p) ? { ...p, y: null } : p)) : drawn) ?? '',
      provisional: dashed ? provisionalPath(drawn, x, y) : '',
      band: s.points.some((p) => typeof p.observation.lower === 'number') ? bandGen(s.points) : null,
      shape: MARKERS[index % MARKERS.length]!,
      markers: markedPoints(s, options.showPoints).map((p) => ({ x: x(p.x), y: y(p.y!), hollow: provisional(p) })),
    };
  });

  return {
    width,
    height,
    margin,
    plotWidth,
    bottom,
    x,
    y,
    yTicks: axis.ticks.map((value, i) => ({ value, label: yLabels[i]!, at: y(value) })),
    xTicks,
    series,
    endLabels: compact ? [] : placeEndLabels(model, x, y, width - margin.right + 6, height - 8, format, named),
    legend: legendRows > 0,
    hasProvisional: series.some((s) => s.provisional !== ''),
    reference: model.reference === null ? null : { y: y(model.reference) },
    annotations: options.annotations.map((a) => {
      const at = x(a.period.mid);
      return { x: at, label: a.label, end: at > width * 0.6 };
    }),
  };
}

/** True for a layout, false for a failure. */
export function isLayout(l: ChartLayout | LayoutFailure): l is ChartLayout {
  return !('failure' in l);
}
