// node scripts/fonts.mjs: the font of `cifra render --png`, taken from an npm package.
//
// Public Sans (The Public Sans Project Authors, SIL Open Font License 1.1, no Reserved
// Font Name), regular and bold, Latin subset, from the devDependency @fontsource/public-sans.
// resvg reads TrueType, not WOFF, so each WOFF file is unwrapped into the TrueType font it
// holds: every table inflated as it was, byte for byte, nothing subset, renamed or changed
// (a lossless unwrap, like the WOFF wrap itself). Writes:
//   src/cli/fonts/PublicSans-Regular.ttf, PublicSans-Bold.ttf   shipped as dist/fonts/
//   src/cli/fonts/OFL.txt                                         the licence, shipped beside them
//   src/cli/font-metrics.ts                                       advance widths, so the card's
//                                                                 text is measured and wrapped in
//                                                                 pure code, never clipped
// Run it again after updating @fontsource/public-sans; the files are committed.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { inflateSync } from 'node:zlib';

const root = new URL('..', import.meta.url);
const require = createRequire(import.meta.url);
const pkgDir = require.resolve('@fontsource/public-sans/package.json').replace(/package\.json$/, '');
const pkg = JSON.parse(readFileSync(`${pkgDir}package.json`, 'utf8'));

/** The TrueType (sfnt) font inside a WOFF 1.0 file. */
export function woffToSfnt(woff) {
  const v = new DataView(woff.buffer, woff.byteOffset, woff.byteLength);
  if (v.getUint32(0) !== 0x774f4646) throw new Error('not a WOFF 1.0 file');
  const flavor = v.getUint32(4);
  const n = v.getUint16(12);
  const tables = [];
  for (let i = 0; i < n; i++) {
    const o = 44 + i * 20;
    const offset = v.getUint32(o + 4);
    const compressed = v.getUint32(o + 8);
    const length = v.getUint32(o + 12);
    const raw = woff.subarray(offset, offset + compressed);
    const data = compressed < length ? inflateSync(raw) : raw;
    if (data.length !== length) throw new Error(`table ${i}: ${data.length} bytes, expected ${length}`);
    tables.push({ tag: v.getUint32(o), checksum: v.getUint32(o + 16), data });
  }
  const size = tables.reduce((sum, t) => sum + ((t.data.length + 3) & ~3), 12 + 16 * n);
  const out = Buffer.alloc(size);
  const w = new DataView(out.buffer, out.byteOffset, out.byteLength);
  let pow = 1;
  let log = 0;
  while (pow * 2 <= n) {
    pow *= 2;
    log++;
  }
  w.setUint32(0, flavor);
  w.setUint16(4, n);
  w.setUint16(6, pow * 16);
  w.setUint16(8, log);
  w.setUint16(10, n * 16 - pow * 16);
  let at = 12 + 16 * n;
  tables.forEach((t, i) => {
    const o = 12 + i * 16;
    w.setUint32(o, t.tag);
    w.setUint32(o + 4, t.checksum);
    w.setUint32(o + 8, at);
    w.setUint32(o + 12, t.data.length);
    out.set(t.data, at);
    at += (t.data.length + 3) & ~3;
  });
  return out;
}

/** Units per em, ascender, descender and the advance width of every mapped code point (cmap 3/1 format 4, hmtx). */
function metrics(font) {
  const v = new DataView(font.buffer, font.byteOffset, font.byteLength);
  const table = {};
  for (let i = 0; i < v.getUint16(4); i++) {
    const o = 12 + 16 * i;
    table[String.fromCharCode(...font.subarray(o, o + 4))] = v.getUint32(o + 8);
  }
  const unitsPerEm = v.getUint16(table.head + 18);
  const ascender = v.getInt16(table.hhea + 4);
  const descender = v.getInt16(table.hhea + 6);
  const hMetrics = v.getUint16(table.hhea + 34);
  const advance = (glyph) => v.getUint16(table.hmtx + 4 * Math.min(glyph, hMetrics - 1));
  const widths = new Map();
  for (let i = 0; i < v.getUint16(table.cmap + 2); i++) {
    const rec = table.cmap + 4 + 8 * i;
    const sub = table.cmap + v.getUint32(rec + 4);
    if (v.getUint16(rec) !== 3 || v.getUint16(rec + 2) !== 1 || v.getUint16(sub) !== 4) continue;
    const seg2 = v.getUint16(sub + 6);
    const ends = sub + 14;
    const starts = ends + seg2 + 2;
    const deltas = starts + seg2;
    const ranges = deltas + seg2;
    for (let s = 0; s < seg2 / 2; s++) {
      const end = v.getUint16(ends + 2 * s);
      const start = v.getUint16(starts + 2 * s);
      const delta = v.getInt16(deltas + 2 * s);
      const rangeOffset = v.getUint16(ranges + 2 * s);
      for (let c = start; c <= end && c !== 0xffff; c++) {
        let glyph = rangeOffset === 0 ? (c + delta) & 0xffff : v.getUint16(ranges + 2 * s + rangeOffset + 2 * (c - start));
        if (rangeOffset !== 0 && glyph !== 0) glyph = (glyph + delta) & 0xffff;
        if (glyph !== 0) widths.set(c, advance(glyph));
      }
    }
  }
  return { unitsPerEm, ascender, descender, widths };
}

const out = new URL('src/cli/fonts/', root);
mkdirSync(out, { recursive: true });
const faces = { regular: ['400', 'PublicSans-Regular.ttf'], bold: ['700', 'PublicSans-Bold.ttf'] };
const measured = {};
for (const [face, [weight, file]] of Object.entries(faces)) {
  const sfnt = woffToSfnt(readFileSync(`${pkgDir}files/public-sans-latin-${weight}-normal.woff`));
  writeFileSync(new URL(file, out), sfnt);
  measured[face] = metrics(sfnt);
  console.log(`src/cli/fonts/${file}: ${sfnt.length} bytes, ${measured[face].widths.size} characters`);
}
writeFileSync(new URL('OFL.txt', out), `Public Sans ${pkg.version}, Latin subset, from the npm package @fontsource/public-sans
(unwrapped from WOFF to TrueType by scripts/fonts.mjs, unchanged otherwise).

${readFileSync(`${pkgDir}LICENSE`, 'utf8')}`);

/** Widths as runs "first:w,w,w;…" of consecutive code points: compact and diff-friendly. */
function runs(widths) {
  const codes = [...widths.keys()].sort((a, b) => a - b);
  const parts = [];
  for (let i = 0; i < codes.length;) {
    let j = i;
    while (j + 1 < codes.length && codes[j + 1] === codes[j] + 1) j++;
    parts.push(`${codes[i].toString(16)}:${codes.slice(i, j + 1).map((c) => widths.get(c)).join(',')}`);
    i = j + 1;
  }
  return parts.join(';');
}

const { unitsPerEm, ascender, descender } = measured.regular;
writeFileSync(new URL('src/cli/font-metrics.ts', root), `/**
 * Advance widths of the font the PNG images are drawn in (src/cli/fonts/, Public Sans,
 * SIL Open Font License 1.1), so text is measured and wrapped before it is drawn.
 * Written by scripts/fonts.mjs from @fontsource/public-sans ${pkg.version}: do not edit.
 */
export const FONT_FAMILY = 'Public Sans';
export const UNITS_PER_EM = ${unitsPerEm};
export const ASCENDER = ${ascender};
export const DESCENDER = ${descender};
/** Runs of consecutive code points: "hex of the first:width,width,…", separated by ";". */
export const WIDTHS = {
  regular: '${runs(measured.regular.widths)}',
  bold: '${runs(measured.bold.widths)}',
} as const;
`);
console.log('src/cli/font-metrics.ts, src/cli/fonts/OFL.txt');
