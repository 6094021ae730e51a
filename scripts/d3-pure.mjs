// A rollup plugin: d3-shape's pre-bundled module builds each curve factory with an
// immediately invoked function (`var bundle = (function custom(beta) {…})(0.85)`) that
// rollup cannot prove free of side effects, so every curve stays in the bundle even
// when only `line` and `area` are imported. Marking those calls /*#__PURE__*/ lets
// tree-shaking drop the unused ones. Nothing else in d3 is touched.
export default function d3Pure() {
  return {
    name: 'd3-pure',
    transform(code, id) {
      if (!/[\\/]d3-shape[\\/]dist[\\/]d3-shape\.mjs$/.test(id)) return null;
      return { code: code.replace(/= \(function custom\(/g, '= /*#__PURE__*/(function custom('), map: null };
    },
  };
}
