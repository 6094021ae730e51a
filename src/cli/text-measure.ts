/**
 * Text measured in the font the images are drawn in (font-metrics.ts, written from the
 * font files by scripts/fonts.mjs), and fitted into lines: the image's text is laid out
 * before it is drawn, so nothing runs off the edge. Pure: no Node, no DOM.
 */
import { UNITS_PER_EM, WIDTHS } from './font-metrics.js';

export type Weight = 'regular' | 'bold';

function decode(runs: string): Map<number, number> {
  const map = new Map<number, number>();
  for (const run of runs.split(';')) {
    const [first, widths] = run.split(':') as [string, string];
    let code = parseInt(first, 16);
    for (const w of widths.split(',')) map.set(code++, Number(w));
  }
  return map;
}

const TABLES: Record<Weight, Map<number, number>> = { regular: decode(WIDTHS.regular), bold: decode(WIDTHS.bold) };
/** A character the font lacks is drawn as a box about as wide as "M": counted so. */
const MISSING: Record<Weight, number> = { regular: TABLES.regular.get(0x4d)!, bold: TABLES.bold.get(0x4d)! };
/** Kerning and rounding are not measured: a little slack so a measured line always fits. */
const SLACK = 1.02;

/** The width of a line of text at a font size, in pixels. */
export function textWidth(text: string, size: number, weight: Weight = 'regular'): number {
  const table = TABLES[weight];
  let units = 0;
  for (const ch of text) units += table.get(ch.codePointAt(0)!) ?? MISSING[weight];
  return (units / UNITS_PER_EM) * size * SLACK;
}

/** Whether the font draws every character of the text (else some are boxes). */
export function fontCovers(text: string): boolean {
  for (const ch of text) if (!TABLES.regular.has(ch.codePointAt(0)!)) return false;
  return true;
}

export interface Fitted {
  readonly size: number;
  readonly lines: readonly string[];
  /** True when the text did not fit at the smallest size and was cut with "…". */
  readonly truncated: boolean;
}

/** Breaks text into lines no wider than `width`; a word longer than a line is broken between characters. */
export function wrap(text: string, size: number, width: number, weight: Weight = 'regular'): string[] {
  return wrapped(text, size, width, weight).lines;
}

function wrapped(text: string, size: number, width: number, weight: Weight): { lines: string[]; broken: boolean } {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let broken = false;
  let line = '';
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (textWidth(candidate, size, weight) <= width) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    line = word;
    while (textWidth(line, size, weight) > width && [...line].length > 1) {
      broken = true;
      const chars = [...line];
      let n = chars.length - 1;
      while (n > 1 && textWidth(chars.slice(0, n).join(''), size, weight) > width) n--;
      lines.push(chars.slice(0, n).join(''));
      line = chars.slice(n).join('');
    }
  }
  if (line) lines.push(line);
  return { lines, broken };
}

/** Cuts a line so that it and a final "…" fit in `width`. */
function ellipsis(line: string, size: number, width: number, weight: Weight): string {
  const chars = [...line];
  while (chars.length && textWidth(`${chars.join('').trimEnd()}\u2026`, size, weight) > width) chars.pop();
  return `${chars.join('').trimEnd()}\u2026`;
}

/**
 * The largest of `sizes` (largest first) at which the text fits in `maxLines` lines of
 * `width` without breaking a word; else the smallest size, words broken if they must be;
 * when even that is too long, its last line is cut with "…".
 */
export function fit(text: string, o: { sizes: readonly number[]; width: number; maxLines: number; weight?: Weight }): Fitted {
  const weight = o.weight ?? 'regular';
  for (const size of o.sizes) {
    const { lines, broken } = wrapped(text, size, o.width, weight);
    if (lines.length <= o.maxLines && !broken) return { size, lines, truncated: false };
  }
  const size = o.sizes[o.sizes.length - 1]!;
  const all = wrap(text, size, o.width, weight);
  if (all.length <= o.maxLines) return { size, lines: all, truncated: false };
  const lines = all.slice(0, o.maxLines);
  lines[lines.length - 1] = ellipsis(lines[lines.length - 1]!, size, o.width, weight);
  return { size, lines, truncated: true };
}
