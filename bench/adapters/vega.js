// vega-embed with a Vega-Lite line spec (temporal x from the "YYYY-MM" strings), sized
// to the container (autosize fit), default renderer (canvas) and default actions menu.
// vegaEmbed resolves after the view has run and rendered.
import { vegaEmbed } from '/build/vega.js';
import { frame, size } from '/data.js';

export async function draw(container, points) {
  const { width, height } = size(container);
  const spec = {
    width, height,
    autosize: { type: 'fit', contains: 'padding' },
    datasets: { table: points },
    data: { name: 'table' },
    mark: { type: 'line' },
    encoding: { x: { field: 'period', type: 'temporal', title: null }, y: { field: 'value', type: 'quantitative', title: null } },
  };
  const result = await vegaEmbed(container, spec);
  await frame();
  return result.view;
}

export async function update(view, points) {
  await view.data('table', points).runAsync();
}

export async function load(container, url) {
  const doc = await (await fetch(url)).json();
  return draw(container, doc.series[0].observations);
}
