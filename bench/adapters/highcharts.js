// Highcharts core: a datetime x axis with [ms, value] pairs, animation off, no point
// markers; its size comes from the container. Rendering (SVG) is synchronous.
import { Highcharts } from '/build/highcharts.js';
import { frame, seconds } from '/data.js';

const toData = (points) => points.map((p) => [seconds(p.period) * 1000, p.value]);

export async function draw(container, points) {
  const chart = Highcharts.chart(container, {
    chart: { animation: false },
    title: { text: 'Benchmark series' },
    xAxis: { type: 'datetime' },
    plotOptions: { series: { animation: false, marker: { enabled: false } } },
    series: [{ type: 'line', name: 'value', data: toData(points) }],
  });
  await frame();
  return chart;
}

export async function update(chart, points) {
  chart.series[0].setData(toData(points), true, false);
}

export async function load(container, url) {
  const doc = await (await fetch(url)).json();
  return draw(container, doc.series[0].observations);
}
