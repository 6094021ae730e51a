/**
 * cifra: defines `<crime-rate-trend>`, `<rate-per-100k>` and `<ranking-badge>`, and
 * exports their classes and the pure core. This module is also the entry of the
 * self-contained CDN bundle `dist/cifra.js`.
 */
import './elements/crime-rate-trend/define.js';
import './elements/rate-per-100k/define.js';
import './elements/ranking-badge/define.js';

export * from './elements/index.js';
export * from './core/index.js';
export { parseDocument, resolveSrc, type ErrorCode, type LoadFailure, type LoadOutcome } from './data/loader.js';
