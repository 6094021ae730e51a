// The benchmark's data, the same for every library: a monthly series (periods "YYYY-MM")
// with deterministic values. Imported by the pages (served as /data.js) and by run.mjs.

/** A small deterministic generator (mulberry32), so every run and every library get the same numbers. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * `n` monthly points `{ period: "YYYY-MM", value }`, integers ≥ 0 (the unit is a count):
 * a trend, a yearly cycle and noise. `seed` varies the values, not the periods.
 * Long series start in 1800 so that 50,000 months still have four-digit years.
 */
export function series(n, seed = 1) {
  const rnd = random(seed);
  const startYear = n > 1200 ? 1800 : 2010;
  const points = new Array(n);
  let level = 500 + 200 * rnd();
  for (let i = 0; i < n; i++) {
    const year = startYear + Math.floor(i / 12);
    const month = (i % 12) + 1;
    level = Math.max(50, level + (rnd() - 0.5) * 20);
    const value = Math.round(level + 60 * Math.sin((2 * Math.PI * i) / 12) + (rnd() - 0.5) * 40);
    points[i] = { period: `${year}-${String(month).padStart(2, '0')}`, value: Math.max(0, value) };
  }
  return points;
}

/** cifra's indicator document for the points (the observations are the points themselves). */
export function indicator(points, title = 'Benchmark series') {
  return { schema: 1, title, unit: { type: 'count' }, series: [{ observations: points }], sources: [{ name: 'bench' }] };
}

/** Seconds since 1970 (UTC) at the start of a "YYYY-MM" period: the x value for time axes. */
export function seconds(period) {
  return Date.UTC(Number(period.slice(0, 4)), Number(period.slice(5, 7)) - 1) / 1000;
}

/** The width and height to draw at: the container's box, or 16/9 of its width when it has no height yet. */
export function size(container) {
  const width = container.clientWidth || 784;
  const height = container.clientHeight || Math.round((width * 9) / 16);
  return { width, height };
}

/** Resolves at the next animation frame: canvas libraries draw synchronously; this waits for the frame that shows it. */
export const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
