import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';

import { gzipSync } from 'node:zlib';
import d3Pure from '../scripts/d3-pure.mjs';
const b = await rollup({ input: 'dist/lib/cdn.js', plugins: [nodeResolve({ exportConditions: ['production'], browser: true }), d3Pure()] });
const { output } = await b.generate({ format: 'es' });
const rows = [];
for (const [id, m] of Object.entries(output[0].modules)) {
  if (!m.code) continue;
  const { minify } = await import('terser');
  const min = (await minify(m.code, { module: false, toplevel: false, compress: { unused: false, side_effects: false } })).code ?? '';
  rows.push([id.replace(process.cwd() + '/', ''), min.length, gzipSync(min).length]);
}
rows.sort((a, b) => b[2] - a[2]);
for (const r of rows) console.log(String(r[2]).padStart(6), String(r[1]).padStart(7), r[0]);
