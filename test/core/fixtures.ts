/**
 * Indicator documents, one or more per rule of DESIGN §2, shared by the validator's
 * tests and the schema-agreement test.
 *
 * Each fixture says whether `validateIndicator` must accept it and, when it must not,
 * the complete list of problems (path and code) it must report. `semantic: true` marks
 * rules a JSON Schema cannot express (duplicate periods, a range that ends before it
 * starts, rate/count/population agreement, rank ≤ outOf, lower ≤ value ≤ upper, real
 * calendar dates): the JSON Schema accepts those documents and only the validator
 * rejects them.
 */

/** A document under construction: deliberately loose, since fixtures break the types. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Doc = Record<string, any>;

export interface ProblemAt {
  readonly path: string;
  readonly code: string;
}

export interface Fixture {
  /** The rule of DESIGN §2 the fixture exercises (tests are grouped by it). */
  readonly rule: string;
  /** What is special about the document. */
  readonly name: string;
  readonly doc: unknown;
  /** Whether `validateIndicator` accepts the document. */
  readonly valid: boolean;
  /** True when a JSON Schema cannot express the rule: the schema accepts, the validator rejects. */
  readonly semantic?: boolean;
  /** For an invalid document: every problem the validator reports (order does not matter). */
  readonly problems?: readonly ProblemAt[];
}

export const SERIES0 = '$.series[0]';
export const OBS0 = '$.series[0].observations[0]';
export const OBS1 = '$.series[0].observations[1]';
export const GEO0 = '$.series[0].geo';
export const SOURCE0 = '$.sources[0]';

/** count 1234 of population 1,425,607 per 100,000 = 86.5596198671864… */
export const RATE_COUNT = 1234;
export const RATE_POPULATION = 1425607;
export const RATE_EXACT = (RATE_COUNT / RATE_POPULATION) * 100000;

/** The example of DESIGN §2 (the figure quoted by the President in 2016). */
export function designExample(): Doc {
  return {
    schema: 1,
    lang: 'es',
    title: { es: 'Homicidios dolosos', en: 'Intentional homicides' },
    unit: { type: 'rate', per: 100000, of: { es: 'habitantes', en: 'inhabitants' } },
    series: [{
      geo: { level: 'country', code: 'MX', name: 'México' },
      observations: [
        { period: '2012', value: 23, qualifier: 'almost' },
        { period: '2015', value: 17, qualifier: 'about' },
      ],
    }],
    sources: [{ name: 'Presidencia de la República', published: '2016-11-28' }],
  };
}

/** A valid rate document that uses every optional field at least once. */
export function fullDoc(): Doc {
  return {
    schema: 1,
    id: 'homicidios-ags',
    title: { es: 'Homicidios dolosos', en: 'Intentional homicides' },
    subtitle: 'Aguascalientes y nacional',
    description: { es: 'Bajaron entre 2012 y 2016.', en: 'They fell between 2012 and 2016.' },
    unit: { type: 'rate', per: 100000, of: { es: 'habitantes', en: 'inhabitants' } },
    decimals: 1,
    lang: 'es-MX',
    series: [
      {
        id: 'ags',
        label: 'Aguascalientes',
        geo: { level: 'state', code: '01', name: 'Aguascalientes' },
        observations: [
          { period: '2013', value: 4.1, status: 'final', lower: 3.9, upper: 4.3 },
          { period: '2012', value: null, count: RATE_COUNT, population: RATE_POPULATION },
          { period: '2014', count: 50, population: 1250000, status: 'preliminary', note: 'cifra preliminar' },
        ],
      },
      {
        id: 'mx',
        geo: { level: 'country', code: 'MX', name: { es: 'México', en: 'Mexico' } },
        observations: [
          { period: '2012', value: 23, qualifier: 'almost' },
          { period: '2016', value: 17, qualifier: 'about', status: 'estimated' },
        ],
      },
    ],
    reference: { label: { es: 'promedio nacional', en: 'national average' }, value: 17 },
    annotations: [{ period: '2012', label: { es: 'nueva administración', en: 'new administration' } }],
    sources: [
      {
        name: 'INEGI',
        url: 'https://www.inegi.org.mx/programas/mortalidad/',
        publisher: 'Instituto Nacional de Estadística y Geografía',
        published: '2024-02-29',
        accessed: '2025-01-15',
      },
      { name: 'CONAPO', url: 'http://www.conapo.gob.mx/' },
    ],
    notes: ['Tasa por cada 100 mil habitantes.', { es: 'Nota', en: 'Note' }],
    updated: '2025-01-15',
  };
}

/** The smallest valid rate document. */
export function rateDoc(): Doc {
  return {
    schema: 1,
    title: 'Homicidios dolosos',
    unit: { type: 'rate', per: 100000 },
    series: [{ observations: [{ period: '2012', value: 22 }, { period: '2015', value: 17 }] }],
    sources: [{ name: 'INEGI' }],
  };
}

/** A valid document with `unit` and one series made of `observations`. */
export function withObservations(unit: Doc, observations: readonly Doc[], extra: Doc = {}): Doc {
  return { ...rateDoc(), unit, series: [{ observations: [...observations] }], ...extra };
}

/** `rateDoc()` changed by `change`. */
export function edit(change: (doc: Doc) => void, start: () => Doc = rateDoc): Doc {
  const doc = start();
  change(doc);
  return doc;
}

/** A rate document whose one observation is `observation`. */
export function rateObservation(observation: Doc, extra: Doc = {}): Doc {
  return withObservations({ type: 'rate', per: 100000 }, [observation], extra);
}

const RATE = { type: 'rate', per: 100000 };
const COUNT = { type: 'count' };
const PERCENT = { type: 'percent' };
const RANK32 = { type: 'rank', outOf: 32 };

const fixtures: Fixture[] = [];

function ok(rule: string, name: string, doc: unknown): void {
  fixtures.push({ rule, name, doc, valid: true });
}
function bad(rule: string, name: string, doc: unknown, ...problems: [path: string, code: string][]): void {
  fixtures.push({ rule, name, doc, valid: false, problems: problems.map(([path, code]) => ({ path, code })) });
}
function semantic(rule: string, name: string, doc: unknown, ...problems: [path: string, code: string][]): void {
  fixtures.push({ rule, name, doc, valid: false, semantic: true, problems: problems.map(([path, code]) => ({ path, code })) });
}

// ---------------------------------------------------------------- whole documents
{
  const rule = 'complete documents';
  ok(rule, 'the example of DESIGN §2', designExample());
  ok(rule, 'a document using every optional field', fullDoc());
  ok(rule, 'the smallest rate document', rateDoc());
}

// ---------------------------------------------------------------- required fields
{
  const rule = 'required fields';
  for (const key of ['schema', 'title', 'unit', 'series', 'sources']) {
    bad(rule, `a document without "${key}"`, edit((d) => { delete d[key]; }), [`$.${key}`, 'required']);
  }
  bad(rule, 'an observation without "period"', rateObservation({ value: 1 }), [`${OBS0}.period`, 'required']);
  bad(rule, 'a series without "observations"', edit((d) => { d.series = [{ id: 'mx' }]; }), [`${SERIES0}.observations`, 'required']);
  bad(rule, 'a source without "name"', edit((d) => { d.sources = [{ url: 'https://inegi.org.mx' }]; }), [`${SOURCE0}.name`, 'required']);
  bad(rule, 'a geo without "name"', edit((d) => { d.series[0].geo = { level: 'country', code: 'MX' }; }), [`${GEO0}.name`, 'required']);
  bad(rule, 'a geo without "level"', edit((d) => { d.series[0].geo = { name: 'México' }; }), [`${GEO0}.level`, 'required']);
  bad(rule, 'a reference without "value"', edit((d) => { d.reference = { label: 'nacional' }; }), ['$.reference.value', 'required']);
  bad(rule, 'an annotation without "label"', edit((d) => { d.annotations = [{ period: '2012' }]; }), ['$.annotations[0].label', 'required']);
  bad(rule, 'an empty "series" list', edit((d) => { d.series = []; }), ['$.series', 'minItems']);
  bad(rule, 'an empty "sources" list', edit((d) => { d.sources = []; }), ['$.sources', 'minItems']);
  bad(rule, 'an empty "observations" list', edit((d) => { d.series[0].observations = []; }), [`${SERIES0}.observations`, 'minItems']);
  bad(rule, '"series" that is an object, not a list', edit((d) => { d.series = d.series[0]; }), ['$.series', 'type']);
}

// ---------------------------------------------------------------- schema version
{
  const rule = 'schema version';
  ok(rule, 'schema 1', edit((d) => { d.schema = 1; }));
  bad(rule, 'schema 2', edit((d) => { d.schema = 2; }), ['$.schema', 'schemaVersion']);
  bad(rule, 'schema "1" (a string)', edit((d) => { d.schema = '1'; }), ['$.schema', 'schemaVersion']);
  bad(rule, 'schema 0', edit((d) => { d.schema = 0; }), ['$.schema', 'schemaVersion']);
}

// ---------------------------------------------------------------- unknown keys
{
  const rule = 'unknown keys';
  bad(rule, 'an unknown top-level key', edit((d) => { d.color = 'red'; }), ['$.color', 'unknownKey']);
  bad(rule, 'an unknown key that is not an identifier', edit((d) => { d['my key'] = 1; }), ['$["my key"]', 'unknownKey']);
  bad(rule, 'an unknown key in the unit', edit((d) => { d.unit.scale = 'log'; }), ['$.unit.scale', 'unknownKey']);
  bad(rule, 'a rank field (outOf) in a rate unit', edit((d) => { d.unit.outOf = 32; }), ['$.unit.outOf', 'unknownKey']);
  bad(rule, 'a rate field (per) in a percent unit', withObservations({ type: 'percent', per: 100 }, [{ period: '2012', value: 5 }]), ['$.unit.per', 'unknownKey']);
  bad(rule, 'a rate field (per) in a count unit', withObservations({ type: 'count', per: 100 }, [{ period: '2012', value: 5 }]), ['$.unit.per', 'unknownKey']);
  bad(rule, 'an unknown key in a series', edit((d) => { d.series[0].color = 'red'; }), [`${SERIES0}.color`, 'unknownKey']);
  bad(rule, 'an unknown key in a geo', edit((d) => { d.series[0].geo = { level: 'country', name: 'México', iso: 'MEX' }; }), [`${GEO0}.iso`, 'unknownKey']);
  bad(rule, 'an unknown key in an observation', edit((d) => { d.series[0].observations[0].comment = 'x'; }), [`${OBS0}.comment`, 'unknownKey']);
  bad(rule, 'an unknown key in a source', edit((d) => { d.sources[0].license = 'CC-BY'; }), [`${SOURCE0}.license`, 'unknownKey']);
  bad(rule, 'an unknown key in the reference', edit((d) => { d.reference = { label: 'nacional', value: 17, color: 'red' }; }), ['$.reference.color', 'unknownKey']);
  bad(rule, 'an unknown key in an annotation', edit((d) => { d.annotations = [{ period: '2012', label: 'x', color: 'red' }]; }), ['$.annotations[0].color', 'unknownKey']);
  bad(rule, 'an upper-case "X-" key (extensions are lower-case "x-")', edit((d) => { d['X-origin'] = 'import'; }), ['$["X-origin"]', 'unknownKey']);
  ok(rule, '"x-" keys at every object level', edit((d) => {
    d['x-origin'] = { tool: 'import', rows: [1, 2] };
    d.unit['x-note'] = 'per capita';
    d.series[0]['x-color'] = '#333';
    d.series[0].geo = { level: 'country', name: 'México', 'x-iso3': 'MEX' };
    d.series[0].observations[0]['x-row'] = 17;
    d.sources[0]['x-license'] = 'CC-BY-4.0';
    d.reference = { label: 'nacional', value: 17, 'x-style': 'dashed' };
    d.annotations = [{ period: '2012', label: 'x', 'x-icon': null }];
  }));
  for (const key of ['__proto__', 'constructor', 'prototype']) {
    bad(rule, `an own "${key}" key at the top level (from JSON.parse)`,
      JSON.parse(`{"schema":1,"title":"t","unit":{"type":"count"},"series":[{"observations":[{"period":"2012","value":1}]}],"sources":[{"name":"s"}],"${key}":{"polluted":true}}`),
      [`$.${key}`, 'unknownKey']);
    bad(rule, `an own "${key}" key in an observation (from JSON.parse)`,
      JSON.parse(`{"schema":1,"title":"t","unit":{"type":"count"},"series":[{"observations":[{"period":"2012","value":1,"${key}":{"polluted":true}}]}],"sources":[{"name":"s"}]}`),
      [`${OBS0}.${key}`, 'unknownKey']);
  }
}

// ---------------------------------------------------------------- Text
{
  const rule = 'Text';
  ok(rule, 'a title in two languages', edit((d) => { d.title = { es: 'Homicidios', en: 'Homicides' }; }));
  ok(rule, 'a title with regional language keys', edit((d) => { d.title = { 'es-MX': 'Homicidios', 'en-US': 'Homicides' }; }));
  bad(rule, 'an empty title object', edit((d) => { d.title = {}; }), ['$.title', 'type']);
  bad(rule, 'a title with a language key "e n"', edit((d) => { d.title = { 'e n': 'x' }; }), ['$.title["e n"]', 'language']);
  bad(rule, 'a title with a language key "english"', edit((d) => { d.title = { english: 'x' }; }), ['$.title.english', 'language']);
  bad(rule, 'a title with a language key "x-private"', edit((d) => { d.title = { es: 'x', 'x-private': 'y' }; }), ['$.title["x-private"]', 'language']);
  bad(rule, 'a title that is a number', edit((d) => { d.title = 42; }), ['$.title', 'type']);
  bad(rule, 'a title that is a list', edit((d) => { d.title = ['Homicidios']; }), ['$.title', 'type']);
  bad(rule, 'a title whose language value is not a string', edit((d) => { d.title = { es: 1 }; }), ['$.title.es', 'type']);
  bad(rule, 'an empty object as unit.of', edit((d) => { d.unit.of = {}; }), ['$.unit.of', 'type']);
  bad(rule, 'a series label that is a number', edit((d) => { d.series[0].label = 5; }), [`${SERIES0}.label`, 'type']);
  bad(rule, 'an observation note with a bad language key', edit((d) => { d.series[0].observations[0].note = { '1x': 'n' }; }), [`${OBS0}.note["1x"]`, 'language']);
}

// ---------------------------------------------------------------- plain text
{
  const rule = 'plain text';
  ok(rule, 'a title that looks like markup', edit((d) => { d.title = '<img src=x onerror=alert(1)>'; }));
  ok(rule, 'a title with a line feed, a carriage return and a tab', edit((d) => { d.title = 'Línea 1\r\nLínea 2\tfin'; }));
  ok(rule, 'a title with quotes, ampersands and emoji', edit((d) => { d.title = '"Robo" & extorsión 🚨 </script>'; }));
  bad(rule, 'a title with a bell (\\u0007)', edit((d) => { d.title = 'Robo\u0007'; }), ['$.title', 'plainText']);
  bad(rule, 'a title with a NUL (\\u0000)', edit((d) => { d.title = 'a\u0000b'; }), ['$.title', 'plainText']);
  bad(rule, 'a title with a DEL (\\u007F)', edit((d) => { d.title = 'a\u007Fb'; }), ['$.title', 'plainText']);
  bad(rule, 'a Spanish title with an escape (\\u001B)', edit((d) => { d.title = { es: '\u001B[31mrojo', en: 'red' }; }), ['$.title.es', 'plainText']);
  bad(rule, 'a subtitle with a control character', edit((d) => { d.subtitle = 'x\u0001'; }), ['$.subtitle', 'plainText']);
  bad(rule, 'a description with a control character', edit((d) => { d.description = { en: 'x\u000B' }; }), ['$.description.en', 'plainText']);
  bad(rule, 'a note with a control character', edit((d) => { d.notes = ['ok', 'x\u000C']; }), ['$.notes[1]', 'plainText']);
  bad(rule, 'a publisher with a control character', edit((d) => { d.sources[0].publisher = 'INEGI\u0007'; }), [`${SOURCE0}.publisher`, 'plainText']);
  bad(rule, 'a geo name with a control character', edit((d) => { d.series[0].geo = { level: 'country', name: 'Mé\u0008xico' }; }), [`${GEO0}.name`, 'plainText']);
  bad(rule, 'a document id with a control character', edit((d) => { d.id = 'homicidios\u0007'; }), ['$.id', 'plainText']);
  bad(rule, 'an empty series id', edit((d) => { d.series[0].id = ''; }), [`${SERIES0}.id`, 'empty']);
  bad(rule, 'a blank series id', edit((d) => { d.series[0].id = ' \t '; }), [`${SERIES0}.id`, 'empty']);
  ok(rule, 'a series id', edit((d) => { d.series[0].id = 'ags'; }));
}

// ---------------------------------------------------------------- units
{
  const rule = 'unit';
  for (const per of [1000, 10000, 100000, 1000000]) {
    ok(rule, `a rate per ${per}`, edit((d) => { d.unit = { type: 'rate', per }; }));
  }
  bad(rule, 'a rate without "per"', edit((d) => { d.unit = { type: 'rate' }; }), ['$.unit.per', 'required']);
  bad(rule, 'a rate per 500', edit((d) => { d.unit = { type: 'rate', per: 500 }; }), ['$.unit.per', 'enum']);
  bad(rule, 'a rate per "100000" (a string)', edit((d) => { d.unit = { type: 'rate', per: '100000' }; }), ['$.unit.per', 'enum']);
  bad(rule, 'a unit of type "ratio"', edit((d) => { d.unit = { type: 'ratio' }; }), ['$.unit.type', 'enum']);
  bad(rule, 'a unit without "type"', edit((d) => { d.unit = { per: 100000 }; }), ['$.unit.type', 'required']);
  bad(rule, 'a unit that is a string', edit((d) => { d.unit = 'rate'; }), ['$.unit', 'type']);
  ok(rule, 'a count unit with "of"', withObservations({ type: 'count', of: { es: 'víctimas', en: 'victims' } }, [{ period: '2012', value: 3 }]));
  ok(rule, 'a percent unit', withObservations(PERCENT, [{ period: '2012', value: 40 }]));
  ok(rule, 'a rank unit with "outOf" and "among"', withObservations({ type: 'rank', outOf: 32, among: 'entidades' }, [{ period: '2012', value: 1 }]));
  ok(rule, 'a rank unit without "outOf"', withObservations({ type: 'rank' }, [{ period: '2012', value: 1000 }]));
  bad(rule, 'a rank unit with outOf 0', withObservations({ type: 'rank', outOf: 0 }, [{ period: '2012', value: 1 }]), ['$.unit.outOf', 'rankMin']);
  bad(rule, 'a rank unit with outOf 2.5', withObservations({ type: 'rank', outOf: 2.5 }, [{ period: '2012', value: 1 }]), ['$.unit.outOf', 'rankMin']);
}

// ---------------------------------------------------------------- decimals, lang
{
  const rule = 'decimals';
  ok(rule, 'decimals 0', edit((d) => { d.decimals = 0; }));
  ok(rule, 'decimals 4', edit((d) => { d.decimals = 4; }));
  bad(rule, 'decimals 5', edit((d) => { d.decimals = 5; }), ['$.decimals', 'decimalsRange']);
  bad(rule, 'decimals -1', edit((d) => { d.decimals = -1; }), ['$.decimals', 'decimalsRange']);
  bad(rule, 'decimals 1.5', edit((d) => { d.decimals = 1.5; }), ['$.decimals', 'decimalsRange']);
  bad(rule, 'decimals "2" (a string)', edit((d) => { d.decimals = '2'; }), ['$.decimals', 'decimalsRange']);
}
{
  const rule = 'lang';
  ok(rule, 'lang "es"', edit((d) => { d.lang = 'es'; }));
  ok(rule, 'lang "es-MX"', edit((d) => { d.lang = 'es-MX'; }));
  ok(rule, 'lang "zh-Hant-TW"', edit((d) => { d.lang = 'zh-Hant-TW'; }));
  bad(rule, 'lang "español"', edit((d) => { d.lang = 'español'; }), ['$.lang', 'language']);
  bad(rule, 'lang "e"', edit((d) => { d.lang = 'e'; }), ['$.lang', 'language']);
  bad(rule, 'lang "es_MX"', edit((d) => { d.lang = 'es_MX'; }), ['$.lang', 'language']);
  bad(rule, 'lang ""', edit((d) => { d.lang = ''; }), ['$.lang', 'language']);
  bad(rule, 'lang 1 (a number)', edit((d) => { d.lang = 1; }), ['$.lang', 'type']);
}

// ---------------------------------------------------------------- periods
{
  const rule = 'period grammar';
  for (const period of ['2012', '2012-03', '2012-12', '2012-Q3', '2015/2016', '2025-03/2025-07', '2024-Q4/2025-Q2', '2012/2012']) {
    ok(rule, `period "${period}"`, rateObservation({ period, value: 1 }));
  }
  const malformed: [string, string][] = [
    ['2012-13', 'month 13'], ['2012-00', 'month 00'], ['2012-Q5', 'quarter 5'], ['2012-Q0', 'quarter 0'],
    ['2012-3', 'a one-digit month'], ['12', 'a two-digit year'], ['2015/2016/2017', 'three parts'],
    [' 2012', 'a leading space'], ['2012/', 'a range without an end'], ['', 'an empty string'], ['2012-q3', 'a lower-case q'],
  ];
  for (const [period, why] of malformed) {
    bad(rule, `period "${period}" (${why})`, rateObservation({ period, value: 1 }), [`${OBS0}.period`, 'period']);
  }
  bad(rule, 'a range of mixed kinds "2015/2016-03"', rateObservation({ period: '2015/2016-03', value: 1 }), [`${OBS0}.period`, 'periodMixed']);
  bad(rule, 'a range of mixed kinds "2012-Q1/2012-03"', rateObservation({ period: '2012-Q1/2012-03', value: 1 }), [`${OBS0}.period`, 'periodMixed']);
  bad(rule, 'a period that is a number', rateObservation({ period: 2012, value: 1 }), [`${OBS0}.period`, 'type']);
  semantic(rule, 'a range ending before it starts "2016/2015"', rateObservation({ period: '2016/2015', value: 1 }), [`${OBS0}.period`, 'periodOrder']);
  semantic(rule, 'a range ending before it starts "2025-07/2025-03"', rateObservation({ period: '2025-07/2025-03', value: 1 }), [`${OBS0}.period`, 'periodOrder']);
  semantic(rule, 'a quarter range ending before it starts "2025-Q2/2024-Q4"', rateObservation({ period: '2025-Q2/2024-Q4', value: 1 }), [`${OBS0}.period`, 'periodOrder']);
  ok(rule, 'an annotation on a range', edit((d) => { d.annotations = [{ period: '2015/2016', label: 'x' }]; }));
  bad(rule, 'an annotation on month 13', edit((d) => { d.annotations = [{ period: '2012-13', label: 'x' }]; }), ['$.annotations[0].period', 'period']);
  semantic(rule, 'an annotation on a range ending before it starts', edit((d) => { d.annotations = [{ period: '2016/2015', label: 'x' }]; }), ['$.annotations[0].period', 'periodOrder']);
}
{
  const rule = 'duplicate periods';
  semantic(rule, 'the same year twice in a series', rateObservation({ period: '2012', value: 1 }, {
    series: [{ observations: [{ period: '2012', value: 1 }, { period: '2012', value: 2 }] }],
  }), [`${OBS1}.period`, 'duplicatePeriod']);
  semantic(rule, '"2012" and "2012/2012" in a series (the same period)', edit((d) => {
    d.series[0].observations = [{ period: '2012', value: 1 }, { period: '2012/2012', value: 2 }];
  }), [`${OBS1}.period`, 'duplicatePeriod']);
  semantic(rule, 'the same month twice, apart, in an unsorted series', edit((d) => {
    d.series[0].observations = [{ period: '2012-03', value: 1 }, { period: '2012-01', value: 2 }, { period: '2012-03', value: 3 }];
  }), ['$.series[0].observations[2].period', 'duplicatePeriod']);
  ok(rule, 'the same period in two different series', edit((d) => {
    d.series = [{ observations: [{ period: '2012', value: 1 }] }, { observations: [{ period: '2012', value: 2 }] }];
  }));
  ok(rule, 'a year and a month of that year in one series', edit((d) => {
    d.series[0].observations = [{ period: '2012', value: 1 }, { period: '2012-01', value: 2 }];
  }));
}

// ---------------------------------------------------------------- rates
{
  const rule = 'rate inputs';
  ok(rule, 'count and population with value null (computed)', rateObservation({ period: '2012', value: null, count: RATE_COUNT, population: RATE_POPULATION }));
  ok(rule, 'count and population without value (computed)', rateObservation({ period: '2012', count: RATE_COUNT, population: RATE_POPULATION }));
  ok(rule, 'value null without count or population (a gap)', rateObservation({ period: '2012', value: null }));
  ok(rule, 'count 0', rateObservation({ period: '2012', count: 0, population: 1000 }));
  ok(rule, 'a fractional population', rateObservation({ period: '2012', count: 3, population: 1234.5 }));
  bad(rule, 'population 0', rateObservation({ period: '2012', count: 5, population: 0 }), [`${OBS0}.population`, 'positive']);
  bad(rule, 'a negative population', rateObservation({ period: '2012', count: 5, population: -100 }), [`${OBS0}.population`, 'positive']);
  bad(rule, 'population "100" (a string)', rateObservation({ period: '2012', count: 5, population: '100' }), [`${OBS0}.population`, 'type']);
  bad(rule, 'count 1.5', rateObservation({ period: '2012', count: 1.5, population: 100 }), [`${OBS0}.count`, 'integer']);
  bad(rule, 'count -1', rateObservation({ period: '2012', count: -1, population: 100 }), [`${OBS0}.count`, 'nonNegative']);
  bad(rule, 'count "3" (a string)', rateObservation({ period: '2012', count: '3', population: 100 }), [`${OBS0}.count`, 'type']);
  bad(rule, 'no value, count or population', rateObservation({ period: '2012' }), [`${OBS0}.value`, 'rateMissing']);
  bad(rule, 'no value and a count without population', rateObservation({ period: '2012', count: 5 }), [`${OBS0}.value`, 'rateMissing']);
  bad(rule, 'no value and a population without count', rateObservation({ period: '2012', population: 5000 }), [`${OBS0}.value`, 'rateMissing']);
  bad(rule, 'a count unit with count and population but no value', withObservations(COUNT, [{ period: '2012', count: 5, population: 100 }]), [`${OBS0}.value`, 'rateMissing']);
  bad(rule, 'a percent unit without value', withObservations(PERCENT, [{ period: '2012' }]), [`${OBS0}.value`, 'rateMissing']);
  bad(rule, 'a rank unit without value', withObservations(RANK32, [{ period: '2012' }]), [`${OBS0}.value`, 'rateMissing']);
}
{
  // 1234 ÷ 1,425,607 × 100,000 = 86.55961986718…; at 1 decimal the tolerance is ±0.05,
  // so the interval within half a unit is [86.5096…, 86.6096…]; at 0 decimals it is
  // [86.0596…, 87.0596…]. A stated rate must also *display* as the computed one does
  // (86.6 at 1 decimal, 87 at 0): 86.51 is within half a unit but shows as 86.5.
  const rule = 'rate agreement';
  const at = (value: number, decimals?: number): Doc =>
    rateObservation({ period: '2012', value, count: RATE_COUNT, population: RATE_POPULATION }, decimals === undefined ? {} : { decimals });
  ok(rule, 'value 86.6 for 86.5596… (1 decimal by default)', at(86.6));
  ok(rule, 'value 86.55, inside the interval and shown as 86.6', at(86.55));
  semantic(rule, 'value 86.51, within half a unit but shown as 86.5 (the inputs show 86.6)', at(86.51), [`${OBS0}.value`, 'rateMismatch']);
  ok(rule, 'value 86.609, just inside the upper bound (86.6096…)', at(86.609));
  semantic(rule, 'value 86.5 for 86.5596… (off by 0.0596)', at(86.5), [`${OBS0}.value`, 'rateMismatch']);
  semantic(rule, 'value 86.509, just outside the lower bound', at(86.509), [`${OBS0}.value`, 'rateMismatch']);
  semantic(rule, 'value 86.61, just outside the upper bound', at(86.61), [`${OBS0}.value`, 'rateMismatch']);
  semantic(rule, 'value 86.7 for 86.5596…', at(86.7), [`${OBS0}.value`, 'rateMismatch']);
  ok(rule, 'with decimals 0, value 87 for 86.5596…', at(87, 0));
  semantic(rule, 'with decimals 0, value 86.06 (within half a unit, but shown as 86 where the inputs show 87)', at(86.06, 0), [`${OBS0}.value`, 'rateMismatch']);
  ok(rule, 'with decimals 0, value 86.5 (shown as 87, like the inputs)', at(86.5, 0));
  // The figure quoted in 2016: 25,967 of 117,053,750 is 22.18 per 100,000, shown as 22 at 0 decimals;
  // a stated 22.6 (within half a unit) shows as 23, so the document is refused.
  semantic(rule, 'with decimals 0, a stated 22.6 for 25,967 ÷ 117,053,750 × 100,000 = 22.18 (23 shown, 22 computed)',
    rateObservation({ period: '2015', value: 22.6, count: 25967, population: 117053750 }, { decimals: 0 }), [`${OBS0}.value`, 'rateMismatch']);
  ok(rule, 'with decimals 0, a stated 22.4 for 22.18 (both shown as 22)',
    rateObservation({ period: '2015', value: 22.4, count: 25967, population: 117053750 }, { decimals: 0 }));
  ok(rule, 'with decimals 0, value 87.05 (just inside 87.0596…)', at(87.05, 0));
  semantic(rule, 'with decimals 0, value 86 (off by 0.5596)', at(86, 0), [`${OBS0}.value`, 'rateMismatch']);
  semantic(rule, 'with decimals 0, value 86.05 (just outside 86.0596…)', at(86.05, 0), [`${OBS0}.value`, 'rateMismatch']);
  semantic(rule, 'with decimals 0, value 87.06 (just outside 87.0596…)', at(87.06, 0), [`${OBS0}.value`, 'rateMismatch']);
  ok(rule, 'with decimals 2, value 86.56', at(86.56, 2));
  semantic(rule, 'with decimals 2, value 86.6 (tolerance 0.005)', at(86.6, 2), [`${OBS0}.value`, 'rateMismatch']);
  // 1 ÷ 1000 × 100,000 = 100 exactly: the tolerance itself (0.05) is inside.
  // Exactly half a unit away: 100.05 shows as 100.1 and 99.95 as 100.0 (half away from zero), the inputs as 100.0.
  semantic(rule, 'value exactly half a unit above (100.05 for 100), shown as 100.1', rateObservation({ period: '2012', value: 100.05, count: 1, population: 1000 }), [`${OBS0}.value`, 'rateMismatch']);
  ok(rule, 'value exactly half a unit below (99.95 for 100), shown as 100.0', rateObservation({ period: '2012', value: 99.95, count: 1, population: 1000 }));
  semantic(rule, 'value 100.06 for 100', rateObservation({ period: '2012', value: 100.06, count: 1, population: 1000 }), [`${OBS0}.value`, 'rateMismatch']);
  ok(rule, 'a rate per 1000 that agrees (5 of 2000 = 2.5)', withObservations({ type: 'rate', per: 1000 }, [{ period: '2012', value: 2.5, count: 5, population: 2000 }]));
  semantic(rule, 'a rate per 1000 given as if per 100000 (250 for 2.5)', withObservations({ type: 'rate', per: 1000 }, [{ period: '2012', value: 250, count: 5, population: 2000 }]), [`${OBS0}.value`, 'rateMismatch']);
}

{
  // DESIGN §2: coverage is the part of the period a figure really covers (a partial year).
  const rule = 'coverage';
  ok(rule, 'a partial year: 2016 covering 2016-01/2016-03', rateObservation({ period: '2016', value: 4, coverage: '2016-01/2016-03' }));
  ok(rule, 'a quarter covering one month', rateObservation({ period: '2016-Q1', value: 4, coverage: '2016-02' }));
  ok(rule, 'a range of years covering part of its last year', rateObservation({ period: '2015/2016', value: 4, coverage: '2015-01/2016-06' }));
  bad(rule, 'coverage that is not a period', rateObservation({ period: '2016', value: 4, coverage: '2016-13' }), [`${OBS0}.coverage`, 'period']);
  bad(rule, 'coverage that is a number', rateObservation({ period: '2016', value: 4, coverage: 2016 }), [`${OBS0}.coverage`, 'type']);
  semantic(rule, 'coverage outside the period', rateObservation({ period: '2016', value: 4, coverage: '2015-10/2016-03' }), [`${OBS0}.coverage`, 'coverageOutside']);
  semantic(rule, 'coverage in another year', rateObservation({ period: '2016', value: 4, coverage: '2017-01' }), [`${OBS0}.coverage`, 'coverageOutside']);
  semantic(rule, 'coverage as long as the period', rateObservation({ period: '2016', value: 4, coverage: '2016-01/2016-12' }), [`${OBS0}.coverage`, 'coverageWhole']);
  semantic(rule, 'coverage equal to the period', rateObservation({ period: '2016-03', value: 4, coverage: '2016-03' }), [`${OBS0}.coverage`, 'coverageWhole']);
}

// ---------------------------------------------------------------- unit value rules
{
  const rule = 'percent';
  ok(rule, 'percent 0', withObservations(PERCENT, [{ period: '2012', value: 0 }]));
  ok(rule, 'percent 100', withObservations(PERCENT, [{ period: '2012', value: 100 }]));
  ok(rule, 'percent 71.9 with lower 0 and upper 100', withObservations(PERCENT, [{ period: '2012', value: 71.9, lower: 0, upper: 100 }]));
  bad(rule, 'percent 100.5', withObservations(PERCENT, [{ period: '2012', value: 100.5 }]), [`${OBS0}.value`, 'percentRange']);
  bad(rule, 'percent -0.1', withObservations(PERCENT, [{ period: '2012', value: -0.1 }]), [`${OBS0}.value`, 'percentRange']);
  bad(rule, 'percent with lower -1', withObservations(PERCENT, [{ period: '2012', value: 50, lower: -1 }]), [`${OBS0}.lower`, 'percentRange']);
  bad(rule, 'percent with upper 101', withObservations(PERCENT, [{ period: '2012', value: 50, upper: 101 }]), [`${OBS0}.upper`, 'percentRange']);
}
{
  const rule = 'count';
  ok(rule, 'count value 0', withObservations(COUNT, [{ period: '2012', value: 0 }]));
  ok(rule, 'count value 11500', withObservations(COUNT, [{ period: '2012', value: 11500 }]));
  ok(rule, 'count value null', withObservations(COUNT, [{ period: '2012', value: null }]));
  bad(rule, 'count value 1.5', withObservations(COUNT, [{ period: '2012', value: 1.5 }]), [`${OBS0}.value`, 'integer']);
  bad(rule, 'count value -1', withObservations(COUNT, [{ period: '2012', value: -1 }]), [`${OBS0}.value`, 'nonNegative']);
}
{
  const rule = 'rank';
  ok(rule, 'rank 1 of 32', withObservations(RANK32, [{ period: '2012', value: 1 }]));
  ok(rule, 'rank 32 of 32', withObservations(RANK32, [{ period: '2012', value: 32, tied: true }]));
  bad(rule, 'rank 0', withObservations(RANK32, [{ period: '2012', value: 0 }]), [`${OBS0}.value`, 'rankMin']);
  bad(rule, 'rank -1', withObservations(RANK32, [{ period: '2012', value: -1 }]), [`${OBS0}.value`, 'rankMin']);
  bad(rule, 'rank 1.5', withObservations(RANK32, [{ period: '2012', value: 1.5 }]), [`${OBS0}.value`, 'rankMin']);
  semantic(rule, 'rank 33 of 32', withObservations(RANK32, [{ period: '2012', value: 33 }]), [`${OBS0}.value`, 'rankRange']);
  bad(rule, 'tied "yes" (not a boolean)', withObservations(RANK32, [{ period: '2012', value: 1, tied: 'yes' }]), [`${OBS0}.tied`, 'type']);
}
{
  const rule = 'interval bounds';
  ok(rule, 'lower < value < upper', rateObservation({ period: '2012', value: 10, lower: 9, upper: 11 }));
  ok(rule, 'lower = value = upper', rateObservation({ period: '2012', value: 10, lower: 10, upper: 10 }));
  ok(rule, 'lower and upper around a null value', rateObservation({ period: '2012', value: null, lower: 9, upper: 11 }));
  semantic(rule, 'lower above value', rateObservation({ period: '2012', value: 10, lower: 11, upper: 12 }), [OBS0, 'bounds']);
  semantic(rule, 'upper below value', rateObservation({ period: '2012', value: 10, lower: 9, upper: 8 }), [OBS0, 'bounds']);
  semantic(rule, 'upper below value, no lower', rateObservation({ period: '2012', value: 10, upper: 9.9 }), [OBS0, 'bounds']);
  semantic(rule, 'lower above upper around a null value', rateObservation({ period: '2012', value: null, lower: 12, upper: 11 }), [OBS0, 'bounds']);
  semantic(rule, 'a computed rate outside its interval', rateObservation({ period: '2012', count: RATE_COUNT, population: RATE_POPULATION, lower: 90, upper: 95 }), [OBS0, 'bounds']);
}
{
  const rule = 'finite numbers';
  bad(rule, 'value NaN', rateObservation({ period: '2012', value: NaN }), [`${OBS0}.value`, 'finite']);
  bad(rule, 'value Infinity', rateObservation({ period: '2012', value: Infinity }), [`${OBS0}.value`, 'finite']);
  bad(rule, 'lower -Infinity', rateObservation({ period: '2012', value: 1, lower: -Infinity }), [`${OBS0}.lower`, 'finite']);
  bad(rule, 'upper Infinity', rateObservation({ period: '2012', value: 1, upper: Infinity }), [`${OBS0}.upper`, 'finite']);
  bad(rule, 'population Infinity', rateObservation({ period: '2012', count: 1, population: Infinity }), [`${OBS0}.population`, 'finite']);
  bad(rule, 'reference value NaN', edit((d) => { d.reference = { label: 'nacional', value: NaN }; }), ['$.reference.value', 'finite']);
  bad(rule, 'value "17" (a string)', rateObservation({ period: '2012', value: '17' }), [`${OBS0}.value`, 'type']);
  ok(rule, 'a negative rate value', rateObservation({ period: '2012', value: -1.5 }));
  ok(rule, 'a reference value', edit((d) => { d.reference = { label: 'nacional', value: 17.04 }; }));
}

// ---------------------------------------------------------------- sources
{
  const rule = 'source url';
  for (const url of ['https://www.inegi.org.mx/', 'http://example.com', 'HTTPS://EXAMPLE.COM/A?b=1#c', 'https://example.com:8443/datos/homicidios.json?año=2012', 'https://[::1]/x']) {
    ok(rule, `url "${url}"`, edit((d) => { d.sources[0].url = url; }));
  }
  const rejected: [string, string][] = [
    ['javascript:alert(1)', 'javascript:'], ['JAVASCRIPT:alert(1)', 'upper-case JAVASCRIPT:'],
    ['java\tscript:alert(1)', 'a tab inside javascript:'], ['data:text/html,<script>alert(1)</script>', 'data:'],
    ['vbscript:msgbox(1)', 'vbscript:'], ['https://', 'https:// with no host'], ['https://ex ample.com', 'a space in the host'],
    ['ftp://example.com/', 'ftp:'], ['//example.com/', 'protocol-relative'], ['https:/example.com', 'one slash'],
    [' https://example.com', 'a leading space'], ['https://example.com\n', 'a trailing line feed'], ['', 'an empty string'],
    ['https:///path', 'an empty host before a path'],
  ];
  for (const [url, why] of rejected) {
    bad(rule, `url ${JSON.stringify(url)} (${why})`, edit((d) => { d.sources[0].url = url; }), [`${SOURCE0}.url`, 'url']);
  }
  bad(rule, 'a url with a control character', edit((d) => { d.sources[0].url = 'https://example.com/\u0007'; }), [`${SOURCE0}.url`, 'plainText']);
}
{
  const rule = 'dates';
  ok(rule, 'updated 2024-02-29 (a leap day)', edit((d) => { d.updated = '2024-02-29'; }));
  ok(rule, 'updated 2000-02-29 (a leap century)', edit((d) => { d.updated = '2000-02-29'; }));
  ok(rule, 'updated 2023-12-31', edit((d) => { d.updated = '2023-12-31'; }));
  ok(rule, 'a source published and accessed', edit((d) => { d.sources[0].published = '2016-11-28'; d.sources[0].accessed = '2025-01-31'; }));
  semantic(rule, 'updated 2023-02-29 (not a leap year)', edit((d) => { d.updated = '2023-02-29'; }), ['$.updated', 'date']);
  semantic(rule, 'updated 2023-02-30', edit((d) => { d.updated = '2023-02-30'; }), ['$.updated', 'date']);
  semantic(rule, 'updated 2023-04-31', edit((d) => { d.updated = '2023-04-31'; }), ['$.updated', 'date']);
  semantic(rule, 'updated 1900-02-29 (a century that is not a leap year)', edit((d) => { d.updated = '1900-02-29'; }), ['$.updated', 'date']);
  semantic(rule, 'a source accessed on 2023-02-29', edit((d) => { d.sources[0].accessed = '2023-02-29'; }), [`${SOURCE0}.accessed`, 'date']);
  bad(rule, 'updated 2023-13-01', edit((d) => { d.updated = '2023-13-01'; }), ['$.updated', 'date']);
  bad(rule, 'updated 2023-01-32', edit((d) => { d.updated = '2023-01-32'; }), ['$.updated', 'date']);
  bad(rule, 'updated 2023-1-05', edit((d) => { d.updated = '2023-1-05'; }), ['$.updated', 'date']);
  bad(rule, 'updated 2023/01/05', edit((d) => { d.updated = '2023/01/05'; }), ['$.updated', 'date']);
  bad(rule, 'updated 2023-01-05T00:00:00Z (a timestamp)', edit((d) => { d.updated = '2023-01-05T00:00:00Z'; }), ['$.updated', 'date']);
  bad(rule, 'a source published 28/11/2016', edit((d) => { d.sources[0].published = '28/11/2016'; }), [`${SOURCE0}.published`, 'date']);
  bad(rule, 'updated 20230105 (a number)', edit((d) => { d.updated = 20230105; }), ['$.updated', 'type']);
}
{
  const rule = 'geo';
  const geo = (g: Doc): Doc => edit((d) => { d.series[0].geo = g; });
  ok(rule, 'state "01"', geo({ level: 'state', code: '01', name: 'Aguascalientes' }));
  ok(rule, 'state "32"', geo({ level: 'state', code: '32', name: 'Zacatecas' }));
  ok(rule, 'state "19"', geo({ level: 'state', code: '19', name: 'Nuevo León' }));
  ok(rule, 'a state without a code', geo({ level: 'state', name: 'Zacatecas' }));
  ok(rule, 'country "MX"', geo({ level: 'country', code: 'MX', name: 'México' }));
  ok(rule, 'municipality "01001"', geo({ level: 'municipality', code: '01001', name: 'Aguascalientes' }));
  ok(rule, 'a region', geo({ level: 'region', code: 'noreste', name: { es: 'Noreste', en: 'Northeast' } }));
  for (const code of ['33', '00', '1', '001', 'AGS']) {
    bad(rule, `state "${code}"`, geo({ level: 'state', code, name: 'x' }), [`${GEO0}.code`, 'stateCode']);
  }
  bad(rule, 'state code 1 (a number)', geo({ level: 'state', code: 1, name: 'x' }), [`${GEO0}.code`, 'type']);
  bad(rule, 'an empty code', geo({ level: 'country', code: '', name: 'x' }), [`${GEO0}.code`, 'empty']);
  bad(rule, 'level "city"', geo({ level: 'city', name: 'x' }), [`${GEO0}.level`, 'enum']);
}
{
  const rule = 'source name';
  ok(rule, 'a source name', edit((d) => { d.sources[0].name = 'SESNSP'; }));
  bad(rule, 'an empty source name', edit((d) => { d.sources[0].name = ''; }), [`${SOURCE0}.name`, 'empty']);
  bad(rule, 'a blank source name', edit((d) => { d.sources[0].name = '   '; }), [`${SOURCE0}.name`, 'empty']);
  bad(rule, 'a source name that is a number', edit((d) => { d.sources[0].name = 42; }), [`${SOURCE0}.name`, 'type']);
  bad(rule, 'a source name in two languages (sources are plain strings)', edit((d) => { d.sources[0].name = { es: 'INEGI' }; }), [`${SOURCE0}.name`, 'type']);
}
{
  const rule = 'enumerations';
  ok(rule, 'every status and qualifier', edit((d) => {
    d.series[0].observations = [
      { period: '2012', value: 1, status: 'final', qualifier: 'about' },
      { period: '2013', value: 1, status: 'preliminary', qualifier: 'almost' },
      { period: '2014', value: 1, status: 'estimated', qualifier: 'over' },
      { period: '2015', value: 1, qualifier: 'under' },
    ];
  }));
  bad(rule, 'status "draft"', rateObservation({ period: '2012', value: 1, status: 'draft' }), [`${OBS0}.status`, 'enum']);
  bad(rule, 'qualifier "approx"', rateObservation({ period: '2012', value: 1, qualifier: 'approx' }), [`${OBS0}.qualifier`, 'enum']);
}

/** Every fixture, in the order above. */
export const FIXTURES: readonly Fixture[] = fixtures;

/** Deeply freezes a value (for checking that validation never writes to its input). */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Reflect.ownKeys(value)) deepFreeze((value as Record<PropertyKey, unknown>)[key]);
  }
  return value;
}
