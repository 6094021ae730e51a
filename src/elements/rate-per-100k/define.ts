/** Defines `<rate-per-100k>`. Importing this module registers the tag (it is listed in `sideEffects`). */
import { define } from '../../base/define.js';
import { RatePer100k } from './rate-per-100k.js';

define('rate-per-100k', RatePer100k);

export { RatePer100k };
