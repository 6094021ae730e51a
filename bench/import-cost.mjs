// What single imports cost in the bundle: minified and gzip bytes of a module that
// imports only the named exports (tree-shaken as in dist/cifra.js).
// Usage: node bench/import-cost.mjs  (edit CASES to try other imports)
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import { minify } from 'terser';
import { gzipSync } from 'node:zlib';

const CASES = {
  'd3-shape line': "import { line } from 'd3-shape'; export default line;",
  'd3-shape line+area': "import { line, area } from 'd3-shape'; export default [line, area];",
  'd3-scale scaleLinear': "import { scaleLinear } from 'd3-scale'; export default scaleLinear;",
  'd3-scale scaleUtc': "import { scaleUtc } from 'd3-scale'; export default scaleUtc;",
  'd3-array ticks': "import { ticks, tickStep } from 'd3-array'; export default [ticks, tickStep];",
  'd3-scale scaleIdentity': "import { scaleIdentity } from 'd3-scale'; export default scaleIdentity;",
  'd3-scale tickFormat': "import { tickFormat } from 'd3-scale'; export default tickFormat;",
  'd3-scale scalePoint': "import { scalePoint } from 'd3-scale'; export default scalePoint;",
  'd3-scale scaleBand': "import { scaleBand } from 'd3-scale'; export default scaleBand;",
  'd3-scale scaleThreshold': "import { scaleThreshold } from 'd3-scale'; export default scaleThreshold;",
  'd3-scale scaleQuantize': "import { scaleQuantize } from 'd3-scale'; export default scaleQuantize;",
  'lit': "import { LitElement, html, svg, css } from 'lit'; export default [LitElement, html, svg, css];",
};

const virtual = (code) => ({ name: 'virtual', resolveId: (id) => (id === 'entry' ? id : null), load: (id) => (id === 'entry' ? code : null) });
console.log('| import | min | gzip |\n| --- | ---: | ---: |');
for (const [name, code] of Object.entries(CASES)) {
  const bundle = await rollup({ input: 'entry', plugins: [virtual(code), nodeResolve({ exportConditions: ['production'], browser: true })] });
  const { output } = await bundle.generate({ format: 'es' });
  const min = (await minify(output[0].code, { module: true, compress: { passes: 2 } })).code;
  console.log(`| ${name} | ${min.length} | ${gzipSync(min, { level: 9 }).length} |`);
}
