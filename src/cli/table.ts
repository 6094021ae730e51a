/// <reference types="node" />
/**
 * Reading the tables data desks really have: UTF-8 or Latin-1, extra header and
 * footer rows, blank and "NA" cells, unpadded state codes, state names as INEGI,
 * CONAPO and SESNSP spell them. Every value keeps the file, line and column it came
 * from, so a problem can be reported where the user can find it.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parse } from 'csv-parse/sync';
import { normalizeName, stateCode } from './states.js';

export type Encoding = 'utf-8' | 'latin1';

export interface Row {
  readonly cells: readonly string[];
  /** 1-based line in the file. */
  readonly line: number;
}

export interface Table {
  readonly file: string;
  readonly encoding: Encoding;
  readonly rows: readonly Row[];
}

/** One number of the table, where it came from, and the state and period it is for. */
export interface Value {
  /** INEGI state code "01"–"32", or "00" for a national row. */
  readonly state: string;
  /** "2012" or "2012-03". */
  readonly period: string;
  readonly value: number | null;
  readonly where: string;
  /** The row's other columns, for filters (SESNSP crime type, subtype, modality). */
  readonly tags?: Readonly<Record<string, string>>;
  /** In a wide or long table, the row's other columns by header ("SEXO": "Hombres", "EDAD": "37"): what may break a total down. */
  readonly breakdown?: Readonly<Record<string, string>>;
}

export class ImportError extends Error {}

export interface Reporter {
  warn(message: string): void;
  /** Something done that the user should know of, though nothing is wrong. */
  note?(message: string): void;
}

/** Decodes bytes as UTF-8 when they are valid UTF-8, else as Latin-1 (Windows-1252), unless told. */
export function decode(bytes: Uint8Array, encoding?: Encoding, file = 'the file'): { text: string; encoding: Encoding } {
  if (encoding === 'latin1') return { text: new TextDecoder('latin1').decode(bytes), encoding };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch (error) {
    if (encoding === 'utf-8') throw new ImportError(`${file} is not valid UTF-8 (try --encoding latin1): ${(error as Error).message}`);
    return { text: new TextDecoder('latin1').decode(bytes), encoding: 'latin1' };
  }
}

export function readTable(path: string, encoding?: Encoding): Table {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw new ImportError(`${path}: cannot read the file (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  const file = basename(path);
  const decoded = decode(bytes, encoding, file);
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(decoded.text, { bom: true, relax_column_count: true, relax_quotes: true, skip_empty_lines: true, info: true, trim: true }) as unknown as typeof records;
  } catch (error) {
    const e = error as Error & { lines?: number };
    throw new ImportError(`${file}:${e.lines ?? '?'}: not a readable CSV file: ${e.message}`);
  }
  return { file, encoding: decoded.encoding, rows: records.map((r) => ({ cells: r.record, line: r.info.lines })) };
}

const MISSING = new Set(['', 'NA', 'N/A', 'ND', 'N.D.', 'NAN', 'NULL', '-', '--', '—', 'S/D', 'SD']);
const THOUSANDS = /^-?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;

/** A number cell: blank and NA-like cells are missing (null); "1,234" is 1234; anything else that is not a number is an error. */
export function numberCell(text: string, where: string): number | null {
  const t = text.trim();
  if (MISSING.has(t.toUpperCase())) return null;
  const n = Number(THOUSANDS.test(t) ? t.replace(/,/g, '') : t);
  if (!Number.isFinite(n)) throw new ImportError(`${where}: not a number: “${t}”`);
  return n;
}

/** "1990", "1990.0", "1990-03", "1990-03-01", "1990/03" → "1990" or "1990-03"; otherwise null. */
export function periodCell(text: string): string | null {
  const t = text.trim();
  let m = /^(\d{4})(?:\.0+)?$/.exec(t);
  if (m) return m[1]!;
  m = /^(\d{4})[-/](0?[1-9]|1[0-2])(?:[-/]\d{1,2})?$/.exec(t);
  if (m) return `${m[1]}-${m[2]!.padStart(2, '0')}`;
  return null;
}

const NATIONAL = new Set(['00', '0', 'NACIONAL', 'TOTAL', 'TOTAL NACIONAL', 'MEXICO TOTAL', 'ESTADOS UNIDOS MEXICANOS', 'REPUBLICA MEXICANA', 'NATIONAL']);

/** A state cell: a code ("1", "01"), a name, or a national row ("00", "Nacional"); null when it is none. */
export function stateCell(text: string): string | null {
  const t = normalizeName(text);
  if (NATIONAL.has(t)) return '00';
  return stateCode(text);
}

const MONTHS = ['ENERO', 'FEBRERO', 'MARZO', 'ABRIL', 'MAYO', 'JUNIO', 'JULIO', 'AGOSTO', 'SEPTIEMBRE', 'OCTUBRE', 'NOVIEMBRE', 'DICIEMBRE'];
// CVE_GEO is CONAPO's state code (0 for "República Mexicana").
const STATE_COLUMNS = ['STATE_CODE', 'STATECODE', 'CLAVE_ENT', 'CVE_ENT', 'CVE_GEO', 'CLAVE', 'ENT', 'STATE', 'ENTIDAD', 'ESTADO', 'STATENAME', 'ENTIDAD_FEDERATIVA'];
const PERIOD_COLUMNS = ['PERIOD', 'PERIODO', 'DATE', 'FECHA', 'YEAR', 'ANO'];
// Guessed value columns depend on the table's role: a crime table never takes "Población" as its count.
const VALUE_COLUMNS: Readonly<Record<Role, readonly string[]>> = {
  crime: ['VALUE', 'VALOR', 'COUNT', 'TOTAL', 'TOT', 'HOMICIDIOS', 'VICTIMAS', 'INCIDENCIA', 'DELITOS'],
  population: ['POPULATION', 'POBLACION', 'POP', 'TOTAL', 'VALUE', 'VALOR'],
};

/** What a table holds: crime counts or population. */
export type Role = 'crime' | 'population';

export type Layout = 'sesnsp' | 'wide' | 'long';

export interface Columns {
  readonly state?: string;
  readonly period?: string;
  readonly value?: string;
  readonly role?: Role;
}

function header(cells: readonly string[]): string[] {
  return cells.map((c) => normalizeName(c).replace(/\s+/g, '_'));
}

function findColumn(names: readonly string[], wanted: readonly string[], explicit?: string): number {
  if (explicit) {
    const i = names.indexOf(normalizeName(explicit).replace(/\s+/g, '_'));
    if (i < 0) throw new ImportError(`no column named “${explicit}”; the columns are: ${names.join(', ')}`);
    return i;
  }
  for (const w of wanted) {
    const i = names.indexOf(w);
    if (i >= 0) return i;
  }
  return -1;
}

/** Finds the header row and the layout: SESNSP (Clave_Ent and month columns), wide (years as columns) or long. */
export function detectLayout(table: Table, columns: Columns = {}): { layout: Layout; headerIndex: number } {
  const limit = Math.min(table.rows.length, 15);
  for (let i = 0; i < limit; i++) {
    const names = header(table.rows[i]!.cells);
    if (names.includes('CLAVE_ENT') && names.includes('ENERO')) return { layout: 'sesnsp', headerIndex: i };
    if (table.rows[i]!.cells.filter((c) => periodCell(c) !== null).length >= 2) return { layout: 'wide', headerIndex: i };
    // A long table; without a state column its rows are national.
    if (findColumn(names, PERIOD_COLUMNS, columns.period) >= 0 && findColumn(names, VALUE_COLUMNS[columns.role ?? 'crime'], columns.value) >= 0) {
      return { layout: 'long', headerIndex: i };
    }
  }
  throw new ImportError(`${table.file}: no header row found in the first ${limit} lines (expected the SESNSP layout, years as columns, or state, period and value columns)`);
}

/**
 * Every number of a table as (state, period, value). Lines before the header and
 * rows that are not data (footers, notes) are skipped with a warning that names them.
 */
export function tableValues(table: Table, report: Reporter, columns: Columns = {}): { layout: Layout; values: Value[] } {
  const { layout, headerIndex } = detectLayout(table, columns);
  for (const row of table.rows.slice(0, headerIndex)) report.warn(`${table.file}:${row.line}: skipped a line before the header: “${row.cells.join(',').slice(0, 60)}”`);
  const head = table.rows[headerIndex]!;
  const names = header(head.cells);
  const values: Value[] = [];
  const where = (row: Row, col: number) => `${table.file}:${row.line}:${col + 1}`;
  const others = (row: Row, skip: (col: number) => boolean): Record<string, string> | undefined => {
    const out: Record<string, string> = {};
    head.cells.forEach((name, col) => {
      if (!skip(col)) out[name || `column ${col + 1}`] = row.cells[col] ?? '';
    });
    return Object.keys(out).length ? out : undefined;
  };
  const notData = (row: Row) => report.warn(`${table.file}:${row.line}: skipped a row that is not data: “${row.cells.filter(Boolean).join(',').slice(0, 60)}”`);

  for (const row of table.rows.slice(headerIndex + 1)) {
    if (layout === 'sesnsp') {
      const year = periodCell(row.cells[names.indexOf('ANO')] ?? row.cells[0] ?? '');
      const state = stateCell(row.cells[names.indexOf('CLAVE_ENT')] ?? '');
      if (!year || !state) {
        notData(row);
        continue;
      }
      const tags: Record<string, string> = {};
      for (const [k, name] of [['legalGood', 'BIEN_JURIDICO_AFECTADO'], ['crime', 'TIPO_DE_DELITO'], ['subtype', 'SUBTIPO_DE_DELITO'], ['modality', 'MODALIDAD']] as const) {
        tags[k] = row.cells[names.indexOf(name)] ?? '';
      }
      MONTHS.forEach((month, m) => {
        const col = names.indexOf(month);
        if (col < 0) return;
        values.push({ state, period: `${year}-${String(m + 1).padStart(2, '0')}`, value: numberCell(row.cells[col] ?? '', where(row, col)), where: where(row, col), tags });
      });
    } else if (layout === 'wide') {
      const state = stateCell(row.cells[0] ?? '');
      if (!state) {
        notData(row);
        continue;
      }
      const breakdown = others(row, (col) => col === 0 || periodCell(head.cells[col]!) !== null);
      head.cells.forEach((cell, col) => {
        const period = periodCell(cell);
        if (col === 0 || !period) return;
        values.push({ state, period, value: numberCell(row.cells[col] ?? '', where(row, col)), where: where(row, col), ...(breakdown ? { breakdown } : {}) });
      });
    } else {
      const sc = findColumn(names, STATE_COLUMNS, columns.state);
      const pc = findColumn(names, PERIOD_COLUMNS, columns.period);
      const vc = findColumn(names, VALUE_COLUMNS[columns.role ?? 'crime'], columns.value);
      const state = sc < 0 ? '00' : stateCell(row.cells[sc] ?? '');
      const period = periodCell(row.cells[pc] ?? '');
      if (!state || !period) {
        notData(row);
        continue;
      }
      const breakdown = others(row, (col) => col === sc || col === pc || col === vc);
      values.push({ state, period, value: numberCell(row.cells[vc] ?? '', where(row, vc)), where: where(row, vc), ...(breakdown ? { breakdown } : {}) });
    }
  }
  return { layout, values };
}

// A breakdown value that already is the total of its column ("Total", "Ambos sexos"): its rows are used, never summed with the parts.
const TOTAL_VALUES = new Set(['TOTAL', 'AMBOS', 'AMBOS SEXOS', 'TODAS', 'TODAS LAS EDADES', 'TODOS', 'ALL', 'BOTH SEXES']);

/**
 * One population figure per state and period from a table that breaks it down (CONAPO's
 * by age and sex: RENGLON, AÑO, ENTIDAD, CVE_GEO, EDAD, SEXO, POBLACION). The columns that
 * tell apart the rows of one state and period are the breakdown; their rows are summed,
 * and the note says which columns were. A column is a breakdown when it holds categories
 * (text, or numbers like ages that recur down the column); row numbers (RENGLON) and other
 * measures are not. Two rows of one state and period that no breakdown column tells apart
 * are an error naming both lines, and so is a state and period with fewer parts than the
 * others (its total would be short).
 */
export function sumBreakdowns(values: readonly Value[], file: string, report: Reporter): Value[] {
  const keyOf = (v: Value) => `${v.state}|${v.period}`;
  const groups = new Map<string, Value[]>();
  for (const v of values) (groups.get(keyOf(v)) ?? groups.set(keyOf(v), []).get(keyOf(v))!).push(v);
  if ([...groups.values()].every((g) => g.length === 1)) return [...values];

  const columns = [...new Set(values.flatMap((v) => Object.keys(v.breakdown ?? {})))];
  const cell = (v: Value, c: string) => v.breakdown?.[c] ?? '';
  const isCategory = (c: string) => {
    const cells = values.map((v) => cell(v, c).trim());
    if (cells.some((x) => x !== '' && !Number.isFinite(Number(x)))) return true;
    return new Set(cells).size * 2 <= cells.length;
  };
  const tellsApart = (c: string) => [...groups.values()].some((g) => new Set(g.map((v) => cell(v, c))).size > 1);
  let breakdown = columns.filter((c) => tellsApart(c) && isCategory(c));

  let kept: readonly Value[] = values;
  const totals: string[] = [];
  for (const c of breakdown) {
    const total = [...new Set(values.map((v) => cell(v, c)))].find((x) => TOTAL_VALUES.has(normalizeName(x)));
    if (total === undefined) continue;
    kept = kept.filter((v) => cell(v, c) === total);
    totals.push(`${c} is “${total}”`);
  }
  breakdown = breakdown.filter((c) => !totals.some((t) => t.startsWith(`${c} is`)));

  const place = (v: Value) => (v.state === '00' ? 'the national row' : `state ${v.state}`);
  const line = (v: Value) => v.where.replace(/:\d+$/, '');
  const summed: Value[] = [];
  const sizes = new Map<number, number>();
  const regrouped = new Map<string, Value[]>();
  for (const v of kept) (regrouped.get(keyOf(v)) ?? regrouped.set(keyOf(v), []).get(keyOf(v))!).push(v);
  for (const rows of regrouped.values()) {
    const seen = new Map<string, Value>();
    for (const v of rows) {
      const tuple = JSON.stringify(breakdown.map((c) => cell(v, c)));
      const first = seen.get(tuple);
      if (first) {
        const by = breakdown.length ? ` and the same ${breakdown.map((c) => `${c} (“${cell(v, c)}”)`).join(', ')}` : '';
        throw new ImportError(`${line(v)}: a second population figure for ${place(v)} in ${v.period}${by} (the first is at ${line(first)}); a population table holds one figure per state, period${breakdown.length ? ' and breakdown' : ''}`);
      }
      seen.set(tuple, v);
    }
    sizes.set(rows.length, (sizes.get(rows.length) ?? 0) + 1);
    const blank = rows.find((v) => v.value === null);
    const first = rows[0]!;
    summed.push({
      state: first.state,
      period: first.period,
      value: blank ? null : rows.reduce((n, v) => n + v.value!, 0),
      where: rows.length === 1 ? first.where : `${line(first)} and ${rows.length - 1} more rows`,
    });
  }
  const usual = [...sizes.entries()].sort((a, b) => b[1] - a[1])[0]![0];
  for (const rows of regrouped.values()) {
    if (rows.length !== usual) {
      throw new ImportError(`${line(rows[0]!)}: ${place(rows[0]!)} in ${rows[0]!.period} has ${rows.length} rows by ${breakdown.join(', ')}, most states and periods have ${usual}: its total would not be the same kind of total`);
    }
  }
  const how = breakdown.length ? `summed the rows of each state and period over ${breakdown.join(', ')} (${usual} rows each)` : '';
  const which = totals.length ? `used only the rows where ${totals.join(' and ')}` : '';
  report.note?.(`${file}: ${[which, how].filter(Boolean).join('; ')}, giving one population per state and period`);
  return summed;
}
