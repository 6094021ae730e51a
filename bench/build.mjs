// Bundles each peer's "one line chart" entry (bench/entries/<lib>.js) into
// bench/.build/<lib>.js with the tools and settings that build dist/cifra.js
// (rollup.config.mjs): rollup + @rollup/plugin-node-resolve (browser, `production`
// condition) + @rollup/plugin-terser (ecma 2022, module, two compress passes, no
// comments), from the root node_modules. One peer needs CommonJS handling: Observable
// Plot imports `interval-tree-1d`, a CommonJS module, which rollup cannot read without
// @rollup/plugin-commonjs (not a root dependency). Plot is therefore bundled by esbuild
// (root node_modules; bundling only, same `browser` platform and `production`
// condition) and the result minified by terser with the same options as the others.
// Two small rollup plugins stand in for what the peers' docs ask a bundler to do:
//  - `process.env.NODE_ENV` → "production" (ECharts guards its dev checks with it; its
//    docs tell bundlers to define it), as @rollup/plugin-replace would;
//  - `*.css` imported as a string (uPlot's required stylesheet, so it is counted in S1).
// Usage: node bench/build.mjs [lib,lib]   (standalone; run.mjs calls buildPeers)
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { build as esbuild } from 'esbuild';
import { minify } from 'terser';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const here = new URL('.', import.meta.url);
// `floor` is not a library: a bare Lit element drawing the line with d3 (entries/floor.js).
export const PEERS = ['chartjs', 'uplot', 'highcharts', 'echarts', 'vega', 'plot', 'floor'];
/** Peers bundled by esbuild (CommonJS inside) instead of rollup. */
const ESBUILD = new Set(['plot']);
const TERSER = { ecma: 2022, module: true, compress: { passes: 2 }, format: { comments: false } };

const nodeEnv = {
  name: 'node-env',
  transform(code) {
    if (!code.includes('process.env.NODE_ENV')) return null;
    return { code: code.replaceAll('process.env.NODE_ENV', '"production"'), map: null };
  },
};
const cssText = {
  name: 'css-text',
  load(id) {
    return id.endsWith('.css') ? `export default ${JSON.stringify(readFileSync(id, 'utf8'))};` : null;
  },
};

/** The newest modification time of what a bundle depends on: its entry, this script, the lock file (the versions). */
function inputsTime(lib) {
  return Math.max(...[`entries/${lib}.js`, 'build.mjs', 'package-lock.json']
    .map((f) => new URL(f, here)).filter((u) => existsSync(u)).map((u) => statSync(u).mtimeMs));
}

/**
 * Builds the peers' bundles, skipping one whose file is newer than its inputs (terser
 * takes minutes over vega and highcharts on two cores); `force` rebuilds all.
 * Returns { lib: { file, bundler, warnings, built } }.
 */
export async function buildPeers(libs = PEERS, { force = false } = {}) {
  mkdirSync(new URL('.build/', here), { recursive: true });
  const out = {};
  for (const lib of libs) {
    const file = fileURLToPath(new URL(`.build/${lib}.js`, here));
    const bundler = ESBUILD.has(lib) ? 'esbuild + terser' : 'rollup + terser';
    if (!force && existsSync(file) && statSync(file).mtimeMs > inputsTime(lib)) {
      out[lib] = { file, bundler, warnings: [], built: false };
      continue;
    }
    const warnings = [];
    if (ESBUILD.has(lib)) {
      const result = await esbuild({
        entryPoints: [fileURLToPath(new URL(`entries/${lib}.js`, here))],
        bundle: true, write: false, format: 'esm', platform: 'browser', target: 'es2022',
        conditions: ['production'], define: { 'process.env.NODE_ENV': '"production"' }, logLevel: 'silent',
      });
      warnings.push(...result.warnings.map((w) => w.text));
      const min = await minify(result.outputFiles[0].text, TERSER);
      writeFileSync(file, min.code);
      out[lib] = { file, bundler, warnings, built: true };
      continue;
    }
    const bundle = await rollup({
      input: fileURLToPath(new URL(`entries/${lib}.js`, here)),
      onwarn: (w) => { if (w.code !== 'CIRCULAR_DEPENDENCY' && w.code !== 'THIS_IS_UNDEFINED') warnings.push(`${w.code}: ${w.message}`); },
      plugins: [
        cssText,
        nodeEnv,
        nodeResolve({ exportConditions: ['production'], browser: true }),
        terser(TERSER),
      ],
    });
    await bundle.write({ file, format: 'es' });
    await bundle.close();
    out[lib] = { file, bundler, warnings, built: true };
  }
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const libs = process.argv[2] ? process.argv[2].split(',') : PEERS;
  const t = Date.now();
  const res = await buildPeers(libs, { force: true });
  for (const [lib, { bundler, warnings }] of Object.entries(res)) console.log(lib, bundler, warnings.length ? warnings : 'ok');
  console.log(`${Date.now() - t} ms`);
}
