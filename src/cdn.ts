/**
 * The CDN bundle's entry (dist/cifra.js): defines the three elements and exports their
 * classes. The pure core is not re-exported here, so only what the elements use is in
 * the file a newsroom loads; npm users import `cifra/core` for the rest.
 */
export { CrimeRateTrend } from './elements/crime-rate-trend/define.js';
export { RatePer100k } from './elements/rate-per-100k/define.js';
export { RankingBadge } from './elements/ranking-badge/define.js';
