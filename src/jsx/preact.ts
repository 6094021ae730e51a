/**
 * JSX types for Preact: `import type {} from 'cifra/preact';` once in a project. Types
 * only; Preact is not a dependency of cifra.
 */
import type { JSX } from 'preact';
import type { CrimeRateTrend } from '../elements/crime-rate-trend/crime-rate-trend.js';
import type { RatePer100k } from '../elements/rate-per-100k/rate-per-100k.js';
import type { RankingBadge } from '../elements/ranking-badge/ranking-badge.js';
import type { CrimeRateTrendProps, RankingBadgeProps, RatePer100kProps } from './props.js';

type Props<E extends EventTarget, P> = Omit<JSX.HTMLAttributes<E>, keyof P> & P;

declare module 'preact' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'crime-rate-trend': Props<CrimeRateTrend, CrimeRateTrendProps>;
      'rate-per-100k': Props<RatePer100k, RatePer100kProps>;
      'ranking-badge': Props<RankingBadge, RankingBadgeProps>;
    }
  }
}

export type { CrimeRateTrendProps, RankingBadgeProps, RatePer100kProps };
