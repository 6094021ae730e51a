import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

test('the React 19 and Preact JSX examples type-check, and their wrong usages are type errors (@ts-expect-error)', () => {
  const tsc = spawnSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'test/types/tsconfig.json'], { cwd: root, encoding: 'utf8' });
  assert.equal(tsc.status, 0, `tsc reported:\n${tsc.stdout}${tsc.stderr}`);
});

test('no framework is a runtime dependency of cifra', async () => {
  const { readFileSync } = await import('node:fs');
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
  for (const name of ['react', '@types/react', 'preact']) {
    assert.equal(pkg.dependencies?.[name], undefined, `${name} must not be a dependency`);
    assert.equal(pkg.peerDependencies?.[name], undefined, `${name} must not be a peer dependency`);
  }
  assert.equal(pkg.exports['./react'].types, './dist/lib/jsx/react.d.ts');
  assert.equal(pkg.exports['./preact'].types, './dist/lib/jsx/preact.d.ts');
});
