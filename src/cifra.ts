/**
 * cifra: defines `<crime-rate-trend>`, `<rate-per-100k>` and `<ranking-badge>`, and
 * exports their classes and the pure core (the names `cifra/core` lists). The CDN
 * bundle `dist/cifra.js` is built from `src/cdn.ts`, which exports the classes only.
 */
import './elements/crime-rate-trend/define.js';
import './elements/rate-per-100k/define.js';
import './elements/ranking-badge/define.js';

export { CrimeRateTrend, RatePer100k, RankingBadge, CifraElement, type CifraStatus, type CifraErrorDetail, type CifraReadyDetail } from './elements/index.js';
export * from './core/index.js';
export { parseDocument, resolveSrc, type ErrorCode, type LoadFailure, type LoadOutcome } from './data/loader.js';
