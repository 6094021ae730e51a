/**
 * Reduces a long series to about `threshold` points without losing its story
 * (DESIGN §2a): each bucket keeps its lowest and its highest point, in order, so every
 * peak and trough survives (min–max decimation, the idea behind M4 in Jugel et al.,
 * 2014, which draws the same line as the full data at one bucket per pixel).
 * Gaps are kept: each run of consecutive non-null points is reduced on its own, with a
 * share of the budget proportional to its length, so a null is never bridged; a run
 * too short for its own bucket still keeps its first, last, lowest and highest points.
 * Many short runs can therefore return more than `threshold` points: honesty first.
 */

export interface XY {
  readonly x: number;
  readonly y: number | null;
}

/**
 * Returns the indices of the points to draw, in order. Null points are kept as
 * gap markers (one per gap) so a line generator still breaks there.
 */
export function downsampleIndices(points: readonly XY[], threshold: number): number[] {
  const n = points.length;
  const budget = Math.max(4, Math.floor(threshold));
  if (n <= budget) return points.map((_, i) => i);

  // Runs of non-null points, and the single null that separates them.
  const runs: [number, number][] = [];
  let start = -1;
  for (let i = 0; i <= n; i++) {
    const valid = i < n && points[i]!.y !== null;
    if (valid && start < 0) start = i;
    if (!valid && start >= 0) {
      runs.push([start, i]);
      start = -1;
    }
  }
  const validCount = runs.reduce((sum, [a, b]) => sum + (b - a), 0);
  const out: number[] = [];
  runs.forEach(([a, b], r) => {
    if (r > 0) out.push(a - 1); // a null between runs keeps the gap
    const share = Math.round((budget * (b - a)) / validCount);
    minMax(points, a, b, Math.max(1, Math.floor((share - 2) / 2)), out);
  });
  return out;
}

/**
 * Appends to `out` the first and last index of points[a, b) (all non-null) and, in each
 * of `buckets` equal slices between them, the index of the lowest and of the highest
 * value, in index order. A run no longer than what it would keep is kept whole.
 */
function minMax(points: readonly XY[], a: number, b: number, buckets: number, out: number[]): void {
  const len = b - a;
  if (len <= 2 * buckets + 2) {
    for (let i = a; i < b; i++) out.push(i);
    return;
  }
  out.push(a);
  const interior = len - 2;
  for (let k = 0; k < buckets; k++) {
    const from = a + 1 + Math.floor((k * interior) / buckets);
    const to = a + 1 + Math.floor(((k + 1) * interior) / buckets);
    if (to <= from) continue;
    let lo = from;
    let hi = from;
    for (let j = from + 1; j < to; j++) {
      const y = points[j]!.y!;
      if (y < points[lo]!.y!) lo = j;
      if (y > points[hi]!.y!) hi = j;
    }
    if (lo === hi) out.push(lo);
    else if (lo < hi) out.push(lo, hi);
    else out.push(hi, lo);
  }
  out.push(b - 1);
}
