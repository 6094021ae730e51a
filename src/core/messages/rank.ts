/**
 * `<ranking-badge>`'s strings: the rank and its scope (`core/ranking.ts`), the order
 * and the position strip.
 * How the catalogues are split, and where a new key goes: `core/messages.ts`.
 */
import { withCommon, type Strings } from '../messages.js';

const en = {
  rankTitle: 'Ranking',
  rank: '{ordinal}',
  'rank.tied': 'tied {ordinal}',
  'scope.of': 'of {outOf}',
  rankAmong: 'among {outOf} {places}',
  'among.of': 'of {outOf} {among}',
  'among.f': 'among {among}',
  'among.m': 'among {among}',
  'places.state': 'states',
  'places.municipality': 'municipalities',
  'places.country': 'countries',
  'places.region': 'regions',
  'places.other': 'places',
  'order.descending': '1st = highest value',
  'order.ascending': '1st = lowest value',
  position: 'Position {rank} of {outOf}',
};

export type RankKey = keyof typeof en;

const es: Strings<RankKey> = {
  rankTitle: 'Clasificación',
  rank: '{ordinal} lugar',
  'rank.tied': '{ordinal} lugar (empate)',
  'scope.of': 'de {outOf}',
  rankAmong: 'entre {outOf} {places}',
  'among.of': 'de {outOf} {among}',
  'among.f': 'entre las {among}',
  'among.m': 'entre los {among}',
  'places.state': 'entidades',
  'places.municipality': 'municipios',
  'places.country': 'países',
  'places.region': 'regiones',
  'places.other': 'lugares',
  'order.descending': '1.º = el valor más alto',
  'order.ascending': '1.º = el valor más bajo',
  position: 'Posición {rank} de {outOf}',
};

/** A message of this catalogue or the common one, in a language, with its parameters filled in. */
export const msg = /* @__PURE__ */ withCommon<RankKey>({ en, es });
