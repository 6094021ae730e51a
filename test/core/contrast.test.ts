// The default colours keep their contrast promises (DESIGN §5), read from the one place the
// elements take them from: both sides of each `light-dark()` in `tokenStyles`. The default
// background is transparent, so each side is checked against the page it is drawn on: a
// white page (light) and a typical dark page, #121212 (dark; also the browser's dark canvas,
// which a forced `theme="dark"` paints). Text ≥ 4.5:1; lines, accent and focus ≥ 3:1.
// test/elements/theme.test.ts measures the same on rendered elements.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { colourTokens, type Token } from './styles-source.js';

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

const tokens = new Map(colourTokens().map((t) => [t.name, t]));
const PAGES = { light: '#ffffff', dark: '#121212' } as const;
const TEXT = ['--_text', '--_muted', '--_error'];
const MARKS = ['--_line', '--_series-2', '--_series-3', '--_series-4', '--_series-5', '--_accent', '--_focus'];

function side(token: Token | undefined, theme: keyof typeof PAGES): string {
  assert.ok(token, 'token found in tokenStyles');
  const value = theme === 'light' ? token.lightDefault : token.darkDefault;
  assert.match(value, /^#[0-9a-f]{6}$/i, `${token.name} (${theme}) defaults to a colour: ${value}`);
  return value;
}

test('the default background is transparent on both sides (the page shows through)', () => {
  const bg = tokens.get('--_bg');
  assert.ok(bg);
  for (const value of [bg.lightDefault, bg.darkDefault]) assert.match(value, /^var\(--_canvas, transparent\)$/);
});

for (const theme of ['light', 'dark'] as const) {
  const page = PAGES[theme];
  test(`${theme}: text, muted text and error text reach 4.5:1 on ${page}`, () => {
    for (const name of TEXT) {
      const c = side(tokens.get(name), theme);
      assert.ok(contrast(c, page) >= 4.5, `${name} ${c} on ${page}: ${contrast(c, page).toFixed(2)}`);
    }
  });

  test(`${theme}: every series line, the accent and the focus ring reach 3:1 on ${page}`, () => {
    for (const name of MARKS) {
      const c = side(tokens.get(name), theme);
      assert.ok(contrast(c, page) >= 3, `${name} ${c} on ${page}: ${contrast(c, page).toFixed(2)}`);
    }
  });
}

test("each theme's colours are its own: the dark side of every text and mark is lighter than its light side", () => {
  for (const name of [...TEXT, ...MARKS]) assert.ok(luminance(side(tokens.get(name), 'dark')) > luminance(side(tokens.get(name), 'light')), name);
});
