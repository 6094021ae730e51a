/**
 * The message catalogues: every string the elements show, in Spanish and English.
 *
 * They are split by who shows them, so that each CDN bundle carries only its own strings
 * (a catalogue is one object: a bundle that looks up one key of it carries all of it):
 *
 * | catalogue                    | holds                                                           | shown by      |
 * | ---------------------------- | --------------------------------------------------------------- | ------------- |
 * | `core/messages.ts` (this)    | loading, errors and `E_*` codes, the validator's problems, and  | all elements  |
 * |                              | the words shared sentences use (units, qualifiers, sources)     |               |
 * | `core/messages/trend.ts`     | `<crime-rate-trend>`: its controls, summary and change sentences | the chart     |
 * | `core/messages/rate.ts`      | `<rate-per-100k>`: its context, comparisons and formula          | the rate      |
 * | `core/messages/rank.ts`      | `<ranking-badge>`: ranks, scopes, order and strip                 | the badge     |
 *
 * Adding a string: put the key in the `en` and `es` objects of the catalogue of the one
 * element that shows it (in this file when two or more elements, the base class, the
 * loader or the validator show it), then import `msg` from that catalogue's module. Each
 * feature module exports its own `msg`, typed for its keys and this file's, so a key
 * looked up where its catalogue is not imported is a type error, not a missing string.
 * A key lives in one catalogue only (`test/core/messages.test.ts` checks that, and that
 * `es` and `en` have the same keys and placeholders).
 *
 * Templates use `{name}` placeholders. A key with plural forms is looked up as
 * `key.one` / `key.other` by `Intl.PluralRules`, chosen from the `count` parameter.
 */
import { plural, type Lang } from './format.js';

export type Params = { readonly [name: string]: string | number };

/** One catalogue's strings in one language, with the keys of its English object. */
export type Strings<K extends string> = { readonly [key in K]: string };

const en = {
  loading: 'Loading data…',
  errorTitle: 'This statistic cannot be shown',
  noData: 'no data',
  more: '…and {count} more',
  // Error codes (DESIGN §3).
  E_PARSE: 'The data is not valid JSON.',
  parseAt: 'The data is not valid JSON: the error is at line {line}, column {column}.',
  loaded: 'Data loaded: {title}.',
  E_SCHEMA: 'The data does not follow the indicator schema:',
  E_FETCH: 'The data could not be downloaded ({detail}).',
  E_TIMEOUT: 'The data server did not answer within {seconds} seconds.',
  E_URL: 'The data address is not an http or https URL: “{url}”. Nothing was requested.',
  E_RENDER: 'The data is valid but cannot be drawn: {detail}.',
  httpStatus: 'HTTP status {status}',
  network: 'network error, or the server does not allow this site (CORS)',
  tooLarge: 'the file is larger than {size} MB',
  // Validator problems (one per rule of DESIGN §2).
  invalid: 'cannot be read: {detail}',
  required: 'is required',
  unknownKey: 'is not a field of the schema (own fields must start with “x-”)',
  type: 'must be {expected}',
  'expected.object': 'an object',
  'expected.array': 'a list',
  'expected.string': 'a string',
  'expected.number': 'a number',
  'expected.numberOrNull': 'a number or null',
  'expected.boolean': 'true or false',
  'expected.text': 'text: a string, or an object of languages such as {"es": "…", "en": "…"}',
  enum: 'must be one of {allowed}',
  schemaVersion: 'must be 1 (the schema version)',
  minItems: 'must have at least one item',
  integer: 'must be a whole number',
  nonNegative: 'must be zero or more',
  positive: 'must be greater than zero',
  finite: 'must be a finite number',
  decimalsRange: 'must be a whole number from 0 to 4',
  percentRange: 'must be between 0 and 100 (a percent)',
  rankRange: 'must be a whole number from 1 to {outOf}',
  rankMin: 'must be a whole number of 1 or more',
  bounds: 'lower ≤ value ≤ upper does not hold ({lower} ≤ {value} ≤ {upper})',
  period: 'is not a period (use “2012”, “2012-03”, “2012-Q3” or a range “2015/2016”)',
  periodMixed: 'a range must join periods of one kind (“2015/2016”, “2025-03/2025-07”)',
  periodOrder: 'the range ends before it starts',
  duplicatePeriod: 'repeats period {period}, already at observations[{first}]',
  coverageOutside: 'must lie inside the period {period}',
  coverageWhole: 'must be shorter than the period {period} (leave it out for a complete period)',
  rateMismatch: 'is {value}, but count ÷ population × {per} = {computed}, which shows differently at {decimals} decimals',
  rateMissing: 'is required unless the unit is a rate and count and population are given',
  url: 'must be an http or https URL',
  date: 'must be a date written YYYY-MM-DD',
  language: 'is not a language tag such as “es” or “en”',
  plainText: 'must be plain text (no control characters or bidirectional overrides)',
  stateCode: 'must be an INEGI state code from “01” to “32”',
  empty: 'must not be empty',
  tooMany: 'more than {count} problems: the rest were not checked',
  noSeries: 'no series has the id or code “{key}” (the document has: {keys})',
  // Words of the error box and of sentences more than one element says.
  'problems.one': '{count} problem',
  'problems.other': '{count} problems',
  inhabitants: 'inhabitants',
  perPhrase: 'per {per} {of}',
  perPhraseBare: 'per {per}',
  approxChange: 'about {change}',
  'qualifier.about': 'about {value}',
  'qualifier.almost': 'almost {value}',
  'qualifier.over': 'over {value}',
  'qualifier.under': 'under {value}',
  source: 'Source',
  sources: 'Sources',
  preliminary: 'preliminary',
  estimated: 'estimated',
  reference: 'Reference',
};

type Catalogue = Strings<keyof typeof en>;

const es: Catalogue = {
  loading: 'Cargando datos…',
  errorTitle: 'No se puede mostrar esta estadística',
  noData: 'sin datos',
  more: '…y {count} más',
  E_PARSE: 'Los datos no son JSON válido.',
  parseAt: 'Los datos no son JSON válido: el error está en la línea {line}, columna {column}.',
  loaded: 'Datos cargados: {title}.',
  E_SCHEMA: 'Los datos no siguen el esquema de indicadores:',
  E_FETCH: 'No se pudieron descargar los datos ({detail}).',
  E_TIMEOUT: 'El servidor de datos no respondió en {seconds} segundos.',
  E_URL: 'La dirección de los datos no es una URL http o https: «{url}». No se hizo ninguna solicitud.',
  E_RENDER: 'Los datos son válidos, pero no se pueden dibujar: {detail}.',
  httpStatus: 'estado HTTP {status}',
  network: 'error de red, o el servidor no permite este sitio (CORS)',
  tooLarge: 'el archivo pesa más de {size} MB',
  invalid: 'no se puede leer: {detail}',
  required: 'es obligatorio',
  unknownKey: 'no es un campo del esquema (los campos propios deben empezar con «x-»)',
  type: 'debe ser {expected}',
  'expected.object': 'un objeto',
  'expected.array': 'una lista',
  'expected.string': 'una cadena de texto',
  'expected.number': 'un número',
  'expected.numberOrNull': 'un número o null',
  'expected.boolean': 'true o false',
  'expected.text': 'texto: una cadena, o un objeto por idioma como {"es": "…", "en": "…"}',
  enum: 'debe ser uno de {allowed}',
  schemaVersion: 'debe ser 1 (la versión del esquema)',
  minItems: 'debe tener al menos un elemento',
  integer: 'debe ser un número entero',
  nonNegative: 'debe ser cero o más',
  positive: 'debe ser mayor que cero',
  finite: 'debe ser un número finito',
  decimalsRange: 'debe ser un entero de 0 a 4',
  percentRange: 'debe estar entre 0 y 100 (un porcentaje)',
  rankRange: 'debe ser un entero de 1 a {outOf}',
  rankMin: 'debe ser un entero de 1 o más',
  bounds: 'no se cumple lower ≤ value ≤ upper ({lower} ≤ {value} ≤ {upper})',
  period: 'no es un periodo (use «2012», «2012-03», «2012-Q3» o un rango «2015/2016»)',
  periodMixed: 'un rango debe unir periodos del mismo tipo («2015/2016», «2025-03/2025-07»)',
  periodOrder: 'el rango termina antes de empezar',
  duplicatePeriod: 'repite el periodo {period}, ya presente en observations[{first}]',
  coverageOutside: 'debe quedar dentro del periodo {period}',
  coverageWhole: 'debe ser más corto que el periodo {period} (omítalo si el periodo está completo)',
  rateMismatch: 'es {value}, pero count ÷ population × {per} = {computed}, que se muestra distinto con {decimals} decimales',
  rateMissing: 'es obligatorio salvo que la unidad sea una tasa y haya count y population',
  url: 'debe ser una URL http o https',
  date: 'debe ser una fecha escrita AAAA-MM-DD',
  language: 'no es una etiqueta de idioma como «es» o «en»',
  plainText: 'debe ser texto simple (sin caracteres de control ni de sobrescritura bidireccional)',
  stateCode: 'debe ser una clave de entidad del INEGI de «01» a «32»',
  empty: 'no debe estar vacío',
  tooMany: 'más de {count} problemas: el resto no se revisó',
  noSeries: 'ninguna serie tiene el id o clave «{key}» (el documento tiene: {keys})',
  'problems.one': '{count} problema',
  'problems.other': '{count} problemas',
  inhabitants: 'habitantes',
  perPhrase: 'por cada {per} {of}',
  perPhraseBare: 'por cada {per}',
  approxChange: 'alrededor de {change}',
  'qualifier.about': 'alrededor de {value}',
  'qualifier.almost': 'casi {value}',
  'qualifier.over': 'más de {value}',
  'qualifier.under': 'menos de {value}',
  source: 'Fuente',
  sources: 'Fuentes',
  preliminary: 'preliminar',
  estimated: 'estimado',
  reference: 'Referencia',
};

export type MessageKey = keyof typeof en;

const catalogues: Readonly<Record<Lang, Catalogue>> = { en, es };

const has = (object: object, key: string): boolean => Object.prototype.hasOwnProperty.call(object, key);

/** True when `key` names a message of this catalogue (used to localize validator problem codes). */
export function isMessageKey(key: string): key is MessageKey {
  return has(en, key);
}

/** Fills a template's `{name}` placeholders; unknown names are left as written. */
export function fill(template: string, params: Params = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (has(params, name) ? String(params[name]) : whole));
}

/** A message in a language, with its parameters filled in. */
export function msg(lang: Lang, key: MessageKey, params?: Params): string {
  return fill(catalogues[lang][key], params);
}

/**
 * The `msg` of a feature's catalogue: its own keys, then this file's. Pure, so a bundle
 * that never calls the result drops the catalogue with it.
 */
export function withCommon<K extends string>(own: Readonly<Record<Lang, Strings<K>>>): (lang: Lang, key: K | MessageKey, params?: Params) => string {
  return (lang, key, params) => (has(own.en, key) ? fill(own[lang][key as K], params) : msg(lang, key as MessageKey, params));
}

/** A message with plural forms (`key.one` / `key.other`), chosen by `Intl.PluralRules`. */
export function msgCount(lang: Lang, key: 'problems', count: number, params: Params = {}): string {
  const form = plural(lang).select(count) === 'one' ? 'one' : 'other';
  return msg(lang, `${key}.${form}`, { ...params, count });
}
