/// <reference types="node" />
/**
 * `cifra snippet`: the HTML that embeds a document — the module script and the
 * element, with the document inline (its "<" escaped so no text can close the
 * script element) or by URL.
 */
import { test, describe, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../src/cli/main.js';
import { validateIndicator } from '../../src/core/validate.js';
import type { Indicator } from '../../src/core/schema.js';

interface Result { code: number; stdout: string; stderr: string }

function cli(...argv: string[]): Result {
  let stdout = '';
  let stderr = '';
  const code = run(argv, { stdout: (t) => { stdout += t; }, stderr: (t) => { stderr += t; } });
  return { code, stdout, stderr };
}

const dir = mkdtempSync(join(tmpdir(), 'cifra-cli-snippet-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const HOSTILE = '</script><img src=x onerror=alert(1)>';

const doc: Indicator = {
  schema: 1,
  lang: 'es',
  title: { es: `Homicidios ${HOSTILE}`, en: 'Homicides <!-- & -->' },
  unit: { type: 'rate', per: 100000 },
  series: [
    { id: '08', geo: { level: 'state', code: '08', name: 'Chihuahua' }, observations: [{ period: '2008', count: 2567, population: 3359934 }] },
    { id: '25', geo: { level: 'state', code: '25', name: 'Sinaloa' }, observations: [{ period: '2008', count: 782, population: 2648330 }] },
  ],
  sources: [{ name: 'INEGI', url: 'https://www.inegi.org.mx/' }],
};

function write(name: string, value: unknown): string {
  const file = join(dir, name);
  writeFileSync(file, typeof value === 'string' ? value : JSON.stringify(value));
  return file;
}

const docFile = write('doc.json', doc);

/** The text inside <script type="application/json">…</script>, or undefined. */
function inlineJson(html: string): string | undefined {
  const m = /<script type="application\/json">([\s\S]*?)<\/script>/.exec(html);
  return m?.[1];
}

describe('cifra snippet', () => {
  test('the fixture document is valid and contains the hostile title', () => {
    assert.ok(validateIndicator(doc).ok);
    assert.ok(JSON.stringify(doc).includes('</script><img'));
  });

  test('--element ranking-badge --series 08: the module script tag, the element, and the inline document', () => {
    const r = cli('snippet', docFile, '--element', 'ranking-badge', '--series', '08');
    assert.equal(r.code, 0, r.stderr);
    // The badge's own bundle and the reserve rules, pinned to this version (from the sources no hash is known).
    const version = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
    assert.ok(r.stdout.includes(`<link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/cifra@${version}/dist/cifra.css">`), r.stdout);
    assert.ok(r.stdout.includes(`<script type="module" src="https://cdn.jsdelivr.net/npm/cifra@${version}/dist/ranking-badge.js"></script>`), r.stdout);
    assert.match(r.stdout, /<ranking-badge lang="es" series="08">/);
    assert.match(r.stdout, /<\/ranking-badge>\s*$/);
    assert.doesNotMatch(r.stdout, /\bsrc="[^"]*doc\.json"/);
    const json = inlineJson(r.stdout);
    assert.ok(json !== undefined, 'an inline <script type="application/json">');
    assert.deepEqual(JSON.parse(json), doc, 'the inline JSON is the document');
  });

  test('"<" in the inline JSON is escaped: the hostile title never appears raw', () => {
    const r = cli('snippet', docFile, '--element', 'ranking-badge', '--series', '08');
    assert.equal(r.code, 0);
    assert.ok(!r.stdout.includes(HOSTILE), 'raw </script><img …>');
    assert.ok(!r.stdout.includes('<img'), 'no <img element');
    assert.ok(!r.stdout.includes('<!--'), 'no comment opener');
    const json = inlineJson(r.stdout)!;
    assert.ok(!json.includes('<'), 'no "<" at all inside the script element');
    assert.ok(json.includes('\\u003c/script>'));
    // Exactly two script elements close: the module script and the JSON one.
    assert.equal(r.stdout.split('</script>').length - 1, 2);
  });

  test('--src prints a src attribute instead of the inline document', () => {
    const r = cli('snippet', docFile, '--element', 'ranking-badge', '--series', '08', '--src', 'https://example.org/data/homicidios.json');
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /<ranking-badge [^>]*src="https:\/\/example\.org\/data\/homicidios\.json"[^>]*>/);
    assert.equal(inlineJson(r.stdout), undefined, 'no inline JSON');
    assert.ok(!r.stdout.includes('Homicidios'), 'the document is not copied into the page');
  });

  test('attribute values are escaped', () => {
    const r = cli('snippet', docFile, '--src', 'x" onload="alert(1)', '--series', '08"><b>', '--lang', 'en');
    assert.equal(r.code, 0, r.stderr);
    assert.ok(!r.stdout.includes('" onload="'), r.stdout);
    assert.ok(!r.stdout.includes('<b>'), r.stdout);
    assert.ok(r.stdout.includes('src="x&quot; onload=&quot;alert(1)"'), r.stdout);
    assert.match(r.stdout, /lang="en"/);
  });

  test('the default element is crime-rate-trend, and --cdn changes the script address', () => {
    const r = cli('snippet', docFile, '--cdn', 'https://cdn.example.org/cifra.js');
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /<crime-rate-trend lang="es">/);
    assert.match(r.stdout, /<script type="module" src="https:\/\/cdn\.example\.org\/cifra\.js"><\/script>/);
  });

  test('an invalid document: exit 1 naming the problem', () => {
    const { sources: _omitted, ...noSources } = doc;
    const r = cli('snippet', write('invalid.json', noSources), '--element', 'ranking-badge');
    assert.equal(r.code, 1);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /invalid\.json/);
    assert.match(r.stderr, /sources/);
  });

  test('a file that is not JSON, a missing file, an unknown element: exit 1; no document: non-zero', () => {
    const notJson = cli('snippet', write('not.json', '{"schema": 1,'));
    assert.equal(notJson.code, 1);
    assert.match(notJson.stderr, /not\.json/);
    const missing = cli('snippet', join(dir, 'missing.json'));
    assert.equal(missing.code, 1);
    assert.match(missing.stderr, /missing\.json/);
    const element = cli('snippet', docFile, '--element', 'marquee');
    assert.equal(element.code, 1);
    assert.match(element.stderr, /--element/);
    assert.notEqual(cli('snippet').code, 0);
    assert.equal(cli('snippet', docFile, '--bogus').code, 2);
  });

  test('an imported document (written with -o) goes straight into snippet', () => {
    const crime = write('crime.csv', 'state,2008,2009\n8,2567,5000\n25,782,1500\n');
    const pop = write('pop.csv', 'state,2008,2009\n8,3359934,3400000\n25,2648330,2660000\n');
    const out = join(dir, 'imported.json');
    const imported = cli('import', crime, '--population', pop, '--period', '2008', '--title', 'Homicidios', '--source', 'INEGI', '-o', out);
    assert.equal(imported.code, 0, imported.stderr);
    assert.equal(imported.stdout, '', 'with -o nothing goes to standard output');
    assert.match(imported.stderr, /wrote .*imported\.json: 2 series, 2 observations/);
    const r = cli('snippet', out, '--element', 'ranking-badge', '--series', '08');
    assert.equal(r.code, 0, r.stderr);
    assert.ok(validateIndicator(JSON.parse(inlineJson(r.stdout)!)).ok);
  });
});
