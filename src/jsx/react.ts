/**
 * JSX types for React 19: `import type {} from 'cifra/react';` once in a project, then
 * `<crime-rate-trend src="…" series="MX,08" />` type-checks. Types only; React is not
 * a dependency of cifra.
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { CrimeRateTrend } from '../elements/crime-rate-trend/crime-rate-trend.js';
import type { RatePer100k } from '../elements/rate-per-100k/rate-per-100k.js';
import type { RankingBadge } from '../elements/ranking-badge/ranking-badge.js';
import type { CrimeRateTrendProps, RankingBadgeProps, RatePer100kProps } from './props.js';

type Props<E, P> = Omit<DetailedHTMLProps<HTMLAttributes<E>, E>, keyof P> & P;

declare module 'react' {
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
