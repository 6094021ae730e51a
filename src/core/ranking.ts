/**
 * A place's rank, explicit (a `rank` unit document) or computed among the places of a
 * cross-section document, and its phrase: "3.º lugar (empate) de 32" / "tied 3rd of 32",
 * "1.º lugar nacional" / "1st nationally".
 */
import { formatOrdinal, type LocaleInfo } from './format.js';
import { msg } from './messages/rank.js';
import { periodOf } from './period.js';
import { rankValues, type RankOrder } from './rank.js';
import type { GeoLevel, ValidIndicator } from './schema.js';
import { pick, type Picked } from './stat.js';
import { seriesKey } from './chart.js';
import { comparable } from './comparable.js';

export interface PlaceRank {
  readonly rank: number;
  readonly tied: boolean;
  readonly outOf: number | null;
  /** The place's value, for computed ranks. */
  readonly value: number | null;
  readonly picked: Picked;
  /** Every ranked place's rank, in rank order (computed ranks only), for the position strip. */
  readonly all: readonly { key: string; rank: number }[];
  /** The level shared by all ranked places ("state"), if any. */
  readonly level: GeoLevel | null;
}

/**
 * The rank of the series matching `key`. A `rank` unit document states it; any other
 * document ranks the place among its peers (the series whose `geo.level` is the
 * place's: a country series in a document of states is a reference, never a 33rd
 * place) by their values at the same period and coverage (the period given, else the
 * place's latest complete one), ties ranked the standard competition way at the
 * displayed precision. `null` when the place has no value there.
 */
export function placeRank(
  doc: ValidIndicator,
  key: string | null | undefined,
  options: { order?: RankOrder; period?: string | null; decimals: number },
): PlaceRank | null {
  const picked = pick(doc, key, options.period);
  if (!picked) return null;
  if (doc.unit.type === 'rank') {
    return {
      rank: picked.observation.value,
      tied: picked.observation.tied === true,
      outOf: doc.unit.outOf ?? null,
      value: null,
      picked,
      all: [],
      level: null,
    };
  }
  const at = picked.period;
  const level = picked.series.geo?.level;
  const entries = doc.series.flatMap((s, index) => {
    if (s.geo?.level !== level) return [];
    const o = s.observations.find((x) => {
      const p = periodOf(x);
      return p.startMonth === at.startMonth && p.endMonth === at.endMonth;
    });
    // A figure covering other months of the period (a partial year beside full ones) is not ranked with it.
    return [{ key: index, value: o && comparable(o, picked.observation) && o.coverage === picked.observation.coverage ? o.value : null }];
  });
  const ranked = rankValues(entries, options.order ?? 'descending', options.decimals);
  const mine = ranked.find((r) => r.key === picked.index);
  if (!mine) return null;
  const levels = new Set(ranked.map((r) => doc.series[r.key]!.geo?.level ?? null));
  return {
    rank: mine.rank,
    tied: mine.tied,
    outOf: mine.outOf,
    value: picked.observation.value,
    picked,
    all: ranked.map((r) => ({ key: seriesKey(doc.series[r.key]!, r.key), rank: r.rank })),
    level: levels.size === 1 ? [...levels][0]! : null,
  };
}

/**
 * The rank in words. `among` is the scope as the author wrote it ("nacional" /
 * "nationally"); without it, "entre 32 entidades" / "among 32 states" when the
 * places share a level, else "de 32" / "of 32".
 */
export function rankPhrase(r: Pick<PlaceRank, 'rank' | 'tied' | 'outOf' | 'level'>, info: LocaleInfo, among?: string): string {
  const ordinal = formatOrdinal(r.rank, info);
  const base = msg(info.lang, r.tied ? 'rank.tied' : 'rank', { ordinal });
  let scope = among ?? '';
  // A scope that names the places ("entidades", "states") keeps its count (DESIGN §1): "11.º
  // lugar de 32 entidades", or "entre las entidades" without one; an adverb ("nacional",
  // "nationally") is the scope in itself.
  if (scope && namesPlaces(scope)) {
    scope = r.outOf !== null ? msg(info.lang, 'among.of', { outOf: r.outOf, among: scope }) : msg(info.lang, feminine(scope) ? 'among.f' : 'among.m', { among: scope });
  }
  if (!scope && r.outOf !== null) {
    scope = r.level ? msg(info.lang, 'rankAmong', { outOf: r.outOf, places: msg(info.lang, `places.${r.level === 'country' ? 'country' : r.level}`) }) : msg(info.lang, 'scope.of', { outOf: r.outOf });
  }
  return scope ? `${base} ${scope}` : base;
}

/** A scope naming places in the plural ("entidades federativas", "states"), not an adverb ("nacional", "nationally"). */
function namesPlaces(scope: string): boolean {
  const words = scope.trim().split(/\s+/);
  const last = words[words.length - 1] ?? '';
  return words.length <= 4 && /[^l]s$/i.test(last) && !/^(?:de|of|en|in|entre|among)$/i.test(words[0] ?? '');
}

/** Spanish plural nouns of places that take "las": entidades, alcaldías, regiones, ciudades. */
function feminine(scope: string): boolean {
  const first = scope.trim().split(/\s+/)[0] ?? '';
  return /(?:as|des|ones)$/i.test(first);
}
