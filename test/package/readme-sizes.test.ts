// The README's build figures stay near the build's: the CDN URLs name this version (from
// package.json) with an integrity hash, and the table of dist files gives sizes within 5 %
// of the built files'. The hashes are those of the version's published files, so they are
// checked exactly when the package is published (`npm publish` runs prepublishOnly: a
// build, then `node scripts/readme-sizes.mjs`), not after every change to the sources. To update:
// `npm run build && node scripts/readme-sizes.mjs --write`.
// Needs `npm run build` first; `npm run test:bundle` runs it.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
// @ts-expect-error: a plain ES module script without types
import { FILES, measure } from '../../scripts/readme-sizes.mjs';

const root = new URL('../..', import.meta.url);
const readme = readFileSync(new URL('README.md', root), 'utf8');
const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as { version: string };
const FIX = 'run `npm run build && node scripts/readme-sizes.mjs --write`';

describe("the README's CDN snippet and sizes", () => {
  const urls = [...readme.matchAll(/https:\/\/cdn\.jsdelivr\.net\/npm\/cifra@([^/"\s]+)\/dist\/([\w.-]+)"\s+integrity="([^"]*)"\s+crossorigin="anonymous"/g)];

  test('the snippet loads dist/cifra.js and dist/cifra.css, version-pinned, with integrity and crossorigin', () => {
    assert.deepEqual(urls.map((m) => m[2]).sort(), ['cifra.css', 'cifra.js']);
  });

  for (const [, version, file, integrity] of urls) {
    test(`${file}: the URL names ${pkg.version}, with a sha384 integrity`, () => {
      assert.equal(version, pkg.version, `the version in the URL; ${FIX}`);
      assert.match(integrity!, /^sha384-[A-Za-z0-9+/]{64}$/, `the integrity of dist/${file}; ${FIX}`);
    });
  }

  test('the table gives every dist file its size, within 5 %', () => {
    const block = readme.slice(readme.indexOf('<!-- dist-sizes -->'), readme.indexOf('<!-- /dist-sizes -->'));
    const rows = new Map([...block.matchAll(/^\| `([^`]+)` \|[^|]*\| ([\d,]+) \| ([\d,]+) \|$/gm)].map((m) => [m[1]!, { min: Number(m[2]!.replace(/,/g, '')), gzip: Number(m[3]!.replace(/,/g, '')) }]));
    assert.deepEqual([...rows.keys()], FILES.map(([f]: [string]) => f));
    for (const real of measure() as { file: string; min: number; gzip: number }[]) {
      const row = rows.get(real.file)!;
      assert.ok(Math.abs(row.min - real.min) <= real.min * 0.05, `${real.file} minified: README ${row.min}, build ${real.min}; ${FIX}`);
      assert.ok(Math.abs(row.gzip - real.gzip) <= real.gzip * 0.05, `${real.file} gzip: README ${row.gzip}, build ${real.gzip}; ${FIX}`);
    }
  });
});
