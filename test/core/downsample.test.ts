import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { downsampleIndices, type XY } from '../../src/core/downsample.js';

/** A deterministic pseudo-random generator (LCG, Numerical Recipes constants), values in [0, 1). */
function lcg(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** A sine with noise: `n` points at x = 0, 1, 2, …. */
function noisySine(n: number, seed = 42): XY[] {
  const random = lcg(seed);
  return Array.from({ length: n }, (_, i) => ({ x: i, y: Math.sin(i / 500) * 10 + (random() - 0.5) * 2 }));
}

function assertStrictlyIncreasing(indices: readonly number[], n: number): void {
  for (let k = 0; k < indices.length; k++) {
    const i = indices[k]!;
    assert.ok(Number.isInteger(i) && i >= 0 && i < n, `index ${i} out of range at ${k}`);
    if (k > 0) assert.ok(i > indices[k - 1]!, `not strictly increasing at ${k}: ${indices[k - 1]} then ${i}`);
  }
}

/** The runs of interior nulls (gaps between two valid points), as [first, last] inclusive. */
function interiorGaps(points: readonly XY[]): [number, number][] {
  const gaps: [number, number][] = [];
  let seenValid = false;
  let gapStart = -1;
  points.forEach((p, i) => {
    if (p.y === null) {
      if (seenValid && gapStart < 0) gapStart = i;
    } else {
      if (gapStart >= 0) gaps.push([gapStart, i - 1]);
      gapStart = -1;
      seenValid = true;
    }
  });
  return gaps;
}

describe('downsampleIndices: short series are kept whole', () => {
  test('n < threshold returns every index', () => {
    const points = noisySine(10);
    assert.deepEqual(downsampleIndices(points, 800), Array.from({ length: 10 }, (_, i) => i));
  });

  test('n = threshold returns every index', () => {
    const points = noisySine(800);
    assert.deepEqual(downsampleIndices(points, 800), Array.from({ length: 800 }, (_, i) => i));
  });

  test('an empty series returns no index', () => {
    assert.deepEqual(downsampleIndices([], 800), []);
  });

  test('nulls in a short series are kept as they are', () => {
    const points: XY[] = [{ x: 0, y: 1 }, { x: 1, y: null }, { x: 2, y: null }, { x: 3, y: 4 }];
    assert.deepEqual(downsampleIndices(points, 800), [0, 1, 2, 3]);
  });
});

describe('downsampleIndices: long series (min–max per bucket)', () => {
  const n = 50_000;
  const threshold = 800;
  const points = noisySine(n);
  const indices = downsampleIndices(points, threshold);

  test('50,000 points with threshold 800 give about 800 indices', () => {
    assert.ok(indices.length <= 2 * threshold, `${indices.length} > ${2 * threshold}`);
    assert.ok(indices.length >= threshold / 2, `${indices.length} < ${threshold / 2}`);
  });

  test('the indices are strictly increasing and in range', () => {
    assertStrictlyIncreasing(indices, n);
  });

  test('the first and the last index are always kept', () => {
    assert.equal(indices[0], 0);
    assert.equal(indices.at(-1), n - 1);
  });

  test('several thresholds: always within [threshold/2, 2 × threshold], first and last kept', () => {
    for (const t of [3, 10, 100, 1000, 4999]) {
      const r = downsampleIndices(points, t);
      assert.ok(r.length <= 2 * t && r.length >= t / 2, `threshold ${t}: ${r.length} indices`);
      assert.equal(r[0], 0, `threshold ${t}`);
      assert.equal(r.at(-1), n - 1, `threshold ${t}`);
      assertStrictlyIncreasing(r, n);
    }
  });

  test('the same input gives the same output', () => {
    assert.deepEqual(downsampleIndices(noisySine(n), threshold), indices);
  });
});

describe('downsampleIndices: peaks and troughs survive', () => {
  test('a sharp spike at a random interior index is kept, and it is the global max', () => {
    const random = lcg(7);
    for (let trial = 0; trial < 20; trial++) {
      const n = 20_000;
      const points = noisySine(n, 100 + trial);
      const spike = 1 + Math.floor(random() * (n - 2));
      points[spike] = { x: spike, y: 1000 };
      const r = downsampleIndices(points, 500);
      assert.ok(r.includes(spike), `trial ${trial}: spike at ${spike} was dropped`);
      const ys = r.map((i) => points[i]!.y as number);
      assert.equal(Math.max(...ys), 1000);
    }
  });

  test('a sharp trough at a random interior index is kept, and it is the global min', () => {
    const random = lcg(11);
    for (let trial = 0; trial < 20; trial++) {
      const n = 20_000;
      const points = noisySine(n, 200 + trial);
      const trough = 1 + Math.floor(random() * (n - 2));
      points[trough] = { x: trough, y: -1000 };
      const r = downsampleIndices(points, 500);
      assert.ok(r.includes(trough), `trial ${trial}: trough at ${trough} was dropped`);
      const ys = r.map((i) => points[i]!.y as number);
      assert.equal(Math.min(...ys), -1000);
    }
  });

  test('a spike at any interior index survives, the second-to-last included', () => {
    // Every point must fall in some bucket; with (n - 2) / (threshold - 2) computed in floating
    // point, the last bucket can stop one point short, e.g. n = 101 or 200 with threshold 100.
    for (const [n, threshold] of [[101, 100], [200, 100], [1000, 37], [1000, 100]] as const) {
      const lost: number[] = [];
      for (let spike = 1; spike < n - 1; spike++) {
        const points = Array.from({ length: n }, (_, i): XY => ({ x: i, y: Math.sin(i / 10) }));
        points[spike] = { x: spike, y: 1000 };
        if (!downsampleIndices(points, threshold).includes(spike)) lost.push(spike);
      }
      assert.deepEqual(lost, [], `n ${n}, threshold ${threshold}: spikes dropped at ${lost.join(', ')}`);
    }
  });

  test('one spike up and one spike down in the same series both survive', () => {
    const n = 50_000;
    const points = noisySine(n, 3);
    const random = lcg(99);
    const up = 1 + Math.floor(random() * (n - 2));
    let down = 1 + Math.floor(random() * (n - 2));
    if (Math.abs(down - up) < 1000) down = (up + n / 2) % (n - 2) + 1;
    points[up] = { x: up, y: 500 };
    points[down] = { x: down, y: -500 };
    const r = downsampleIndices(points, 800);
    assert.ok(r.includes(up), `max at ${up} dropped`);
    assert.ok(r.includes(down), `min at ${down} dropped`);
  });
});

describe('downsampleIndices: gaps are never bridged', () => {
  /** A noisy sine with null runs: some single nulls, some long, at fixed places, plus leading and trailing nulls. */
  function withGaps(n: number): XY[] {
    const points = noisySine(n, 5);
    const nullRuns: [number, number][] = [[0, 3], [1000, 1000], [5000, 5099], [12_345, 12_346], [30_000, 30_999], [n - 5, n - 1]];
    for (const [a, b] of nullRuns) for (let i = a; i <= b; i++) points[i] = { x: i, y: null };
    return points;
  }

  const n = 40_000;
  const points = withGaps(n);
  const r = downsampleIndices(points, 600);

  test('the result is strictly increasing and about the threshold in size', () => {
    assertStrictlyIncreasing(r, n);
    assert.ok(r.length <= 2 * 600 && r.length >= 300, `${r.length} indices`);
  });

  test('no two consecutive returned valid indices have a null between them in the input', () => {
    for (let k = 1; k < r.length; k++) {
      const i = r[k - 1]!;
      const j = r[k]!;
      if (points[i]!.y === null || points[j]!.y === null) continue;
      for (let m = i; m <= j; m++) {
        assert.notEqual(points[m]!.y, null, `returned ${i} and ${j} are joined across the null at ${m}`);
      }
    }
  });

  test('each gap between valid points yields exactly one null index, inside that gap', () => {
    const gaps = interiorGaps(points);
    assert.equal(gaps.length, 4);
    const nullsOut = r.filter((i) => points[i]!.y === null);
    assert.equal(nullsOut.length, gaps.length, `nulls returned: ${nullsOut.join(', ')}`);
    for (const [a, b] of gaps) {
      const inside = nullsOut.filter((i) => i >= a && i <= b);
      assert.equal(inside.length, 1, `gap ${a}–${b}: ${inside.length} null indices`);
    }
  });

  test('the valid points on either side of every gap are kept', () => {
    for (const [a, b] of interiorGaps(points)) {
      assert.ok(r.includes(a - 1), `last point before gap ${a}–${b}`);
      assert.ok(r.includes(b + 1), `first point after gap ${a}–${b}`);
    }
  });

  test('a single null in a long series is kept as one gap marker', () => {
    const p = noisySine(10_000, 8);
    p[4321] = { x: 4321, y: null };
    const out = downsampleIndices(p, 200);
    assert.deepEqual(out.filter((i) => p[i]!.y === null), [4321]);
    assertStrictlyIncreasing(out, p.length);
  });

  test('alternating values and nulls never join two values', () => {
    const p: XY[] = Array.from({ length: 5000 }, (_, i) => ({ x: i, y: i % 3 === 2 ? null : Math.sin(i) }));
    const out = downsampleIndices(p, 100);
    assertStrictlyIncreasing(out, p.length);
    for (let k = 1; k < out.length; k++) {
      const i = out[k - 1]!;
      const j = out[k]!;
      if (p[i]!.y === null || p[j]!.y === null) continue;
      for (let m = i; m <= j; m++) assert.notEqual(p[m]!.y, null, `${i}–${j} spans the null at ${m}`);
    }
  });

  test('a series that is all null returns no valid point', () => {
    for (const len of [5, 5000]) {
      const p: XY[] = Array.from({ length: len }, (_, i) => ({ x: i, y: null }));
      const out = downsampleIndices(p, 100);
      assert.equal(out.filter((i) => p[i]!.y !== null).length, 0, `length ${len}`);
      assertStrictlyIncreasing(out, len);
    }
  });
});

describe('downsampleIndices: scale', () => {
  test('100,000 points complete (and give about the threshold)', () => {
    const points = noisySine(100_000, 1);
    const started = performance.now();
    const r = downsampleIndices(points, 1000);
    const elapsed = performance.now() - started;
    assert.ok(r.length >= 500 && r.length <= 2000, `${r.length} indices`);
    assert.equal(r[0], 0);
    assert.equal(r.at(-1), 99_999);
    // Generous: the point is that it is linear, not that it is fast on this machine.
    assert.ok(elapsed < 5000, `${elapsed.toFixed(0)} ms`);
  });
});

describe('downsampleIndices: every extreme survives, gaps included (DESIGN §2a)', () => {
  test('22,000 points with a gap every 11 points, budget 800: a spike of 1,000 is still drawn', () => {
    const random = lcg(7);
    const points: XY[] = Array.from({ length: 22_000 }, (_, i) => ({ x: i, y: i % 11 === 10 ? null : 10 + random() }));
    const spike = 13_457;
    assert.notEqual(points[spike]!.y, null);
    points[spike] = { x: spike, y: 1000 };
    const r = downsampleIndices(points, 800);
    assert.ok(r.includes(spike), 'the spike index is kept');
    assertStrictlyIncreasing(r, points.length);
  });

  test('the highest and lowest point of every run of a gappy series are kept', () => {
    const random = lcg(11);
    const points: XY[] = Array.from({ length: 30_000 }, (_, i) => ({ x: i, y: random() < 0.03 ? null : Math.sin(i / 300) * 50 + random() * 5 }));
    const r = new Set(downsampleIndices(points, 500));
    let start = -1;
    for (let i = 0; i <= points.length; i++) {
      const valid = i < points.length && points[i]!.y !== null;
      if (valid && start < 0) start = i;
      if (!valid && start >= 0) {
        let lo = start;
        let hi = start;
        for (let j = start; j < i; j++) {
          if (points[j]!.y! < points[lo]!.y!) lo = j;
          if (points[j]!.y! > points[hi]!.y!) hi = j;
        }
        assert.ok(r.has(lo) && r.has(hi), `run ${start}–${i - 1}: min ${lo} and max ${hi} kept`);
        start = -1;
      }
    }
  });

  test('in a series without gaps, the peak and trough are drawn within one bucket of where they are', () => {
    const points = noisySine(50_000, 3);
    const kept = downsampleIndices(points, 800);
    const bucket = Math.ceil(50_000 / 399);
    for (let k = 0; k < 100; k++) {
      const a = k * 500;
      const b = a + 500;
      let hi = -Infinity;
      let lo = Infinity;
      for (let j = a; j < b; j++) {
        hi = Math.max(hi, points[j]!.y!);
        lo = Math.min(lo, points[j]!.y!);
      }
      const near = kept.filter((i) => i >= a - bucket && i < b + bucket).map((i) => points[i]!.y!);
      assert.ok(Math.max(...near) >= hi, `slice ${k}: peak ${hi} drawn`);
      assert.ok(Math.min(...near) <= lo, `slice ${k}: trough ${lo} drawn`);
    }
  });
});
