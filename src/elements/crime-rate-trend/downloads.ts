/**
 * The chart's downloads: the data as CSV (with unit, source and coverage), the
 * drawing as a standalone SVG that carries its computed colours, and as a PNG (png.ts).
 */
import { toCsv } from '../../core/csv.js';
import type { LocaleInfo } from '../../core/format.js';
import type { ChartLayout } from '../../core/layout.js';
import type { ValidIndicator } from '../../core/schema.js';
import { drawPng, type PngSource, type PngText } from './png.js';

/** Offers `content` as a file named after the document's id, through a link inside `root` (no navigation, no window). */
function save(root: Node, doc: ValidIndicator, content: string | Blob, type: string, extension: string): void {
  const url = URL.createObjectURL(typeof content === 'string' ? new Blob([content], { type }) : content);
  const a = document.createElement('a');
  a.href = url;
  a.download = `${doc.id ?? 'cifra'}.${extension}`;
  a.rel = 'noopener';
  root.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** The document's observations as CSV, with a byte-order mark so spreadsheets read it as UTF-8. */
export function downloadCsv(root: Node, doc: ValidIndicator, info: LocaleInfo, series: string | null): void {
  save(root, doc, `\uFEFF${toCsv(doc, info, series)}`, 'text/csv;charset=utf-8', 'csv');
}

const CARRIED = ['fill', 'stroke', 'stroke-width', 'stroke-dasharray', 'font-size', 'font-family', 'opacity'];

const SVG_NS = 'http://www.w3.org/2000/svg';

/** A line of the frame around the plot: its text as shown and the element it is shown in (for font and colour). */
export interface FrameLine {
  readonly text: string;
  readonly from: Element;
  readonly bold?: boolean;
}

/** `text` cut into lines of at most `width` pixels, by words, measured with a canvas in `font`. */
function wrap(text: string, font: string, width: number): string[] {
  const ctx = document.createElement('canvas').getContext('2d');
  if (!ctx) return [text];
  ctx.font = font;
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && ctx.measureText(next).width > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * The chart as a publishable SVG: the title, headline and source lines around the plot
 * (wrapped to its width, in the page's font and colours), and the plot with its computed
 * colours written onto each node, since the stylesheet stays behind.
 */
export function downloadSvg(root: Node, doc: ValidIndicator, source: SVGSVGElement, above: readonly FrameLine[], below: readonly FrameLine[]): void {
  const plot = source.cloneNode(true) as SVGSVGElement;
  const originals = source.querySelectorAll('*');
  plot.querySelectorAll('*').forEach((node, k) => {
    const cs = getComputedStyle(originals[k]!);
    for (const prop of CARRIED) node.setAttribute(prop, cs.getPropertyValue(prop));
  });
  const width = Number(source.getAttribute('width')) || source.getBoundingClientRect().width;
  const height = Number(source.getAttribute('height')) || source.getBoundingClientRect().height;
  const pad = 16;
  const out = document.createElementNS(SVG_NS, 'svg');
  out.setAttribute('xmlns', SVG_NS);
  let y = pad;
  const write = (lines: readonly FrameLine[]): void => {
    for (const l of lines) {
      if (!l.text) continue;
      const cs = getComputedStyle(l.from);
      const size = parseFloat(cs.fontSize) || 14;
      const weight = l.bold ? '700' : cs.fontWeight;
      for (const piece of wrap(l.text, `${weight} ${size}px ${cs.fontFamily}`, width)) {
        y += size * 1.3;
        const t = document.createElementNS(SVG_NS, 'text');
        t.setAttribute('x', String(pad));
        t.setAttribute('y', String(y - size * 0.3));
        t.setAttribute('font-family', cs.fontFamily);
        t.setAttribute('font-size', String(size));
        t.setAttribute('font-weight', weight);
        t.setAttribute('fill', cs.color);
        t.textContent = piece;
        out.append(t);
      }
      y += 4;
    }
  };
  write(above);
  y += 4;
  const g = document.createElementNS(SVG_NS, 'g');
  g.setAttribute('transform', `translate(${pad},${y})`);
  g.append(...plot.childNodes);
  out.append(g);
  y += height + 8;
  write(below);
  const total = { w: width + 2 * pad, h: y + pad };
  out.setAttribute('viewBox', `0 0 ${total.w} ${total.h}`);
  out.setAttribute('width', String(total.w));
  out.setAttribute('height', String(total.h));
  // An opaque background in the element's colours, so the file reads on any viewer.
  const bg = document.createElementNS(SVG_NS, 'rect');
  bg.setAttribute('width', '100%');
  bg.setAttribute('height', '100%');
  const host = (root as ShadowRoot).host ?? source;
  const paint = getComputedStyle(host).backgroundColor;
  bg.setAttribute('fill', paint && paint !== 'rgba(0, 0, 0, 0)' ? paint : '#ffffff');
  out.prepend(bg);
  const title = document.createElementNS(SVG_NS, 'title');
  title.textContent = source.getAttribute('aria-label') ?? '';
  out.prepend(title);
  save(root, doc, new XMLSerializer().serializeToString(out), 'image/svg+xml', 'svg');
}

/**
 * The chart as a PNG drawn on a canvas from its layout (png.ts), saved like the CSV: a blob
 * URL behind a download link, which a strict `default-src 'self'` page allows.
 */
export function downloadPng(root: Node, doc: ValidIndicator, layout: ChartLayout, text: PngText, source: PngSource): void {
  drawPng(layout, text, source).toBlob((blob) => {
    if (blob) save(root, doc, blob, 'image/png', 'png');
  }, 'image/png');
}
