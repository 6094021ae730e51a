// The README's "Document reference" and the JSON Schema must agree: every object of the
// schema has a table, every table row is a property of that object, and each row's type,
// required mark and allowed values are the schema's.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

const root = new URL('../..', import.meta.url);
const readme = readFileSync(new URL('README.md', root), 'utf8');

type Node = { [key: string]: unknown };
const schema = JSON.parse(readFileSync(new URL('src/schema/indicator.schema.json', root), 'utf8')) as Node;

const isNode = (v: unknown): v is Node => typeof v === 'object' && v !== null && !Array.isArray(v);
const props = (n: Node): Record<string, Node> => (n['properties'] ?? {}) as Record<string, Node>;

/** `#/$defs/name` → that definition; anything else as it is. */
function deref(n: Node | undefined): Node | undefined {
  const ref = n?.['$ref'];
  if (typeof ref !== 'string') return n;
  const m = /^#\/\$defs\/(.+)$/.exec(ref);
  assert.ok(m, `a local $ref: ${ref}`);
  return deref((schema['$defs'] as Record<string, Node>)[m[1]!]);
}

// ---- The schema's objects: every node that lists its properties and allows no others.

/** The README's name for the object at a JSON pointer, or the pointer itself for one it cannot know. */
function objectName(pointer: string, n: Node): string {
  if (pointer === '') return 'Indicator';
  if (pointer === '/properties/reference') return 'Reference';
  if (pointer === '/properties/annotations/items') return 'Annotation';
  const unit = /^\/\$defs\/unit\/oneOf\/\d+$/.exec(pointer);
  if (unit) return `Unit: ${String(props(n)['type']?.['const'])}`;
  const def = /^\/\$defs\/([a-z]+)$/.exec(pointer);
  if (def) return def[1]![0]!.toUpperCase() + def[1]!.slice(1);
  return `(schema object at ${pointer})`;
}

const objects = new Map<string, Node>();
const names = new Map<Node, string>();
(function walk(n: unknown, pointer: string): void {
  if (Array.isArray(n)) return n.forEach((v, i) => walk(v, `${pointer}/${i}`));
  if (!isNode(n)) return;
  if (n['additionalProperties'] === false && isNode(n['properties'])) {
    const name = objectName(pointer, n);
    assert.ok(!objects.has(name), `one schema object per name (${name})`);
    objects.set(name, n);
    names.set(n, name);
  }
  for (const [k, v] of Object.entries(n)) walk(v, `${pointer}/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`);
})(schema, '');

/**
 * Fields that only some documents must give: `required` lists inside `then`/`else`
 * branches and `allOf`/`anyOf` overlays, resolved onto the object they constrain
 * (e.g. an observation's `value`, required unless a rate gives count and population).
 */
const conditional = new Map<Node, Set<string>>();
function overlay(base: Node | undefined, o: unknown): void {
  base = deref(base);
  if (!base || !isNode(o)) return;
  if (Array.isArray(base['oneOf'])) return (base['oneOf'] as Node[]).forEach((b) => overlay(b, o));
  if (Array.isArray(o['required'])) {
    const set = conditional.get(base) ?? new Set<string>();
    for (const r of o['required'] as string[]) set.add(r);
    conditional.set(base, set);
  }
  for (const key of ['anyOf', 'oneOf', 'allOf'] as const) {
    if (Array.isArray(o[key])) for (const sub of o[key] as unknown[]) overlay(base, sub);
  }
  if (isNode(o['properties'])) for (const [k, v] of Object.entries(o['properties'])) overlay(props(base)[k], v);
  if (isNode(o['items'])) overlay(base['items'] as Node, o['items']);
}
for (const n of objects.values()) {
  for (const branch of [n['then'], n['else']]) overlay(n, branch);
  for (const entry of (n['allOf'] ?? []) as Node[]) {
    if ('if' in entry) for (const branch of [entry['then'], entry['else']]) overlay(n, branch);
    else overlay(n, entry);
  }
}

const REF_TYPES: Record<string, string> = {
  text: 'Text', period: 'Period', date: 'date', plain: 'string', nonEmpty: 'string',
  unit: 'Unit', series: 'Series', geo: 'Geo', observation: 'Observation', source: 'Source',
};

/** The type a property's row must show: "Text", "Series[]", "integer", "number | null"… */
function typeLabel(p: Node): string {
  const ref = p['$ref'];
  if (typeof ref === 'string') {
    const name = ref.split('/').pop()!;
    return REF_TYPES[name] ?? name;
  }
  const values = 'const' in p ? [p['const']] : Array.isArray(p['enum']) ? (p['enum'] as unknown[]) : null;
  if (values) {
    if (values.every((v) => typeof v === 'string')) return 'string';
    return values.every((v) => Number.isInteger(v)) ? 'integer' : 'number';
  }
  if (p['type'] === 'array') return `${typeLabel(p['items'] as Node)}[]`;
  if (names.has(p)) return names.get(p)!;
  if (Array.isArray(p['type'])) return p['type'].join(' | ');
  assert.equal(typeof p['type'], 'string', `a type for ${JSON.stringify(p)}`);
  return p['type'] as string;
}

// ---- The README section.

function section(heading: string): string {
  const start = readme.indexOf(`\n## ${heading}\n`);
  assert.ok(start >= 0, `README has a section "## ${heading}"`);
  const end = readme.indexOf('\n## ', start + 4);
  return readme.slice(start, end < 0 ? undefined : end);
}

/** Markdown cell text without links and backticks: "[`Text`](#text)[]" → "Text[]". */
const plain = (cell: string): string => cell.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/`/g, '').trim();
const ticked = (cell: string): string[] => [...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1]!);

interface Table { columns: string[]; rows: Record<string, string>[] }

/** Each "### " subsection of the reference, by name ("Unit: rate", "Reference"), with its tables. */
function subsections(): Map<string, { text: string; tables: Table[] }> {
  const out = new Map<string, { text: string; tables: Table[] }>();
  let current: { text: string; tables: Table[] } | undefined;
  let table: Table | undefined;
  for (const line of section('Document reference').split('\n')) {
    const h = /^### (.+)$/.exec(line);
    if (h) {
      const name = plain(h[1]!).replace(/ \(.*\)$/, '');
      assert.ok(!out.has(name), `one subsection "${name}"`);
      current = { text: '', tables: [] };
      out.set(name, current);
      table = undefined;
      continue;
    }
    if (!current) continue;
    current.text += line + '\n';
    if (!line.startsWith('|')) {
      table = undefined;
      continue;
    }
    const cells = line.trim().replace(/^\||\|$/g, '').split(/(?<!\\)\|/).map((c) => c.trim().replace(/\\\|/g, '|'));
    if (!table) {
      table = { columns: cells, rows: [] };
      current.tables.push(table);
    } else if (!cells.every((c) => /^:?-+:?$/.test(c))) {
      assert.equal(cells.length, table.columns.length, `a full row: ${line}`);
      table.rows.push(Object.fromEntries(table.columns.map((c, i) => [c, cells[i]!])));
    }
  }
  return out;
}

const reference = subsections();
const NOT_OBJECTS = ['Text', 'Period', 'Rules beyond types', 'Shorthand attributes'];
const FIELD_COLUMNS = ['field', 'type', 'required', 'values', 'meaning'];

/** The field table of a subsection, keyed by field name. */
function fieldRows(name: string): Map<string, Record<string, string>> {
  const sub = reference.get(name);
  assert.ok(sub, `README's Document reference has a subsection for ${name}`);
  const tables = sub.tables.filter((t) => t.columns[0] === 'field');
  assert.equal(tables.length, 1, `one field table under "${name}"`);
  assert.deepEqual(tables[0]!.columns, FIELD_COLUMNS, `the columns of "${name}"`);
  const rows = new Map<string, Record<string, string>>();
  for (const row of tables[0]!.rows) {
    const m = /^`([^`]+)`$/.exec(row['field']!);
    assert.ok(m, `"${name}": a field cell is one name in backticks (${row['field']})`);
    assert.ok(!rows.has(m[1]!), `"${name}": ${m[1]} is listed once`);
    rows.set(m[1]!, row);
  }
  return rows;
}

describe('README Document reference ↔ indicator.schema.json', () => {
  test('every schema object has a subsection, and every subsection is an object or a known topic', () => {
    assert.ok(objects.size >= 10, `the schema's objects were found (${[...objects.keys()].join(', ')})`);
    for (const name of objects.keys()) assert.ok(reference.has(name), `README documents the schema object "${name}"`);
    for (const [name, sub] of reference) {
      if (objects.has(name)) continue;
      assert.ok(NOT_OBJECTS.includes(name), `README's subsection "${name}" is an object of the schema`);
      assert.ok(!sub.tables.some((t) => t.columns[0] === 'field'), `"${name}" is not a schema object, so it has no field table`);
    }
  });

  for (const [name, obj] of objects) {
    describe(name, () => {
      const schemaProps = props(obj);
      const required = new Set((obj['required'] ?? []) as string[]);
      const sometimes = conditional.get(obj) ?? new Set<string>();

      test('the same fields as the schema', () => {
        const rows = fieldRows(name);
        for (const field of Object.keys(schemaProps)) assert.ok(rows.has(field), `README documents ${name}.${field}`);
        for (const field of rows.keys()) assert.ok(field in schemaProps, `README's ${name}.${field} is a property of the schema`);
      });

      test('required marks', () => {
        for (const [field, row] of fieldRows(name)) {
          if (!(field in schemaProps)) continue;
          const mark = /^(yes|no|conditional)\b/.exec(row['required']!)?.[1];
          assert.ok(mark, `${name}.${field}: required is yes, no or conditional (${row['required']})`);
          const expected = required.has(field) ? 'yes' : sometimes.has(field) ? 'conditional' : 'no';
          assert.equal(mark, expected, `${name}.${field} is marked "${mark}"; the schema makes it "${expected}"`);
        }
      });

      test('types and allowed values', () => {
        for (const [field, row] of fieldRows(name)) {
          const p = schemaProps[field];
          if (!p) continue;
          assert.equal(plain(row['type']!), typeLabel(p), `${name}.${field}: type`);
          assert.notEqual(row['meaning']!.trim(), '', `${name}.${field}: a meaning`);
          const values = row['values']!;
          if ('const' in p) {
            const m = /^always `([^`]+)`/.exec(values);
            assert.ok(m, `${name}.${field}: values say "always \`${String(p['const'])}\`" (${values})`);
            assert.equal(m[1], String(p['const']), `${name}.${field}: the constant`);
          } else if (Array.isArray(p['enum'])) {
            assert.ok(values.startsWith('one of '), `${name}.${field}: values say "one of …" (${values})`);
            const listed = ticked(values.split(';')[0]!);
            assert.deepEqual([...listed].sort(), (p['enum'] as unknown[]).map(String).sort(), `${name}.${field}: the allowed values`);
          } else {
            assert.ok(!/^(one of|always) /.test(values), `${name}.${field} is not an enumeration in the schema (${values})`);
          }
        }
      });

      test('accepts x- keys and nothing else unlisted', () => {
        assert.deepEqual(obj['patternProperties'], { '^x-': true }, `${name}: free keys are x- keys`);
      });
    });
  }

  test('the section says that x- keys are free', () => {
    assert.match(section('Document reference'), /keys starting with `x-`/);
  });

  test('the Period examples are periods, and the Text example is text', () => {
    const period = new RegExp((schema['$defs'] as Record<string, Node>)['period']!['pattern'] as string, 'u');
    const periods = reference.get('Period')!.tables[0]!.rows.flatMap((r) => ticked(r['example']!));
    assert.ok(periods.length >= 4, 'Period examples');
    for (const p of periods) assert.match(p, period, `${p} is a period`);

    const text = (schema['$defs'] as Record<string, Node>)['text']!['anyOf'] as Node[];
    const lang = new RegExp(((text[1]!['propertyNames'] as Node)['pattern']) as string);
    for (const example of reference.get('Text')!.tables[0]!.rows.flatMap((r) => ticked(r['example']!))) {
      const value = JSON.parse(example) as unknown;
      if (typeof value === 'string') continue;
      assert.ok(isNode(value), `${example} is a string or an object`);
      for (const key of Object.keys(value)) assert.match(key, lang, `${key} is a language tag`);
    }
  });

  test('the shorthand attributes are the elements\' shorthand keys', () => {
    const rows = reference.get('Shorthand attributes')!.tables[0]!.rows;
    for (const [tag, file] of [['ranking-badge', 'ranking-badge'], ['rate-per-100k', 'rate-per-100k']] as const) {
      const source = readFileSync(new URL(`src/elements/${file}/${file}.ts`, root), 'utf8');
      const m = /shorthandKeys = \[([^\]]*)\]/.exec(source);
      assert.ok(m, `${file}.ts lists its shorthandKeys`);
      const keys = [...m[1]!.matchAll(/'([^']+)'/g)].map((k) => k[1]!.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`));
      const row = rows.find((r) => r['element'] === `\`<${tag}>\``);
      assert.ok(row, `a shorthand row for <${tag}>`);
      const documented = [...ticked(row['required']!), ...ticked(row['optional']!)].filter((a) => !/^\d+$/.test(a));
      assert.deepEqual(documented.sort(), keys.sort(), `<${tag}>'s shorthand attributes`);
    }
  });
});
