/**
 * The one runtime validator for indicator documents (DESIGN §2), shared by the three
 * elements and the import tool, and kept in agreement with `indicator.schema.json`.
 *
 * It never throws, never mutates its input (the result is a fresh copy built only
 * from known keys, so `__proto__` or `constructor` keys cannot reach a prototype),
 * and reports every problem with its JSON path.
 */
import { comparePeriods, checkPeriod, periodKey, rememberPeriod, type Period } from './period.js';
import { isMessageKey, msg, type MessageKey, type Params } from './messages.js';
import { computeRate, ratesAgree } from './rate.js';
import type {
  Problem,
  Text,
  Unit,
  ValidationResult,
  ValidIndicator,
  ValidObservation,
  ValidSeries,
} from './schema.js';
import { DEFAULT_DECIMALS } from './schema.js';

type Json = Record<string, unknown>;
type Mutable<T> = { -readonly [K in keyof T]: T[K] };

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

const UNIT_TYPES = ['rate', 'count', 'percent', 'rank'] as const;
const RATE_PER = [1000, 10000, 100000, 1000000] as const;
const GEO_LEVELS = ['country', 'state', 'municipality', 'region'] as const;
const STATUSES = ['final', 'preliminary', 'estimated'] as const;
const QUALIFIERS = ['about', 'almost', 'over', 'under'] as const;

const INDICATOR_KEYS = [
  'schema', 'id', 'title', 'subtitle', 'description', 'unit', 'decimals', 'lang',
  'series', 'reference', 'annotations', 'sources', 'notes', 'updated',
];
const UNIT_KEYS: Readonly<Record<Unit['type'], readonly string[]>> = {
  rate: ['type', 'per', 'of'],
  count: ['type', 'of'],
  percent: ['type'],
  rank: ['type', 'outOf', 'among'],
};
const SERIES_KEYS = ['id', 'label', 'geo', 'observations'];
const GEO_KEYS = ['level', 'code', 'name'];
const OBSERVATION_KEYS = [
  'period', 'value', 'count', 'population', 'lower', 'upper', 'status', 'qualifier', 'tied', 'note', 'coverage',
];
const SOURCE_KEYS = ['name', 'url', 'publisher', 'published', 'accessed'];
const REFERENCE_KEYS = ['label', 'value'];
const ANNOTATION_KEYS = ['period', 'label'];

class TooMany extends Error {}

class Checker {
  readonly problems: Problem[] = [];

  add(path: string, code: MessageKey, params?: Params): void {
    if (this.problems.length >= MAX_PROBLEMS) {
      this.problems.push({ path, code: 'tooMany', params: { count: MAX_PROBLEMS }, message: msg('en', 'tooMany', { count: MAX_PROBLEMS }) });
      throw new TooMany();
    }
    const message = code === 'type' && params
      ? msg('en', 'type', { expected: msg('en', params['expected'] as MessageKey) })
      : msg('en', code, params);
    this.problems.push(params ? { path, code, params, message } : { path, code, message });
  }

  typeError(path: string, expected: MessageKey): void {
    this.add(path, 'type', { expected });
  }

  /** An own, plain object, or a type problem. */
  object(value: unknown, path: string): Json | undefined {
    if (isPlainObject(value)) return value;
    this.typeError(path, 'expected.object');
    return undefined;
  }

  keys(obj: Json, path: string, allowed: readonly string[]): void {
    for (const key of Object.keys(obj)) {
      if (!allowed.includes(key) && !key.startsWith('x-')) this.add(join(path, key), 'unknownKey');
    }
  }

  /** Copies the author's own `x-*` fields; they are free-form, so they are cloned as JSON. */
  extensions(obj: Json, out: Json): void {
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

  string(value: unknown, path: string, required: boolean): string | undefined {
    if (value === undefined) {
      if (required) this.add(path, 'required');
      return undefined;
    }
    if (typeof value !== 'string') {
      this.typeError(path, 'expected.string');
      return undefined;
    }
    if (CONTROL.test(value)) {
      this.add(path, 'plainText');
      return undefined;
    }
    return value;
  }

  nonEmptyString(value: unknown, path: string, required: boolean): string | undefined {
    const s = this.string(value, path, required);
    if (s !== undefined && s.trim() === '') {
      this.add(path, 'empty');
      return undefined;
    }
    return s;
  }

  text(value: unknown, path: string, required: boolean): Text | undefined {
    if (value === undefined) {
      if (required) this.add(path, 'required');
      return undefined;
    }
    if (typeof value === 'string') return this.string(value, path, true);
    if (!isPlainObject(value)) {
      this.typeError(path, 'expected.text');
      return undefined;
    }
    const keys = Object.keys(value);
    if (keys.length === 0) {
      this.typeError(path, 'expected.text');
      return undefined;
    }
    const out: Record<string, string> = {};
    let ok = true;
    for (const key of keys) {
      if (!LANG_TAG.test(key)) {
        this.add(join(path, key), 'language');
        ok = false;
        continue;
      }
      const s = this.string(value[key], join(path, key), true);
      if (s === undefined) ok = false;
      else out[key] = s;
    }
    return ok ? out : undefined;
  }

  number(value: unknown, path: string, required: boolean): number | undefined {
    if (value === undefined) {
      if (required) this.add(path, 'required');
      return undefined;
    }
    if (typeof value !== 'number') {
      this.typeError(path, 'expected.number');
      return undefined;
    }
    if (!Number.isFinite(value)) {
      this.add(path, 'finite');
      return undefined;
    }
    return value;
  }

  oneOf<T extends string | number>(value: unknown, path: string, allowed: readonly T[], required: boolean): T | undefined {
    if (value === undefined) {
      if (required) this.add(path, 'required');
      return undefined;
    }
    if (allowed.includes(value as T)) return value as T;
    this.add(path, 'enum', { allowed: allowed.map((a) => JSON.stringify(a)).join(', ') });
    return undefined;
  }

  date(value: unknown, path: string): string | undefined {
    const s = this.string(value, path, false);
    if (s === undefined) return undefined;
    if (!isCalendarDate(s)) {
      this.add(path, 'date');
      return undefined;
    }
    return s;
  }

  array(value: unknown, path: string, required: boolean, nonEmpty: boolean): readonly unknown[] | undefined {
    if (value === undefined) {
      if (required) this.add(path, 'required');
      return undefined;
    }
    if (!Array.isArray(value)) {
      this.typeError(path, 'expected.array');
      return undefined;
    }
    if (nonEmpty && value.length === 0) {
      this.add(path, 'minItems');
      return undefined;
    }
    return value;
  }

  period(value: unknown, path: string): Period | undefined {
    if (value === undefined) {
      this.add(path, 'required');
      return undefined;
    }
    if (typeof value !== 'string') {
      this.typeError(path, 'expected.string');
      return undefined;
    }
    const p = checkPeriod(value);
    if (typeof p === 'string') {
      this.add(path, p);
      return undefined;
    }
    return p;
  }
}

/** Validates unknown input as an indicator document. Never throws. */
export function validateIndicator(input: unknown): ValidationResult {
  const c = new Checker();
  let value: ValidIndicator | undefined;
  try {
    value = indicator(c, input);
  } catch (error) {
    if (!(error instanceof TooMany)) {
      // A hostile object (a throwing getter or proxy) ends validation with a problem, not an exception.
      c.problems.push({ path: '$', code: 'invalid', params: { detail: describe(error) }, message: msg('en', 'invalid', { detail: describe(error) }) });
    }
  }
  if (c.problems.length > 0 || !value) return { ok: false, errors: c.problems };
  return { ok: true, value };
}

function indicator(c: Checker, input: unknown): ValidIndicator | undefined {
  const doc = c.object(input, '$');
  if (!doc) return undefined;
  c.keys(doc, '$', INDICATOR_KEYS);
  const out: Json = {};

  if (doc['schema'] === undefined) c.add('$.schema', 'required');
  else if (doc['schema'] !== 1) c.add('$.schema', 'schemaVersion');
  else out['schema'] = 1;

  setIf(out, 'id', c.string(doc['id'], '$.id', false));
  setIf(out, 'title', c.text(doc['title'], '$.title', true));
  setIf(out, 'subtitle', c.text(doc['subtitle'], '$.subtitle', false));
  setIf(out, 'description', c.text(doc['description'], '$.description', false));
  setIf(out, 'lang', language(c, doc['lang'], '$.lang'));
  setIf(out, 'updated', c.date(doc['updated'], '$.updated'));

  const decimals = doc['decimals'];
  if (decimals !== undefined) {
    if (typeof decimals === 'number' && Number.isInteger(decimals) && decimals >= 0 && decimals <= 4) out['decimals'] = decimals;
    else c.add('$.decimals', 'decimalsRange');
  }

  const unitValue = unit(c, doc['unit']);
  if (unitValue) out['unit'] = unitValue;
  const shownDecimals = (out['decimals'] as number | undefined) ?? (unitValue ? DEFAULT_DECIMALS[unitValue.type] : 1);

  const seriesList = c.array(doc['series'], '$.series', true, true);
  if (seriesList) {
    out['series'] = seriesList.map((s, i) => series(c, s, `$.series[${i}]`, unitValue, shownDecimals));
  }

  if (doc['reference'] !== undefined) {
    const ref = c.object(doc['reference'], '$.reference');
    if (ref) {
      c.keys(ref, '$.reference', REFERENCE_KEYS);
      const r: Json = {};
      setIf(r, 'label', c.text(ref['label'], '$.reference.label', true));
      setIf(r, 'value', c.number(ref['value'], '$.reference.value', true));
      c.extensions(ref, r);
      out['reference'] = r;
    }
  }

  const annotations = c.array(doc['annotations'], '$.annotations', false, false);
  if (annotations) {
    out['annotations'] = annotations.map((a, i) => {
      const path = `$.annotations[${i}]`;
      const obj = c.object(a, path);
      if (!obj) return undefined;
      c.keys(obj, path, ANNOTATION_KEYS);
      const r: Json = {};
      const period = c.period(obj['period'], `${path}.period`);
      setIf(r, 'period', period?.text);
      if (period) rememberPeriod(r, period);
      setIf(r, 'label', c.text(obj['label'], `${path}.label`, true));
      c.extensions(obj, r);
      return r;
    });
  }

  const sources = c.array(doc['sources'], '$.sources', true, true);
  if (sources) out['sources'] = sources.map((s, i) => source(c, s, `$.sources[${i}]`));

  const notes = c.array(doc['notes'], '$.notes', false, false);
  if (notes) out['notes'] = notes.map((n, i) => c.text(n, `$.notes[${i}]`, true));

  c.extensions(doc, out);
  return out as unknown as ValidIndicator;
}

function language(c: Checker, value: unknown, path: string): string | undefined {
  const s = c.string(value, path, false);
  if (s !== undefined && !LANG_TAG.test(s)) {
    c.add(path, 'language');
    return undefined;
  }
  return s;
}

function unit(c: Checker, value: unknown): Unit | undefined {
  if (value === undefined) {
    c.add('$.unit', 'required');
    return undefined;
  }
  const obj = c.object(value, '$.unit');
  if (!obj) return undefined;
  const type = c.oneOf(obj['type'], '$.unit.type', UNIT_TYPES, true);
  if (!type) {
    c.keys(obj, '$.unit', ['type', 'per', 'of', 'outOf', 'among']);
    return undefined;
  }
  c.keys(obj, '$.unit', UNIT_KEYS[type]);
  const out: Json = { type };
  let ok = true;
  if (type === 'rate') {
    const per = c.oneOf(obj['per'], '$.unit.per', RATE_PER, true);
    if (per === undefined) ok = false;
    out['per'] = per;
  }
  if (type === 'rate' || type === 'count') setIf(out, 'of', c.text(obj['of'], '$.unit.of', false));
  if (type === 'rank') {
    const outOf = obj['outOf'];
    if (outOf !== undefined) {
      if (typeof outOf === 'number' && Number.isInteger(outOf) && outOf >= 1) out['outOf'] = outOf;
      else {
        c.add('$.unit.outOf', 'rankMin');
        ok = false;
      }
    }
    setIf(out, 'among', c.text(obj['among'], '$.unit.among', false));
  }
  c.extensions(obj, out);
  return ok ? (out as unknown as Unit) : undefined;
}

function series(c: Checker, value: unknown, path: string, u: Unit | undefined, decimals: number): ValidSeries | undefined {
  const obj = c.object(value, path);
  if (!obj) return undefined;
  c.keys(obj, path, SERIES_KEYS);
  const out: Json = {};
  setIf(out, 'id', c.nonEmptyString(obj['id'], `${path}.id`, false));
  setIf(out, 'label', c.text(obj['label'], `${path}.label`, false));
  if (obj['geo'] !== undefined) setIf(out, 'geo', geo(c, obj['geo'], `${path}.geo`));

  const list = c.array(obj['observations'], `${path}.observations`, true, true);
  if (list) {
    const seen = new Map<number, number>();
    const rows: { obs: ValidObservation; period: Period }[] = [];
    list.forEach((o, i) => {
      const opath = `${path}.observations[${i}]`;
      const row = observation(c, o, opath, u, decimals);
      if (!row) return;
      const key = periodKey(row.period);
      const first = seen.get(key);
      if (first !== undefined) c.add(`${opath}.period`, 'duplicatePeriod', { period: row.period.text, first });
      else seen.set(key, i);
      rows.push(row);
    });
    // Sorted for display; Array.prototype.sort is stable, so equal periods keep their order.
    rows.sort((a, b) => comparePeriods(a.period, b.period));
    out['observations'] = rows.map((r) => r.obs);
  }
  c.extensions(obj, out);
  return out as unknown as ValidSeries;
}

function geo(c: Checker, value: unknown, path: string): Json | undefined {
  const obj = c.object(value, path);
  if (!obj) return undefined;
  c.keys(obj, path, GEO_KEYS);
  const out: Json = {};
  const level = c.oneOf(obj['level'], `${path}.level`, GEO_LEVELS, true);
  setIf(out, 'level', level);
  const code = c.nonEmptyString(obj['code'], `${path}.code`, false);
  if (code !== undefined && level === 'state' && !STATE_CODE.test(code)) c.add(`${path}.code`, 'stateCode');
  else setIf(out, 'code', code);
  setIf(out, 'name', c.text(obj['name'], `${path}.name`, true));
  c.extensions(obj, out);
  return out;
}

function observation(
  c: Checker,
  value: unknown,
  path: string,
  u: Unit | undefined,
  decimals: number,
): { obs: ValidObservation; period: Period } | undefined {
  const obj = c.object(value, path);
  if (!obj) return undefined;
  c.keys(obj, path, OBSERVATION_KEYS);
  const out: Mutable<ValidObservation> & Json = { period: '', value: null };
  const period = c.period(obj['period'], `${path}.period`);

  const raw = obj['value'];
  let v: number | null | undefined;
  if (raw === null) v = null;
  else if (raw !== undefined) v = c.number(raw, `${path}.value`, true);

  const count = obj['count'];
  let n: number | undefined;
  if (count !== undefined) {
    if (typeof count !== 'number') c.typeError(`${path}.count`, 'expected.number');
    else if (!Number.isInteger(count)) c.add(`${path}.count`, 'integer');
    else if (count < 0) c.add(`${path}.count`, 'nonNegative');
    else n = count;
  }
  const pop = c.number(obj['population'], `${path}.population`, false);
  if (pop !== undefined && pop <= 0) c.add(`${path}.population`, 'positive');
  const population = pop !== undefined && pop > 0 ? pop : undefined;
  const lower = c.number(obj['lower'], `${path}.lower`, false);
  const upper = c.number(obj['upper'], `${path}.upper`, false);
  setIf(out, 'status', c.oneOf(obj['status'], `${path}.status`, STATUSES, false));
  setIf(out, 'qualifier', c.oneOf(obj['qualifier'], `${path}.qualifier`, QUALIFIERS, false));
  if (obj['tied'] !== undefined) {
    if (typeof obj['tied'] === 'boolean') out.tied = obj['tied'];
    else c.typeError(`${path}.tied`, 'expected.boolean');
  }
  setIf(out, 'note', c.text(obj['note'], `${path}.note`, false));
  if (obj['coverage'] !== undefined) {
    const coverage = c.period(obj['coverage'], `${path}.coverage`);
    // A partial figure: its span lies inside the period and is shorter than it.
    if (coverage && period) {
      if (coverage.startMonth < period.startMonth || coverage.endMonth > period.endMonth) c.add(`${path}.coverage`, 'coverageOutside', { period: period.text });
      else if (coverage.endMonth - coverage.startMonth >= period.endMonth - period.startMonth) c.add(`${path}.coverage`, 'coverageWhole', { period: period.text });
      else out.coverage = coverage.text;
    }
  }

  const hasInputs = count !== undefined && obj['population'] !== undefined;
  if (raw === undefined && !(u?.type === 'rate' && hasInputs) && u !== undefined) c.add(`${path}.value`, 'rateMissing');

  if (u?.type === 'rate' && n !== undefined && population !== undefined) {
    const computed = computeRate(n, population, u.per);
    // "All numbers finite" holds for computed rates too: 1e15 over a subnormal population overflows.
    if (!Number.isFinite(computed)) c.add(`${path}.value`, 'finite');
    else if (v === undefined || v === null) v = computed;
    else if (!ratesAgree(v, computed, decimals)) {
      c.add(`${path}.value`, 'rateMismatch', { value: v, per: u.per, computed: computed.toFixed(decimals + 2), decimals });
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
    c.add(path, 'bounds', { lower: lower ?? '–', value: mid ?? '–', upper: upper ?? '–' });
  }

  if (!period) return undefined;
  out.period = period.text;
  rememberPeriod(out, period);
  out.value = v ?? null;
  setIf(out, 'count', n);
  setIf(out, 'population', population);
  setIf(out, 'lower', lower);
  setIf(out, 'upper', upper);
  c.extensions(obj, out);
  return { obs: out, period };
}

function unitRules(c: Checker, v: number, path: string, u: Unit | undefined): void {
  if (!u) return;
  if (u.type === 'percent' && (v < 0 || v > 100)) c.add(path, 'percentRange');
  else if (u.type === 'count' && !Number.isInteger(v)) c.add(path, 'integer');
  else if (u.type === 'count' && v < 0) c.add(path, 'nonNegative');
  else if (u.type === 'rank') {
    if (!Number.isInteger(v) || v < 1) c.add(path, 'rankMin');
    else if (u.outOf !== undefined && v > u.outOf) c.add(path, 'rankRange', { outOf: u.outOf });
  }
}

function source(c: Checker, value: unknown, path: string): Json | undefined {
  const obj = c.object(value, path);
  if (!obj) return undefined;
  c.keys(obj, path, SOURCE_KEYS);
  const out: Json = {};
  setIf(out, 'name', c.nonEmptyString(obj['name'], `${path}.name`, true));
  const url = c.string(obj['url'], `${path}.url`, false);
  if (url !== undefined && !HTTP_URL.test(url)) c.add(`${path}.url`, 'url');
  else setIf(out, 'url', url);
  setIf(out, 'publisher', c.string(obj['publisher'], `${path}.publisher`, false));
  setIf(out, 'published', c.date(obj['published'], `${path}.published`));
  setIf(out, 'accessed', c.date(obj['accessed'], `${path}.accessed`));
  c.extensions(obj, out);
  return out;
}

/** True for an http: or https: URL with a host and no spaces or control characters. */
export function isHttpUrl(value: unknown): value is string {
  return typeof value === 'string' && HTTP_URL.test(value);
}

function isCalendarDate(s: string): boolean {
  const m = DATE.exec(s);
  if (!m) return false;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  const days = [31, (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return d <= (days[mo - 1] ?? 0);
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

/** A validator problem in the reader's language: "$.unit.per: must be one of 1000, …". */
export function localizeProblem(problem: Problem, lang: 'es' | 'en'): string {
  const code = isMessageKey(problem.code) ? problem.code : 'invalid';
  const params = problem.params ?? {};
  const expected = params['expected'];
  const text = code === 'type' && typeof expected === 'string' && isMessageKey(expected)
    ? msg(lang, 'type', { expected: msg(lang, expected) })
    : msg(lang, code, params);
  return `${problem.path}: ${text}`;
}
