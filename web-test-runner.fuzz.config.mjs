// Long runs of the property-based tests (test/elements/fuzz.test.ts): `npm run fuzz`
// (scripts/fuzz-long.mjs), or directly:
//   FUZZ_RUNS=2000 npx web-test-runner --config web-test-runner.fuzz.config.mjs
// Everything else comes from web-test-runner.config.mjs. The settings reach the test page as
// `window.__FUZZ__`, written into the page that loads the tests (testRunnerHtml):
//   FUZZ_RUNS  runs of every property (default 1000; `npm test` runs 15–80 per property)
//   FUZZ_SEED  fast-check seed, to replay a failure (printed with every counterexample)
//   FUZZ_PATH  fast-check path, with FUZZ_SEED, to go straight to the shrunk counterexample
//   FUZZ_GREP  only the properties whose name contains this text (the others are skipped)
import base from './web-test-runner.config.mjs';

function integer(name, fallback) {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n)) {
    console.error(`${name} must be an integer, got "${raw}"`);
    process.exit(2);
  }
  return n;
}

const fuzz = {
  runs: Math.max(1, integer('FUZZ_RUNS', 1000)),
  ...(integer('FUZZ_SEED', undefined) === undefined ? {} : { seed: integer('FUZZ_SEED', undefined) }),
  ...(process.env.FUZZ_PATH ? { path: process.env.FUZZ_PATH } : {}),
  ...(process.env.FUZZ_GREP ? { grep: process.env.FUZZ_GREP } : {}),
};
// Inside an inline <script>: "<" escaped so no value can close the element.
const settings = JSON.stringify(fuzz).replace(/</g, '\\u003c');

export default {
  ...base,
  files: ['test/elements/fuzz.test.ts'],
  // The tests set their own time limits (none in long runs); the file as a whole may take hours.
  testFramework: { ...base.testFramework, config: { ...base.testFramework?.config, timeout: 0 } },
  testsFinishTimeout: 24 * 60 * 60 * 1000,
  testRunnerHtml: (testFramework) => `<!DOCTYPE html>
<html>
  <head><meta charset="utf-8"><script>window.__FUZZ__ = ${settings};</script></head>
  <body><script type="module" src="${testFramework}"></script></body>
</html>`,
};
