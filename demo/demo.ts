// The overview page: every element, with the language and theme controls (controls.ts).
import '../src/cifra.js';
import { initControls } from './controls.js';

initControls();
