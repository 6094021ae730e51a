// The embed builder's snippet names the package's own version, as the README's and `cifra snippet`'s do.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

test('demo/constructor.ts pins the CDN URL to package.json\'s version', () => {
  const root = new URL('../..', import.meta.url);
  const { version } = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as { version: string };
  const source = readFileSync(new URL('demo/constructor.ts', root), 'utf8');
  const pinned = [...source.matchAll(/cdn\.jsdelivr\.net\/npm\/cifra@([^/'"]+)\//g)].map((m) => m[1]);
  assert.deepEqual(pinned, [version]);
  assert.doesNotMatch(source, /unpkg\.com\/cifra\//, 'no unpinned URL');
});
