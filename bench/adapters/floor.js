// The Lit + d3 floor (entries/floor.js): the size is given in pixels, as for uPlot. Drawn
// once Lit has rendered the SVG (updateComplete) and one frame has passed; an update
// resolves at updateComplete (the harness then forces layout, as for every library).
import '/build/floor.js';
import { frame, size } from '/data.js';

export async function draw(container, points) {
  const el = document.createElement('bench-floor');
  Object.assign(el, size(container), { points });
  container.append(el);
  await el.updateComplete;
  await frame();
  return el;
}

export async function update(el, points) {
  el.points = points;
  await el.updateComplete;
}

export async function load(container, url) {
  const doc = await (await fetch(url)).json();
  return draw(container, doc.series[0].observations);
}
