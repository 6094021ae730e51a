/**
 * The chart's downloads: the data as CSV (with unit, source and coverage) and the
 * drawing as a standalone SVG that carries its computed colours.
 */
import { toCsv } from '../../core/csv.js';
import type { LocaleInfo } from '../../core/format.js';
import type { ValidIndicator } from '../../core/schema.js';

/** Offers `text` as a file named after the document's id, through a link inside `root` (no navigation, no window). */
function save(root: Node, doc: ValidIndicator, text: string, type: string, extension: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
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
