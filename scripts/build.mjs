// npm run build:
//   dist/lib            the npm ES build with types (tsc; lit and d3 left as imports)
//   dist/cifra.js, dist/crime-rate-trend.js, dist/ranking-badge.js, dist/rate-per-100k.js
//                       the self-contained, minified CDN bundles (rollup.config.mjs)
//   dist/cifra.css      the reserve rules (src/cifra.css)
//   dist/cli.js         the command line, bundled with everything it uses (esbuild), so
//                       `npx cifra` needs nothing beyond cifra's own dependencies
//   dist/indicator.schema.json, dist/custom-elements.json
// Then prints each file's size (minified, gzip -9) and its SRI hash (sha384).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, readFileSync, rmSync, mkdirSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const root = new URL('..', import.meta.url);
const run = (cmd, args) => execFileSync(cmd, args, { cwd: root, stdio: 'inherit' });
const bin = (name) => new URL(`node_modules/.bin/${name}`, root).pathname;
const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));

rmSync(new URL('dist', root), { recursive: true, force: true });
mkdirSync(new URL('dist', root));
run(bin('tsc'), ['-p', 'tsconfig.build.json']);
run(bin('rollup'), ['-c', '--silent']);

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
  external: [...builtinModules, ...builtinModules.map((m) => `node:${m}`)],
  define: { __CIFRA_VERSION__: JSON.stringify(pkg.version) },
  minifyWhitespace: true,
  minifySyntax: true,
  logLevel: 'warning',
});

copyFileSync(new URL('src/schema/indicator.schema.json', root), new URL('dist/indicator.schema.json', root));
copyFileSync(new URL('src/cifra.css', root), new URL('dist/cifra.css', root));
run(bin('cem'), ['analyze', '--config', 'custom-elements-manifest.config.mjs', '--quiet']);

// gzip sizes as `gzip -9` gives them (GNU gzip compresses these files a little smaller
// than zlib's level 9); zlib where there is no gzip command.
function gzipBytes(path) {
  try {
    return execFileSync('gzip', ['-9c', path], { maxBuffer: 1 << 26 }).length;
  } catch {
    return gzipSync(readFileSync(path), { level: 9 }).length;
  }
}

const files = ['cifra.js', 'crime-rate-trend.js', 'ranking-badge.js', 'rate-per-100k.js', 'cifra.css', 'cli.js'];
const rows = files.map((name) => {
  const bytes = readFileSync(new URL(`dist/${name}`, root));
  return {
    file: `dist/${name}`,
    min: bytes.length.toLocaleString('en'),
    gzip: gzipBytes(new URL(`dist/${name}`, root).pathname).toLocaleString('en'),
    sri: name === 'cli.js' ? '' : `sha384-${createHash('sha384').update(bytes).digest('base64')}`,
  };
});
const width = (key) => Math.max(key.length, ...rows.map((r) => r[key].length));
const line = (r) => `${r.file.padEnd(width('file'))}  ${r.min.padStart(width('min'))}  ${r.gzip.padStart(width('gzip'))}  ${r.sri}`;
console.log(`\ncifra ${pkg.version}: bytes minified and gzip -9, and the integrity hash for <script>/<link>`);
console.log(line({ file: 'file', min: 'min', gzip: 'gzip', sri: 'integrity' }));
for (const r of rows) console.log(line(r));
