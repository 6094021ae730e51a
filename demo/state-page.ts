// The article and the government page: the controls, plus one state picker that sets
// the `series` of every widget marked with data-series ("MX,{code}", "{code}").
import '../src/cifra.js';
import { initControls, onLangChange, setParam, t } from './controls.js';

const picker = document.querySelector<HTMLSelectElement>('#estado');
const live = document.querySelector<HTMLElement>('#estado-aviso');

function stateName(): string {
  return picker?.selectedOptions[0]?.textContent?.trim() ?? '';
}

/** Points every marked widget at the chosen state and names it where the page asks for it. */
function show(announce: boolean): void {
  if (!picker) return;
  const code = picker.value;
  for (const el of document.querySelectorAll<HTMLElement>('[data-series]')) {
    el.setAttribute('series', (el.dataset['series'] ?? '{code}').replace('{code}', code));
  }
  for (const el of document.querySelectorAll<HTMLElement>('[data-state-name]')) el.textContent = stateName();
  if (announce && live) live.textContent = t(`Mostrando datos de ${stateName()}.`, `Showing data for ${stateName()}.`);
}

if (picker) {
  const wanted = new URLSearchParams(location.search).get('estado');
  if (wanted && [...picker.options].some((o) => o.value === wanted)) picker.value = wanted;
  picker.addEventListener('change', () => {
    setParam('estado', picker.value);
    show(true);
  });
}
onLangChange(() => show(false));
initControls();
show(false);
