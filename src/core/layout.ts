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
import type { ChartModel, ChartPoint, ChartSeries } from './chart.js';
import { downsampleIndices } from './downsample.js';
import { formatTick, type LocaleInfo } from './format.js';
import { timeTicks, type Period } from './period.js';
import type { UnitType } from './schema.js';

/** Average advance of one label character at the chart's 12–13 px, for margins and collisions. */
export const CHAR_WIDTH = 7;
/** Dash patterns and marker shapes tell series apart without colour. */
export const DASHES = ['', '6 4', '2 3', '10 3 2 3', '1 5'] as const;
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
  /** Index in the model (styles `s0`–`s4` cycle on it). */
  readonly index: number;
  readonly key: string;
  readonly line: string;
  readonly band: string | null;
  readonly dash: string;
  readonly shape: MarkerShape;
  readonly markers: readonly Marker[];
}

export interface EndLabel {
  readonly index: number;
  readonly x: number;
  readonly y: number;
  readonly text: string;
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
  /** Names at the lines' ends, or none when they do not fit (then a legend names the series). */
  readonly endLabels: readonly EndLabel[];
  readonly legend: boolean;
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

/** The y axis: a nice domain and its ticks, from d3-scale (scaleIdentity: no d3-interpolate or d3-color). */
export function yAxis(domain: readonly [number, number], height: number): { domain: [number, number]; ticks: number[]; decimals: number } {
  const count = Math.max(2, Math.floor(height / 45));
  const nice = scaleIdentity().domain([...domain]).nice(count);
  const ticks = nice.ticks(count);
  const step = ticks.length > 1 ? Math.abs(ticks[1]! - ticks[0]!) : 1;
  const decimals = Math.min(4, Math.max(0, Math.ceil(-Math.log10(step) - 1e-9)));
  return { domain: nice.domain() as [number, number], ticks, decimals };
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
    const status = p.observation.status;
    if (all || status === 'preliminary' || status === 'estimated' || ((points[i - 1]?.y ?? null) === null && (points[i + 1]?.y ?? null) === null)) out.push(p);
  }
  return out;
}

/** Labels at each line's last point, pushed apart (14 px) so they never overlap, and kept above the bottom. */
export function placeEndLabels(model: ChartModel, x: (v: number) => number, y: (v: number) => number, left: number, lowest: number): EndLabel[] {
  const items = model.series.flatMap((s, index) => {
    let last: ChartPoint | undefined;
    for (let i = s.points.length - 1; i >= 0 && !last; i--) if (s.points[i]!.y !== null) last = s.points[i];
    return last ? [{ index, x: Math.min(left, x(last.x) + 6), y: y(last.y!), text: s.label }] : [];
  }).sort((a, b) => a.y - b.y);
  for (let i = 1; i < items.length; i++) items[i]!.y = Math.max(items[i]!.y, items[i - 1]!.y + 14);
  for (let i = items.length - 1; i >= 0; i--) items[i]!.y = Math.min(items[i]!.y, i === items.length - 1 ? lowest : items[i + 1]!.y - 14);
  return items;
}

/** The whole layout of a chart model at a size, or why it cannot be drawn. */
export function chartLayout(model: ChartModel, size: Size, options: LayoutOptions): ChartLayout | LayoutFailure {
  const { width, height } = size;
  const labelled = endLabelsFit(model, width);
  const axis = yAxis(model.yDomain, height);
  const [yFrom, yTo] = axis.domain;
  // A span beyond what a double holds would flatten every point onto the axis: refuse, never draw it wrong.
  if (!Number.isFinite(yTo - yFrom) || !Number.isFinite(yFrom) || !Number.isFinite(yTo)) return { failure: 'the values span more than a number can hold' };
  const yLabels = axis.ticks.map((v) => formatTick(v, options.info.locale, axis.decimals, options.unit === 'percent'));
  const margin = {
    top: 8 + (options.annotations.length ? 18 : 0),
    right: 8 + (labelled ? Math.min(width * 0.3, Math.max(...model.series.map((s) => s.label.length)) * CHAR_WIDTH + 8) : 4),
    bottom: 24,
    // Never more than 45 % of the width for labels (and no -Infinity when there are no ticks).
    left: Math.min(width * 0.45, 6 + Math.max(0, ...yLabels.map((l) => l.length)) * CHAR_WIDTH),
  };
  const plotWidth = Math.max(10, width - margin.left - margin.right);
  const bottom = Math.max(margin.top + 10, height - margin.bottom);
  const x = linearMap(model.xDomain, [margin.left, margin.left + plotWidth]);
  const y = linearMap([yFrom, yTo], [bottom, margin.top]);
  const xTickCount = Math.max(2, Math.floor(plotWidth / (model.granularity === 'year' ? 56 : 72)));
  const xTicks = timeTicks(model.xDomain[0], model.xDomain[1], xTickCount, model.granularity, options.info).map((t) => ({ ...t, at: x(t.value) }));

  const lineGen = line<ChartPoint>().defined((p) => p.y !== null).x((p) => x(p.x)).y((p) => y(p.y!));
  const bandGen = area<ChartPoint>()
    .defined((p) => typeof p.observation.lower === 'number' && typeof p.observation.upper === 'number')
    .x((p) => x(p.x)).y0((p) => y(p.observation.lower!)).y1((p) => y(p.observation.upper!));

  const series = model.series.map((s, index): SeriesLayout => ({
    index,
    key: s.key,
    line: lineGen(reducedPoints(s, plotWidth)) ?? '',
    band: s.points.some((p) => typeof p.observation.lower === 'number') ? bandGen(s.points) : null,
    dash: DASHES[index % DASHES.length]!,
    shape: MARKERS[index % MARKERS.length]!,
    markers: markedPoints(s, options.showPoints).map((p) => ({ x: x(p.x), y: y(p.y!), hollow: p.observation.status !== undefined && p.observation.status !== 'final' })),
  }));

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
    endLabels: labelled ? placeEndLabels(model, x, y, width - margin.right + 6, height - 8) : [],
    legend: model.series.length > 1 && !labelled,
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
