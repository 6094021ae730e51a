// uPlot: x in seconds (its default time scale), the size given in pixels. uPlot paints in
// a microtask after construction and after setData; its `draw` hook says when.
// Its legend (a table under the canvas that doubles as the hover read-out) is off: uPlot
// takes the canvas size as options, so the legend would overflow the box every other
// library fills, and Chart.js and ECharts are bundled without legend or tooltip either.
import { uPlot } from '/build/uplot.js';
import { frame, seconds, size } from '/data.js';

const toData = (points) => [points.map((p) => seconds(p.period)), points.map((p) => p.value)];

export async function draw(container, points) {
  let pending;
  const drawn = new Promise((resolve) => { pending = resolve; });
  const { width, height } = size(container);
  const u = new uPlot({
    width, height,
    series: [{}, { label: 'value', stroke: '#0b5cad', points: { show: false } }],
    legend: { show: false },
    hooks: { draw: [() => { const f = pending; pending = undefined; f?.(); }] },
  }, toData(points), container);
  await drawn;
  await frame();
  return { u, next: () => new Promise((resolve) => { pending = resolve; }) };
}

export async function update(chart, points) {
  const drawn = chart.next();
  chart.u.setData(toData(points));
  return drawn;
}

export async function load(container, url) {
  const doc = await (await fetch(url)).json();
  return draw(container, doc.series[0].observations);
}
