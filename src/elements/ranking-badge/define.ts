/** Defines `<ranking-badge>`. Importing this module registers the tag (it is listed in `sideEffects`). */
import { define } from '../../base/define.js';
import { RankingBadge } from './ranking-badge.js';

define('ranking-badge', RankingBadge);

export { RankingBadge };
