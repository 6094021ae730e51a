/** Resolving a document's `Text` (a string or one string per language) to one language. */
import type { Text } from './schema.js';

/**
 * The text in the wanted locale: an exact key, else the same language ("es" for
 * "es-MX", or "es-MX" for "es"), else the document's language, else English,
 * else Spanish, else the first one given. A plain string is returned as is.
 */
export function textIn(text: Text | undefined, locale: string, docLang?: string): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return text;
  const keys = Object.keys(text);
  const find = (tag: string | undefined): string | undefined => {
    if (!tag) return undefined;
    const lower = tag.toLowerCase();
    const primary = lower.split('-')[0];
    const exact = keys.find((k) => k.toLowerCase() === lower);
    const same = exact ?? keys.find((k) => k.toLowerCase() === primary) ?? keys.find((k) => k.toLowerCase().split('-')[0] === primary);
    return same === undefined ? undefined : text[same];
  };
  return find(locale) ?? find(docLang) ?? find('en') ?? find('es') ?? (keys[0] === undefined ? '' : text[keys[0]] ?? '');
}
