// The 32-state page: the controls, plus the grid's sort, y scale and compare choices.
import '../src/cifra.js';
import { initControls } from './controls.js';

initControls();
const grid = document.querySelector<HTMLElement>('#estados');
for (const name of ['sort', 'y-scale', 'compare'] as const) {
  const select = document.querySelector<HTMLSelectElement>(`#grid-${name}`);
  if (!grid || !select) continue;
  const apply = (): void => {
    if (select.value) grid.setAttribute(name, select.value);
    else grid.removeAttribute(name);
  };
  select.addEventListener('change', apply);
  apply();
}
