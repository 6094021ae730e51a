// The default colours keep their contrast promises (DESIGN §5), read from the stylesheets
// themselves: text ≥ 4.5:1 and lines ≥ 3:1 against the background, in light and dark.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

const shared = readFileSync(new URL('../../src/shared/styles.ts', import.meta.url), 'utf8');
const trend = readFileSync(new URL('../../src/elements/crime-rate-trend/styles.ts', import.meta.url), 'utf8');

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}
/** The default of `--cifra-<name>` in a block of CSS: the colour after the fallback comma. */
function defaults(css: string, token: string): string[] {
  return [...css.matchAll(new RegExp(`var\\(--cifra-${token}, (#[0-9a-f]{6})\\)`, 'gi'))].map((m) => m[1]!);
}

// Each theme's block, read explicitly: the shared dark tokens are declared once (`const dark`),
// the light ones on :host; the chart's light series on its first :host, dark on :host([theme='dark']).
const sharedDark = shared.slice(shared.indexOf('const dark = css`'), shared.indexOf('`;', shared.indexOf('const dark = css`')));
const sharedLight = shared.slice(shared.indexOf('export const baseStyles'));
const trendLight = trend.slice(trend.indexOf(':host {'), trend.indexOf('}', trend.indexOf(':host {')));
const trendDark = trend.slice(trend.indexOf(":host([theme='dark'])"), trend.indexOf('}', trend.indexOf(":host([theme='dark'])")));
const blocks = { light: [sharedLight, trendLight], dark: [sharedDark, trendDark] } as const;
const lightBg = defaults(sharedLight, 'color-background')[0];
const darkBg = defaults(sharedDark, 'color-background')[0];
const themes = [['light', lightBg!], ['dark', darkBg!]] as const;

test('both themes define a background, light brighter than dark', () => {
  assert.ok(lightBg && darkBg);
  assert.ok(luminance(lightBg) > luminance(darkBg));
});

for (const [theme, bg] of themes) {
  const [css, chart] = blocks[theme];
  test(`${theme}: text, muted text and error text reach 4.5:1`, () => {
    for (const token of ['color-text', 'color-muted', 'color-error']) {
      const c = defaults(css, token)[0]!;
      assert.ok(contrast(c, bg) >= 4.5, `${token} ${c} on ${bg}: ${contrast(c, bg).toFixed(2)}`);
    }
  });
  test(`${theme}: every series line, the accent and the focus ring reach 3:1`, () => {
    const lines = [
      defaults(chart, 'color-line')[0]!,
      ...[2, 3, 4, 5].map((n) => defaults(chart, `color-series-${n}`)[0]!),
      defaults(css, 'color-accent')[0]!,
      defaults(css, 'color-focus')[0]!,
    ];
    assert.equal(lines.length, 7);
    for (const c of lines) assert.ok(contrast(c, bg) >= 3, `${c} on ${bg}: ${contrast(c, bg).toFixed(2)}`);
  });
}
