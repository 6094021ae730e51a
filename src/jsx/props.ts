/**
 * The elements' own attributes and properties as JSX props, shared by the React and Preact
 * typings. React 19 and Preact set known properties as properties, so every numeric one
 * (`rank`, `out-of`, `count`, `population`, `per`, `reference`, `decimals`, `timeout`) takes a
 * number or a numeric string, as the element classes do.
 */
import type { Indicator } from '../core/schema.js';
import type { CifraErrorDetail, CifraReadyDetail } from '../base/cifra-element.js';

export interface CommonProps {
  /** URL of the document (http or https). */
  src?: string;
  /** The document, as an object or a JSON string (React 19 and Preact set it as a property). */
  data?: Indicator | string;
  lang?: string;
  theme?: 'light' | 'dark' | 'auto';
  decimals?: number | string;
  timeout?: number | string;
  'oncifra-ready'?: (event: CustomEvent<CifraReadyDetail>) => void;
  'oncifra-error'?: (event: CustomEvent<CifraErrorDetail>) => void;
}

export interface CrimeRateTrendProps extends CommonProps {
  series?: string;
  from?: string;
  to?: string;
  reference?: number | string;
  aspect?: string;
  'show-points'?: boolean;
}

export interface RatePer100kProps extends CommonProps {
  series?: string;
  period?: string;
  compare?: string;
  count?: number | string;
  population?: number | string;
  per?: 1000 | 10000 | 100000 | 1000000 | `${1000 | 10000 | 100000 | 1000000}`;
  label?: string;
  place?: string;
  reference?: number | string;
  'reference-label'?: string;
  source?: string;
}

export interface RankingBadgeProps extends CommonProps {
  series?: string;
  order?: 'descending' | 'ascending';
  strip?: boolean;
  period?: string;
  rank?: number | string;
  'out-of'?: number | string;
  subject?: string;
  place?: string;
  among?: string;
  source?: string;
}
