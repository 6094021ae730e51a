// The floor: a bare Lit element drawing the same line with the same d3 parts cifra uses
// (d3-scale for the y domain, d3-shape for the path) and nothing else: no validation,
// no text, no axes, no table, no accessibility. What any Lit + d3 chart element pays at
// least; cifra's S5 budget is to update no slower than this.
import { LitElement, html, svg } from 'lit';
import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';

class BenchFloor extends LitElement {
  static properties = { points: { attribute: false }, width: { type: Number }, height: { type: Number } };

  render() {
    const points = this.points ?? [];
    const { width, height } = this;
    let lo = Infinity;
    let hi = -Infinity;
    for (const p of points) {
      if (p.value < lo) lo = p.value;
      if (p.value > hi) hi = p.value;
    }
    const x = scaleLinear().domain([0, Math.max(1, points.length - 1)]).range([0, width]);
    const y = scaleLinear().domain([lo, hi]).nice().range([height, 0]);
    const d = line().x((_, i) => x(i)).y((p) => y(p.value))(points) ?? '';
    return html`<svg width=${width} height=${height} viewBox="0 0 ${width} ${height}">${svg`<path d=${d} fill="none" stroke="#0b5cad" stroke-width="2"/>`}</svg>`;
  }
}
customElements.define('bench-floor', BenchFloor);
