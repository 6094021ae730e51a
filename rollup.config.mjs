// The CDN bundles: self-contained, minified ES modules, one per file, nothing shared
// between them (a newsroom loads any one of them, or several, from a CDN or its own origin):
//   dist/cifra.js             the three elements
//   dist/crime-rate-trend.js  only <crime-rate-trend>
//   dist/ranking-badge.js     only <ranking-badge>
//   dist/rate-per-100k.js     only <rate-per-100k>
// Each defines its tags through src/base/define.ts, which skips a tag that is already
// defined, so loading two of them (or one plus cifra.js) on a page is harmless.
// Their input is the ES build that `tsc -p tsconfig.build.json` writes to dist/lib (see
// scripts/build.mjs), so rollup needs no TypeScript plugin.
import { readFileSync } from 'node:fs';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import minifyHtmlLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import d3Pure from './scripts/d3-pure.mjs';
import d3NoFormat from './scripts/d3-no-format.mjs';

export const bundles = {
  'dist/cifra.js': 'dist/lib/cdn.js',
  'dist/crime-rate-trend.js': 'dist/lib/elements/crime-rate-trend/define.js',
  'dist/ranking-badge.js': 'dist/lib/elements/ranking-badge/define.js',
  'dist/rate-per-100k.js': 'dist/lib/elements/rate-per-100k/define.js',
};

// Whitespace inside html``/svg`` templates is collapsed conservatively: a run of spaces
// becomes one space, never none, so the text a reader sees is the text of the npm build
// (`npm run test:bundle` compares them). Comments go; attributes and entities stay as
// written. css`` templates are minified by lightningcss, except a fragment that is only a
// list of declarations (no rule, so no `{`): lightningcss cannot parse one, and a parse
// error would leave the whole file unminified.
const isStylesheet = (template) => /css/i.test(template.tag ?? '') && template.parts.some((part) => part.text.includes('{'));
const minifyOptions = {
  collapseWhitespace: true,
  conservativeCollapse: true,
  removeEmptyAttributes: false,
  decodeEntities: false,
  minifyJS: false,
};

// One comment at the top of each bundle names cifra and every package bundled in it, with
// its licence and copyright holder (terser drops the packages' own comments).
const own = JSON.parse(readFileSync(new URL('package.json', import.meta.url), 'utf8'));
function banner(chunk) {
  const packages = new Map();
  for (const id of chunk.moduleIds) {
    const m = /[\\/]node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)[\\/]/.exec(id);
    if (!m || packages.has(m[1])) continue;
    const pkg = JSON.parse(readFileSync(new URL(`node_modules/${m[1].replace(/\\/g, '/')}/package.json`, import.meta.url), 'utf8'));
    const author = typeof pkg.author === 'string' ? pkg.author : pkg.author?.name;
    packages.set(m[1], `${pkg.name} ${pkg.version} (${pkg.license}${author ? `, ${author.replace(/\s*<.*>/, '')}` : ''})`);
  }
  return `/*! cifra ${own.version} (${own.license}) | bundled: ${[...packages.values()].sort().join(', ')} */`;
}

export default Object.entries(bundles).map(([file, input]) => ({
  input,
  output: {
    file,
    format: 'es',
    // The map is written for bench/module-sizes.mjs but not linked from the file and not
    // in the npm package: no file in the package names a map it does not ship.
    sourcemap: 'hidden',
    banner,
  },
  plugins: [
    process.env.CIFRA_NO_HTML_MINIFY ? null : minifyHtmlLiterals({ options: { minifyOptions, shouldMinifyCSS: isStylesheet }, failOnError: true }),
    // `production` selects Lit's production build (no dev-mode warnings).
    // d3-scale's tickFormat method (never called: ticks are formatted with Intl) without d3-format.
    d3NoFormat(),
    nodeResolve({ exportConditions: ['production'], browser: true }),
    d3Pure(),
    terser({ ecma: 2022, module: true, compress: { passes: 2 }, format: { comments: /^! cifra / } }),
  ],
}));
