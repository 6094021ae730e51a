/**
 * The chart's SVG and legend, filled from a layout computed beforehand
 * (src/core/layout.ts): nothing here measures, scales or decides.
 */
import { html, svg, nothing, type TemplateResult } from 'lit';
import type { ChartModel, ChartPoint } from '../../core/chart.js';
import type { ChartLayout, MarkerShape, SeriesLayout } from '../../core/layout.js';

export interface PlotText {
  /** The SVG's accessible name. */
  readonly name: string;
  /** "Nacional: 17.0" beside the reference line. */
  readonly reference: string;
  /** Drawn at its own size (live) or scaled from a default size (server rendering). */
  readonly live: boolean;
}

function marker(shape: MarkerShape, cx: number, cy: number, hollow: boolean): TemplateResult {
  const cls = hollow ? 'marker hollow' : 'marker';
  if (shape === 'square') return svg`<rect class=${cls} x=${cx - 3.5} y=${cy - 3.5} width="7" height="7"></rect>`;
  if (shape === 'triangle') return svg`<path class=${cls} d="M${cx},${cy - 4.5}L${cx + 4.5},${cy + 3.5}L${cx - 4.5},${cy + 3.5}Z"></path>`;
  if (shape === 'diamond') return svg`<path class=${cls} d="M${cx},${cy - 5}L${cx + 5},${cy}L${cx},${cy + 5}L${cx - 5},${cy}Z"></path>`;
  if (shape === 'cross') return svg`<path class=${cls} d="M${cx - 4},${cy - 4}L${cx + 4},${cy + 4}M${cx - 4},${cy + 4}L${cx + 4},${cy - 4}"></path>`;
  return svg`<circle class=${cls} cx=${cx} cy=${cy} r="3.5"></circle>`;
}

/** The plot: grid and axes, annotations, reference line, bands, lines, markers, end labels and the focused point. */
export function renderPlot(l: ChartLayout, focus: ChartPoint | undefined, t: PlotText): TemplateResult {
  const { margin, bottom } = l;
  const right = margin.left + l.plotWidth;
  return html`<svg role="img" aria-label=${t.name} viewBox="0 0 ${l.width} ${l.height}" width=${l.width} height=${l.height} class=${t.live ? '' : 'static'}>
    <g class="axis" part="axis" aria-hidden="true">
      ${l.yTicks.map((tk) => svg`<line class="grid" x1=${margin.left} x2=${right} y1=${tk.at} y2=${tk.at}></line>
        <text class="tick" x=${margin.left - 6} y=${tk.at} dy="0.32em" text-anchor="end">${tk.label}</text>`)}
      ${l.xTicks.map((tk) => svg`<line class="tick-mark" x1=${tk.at} x2=${tk.at} y1=${bottom} y2=${bottom + 4}></line>
        <text class="tick" x=${tk.at} y=${bottom + 16} text-anchor="middle">${tk.label}</text>`)}
      <line class="baseline" x1=${margin.left} x2=${right} y1=${bottom} y2=${bottom}></line>
    </g>
    ${l.annotations.map((a) => svg`<g class="annotation" aria-hidden="true">
      <line x1=${a.x} x2=${a.x} y1=${margin.top - 4} y2=${bottom}></line>
      <text x=${a.x} y=${margin.top - 8} text-anchor=${a.end ? 'end' : 'start'} dx=${a.end ? -4 : 4}>${a.label}</text>
    </g>`)}
    ${l.reference === null ? nothing : svg`<g class="reference" aria-hidden="true">
      <line x1=${margin.left} x2=${right} y1=${l.reference.y} y2=${l.reference.y}></line>
      <text x=${margin.left + 4} y=${l.reference.y - 5}>${t.reference}</text>
    </g>`}
    ${contextFirst(l).map((s) => svg`<g class="series ${roleClass(s)}" data-key=${s.key}>
      ${s.band ? svg`<path class="band" d=${s.band}></path>` : nothing}
      <path class="line" part="line" d=${s.line}></path>
      ${s.provisional ? svg`<path class="line provisional" d=${s.provisional}></path>` : nothing}
      ${s.markers.map((m) => marker(s.shape, m.x, m.y, m.hollow))}
    </g>`)}
    ${l.endLabels.map((e) => svg`<text class="end-label ${roleClass(l.series[e.index]!)}" x=${e.x} y=${e.y} dy="0.32em" aria-hidden="true">${e.name ? svg`<tspan class="end-name">${e.name} </tspan>` : nothing}${e.value}</text>`)}
    ${focus && focus.y !== null ? svg`<g class="focus" aria-hidden="true">
      <line x1=${l.x(focus.x)} x2=${l.x(focus.x)} y1=${margin.top} y2=${bottom}></line>
      <circle cx=${l.x(focus.x)} cy=${l.y(focus.y)} r="6"></circle>
    </g>` : nothing}
  </svg>`;
}

/** `s0`–`s4` for a series in an accent colour, `context` for one drawn in grey. */
export function roleClass(s: SeriesLayout): string {
  return s.role.accent ? `s${s.role.slot}` : 'context';
}

/** Context lines first, so the highlighted ones are drawn over them. */
export function contextFirst(l: ChartLayout): SeriesLayout[] {
  return [...l.series.filter((s) => !s.role.accent), ...l.series.filter((s) => s.role.accent)];
}

/** The legend used when names do not fit at the lines' ends: each series' colour and marker, and its name. */
export function renderLegend(model: ChartModel, l: ChartLayout): TemplateResult {
  return html`<ul class="legend" aria-hidden="true">${model.series.map((s, si) => {
    const sl = l.series[si]!;
    return html`<li><svg width="28" height="12" viewBox="0 0 28 12" class=${roleClass(sl)}><line class="line" x1="1" x2="27" y1="6" y2="6"></line>${marker(sl.shape, 14, 6, false)}</svg>${s.label}</li>`;
  })}</ul>`;
}

/** The key to the dashed segments, shown when the chart has any: "- - preliminar o parcial". */
export function renderKey(label: string): TemplateResult {
  return html`<span class="key"><svg width="22" height="8" viewBox="0 0 22 8" aria-hidden="true"><line class="line provisional" x1="1" x2="21" y1="4" y2="4"></line></svg> ${label}</span>`;
}
