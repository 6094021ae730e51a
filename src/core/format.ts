/**
 * Locale resolution and number formatting with cached `Intl` formatters.
 *
 * Plain `es` means Mexican conventions (`es-MX`: 17.0 and 1,234); other regional tags
 * follow `Intl`; a malformed or unsupported tag falls back to `en` without throwing.
 */

/** The two languages the message catalogue speaks. */
export type Lang = 'es' | 'en';

export interface LocaleInfo {
  /** The tag handed to `Intl` (e.g. `es-MX`, `en`, `es-ES`). */
  readonly locale: string;
  /** The catalogue language for words. */
  readonly lang: Lang;
}

const EN: LocaleInfo = { locale: 'en', lang: 'en' };
const localeCache = new Map<string, LocaleInfo>();

/** Resolves a BCP 47 tag (or nothing) to an `Intl` locale and a catalogue language. */
export function resolveLocale(tag: string | null | undefined): LocaleInfo {
  const key = (tag ?? '').trim();
  let info = localeCache.get(key);
  if (!info) {
    info = computeLocale(key);
    localeCache.set(key, info);
  }
  return info;
}

function computeLocale(tag: string): LocaleInfo {
  if (tag === '') return EN;
  let canonical: string;
  try {
    canonical = Intl.getCanonicalLocales(tag)[0] ?? '';
  } catch {
    return EN;
  }
  const primary = canonical.split('-')[0]?.toLowerCase();
  // No support check: Intl falls back to the language by itself ("es-ZZ" formats as "es"), and
  // supportedLocalesOf cost 36–101 ms on its first call in Chromium, paid by a page's first chart.
  if (primary === 'es') return { locale: canonical.toLowerCase() === 'es' ? 'es-MX' : canonical, lang: 'es' };
  if (primary === 'en') return { locale: canonical, lang: 'en' };
  return EN;
}

const numberFormats = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: string, min: number, max: number, style = 'decimal'): Intl.NumberFormat {
  const key = `${locale}|${min}|${max}|${style}`;
  let f = numberFormats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale, {
      style: style as 'decimal' | 'percent',
      minimumFractionDigits: min,
      maximumFractionDigits: max,
    });
    numberFormats.set(key, f);
  }
  return f;
}

/** True for a number that can be shown: finite, not NaN. */
export function isShowable(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/**
 * Rounds exactly as the formatter displays, by asking `Intl` itself (it rounds the
 * shortest decimal form half away from zero: 1.005 → 1.01), so comparisons made on
 * rounded values (ties in a ranking, agreement of rates) agree with what readers see.
 */
export function roundTo(value: number, decimals: number): number {
  if (!Number.isFinite(value)) return value;
  const d = clampDecimals(decimals);
  let f = roundingFormats.get(d);
  if (!f) {
    f = new Intl.NumberFormat('en-US', { maximumFractionDigits: d, useGrouping: false });
    roundingFormats.set(d, f);
  }
  const rounded = Number(f.format(value));
  return rounded === 0 ? 0 : rounded;
}

const roundingFormats = new Map<number, Intl.NumberFormat>();

/**
 * Formats a number with exactly `decimals` fraction digits ("17.0", "1,234").
 * Returns `null` for null, NaN or ±Infinity so callers say "no data" in words;
 * a value that rounds to zero never shows as "-0".
 */
export function formatNumber(value: number | null | undefined, locale: string, decimals: number): string | null {
  if (!isShowable(value)) return null;
  const d = clampDecimals(decimals);
  return numberFormat(locale, d, d).format(roundTo(value, d));
}

/** Formats a share given on a 0–100 scale ("71.9%"). */
export function formatPercent(value: number | null | undefined, locale: string, decimals: number): string | null {
  if (!isShowable(value)) return null;
  const d = clampDecimals(decimals);
  return numberFormat(locale, d, d, 'percent').format(roundTo(value, d) / 100);
}

/**
 * Formats a signed percent change as the contract writes it: "−26 %", "+4 %", "0 %".
 * Whole percents, with more decimals only where rounding would tell a falsehood
 * (DESIGN §2a): a change that is not zero never shows as "0 %", and one that is not
 * exactly ±100 % never as "−100 %" or "+100 %" (−99.96 % is "−99.96 %").
 */
export function formatChange(percent: number | null | undefined, locale: string): string | null {
  if (!isShowable(percent)) return null;
  const landmark = (r: number): boolean => (r === 0 && percent !== 0) || (Math.abs(r) === 100 && Math.abs(percent) !== 100);
  let d = 0;
  while (d < MAX_CHANGE_DECIMALS && landmark(roundTo(percent, d))) d++;
  let r = roundTo(percent, d);
  let bound = '';
  if (landmark(r)) {
    // Closer to the landmark than four decimals can say (floating-point noise, or a change of
    // 1 in a million): a bound that is true, "+<0.0001 %", "+>100 %", "−99.9999 %" (never "−100 %").
    const unit = 10 ** -MAX_CHANGE_DECIMALS;
    if (r === 0) {
      r = Math.sign(percent) * unit;
      bound = '<';
    } else if (Math.abs(percent) > 100) {
      bound = '>';
      d = 0;
    }
    else r = Math.sign(percent) * (100 - unit);
  }
  const digits = numberFormat(locale, d, d).format(Math.abs(r));
  const sign = r < 0 ? '\u2212' : r > 0 ? '+' : '';
  return `${sign}${bound}${digits} %`;
}

/** The most decimals a percent change is given to escape a false "0 %" or "±100 %". */
const MAX_CHANGE_DECIMALS = 4;

const pluralRules = new Map<string, Intl.PluralRules>();

/** Cached `Intl.PluralRules` for a locale, cardinal or ordinal. */
export function plural(locale: string, type: Intl.PluralRuleType = 'cardinal'): Intl.PluralRules {
  const key = `${locale}|${type}`;
  let rules = pluralRules.get(key);
  if (!rules) {
    rules = new Intl.PluralRules(locale, { type });
    pluralRules.set(key, rules);
  }
  return rules;
}

const EN_ORDINAL_SUFFIX: Readonly<Record<string, string>> = { one: 'st', two: 'nd', few: 'rd', other: 'th' };

/**
 * Formats an ordinal: English by `Intl.PluralRules` (1st 2nd 3rd 11th 21st 111th);
 * Spanish with the masculine ordinal indicator after a period, as the RAE writes
 * it for "lugar": 1.º 2.º 3.º.
 */
export function formatOrdinal(n: number, info: LocaleInfo): string {
  const digits = numberFormat(info.locale, 0, 0).format(n);
  if (info.lang === 'es') return `${digits}.\u00BA`;
  return digits + (EN_ORDINAL_SUFFIX[plural(info.locale, 'ordinal').select(n)] ?? 'th');
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** A calendar date ("2016-11-28") in words: "28 de noviembre de 2016", "November 28, 2016". */
export function formatDate(iso: string, locale: string): string {
  const key = `${locale}|date`;
  let f = dateFormats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
    dateFormats.set(key, f);
  }
  return f.format(Date.parse(iso));
}

/** Month name in a locale, short ("mar", "Mar") or long ("marzo", "March"). `month` is 1–12. */
export function monthName(month: number, locale: string, width: 'short' | 'long'): string {
  const key = `${locale}|${width}`;
  let f = dateFormats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { month: width, timeZone: 'UTC' });
    dateFormats.set(key, f);
  }
  return f.format(Date.UTC(2000, month - 1, 15)).replace(/\.$/, '');
}

function clampDecimals(decimals: number): number {
  return Number.isInteger(decimals) ? Math.min(20, Math.max(0, decimals)) : 1;
}

const scientificFormats = new Map<string, Intl.NumberFormat>();

/**
 * An axis label for any magnitude: plain digits for everyday numbers, scientific
 * notation ("1.5E300", "2.2E-308") beyond 10^15 or below 10^-4, where digits would fill
 * the chart or round every label to the same "0.0000".
 */
export function formatTick(value: number, locale: string, decimals: number, percent = false): string {
  const a = Math.abs(value);
  if (value !== 0 && (a >= 1e15 || a < 1e-4)) {
    let f = scientificFormats.get(locale);
    if (!f) {
      f = new Intl.NumberFormat(locale, { notation: 'scientific', maximumSignificantDigits: 3 });
      scientificFormats.set(locale, f);
    }
    return f.format(percent ? value / 100 : value);
  }
  return (percent ? formatPercent(value, locale, decimals) : formatNumber(value, locale, decimals)) ?? '';
}
