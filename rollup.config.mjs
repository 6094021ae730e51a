// The CDN bundle: one self-contained, minified ES module that defines all three
// elements. Its input is the ES build that `tsc -p tsconfig.build.json` writes to
// dist/lib (see scripts/build.mjs), so rollup needs no TypeScript plugin.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import minifyHtmlLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import d3Pure from './scripts/d3-pure.mjs';

export default {
  input: 'dist/lib/cdn.js',
  output: {
    file: 'dist/cifra.js',
    format: 'es',
    sourcemap: true,
  },
  plugins: [
    // Whitespace and comments inside html`` and css`` templates, which terser leaves as written.
    minifyHtmlLiterals(),
    // `production` selects Lit's production build (no dev-mode warnings).
    nodeResolve({ exportConditions: ['production'], browser: true }),
    d3Pure(),
    terser({ ecma: 2022, module: true, compress: { passes: 2 }, format: { comments: false } }),
  ],
};
