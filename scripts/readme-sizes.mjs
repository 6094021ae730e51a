// The README's figures that come from a build: the table of dist files with their sizes
// (between <!-- dist-sizes --> and <!-- /dist-sizes -->) and the `integrity` hashes and
// version in its CDN URLs (https://cdn.jsdelivr.net/npm/cifra@VERSION/dist/FILE) and in `cifra@VERSION`.
//   node scripts/readme-sizes.mjs           prints what differs from the built files; exit 1 if any
//   node scripts/readme-sizes.mjs --write   rewrites those parts of README.md
//   node scripts/readme-sizes.mjs --sizes   rewrites only the table (between releases: the
//                                           hashes stay those of the published version)
// Run after `npm run build`. `prepublishOnly` (npm publish) runs the check after a build,
// so the README in a published tarball names that version and the hashes of that
// tarball's files, which the CDN serves. Between releases the README keeps the published
// version's hashes; test/package/readme-sizes.test.ts (npm run test:bundle) only checks
// that the version is package.json's and the sizes are within 5 % of the build.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const root = new URL('..', import.meta.url);
const read = (path) => readFileSync(new URL(path, root));

/** The rows of the table: file and what it is. */
export const FILES = [
  ['dist/cifra.js', 'the three elements'],
  ['dist/crime-rate-trend.js', '`<crime-rate-trend>` only'],
  ['dist/rate-per-100k.js', '`<rate-per-100k>` only'],
  ['dist/ranking-badge.js', '`<ranking-badge>` only'],
  ['dist/cifra.css', 'the reserve rules (no JavaScript)'],
  ['dist/cli.js', 'the `cifra` command line, for Node (never loaded by a page)'],
];

/** Bytes as `gzip -9` gives them; zlib's level 9 where there is no gzip command (a little larger). */
export function gzipBytes(path) {
  try {
    return execFileSync('gzip', ['-9c', new URL(path, root).pathname], { maxBuffer: 1 << 26 }).length;
  } catch {
    return gzipSync(read(path), { level: 9 }).length;
  }
}

export const sri = (path) => `sha384-${createHash('sha384').update(read(path)).digest('base64')}`;

/** Sizes of the built files. */
export function measure() {
  return FILES.map(([file, what]) => ({ file, what, min: read(file).length, gzip: gzipBytes(file) }));
}

export function table(rows) {
  const n = (x) => x.toLocaleString('en');
  return [
    '| file | what | minified bytes | gzip -9 bytes |',
    '| --- | --- | ---: | ---: |',
    ...rows.map((r) => `| \`${r.file}\` | ${r.what} | ${n(r.min)} | ${n(r.gzip)} |`),
  ].join('\n');
}

const START = '<!-- dist-sizes -->';
const END = '<!-- /dist-sizes -->';
const CDN = /(https:\/\/cdn\.jsdelivr\.net\/npm\/cifra@)([^/"\s]+)(\/dist\/)([\w.-]+)("\s+integrity=")([^"]*)"/g;

/** README text with the build's sizes in its table. */
export function withBuildSizes(readme, rows = measure()) {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`README.md has no ${START} … ${END} block`);
  return `${readme.slice(0, start + START.length)}\n${table(rows)}\n${readme.slice(end)}`;
}

/** README text with the build's figures in place. */
export function withBuildFigures(readme, rows = measure()) {
  const version = JSON.parse(read('package.json')).version;
  return withBuildSizes(readme, rows)
    .replace(CDN, (_, pre, _v, mid, file, eq) => `${pre}${version}${mid}${file}${eq}${sri(`dist/${file}`)}"`)
    .replace(/`cifra@\d+\.\d+\.\d+[\w.-]*`/g, `\`cifra@${version}\``);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const readme = read('README.md').toString('utf8');
  const expected = withBuildFigures(readme);
  if (process.argv.includes('--sizes')) {
    const sized = withBuildSizes(readme);
    writeFileSync(new URL('README.md', root), sized);
    console.log(sized === readme ? 'README.md already has the build\'s sizes' : 'README.md: the table of sizes rewritten from dist/');
  } else if (process.argv.includes('--write')) {
    writeFileSync(new URL('README.md', root), expected);
    console.log(expected === readme ? 'README.md already has the build\'s figures' : 'README.md: sizes, version and integrity hashes rewritten from dist/');
  } else if (expected !== readme) {
    const a = readme.split('\n');
    const b = expected.split('\n');
    for (let i = 0; i < Math.max(a.length, b.length); i++) if (a[i] !== b[i]) console.log(`README.md:${i + 1}\n  now:   ${a[i]}\n  build: ${b[i]}`);
    console.log('The README must name this version and its files\' hashes before packing: run `node scripts/readme-sizes.mjs --write` after `npm run build`.');
    process.exit(1);
  } else {
    console.log('README.md has the build\'s sizes and integrity hashes');
  }
}
