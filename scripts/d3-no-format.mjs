// A rollup plugin for the CDN bundles: d3-scale's linear scales carry a `tickFormat` method
// that formats ticks with d3-format (about 2 KB gzip, with its default locale). cifra never
// calls it (its ticks are formatted by Intl.NumberFormat in src/core/format.ts, in the
// element's language), but a method cannot be tree-shaken. In the bundles, d3-format is
// replaced by these stand-ins, which throw if called. The npm build (dist/lib) imports
// d3-scale as it is.
const ID = '\0cifra:d3-format';
const names = ['format', 'formatPrefix', 'formatSpecifier', 'precisionFixed', 'precisionPrefix', 'precisionRound'];

export default function d3NoFormat() {
  return {
    name: 'd3-no-format',
    resolveId: (source) => (source === 'd3-format' ? ID : null),
    load(id) {
      if (id !== ID) return null;
      return `function none() { throw new Error('cifra: scale.tickFormat is not in this bundle (ticks are formatted by Intl.NumberFormat)'); }\n${names.map((n) => `export const ${n} = none;`).join('\n')}\n`;
    },
  };
}
