import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { toCsv } from '../../src/core/csv.js';
import { resolveLocale } from '../../src/core/format.js';
import { validateIndicator } from '../../src/core/validate.js';
import type { ValidIndicator } from '../../src/core/schema.js';
import type { Doc } from './fixtures.js';

const ES = resolveLocale('es');
const EN = resolveLocale('en');

const HEADER = 'period,series,code,value,lower,upper,count,population,status,qualifier,unit,source,note,coverage';
const COLUMNS = HEADER.split(',');

/**
 * A strict RFC 4180 parser: records end with CRLF (a bare CR or LF outside quotes is an
 * error), a field is either plain (no quote, comma, CR or LF) or wholly in double quotes
 * with "" for a quote (anything else inside, newlines included). The text must end with
 * CRLF. Returns the records, header included.
 */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let i = 0;
  const n = text.length;
  if (n === 0) return records;
  for (;;) {
    let field = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        if (i >= n) throw new Error('unterminated quoted field');
        const c = text[i]!;
        if (c === '"') {
          if (text[i + 1] === '"') { field += '"'; i += 2; continue; }
          i++;
          break;
        }
        field += c;
        i++;
      }
    } else {
      while (i < n && text[i] !== ',' && text[i] !== '\r' && text[i] !== '\n') {
        if (text[i] === '"') throw new Error(`quote inside an unquoted field at ${i}`);
        field += text[i];
        i++;
      }
    }
    record.push(field);
    if (text[i] === ',') { i++; continue; }
    if (text[i] === '\r' && text[i + 1] === '\n') {
      i += 2;
      records.push(record);
      record = [];
      if (i === n) return records;
      continue;
    }
    if (i >= n) throw new Error('the last record does not end with CRLF');
    throw new Error(`unexpected ${JSON.stringify(text[i])} at ${i} (a bare CR or LF, or text after a closing quote)`);
  }
}

/** Records as objects keyed by the header, checking every record has all columns. */
function parseRows(text: string): Record<string, string>[] {
  const [header, ...records] = parseCsv(text);
  assert.deepEqual(header, COLUMNS);
  return records.map((r, k) => {
    assert.equal(r.length, COLUMNS.length, `record ${k + 1} has ${r.length} fields: ${JSON.stringify(r)}`);
    return Object.fromEntries(COLUMNS.map((c, j) => [c, r[j]!]));
  });
}

function valid(doc: Doc): ValidIndicator {
  const result = validateIndicator(doc);
  if (!result.ok) assert.fail(result.errors.map((e) => `${e.path} ${e.code} ${e.message}`).join('\n'));
  return result.value;
}

// ---------------------------------------------------------------- real data

const DATA = new URL('../fixtures/data/Homicide-MX-Drug-War__national-homicide-1990-2008.csv', import.meta.url);

interface Row { readonly year: number; readonly count: number; readonly population: number }

function readNational(): Row[] {
  // The file is a plain R export; parse it with the same strict parser after normalizing line ends.
  const text = readFileSync(DATA, 'utf8').replace(/\r?\n/g, '\r\n');
  const [header, ...records] = parseCsv(text.endsWith('\r\n') ? text : `${text}\r\n`).filter((r) => r.some((f) => f.trim() !== ''));
  const col = (name: string): number => {
    const i = header!.indexOf(name);
    assert.notEqual(i, -1, `column ${name}`);
    return i;
  };
  const [year, tot, pop] = [col('Year'), col('Tot'), col('pop.mex')];
  return records.map((f) => ({ year: Number(f[year]), count: Number(f[tot]), population: Number(f[pop]) }));
}

const ROWS = readNational();

function nationalDoc(): Doc {
  return {
    schema: 1,
    lang: 'es',
    title: { es: 'Homicidios en México', en: 'Homicides in Mexico' },
    unit: { type: 'rate', per: 100000, of: { es: 'habitantes', en: 'inhabitants' } },
    series: [{
      id: 'mx',
      geo: { level: 'country', code: 'MX', name: { es: 'México', en: 'Mexico' } },
      observations: ROWS.map((r) => ({ period: String(r.year), count: r.count, population: r.population, status: 'final' })),
    }],
    sources: [
      { name: 'INEGI', publisher: 'Instituto Nacional de Estadística y Geografía', url: 'https://www.inegi.org.mx/programas/mortalidad/' },
      { name: 'CONAPO', url: 'http://www.conapo.gob.mx/' },
    ],
  };
}

describe('toCsv: national homicides 1990–2008 (real data)', () => {
  const doc = valid(nationalDoc());
  const es = toCsv(doc, ES);
  const en = toCsv(doc, EN);

  test('the header line is the documented one', () => {
    assert.ok(es.startsWith(`${HEADER}\r\n`), es.slice(0, 120));
    assert.ok(en.startsWith(`${HEADER}\r\n`));
  });

  test('CRLF line ends, including after the last record; no bare LF or CR', () => {
    assert.ok(es.endsWith('\r\n'));
    assert.equal(es.replace(/\r\n/g, '').includes('\n'), false);
    assert.equal(es.replace(/\r\n/g, '').includes('\r'), false);
    assert.equal(es.split('\r\n').length, 1 + 19 + 1);
  });

  test('it parses as RFC 4180: a header and 19 records of 13 fields', () => {
    assert.equal(parseRows(es).length, 19);
  });

  test('values round-trip exactly: value = count / population × 100000, as the validator computes it', () => {
    const rows = parseRows(es);
    rows.forEach((row, i) => {
      const r = ROWS[i]!;
      assert.equal(row['period'], String(r.year));
      assert.equal(Number(row['count']), r.count);
      assert.equal(Number(row['population']), r.population);
      const value = Number(row['value']);
      assert.equal(value, (r.count / r.population) * 100000, `${r.year}`);
      assert.equal(value, doc.series[0]!.observations[i]!.value, `${r.year}`);
      assert.equal(row['lower'], '');
      assert.equal(row['upper'], '');
      assert.equal(row['status'], 'final');
      assert.equal(row['qualifier'], '');
      assert.equal(row['note'], '');
    });
    assert.equal(rows[0]!['value'], String((11500 / 83971014) * 100000));
    assert.ok(rows[0]!['value']!.startsWith('13.695202013399'));
  });

  test('numbers are written plainly, with a dot, in both languages', () => {
    const rowsEs = parseRows(es);
    const rowsEn = parseRows(en);
    for (const [k, row] of rowsEs.entries()) {
      assert.match(row['value']!, /^\d+\.\d+$/);
      assert.match(row['population']!, /^\d+$/);
      assert.equal(row['value'], rowsEn[k]!['value']);
      assert.equal(row['population'], rowsEn[k]!['population']);
    }
  });

  test('series name and code: the place name in the element language, the geo code', () => {
    assert.ok(parseRows(es).every((r) => r['series'] === 'México' && r['code'] === 'MX'));
    assert.ok(parseRows(en).every((r) => r['series'] === 'Mexico' && r['code'] === 'MX'));
  });

  test('unit text in the element language', () => {
    assert.ok(parseRows(es).every((r) => r['unit'] === 'rate: por cada 100 mil habitantes'));
    assert.ok(parseRows(en).every((r) => r['unit'] === 'rate: per 100,000 inhabitants'));
    // The English unit contains a comma, so it is quoted.
    assert.ok(en.includes(',"rate: per 100,000 inhabitants",'));
  });

  test('source: each source\'s name, publisher and URL', () => {
    const expected = 'INEGI, Instituto Nacional de Estadística y Geografía, https://www.inegi.org.mx/programas/mortalidad/; CONAPO, http://www.conapo.gob.mx/';
    assert.ok(parseRows(es).every((r) => r['source'] === expected));
    assert.ok(parseRows(en).every((r) => r['source'] === expected));
  });
});

// ---------------------------------------------------------------- rows, nulls, selection

function smallDoc(extra: Doc = {}, series?: Doc[]): Doc {
  return {
    schema: 1,
    lang: 'es',
    title: 'Homicidios',
    unit: { type: 'rate', per: 100000 },
    series: series ?? [
      {
        id: 'ags',
        geo: { level: 'state', code: '01', name: 'Aguascalientes' },
        observations: [
          { period: '2013', value: 4.1, lower: 3.9, upper: 4.3, qualifier: 'about' },
          { period: '2012', value: null },
          { period: '2014', value: 5, status: 'preliminary', note: { es: 'cifra preliminar', en: 'preliminary figure' } },
        ],
      },
      { id: 'nacional', label: { es: 'Nacional', en: 'National' }, observations: [{ period: '2012', value: 22 }] },
    ],
    sources: [{ name: 'SESNSP' }],
    ...extra,
  };
}

describe('toCsv: one record per observation', () => {
  const doc = valid(smallDoc());

  test('every observation is a record, nulls included (value empty), sorted within each series', () => {
    const rows = parseRows(toCsv(doc, ES));
    assert.deepEqual(rows.map((r) => [r['period'], r['series'], r['code'], r['value']]), [
      ['2012', 'Aguascalientes', '01', ''],
      ['2013', 'Aguascalientes', '01', '4.1'],
      ['2014', 'Aguascalientes', '01', '5'],
      ['2012', 'Nacional', 'nacional', '22'],
    ]);
  });

  test('optional fields fill their columns', () => {
    const rows = parseRows(toCsv(doc, EN));
    assert.deepEqual([rows[1]!['lower'], rows[1]!['upper'], rows[1]!['qualifier']], ['3.9', '4.3', 'about']);
    assert.equal(rows[2]!['status'], 'preliminary');
    assert.equal(rows[2]!['note'], 'preliminary figure');
    assert.equal(rows[3]!['series'], 'National');
  });

  test('a unit without "of" says inhabitants; count, percent and rank units', () => {
    assert.equal(parseRows(toCsv(doc, ES))[0]!['unit'], 'rate: por cada 100 mil habitantes');
    assert.equal(parseRows(toCsv(doc, EN))[0]!['unit'], 'rate: per 100,000 inhabitants');
    const count = valid(smallDoc({ unit: { type: 'count', of: { es: 'homicidios', en: 'homicides' } } }, [{ observations: [{ period: '2012', value: 3 }] }]));
    assert.equal(parseRows(toCsv(count, ES))[0]!['unit'], 'count: homicidios');
    assert.equal(parseRows(toCsv(count, EN))[0]!['unit'], 'count: homicides');
    const percent = valid(smallDoc({ unit: { type: 'percent' } }, [{ observations: [{ period: '2012', value: 71.9 }] }]));
    assert.equal(parseRows(toCsv(percent, ES))[0]!['unit'], 'percent');
    const rank = valid(smallDoc({ unit: { type: 'rank', outOf: 32 } }, [{ observations: [{ period: '2012', value: 1 }] }]));
    assert.equal(parseRows(toCsv(rank, ES))[0]!['unit'], 'rank');
  });

  test('the series attribute selects records like the chart: by id or geo code', () => {
    assert.deepEqual(parseRows(toCsv(doc, ES, '01')).map((r) => r['period']), ['2012', '2013', '2014']);
    assert.deepEqual(parseRows(toCsv(doc, ES, 'nacional')).map((r) => r['series']), ['Nacional']);
    assert.equal(parseRows(toCsv(doc, ES, 'zz')).length, 4);
    assert.equal(parseRows(toCsv(doc, ES, null)).length, 4);
  });

  test('document notes are appended to every record\'s note', () => {
    const d = valid(smallDoc({ notes: [{ es: 'Datos del fuero común.', en: 'Local jurisdiction data.' }] }));
    const rows = parseRows(toCsv(d, ES));
    assert.equal(rows[0]!['note'], 'Datos del fuero común.');
    assert.equal(rows[2]!['note'], 'cifra preliminar Datos del fuero común.');
  });
});

// ---------------------------------------------------------------- quoting

describe('toCsv: RFC 4180 quoting', () => {
  const tricky = [
    'Coahuila de Zaragoza, estado',
    'El "Bajío"',
    'primera línea\nsegunda línea',
    'retorno\r\nde carro',
    'todo: "a", b\r\nc',
    'sin nada especial',
    '"',
    ',',
  ];

  test('labels with commas, quotes and newlines round-trip exactly', () => {
    const doc = valid(smallDoc({}, tricky.map((label) => ({ label, observations: [{ period: '2012', value: 1 }] }))));
    const text = toCsv(doc, ES);
    assert.deepEqual(parseRows(text).map((r) => r['series']), tricky);
  });

  test('quoted fields: wrapped in quotes, inner quotes doubled; plain fields are not quoted', () => {
    const doc = valid(smallDoc({}, tricky.slice(0, 2).concat(['sin nada especial']).map((label) => ({ label, observations: [{ period: '2012', value: 1 }] }))));
    const lines = toCsv(doc, ES).split('\r\n');
    assert.ok(lines[1]!.startsWith('2012,"Coahuila de Zaragoza, estado",'), lines[1]);
    assert.ok(lines[2]!.startsWith('2012,"El ""Bajío""",'), lines[2]);
    assert.ok(lines[3]!.startsWith('2012,sin nada especial,'), lines[3]);
  });

  test('notes and source names with special characters round-trip', () => {
    const note = 'Nota "uno", dos\nlínea';
    const doc = valid(smallDoc({ sources: [{ name: 'SESNSP, "fuero común"', url: 'https://www.gob.mx/sesnsp?a=1,2' }] }, [
      { id: 'x', observations: [{ period: '2012', value: 1, note }] },
    ]));
    const [row] = parseRows(toCsv(doc, ES));
    assert.equal(row!['note'], note);
    assert.equal(row!['source'], 'SESNSP, "fuero común", https://www.gob.mx/sesnsp?a=1,2');
  });
});

// ---------------------------------------------------------------- formula injection

describe('toCsv: spreadsheet formula injection', () => {
  const dangerous = ['=HYPERLINK("http://example.com","clic")', '+1+1', '-1+1', '@SUM(A1:A2)', '=1,2', '\tTab', '-nota'];

  test('series labels starting with = + - @ or a tab get an apostrophe', () => {
    const doc = valid(smallDoc({}, dangerous.map((label) => ({ label, observations: [{ period: '2012', value: 1 }] }))));
    const rows = parseRows(toCsv(doc, ES));
    assert.deepEqual(rows.map((r) => r['series']), dangerous.map((d) => `'${d}`));
  });

  test('notes starting with = + - @ get an apostrophe', () => {
    for (const note of ['=cmd|\' /C calc\'!A0', '+SUM(1)', '-2+3', '@A1']) {
      const doc = valid(smallDoc({}, [{ id: 'x', observations: [{ period: '2012', value: 1, note }] }]));
      assert.equal(parseRows(toCsv(doc, ES))[0]!['note'], `'${note}`, note);
    }
  });

  test('a document note starting with "=" is neutralized too', () => {
    const doc = valid(smallDoc({ notes: ['=1+1'] }, [{ id: 'x', observations: [{ period: '2012', value: 1 }] }]));
    assert.equal(parseRows(toCsv(doc, ES))[0]!['note'], "'=1+1");
  });

  test('source names, ids used as codes, and Spanish/English labels are all neutralized', () => {
    const doc = valid(smallDoc({ sources: [{ name: '=EVIL()' }] }, [
      { id: '@x', label: { es: '+es', en: '-en' }, observations: [{ period: '2012', value: 1 }] },
    ]));
    const es = parseRows(toCsv(doc, ES))[0]!;
    assert.equal(es['source'], "'=EVIL()");
    assert.equal(es['code'], "'@x");
    assert.equal(es['series'], "'+es");
    assert.equal(parseRows(toCsv(doc, EN))[0]!['series'], "'-en");
  });

  test('text that merely contains = + - @ later is left alone', () => {
    const doc = valid(smallDoc({}, [{ label: 'Baja California-Sur = BCS @ 2012 + más', observations: [{ period: '2012', value: 1 }] }]));
    assert.equal(parseRows(toCsv(doc, ES))[0]!['series'], 'Baja California-Sur = BCS @ 2012 + más');
  });

  test('negative numbers are NOT prefixed: they stay numbers', () => {
    const doc = valid(smallDoc({}, [{ id: 'x', observations: [
      { period: '2012', value: -1.5, lower: -3, upper: -0.25 },
      { period: '2013', value: -0 },
    ] }]));
    const text = toCsv(doc, ES);
    const rows = parseRows(text);
    assert.deepEqual([rows[0]!['value'], rows[0]!['lower'], rows[0]!['upper']], ['-1.5', '-3', '-0.25']);
    assert.ok(text.includes('2012,x,x,-1.5,-3,-0.25,'), text);
    assert.equal(text.includes("'-"), false);
    assert.equal(rows[1]!['value'], '0');
  });
});

describe('toCsv: partial figures (DESIGN §2a)', () => {
  test('a partial year carries its coverage; a complete one leaves the column empty', () => {
    const doc = valid(smallDoc({}, [{ id: 'mx', observations: [
      { period: '2015', value: 17.2 },
      { period: '2016', value: 4.0, coverage: '2016-01/2016-03', status: 'preliminary' },
    ] }]));
    const rows = parseRows(toCsv(doc, ES));
    assert.deepEqual(rows.map((r) => [r['period'], r['coverage'], r['status']]), [['2015', '', ''], ['2016', '2016-01/2016-03', 'preliminary']]);
  });
});
