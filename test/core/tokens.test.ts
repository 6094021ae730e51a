// One source for every theme token (DESIGN §7, Material Web's pattern): each public custom
// property is read once, with its fallback, into a private `--_token` on :host in
// `tokenStyles`; each private token is defined once and read; forced colours map the tokens
// to system colours. Parsed from the style sources, no browser.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { colourTokens, forcedColorBlocks, privateDeclarations, read, sheet, sheets, sources, withoutForcedColors } from './styles-source.js';

const all = sheets();
const css = all.map((s) => s.css).join('\n');
const normal = withoutForcedColors(css);
const tokens = sheet('tokenStyles');

/** Private properties set from script (`style.setProperty('--_aspect', …)`): defined there, not in CSS. */
const fromScript = new Set(sources().flatMap((f) => [...read(f).matchAll(/setProperty\(\s*'(--_[\w-]+)'/g)].map((m) => m[1]!)));
/** The colour of the series a mark belongs to, set by each series class (.s0 … .s4). */
const SERIES_LOCAL = '--_c';

const reads = (name: string) => [...css.matchAll(new RegExp(`var\\(\\s*${name}(?![\\w-])`, 'g'))].length;

/** `@cssprop --cifra-…` of the element classes' JSDoc (what the Custom Elements Manifest publishes). */
const documented = [...new Set(sources().filter((f) => f.startsWith('src/elements/')).flatMap((f) => [...read(f).matchAll(/@cssprop\s+(--cifra-[\w-]+)/g)].map((m) => m[1]!)))].sort();

describe('the private tokens', () => {
  const definitions = privateDeclarations(normal);
  const defined = [...new Set(definitions.map((d) => d.name))];

  test('the sources hold the sheets: tokens, theme, forced colours, base, the chart and the compact elements', () => {
    for (const name of ['tokenStyles', 'themeStyles', 'forcedColorStyles', 'baseStyles', 'trendStyles', 'compactStyles']) assert.ok(all.some((s) => s.name === name), name);
    assert.ok(all.filter((s) => s.name === '' && s.file.startsWith('src/elements/')).length >= 2, "the compact elements' static styles");
  });

  test('each private token is defined exactly once (forced colours aside)', () => {
    for (const name of defined) {
      if (name === SERIES_LOCAL) continue;
      const n = definitions.filter((d) => d.name === name).length;
      assert.equal(n, 1, `${name} is defined ${n} times`);
    }
    assert.ok(defined.length >= 15, `tokens found: ${defined.join(' ')}`);
  });

  test(`${SERIES_LOCAL} is set only by the series classes (accent slots, context, the key), from theme tokens`, () => {
    const rules = [...normal.matchAll(/([^{}]+)\{[^{}]*--_c\s*:\s*var\((--_[\w-]+)\)/g)].map((m) => [m[1]!.trim().split('\n').at(-1)!.trim(), m[2]!]);
    assert.deepEqual(rules, [
      ['.s0', '--_line'], ['.s1', '--_series-2'], ['.s2', '--_series-3'], ['.s3', '--_series-4'], ['.s4', '--_series-5'],
      ['.context', '--_muted'], ['.key .line', '--_text'],
    ]);
  });

  test('each private token is read at least once', () => {
    for (const name of defined) assert.ok(reads(name) >= 1, `${name} is defined but never read (var(${name}))`);
  });

  test('each private token read is defined (in CSS, or from script)', () => {
    const read = [...new Set([...css.matchAll(/var\(\s*(--_[\w-]+)/g)].map((m) => m[1]!))];
    for (const name of read) assert.ok(defined.includes(name) || fromScript.has(name), `${name} is read but never defined`);
    assert.ok(fromScript.has('--_aspect'), 'the chart sets --_aspect from its aspect attribute');
  });

  test('the theme tokens are all defined on :host in tokenStyles, their one place', () => {
    const inTokens = privateDeclarations(tokens.css).map((d) => d.name);
    for (const name of ['--_text', '--_bg', '--_muted', '--_line', '--_series-2', '--_series-3', '--_series-4', '--_series-5', '--_accent', '--_grid', '--_error', '--_focus', '--_font', '--_size']) {
      assert.ok(inTokens.includes(name), `${name} in tokenStyles`);
    }
    assert.match(tokens.css.trim(), /^:host\s*\{[^{}]*\}$/, 'tokenStyles is one :host rule');
  });
});

describe('the public custom properties', () => {
  const publicReads = [...css.matchAll(/var\(\s*(--cifra-[\w-]+)\s*(,)?/g)];

  test('each is read in tokenStyles only, once, and always with a fallback', () => {
    const names = publicReads.map((m) => m[1]!);
    for (const name of new Set(names)) assert.equal(names.filter((n) => n === name).length, 1, `${name} is read ${names.filter((n) => n === name).length} times`);
    for (const m of publicReads) assert.ok(m[2], `${m[1]} is read without a fallback`);
    const inTokens = [...tokens.css.matchAll(/var\(\s*(--cifra-[\w-]+)/g)].map((m) => m[1]!);
    assert.deepEqual(inTokens.sort(), [...names].sort(), 'every var(--cifra-…) is in tokenStyles');
  });

  test('each colour has a light property and a --cifra-dark-* one, through light-dark()', () => {
    const colours = colourTokens();
    assert.equal(colours.length, 12, colours.map((t) => t.name).join(' '));
    for (const t of colours) {
      assert.match(t.light, /^--cifra-color-/, t.name);
      assert.equal(t.dark, t.light.replace('--cifra-', '--cifra-dark-'), `${t.name}: ${t.dark} pairs with ${t.light}`);
    }
  });

  test("every @cssprop of the classes' JSDoc is read by the styles", () => {
    assert.ok(documented.length >= 9, documented.join(' '));
    for (const name of documented) assert.ok(reads(name) === 1, `${name} (@cssprop) is read once: ${reads(name)}`);
  });

  test('the names of the public contract are all still read (DESIGN §7: rename nothing)', () => {
    const contract = ['text', 'background', 'muted', 'line', 'series-2', 'series-3', 'series-4', 'series-5', 'accent', 'grid', 'error', 'focus'].map((c) => `--cifra-color-${c}`);
    for (const name of [...contract, '--cifra-font-family', '--cifra-font-size']) assert.equal(reads(name), 1, name);
  });
});

describe('forced colours', () => {
  const blocks = forcedColorBlocks(css);
  const mapping = new Map(privateDeclarations(sheet('forcedColorStyles').css).map((d) => [d.name, d.value]));

  test('forcedColorStyles maps lines, series, text, focus, accent, grid, error and background to system colours', () => {
    const system = /^(Canvas|CanvasText|LinkText|VisitedText|ActiveText|ButtonFace|ButtonText|ButtonBorder|Field|FieldText|Highlight|HighlightText|SelectedItem|SelectedItemText|Mark|MarkText|GrayText|AccentColor|AccentColorText)$/;
    for (const name of ['--_line', '--_series-2', '--_series-3', '--_series-4', '--_series-5', '--_text', '--_muted', '--_focus', '--_accent', '--_grid', '--_error', '--_bg']) {
      assert.ok(mapping.has(name), `${name} mapped`);
      assert.match(mapping.get(name)!, system, `${name}: ${mapping.get(name)}`);
    }
  });

  test('the tokens are mapped in one place: no other forced-colors block sets a private token', () => {
    const setting = blocks.filter((b) => privateDeclarations(b).length > 0);
    assert.equal(setting.length, 1);
    for (const name of mapping.keys()) assert.equal(privateDeclarations(tokens.css).filter((d) => d.name === name).length, 1, `${name} is a token of tokenStyles`);
  });

  test('no forced-colors block paints a line or a series directly (they follow the tokens)', () => {
    for (const block of blocks) assert.doesNotMatch(block, /\.(line|s[0-4])\b/, block);
  });
});

describe('the README', () => {
  const readme = read('README.md');
  const start = readme.indexOf('## Theming, parts and events');
  const section = readme.slice(start, readme.indexOf('\n## ', start + 1));

  test('lists each colour property, light and dark, with the defaults of tokenStyles', () => {
    for (const t of colourTokens()) {
      const row = section.split('\n').find((l) => l.startsWith(`| \`${t.light}\` | \`${t.dark}\` |`));
      assert.ok(row, `a row for ${t.light} and ${t.dark}`);
      const cells = row.split('|').map((c) => c.trim());
      const shown = (value: string) => (/^#/.test(value) ? `\`${value}\`` : 'transparent');
      assert.ok(cells[4]!.startsWith(shown(t.lightDefault)), `${t.light}: README ${cells[4]}, styles ${t.lightDefault}`);
      assert.ok(cells[5]!.startsWith(shown(t.darkDefault)), `${t.dark}: README ${cells[5]}, styles ${t.darkDefault}`);
    }
  });
});
