// The demo's controls: language and theme for the page and every widget on it.
import '../src/cifra.js';

const langSelect = document.querySelector<HTMLSelectElement>('#lang')!;
const themeSelect = document.querySelector<HTMLSelectElement>('#theme')!;
const params = new URLSearchParams(location.search);

function apply(): void {
  const lang = langSelect.value;
  const theme = themeSelect.value;
  document.documentElement.lang = lang;
  document.documentElement.dataset['theme'] = theme;
  for (const el of document.querySelectorAll<HTMLElement>('[data-es]')) el.textContent = el.dataset[lang] ?? el.textContent;
  for (const el of document.querySelectorAll('crime-rate-trend, rate-per-100k, ranking-badge')) el.setAttribute('theme', theme);
  const url = new URL(location.href);
  url.searchParams.set('lang', lang);
  url.searchParams.set('theme', theme);
  history.replaceState(null, '', url);
}

langSelect.value = params.get('lang') === 'en' ? 'en' : 'es';
themeSelect.value = ['light', 'dark'].includes(params.get('theme') ?? '') ? params.get('theme')! : 'auto';
langSelect.addEventListener('change', apply);
themeSelect.addEventListener('change', apply);
apply();
