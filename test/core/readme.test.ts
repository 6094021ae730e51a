// The README's element reference and the Custom Elements Manifest (generated from the
// classes' JSDoc) must agree: attributes, parts, custom properties and events.
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const TAGS = ['crime-rate-trend', 'rate-per-100k', 'ranking-badge'] as const;

interface Declaration {
  tagName?: string;
  attributes?: { name: string }[];
  cssParts?: { name: string }[];
  cssProperties?: { name: string }[];
  events?: { name: string }[];
}
let elements: Map<string, Declaration>;

before(() => {
  // The analyzer joins --outdir onto its working directory, so it is given relative to the repository.
  const out = mkdtempSync(join(tmpdir(), 'cifra-cem-'));
  try {
    const r = spawnSync(process.execPath, ['node_modules/@custom-elements-manifest/analyzer/cem.js', 'analyze', '--config', 'custom-elements-manifest.config.mjs', '--outdir', relative(root, out), '--quiet'], { cwd: root, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    const manifest = JSON.parse(readFileSync(join(out, 'custom-elements.json'), 'utf8')) as { modules: { declarations?: Declaration[] }[] };
    elements = new Map(manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName).map((d) => [d.tagName!, d]));
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});

/** The README text from a "## heading" to the next "## ". */
function section(heading: string): string {
  const start = readme.indexOf(`\n## ${heading}`);
  assert.ok(start >= 0, `README has a section "${heading}"`);
  const end = readme.indexOf('\n## ', start + 4);
  return readme.slice(start, end < 0 ? undefined : end);
}

/** Names in backticks in the first column of a section's table rows. */
function firstColumnNames(text: string): Set<string> {
  const names = new Set<string>();
  for (const line of text.split('\n')) {
    if (!line.startsWith('| `')) continue;
    for (const m of line.split('|')[1]!.matchAll(/`([^`]+)`/g)) names.add(m[1]!);
  }
  return names;
}

describe('README ↔ custom-elements.json', () => {
  test('the manifest describes the three elements', () => {
    assert.deepEqual([...elements.keys()].sort(), [...TAGS].sort());
  });

  for (const tag of TAGS) {
    test(`<${tag}>: every attribute is documented, and every documented attribute exists`, () => {
      const own = firstColumnNames(section(`\`<${tag}>\``));
      const common = firstColumnNames(section('Attributes common to all three'));
      common.delete('—');
      const manifest = new Set(elements.get(tag)!.attributes!.map((a) => a.name));
      for (const name of manifest) assert.ok(own.has(name) || common.has(name), `README documents ${tag}[${name}]`);
      for (const name of own) assert.ok(manifest.has(name), `README's ${tag}[${name}] is an attribute of the element`);
    });

    test(`<${tag}>: the parts in the README are the element's parts`, () => {
      const row = section('Theming, parts and events').split('\n').find((l) => l.startsWith(`| \`<${tag}>\``));
      assert.ok(row, `a parts row for ${tag}`);
      const documented = [...row.split('|')[2]!.matchAll(/`([^`]+)`/g)].map((m) => m[1]).sort();
      assert.deepEqual(documented, elements.get(tag)!.cssParts!.map((p) => p.name).sort());
    });

    test(`<${tag}>: its custom properties and events are documented`, () => {
      const theming = section('Theming, parts and events');
      for (const p of elements.get(tag)!.cssProperties ?? []) {
        const series = /^--cifra-color-series-([2-5])$/.exec(p.name);
        assert.ok(theming.includes(`\`${p.name}\``) || (series && theming.includes('`--cifra-color-series-2` … `--cifra-color-series-5`')), `README documents ${p.name}`);
      }
      for (const e of elements.get(tag)!.events ?? []) assert.ok(theming.includes(`\`${e.name}\``), `README documents the ${e.name} event`);
    });
  }

  test('every custom property the README documents is read by the styles', () => {
    const styles = ['src/base/styles.ts', 'src/elements/crime-rate-trend/styles.ts'].map((f) => readFileSync(join(root, f), 'utf8')).join('\n');
    const documented = [...section('Theming, parts and events').matchAll(/`(--cifra-[a-z0-9-]+)`/g)].map((m) => m[1]!);
    for (const name of documented) assert.ok(styles.includes(`var(${name}`), `${name} is used by a stylesheet`);
  });
});
