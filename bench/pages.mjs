// The pages the benchmark opens, generated per library: a plain page for S2–S5 (the
// harness) and an article page for S6.

/** Display names (with the package whose version is reported). */
export const LIBS = {
  cifra: { name: 'cifra', pkg: null },
  chartjs: { name: 'Chart.js', pkg: 'chart.js' },
  uplot: { name: 'uPlot', pkg: 'uplot' },
  highcharts: { name: 'Highcharts', pkg: 'highcharts' },
  echarts: { name: 'ECharts', pkg: 'echarts' },
  vega: { name: 'Vega-Lite + vega-embed', pkg: 'vega-lite' },
  plot: { name: 'Observable Plot', pkg: '@observablehq/plot' },
  // Versions from the root's node_modules: the floor is built from cifra's own dependencies.
  floor: { name: 'floor: Lit + d3', pkg: 'lit', root: true },
};

/** S2–S5: the harness page. Boxes are the chart's box at the width it gets: 16/9 in the
 * full-width column, 1/1 in S3's two-column grid (cifra's own default aspect at those
 * widths); cifra's element sizes itself, so its boxes take their content's height. */
export function harnessPage(lib) {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>bench ${lib}</title>
<style>
  body { margin: 8px; font: 16px/1.4 system-ui, sans-serif; }
  .box { position: relative; width: 100%; aspect-ratio: 16 / 9; }
  .grid { display: grid; grid-template-columns: 1fr 1fr; gap: 8px; }
  .grid .box { aspect-ratio: 1 / 1; }
  body[data-lib='cifra'] .box { aspect-ratio: auto; }
</style>
<script type="module" src="/harness.js?lib=${lib}"></script>
</head><body data-lib="${lib}"><div id="root"></div></body></html>`;
}

/**
 * S6: how each library's docs put a chart in a page, for a chart whose data arrives
 * later (by URL, served 300 ms late). The article column is 640 px wide, so a 16/9
 * chart is 360 px tall and the paragraphs below it are in the 800×600 viewport (a
 * shift counts only on screen).
 *  - cifra: the README's embed snippet: the tag with `src`, and its reserve rule
 *    `crime-rate-trend:not(:defined) { display: block; aspect-ratio: 16 / 9 }`.
 *  - Chart.js: its "Responsive Charts" docs: a dedicated container with
 *    `position: relative` and a set height, the chart with maintainAspectRatio false.
 *  - uPlot: a fixed width and height are options of the chart itself; its docs say
 *    nothing about reserving the box, so it gets a fixed-height div like the other
 *    canvas libraries (its legend, under the canvas, overflows the div).
 *  - Highcharts: "Your first chart": `<div id="container" style="width:100%; height:400px">`
 *    (the chart takes the container's height), here 360 px.
 *  - ECharts: "Get started": a DOM container with a width and a height, here 360 px.
 *  - vega-embed: its README's `<div id="vis"></div>`: no size until the view renders.
 *  - Observable Plot: "Getting started": a `<div>` the plot is appended to, no size.
 *  - the Lit + d3 floor: a fixed-height div, as uPlot.
 */
const ARTICLE_SETUP = {
  cifra: {
    css: 'crime-rate-trend:not(:defined) { display: block; aspect-ratio: 16 / 9; }',
    html: '<crime-rate-trend lang="en" src="/data/s6.json?delay=300"></crime-rate-trend>',
  },
  chartjs: { css: '#chart { position: relative; height: 360px; }', html: '' },
  uplot: { css: '#chart { height: 360px; }', html: '' },
  highcharts: { css: '#chart { width: 100%; height: 360px; }', html: '' },
  echarts: { css: '#chart { width: 100%; height: 360px; }', html: '' },
  vega: { css: '', html: '' },
  plot: { css: '', html: '' },
  floor: { css: '#chart { height: 360px; }', html: '' },
};

const LOREM = [
  'Intentional homicides rose for three years in a row before falling back to the level of the early decade, according to the monthly series the statistics office publishes.',
  'The figures count victims registered by the state prosecutors. Monthly counts are revised for up to a year, so the most recent months are preliminary and may still change.',
  'Analysts caution against reading a single month as a trend: the seasonal cycle alone moves the count by a tenth between winter and summer.',
  'Population estimates for the same years let the counts be turned into rates per 100,000 inhabitants, which the next chart in this series shows by state.',
  'The data, its sources and the code that draws this chart are published with the article, so that any reader can check the numbers.',
];

export function articlePage(lib) {
  const setup = ARTICLE_SETUP[lib];
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Article ${lib}</title>
<style>
  body { margin: 0; font: 16px/1.5 Georgia, 'DejaVu Serif', serif; }
  main { max-width: 640px; margin: 0 auto; padding: 8px 16px; }
  h1 { font-size: 24px; line-height: 1.25; margin: 8px 0 12px; }
  p { margin: 0 0 12px; }
  ${setup.css}
</style>
<script type="module">
  import { load } from '/adapters/${lib}.js';
  load(document.getElementById('chart'), '/data/s6.json?delay=300')
    .then(() => { window.__drawn = performance.now(); }, (e) => { window.__failed = String(e && e.stack || e); });
</script>
</head><body><main>
<h1>Homicides over a decade</h1>
<p>${LOREM[0]}</p>
<div id="chart">${setup.html}</div>
${LOREM.slice(1).map((p) => `<p>${p}</p>`).join('\n')}
</main></body></html>`;
}
