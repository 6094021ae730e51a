/// <reference types="node" />
/**
 * SVG → PNG with resvg (`@resvg/resvg-js`), which needs no browser. It is an optional
 * peer of cifra, not a dependency (`npm install cifra` brings only lit and d3): loaded
 * here with a dynamic import, only for `--png`, and left out of the dist/cli.js bundle.
 * The text is drawn in the font shipped with cifra (fonts/, Public Sans, SIL Open Font
 * License 1.1), never a system font, so an image looks the same on every machine.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { FONT_FAMILY } from './font-metrics.js';

/** The package `--png` needs, as the user installs it. */
export const RASTERIZER = '@resvg/resvg-js';

/** The rasterizer is not installed: what to do about it, in one message. */
export class MissingRasterizer extends Error {
  override name = 'MissingRasterizer';
  constructor(cause: unknown) {
    super(`--png needs the optional package ${RASTERIZER}, which is not installed. Install it beside cifra:\n  npm install ${RASTERIZER}\n(or write the SVG instead: --svg)`, { cause });
  }
}

interface ResvgModule {
  Resvg: new (svg: string, options?: object) => { render(): { asPng(): Uint8Array; width: number; height: number; pixels: Uint8Array } };
}

type Loader = () => Promise<ResvgModule>;

// The name in a variable keeps bundlers from following it; build.mjs also marks it external.
const defaultLoader: Loader = () => import(/* @vite-ignore */ RASTERIZER as string) as Promise<ResvgModule>;
let loader: Loader = defaultLoader;

/** For tests: load the rasterizer some other way (or fail, as when it is not installed). `null` restores the default. */
export function setRasterizerLoader(load: Loader | null): void {
  loader = load ?? defaultLoader;
}

async function resvg(): Promise<ResvgModule> {
  try {
    const mod = await loader();
    const Resvg = mod.Resvg ?? (mod as unknown as { default?: ResvgModule }).default?.Resvg;
    if (typeof Resvg !== 'function') throw new Error(`${RASTERIZER} has no Resvg class`);
    return { Resvg };
  } catch (error) {
    const code = (error as { code?: string }).code;
    // Not installed, or installed without its native binary for this platform.
    if (code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND' || /Cannot find (module|package)|Failed to load native binding/i.test(String((error as Error).message))) {
      throw new MissingRasterizer(error);
    }
    throw error;
  }
}

/** The font files: dist/fonts/ beside dist/cli.js, or src/cli/fonts/ beside this file when run from the sources. */
export function fontFiles(): string[] {
  const files = ['PublicSans-Regular.ttf', 'PublicSans-Bold.ttf'].map((f) => fileURLToPath(new URL(`./fonts/${f}`, import.meta.url)));
  const absent = files.filter((f) => !existsSync(f));
  if (absent.length) throw new Error(`the font files are missing: ${absent.join(', ')}`);
  return files;
}

export interface Png {
  readonly png: Uint8Array;
  readonly width: number;
  readonly height: number;
  /** RGBA, row by row: for tests that look at what was drawn. */
  readonly pixels: Uint8Array;
}

/** An SVG drawn into a PNG at `scale` pixels per SVG pixel (1–4). */
export async function svgToPng(svg: string, scale = 1): Promise<Png> {
  const { Resvg } = await resvg();
  const image = new Resvg(svg, {
    font: { loadSystemFonts: false, fontFiles: fontFiles(), defaultFontFamily: FONT_FAMILY, sansSerifFamily: FONT_FAMILY },
    fitTo: scale === 1 ? { mode: 'original' } : { mode: 'zoom', value: scale },
    shapeRendering: 2,
    textRendering: 1,
    logLevel: 'off',
  }).render();
  return { png: image.asPng(), width: image.width, height: image.height, pixels: image.pixels };
}

/** A PNG's width and height, read from its IHDR chunk; `null` when the bytes are not a PNG. */
export function pngSize(png: Uint8Array): { width: number; height: number } | null {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (png.length < 24 || signature.some((b, i) => png[i] !== b)) return null;
  const v = new DataView(png.buffer, png.byteOffset, png.byteLength);
  if (String.fromCharCode(...png.subarray(12, 16)) !== 'IHDR') return null;
  return { width: v.getUint32(16), height: v.getUint32(20) };
}
