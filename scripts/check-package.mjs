// npm run test:package (after npm run build): the package as a user gets it.
//   1. `npm pack`, and the tarball's file list: the bundles, the CSS, the CLI, types; no
//      source map and no file that names one, nothing from src/ or test/.
//   2. In an empty temporary folder: `npm init -y && npm install <tarball>`. The install
//      must bring only cifra, lit (with @lit/reactive-element, lit-element, lit-html,
//      @lit-labs/ssr-dom-shim, @types/trusted-types), d3-scale, d3-shape and their d3
//      dependencies (with internmap); anything else fails the check. Prints the number of
//      packages and the size of node_modules.
//   3. There, with nothing else installed: `npx cifra --version`, `-v`, `import --help`, an
//      import of a real table, `render` and `snippet` of a document, `render --svg --card`,
//      and `render --png` failing with a message that names the optional peer to install;
//      `require('cifra/core')` and `import('cifra/core')` in Node; the types of every
//      subpath under TypeScript's moduleResolution node10, bundler and nodenext.
//   4. Then `npm install @resvg/resvg-js` (the optional peer) and `render --png --card`: a
//      1200×630 PNG, drawn in the font the tarball ships (dist/fonts/).
// The npm registry must be reachable (or lit and d3 in npm's cache).
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const ALLOWED = new Set([
  'cifra',
  'lit', 'lit-element', 'lit-html', '@lit/reactive-element', '@lit-labs/ssr-dom-shim', '@types/trusted-types',
  'd3-scale', 'd3-shape', 'd3-array', 'd3-color', 'd3-format', 'd3-interpolate', 'd3-path', 'd3-time', 'd3-time-format', 'internmap',
]);

let failed = 0;
let passed = 0;
function check(ok, what, detail = '') {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
  if (!ok && detail) console.log(detail.replace(/^/gm, '     '));
  ok ? passed++ : failed++;
  return ok;
}
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const quiet = ['--no-audit', '--no-fund', '--loglevel=error'];

for (const file of ['dist/cifra.js', 'dist/cli.js', 'dist/lib/cifra.js']) {
  if (!existsSync(join(root, file))) {
    console.error(`${file} is missing: run npm run build first.`);
    process.exit(1);
  }
}

const work = mkdtempSync(join(tmpdir(), 'cifra-package-'));
try {
  // 1. The tarball (scripts skipped: the build is already there).
  const packed = JSON.parse(execFileSync(npm, ['pack', '--json', '--ignore-scripts', '--pack-destination', work, ...quiet], { cwd: root, encoding: 'utf8' }));
  const tarball = join(work, packed[0].filename);
  const files = packed[0].files.map((f) => f.path);
  console.log(`${packed[0].filename}: ${files.length} files, ${(packed[0].size / 1024).toFixed(0)} KB packed, ${(packed[0].unpackedSize / 1024).toFixed(0)} KB unpacked`);
  const wanted = ['package.json', 'README.md', 'bin/cifra.js', 'dist/cli.js', 'dist/cifra.js', 'dist/crime-rate-trend.js', 'dist/ranking-badge.js', 'dist/rate-per-100k.js',
    'dist/cifra.css', 'dist/indicator.schema.json', 'dist/custom-elements.json', 'dist/lib/cifra.js', 'dist/lib/cifra.d.ts', 'dist/lib/core/index.js', 'dist/lib/core/index.d.ts',
    'dist/fonts/PublicSans-Regular.ttf', 'dist/fonts/PublicSans-Bold.ttf', 'dist/fonts/OFL.txt'];
  check(wanted.every((f) => files.includes(f)), 'the tarball holds the bundles, cifra.css, the CLI, the ES build and its types, the PNG font and its licence', `missing: ${wanted.filter((f) => !files.includes(f)).join(', ')}`);
  const stray = files.filter((f) => f.endsWith('.map') || f.startsWith('src/') || f.startsWith('test/') || f.startsWith('dist/lib/cli/'));
  check(stray.length === 0, 'no source maps, sources, tests or unbundled CLI in the tarball', stray.join('\n'));
  const naming = files.filter((f) => /\.(m?js|css)$/.test(f)).filter((f) => /sourceMappingURL/.test(readFileSync(join(root, f), 'utf8')));
  check(naming.length === 0, 'no file in the tarball names a source map', naming.join('\n'));
  for (const [name, target] of Object.entries(pkg.exports)) {
    const paths = typeof target === 'string' ? [target] : Object.values(target);
    const absent = paths.map((p) => p.replace(/^\.\//, '')).filter((p) => !files.includes(p));
    if (absent.length) check(false, `exports["${name}"] points into the tarball`, absent.join('\n'));
  }
  for (const [sub, [target]] of Object.entries(pkg.typesVersions['*'])) {
    if (!files.includes(target) || pkg.exports[`./${sub}`]?.types !== `./${target}`) check(false, `typesVersions["${sub}"] agrees with exports`);
  }

  // 2. A fresh install of the tarball.
  const app = join(work, 'app');
  execFileSync('mkdir', ['-p', app]);
  execFileSync(npm, ['init', '-y', ...quiet], { cwd: app, stdio: 'ignore' });
  const t0 = Date.now();
  execFileSync(npm, ['install', tarball, ...quiet], { cwd: app, stdio: 'inherit' });
  const seconds = ((Date.now() - t0) / 1000).toFixed(1);
  const installed = execFileSync(npm, ['ls', '--all', '--parseable'], { cwd: app, encoding: 'utf8' })
    .split('\n').filter((line) => line.includes('node_modules'))
    .map((line) => line.slice(line.lastIndexOf('node_modules/') + 'node_modules/'.length));
  const names = [...new Set(installed)].sort();
  const others = names.filter((n) => !ALLOWED.has(n));
  check(others.length === 0, `the install brings only cifra, lit and d3: ${names.length} packages (${names.join(', ')})`, `not expected: ${others.join(', ')}`);
  const bytes = (dir) => readdirSync(dir, { withFileTypes: true }).reduce((sum, e) => {
    const p = join(dir, e.name);
    return sum + (e.isDirectory() ? bytes(p) : e.isFile() ? statSync(p).size : 0);
  }, 0);
  const du = spawnSync('du', ['-sk', 'node_modules'], { cwd: app, encoding: 'utf8' });
  const onDisk = du.status === 0 ? `${(Number(du.stdout.split('\t')[0]) / 1024).toFixed(1)} MB on disk (du)` : '';
  console.log(`installed in ${seconds} s: ${names.length} packages, ${(bytes(join(app, 'node_modules')) / 1024 / 1024).toFixed(1)} MB of files${onDisk ? `, ${onDisk}` : ''}`);

  // 3. The CLI and the modules, with nothing else installed.
  const cifra = (...args) => spawnSync(npm, ['exec', '--no', '--', 'cifra', ...args], { cwd: app, encoding: 'utf8' });
  const v = cifra('--version');
  check(v.status === 0 && v.stdout.trim() === pkg.version, `npx cifra --version prints ${pkg.version}`, v.stdout + v.stderr);
  const v2 = cifra('-v');
  check(v2.status === 0 && v2.stdout.trim() === pkg.version, 'npx cifra -v too', v2.stdout + v2.stderr);
  const help = cifra('import', '--help');
  check(help.status === 0 && help.stdout.includes('--population'), 'npx cifra import --help', help.stdout + help.stderr);
  const data = (f) => join(root, 'test/fixtures/data', f);
  const imp = cifra('import', data('Homicide-MX-Drug-War__states-homicide-inegi-1990-2008.latin1.csv'), '--population', data('Homicide-MX-Drug-War__conapo-states-1990-2008.latin1.csv'),
    '--national', '--title', 'Homicidios dolosos', '-o', 'homicidios.json');
  check(imp.status === 0 && existsSync(join(app, 'homicidios.json')), 'npx cifra import a real table (Latin-1, with population, national series) -o homicidios.json', imp.stderr);
  copyFileSync(join(root, 'demo/data/presidencia-2016.json'), join(app, 'presidencia-2016.json'));
  const render = cifra('render', 'presidencia-2016.json', '--lang', 'en');
  check(render.status === 0 && /<crime-rate-trend[^>]*><template shadowroot/.test(render.stdout) && render.stdout.includes('<svg'), 'npx cifra render presidencia-2016.json (server rendering bundled in dist/cli.js)', render.stderr || render.stdout.slice(0, 500));
  const page = cifra('render', 'homicidios.json', '--series', 'MX,08', '--page');
  check(page.status === 0 && page.stdout.startsWith('<!doctype html>'), 'npx cifra render homicidios.json --series MX,08 --page', page.stderr);
  const snippet = cifra('snippet', 'homicidios.json', '--series', 'MX,08');
  check(snippet.status === 0 && snippet.stdout.includes('<crime-rate-trend lang="es" series="MX,08">'), 'npx cifra snippet homicidios.json --series MX,08', snippet.stderr || snippet.stdout.slice(0, 300));
  const svg = cifra('render', 'presidencia-2016.json', '--svg', '--card');
  check(svg.status === 0 && svg.stdout.startsWith('<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630"'), 'npx cifra render presidencia-2016.json --svg --card (no rasterizer needed)', svg.stderr || svg.stdout.slice(0, 300));
  const noPng = cifra('render', 'presidencia-2016.json', '--png', '--card', '-o', 'card.png');
  check(noPng.status === 1 && noPng.stderr.includes('npm install @resvg/resvg-js') && !existsSync(join(app, 'card.png')) && !/\n\s+at /.test(noPng.stderr),
    'npx cifra render --png without the optional @resvg/resvg-js: status 1 and a message naming it, no stack trace', noPng.stderr);
  const bad = cifra('render', 'missing.json');
  check(bad.status === 1 && bad.stderr.includes('missing.json'), 'npx cifra render missing.json fails with status 1 and names the file', bad.stderr);

  const node = (code, type) => spawnSync(process.execPath, [type === 'esm' ? '--input-type=module' : '--input-type=commonjs', '-e', code], { cwd: app, encoding: 'utf8' });
  const req = node("const core = require('cifra/core'); if (typeof core.validateIndicator !== 'function') process.exit(1);", 'cjs');
  check(req.status === 0, `require('cifra/core') in Node ${process.version} (engines: ${pkg.engines.node})`, req.stderr);
  const imp2 = node("const core = await import('cifra/core'); const r = core.validateIndicator({ schema: 1 }); if (r.ok) process.exit(1); await import('cifra');", 'esm');
  check(imp2.status === 0, "import('cifra/core') and import('cifra') in Node", imp2.stderr);

  // 4. The optional peer, installed by the user for --png: resolved from dist/cli.js, drawing in dist/fonts/.
  execFileSync(npm, ['install', '@resvg/resvg-js', ...quiet], { cwd: app, stdio: 'inherit' });
  const png = cifra('render', 'presidencia-2016.json', '--png', '--card', '-o', 'card.png');
  const head = existsSync(join(app, 'card.png')) ? readFileSync(join(app, 'card.png')) : Buffer.alloc(0);
  const size = head.length >= 24 && head.toString('latin1', 12, 16) === 'IHDR' ? `${head.readUInt32BE(16)}×${head.readUInt32BE(20)}` : 'no PNG';
  check(png.status === 0 && size === '1200×630', `after npm install @resvg/resvg-js: npx cifra render --png --card writes a ${size} PNG (${(head.length / 1024).toFixed(0)} KB)`, png.stderr);

  // Types of every subpath, as a consumer's TypeScript sees them.
  const tsc = join(root, 'node_modules/typescript/bin/tsc');
  const subpaths = ['cifra', ...Object.keys(pkg.typesVersions['*']).filter((s) => s !== 'react' && s !== 'preact').map((s) => `cifra/${s}`)];
  const source = `${subpaths.map((s, i) => `import * as m${i} from '${s}';`).join('\n')}
import type { Indicator } from 'cifra/core';
import type { CrimeRateTrend } from 'cifra/elements';
const doc: Indicator = { schema: 1, title: 'x', unit: { type: 'rate', per: 100000 }, series: [{ observations: [{ period: '2016', value: 17 }] }], sources: [{ name: 'INEGI' }] };
export const used = [${subpaths.map((_, i) => `m${i}`).join(', ')}, doc, null as CrimeRateTrend | null];
`;
  for (const [resolution, module, ext] of [['node10', 'esnext', 'ts'], ['bundler', 'esnext', 'ts'], ['nodenext', 'nodenext', 'mts']]) {
    writeFileSync(join(app, `types-${resolution}.${ext}`), source);
    writeFileSync(join(app, `tsconfig.${resolution}.json`), JSON.stringify({
      compilerOptions: { noEmit: true, strict: true, skipLibCheck: false, target: 'es2022', lib: ['es2022', 'dom', 'dom.iterable'], types: [], module, moduleResolution: resolution,
        ...(resolution === 'node10' ? { ignoreDeprecations: '5.0' } : {}) },
      files: [`types-${resolution}.${ext}`],
    }));
    const r = spawnSync(process.execPath, [tsc, '-p', `tsconfig.${resolution}.json`], { cwd: app, encoding: 'utf8' });
    check(r.status === 0, `TypeScript (moduleResolution ${resolution}) finds the types of ${subpaths.join(', ')}`, r.stdout + r.stderr);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
console.log(`package: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
