// The in-page side of S2–S5, served as /harness.js on the page run.mjs opens for one
// library (?lib=…). It loads nothing of the library until a scenario asks for it, so
// S2 can time the library's loading. Every scenario returns { ms } measured with
// performance.now() in the page; run.mjs reads the heap for S3 over CDP.
import { frame, series } from '/data.js';

const lib = new URLSearchParams(location.search).get('lib');
const adapterUrl = `/adapters/${lib}.js`;
const root = document.getElementById('root');

/** `n` empty chart containers (class `box`) in `parent`. */
function boxes(n, parent = root) {
  return Array.from({ length: n }, () => {
    const div = document.createElement('div');
    div.className = 'box';
    parent.append(div);
    return div;
  });
}

let adapter;
let s3data;

window.bench = {
  /** S2: from the script's start (the library not loaded yet) to a drawn chart of 120 monthly points. */
  async s2() {
    const points = series(120, 1);
    const t0 = performance.now();
    const a = await import(adapterUrl);
    const [box] = boxes(1);
    await a.draw(box, points);
    return { ms: performance.now() - t0 };
  },

  /** S3, before timing: the library loaded and the data made (run.mjs reads the heap here too). */
  async s3prepare() {
    adapter = await import(adapterUrl);
    s3data = Array.from({ length: 200 }, (_, i) => series(24, i + 1));
  },

  /** S3: 200 charts of 24 points in a two-column grid, from the first container to all drawn. */
  async s3run() {
    const grid = document.createElement('div');
    grid.className = 'grid';
    root.append(grid);
    const t0 = performance.now();
    const containers = boxes(s3data.length, grid);
    await Promise.all(containers.map((c, i) => adapter.draw(c, s3data[i])));
    return { ms: performance.now() - t0 };
  },

  /** S4: one chart of 50,000 monthly points (library loaded, data made before timing). */
  async s4() {
    const a = await import(adapterUrl);
    const points = series(50_000, 7);
    const [box] = boxes(1);
    const t0 = performance.now();
    await a.draw(box, points);
    return { ms: performance.now() - t0 };
  },

  /**
   * S5: 100 data changes (120 points each) of a drawn chart. Each update resolves when the
   * library has applied and rendered it (synchronously for most; cifra at `cifra-ready`;
   * vega at runAsync); the harness then forces style and layout (offsetHeight), so DOM/SVG
   * libraries pay their layout per update as canvas libraries pay their rasterisation.
   * One frame after the last.
   */
  async s5() {
    const a = await import(adapterUrl);
    const [box] = boxes(1);
    const chart = await a.draw(box, series(120, 1));
    const sets = Array.from({ length: 100 }, (_, i) => series(120, i + 2));
    const t0 = performance.now();
    for (const points of sets) {
      await a.update(chart, points);
      void box.offsetHeight;
    }
    await frame();
    return { ms: performance.now() - t0 };
  },
};
window.benchReady = true;
