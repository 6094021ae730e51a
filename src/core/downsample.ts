/**
 * Largest-triangle-three-buckets (Steinarsson, 2013): reduces a long series to about
 * `threshold` points while keeping its visual shape (peaks and troughs survive).
 * Gaps are kept: each run of consecutive non-null points is reduced on its own, with
 * a share of the budget proportional to its length, so a null is never bridged.
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
  const budget = Math.max(3, Math.floor(threshold));
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
    const share = Math.max(2, Math.round((budget * (b - a)) / validCount));
    for (const i of lttb(points, a, b, share)) out.push(i);
  });
  return out;
}

/** LTTB over points[a, b) (all non-null), returning `threshold` indices. */
function lttb(points: readonly XY[], a: number, b: number, threshold: number): number[] {
  const len = b - a;
  if (len <= threshold || threshold < 3) {
    if (len <= threshold) return Array.from({ length: len }, (_, i) => a + i);
    return [a, b - 1];
  }
  const result: number[] = [a];
  const every = (len - 2) / (threshold - 2);
  // Bucket k spans [bound(k), bound(k + 1)) of the interior points; integer bounds, so the
  // last bucket always ends at the last interior point (floating point once dropped it).
  const bound = (k: number): number => (k >= threshold - 2 ? b - 1 : a + Math.floor(k * every) + 1);
  let prev = a;
  for (let i = 0; i < threshold - 2; i++) {
    // Average of the next bucket (the last point, past the end), the third corner of the triangle.
    const nextStart = bound(i + 1);
    const nextEnd = i + 1 >= threshold - 2 ? b : bound(i + 2);
    let avgX = 0;
    let avgY = 0;
    for (let j = nextStart; j < nextEnd; j++) {
      avgX += points[j]!.x;
      avgY += points[j]!.y!;
    }
    const count = Math.max(1, nextEnd - nextStart);
    avgX /= count;
    avgY /= count;

    const bucketStart = bound(i);
    const bucketEnd = bound(i + 1);
    const px = points[prev]!.x;
    const py = points[prev]!.y!;
    let best = bucketStart;
    let bestArea = -1;
    for (let j = bucketStart; j < bucketEnd; j++) {
      const area = Math.abs((px - avgX) * (points[j]!.y! - py) - (px - points[j]!.x) * (avgY - py));
      if (area > bestArea) {
        bestArea = area;
        best = j;
      }
    }
    result.push(best);
    prev = best;
  }
  result.push(b - 1);
  return result;
}
