/**
 * Small multiples, `<crime-rate-trend layout="grid">` (DESIGN §1a): the panels, filled from
 * a grid (core/grid.ts) and one compact layout per panel (core/layout.ts) computed
 * beforehand. Nothing here measures, scales or decides; the element owns the keys.
 */
import { html, svg, nothing, type TemplateResult } from 'lit';
import type { ChartModel, ChartPoint } from '../../core/chart.js';
import type { Grid, GridPanel } from '../../core/grid.js';
import type { ChartLayout, Size } from '../../core/layout.js';
import { contextFirst, roleClass } from './plot.js';

/** The gap between panels, in CSS pixels (the styles' `.panels { gap }`): the panels' width is computed with it. */
export const PANEL_GAP = 12;

/** One panel: its place in the grid, the model it is drawn from (the compare series, then its own) and its layout. */
export interface PanelView {
  readonly panel: GridPanel;
  /** `[compare, series]`, or `[series]` without `compare`, on the panel's y domain. */
  readonly model: ChartModel;
  /** The index of the panel's own series in `model`. */
  readonly s: number;
  readonly layout: ChartLayout;
  /** The y ticks carry labels: the first column of a shared scale, every panel of a free one. */
  readonly yLabels: boolean;
}

export interface GridView {
  readonly grid: Grid;
  readonly panels: readonly PanelView[];
  /** The width the grid was laid out for. */
  readonly width: number;
  readonly panelSize: Size;
  /** The attributes it was laid out with. */
  readonly options: string;
}

/** A panel's size for a grid width: the columns share the width less the gaps; the plot is about 0.6 as tall as wide. */
export function panelSize(width: number, columns: number): Size {
  const w = Math.max(60, Math.floor((width - PANEL_GAP * (columns - 1)) / columns));
  return { width: w, height: Math.round(Math.min(180, Math.max(84, w * 0.6))) };
}

/** One panel's plot: grid lines with their labels inside the plot (not the baseline's: the lines run there), the first and last period, the reference, the lines (grey compare first) and the focused point. */
function panelPlot(l: ChartLayout, yLabels: boolean, focus: ChartPoint | undefined): TemplateResult {
  const { margin, bottom } = l;
  const right = margin.left + l.plotWidth;
  const [first, ...rest] = l.xTicks;
  const last = rest[rest.length - 1];
  return html`<svg viewBox="0 0 ${l.width} ${l.height}" width=${l.width} height=${l.height} aria-hidden="true" focusable="false">
    <g class="axis" part="axis">
      ${l.yTicks.map((tk) => svg`<line class="grid" x1=${margin.left} x2=${right} y1=${tk.at} y2=${tk.at}></line>
        ${yLabels && tk.label && tk.at < bottom - 0.5 ? svg`<text class="tick inside" x=${margin.left} y=${tk.at - 3}>${tk.label}</text>` : nothing}`)}
      ${first ? svg`<text class="tick" x=${margin.left} y=${bottom + 14} text-anchor="start">${first.label}</text>` : nothing}
      ${last ? svg`<text class="tick" x=${right} y=${bottom + 14} text-anchor="end">${last.label}</text>` : nothing}
      <line class="baseline" x1=${margin.left} x2=${right} y1=${bottom} y2=${bottom}></line>
    </g>
    ${l.reference === null ? nothing : svg`<g class="reference"><line x1=${margin.left} x2=${right} y1=${l.reference.y} y2=${l.reference.y}></line></g>`}
    ${contextFirst(l).map((s) => svg`<g class="series ${roleClass(s)}" data-key=${s.key}>
      ${s.band ? svg`<path class="band" d=${s.band}></path>` : nothing}
      <path class="line" part="line" d=${s.line}></path>
      ${s.provisional ? svg`<path class="line provisional" d=${s.provisional}></path>` : nothing}
      ${s.markers.map((m) => svg`<circle class="marker ${m.hollow ? 'hollow' : ''}" cx=${m.x} cy=${m.y} r="2.5"></circle>`)}
    </g>`)}
    ${focus && focus.y !== null ? svg`<g class="focus">
      <line x1=${l.x(focus.x)} x2=${l.x(focus.x)} y1=${margin.top} y2=${bottom}></line>
      <circle cx=${l.x(focus.x)} cy=${l.y(focus.y)} r="4.5"></circle>
    </g>` : nothing}
  </svg>`;
}

export interface GridText {
  /** The focused panel (its index in the grid's order) and point, or null. */
  readonly focus: { readonly p: number; readonly i: number } | null;
  /** The focused point's details ("1995: 17.3"), shown over its panel. */
  readonly tip: string;
}

/**
 * The panels, each labelled above its plot with its place and last value ("Chihuahua 76.4",
 * with its period when older than the others'). The labels are the text a screen reader
 * reads in order; the plots are images of those values, hidden from it (the summary and
 * the table say them all).
 */
export function renderPanels(view: GridView, t: GridText): TemplateResult {
  return html`${view.panels.map((pv, p) => {
    const focused = t.focus?.p === p;
    const point = focused ? pv.model.series[pv.s]?.points[t.focus!.i] : undefined;
    const { place, value } = pv.panel.label;
    const rest = value ? pv.panel.label.text.slice(`${place} ${value}`.length) : '';
    return html`<div class="panel ${focused ? 'focused' : ''}" data-p=${p} data-key=${pv.panel.key}>
      <p class="panel-label"><span class="place">${place}</span>${value ? html` <strong>${value}</strong>${rest}` : nothing}</p>
      ${panelPlot(pv.layout, pv.yLabels, point)}
      ${focused && t.tip ? html`<div class="panel-tip" aria-hidden="true">${t.tip}</div>` : nothing}
    </div>`;
  })}`;
}
