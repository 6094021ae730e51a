// npm run build:
//   dist/lib            the npm ES build with types (tsc; lit and d3 left as imports)
//   dist/cifra.js, dist/crime-rate-trend.js, dist/ranking-badge.js, dist/rate-per-100k.js
//                       the self-contained, minified CDN bundles (rollup.config.mjs)
//   dist/cifra.css      the reserve rules (src/cifra.css)
//   dist/cli.js         the command line, bundled with everything it uses (esbuild), so
//                       `npx cifra` needs nothing beyond cifra's own dependencies; only
//                       `render --png` loads the optional peer @resvg/resvg-js (not bundled)
//   dist/fonts/         the font `render --png` draws in (src/cli/fonts/: Public Sans, OFL)
//   dist/indicator.schema.json, dist/custom-elements.json
// Then prints each file's size (minified, gzip -9) and its SRI hash (sha384); the README's
// table and hashes are rewritten from them by `node scripts/readme-sizes.mjs --write`.
import { execFileSync } from 'node:child_process';
import { copyFileSync, cpSync, readFileSync, rmSync, mkdirSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { build } from 'esbuild';
import { measure, sri } from './readme-sizes.mjs';

const root = new URL('..', import.meta.url);
const run = (cmd, args) => execFileSync(cmd, args, { cwd: root, stdio: 'inherit' });
const bin = (name) => new URL(`node_modules/.bin/${name}`, root).pathname;
const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));

rmSync(new URL('dist', root), { recursive: true, force: true });
mkdirSync(new URL('dist', root));
run(bin('tsc'), ['-p', 'tsconfig.build.json']);
run(bin('rollup'), ['-c', '--silent']);
copyFileSync(new URL('src/cifra.css', root), new URL('dist/cifra.css', root));

/** The SRI hash of each file a page loads from a CDN, for the snippets `cifra snippet` writes. */
function integrity() {
  return Object.fromEntries(['cifra.js', 'crime-rate-trend.js', 'ranking-badge.js', 'rate-per-100k.js', 'cifra.css'].map((f) => [f, sri(`dist/${f}`)]));
}

// The CLI: one ES module for Node with csv-parse and @lit-labs/ssr inside it (they are
// devDependencies, so an installed cifra does not bring them). Whitespace and syntax are
// minified but names are kept, so a stack trace still reads.
await build({
  entryPoints: [new URL('src/cli/main.ts', root).pathname],
  outfile: new URL('dist/cli.js', root).pathname,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // @resvg/resvg-js: an optional peer with a native binary, imported only for --png.
  external: [...builtinModules, ...builtinModules.map((m) => `node:${m}`), '@resvg/resvg-js'],
  define: { __CIFRA_VERSION__: JSON.stringify(pkg.version), __CIFRA_INTEGRITY__: JSON.stringify(integrity()) },
  minifyWhitespace: true,
  minifySyntax: true,
  logLevel: 'warning',
});

copyFileSync(new URL('src/schema/indicator.schema.json', root), new URL('dist/indicator.schema.json', root));
// Read by dist/cli.js as new URL('./fonts/…', import.meta.url), as src/cli/png.ts reads src/cli/fonts/.
cpSync(new URL('src/cli/fonts', root), new URL('dist/fonts', root), { recursive: true });
run(bin('cem'), ['analyze', '--config', 'custom-elements-manifest.config.mjs', '--quiet']);

const rows = measure();
const width = (key) => Math.max(key.length, ...rows.map((r) => String(r[key].toLocaleString('en')).length));
const cell = (r, key) => r[key].toLocaleString('en').padStart(width(key));
console.log(`\ncifra ${pkg.version}: bytes minified and gzip -9; integrity for <script>/<link>`);
console.log(`${'file'.padEnd(width('file'))}  ${'min'.padStart(width('min'))}  ${'gzip'.padStart(width('gzip'))}  integrity`);
for (const r of rows) console.log(`${r.file.padEnd(width('file'))}  ${cell(r, 'min')}  ${cell(r, 'gzip')}  ${r.file.endsWith('cli.js') ? '' : sri(r.file)}`);
