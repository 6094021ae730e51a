// What each module costs in dist/cifra.js, in context: the built bundle's bytes are
// attributed to their source through dist/cifra.js.map (written by `npm run build`), so
// the numbers are those of the real, tree-shaken, minified and mangled bundle, not of
// modules minified and gzipped one by one (which overstates them: unmangled top-level
// names, a gzip header and an empty dictionary each).
//   min  : minified bytes (UTF-8) mapped to the module.
//   gzip : the module's bytes' share of the gzip size, in context: each run of bytes is
//          charged gzip(bundle up to its end) − gzip(bundle up to its start), i.e. what it
//          adds given everything before it. The column sums to the bundle's gzip size.
// cifra's own files are shown by source (src/…, via dist/lib), dependencies by package.
// Usage: node bench/module-sizes.mjs [--json] [dist/FILE.js]   (after npm run build;
//        the default is dist/cifra.js, another CDN bundle's map works the same way)
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const root = new URL('..', import.meta.url);
const bundle = process.argv.slice(2).find((arg) => !arg.startsWith('--')) ?? 'dist/cifra.js';
const bundleUrl = new URL(bundle, root);
const mapUrl = new URL(`${bundle}.map`, root);
if (!existsSync(bundleUrl) || !existsSync(mapUrl)) {
  console.error(`${bundle} or its source map is missing: run npm run build first.`);
  process.exit(1);
}
const code = readFileSync(bundleUrl, 'utf8');
const map = JSON.parse(readFileSync(mapUrl, 'utf8'));

/** A source path (relative to dist/) → the row it is counted in. */
function group(source) {
  const nm = source.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const parts = source.slice(nm + 'node_modules/'.length).split('/');
    return parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
  }
  const lib = source.replace(/^(\.\.\/)*(dist\/)?lib\//, '');
  return lib === source ? source : `src/${lib.replace(/\.js$/, '.ts')}`;
}

// Decode the mappings (base64 VLQ) into segments [offset in code, group].
const B64 = Object.fromEntries([...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'].map((c, i) => [c, i]));
function vlq(str) {
  const out = [];
  let value = 0;
  let shift = 0;
  for (const c of str) {
    const digit = B64[c];
    value += (digit & 31) << shift;
    if (digit & 32) shift += 5;
    else {
      out.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return out;
}
const lineStarts = [0];
for (let i = 0; i < code.length; i++) if (code[i] === '\n') lineStarts.push(i + 1);
const UNMAPPED = '(not mapped: bundle glue)';
const segments = [];
let source = 0;
map.mappings.split(';').forEach((line, lineNo) => {
  let col = 0;
  for (const seg of line.split(',')) {
    if (!seg) continue;
    const f = vlq(seg);
    col += f[0];
    let name = UNMAPPED;
    if (f.length >= 4) {
      source += f[1];
      name = group(map.sources[source]);
    }
    segments.push([lineStarts[lineNo] + col, name]);
  }
});
segments.sort((a, b) => a[0] - b[0]);

// Runs of consecutive bytes with the same group.
const runs = [];
if (!segments.length || segments[0][0] > 0) runs.push([0, UNMAPPED]);
for (const [offset, name] of segments) {
  if (runs.length && runs.at(-1)[1] === name) continue;
  if (runs.length && runs.at(-1)[0] === offset) runs.at(-1)[1] = name;
  else runs.push([offset, name]);
}

const gz = (end) => (end === 0 ? 0 : gzipSync(Buffer.from(code.slice(0, end)), { level: 9 }).length);
const rows = new Map();
let previous = 0;
for (let i = 0; i < runs.length; i++) {
  const [start, name] = runs[i];
  const end = i + 1 < runs.length ? runs[i + 1][0] : code.length;
  const after = gz(end);
  const row = rows.get(name) ?? { module: name, min: 0, gzip: 0 };
  row.min += Buffer.byteLength(code.slice(start, end));
  row.gzip += after - previous;
  previous = after;
  rows.set(name, row);
}
const list = [...rows.values()].sort((a, b) => b.gzip - a.gzip);
const total = { module: `total (${bundle})`, min: Buffer.byteLength(code), gzip: gz(code.length) };

if (process.argv.includes('--json')) {
  console.log(JSON.stringify({ rows: list, total }, null, 2));
} else {
  const n = (x) => x.toLocaleString('en');
  console.log('| module | min bytes | gzip bytes (in context) | share of gzip |');
  console.log('| --- | ---: | ---: | ---: |');
  for (const r of list) console.log(`| ${r.module} | ${n(r.min)} | ${n(r.gzip)} | ${((100 * r.gzip) / total.gzip).toFixed(1)} % |`);
  console.log(`| **${total.module}** | **${n(total.min)}** | **${n(total.gzip)}** | 100 % |`);
}
