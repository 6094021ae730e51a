/** Ranks among places, standard competition ranking ("1224"): ties share a rank, the next rank skips. */
import { roundTo } from './format.js';

export type RankOrder = 'descending' | 'ascending';

export interface RankEntry<K> {
  readonly key: K;
  readonly value: number | null | undefined;
}

export interface Ranked<K> {
  readonly key: K;
  readonly value: number;
  /** 1 is the highest value (descending) or the lowest (ascending). */
  readonly rank: number;
  /** True when another place has the same value at the compared precision. */
  readonly tied: boolean;
  /** How many places were ranked (places without a value are left out). */
  readonly outOf: number;
}

/**
 * Ranks entries by value. Places with a null or non-finite value are not ranked.
 * With `decimals`, values are compared as they are displayed, so two places shown
 * as "12.3" are tied rather than ranked apart by digits the reader cannot see.
 * The result is in rank order; tied places keep their input order.
 */
export function rankValues<K>(
  entries: readonly RankEntry<K>[],
  order: RankOrder = 'descending',
  decimals?: number,
): Ranked<K>[] {
  const valid = entries
    .filter((e): e is RankEntry<K> & { value: number } => typeof e.value === 'number' && Number.isFinite(e.value))
    .map((e) => ({ key: e.key, value: e.value, compared: decimals === undefined ? e.value : roundTo(e.value, decimals) }));
  const sign = order === 'ascending' ? 1 : -1;
  valid.sort((a, b) => sign * (a.compared - b.compared));
  const outOf = valid.length;
  const result: Ranked<K>[] = [];
  let start = 0;
  while (start < outOf) {
    let end = start + 1;
    while (end < outOf && valid[end]!.compared === valid[start]!.compared) end++;
    for (let i = start; i < end; i++) {
      const e = valid[i]!;
      result.push({ key: e.key, value: e.value, rank: start + 1, tied: end - start > 1, outOf });
    }
    start = end;
  }
  return result;
}
