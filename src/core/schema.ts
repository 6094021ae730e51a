/**
 * The indicator document, schema version 1 (DESIGN §2), as TypeScript types.
 *
 * `Indicator` is what an author writes. `validateIndicator` turns unknown input into
 * a `ValidIndicator`: the same document, copied, with computed rates filled in and
 * each series' observations sorted by period.
 */

/** A string, or one string per BCP 47 language: `{ "es": "…", "en": "…" }`. */
export type Text = string | { readonly [language: string]: string };

/** Keys starting with `x-` are free for authors' own use. */
export type Extensions = { readonly [key: `x-${string}`]: unknown };

export type RatePer = 1000 | 10000 | 100000 | 1000000;

export interface RateUnit extends Extensions {
  readonly type: 'rate';
  readonly per: RatePer;
  /** What the rate is per: "habitantes" / "inhabitants". */
  readonly of?: Text;
}
export interface CountUnit extends Extensions {
  readonly type: 'count';
  readonly of?: Text;
}
export interface PercentUnit extends Extensions {
  readonly type: 'percent';
}
export interface RankUnit extends Extensions {
  readonly type: 'rank';
  readonly outOf?: number;
  readonly among?: Text;
}
export type Unit = RateUnit | CountUnit | PercentUnit | RankUnit;
export type UnitType = Unit['type'];

export type GeoLevel = 'country' | 'state' | 'municipality' | 'region';
export interface Geo extends Extensions {
  readonly level: GeoLevel;
  /** INEGI state codes as strings "01"–"32"; the country is "MX". */
  readonly code?: string;
  readonly name: Text;
}

export type ObservationStatus = 'final' | 'preliminary' | 'estimated';
export type Qualifier = 'about' | 'almost' | 'over' | 'under';

/** "2012" | "2012-03" | "2012-Q3" | an inclusive range "2015/2016", "2025-03/2025-07". */
export type PeriodText = string;

export interface Observation extends Extensions {
  readonly period: PeriodText;
  /** `null` is a missing value, drawn as a gap. May be omitted for rates given count and population. */
  readonly value?: number | null;
  readonly count?: number;
  readonly population?: number;
  readonly lower?: number;
  readonly upper?: number;
  readonly status?: ObservationStatus;
  readonly qualifier?: Qualifier;
  readonly tied?: boolean;
  readonly note?: Text;
  /**
   * The part of `period` the figure really covers, when it covers less: period "2016"
   * with coverage "2016-01/2016-03" is January to March only (a partial year).
   */
  readonly coverage?: PeriodText;
}

export interface Series extends Extensions {
  readonly id?: string;
  readonly label?: Text;
  readonly geo?: Geo;
  readonly observations: readonly Observation[];
}

export interface Source extends Extensions {
  readonly name: string;
  readonly url?: string;
  readonly publisher?: string;
  readonly published?: string;
  readonly accessed?: string;
}

export interface Reference extends Extensions {
  readonly label: Text;
  readonly value: number;
}

export interface Annotation extends Extensions {
  readonly period: PeriodText;
  readonly label: Text;
}

export interface Indicator extends Extensions {
  readonly schema: 1;
  readonly id?: string;
  readonly title: Text;
  readonly subtitle?: Text;
  /** The author's takeaway, read first by screen readers. */
  readonly description?: Text;
  readonly unit: Unit;
  readonly decimals?: number;
  /** Default language of plain strings. */
  readonly lang?: string;
  readonly series: readonly Series[];
  readonly reference?: Reference;
  readonly annotations?: readonly Annotation[];
  readonly sources: readonly Source[];
  readonly notes?: readonly Text[];
  /** "YYYY-MM-DD". */
  readonly updated?: string;
}

/**
 * An observation after validation: `value` is always present, computed from `count`
 * and `population` when the author left it out. A validated document validates again
 * to an equal document.
 */
export interface ValidObservation extends Observation {
  readonly value: number | null;
}

export interface ValidSeries extends Series {
  /** Sorted by period start, then end. */
  readonly observations: readonly ValidObservation[];
}

/** A document that passed `validateIndicator`: a fresh copy, never the caller's object. */
export interface ValidIndicator extends Indicator {
  readonly series: readonly ValidSeries[];
}

/** One problem found by the validator, with the JSON path of the offending value. */
export interface Problem {
  /** JSON path, e.g. `$.series[0].observations[3].period`. */
  readonly path: string;
  /** A stable key of the message catalogue, e.g. `required`, `period`. */
  readonly code: string;
  /** Values the localized message needs. */
  readonly params?: { readonly [name: string]: string | number };
  /** The problem in English; elements show it in their own language. */
  readonly message: string;
}

export type ValidationResult =
  | { readonly ok: true; readonly value: ValidIndicator }
  | { readonly ok: false; readonly errors: readonly Problem[] };

/** Default number of decimals shown for each unit type. */
export const DEFAULT_DECIMALS: Readonly<Record<UnitType, number>> = {
  rate: 1,
  count: 0,
  percent: 1,
  rank: 0,
};

/** Decimals shown for a document: its own `decimals`, else the unit's default. */
export function documentDecimals(doc: Pick<Indicator, 'decimals' | 'unit'>): number {
  return doc.decimals ?? DEFAULT_DECIMALS[doc.unit.type];
}
