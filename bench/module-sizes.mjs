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
import { moduleSegments } from './source-map.mjs';

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

const UNMAPPED = '(not mapped: bundle glue)';
const segments = moduleSegments(code, map, UNMAPPED);

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
