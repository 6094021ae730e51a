// The gallery of social cards (demo/cards.html, written by scripts/cards.ts): the page's
// language and theme controls only; the cards are plain images.
import { initControls } from './controls.js';

initControls();
