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

/** The plot's SVG with its computed colours written onto each node, since the stylesheet stays behind. */
export function downloadSvg(root: Node, doc: ValidIndicator, source: SVGSVGElement): void {
  const copy = source.cloneNode(true) as SVGSVGElement;
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  const originals = source.querySelectorAll('*');
  copy.querySelectorAll('*').forEach((node, k) => {
    const cs = getComputedStyle(originals[k]!);
    for (const prop of CARRIED) node.setAttribute(prop, cs.getPropertyValue(prop));
  });
  save(root, doc, new XMLSerializer().serializeToString(copy), 'image/svg+xml', 'svg');
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
