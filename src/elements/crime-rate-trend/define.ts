/** Defines `<crime-rate-trend>`. Importing this module registers the tag (it is listed in `sideEffects`). */
import { define } from '../../base/define.js';
import { CrimeRateTrend } from './crime-rate-trend.js';

define('crime-rate-trend', CrimeRateTrend);

export { CrimeRateTrend };
