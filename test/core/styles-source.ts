// The elements' styles as written in the sources, for the Node tests of tokens and contrast:
// every css`…` template under src/ (the shared sheets, the chart's styles, the compact
// elements' block and each class's `static styles`), with CSS comments removed.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../..', import.meta.url));

export interface Sheet {
  /** The file, relative to the repository. */
  file: string;
  /** The constant the template is assigned to (`tokenStyles`), or '' for an inline one (`static styles`). */
  name: string;
  /** The CSS, comments removed. */
  css: string;
}

/** The TypeScript sources under src/, relative to the repository (whatever the folder names). */
export function sources(): string[] {
  return (readdirSync(join(root, 'src'), { recursive: true }) as string[])
    .filter((f) => f.endsWith('.ts'))
    .map((f) => join('src', f))
    .sort();
}

export function read(file: string): string {
  return readFileSync(join(root, file), 'utf8');
}

const stripComments = (css: string) => css.replace(/\/\*[\s\S]*?\*\//g, '');

/** Every css`…` template in the sources. */
export function sheets(): Sheet[] {
  const out: Sheet[] = [];
  for (const file of sources()) {
    const text = read(file);
    for (const m of text.matchAll(/(?:const\s+(\w+)\s*=\s*)?\bcss`([^`]*)`/g)) out.push({ file, name: m[1] ?? '', css: stripComments(m[2]!) });
  }
  return out;
}

/** The one sheet named `name` (e.g. `tokenStyles`), wherever it lives. */
export function sheet(name: string): Sheet {
  const found = sheets().filter((s) => s.name === name);
  if (found.length !== 1) throw new Error(`expected one css sheet named ${name}, found ${found.length}`);
  return found[0]!;
}

/** The bodies of every `@media (forced-colors: active) { … }` block in `css`. */
export function forcedColorBlocks(css: string): string[] {
  const blocks: string[] = [];
  for (const m of css.matchAll(/@media\s*\(\s*forced-colors\s*:\s*active\s*\)\s*\{/g)) {
    let depth = 1;
    let i = m.index! + m[0].length;
    const start = i;
    for (; i < css.length && depth > 0; i++) {
      if (css[i] === '{') depth++;
      else if (css[i] === '}') depth--;
    }
    blocks.push(css.slice(start, i - 1));
  }
  return blocks;
}

/** `css` without its forced-colors blocks. */
export function withoutForcedColors(css: string): string {
  let out = css;
  for (const block of forcedColorBlocks(css)) out = out.replace(block, '');
  return out;
}

/** Declarations `--_name: value;` in `css`, in order. */
export function privateDeclarations(css: string): { name: string; value: string }[] {
  return [...css.matchAll(/(--_[\w-]+)\s*:\s*([^;{}]+);/g)].map((m) => ({ name: m[1]!, value: m[2]!.trim() }));
}

export interface Token {
  /** The private token (`--_text`). */
  name: string;
  /** The public property read for the light side (`--cifra-color-text`). */
  light: string;
  lightDefault: string;
  /** The public property read for the dark side (`--cifra-dark-color-text`). */
  dark: string;
  darkDefault: string;
}

/**
 * The colour tokens of `tokenStyles`: `--_x: light-dark(var(--cifra-color-y, L), var(--cifra-dark-color-y, D))`.
 * A default may itself be a var() with a fallback (the background's `var(--_canvas, transparent)`).
 */
export function colourTokens(): Token[] {
  const re = /(--_[\w-]+)\s*:\s*light-dark\(\s*var\(\s*(--cifra-[\w-]+)\s*,\s*((?:var\([^()]*\)|[^()])+?)\s*\)\s*,\s*var\(\s*(--cifra-dark-[\w-]+)\s*,\s*((?:var\([^()]*\)|[^()])+?)\s*\)\s*\)\s*;/g;
  return [...sheet('tokenStyles').css.matchAll(re)].map((m) => ({ name: m[1]!, light: m[2]!, lightDefault: m[3]!, dark: m[4]!, darkDefault: m[5]! }));
}
