// The built CLI's snippets carry the integrity of the files this build wrote: a page that
// pastes them loads exactly these bytes from the CDN, or nothing.
// Needs `npm run build` first; `npm run test:bundle` runs it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
// @ts-expect-error: a plain ES module script without types
import { sri } from '../../scripts/readme-sizes.mjs';

const root = new URL('../..', import.meta.url);
const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as { version: string };

for (const element of ['crime-rate-trend', 'ranking-badge', 'rate-per-100k']) {
  test(`cifra snippet --element ${element}: its own bundle and cifra.css, pinned to ${pkg.version}, with this build's sha384`, () => {
    const r = spawnSync(process.execPath, ['bin/cifra.js', 'snippet', 'demo/data/presidencia-2016.json', '--element', element], { cwd: root, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    const base = `https://cdn.jsdelivr.net/npm/cifra@${pkg.version}/dist/`;
    assert.ok(r.stdout.includes(`<script type="module" src="${base}${element}.js" integrity="${sri(`dist/${element}.js`)}" crossorigin="anonymous"></script>`), r.stdout);
    assert.ok(r.stdout.includes(`<link rel="stylesheet" href="${base}cifra.css" integrity="${sri('dist/cifra.css')}" crossorigin="anonymous">`), r.stdout);
  });
}
