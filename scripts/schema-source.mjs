// Writes src/schema/indicator.schema.json. The schema is written here as code so that
// its shared pieces (plain text, periods, extensions) are defined once; the generated
// JSON is committed and shipped, and a test checks that it is up to date.
import { writeFileSync } from 'node:fs';

const PLAIN = '^[^\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F\\u202A-\\u202E\\u2066-\\u2069]*$';
const LANG_TAG = '^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$';
const Y = '\\d{4}', M = '\\d{4}-(?:0[1-9]|1[0-2])', Q = '\\d{4}-Q[1-4]';
const PERIOD = `^(?:${Y}(?:/${Y})?|${M}(?:/${M})?|${Q}(?:/${Q})?)$`;
const DATE = '^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])$';
const HTTP_URL = '^[hH][tT][tT][pP][sS]?://(?:[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?(?:\\.[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?)*\\.?|\\[[0-9A-Fa-f:.]+\\])(?::\\d{1,5})?(?:[/?#][^\\s\\u0000-\\u001F\\u007F]*)?$';

const ext = { '^x-': true };
const obj = (properties, required = []) => ({
  type: 'object', properties, ...(required.length ? { required } : {}), patternProperties: ext, additionalProperties: false,
});
const ref = (name) => ({ $ref: `#/$defs/${name}` });
const observationsWhere = (observation) => ({
  properties: { series: { items: { properties: { observations: { items: observation } } } } },
});

const schema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://unpkg.com/cifra/dist/indicator.schema.json',
  title: 'cifra indicator document, schema version 1',
  description: 'A statistic (rate, count, percent or rank) with its series, unit and sources. See DESIGN §2.',
  $comment: 'Rules a JSON Schema cannot state are enforced by validateIndicator only: no duplicate period within a series; a range ends at or after its start; a rate agrees with count ÷ population × per within half a unit of the displayed precision and displays the same at the document decimals; coverage lies inside its period and is shorter than it; rank ≤ unit.outOf; lower ≤ value ≤ upper; dates are real calendar dates.',
  ...obj({
    schema: { const: 1 },
    id: ref('plain'),
    title: ref('text'),
    subtitle: ref('text'),
    description: ref('text'),
    unit: ref('unit'),
    decimals: { type: 'integer', minimum: 0, maximum: 4 },
    lang: { type: 'string', pattern: LANG_TAG },
    series: { type: 'array', minItems: 1, items: ref('series') },
    reference: obj({ label: ref('text'), value: { type: 'number' } }, ['label', 'value']),
    annotations: { type: 'array', items: obj({ period: ref('period'), label: ref('text') }, ['period', 'label']) },
    sources: { type: 'array', minItems: 1, items: ref('source') },
    notes: { type: 'array', items: ref('text') },
    updated: ref('date'),
  }, ['schema', 'title', 'unit', 'series', 'sources']),
  allOf: [
    { if: { properties: { unit: { properties: { type: { const: 'rate' } }, required: ['type'] } }, required: ['unit'] },
      then: observationsWhere({ anyOf: [{ required: ['value'] }, { required: ['count', 'population'] }] }),
      else: observationsWhere({ required: ['value'] }) },
    { if: { properties: { unit: { properties: { type: { const: 'percent' } }, required: ['type'] } }, required: ['unit'] },
      then: observationsWhere({ properties: {
        value: { anyOf: [{ type: 'null' }, ref('share')] }, lower: ref('share'), upper: ref('share') } }) },
    { if: { properties: { unit: { properties: { type: { const: 'count' } }, required: ['type'] } }, required: ['unit'] },
      then: observationsWhere({ properties: { value: { anyOf: [{ type: 'null' }, { type: 'integer', minimum: 0 }] } } }) },
    { if: { properties: { unit: { properties: { type: { const: 'rank' } }, required: ['type'] } }, required: ['unit'] },
      then: observationsWhere({ properties: { value: { anyOf: [{ type: 'null' }, { type: 'integer', minimum: 1 }] } } }) },
  ],
  $defs: {
    plain: { type: 'string', pattern: PLAIN },
    nonEmpty: { type: 'string', pattern: PLAIN, allOf: [{ pattern: '\\S' }] },
    text: {
      description: 'A string, or one string per BCP 47 language: {"es": "…", "en": "…"}. Always shown as text, never as HTML.',
      anyOf: [
        ref('plain'),
        { type: 'object', minProperties: 1, propertyNames: { pattern: LANG_TAG }, additionalProperties: ref('plain') },
      ],
    },
    period: {
      description: '"2012", "2012-03", "2012-Q3", or an inclusive range of one kind: "2015/2016", "2025-03/2025-07".',
      type: 'string', pattern: PERIOD,
    },
    date: { type: 'string', pattern: DATE },
    share: { type: 'number', minimum: 0, maximum: 100 },
    unit: {
      oneOf: [
        obj({ type: { const: 'rate' }, per: { enum: [1000, 10000, 100000, 1000000] }, of: ref('text') }, ['type', 'per']),
        obj({ type: { const: 'count' }, of: ref('text') }, ['type']),
        obj({ type: { const: 'percent' } }, ['type']),
        obj({ type: { const: 'rank' }, outOf: { type: 'integer', minimum: 1 }, among: ref('text') }, ['type']),
      ],
    },
    geo: {
      ...obj({
        level: { enum: ['country', 'state', 'municipality', 'region'] },
        code: ref('nonEmpty'),
        name: ref('text'),
      }, ['level', 'name']),
      if: { properties: { level: { const: 'state' } }, required: ['level', 'code'] },
      then: { properties: { code: { pattern: '^(?:0[1-9]|[12]\\d|3[0-2])$' } } },
    },
    series: obj({
      id: ref('nonEmpty'),
      label: ref('text'),
      geo: ref('geo'),
      observations: { type: 'array', minItems: 1, items: ref('observation') },
    }, ['observations']),
    observation: obj({
      period: ref('period'),
      value: { type: ['number', 'null'] },
      count: { type: 'integer', minimum: 0 },
      population: { type: 'number', exclusiveMinimum: 0 },
      lower: { type: 'number' },
      upper: { type: 'number' },
      status: { enum: ['final', 'preliminary', 'estimated'] },
      qualifier: { enum: ['about', 'almost', 'over', 'under'] },
      tied: { type: 'boolean' },
      note: ref('text'),
      coverage: ref('period'),
    }, ['period']),
    source: obj({
      name: ref('nonEmpty'),
      url: { type: 'string', pattern: HTTP_URL },
      publisher: ref('plain'),
      published: ref('date'),
      accessed: ref('date'),
    }, ['name']),
  },
};

export default schema;

if (import.meta.url === `file://${process.argv[1]}`) {
  writeFileSync(new URL('../src/schema/indicator.schema.json', import.meta.url), JSON.stringify(schema, null, 2) + '\n');
  console.log('wrote src/schema/indicator.schema.json');
}
