// The demo pages' shared controls: language and theme for the page and every widget on
// it, kept in the URL (?lang=en&theme=dark) and carried over by the pages' links.
// No inline scripts or style attributes anywhere: the demo runs under a strict CSP.
//
// Markup conventions the switch understands:
//   data-es / data-en                  the element's text in each language (plain text)
//   data-es-label / data-en-label      its aria-label
//   data-es-placeholder / -en-         its placeholder
//   data-es-title / data-en-title      its title attribute
//   data-lang="es" | "en"              a block shown only in that language (may hold markup)
//   data-fixed-theme                   a widget whose theme the page does not set (the builder's preview)
//   a[data-keep-params]                a link that carries lang, theme and estado to the next page

export type Lang = 'es' | 'en';
export type Theme = 'auto' | 'light' | 'dark';

const WIDGETS = 'crime-rate-trend, rate-per-100k, ranking-badge';
const KEPT_PARAMS = ['lang', 'theme', 'estado'];
const listeners = new Set<(lang: Lang) => void>();
let lang: Lang = 'es';
let theme: Theme = 'auto';

/** The page's language. */
export function currentLang(): Lang {
  return lang;
}

/** The page's theme. */
export function currentTheme(): Theme {
  return theme;
}

/** The Spanish or English text, whichever the page is in. */
export function t(es: string, en: string): string {
  return lang === 'en' ? en : es;
}

/** Runs `listener` after every change of language (and once now, if the controls are set up). */
export function onLangChange(listener: (lang: Lang) => void): void {
  listeners.add(listener);
}

function translate(root: ParentNode): void {
  for (const el of root.querySelectorAll<HTMLElement>('[data-es]')) {
    const text = el.dataset[lang];
    if (text !== undefined) el.textContent = text;
  }
  const attributes: [string, string][] = [['label', 'aria-label'], ['placeholder', 'placeholder'], ['title', 'title']];
  for (const [suffix, attribute] of attributes) {
    const key = `${lang}${suffix[0]!.toUpperCase()}${suffix.slice(1)}`;
    for (const el of root.querySelectorAll<HTMLElement>(`[data-es-${suffix}]`)) {
      const text = el.dataset[key];
      if (text !== undefined) el.setAttribute(attribute, text);
    }
  }
  for (const el of root.querySelectorAll<HTMLElement>('[data-lang]')) el.hidden = el.dataset['lang'] !== lang;
}

/** Links between the demo pages keep the language, theme and chosen state. */
function updateLinks(): void {
  const here = new URLSearchParams(location.search);
  for (const a of document.querySelectorAll<HTMLAnchorElement>('a[data-keep-params]')) {
    const url = new URL(a.getAttribute('href') ?? '', location.href);
    for (const name of KEPT_PARAMS) {
      const value = here.get(name);
      if (value === null || (name === 'theme' && value === 'auto')) url.searchParams.delete(name);
      else url.searchParams.set(name, value);
    }
    a.href = url.pathname + url.search + url.hash;
  }
}

/** Sets a URL parameter without reloading (null removes it) and refreshes the links. */
export function setParam(name: string, value: string | null): void {
  const url = new URL(location.href);
  if (value === null) url.searchParams.delete(name);
  else url.searchParams.set(name, value);
  history.replaceState(null, '', url);
  updateLinks();
}

/** Applies a theme to widgets added after the controls ran (the page's theme unless they keep their own). */
export function themeWidgets(root: ParentNode = document): void {
  for (const el of root.querySelectorAll(WIDGETS)) {
    if (!el.hasAttribute('data-fixed-theme')) el.setAttribute('theme', theme);
  }
}

/**
 * Wires `#lang` and `#theme` (selects) to the page: reads ?lang and ?theme, applies
 * them to <html>, the translated texts and the widgets, and keeps them in the URL.
 */
export function initControls(): void {
  const langSelect = document.querySelector<HTMLSelectElement>('#lang');
  const themeSelect = document.querySelector<HTMLSelectElement>('#theme');
  const params = new URLSearchParams(location.search);

  const apply = (): void => {
    lang = langSelect?.value === 'en' ? 'en' : 'es';
    const chosen = themeSelect?.value;
    theme = chosen === 'light' || chosen === 'dark' ? chosen : 'auto';
    document.documentElement.lang = lang;
    document.documentElement.dataset['theme'] = theme;
    translate(document);
    themeWidgets();
    const url = new URL(location.href);
    url.searchParams.set('lang', lang);
    url.searchParams.set('theme', theme);
    history.replaceState(null, '', url);
    updateLinks();
    for (const listener of listeners) listener(lang);
  };

  const paramTheme = params.get('theme');
  if (langSelect) langSelect.value = params.get('lang') === 'en' ? 'en' : 'es';
  if (themeSelect) themeSelect.value = paramTheme === 'light' || paramTheme === 'dark' ? paramTheme : 'auto';
  langSelect?.addEventListener('change', apply);
  themeSelect?.addEventListener('change', apply);
  apply();
}
