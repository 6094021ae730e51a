#!/usr/bin/env node
// Runs the property-based (fuzz) tests of the three elements long: the same properties as
// `npm test` (test/elements/fuzz.test.ts, fast-check in Chromium), each FUZZ_RUNS times.
//
//   npm run fuzz                                  every property 1000 times
//   FUZZ_RUNS=5000 npm run fuzz                   …5000 times
//   npm run fuzz -- --runs 500 --grep "order"     only the properties whose name contains "order"
//   FUZZ_SEED=-454853972 FUZZ_PATH="53:0" FUZZ_GREP="broken at random" npm run fuzz
//                                                 replay a failure (seed and path are printed
//                                                 with every counterexample)
//
// How the count reaches the browser: this script starts web-test-runner with
// web-test-runner.fuzz.config.mjs, which imports the main config, limits it to the fuzz file,
// lifts the time limits, and writes the settings into the test page as `window.__FUZZ__`
// (its `testRunnerHtml`). fuzz.test.ts reads them there; without them (`npm test`) it runs
// its moderate default counts. Options given here override the environment variables.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const env = { ...process.env };
const options = { '--runs': 'FUZZ_RUNS', '--seed': 'FUZZ_SEED', '--path': 'FUZZ_PATH', '--grep': 'FUZZ_GREP' };
const passThrough = [];

const args = process.argv.slice(2);
for (let i = 0; i < args.length; i++) {
  const [flag, inline] = args[i].split(/=(.*)/s, 2);
  if (flag === '--help' || flag === '-h') {
    console.log('Usage: node scripts/fuzz-long.mjs [--runs N] [--seed S] [--path P] [--grep TEXT] [web-test-runner options]');
    process.exit(0);
  }
  if (flag in options) {
    const value = inline ?? args[++i];
    if (value === undefined) {
      console.error(`${flag} needs a value`);
      process.exit(2);
    }
    env[options[flag]] = value;
  } else passThrough.push(args[i]);
}
env.FUZZ_RUNS ||= '1000';
for (const name of ['FUZZ_RUNS', 'FUZZ_SEED']) {
  if (env[name] !== undefined && env[name] !== '' && !Number.isInteger(Number(env[name]))) {
    console.error(`${name} must be an integer, got "${env[name]}"`);
    process.exit(2);
  }
}

const bin = join(root, 'node_modules', '@web', 'test-runner', 'dist', 'bin.js');
if (!existsSync(bin)) {
  console.error('web-test-runner is not installed: run npm install first.');
  process.exit(1);
}
const settings = ['FUZZ_RUNS', 'FUZZ_SEED', 'FUZZ_PATH', 'FUZZ_GREP'].filter((n) => env[n]).map((n) => `${n}=${env[n]}`).join(' ');
console.log(`fuzz: ${settings}`);
const started = Date.now();
const child = spawn(process.execPath, [bin, '--config', join(root, 'web-test-runner.fuzz.config.mjs'), ...passThrough], { cwd: root, env, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => {
  console.log(`fuzz: finished in ${Math.round((Date.now() - started) / 1000)} s`);
  process.exit(code ?? (signal ? 1 : 0));
});
