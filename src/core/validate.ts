/**
 * The one runtime validator for indicator documents (DESIGN §2), shared by the three
 * elements and the import tool, and kept in agreement with `indicator.schema.json`.
 *
 * It never throws, never mutates its input (the result is a fresh copy built only
 * from known keys, so `__proto__` or `constructor` keys cannot reach a prototype),
 * and reports every problem with its JSON path.
 *
 * Most objects are described by a list of fields, each with its check, in the order
 * they are checked and copied (`Fields`); observations, the hot path of a long series,
 * and units, whose fields depend on their type, are checked by hand.
 */
import { comparePeriods, checkPeriod, periodKey, rememberPeriod, type Period } from './period.js';
import { isMessageKey, msg, type MessageKey, type Params } from './messages.js';
import { computeRate, ratesAgree } from './rate.js';
import type { Problem, Text, Unit, ValidationResult, ValidIndicator, ValidObservation } from './schema.js';
import { DEFAULT_DECIMALS } from './schema.js';

type Json = Record<string, unknown>;
type Mutable<T> = { -readonly [K in keyof T]: T[K] };
/** The problems found so far: every check adds its own. */
type Problems = Problem[];
/**
 * A field's check: the value to copy, or `undefined` (a problem was added, or the field
 * is absent and optional). `out` is the object being built, for a field that depends on
 * an earlier one.
 */
type Check = (c: Problems, value: unknown, path: string, required: boolean, out: Json) => unknown;
/** An object's fields, in the order they are checked and copied: key, check, required. */
type Fields = readonly (readonly [key: string, check: Check, required?: true])[];

/** Past this many problems the validator stops looking: nobody reads a thousand. */
export const MAX_PROBLEMS = 50;

const LANG_TAG = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/;
const DATE = /^(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
// http(s), a host made of letter/digit labels or an IPv6 literal, an optional port, then
// path/query/fragment with no spaces or control characters. No user:password@ part.
const HTTP_URL = /^[hH][tT][tT][pP][sS]?:\/\/(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?(?:\.[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?)*\.?|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?(?:[/?#][^\s\u0000-\u001F\u007F]*)?$/u;
// Control characters other than tab, line feed and carriage return, and the bidirectional
// embedding, override and isolate controls: an unclosed U+202E would visually reverse the
// text after it (a "2016" shown as "6102"). Right-to-left letters themselves are fine.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u202A-\u202E\u2066-\u2069]/;
const STATE_CODE = /^(?:0[1-9]|[12]\d|3[0-2])$/;
const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

const UNIT_KEYS: Readonly<Record<Unit['type'], readonly string[]>> = {
  rate: ['type', 'per', 'of'],
  count: ['type', 'of'],
  percent: ['type'],
  rank: ['type', 'outOf', 'among'],
};
const OBSERVATION_KEYS = [
  'period', 'value', 'count', 'population', 'lower', 'upper', 'status', 'qualifier', 'tied', 'note', 'coverage',
];

class TooMany extends Error {}

/** A problem, with its message in English (`localizeProblem` gives the reader's language). */
function problem(path: string, code: MessageKey, params?: Params): Problem {
  const message = say('en', code, params);
  return params ? { path, code, params, message } : { path, code, message };
}

function add(c: Problems, path: string, code: MessageKey, params?: Params): undefined {
  if (c.length >= MAX_PROBLEMS) {
    c.push(problem(path, 'tooMany', { count: MAX_PROBLEMS }));
    throw new TooMany();
  }
  c.push(problem(path, code, params));
  return undefined;
}

const typeError = (c: Problems, path: string, expected: MessageKey): undefined => add(c, path, 'type', { expected });

/** False for an absent value, with a problem when it is required. */
function present(c: Problems, value: unknown, path: string, required: boolean): boolean {
  if (value === undefined && required) add(c, path, 'required');
  return value !== undefined;
}

/** An own, plain object, or a type problem. */
function object(c: Problems, value: unknown, path: string): Json | undefined {
  return isPlainObject(value) ? value : typeError(c, path, 'expected.object');
}

function keys(c: Problems, obj: Json, path: string, allowed: readonly string[]): void {
  for (const key of Object.keys(obj)) {
    if (!allowed.includes(key) && !key.startsWith('x-')) add(c, join(path, key), 'unknownKey');
  }
}

/** Copies the author's own `x-*` fields; they are free-form, so they are cloned as JSON. */
function extensions(obj: Json, out: Json): void {
  for (const key of Object.keys(obj)) {
    if (key.startsWith('x-')) {
      try {
        out[key] = cloneJson(obj[key]);
      } catch {
        // Not JSON (a function, a cycle): the author's extension is dropped, never run.
      }
    }
  }
}

/** Checks `obj`'s fields into `out`, in order, each at its own path. */
function fields(c: Problems, obj: Json, path: string, list: Fields, out: Json): void {
  for (const [key, check, required] of list) setIf(out, key, check(c, obj[key], join(path, key), required === true, out));
}

/** An object of these fields and `x-*` extensions, checked and copied, or a type problem. */
function record(c: Problems, value: unknown, path: string, list: Fields): Json | undefined {
  const obj = object(c, value, path);
  if (!obj) return undefined;
  keys(c, obj, path, list.map(([key]) => key));
  const out: Json = {};
  fields(c, obj, path, list, out);
  extensions(obj, out);
  return out;
}

/** The check of an optional object of these fields. */
const optional = (list: Fields): Check => (c, value, path) => (value === undefined ? undefined : record(c, value, path, list));

/** The check of a list (required: with one item or more) whose items are checked by `item`. */
const list = (item: Check): Check => (c, value, path, required, out) =>
  array(c, value, path, required)?.map((v, i) => item(c, v, `${path}[${i}]`, true, out));

function array(c: Problems, value: unknown, path: string, required: boolean): readonly unknown[] | undefined {
  if (!present(c, value, path, required)) return undefined;
  if (!Array.isArray(value)) return typeError(c, path, 'expected.array');
  return required && value.length === 0 ? add(c, path, 'minItems') : value;
}

function string(c: Problems, value: unknown, path: string, required: boolean): string | undefined {
  if (!present(c, value, path, required)) return undefined;
  if (typeof value !== 'string') return typeError(c, path, 'expected.string');
  return CONTROL.test(value) ? add(c, path, 'plainText') : value;
}

function nonEmptyString(c: Problems, value: unknown, path: string, required: boolean): string | undefined {
  const s = string(c, value, path, required);
  return s !== undefined && s.trim() === '' ? add(c, path, 'empty') : s;
}

function text(c: Problems, value: unknown, path: string, required: boolean): Text | undefined {
  if (!present(c, value, path, required)) return undefined;
  if (typeof value === 'string') return string(c, value, path, true);
  const langs = isPlainObject(value) ? Object.keys(value) : [];
  if (langs.length === 0) return typeError(c, path, 'expected.text');
  const out: Record<string, string> = {};
  let ok = true;
  for (const lang of langs) {
    const s = LANG_TAG.test(lang) ? string(c, (value as Json)[lang], join(path, lang), true) : add(c, join(path, lang), 'language');
    if (s === undefined) ok = false;
    else out[lang] = s;
  }
  return ok ? out : undefined;
}

function number(c: Problems, value: unknown, path: string, required: boolean): number | undefined {
  if (!present(c, value, path, required)) return undefined;
  if (typeof value !== 'number') return typeError(c, path, 'expected.number');
  return Number.isFinite(value) ? value : add(c, path, 'finite');
}

/** The check of a value out of a fixed list. */
const oneOf = <T extends string | number>(allowed: readonly T[]) => (c: Problems, value: unknown, path: string, required: boolean): T | undefined => {
  if (!present(c, value, path, required)) return undefined;
  return allowed.includes(value as T) ? (value as T) : add(c, path, 'enum', { allowed: allowed.map((a) => JSON.stringify(a)).join(', ') });
};
const unitType = oneOf<Unit['type']>(['rate', 'count', 'percent', 'rank']);
const ratePer = oneOf([1000, 10000, 100000, 1000000]);
const geoLevel = oneOf(['country', 'state', 'municipality', 'region']);
const status = oneOf(['final', 'preliminary', 'estimated']);
const qualifier = oneOf(['about', 'almost', 'over', 'under']);

function date(c: Problems, value: unknown, path: string): string | undefined {
  const s = string(c, value, path, false);
  return s === undefined || isCalendarDate(s) ? s : add(c, path, 'date');
}

function language(c: Problems, value: unknown, path: string): string | undefined {
  const s = string(c, value, path, false);
  return s === undefined || LANG_TAG.test(s) ? s : add(c, path, 'language');
}

function period(c: Problems, value: unknown, path: string): Period | undefined {
  if (!present(c, value, path, true)) return undefined;
  if (typeof value !== 'string') return typeError(c, path, 'expected.string');
  const p = checkPeriod(value);
  return typeof p === 'string' ? add(c, path, p) : p;
}

const GEO: Fields = [
  ['level', geoLevel, true],
  ['code', (c, value, path, _, out) => {
    const code = nonEmptyString(c, value, path, false);
    return code !== undefined && out['level'] === 'state' && !STATE_CODE.test(code) ? add(c, path, 'stateCode') : code;
  }],
  ['name', text, true],
];

const SOURCE: Fields = [
  ['name', nonEmptyString, true],
  ['url', (c, value, path) => {
    const url = string(c, value, path, false);
    return url !== undefined && !HTTP_URL.test(url) ? add(c, path, 'url') : url;
  }],
  ['publisher', string],
  ['published', date],
  ['accessed', date],
];

const ANNOTATION: Fields = [
  ['period', (c, value, path, _, out) => {
    const p = period(c, value, path);
    if (p) rememberPeriod(out, p);
    return p?.text;
  }],
  ['label', text, true],
];

const INDICATOR: Fields = [
  ['schema', (c, value, path) => (value === 1 ? 1 : add(c, path, value === undefined ? 'required' : 'schemaVersion'))],
  ['id', string],
  ['title', text, true],
  ['subtitle', text],
  ['description', text],
  ['lang', language],
  ['updated', date],
  ['decimals', (c, value, path) => (value === undefined || isDecimals(value) ? value : add(c, path, 'decimalsRange'))],
  ['unit', unit, true],
  // The unit and the decimals shown are checked first: each observation is checked against them.
  ['series', list((c, value, path, _, doc) => {
    const u = doc['unit'] as Unit | undefined;
    const decimals = (doc['decimals'] as number | undefined) ?? (u ? DEFAULT_DECIMALS[u.type] : 1);
    return record(c, value, path, [
      ['id', nonEmptyString],
      ['label', text],
      ['geo', optional(GEO)],
      ['observations', (c2, v, p) => observations(c2, v, p, u, decimals), true],
    ]);
  }), true],
  ['reference', optional([['label', text, true], ['value', number, true]])],
  ['annotations', list((c, value, path) => record(c, value, path, ANNOTATION))],
  ['sources', list((c, value, path) => record(c, value, path, SOURCE)), true],
  ['notes', list(text)],
];

/** Validates unknown input as an indicator document. Never throws. */
export function validateIndicator(input: unknown): ValidationResult {
  const c: Problems = [];
  let value: ValidIndicator | undefined;
  try {
    value = record(c, input, '$', INDICATOR) as ValidIndicator | undefined;
  } catch (error) {
    // A hostile object (a throwing getter or proxy) ends validation with a problem, not an exception.
    if (!(error instanceof TooMany)) c.push(problem('$', 'invalid', { detail: describe(error) }));
  }
  if (c.length > 0 || !value) return { ok: false, errors: c };
  return { ok: true, value };
}

function unit(c: Problems, value: unknown, path: string, required: boolean): Unit | undefined {
  if (!present(c, value, path, required)) return undefined;
  const obj = object(c, value, path);
  if (!obj) return undefined;
  const type = unitType(c, obj['type'], `${path}.type`, true);
  if (!type) {
    keys(c, obj, path, ['type', 'per', 'of', 'outOf', 'among']);
    return undefined;
  }
  keys(c, obj, path, UNIT_KEYS[type]);
  const out: Json = { type };
  let ok = true;
  if (type === 'rate') {
    const per = ratePer(c, obj['per'], `${path}.per`, true);
    if (per === undefined) ok = false;
    out['per'] = per;
  }
  if (type === 'rate' || type === 'count') setIf(out, 'of', text(c, obj['of'], `${path}.of`, false));
  if (type === 'rank') {
    const outOf = obj['outOf'];
    if (outOf !== undefined) {
      if (typeof outOf === 'number' && Number.isInteger(outOf) && outOf >= 1) out['outOf'] = outOf;
      else {
        add(c, `${path}.outOf`, 'rankMin');
        ok = false;
      }
    }
    setIf(out, 'among', text(c, obj['among'], `${path}.among`, false));
  }
  extensions(obj, out);
  return ok ? (out as unknown as Unit) : undefined;
}

/** A series' observations, each period once, sorted for display. */
function observations(c: Problems, value: unknown, path: string, u: Unit | undefined, decimals: number): ValidObservation[] | undefined {
  const items = array(c, value, path, true);
  if (!items) return undefined;
  const seen = new Map<number, number>();
  const rows: { obs: ValidObservation; period: Period }[] = [];
  items.forEach((o, i) => {
    const opath = `${path}[${i}]`;
    const row = observation(c, o, opath, u, decimals);
    if (!row) return;
    const key = periodKey(row.period);
    const first = seen.get(key);
    if (first !== undefined) add(c, `${opath}.period`, 'duplicatePeriod', { period: row.period.text, first });
    else seen.set(key, i);
    rows.push(row);
  });
  // Sorted for display; Array.prototype.sort is stable, so equal periods keep their order.
  rows.sort((a, b) => comparePeriods(a.period, b.period));
  return rows.map((r) => r.obs);
}

function observation(
  c: Problems,
  value: unknown,
  path: string,
  u: Unit | undefined,
  decimals: number,
): { obs: ValidObservation; period: Period } | undefined {
  const obj = object(c, value, path);
  if (!obj) return undefined;
  keys(c, obj, path, OBSERVATION_KEYS);
  const out: Mutable<ValidObservation> & Json = { period: '', value: null };
  const p = period(c, obj['period'], `${path}.period`);

  const raw = obj['value'];
  let v: number | null | undefined;
  if (raw === null) v = null;
  else if (raw !== undefined) v = number(c, raw, `${path}.value`, true);

  const count = obj['count'];
  let n: number | undefined;
  if (count !== undefined) {
    if (typeof count !== 'number') typeError(c, `${path}.count`, 'expected.number');
    else if (!Number.isInteger(count)) add(c, `${path}.count`, 'integer');
    else if (count < 0) add(c, `${path}.count`, 'nonNegative');
    else n = count;
  }
  const pop = number(c, obj['population'], `${path}.population`, false);
  if (pop !== undefined && pop <= 0) add(c, `${path}.population`, 'positive');
  const population = pop !== undefined && pop > 0 ? pop : undefined;
  const lower = number(c, obj['lower'], `${path}.lower`, false);
  const upper = number(c, obj['upper'], `${path}.upper`, false);
  setIf(out, 'status', status(c, obj['status'], `${path}.status`, false));
  setIf(out, 'qualifier', qualifier(c, obj['qualifier'], `${path}.qualifier`, false));
  const tied = obj['tied'];
  if (typeof tied === 'boolean') out.tied = tied;
  else if (tied !== undefined) typeError(c, `${path}.tied`, 'expected.boolean');
  setIf(out, 'note', text(c, obj['note'], `${path}.note`, false));
  const coverageText = obj['coverage'];
  if (coverageText !== undefined) {
    const coverage = period(c, coverageText, `${path}.coverage`);
    // A partial figure: its span lies inside the period and is shorter than it.
    if (coverage && p) {
      if (coverage.startMonth < p.startMonth || coverage.endMonth > p.endMonth) add(c, `${path}.coverage`, 'coverageOutside', { period: p.text });
      else if (coverage.endMonth - coverage.startMonth >= p.endMonth - p.startMonth) add(c, `${path}.coverage`, 'coverageWhole', { period: p.text });
      else out.coverage = coverage.text;
    }
  }

  const hasInputs = count !== undefined && obj['population'] !== undefined;
  if (raw === undefined && !(u?.type === 'rate' && hasInputs) && u !== undefined) add(c, `${path}.value`, 'rateMissing');

  if (u?.type === 'rate' && n !== undefined && population !== undefined) {
    const computed = computeRate(n, population, u.per);
    // "All numbers finite" holds for computed rates too: 1e15 over a subnormal population overflows.
    if (!Number.isFinite(computed)) add(c, `${path}.value`, 'finite');
    else if (v === undefined || v === null) v = computed;
    else if (!ratesAgree(v, computed, decimals)) {
      add(c, `${path}.value`, 'rateMismatch', { value: v, per: u.per, computed: computed.toFixed(decimals + 2), decimals });
    }
  }

  if (typeof v === 'number') unitRules(c, v, `${path}.value`, u);
  if (u?.type === 'percent') {
    if (lower !== undefined) unitRules(c, lower, `${path}.lower`, u);
    if (upper !== undefined) unitRules(c, upper, `${path}.upper`, u);
  }
  const mid = typeof v === 'number' ? v : undefined;
  if ((lower !== undefined && upper !== undefined && lower > upper)
    || (mid !== undefined && lower !== undefined && lower > mid)
    || (mid !== undefined && upper !== undefined && mid > upper)) {
    add(c, path, 'bounds', { lower: lower ?? '–', value: mid ?? '–', upper: upper ?? '–' });
  }

  if (!p) return undefined;
  out.period = p.text;
  rememberPeriod(out, p);
  out.value = v ?? null;
  setIf(out, 'count', n);
  setIf(out, 'population', population);
  setIf(out, 'lower', lower);
  setIf(out, 'upper', upper);
  extensions(obj, out);
  return { obs: out, period: p };
}

function unitRules(c: Problems, v: number, path: string, u: Unit | undefined): void {
  if (!u) return;
  if (u.type === 'percent' && (v < 0 || v > 100)) add(c, path, 'percentRange');
  else if (u.type === 'count' && !Number.isInteger(v)) add(c, path, 'integer');
  else if (u.type === 'count' && v < 0) add(c, path, 'nonNegative');
  else if (u.type === 'rank') {
    if (!Number.isInteger(v) || v < 1) add(c, path, 'rankMin');
    else if (u.outOf !== undefined && v > u.outOf) add(c, path, 'rankRange', { outOf: u.outOf });
  }
}

/** True for an http: or https: URL with a host and no spaces or control characters. */
export function isHttpUrl(value: unknown): value is string {
  return typeof value === 'string' && HTTP_URL.test(value);
}

/** A whole number of decimals from 0 to 4: the document's `decimals`, or an element's. */
export function isDecimals(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 4;
}

function isCalendarDate(s: string): boolean {
  const m = DATE.exec(s);
  if (!m) return false;
  const y = Number(m[1]);
  const days = [31, (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return Number(m[3]) <= (days[Number(m[2]) - 1] ?? 0);
}

function isPlainObject(value: unknown): value is Json {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function setIf(out: Json, key: string, value: unknown): void {
  if (value !== undefined) out[key] = value;
}

function join(path: string, key: string): string {
  return IDENTIFIER.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;
}

function cloneJson(value: unknown): unknown {
  const text = JSON.stringify(value);
  return text === undefined ? undefined : JSON.parse(text);
}

function describe(error: unknown): string {
  try {
    return error instanceof Error ? error.message : String(error);
  } catch {
    return 'unreadable value';
  }
}

/** A problem's text in a language; `type` problems name what was expected in that language too. */
function say(lang: 'es' | 'en', code: string, params: Params = {}): string {
  const expected = params['expected'];
  return code === 'type' && typeof expected === 'string' && isMessageKey(expected)
    ? msg(lang, 'type', { expected: msg(lang, expected) })
    : msg(lang, isMessageKey(code) ? code : 'invalid', params);
}

/** A validator problem in the reader's language: "$.unit.per: must be one of 1000, …". */
export function localizeProblem(problem: Problem, lang: 'es' | 'en'): string {
  return `${problem.path}: ${say(lang, problem.code, problem.params)}`;
}
