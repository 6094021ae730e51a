/**
 * The chart as a PNG a newsroom can share: drawn on a <canvas> from the layout the element
 * already computed (src/core/layout.ts), never by loading the SVG into an <img> (a strict
 * `default-src 'self'` page blocks data: and blob: images). The frame around the plot holds
 * the title, the headline line and the source line, at 2× device pixels, in the page's font
 * and the colours the rendered nodes computed.
 */
import type { ChartLayout, MarkerShape, SeriesLayout } from '../../core/layout.js';
import { contextFirst, roleClass } from './plot.js';

/** Device pixels per CSS pixel in the image. */
export const PNG_SCALE = 2;
/** Blank margin around the whole image, in CSS pixels. */
export const PNG_PAD = 16;
/** Space between the text rows and the plot, in CSS pixels. */
export const PNG_GAP = 8;

/** What the element shows around the plot, as shown (no spoken twins). */
export interface PngText {
  readonly title: string;
  readonly headline: string;
  readonly source: string;
  /** The legend's names when the layout has one, in the model's order; else empty. */
  readonly legend: readonly string[];
  /** "Nacional: 17.0" beside the reference line. */
  readonly reference: string;
}

/** The rendered nodes the image takes its fonts and colours from. */
export interface PngSource {
  readonly host: Element;
  readonly svg: SVGSVGElement;
  readonly title: Element | null;
  readonly headline: Element | null;
  readonly source: Element | null;
}

interface Row {
  readonly lines: string[];
  readonly font: string;
  readonly color: string;
  readonly lineHeight: number;
}

/** Draws the chart and its frame on a new canvas; `toBlob` it for the file. */
export function drawPng(l: ChartLayout, text: PngText, from: PngSource): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  const ctx = canvas.getContext('2d')!;
  const hostStyle = getComputedStyle(from.host);
  const ink = hostStyle.color;
  const bg = background(from.host, ink);
  const inner = l.width;
  const row = (el: Element | null, content: string, lineHeight: number, color = ink): Row => {
    const cs = getComputedStyle(el ?? from.host);
    const size = parseFloat(cs.fontSize) || 16;
    const font = `${cs.fontWeight} ${size}px ${cs.fontFamily || hostStyle.fontFamily}`;
    ctx.font = font;
    return { lines: wrap(ctx, content, inner), font, color: el ? cs.color : color, lineHeight: size * lineHeight };
  };
  const top = [row(from.title, text.title, 1.25), row(from.headline, text.headline, 1.5)];
  const bottom = [row(from.source, text.source, 1.4)];
  const height = (rows: Row[]) => rows.reduce((h, r) => h + r.lines.length * r.lineHeight, 0);
  const plotTop = PNG_PAD + height(top) + PNG_GAP;
  // Whole device pixels: a measured plot may be a fraction of a pixel wide.
  canvas.width = Math.ceil((inner + 2 * PNG_PAD) * PNG_SCALE);
  canvas.height = Math.ceil((plotTop + l.height + PNG_GAP + height(bottom) + PNG_PAD) * PNG_SCALE);
  ctx.scale(PNG_SCALE, PNG_SCALE);
  ctx.fillStyle = bg;
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  let y = PNG_PAD;
  for (const r of top) y = drawRow(ctx, r, y);
  ctx.save();
  ctx.translate(PNG_PAD, plotTop);
  drawPlot(ctx, l, text, from.svg, bg, hostStyle.fontFamily);
  ctx.restore();
  y = plotTop + l.height + PNG_GAP;
  for (const r of bottom) drawRow(ctx, r, y);
  return canvas;
}

function drawRow(ctx: CanvasRenderingContext2D, r: Row, y: number): number {
  ctx.font = r.font;
  ctx.fillStyle = r.color;
  ctx.textAlign = 'left';
  ctx.textBaseline = 'middle';
  for (const line of r.lines) {
    ctx.fillText(line, PNG_PAD, y + r.lineHeight / 2);
    y += r.lineHeight;
  }
  return y;
}

/** The plot, in the layout's own pixels: grid and axes, annotations, reference, series, end labels, legend. */
function drawPlot(ctx: CanvasRenderingContext2D, l: ChartLayout, text: PngText, svg: SVGSVGElement, bg: string, family: string): void {
  const { margin, bottom } = l;
  const right = margin.left + l.plotWidth;
  const style = (selector: string): CSSStyleDeclaration | null => {
    const node = svg.querySelector(selector);
    return node ? getComputedStyle(node) : null;
  };
  const tick = style('.tick');
  const font = (cs: CSSStyleDeclaration | null, weight = cs?.fontWeight ?? '400') => `${weight} ${cs?.fontSize ?? '12px'} ${cs?.fontFamily || family}`;
  ctx.font = font(tick);
  ctx.fillStyle = tick?.fill ?? '#57606a';
  for (const tk of l.yTicks) {
    line(ctx, style('.grid'), margin.left, tk.at, right, tk.at);
    ctx.textAlign = 'end';
    ctx.textBaseline = 'middle';
    ctx.fillText(tk.label, margin.left - 6, tk.at);
  }
  for (const tk of l.xTicks) {
    line(ctx, style('.tick-mark'), tk.at, bottom, tk.at, bottom + 4);
    ctx.textAlign = 'center';
    ctx.textBaseline = 'alphabetic';
    ctx.fillText(tk.label, tk.at, bottom + 16);
  }
  line(ctx, style('.baseline'), margin.left, bottom, right, bottom);
  for (const a of l.annotations) {
    line(ctx, style('.annotation line'), a.x, margin.top - 4, a.x, bottom);
    label(ctx, style('.annotation text'), family, a.label, a.x + (a.end ? -4 : 4), margin.top - 8, a.end ? 'end' : 'start');
  }
  if (l.reference) {
    line(ctx, style('.reference line'), margin.left, l.reference.y, right, l.reference.y);
    label(ctx, style('.reference text'), family, text.reference, margin.left + 4, l.reference.y - 5, 'start');
  }
  for (const s of contextFirst(l)) drawSeries(ctx, s, seriesNode(svg, s), bg);
  for (const e of l.endLabels) {
    const cs = style(`.end-label.${roleClass(l.series[e.index]!)}`);
    const name = e.name ? `${e.name} ` : '';
    ctx.textAlign = 'left';
    ctx.textBaseline = 'middle';
    ctx.fillStyle = cs?.fill ?? '#1f2328';
    ctx.font = font(cs, '400');
    ctx.fillText(name, e.x, e.y);
    const dx = ctx.measureText(name).width;
    ctx.font = font(cs, '700');
    ctx.fillText(e.value, e.x + dx, e.y);
  }
  if (l.legend) drawLegend(ctx, l, text.legend, svg, tick, family, bg);
}

/** Each series: band, line, dashed provisional segments, markers, in the colours its rendered nodes computed. */
function drawSeries(ctx: CanvasRenderingContext2D, s: SeriesLayout, g: Element | null, bg: string): void {
  const cs = (selector: string) => {
    const node = g?.querySelector(selector);
    return node ? getComputedStyle(node) : null;
  };
  const band = cs('.band');
  if (s.band && band) {
    ctx.globalAlpha = parseFloat(band.fillOpacity) || 0.18;
    ctx.fillStyle = band.fill;
    ctx.fill(new Path2D(s.band));
    ctx.globalAlpha = 1;
  }
  const main = cs('.line:not(.provisional)');
  stroke(ctx, main, new Path2D(s.line));
  if (s.provisional) stroke(ctx, cs('.line.provisional') ?? main, new Path2D(s.provisional));
  const marker = cs('.marker:not(.hollow)');
  const hollow = cs('.marker.hollow');
  for (const m of s.markers) {
    const style = m.hollow ? hollow : marker;
    const path = markerPath(s.shape, m.x, m.y);
    if (s.shape !== 'cross') {
      ctx.fillStyle = m.hollow ? bg : style?.fill ?? main?.stroke ?? '#000';
      ctx.fill(path);
    }
    stroke(ctx, style, path);
  }
}

function drawLegend(ctx: CanvasRenderingContext2D, l: ChartLayout, names: readonly string[], svg: SVGSVGElement, tick: CSSStyleDeclaration | null, family: string, bg: string): void {
  let x = 0;
  const y = 8;
  ctx.font = `400 ${tick?.fontSize ?? '12px'} ${tick?.fontFamily || family}`;
  for (const s of l.series) {
    const name = names[s.index] ?? s.key;
    const main = seriesNode(svg, s)?.querySelector('.line');
    const cs = main ? getComputedStyle(main) : null;
    if (cs) {
      ctx.strokeStyle = cs.stroke;
      ctx.lineWidth = parseFloat(cs.strokeWidth) || 2;
      ctx.setLineDash([]);
      ctx.beginPath();
      ctx.moveTo(x + 1, y);
      ctx.lineTo(x + 23, y);
      ctx.stroke();
      ctx.fillStyle = s.shape === 'cross' ? bg : cs.stroke;
      ctx.fill(markerPath(s.shape, x + 12, y));
      ctx.stroke(markerPath(s.shape, x + 12, y));
    }
    ctx.fillStyle = tick?.color ?? ctx.fillStyle;
    ctx.textAlign = 'left';
    ctx.textBaseline = 'middle';
    ctx.fillText(name, x + 28, y);
    x += 28 + ctx.measureText(name).width + 14;
  }
}

function seriesNode(svg: SVGSVGElement, s: SeriesLayout): Element | null {
  return [...svg.querySelectorAll<SVGGElement>('g.series')].find((g) => g.dataset['key'] === s.key) ?? null;
}

function markerPath(shape: MarkerShape, cx: number, cy: number): Path2D {
  if (shape === 'square') return new Path2D(`M${cx - 3.5},${cy - 3.5}h7v7h-7Z`);
  if (shape === 'triangle') return new Path2D(`M${cx},${cy - 4.5}L${cx + 4.5},${cy + 3.5}L${cx - 4.5},${cy + 3.5}Z`);
  if (shape === 'diamond') return new Path2D(`M${cx},${cy - 5}L${cx + 5},${cy}L${cx},${cy + 5}L${cx - 5},${cy}Z`);
  if (shape === 'cross') return new Path2D(`M${cx - 4},${cy - 4}L${cx + 4},${cy + 4}M${cx - 4},${cy + 4}L${cx + 4},${cy - 4}`);
  const p = new Path2D();
  p.arc(cx, cy, 3.5, 0, 2 * Math.PI);
  return p;
}

/** Strokes a path as a rendered node's computed stroke, width, dashes and opacity say. */
function stroke(ctx: CanvasRenderingContext2D, cs: CSSStyleDeclaration | null, path: Path2D): void {
  if (!cs || cs.stroke === 'none') return;
  ctx.strokeStyle = cs.stroke;
  ctx.lineWidth = parseFloat(cs.strokeWidth) || 1;
  ctx.lineJoin = 'round';
  ctx.lineCap = cs.strokeLinecap === 'round' ? 'round' : 'butt';
  ctx.setLineDash(cs.strokeDasharray === 'none' ? [] : cs.strokeDasharray.split(/[\s,]+/).map(parseFloat).filter(Number.isFinite));
  ctx.globalAlpha = parseFloat(cs.strokeOpacity) || 1;
  ctx.stroke(path);
  ctx.globalAlpha = 1;
  ctx.setLineDash([]);
}

function line(ctx: CanvasRenderingContext2D, cs: CSSStyleDeclaration | null, x1: number, y1: number, x2: number, y2: number): void {
  const p = new Path2D();
  p.moveTo(x1, y1);
  p.lineTo(x2, y2);
  stroke(ctx, cs, p);
}

function label(ctx: CanvasRenderingContext2D, cs: CSSStyleDeclaration | null, family: string, content: string, x: number, y: number, align: CanvasTextAlign): void {
  ctx.font = `${cs?.fontWeight ?? '400'} ${cs?.fontSize ?? '12px'} ${cs?.fontFamily || family}`;
  ctx.fillStyle = cs?.fill ?? '#1f2328';
  ctx.textAlign = align;
  ctx.textBaseline = 'alphabetic';
  ctx.fillText(content, x, y);
}

/** Words into lines no wider than `width`; a word wider than the line stays whole on its own. */
function wrap(ctx: CanvasRenderingContext2D, content: string, width: number): string[] {
  const words = content.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let current = '';
  for (const word of words) {
    const next = current ? `${current} ${word}` : word;
    if (current && ctx.measureText(next).width > width) {
      lines.push(current);
      current = word;
    } else current = next;
  }
  if (current) lines.push(current);
  return lines;
}

/**
 * An opaque background: the element's own, else the nearest ancestor's, else the canvas of
 * its scheme (dark text on white, light text on #121212), so the image never has holes.
 */
function background(host: Element, ink: string): string {
  for (let el: Element | null = host; el; el = el.parentElement ?? ((el.getRootNode() as ShadowRoot).host ?? null)) {
    const c = getComputedStyle(el).backgroundColor;
    if (c && !/^(transparent|rgba\(.*,\s*0\))$/.test(c)) return c;
  }
  const rgb = (ink.match(/[\d.]+/g) ?? ['0', '0', '0']).slice(0, 3).map(Number);
  return 0.2126 * rgb[0]! + 0.7152 * rgb[1]! + 0.0722 * rgb[2]! > 128 ? '#121212' : '#ffffff';
}

/** Shown text of a rendered node: its spoken twins (`.sr-only`) left out, spaces collapsed. */
export function shownText(el: Element | null): string {
  if (!el) return '';
  let out = '';
  const walk = (n: Node): void => {
    if (n instanceof Element && n.classList.contains('sr-only')) return;
    if (n.nodeType === Node.TEXT_NODE) out += n.textContent ?? '';
    n.childNodes.forEach(walk);
  };
  walk(el);
  return out.replace(/\s+/g, ' ').trim();
}
