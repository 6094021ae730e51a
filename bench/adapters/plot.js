// Observable Plot: Plot.plot with a Plot.line mark returns an SVG, sized to the
// container. Plot has no update API: a change renders a new plot in place of the old.
import { line, plot } from '/build/plot.js';
import { frame, seconds, size } from '/data.js';

function render(container, points) {
  const { width, height } = size(container);
  const data = points.map((p) => ({ date: new Date(seconds(p.period) * 1000), value: p.value }));
  const svg = plot({ width, height, marks: [line(data, { x: 'date', y: 'value', stroke: '#0b5cad' })] });
  container.replaceChildren(svg);
  return { container, svg };
}

export async function draw(container, points) {
  const chart = render(container, points);
  await frame();
  return chart;
}

export async function update(chart, points) {
  chart.svg = render(chart.container, points).svg;
}

export async function load(container, url) {
  const doc = await (await fetch(url)).json();
  return draw(container, doc.series[0].observations);
}
