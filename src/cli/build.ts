/**
 * From the values of a crime table (and a population table) to an indicator document:
 * filter, aggregate months to years (a partial year is marked, never silently summed
 * as if whole), join population by state and period, and build the national series
 * as summed counts over summed population, never as an average of rates.
 */
import { normalizeName, STATE_CODES, STATES } from '../core/states.js';
import type { Indicator, Observation, RatePer, Series, Text } from '../core/schema.js';
import { ImportError, type Reporter, type Value } from './table.js';

export interface Filters {
  readonly legalGood?: string;
  readonly crime?: string;
  readonly subtype?: string;
  readonly modality?: string;
  /** INEGI codes to keep (national is computed from all states regardless). */
  readonly states?: readonly string[];
}

export interface BuildOptions {
  readonly filters: Filters;
  /** Keep months ("2012-03") instead of summing them to years. */
  readonly monthly: boolean;
  /** Rate per this many inhabitants when a population table is given. */
  readonly per: RatePer;
  /** Include the national series (summed counts over summed population). */
  readonly national: boolean;
  /** Only the national series. */
  readonly nationalOnly: boolean;
  /** One period for all states (a cross-section for `<ranking-badge>`). */
  readonly crossSection?: string;
  readonly title: Text;
  readonly subtitle?: Text;
  readonly of?: Text;
  readonly source: { name: string; url?: string; publisher?: string };
  readonly lang: string;
  readonly decimals?: number;
  readonly id?: string;
}

interface Cell {
  value: number | null;
  months: Set<number>;
  missing: boolean;
  where: string;
}

function matches(value: string | undefined, wanted: string | undefined): boolean {
  return wanted === undefined || normalizeName(value ?? '') === normalizeName(wanted);
}

/** Sums the values per (state, period): months kept, or summed to years with the months seen. */
export function aggregate(values: readonly Value[], filters: Filters, monthly: boolean, sumDuplicates: boolean): Map<string, Map<string, Cell>> {
  const byState = new Map<string, Map<string, Cell>>();
  for (const v of values) {
    const t = v.tags;
    if (t && !(matches(t['legalGood'], filters.legalGood) && matches(t['crime'], filters.crime) && matches(t['subtype'], filters.subtype) && matches(t['modality'], filters.modality))) continue;
    const month = v.period.length === 7 ? Number(v.period.slice(5)) : 0;
    const period = monthly || month === 0 ? v.period : v.period.slice(0, 4);
    let periods = byState.get(v.state);
    if (!periods) byState.set(v.state, (periods = new Map()));
    let cell = periods.get(period);
    if (!cell) periods.set(period, (cell = { value: null, months: new Set(), missing: false, where: v.where }));
    else if (!sumDuplicates && (month === 0 || monthly)) {
      throw new ImportError(`${v.where}: a second value for state ${v.state} in ${period} (the first is at ${cell.where}); filter the table or choose the column with --value-column`);
    }
    if (v.value === null) {
      cell.missing = true;
      continue;
    }
    cell.value = (cell.value ?? 0) + v.value;
    if (month) cell.months.add(month);
  }
  return byState;
}

/** Population per (state, period), for yearly or monthly periods; the mid-year (July) figure stands for a year given monthly. */
export function populationIndex(values: readonly Value[]): (state: string, period: string) => number | undefined {
  const exact = new Map<string, number>();
  const july = new Map<string, number>();
  for (const v of values) {
    if (v.value === null) continue;
    exact.set(`${v.state}|${v.period}`, v.value);
    if (v.period.endsWith('-07')) july.set(`${v.state}|${v.period.slice(0, 4)}`, v.value);
  }
  return (state, period) => exact.get(`${state}|${period}`) ?? july.get(`${state}|${period}`) ?? (period.length === 7 ? exact.get(`${state}|${period.slice(0, 4)}`) : undefined);
}

const PARTIAL: Readonly<Record<'es' | 'en', (n: number) => string>> = {
  es: (n) => `Año parcial: ${n} de 12 meses`,
  en: (n) => `Partial year: ${n} of 12 months`,
};

/** Builds the document and reports what it had to leave out or mark. */
export function buildDocument(
  crime: readonly Value[],
  population: readonly Value[] | null,
  options: BuildOptions,
  report: Reporter,
  sumDuplicates: boolean,
): Indicator {
  const counts = aggregate(crime, options.filters, options.monthly, sumDuplicates);
  const pop = population ? populationIndex(population) : null;
  const isRate = pop !== null;
  // A national row is never mixed with the states: with states present the national series is computed
  // from them; a table of national figures only (no state column) gives the national series as it is.
  const nationalRows = counts.get('00');
  counts.delete('00');
  const nationalTable = counts.size === 0 && nationalRows !== undefined;
  if (counts.size === 0 && !nationalTable) throw new ImportError('no rows left after the filters (check --crime, --subtype, --modality and --state against the file)');

  let reference: { label: Text; value: number } | undefined;

  /** An observation; `people` is the population when the caller has it already (the national sum). */
  const observation = (state: string, period: string, cell: Cell, people?: number): Observation => {
    const o: { -readonly [K in keyof Observation]: Observation[K] } = { period };
    const partial = !options.monthly && cell.months.size > 0 && cell.months.size < 12;
    if (cell.value === null || (cell.missing && !partial)) {
      o.value = null;
      return o;
    }
    if (partial) {
      o.status = 'preliminary';
      o.note = { es: PARTIAL.es(cell.months.size), en: PARTIAL.en(cell.months.size) };
      report.warn(`state ${state}, ${period}: only ${cell.months.size} of 12 months have data; the sum is marked as a partial year`);
    }
    if (!isRate) {
      o.value = cell.value;
      return o;
    }
    const p = people ?? pop!(state, period);
    if (p === undefined || p <= 0) throw new ImportError(`no population for state ${state} in ${period} (from ${cell.where}); the population table must cover every state and period`);
    o.count = cell.value;
    o.population = p;
    return o;
  };

  if (nationalTable) {
    const observations = [...nationalRows!.entries()].sort(([a], [b]) => (a < b ? -1 : 1))
      .filter(([p]) => !options.crossSection || p === options.crossSection)
      .map(([p, cell]) => observation('00', p, cell));
    return document([{ id: 'MX', geo: { level: 'country', code: 'MX', name: 'México' }, label: { es: 'Nacional', en: 'National' }, observations }]);
  }

  const periods = [...new Set([...counts.values()].flatMap((m) => [...m.keys()]))].sort();
  const wantedPeriods = options.crossSection ? [options.crossSection] : periods;
  if (options.crossSection && !periods.includes(options.crossSection)) {
    throw new ImportError(`no data for --period ${options.crossSection}; the file has ${periods[0]}–${periods[periods.length - 1]}`);
  }

  const series: Series[] = [];
  if (options.national || options.nationalOnly) {
    const observations: Observation[] = [];
    for (const period of wantedPeriods) {
      let count = 0;
      let people = 0;
      let complete = true;
      const months = new Set<number>();
      for (const code of STATE_CODES) {
        const cell = counts.get(code)?.get(period);
        if (!cell || cell.value === null || (cell.missing && (options.monthly || cell.months.size === 12))) {
          complete = false;
          continue;
        }
        count += cell.value;
        cell.months.forEach((m) => months.add(m));
        if (isRate) {
          const p = pop!(code, period);
          if (p === undefined || p <= 0) throw new ImportError(`no population for state ${code} in ${period}; the population table must cover every state and period`);
          people += p;
        }
      }
      if (!complete) {
        report.warn(`national ${period}: not every state has a value, so the national figure is left missing`);
        observations.push({ period, value: null });
        continue;
      }
      // Summed counts over summed population: the national rate is never an average of state rates.
      observations.push(observation('00', period, { value: count, months, missing: false, where: 'the states' }, isRate ? people : undefined));
    }
    const national = { id: 'MX', geo: { level: 'country', code: 'MX', name: 'México' } as const, label: { es: 'Nacional', en: 'National' }, observations };
    if (options.crossSection && !options.nationalOnly) {
      // In a cross-section the country is the reference, never a 33rd place to be ranked.
      const o = observations[0];
      if (o && typeof o.count === 'number' && typeof o.population === 'number') reference = { label: national.label, value: (o.count / o.population) * options.per };
      else if (o && typeof o.value === 'number') reference = { label: national.label, value: o.value };
    } else {
      series.push(national);
    }
  }
  if (!options.nationalOnly) {
    const wanted = options.filters.states;
    for (const code of STATE_CODES) {
      const periodsOf = counts.get(code);
      if (!periodsOf || (wanted && !wanted.includes(code))) continue;
      const observations = wantedPeriods.filter((p) => periodsOf.has(p)).map((p) => observation(code, p, periodsOf.get(p)!));
      if (observations.length) series.push({ id: code, geo: { level: 'state', code, name: STATES[code]! }, observations });
    }
  }
  if (series.length === 0) throw new ImportError('no series to write (check --state)');
  return document(series);

  function document(series: Series[]): Indicator {
    return {
    schema: 1,
    ...(options.id ? { id: options.id } : {}),
    lang: options.lang,
    title: options.title,
    ...(options.subtitle ? { subtitle: options.subtitle } : {}),
    unit: isRate
      ? { type: 'rate', per: options.per, of: options.of ?? { es: 'habitantes', en: 'inhabitants' } }
      : { type: 'count', ...(options.of ? { of: options.of } : {}) },
    ...(options.decimals === undefined ? {} : { decimals: options.decimals }),
    series,
    ...(reference ? { reference } : {}),
    sources: [options.source],
    };
  }
}
