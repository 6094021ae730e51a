// npm run build: the npm ES build with types (dist/lib), the CDN bundle (dist/cifra.js),
// the JSON Schema and the Custom Elements Manifest. Prints the bundle's size.
import { execFileSync } from 'node:child_process';
import { copyFileSync, readFileSync, rmSync, mkdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const root = new URL('..', import.meta.url);
const run = (cmd, args) => execFileSync(cmd, args, { cwd: root, stdio: 'inherit' });
const bin = (name) => new URL(`node_modules/.bin/${name}`, root).pathname;

rmSync(new URL('dist', root), { recursive: true, force: true });
mkdirSync(new URL('dist', root));
run(bin('tsc'), ['-p', 'tsconfig.build.json']);
run(bin('rollup'), ['-c', '--silent']);
copyFileSync(new URL('src/schema/indicator.schema.json', root), new URL('dist/indicator.schema.json', root));
run(bin('cem'), ['analyze', '--config', 'custom-elements-manifest.config.mjs', '--quiet']);

const bundle = readFileSync(new URL('dist/cifra.js', root));
const gz = gzipSync(bundle, { level: 9 }).length;
console.log(`dist/cifra.js: ${bundle.length.toLocaleString('en')} bytes minified, ${gz.toLocaleString('en')} bytes gzip`);
