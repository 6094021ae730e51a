/**
 * Moving through a chart's points, by key and by pointer: which point is focused next.
 * Pure, so every key and edge is tested without a browser; the element only asks.
 */
import type { ChartModel, ChartPoint } from './chart.js';

/** A focused point: series `s`, point `i` of that series. */
export interface Focus {
  readonly s: number;
  readonly i: number;
}

/** Why a key moved nothing: the reader hears it rather than silence (DESIGN §5). */
export type Edge = 'first' | 'last' | 'top' | 'bottom';

export type KeyResult =
  | { readonly focus: Focus }
  | { readonly edge: Edge }
  | { readonly dismiss: true }
  | null;

/** Index of the point whose x is nearest `x` (points sorted by x); optionally only points with a value. */
export function nearestIndex(points: readonly ChartPoint[], x: number, validOnly = false): number {
  let lo = 0;
  let hi = points.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (points[mid]!.x < x) lo = mid + 1;
    else hi = mid;
  }
  let best = lo;
  if (lo > 0 && Math.abs(points[lo - 1]!.x - x) <= Math.abs(points[lo]!.x - x)) best = lo - 1;
  if (!validOnly || points[best]?.y !== null) return best;
  for (let d = 1; d < points.length; d++) {
    if (points[best - d]?.y != null) return best - d;
    if (points[best + d]?.y != null) return best + d;
  }
  return best;
}

/**
 * ↑/↓ move to the line drawn just above or below at the same time, as a sighted
 * reader would see it (lines without a value there are skipped; equal values keep the
 * list order). `screenY` maps a value to its pixel row (up is smaller). Without a
 * focused point, either key starts at the first series.
 */
export function verticalNeighbour(model: ChartModel, current: Focus | null, up: boolean, screenY: (v: number) => number): Focus | Edge | null {
  if (!current) return model.series.length ? { s: 0, i: 0 } : null;
  const here = model.series[current.s]?.points[current.i];
  if (!here) return null;
  const column = model.series
    .map((series, s) => {
      const i = nearestIndex(series.points, here.x);
      const p = series.points[i];
      return p && p.y !== null && Math.abs(p.x - here.x) < 1e-9 ? { s, i, screen: screenY(p.y) } : null;
    })
    .filter((c): c is { s: number; i: number; screen: number } => c !== null)
    .sort((a, b) => a.screen - b.screen || a.s - b.s);
  const at = column.findIndex((c) => c.s === current.s);
  if (at < 0) {
    // The focused point has no value: fall back to the list order.
    const s = current.s + (up ? -1 : 1);
    if (s < 0 || s >= model.series.length) return up ? 'top' : 'bottom';
    return { s, i: nearestIndex(model.series[s]!.points, here.x) };
  }
  const target = column[at + (up ? -1 : 1)];
  return target ? { s: target.s, i: target.i } : up ? 'top' : 'bottom';
}

/**
 * What a key does on the focused plot: ←/→ one point, Page Up/Down a tenth of the
 * series, Home/End the ends, ↑/↓ the line above or below, Escape dismisses the
 * tooltip. `null` for a key the chart leaves alone; an `edge` when the key would move
 * past the first or last point or series.
 */
export function keyFocus(model: ChartModel, current: Focus | null, key: string, screenY: (v: number) => number): KeyResult {
  if (model.series.length === 0) return null;
  const s = current?.s ?? 0;
  const count = model.series[s]!.points.length;
  const i = current?.i ?? -1;
  const at = (index: number): KeyResult => ({ focus: { s, i: index } });
  switch (key) {
    case 'ArrowRight':
      if (!current) return at(0);
      return i >= count - 1 ? { edge: 'last' } : at(i + 1);
    case 'ArrowLeft':
      if (!current) return at(count - 1);
      return i <= 0 ? { edge: 'first' } : at(i - 1);
    case 'PageDown':
    case 'PageUp': {
      // A tenth of the series per press: the middle of 50,000 points is five presses away.
      const step = Math.max(1, Math.round(count / 10));
      if (!current) return at(0);
      const next = Math.max(0, Math.min(count - 1, i + (key === 'PageDown' ? step : -step)));
      return next === i ? { edge: key === 'PageDown' ? 'last' : 'first' } : at(next);
    }
    case 'Home':
      return at(0);
    case 'End':
      return at(count - 1);
    case 'ArrowUp':
    case 'ArrowDown': {
      const next = verticalNeighbour(model, current, key === 'ArrowUp', screenY);
      if (next === null) return null;
      return typeof next === 'string' ? { edge: next } : { focus: next };
    }
    case 'Escape':
      return { dismiss: true };
    default:
      return null;
  }
}

/**
 * The point nearest a pointer at (px, py) in the plot's pixels, among points with a
 * value: in each series the nearest in time, then the nearest on screen.
 */
export function hitTest(model: ChartModel, x: (v: number) => number, y: (v: number) => number, px: number, py: number): Focus | null {
  const x0 = x(0);
  const perYear = x(1) - x0;
  if (!Number.isFinite(perYear) || perYear === 0) return null;
  const t = (px - x0) / perYear;
  let best: Focus | null = null;
  let bestDistance = Infinity;
  model.series.forEach((s, si) => {
    if (s.points.length === 0) return;
    const i = nearestIndex(s.points, t, true);
    const p = s.points[i];
    if (!p || p.y === null) return;
    const d = (x(p.x) - px) ** 2 + (y(p.y) - py) ** 2;
    if (d < bestDistance) {
      bestDistance = d;
      best = { s: si, i };
    }
  });
  return best;
}

/** A focused point of a grid of small multiples: panel `p` (in the grid's order), point `i` of its series. */
export interface PanelFocus {
  readonly p: number;
  readonly i: number;
}

/** Why a key moved nothing in a grid: past a panel's first or last point, the first or last panel, the top or bottom row. */
export type GridEdge = 'first' | 'last' | 'firstPanel' | 'lastPanel' | 'topRow' | 'bottomRow';

export type GridKeyResult =
  | { readonly focus: PanelFocus }
  | { readonly edge: GridEdge }
  | { readonly dismiss: true }
  | null;

/**
 * What a key does on a grid of small multiples (`layout="grid"`, one tab stop for the
 * whole grid): ←/→ one point of the focused panel, Home/End its first and last point;
 * ↑/↓ the previous or next panel in reading order (the order of the labels, the summary
 * and the table's columns); Page Up/Page Down the panel drawn above or below, a row of
 * `columns` away. A new panel keeps the period: its point nearest in time. Escape
 * dismisses the details. Without a focused point, ← and the panel keys start at the first
 * panel's last point (the news), → and Home at its first. `null` for a key the grid leaves alone.
 */
export function gridKeyFocus(panels: readonly { readonly points: readonly ChartPoint[] }[], columns: number, current: PanelFocus | null, key: string): GridKeyResult {
  if (panels.length === 0) return null;
  const cols = Math.max(1, Math.floor(columns) || 1);
  const p = current ? Math.min(Math.max(0, current.p), panels.length - 1) : 0;
  const points = panels[p]!.points;
  const count = points.length;
  const i = current ? Math.min(Math.max(0, current.i), Math.max(0, count - 1)) : -1;
  const here = (index: number): GridKeyResult => ({ focus: { p, i: index } });
  const lastValued = (pts: readonly ChartPoint[]): number => {
    for (let k = pts.length - 1; k >= 0; k--) if (pts[k]!.y !== null) return k;
    return Math.max(0, pts.length - 1);
  };
  const toPanel = (target: number): GridKeyResult => {
    const pts = panels[target]!.points;
    const from = points[i];
    return { focus: { p: target, i: from ? nearestIndex(pts, from.x) : lastValued(pts) } };
  };
  switch (key) {
    case 'ArrowRight':
      if (!current) return here(0);
      return i >= count - 1 ? { edge: 'last' } : here(i + 1);
    case 'ArrowLeft':
      if (!current) return here(lastValued(points));
      return i <= 0 ? { edge: 'first' } : here(i - 1);
    case 'Home':
      return here(0);
    case 'End':
      return here(Math.max(0, count - 1));
    case 'ArrowUp':
    case 'ArrowDown': {
      if (!current) return here(lastValued(points));
      const next = p + (key === 'ArrowUp' ? -1 : 1);
      if (next < 0) return { edge: 'firstPanel' };
      if (next >= panels.length) return { edge: 'lastPanel' };
      return toPanel(next);
    }
    case 'PageUp':
    case 'PageDown': {
      if (!current) return here(lastValued(points));
      const next = p + (key === 'PageUp' ? -cols : cols);
      if (next < 0) return { edge: 'topRow' };
      if (next >= panels.length) return { edge: 'bottomRow' };
      return toPanel(next);
    }
    case 'Escape':
      return { dismiss: true };
    default:
      return null;
  }
}
