// Chart.js: category x axis (periods as labels), animation off, no point markers (a plain
// line, as the others draw by default), responsive in a position:relative container
// with maintainAspectRatio false (its "Responsive Charts" docs). Rendering is synchronous.
import { Chart } from '/build/chartjs.js';
import { frame } from '/data.js';

export async function draw(container, points) {
  const canvas = document.createElement('canvas');
  container.append(canvas);
  const chart = new Chart(canvas, {
    type: 'line',
    data: { labels: points.map((p) => p.period), datasets: [{ label: 'value', data: points.map((p) => p.value), borderColor: '#0b5cad', pointRadius: 0 }] },
    options: { animation: false, responsive: true, maintainAspectRatio: false },
  });
  await frame();
  return chart;
}

export async function update(chart, points) {
  chart.data.labels = points.map((p) => p.period);
  chart.data.datasets[0].data = points.map((p) => p.value);
  chart.update('none');
}

export async function load(container, url) {
  const doc = await (await fetch(url)).json();
  return draw(container, doc.series[0].observations);
}
