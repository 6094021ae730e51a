/** The element classes, without registering any tag: import `cifra/<tag>` or `cifra` to define them. */
export { CrimeRateTrend } from './crime-rate-trend/crime-rate-trend.js';
export { RatePer100k } from './rate-per-100k/rate-per-100k.js';
export { RankingBadge } from './ranking-badge/ranking-badge.js';
export { CifraElement, type CifraStatus, type CifraErrorDetail, type CifraReadyDetail } from '../base/cifra-element.js';
