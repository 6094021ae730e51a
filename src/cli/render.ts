/// <reference types="node" />
/**
 * `cifra render`: an element and its document as static HTML, the element's shadow root
 * declared in the markup (declarative shadow DOM), so the chart shows with JavaScript
 * off. The document stays inline, so a page that also loads cifra.js renders it live.
 */
import type { Indicator } from '../core/schema.js';

export interface RenderOptions {
  readonly tag: 'crime-rate-trend' | 'rate-per-100k' | 'ranking-badge';
  readonly lang?: string;
  readonly theme?: string;
  /** Other attributes of the element (series, period, from, to, order, …). */
  readonly attributes?: Readonly<Record<string, string | true>>;
}

function escapeAttr(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export async function renderElement(doc: Indicator, options: RenderOptions): Promise<string> {
  // @lit-labs/ssr first: it installs the DOM shim the element modules need in Node.
  const { render } = await import('@lit-labs/ssr');
  const { collectResult } = await import('@lit-labs/ssr/lib/render-result.js');
  const { html, unsafeStatic } = await import('lit/static-html.js');
  await import('../elements/crime-rate-trend/define.js');
  await import('../elements/rate-per-100k/define.js');
  await import('../elements/ranking-badge/define.js');

  const attributes: Record<string, string | true> = { ...(options.attributes ?? {}) };
  if (options.lang) attributes['lang'] = options.lang;
  if (options.theme) attributes['theme'] = options.theme;
  const attrText = Object.entries(attributes)
    .map(([name, value]) => (value === true ? name : `${name}="${escapeAttr(value)}"`))
    .join(' ');
  // The attribute text and tag are ours (names from a fixed list, values escaped); the document goes in as a property.
  const open = unsafeStatic(`${options.tag}${attrText ? ` ${attrText}` : ''}`);
  const inline = unsafeStatic(`<script type="application/json">${JSON.stringify(doc).replace(/</g, '\\u003c')}</script>`);
  const result = render(html`<${open} .data=${doc}>${inline}</${unsafeStatic(options.tag)}>`);
  return collectResult(result);
}

/** A minimal page around rendered elements, for `--page`. */
export function page(body: string, lang: string, title: string): string {
  return `<!doctype html>
<html lang="${escapeAttr(lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeAttr(title)}</title>
<style>body { max-width: 48rem; margin: 1rem auto; padding: 0 1rem; font-family: system-ui, sans-serif; }</style>
</head>
<body>
${body}
</body>
</html>
`;
}
