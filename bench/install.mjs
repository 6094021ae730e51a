// npm run bench, first step: the peers (bench/package.json) are installed with
// `npm --prefix bench ci` when bench/node_modules is missing or older than
// bench/package-lock.json; otherwise nothing is done.
import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const installed = `${here}node_modules/.package-lock.json`;
const lock = `${here}package-lock.json`;
if (!existsSync(installed) || statSync(installed).mtimeMs < statSync(lock).mtimeMs) {
  console.error('installing the benchmark\'s peers: npm --prefix bench ci');
  execFileSync('npm', ['--prefix', here, 'ci', '--no-audit', '--no-fund'], { stdio: 'inherit' });
}
