import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { rankValues, type RankEntry, type Ranked } from '../../src/core/rank.js';

function entries(values: readonly (number | null | undefined)[]): RankEntry<string>[] {
  return values.map((value, i) => ({ key: String.fromCharCode(97 + i), value }));
}

function byKey<K>(ranked: readonly Ranked<K>[]): Map<K, Ranked<K>> {
  return new Map(ranked.map((r) => [r.key, r]));
}

describe('rankValues: standard competition ranking', () => {
  test('values 5, 5, 3, 1 rank 1, 1, 3, 4 (descending)', () => {
    const r = rankValues(entries([5, 5, 3, 1]));
    assert.deepEqual(r.map((x) => x.key), ['a', 'b', 'c', 'd']);
    assert.deepEqual(r.map((x) => x.rank), [1, 1, 3, 4]);
    assert.deepEqual(r.map((x) => x.tied), [true, true, false, false]);
    assert.deepEqual(r.map((x) => x.outOf), [4, 4, 4, 4]);
    assert.deepEqual(r.map((x) => x.value), [5, 5, 3, 1]);
  });

  test('descending is the default: 1 is the highest value', () => {
    const r = byKey(rankValues(entries([1, 3, 5])));
    assert.equal(r.get('c')?.rank, 1);
    assert.equal(r.get('b')?.rank, 2);
    assert.equal(r.get('a')?.rank, 3);
    assert.deepEqual(rankValues(entries([1, 3, 5])), rankValues(entries([1, 3, 5]), 'descending'));
  });

  test('ascending: 1 is the lowest value', () => {
    const r = rankValues(entries([5, 5, 3, 1]), 'ascending');
    assert.deepEqual(r.map((x) => x.key), ['d', 'c', 'a', 'b']);
    assert.deepEqual(r.map((x) => x.rank), [1, 2, 3, 3]);
    assert.deepEqual(r.map((x) => x.tied), [false, false, true, true]);
  });

  test('ties in the middle skip the next rank: 9, 7, 7, 7, 2 → 1, 2, 2, 2, 5', () => {
    const r = rankValues(entries([9, 7, 7, 7, 2]));
    assert.deepEqual(r.map((x) => x.rank), [1, 2, 2, 2, 5]);
    assert.deepEqual(r.map((x) => x.tied), [false, true, true, true, false]);
  });

  test('unsorted input comes back in rank order', () => {
    const r = rankValues(entries([3, 9, 1, 7]));
    assert.deepEqual(r.map((x) => x.key), ['b', 'd', 'a', 'c']);
    assert.deepEqual(r.map((x) => x.rank), [1, 2, 3, 4]);
  });

  test('null, undefined, NaN and ±Infinity are not ranked; outOf counts only ranked places', () => {
    const r = rankValues(entries([null, 4, Number.NaN, 8, undefined, Infinity, -Infinity, 4]));
    assert.deepEqual(r.map((x) => x.key), ['d', 'b', 'h']);
    assert.deepEqual(r.map((x) => x.rank), [1, 2, 2]);
    assert.deepEqual(r.map((x) => x.outOf), [3, 3, 3]);
  });

  test('only missing values → []', () => {
    assert.deepEqual(rankValues(entries([null, Number.NaN, undefined])), []);
  });

  test('empty input → []', () => {
    assert.deepEqual(rankValues([]), []);
  });

  test('a single place is 1st of 1, not tied', () => {
    assert.deepEqual(rankValues([{ key: '01', value: 17 }]), [{ key: '01', value: 17, rank: 1, tied: false, outOf: 1 }]);
  });

  test('with decimals, places are compared as displayed: 12.34 and 12.31 tie at 1 decimal', () => {
    const r = rankValues(entries([12.34, 12.31, 10]), 'descending', 1);
    assert.deepEqual(r.map((x) => x.rank), [1, 1, 3]);
    assert.deepEqual(r.map((x) => x.tied), [true, true, false]);
    // The unrounded value is kept.
    assert.deepEqual(r.map((x) => x.value), [12.34, 12.31, 10]);
  });

  test('…but not at 2 decimals', () => {
    const r = rankValues(entries([12.31, 12.34, 10]), 'descending', 2);
    assert.deepEqual(r.map((x) => x.key), ['b', 'a', 'c']);
    assert.deepEqual(r.map((x) => x.rank), [1, 2, 3]);
    assert.deepEqual(r.map((x) => x.tied), [false, false, false]);
  });

  test('…nor without decimals', () => {
    const r = rankValues(entries([12.31, 12.34]));
    assert.deepEqual(r.map((x) => x.key), ['b', 'a']);
    assert.deepEqual(r.map((x) => x.tied), [false, false]);
  });

  test('tied places keep their input order, whatever the order of the values', () => {
    const input: RankEntry<string>[] = [
      { key: 'z', value: 12.31 },
      { key: 'y', value: 50 },
      { key: 'x', value: 12.34 },
      { key: 'w', value: 12.33 },
    ];
    const r = rankValues(input, 'descending', 1);
    assert.deepEqual(r.map((x) => x.key), ['y', 'z', 'x', 'w']);
    assert.deepEqual(r.map((x) => x.rank), [1, 2, 2, 2]);
    const asc = rankValues(input, 'ascending', 1);
    assert.deepEqual(asc.map((x) => x.key), ['z', 'x', 'w', 'y']);
    assert.deepEqual(asc.map((x) => x.rank), [1, 1, 1, 4]);
  });

  test('keys of any type are carried through', () => {
    const a = { id: 1 };
    const b = { id: 2 };
    const r = rankValues([{ key: a, value: 1 }, { key: b, value: 2 }]);
    assert.equal(r[0]?.key, b);
    assert.equal(r[1]?.key, a);
  });

  test('does not mutate its input', () => {
    const input = entries([1, 3, 2]);
    const copy = structuredClone(input);
    rankValues(input, 'descending', 1);
    assert.deepEqual(input, copy);
  });
});

// ---------------------------------------------------------------------------
// A real cross-section: intentional homicides per 100,000 inhabitants in 2008,
// INEGI deaths by state over CONAPO population by state.

function dataUrl(file: string): URL {
  return new URL(`../fixtures/data/${file}`, import.meta.url);
}

function parseCsvLine(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      cells.push(cell);
      cell = '';
    } else cell += c;
  }
  cells.push(cell);
  return cells;
}

/** A wide Latin-1 table (State, 1990, …, 2008) → state name → value for one year. */
function readWide(file: string, year: string): Map<string, number> {
  const text = new TextDecoder('latin1').decode(readFileSync(dataUrl(file)));
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
  const header = parseCsvLine(lines[0]!);
  const col = header.indexOf(year);
  assert.ok(col > 0, `${file} has a ${year} column`);
  const out = new Map<string, number>();
  for (const line of lines.slice(1)) {
    const cells = parseCsvLine(line);
    const name = cells[0]!.trim();
    if (/^nacional$/i.test(name)) continue;
    const value = Number(cells[col]);
    assert.ok(Number.isFinite(value), `${file}: ${name} ${year} is a number`);
    out.set(name, value);
  }
  return out;
}

interface StateRate {
  readonly name: string;
  readonly rate: number;
}

function stateRates2008(): StateRate[] {
  const homicides = readWide('Homicide-MX-Drug-War__states-homicide-inegi-1990-2008.latin1.csv', '2008');
  const population = readWide('Homicide-MX-Drug-War__conapo-states-1990-2008.latin1.csv', '2008');
  const out: StateRate[] = [];
  for (const [name, count] of homicides) {
    const pop = population.get(name);
    assert.ok(pop !== undefined && pop > 0, `population for ${name}`);
    out.push({ name, rate: (count / pop) * 100000 });
  }
  return out;
}

/** Rounds as a reader sees the number, using Intl directly (independent of the code under test). */
function displayed(x: number, decimals: number): number {
  return Number(
    new Intl.NumberFormat('en', { useGrouping: false, minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(x),
  );
}

/** The oracle: 1 + number of states with a strictly better displayed rate. */
function oracle(states: readonly StateRate[], order: 'descending' | 'ascending', decimals: number): Map<string, { rank: number; tied: boolean }> {
  const shown = states.map((s) => ({ name: s.name, v: displayed(s.rate, decimals) }));
  const out = new Map<string, { rank: number; tied: boolean }>();
  for (const s of shown) {
    const better = shown.filter((o) => (order === 'descending' ? o.v > s.v : o.v < s.v)).length;
    const tied = shown.some((o) => o !== s && o.v === s.v);
    out.set(s.name, { rank: better + 1, tied });
  }
  return out;
}

describe('rankValues on the 32 states, homicides per 100,000 in 2008 (INEGI / CONAPO)', () => {
  const states = stateRates2008();

  test('the two files join into exactly 32 states, names decoded from Latin-1', () => {
    assert.equal(states.length, 32);
    const names = new Set(states.map((s) => s.name));
    for (const name of ['México', 'Nuevo León', 'Michoacán de Ocampo', 'Yucatán', 'Querétaro', 'San Luis Potosí', 'Distrito Federal']) {
      assert.ok(names.has(name), name);
    }
    assert.ok(!names.has('Nacional'));
  });

  test('sanity of the computed rates: Chihuahua 2,567 of 3,359,934 → 76.4', () => {
    const chihuahua = states.find((s) => s.name === 'Chihuahua');
    assert.equal(chihuahua?.rate.toFixed(1), '76.4');
  });

  for (const order of ['descending', 'ascending'] as const) {
    for (const decimals of [0, 1, 2]) {
      test(`${order}, ${decimals} decimals: ranks and ties match the oracle`, () => {
        const ranked = rankValues(states.map((s) => ({ key: s.name, value: s.rate })), order, decimals);
        const expected = oracle(states, order, decimals);
        assert.equal(ranked.length, 32);
        for (const r of ranked) {
          assert.equal(r.outOf, 32);
          assert.deepEqual({ rank: r.rank, tied: r.tied }, expected.get(r.key), r.key);
        }
        // Returned in rank order.
        for (let i = 1; i < ranked.length; i++) assert.ok(ranked[i - 1]!.rank <= ranked[i]!.rank);
        // Every state appears once.
        assert.equal(new Set(ranked.map((r) => r.key)).size, 32);
      });
    }
  }

  test('Chihuahua is 1st (highest), Yucatán 32nd; ascending reverses them', () => {
    const desc = byKey(rankValues(states.map((s) => ({ key: s.name, value: s.rate })), 'descending', 1));
    assert.equal(desc.get('Chihuahua')?.rank, 1);
    assert.equal(desc.get('Chihuahua')?.tied, false);
    assert.equal(desc.get('Yucatán')?.rank, 32);
    const asc = byKey(rankValues(states.map((s) => ({ key: s.name, value: s.rate })), 'ascending', 1));
    assert.equal(asc.get('Yucatán')?.rank, 1);
    assert.equal(asc.get('Chihuahua')?.rank, 32);
  });

  test('at 0 decimals the real data has ties, and tied states keep file order', () => {
    const ranked = rankValues(states.map((s) => ({ key: s.name, value: s.rate })), 'descending', 0);
    assert.ok(ranked.some((r) => r.tied), 'expected at least one tie among whole-number rates');
    const fileOrder = states.map((s) => s.name);
    for (let i = 1; i < ranked.length; i++) {
      const a = ranked[i - 1]!;
      const b = ranked[i]!;
      if (a.rank === b.rank) assert.ok(fileOrder.indexOf(a.key) < fileOrder.indexOf(b.key), `${a.key} before ${b.key}`);
    }
  });
});
