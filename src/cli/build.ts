/**
 * From the values of a crime table (and a population table) to an indicator document:
 * filter, aggregate months to years or to the same months of every year (a figure that
 * covers less than its period says so in `coverage`, never summed as if whole), join
 * population by state and period, and build the national series as summed counts over
 * summed population over the months every state has, never as an average of rates.
 */
import { normalizeName, STATE_CODES, STATES } from './states.js';
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
  /** Sum only these months (first, last: 1–12) of every year, into range periods "2024-03/2024-07". */
  readonly months?: readonly [number, number];
  /** Keep only the years from…to (inclusive). */
  readonly from?: number;
  readonly to?: number;
  /** Add up several SESNSP crime types or subtypes instead of refusing to. */
  readonly sum?: boolean;
  /** Rate per this many inhabitants when a population table is given. */
  readonly per: RatePer;
  /** Include the national series (summed counts over summed population). */
  readonly national: boolean;
  /** Only the national series. */
  readonly nationalOnly: boolean;
  /** One period for all states (a cross-section for `<ranking-badge>`). */
  readonly crossSection?: string;
  /** The title; by default what the selection holds (the SESNSP subtype or type), else `fallbackTitle`. */
  readonly title?: Text;
  readonly fallbackTitle?: string;
  readonly subtitle?: Text;
  readonly of?: Text;
  readonly source: { name: string; url?: string; publisher?: string };
  readonly lang: string;
  readonly decimals?: number;
  readonly id?: string;
  /** The population table's file name, for messages. */
  readonly populationFile?: string;
}

/** The figures of one state (or the nation) in one output period. */
interface Cell {
  /** Sum per month 1–12, or under 0 for a figure given for the whole period (a year column). */
  readonly sums: Map<number, number>;
  /** Months (or 0) with a blank among their rows: not covered, even if other rows have numbers. */
  readonly blank: Set<number>;
  /** Where each month (or 0) was first seen. */
  readonly seen: Map<number, Value>;
  readonly where: string;
}

/** What the selected SESNSP rows hold, by their spelling in the file. */
interface Selection {
  readonly crimes: Map<string, string>;
  readonly subtypes: Map<string, string>;
  readonly modalities: Map<string, string>;
}

const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MONTHS_ES = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'];
const NATIONAL_LABEL = { es: 'Nacional', en: 'National' } as const;

const pad = (m: number): string => String(m).padStart(2, '0');

/** "January–March" (or "March" for one month). */
function monthSpan(first: number, last: number, names: readonly string[]): string {
  return first === last ? names[first - 1]! : `${names[first - 1]}–${names[last - 1]}`;
}

/** The period of months first…last of a year: "2016-03" or "2016-01/2016-03". */
function monthPeriod(year: string, first: number, last: number): string {
  return first === last ? `${year}-${pad(first)}` : `${year}-${pad(first)}/${year}-${pad(last)}`;
}

/** A place in messages: "Guerrero (12)", or "National" for the country. */
export function placeName(code: string): string {
  return code === '00' ? NATIONAL_LABEL.en : `${STATES[code] ?? 'state'} (${code})`;
}

/** A list of places in one phrase: "all 32 states and National", "Guerrero (12)". */
function places(codes: readonly string[]): string {
  const states = codes.filter((c) => c !== '00');
  const national = codes.includes('00');
  const named = states.length === STATE_CODES.length ? `all ${states.length} states` : states.map(placeName).join(', ');
  if (!national) return named;
  return named ? `${named} and ${NATIONAL_LABEL.en}` : NATIONAL_LABEL.en;
}

function matches(value: string | undefined, wanted: string | undefined): boolean {
  return wanted === undefined || normalizeName(value ?? '') === normalizeName(wanted);
}

/** The output period a value falls in and the month it fills (0 for a whole-period figure), or null to leave it out. */
function placeOf(v: Value, options: BuildOptions): { period: string; month: number } | null {
  const year = v.period.slice(0, 4);
  if ((options.from !== undefined && Number(year) < options.from) || (options.to !== undefined && Number(year) > options.to)) return null;
  const month = v.period.length === 7 ? Number(v.period.slice(5)) : 0;
  if (month === 0) return { period: v.period, month: 0 };
  if (options.monthly) return { period: v.period, month };
  if (options.months) {
    const [first, last] = options.months;
    return month < first || month > last ? null : { period: monthPeriod(year, first, last), month };
  }
  return { period: year, month };
}

/** Sums the values per (state, output period), month by month, and says what the selection holds. */
export function aggregate(values: readonly Value[], options: BuildOptions, sumDuplicates: boolean): { cells: Map<string, Map<string, Cell>>; selection: Selection } {
  const { filters } = options;
  const byState = new Map<string, Map<string, Cell>>();
  const selection: Selection = { crimes: new Map(), subtypes: new Map(), modalities: new Map() };
  for (const v of values) {
    const t = v.tags;
    if (t && !(matches(t['legalGood'], filters.legalGood) && matches(t['crime'], filters.crime) && matches(t['subtype'], filters.subtype) && matches(t['modality'], filters.modality))) continue;
    const at = placeOf(v, options);
    if (!at) continue;
    if (t) {
      selection.crimes.set(normalizeName(t['crime'] ?? ''), t['crime'] ?? '');
      selection.subtypes.set(normalizeName(t['subtype'] ?? ''), t['subtype'] ?? '');
      selection.modalities.set(normalizeName(t['modality'] ?? ''), t['modality'] ?? '');
    }
    let periods = byState.get(v.state);
    if (!periods) byState.set(v.state, (periods = new Map()));
    let cell = periods.get(at.period);
    if (!cell) periods.set(at.period, (cell = { sums: new Map(), blank: new Set(), seen: new Map(), where: v.where }));
    const first = cell.seen.get(at.month);
    if (!first) cell.seen.set(at.month, v);
    else if (!sumDuplicates) throw new ImportError(duplicateMessage(v, first, at.period));
    if ((at.month === 0 && cell.seen.size > 1) || (at.month !== 0 && cell.seen.has(0))) {
      throw new ImportError(`${v.where}: both a figure for all of ${at.period} and figures for its months for ${placeName(v.state)} (${[...cell.seen.values()][0]!.where}); keep one or the other`);
    }
    if (v.value === null) cell.blank.add(at.month);
    else cell.sums.set(at.month, (cell.sums.get(at.month) ?? 0) + v.value);
  }
  return { cells: byState, selection };
}

function duplicateMessage(v: Value, first: Value, period: string): string {
  const differ = Object.keys({ ...first.breakdown, ...v.breakdown }).filter((k) => first.breakdown?.[k] !== v.breakdown?.[k]);
  const why = differ.length ? ` (the rows differ in ${differ.join(', ')}: a crime table must hold one figure per state and period)` : '';
  return `${v.where}: a second value for ${placeName(v.state)} in ${period} (the first is at ${first.where})${why}; filter the table or choose the column with --value-column`;
}

/** Population per (state, period), for yearly or monthly periods; the mid-year (July) figure stands for a year given monthly, the year's for a month or a range of months. */
export function populationIndex(values: readonly Value[]): (state: string, period: string) => number | undefined {
  const exact = new Map<string, number>();
  const july = new Map<string, number>();
  for (const v of values) {
    if (v.value === null) continue;
    exact.set(`${v.state}|${v.period}`, v.value);
    if (v.period.endsWith('-07')) july.set(`${v.state}|${v.period.slice(0, 4)}`, v.value);
  }
  return (state, period) => {
    const year = period.slice(0, 4);
    return exact.get(`${state}|${period}`) ?? exact.get(`${state}|${year}`) ?? july.get(`${state}|${year}`);
  };
}

/** The figure of one or more cells (a state, or all states for the nation) over the months they all cover. */
interface Figure {
  readonly value: number | null;
  /** The months summed (all of `expected`, or fewer); [0] for a whole-period figure. */
  readonly covered: readonly number[];
  readonly expected: readonly number[];
}

function expectedMonths(cell: Cell, period: string, options: BuildOptions): number[] {
  if (cell.seen.has(0)) return [0];
  if (options.monthly) return [Number(period.slice(5, 7))];
  const [first, last] = options.months ?? [1, 12];
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

function figureOf(cells: readonly Cell[], expected: readonly number[]): Figure {
  const covered = expected.filter((m) => cells.every((c) => c.sums.has(m) && !c.blank.has(m)));
  if (covered.length === 0) return { value: null, covered, expected };
  let value = 0;
  for (const c of cells) for (const m of covered) value += c.sums.get(m)!;
  return { value, covered, expected };
}

const PARTIAL = {
  es: (n: number, of: number, first: number, last: number, year: boolean) => `${year ? 'Año' : 'Periodo'} parcial: ${n} de ${of} meses (${monthSpan(first, last, MONTHS_ES)})`,
  en: (n: number, of: number, first: number, last: number, year: boolean) => `Partial ${year ? 'year' : 'period'}: ${n} of ${of} months (${monthSpan(first, last, MONTHS_EN)})`,
};

/** Builds the document and reports what it had to leave out or mark. */
export function buildDocument(
  crime: readonly Value[],
  population: readonly Value[] | null,
  options: BuildOptions,
  report: Reporter,
  sumDuplicates: boolean,
): Indicator {
  const sesnsp = crime.some((v) => v.tags);
  const filterNames = ([['crime', '--crime'], ['subtype', '--subtype'], ['modality', '--modality'], ['legalGood', '--legal-good']] as const)
    .filter(([k]) => options.filters[k] !== undefined).map(([, flag]) => flag);
  if (!sesnsp && filterNames.length) {
    throw new ImportError(`${filterNames.join(', ')} filter${filterNames.length > 1 ? '' : 's'} the SESNSP layout (Tipo de delito, Subtipo de delito, Modalidad columns); this table has no such columns, so nothing would be filtered`);
  }
  if (options.months && !crime.some((v) => v.period.length === 7)) {
    throw new ImportError('--months needs a table with months (the SESNSP layout, or month columns or periods "2024-03"); this one has years only');
  }
  const { cells: counts, selection } = aggregate(crime, options, sumDuplicates);
  const summed = checkSelection(selection, options);
  const pop = population ? populationIndex(population) : null;
  const isRate = pop !== null;
  // A national row is never mixed with the states: with states present the national series is computed
  // from them; a table of national figures only (no state column) gives the national series as it is.
  const nationalRows = counts.get('00');
  counts.delete('00');
  const nationalTable = counts.size === 0 && nationalRows !== undefined;
  if (counts.size === 0 && !nationalTable) {
    const years = yearsOf(crime);
    const restricted = options.from !== undefined || options.to !== undefined ? `; the file has ${years[0]}–${years[years.length - 1]} (check --from and --to)` : '';
    throw new ImportError(`no rows left after the filters (check --crime, --subtype, --modality and --state against the file)${restricted}`);
  }

  let reference: { label: Text; value: number } | undefined;
  // Warnings are grouped: one line for the 32 states that share a partial year, not 32 lines.
  const partials = new Map<string, { period: string; figure: Figure; codes: string[] }>();
  const holes = new Map<string, { period: string; missing: number[]; codes: string[] }>();

  /** An observation; `people` is the population when the caller has it already (the national sum). */
  const observation = (code: string, period: string, figure: Figure, where: string, people?: number): Observation => {
    const o: { -readonly [K in keyof Observation]: Observation[K] } = { period };
    const { value, covered, expected } = figure;
    if (value === null) {
      o.value = null;
      return o;
    }
    if (covered.length < expected.length) {
      const first = covered[0]!;
      const last = covered[covered.length - 1]!;
      if (last - first + 1 !== covered.length) {
        // Months missing inside the period: no single period says what the sum covers.
        const missing = expected.filter((m) => !covered.includes(m));
        const key = `${period}|${missing.join(',')}`;
        (holes.get(key) ?? holes.set(key, { period, missing, codes: [] }).get(key)!).codes.push(code);
        o.value = null;
        return o;
      }
      const year = !options.months;
      o.status = 'preliminary';
      o.coverage = monthPeriod(period.slice(0, 4), first, last);
      o.note = { es: PARTIAL.es(covered.length, expected.length, first, last, year), en: PARTIAL.en(covered.length, expected.length, first, last, year) };
      const key = `${period}|${o.coverage}`;
      (partials.get(key) ?? partials.set(key, { period, figure, codes: [] }).get(key)!).codes.push(code);
    }
    if (!isRate) {
      o.value = value;
      return o;
    }
    const p = people ?? pop!(code, period);
    if (p === undefined || p <= 0) throw new ImportError(noPopulation(code, period, where));
    o.count = value;
    o.population = p;
    return o;
  };

  const crossSection = options.crossSection && options.months && /^\d{4}$/.test(options.crossSection)
    ? monthPeriod(options.crossSection, options.months[0], options.months[1])
    : options.crossSection;

  const series: Series[] = [];
  if (nationalTable) {
    const observations = [...nationalRows!.entries()].sort(([a], [b]) => (a < b ? -1 : 1))
      .filter(([p]) => !crossSection || p === crossSection)
      .map(([p, cell]) => observation('00', p, figureOf([cell], expectedMonths(cell, p, options)), `counts from ${cell.where}`));
    series.push({ id: 'MX', geo: { level: 'country', code: 'MX', name: 'México' }, label: NATIONAL_LABEL, observations });
  } else {
    let periods = [...new Set([...counts.values()].flatMap((m) => [...m.keys()]))].sort();
    if (!options.monthly) periods = dropEmpty(periods);
    if (periods.length === 0) throw new ImportError('no figures left: every cell of the selection is blank');
    const wantedPeriods = crossSection ? [crossSection] : periods;
    if (crossSection && !periods.includes(crossSection)) {
      throw new ImportError(`no data for --period ${options.crossSection}; the file has ${periods[0]}–${periods[periods.length - 1]}`);
    }

    if (options.national || options.nationalOnly) {
      const national = { id: 'MX', geo: { level: 'country', code: 'MX', name: 'México' } as const, label: NATIONAL_LABEL, observations: nationalObservations(wantedPeriods) };
      if (crossSection && !options.nationalOnly) {
        // In a cross-section the country is the reference, never a 33rd place to be ranked.
        const o = national.observations[0];
        const label = o?.coverage ? coverageLabel(o.coverage) : NATIONAL_LABEL;
        if (o && typeof o.count === 'number' && typeof o.population === 'number') reference = { label, value: (o.count / o.population) * options.per };
        else if (o && typeof o.value === 'number') reference = { label, value: o.value };
      } else {
        series.push(national);
      }
    }
    if (!options.nationalOnly) {
      const wanted = options.filters.states;
      for (const code of STATE_CODES) {
        const periodsOf = counts.get(code);
        if (!periodsOf || (wanted && !wanted.includes(code))) continue;
        const observations = wantedPeriods.filter((p) => periodsOf.has(p)).map((p) => {
          const cell = periodsOf.get(p)!;
          return observation(code, p, figureOf([cell], expectedMonths(cell, p, options)), `counts from ${cell.where}`);
        });
        if (observations.length) series.push({ id: code, geo: { level: 'state', code, name: STATES[code]! }, observations });
      }
    }
  }
  if (series.length === 0) throw new ImportError('no series to write (check --state)');
  if (crossSection) {
    // A ranking puts every state's figure side by side: one that covers fewer months looks lower than it is.
    const short = series.filter((s) => s.observations.some((o) => o.coverage) && s.geo?.level === 'state').map((s) => s.id!);
    const whole = series.filter((s) => s.observations.some((o) => typeof o.value === 'number' || o.count !== undefined) && !s.observations.some((o) => o.coverage)).length;
    if (short.length && whole) report.warn(`--period ${crossSection}: ${places(short)} cover${short.length > 1 ? '' : 's'} fewer months than the other states, so ${short.length > 1 ? 'their figures are' : 'its figure is'} not comparable with theirs in a ranking`);
  }

  for (const { period, figure, codes } of partials.values()) {
    const first = figure.covered[0]!;
    const last = figure.covered[figure.covered.length - 1]!;
    report.warn(`${period}: only ${figure.covered.length} of ${figure.expected.length} months have data (${monthSpan(first, last, MONTHS_EN)}) for ${places(codes)}; marked preliminary, with coverage ${monthPeriod(period.slice(0, 4), first, last)}, so it is never compared with a whole ${options.months ? 'period' : 'year'}`);
  }
  for (const { period, missing, codes } of holes.values()) {
    report.warn(`${period}: ${places(codes)} ${codes.length > 1 ? 'have' : 'has'} no data for ${missing.map((m) => MONTHS_EN[m - 1]).join(', ')} inside the period; no period can say what the sum covers, so the figure is left missing (--monthly keeps the months)`);
  }

  const title = options.title ?? defaultTitle(selection, summed, options) ?? options.fallbackTitle ?? 'Indicador';
  const notes = summed ? [{ es: `Suma de ${summed.es}: ${summed.names.join(' + ')}.`, en: `Sum of ${summed.en}: ${summed.names.join(' + ')}.` }] : undefined;
  return {
    schema: 1,
    ...(options.id ? { id: options.id } : {}),
    lang: options.lang,
    title,
    ...(options.subtitle ? { subtitle: options.subtitle } : {}),
    unit: isRate
      ? { type: 'rate', per: options.per, of: options.of ?? { es: 'habitantes', en: 'inhabitants' } }
      : { type: 'count', ...(options.of ? { of: options.of } : {}) },
    ...(options.decimals === undefined ? {} : { decimals: options.decimals }),
    series,
    ...(reference ? { reference } : {}),
    sources: [options.source],
    ...(notes ? { notes } : {}),
  };

  /** Periods summed from months where no state has a single figure (the months asked for are still to come) are left out. */
  function dropEmpty(periods: string[]): string[] {
    const empty = periods.filter((p) => [...counts.values()].every((m) => {
      const cell = m.get(p);
      return !cell || (!cell.seen.has(0) && figureOf([cell], expectedMonths(cell, p, options)).value === null);
    }));
    if (empty.length) report.warn(`left out ${empty.join(', ')}: no state has data for ${options.months ? `${monthSpan(options.months[0], options.months[1], MONTHS_EN)} of ${empty.length > 1 ? 'those years' : 'that year'}` : `any month of ${empty.length > 1 ? 'those years' : 'that year'}`}`);
    return periods.filter((p) => !empty.includes(p));
  }

  /** The national series: per period, the counts of every state summed over the months every state has. */
  function nationalObservations(periods: readonly string[]): Observation[] {
    const observations: Observation[] = [];
    const missing = new Map<string, { periods: string[] }>();
    for (const period of periods) {
      const cells = STATE_CODES.map((code) => counts.get(code)?.get(period));
      const absent = STATE_CODES.filter((_, i) => {
        const cell = cells[i];
        return !cell || figureOf([cell], expectedMonths(cell, period, options)).value === null;
      });
      if (absent.length) {
        const why = absent.every((c) => !counts.has(c))
          ? `the file has ${counts.size} of ${STATE_CODES.length} states`
          : `${places(absent)} ${absent.length > 1 ? 'have' : 'has'} no figure`;
        (missing.get(why) ?? missing.set(why, { periods: [] }).get(why)!).periods.push(period);
        observations.push({ period, value: null });
        continue;
      }
      const present = cells as Cell[];
      const figure = figureOf(present, expectedMonths(present[0]!, period, options));
      if (figure.value !== null && figure.covered.length < figure.expected.length) {
        // Say when the nation is partial because some states are, not because the period is.
        const own = present.map((cell) => figureOf([cell], figure.expected).covered.length);
        const most = Math.max(...own);
        if (own.some((n) => n < most)) {
          const lacking = new Map<string, string[]>();
          STATE_CODES.forEach((code, i) => {
            if (own[i]! === most) return;
            const have = figureOf([present[i]!], figure.expected).covered;
            const months = figure.expected.filter((m) => !have.includes(m)).map((m) => MONTHS_EN[m - 1]).join(', ');
            (lacking.get(months) ?? lacking.set(months, []).get(months)!).push(code);
          });
          const who = [...lacking].map(([months, codes]) => `${places(codes)} ${codes.length > 1 ? 'have' : 'has'} no ${months}`).join('; ');
          const first = figure.covered[0]!;
          const last = figure.covered[figure.covered.length - 1]!;
          if (last - first + 1 !== figure.covered.length) {
            report.warn(`${NATIONAL_LABEL.en} ${period}: left missing: the months every state has are not one run of months (${who}), so no period can say what the sum covers (--monthly keeps the months)`);
            observations.push({ period, value: null });
            continue;
          }
          report.warn(`${NATIONAL_LABEL.en} ${period}: summed over ${monthSpan(first, last, MONTHS_EN)} only, the months every state has (${who})`);
        }
      }
      let people = 0;
      if (isRate) {
        for (const code of STATE_CODES) {
          const p = pop!(code, period);
          if (p === undefined || p <= 0) throw new ImportError(noPopulation(code, period, 'needed for the national figure'));
          people += p;
        }
      }
      // Summed counts over summed population: the national rate is never an average of state rates.
      observations.push(observation('00', period, figure, 'the national figure', isRate ? people : undefined));
    }
    for (const [why, { periods: ps }] of missing) report.warn(`${NATIONAL_LABEL.en}: left missing for ${ps.join(', ')}: ${why}, and a national figure needs every state`);
    return observations;
  }

  function noPopulation(code: string, period: string, where: string): string {
    const file = options.populationFile ?? 'the population table';
    const years = population ? yearsOf(population.filter((v) => v.value !== null)) : [];
    const year = Number(period.slice(0, 4));
    const head = `no population for ${placeName(code)} in ${period} (${where})`;
    if (years.length && !years.includes(year)) {
      const crimeYears = yearsOf(crime).filter((y) => (options.from === undefined || y >= options.from) && (options.to === undefined || y <= options.to));
      const from = Math.max(years[0]!, crimeYears[0]!);
      const to = Math.min(years[years.length - 1]!, crimeYears[crimeYears.length - 1]!);
      const fix = from <= to
        ? `keep the years it covers with ${from > crimeYears[0]! ? `--from ${from}` : ''}${from > crimeYears[0]! && to < crimeYears[crimeYears.length - 1]! ? ' ' : ''}${to < crimeYears[crimeYears.length - 1]! ? `--to ${to}` : ''}, or give a population table that covers ${year}`
        : `it shares no year with the crime table; give a population table that covers ${year}`;
      return `${head}: ${file} covers ${years[0]}–${years[years.length - 1]}; ${fix}`;
    }
    return `${head}: ${file} has no figure for ${placeName(code)} in ${year}; the population table must cover every state and period`;
  }
}

function yearsOf(values: readonly Value[]): number[] {
  return [...new Set(values.map((v) => Number(v.period.slice(0, 4))))].sort((a, b) => a - b);
}

/** "National (January–March)" for a reference over part of a period. */
function coverageLabel(coverage: string): Text {
  const first = Number(coverage.slice(5, 7));
  const last = coverage.length > 7 ? Number(coverage.slice(-2)) : first;
  return { es: `${NATIONAL_LABEL.es} (${monthSpan(first, last, MONTHS_ES)})`, en: `${NATIONAL_LABEL.en} (${monthSpan(first, last, MONTHS_EN)})` };
}

interface Summed { readonly names: readonly string[]; readonly es: string; readonly en: string }

/**
 * Several SESNSP crime types, or several subtypes with no --crime or --subtype chosen, are
 * never added up silently: an error lists them and the flag that picks one; --sum adds them up.
 */
function checkSelection(selection: Selection, options: BuildOptions): Summed | undefined {
  const { crimes, subtypes } = selection;
  const quote = (names: Iterable<string>) => [...names].map((n) => `“${n}”`).join(', ');
  if (crimes.size > 1) {
    const names = [...crimes.values()];
    if (options.sum) return { names, es: `${names.length} tipos de delito`, en: `${names.length} crime types` };
    throw new ImportError(`the selection holds ${names.length} crime types (Tipo de delito): ${quote(names)}; their counts are not added up silently. Pick one with --crime (e.g. --crime "${names[0]}") or a subtype with --subtype, or add them up with --sum`);
  }
  if (subtypes.size > 1 && options.filters.crime === undefined && options.filters.subtype === undefined) {
    const names = [...subtypes.values()];
    if (options.sum) return { names, es: `${names.length} subtipos de delito`, en: `${names.length} crime subtypes` };
    throw new ImportError(`the selection holds ${names.length} crime subtypes (Subtipo de delito): ${quote(names)}; their counts are not added up silently. Pick one with --subtype (e.g. --subtype "${names[0]}"), take the whole type with --crime "${[...crimes.values()][0]}", or add them up with --sum`);
  }
  return undefined;
}

/** What the SESNSP selection holds: its subtype, its type, or the sum asked for with --sum; with the modality asked for. */
function defaultTitle(selection: Selection, summed: Summed | undefined, options: BuildOptions): Text | undefined {
  if (selection.crimes.size === 0) return undefined;
  const modality = options.filters.modality === undefined ? undefined : [...selection.modalities.values()][0];
  const one = (names: Map<string, string>) => (names.size === 1 ? [...names.values()][0] : undefined);
  const base = summed
    ? { es: `Suma de ${summed.es}: ${summed.names.join(', ')}`, en: `Sum of ${summed.en}: ${summed.names.join(', ')}` }
    : (one(selection.subtypes) ?? one(selection.crimes));
  if (base === undefined || modality === undefined) return base;
  const lower = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
  return typeof base === 'string' ? `${base}, ${lower(modality)}` : { es: `${base.es}, ${lower(modality)}`, en: `${base.en}, ${lower(modality)}` };
}
