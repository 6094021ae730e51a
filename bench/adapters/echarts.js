// ECharts (core + line + grid + canvas): category x axis, animation off, no symbols.
// setOption renders synchronously; `finished` (its documented "rendered" event, on the
// next frame) also covers progressive rendering of large series.
import { init } from '/build/echarts.js';

export async function draw(container, points) {
  const chart = init(container);
  const finished = new Promise((resolve) => chart.on('finished', resolve));
  chart.setOption({
    animation: false,
    xAxis: { type: 'category', data: points.map((p) => p.period) },
    yAxis: { type: 'value' },
    series: [{ type: 'line', name: 'value', showSymbol: false, data: points.map((p) => p.value) }],
  });
  await finished;
  chart.off('finished');
  return chart;
}

export async function update(chart, points) {
  chart.setOption({ xAxis: { data: points.map((p) => p.period) }, series: [{ data: points.map((p) => p.value) }] });
}

export async function load(container, url) {
  const doc = await (await fetch(url)).json();
  return draw(container, doc.series[0].observations);
}

