// Regenerates demo/data/*.json from the real files in ../shared/data (INEGI deaths via
// Diego Valle-Jones' compilations, MIT). Every document goes through the validator.
// Run: npx tsx scripts/demo-data.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { validateIndicator } from '../src/core/validate.js';
import { STATES, stateCode } from '../src/core/states.js';

const data = new URL('../../shared/data/', import.meta.url);
const out = new URL('../demo/data/', import.meta.url);

function readCsv(name: string, encoding = 'utf-8'): string[][] {
  const text = new TextDecoder(encoding).decode(readFileSync(new URL(name, data)));
  return text.trim().split(/\r?\n/).map((line) => line.split(',').map((cell) => cell.replace(/^"|"$/g, '').trim()));
}

/** A wide table (one row per state, one column per year) → code → year → number. */
function wideByState(name: string): Map<string, Map<string, number>> {
  const [header, ...rows] = readCsv(name, 'latin1');
  const years = header!.slice(1);
  const result = new Map<string, Map<string, number>>();
  for (const row of rows) {
    const code = stateCode(row[0]!);
    if (!code) continue;
    result.set(code, new Map(years.map((y, i) => [y, Number(row[i + 1])])));
  }
  return result;
}

const source = {
  name: 'INEGI, defunciones por homicidio; CONAPO, proyecciones de población',
  publisher: 'Compilado por Diego Valle-Jones (Homicide-MX-Drug-War, licencia MIT)',
  url: 'https://github.com/diegovalle/Homicide-MX-Drug-War',
};
const unit = { type: 'rate', per: 100000, of: { es: 'habitantes', en: 'inhabitants' } };
const title = { es: 'Homicidios dolosos', en: 'Intentional homicides' };

function write(file: string, doc: unknown): void {
  const result = validateIndicator(doc);
  if (!result.ok) throw new Error(`${file}: ${JSON.stringify(result.errors, null, 2)}`);
  writeFileSync(new URL(file, out), JSON.stringify(doc, null, 1) + '\n');
  console.log(`wrote demo/data/${file}`);
}

// National rate 1990–2008: counts and population, the rate computed by cifra.
const national = readCsv('Homicide-MX-Drug-War__national-homicide-1990-2008.csv').slice(1);
const nationalObs = national.map((r) => ({ period: r[1]!, count: Number(r[3]), population: Number(r[4]) }));
const nationalSeries = { id: 'MX', geo: { level: 'country', code: 'MX', name: 'México' }, label: { es: 'Nacional', en: 'National' }, observations: nationalObs };
write('national-homicide-1990-2008.json', {
  schema: 1, lang: 'es', id: 'homicidios-nacional',
  title,
  subtitle: { es: 'Tasa por cada 100 mil habitantes, México, 1990–2008', en: 'Rate per 100,000 inhabitants, Mexico, 1990–2008' },
  unit, decimals: 1,
  series: [nationalSeries],
  annotations: [{ period: '2006', label: { es: 'Inicia la guerra contra el narcotráfico', en: 'Drug war begins' } }],
  sources: [source],
});

// Each state against the country, 1990–2008.
const homicides = wideByState('Homicide-MX-Drug-War__states-homicide-inegi-1990-2008.latin1.csv');
const population = wideByState('Homicide-MX-Drug-War__conapo-states-1990-2008.latin1.csv');
const stateSeries = (code: string) => ({
  id: code,
  geo: { level: 'state', code, name: STATES[code]! },
  observations: [...homicides.get(code)!].map(([year, count]) => ({ period: year, count, population: population.get(code)!.get(year)! })),
});
write('states-homicide-1990-2008.json', {
  schema: 1, lang: 'es', id: 'homicidios-estados',
  title,
  subtitle: { es: 'Tasa por cada 100 mil habitantes, por entidad, 1990–2008', en: 'Rate per 100,000 inhabitants, by state, 1990–2008' },
  unit, decimals: 1,
  series: [nationalSeries, ...Object.keys(STATES).map(stateSeries)],
  sources: [source],
});

// The 32 states in 2008, for rankings.
write('states-homicide-2008.json', {
  schema: 1, lang: 'es', id: 'homicidios-estados-2008',
  title,
  unit: { ...unit, of: { es: 'habitantes', en: 'inhabitants' } }, decimals: 1,
  series: Object.keys(STATES).map((code) => {
    const s = stateSeries(code);
    return { ...s, observations: s.observations.filter((o) => o.period === '2008') };
  }),
  reference: { label: { es: 'Nacional', en: 'National' }, value: Number((13628 / 106682518 * 1e5).toFixed(1)) },
  sources: [source],
});

// The figure quoted by the President in 2016 (DESIGN §2).
write('presidencia-2016.json', {
  schema: 1, lang: 'es',
  title, decimals: 0,
  unit: { type: 'rate', per: 100000, of: { es: 'habitantes', en: 'inhabitants' } },
  series: [{ geo: { level: 'country', code: 'MX', name: 'México' },
    observations: [{ period: '2012', value: 23, qualifier: 'almost' }, { period: '2015', value: 17, qualifier: 'about' }] }],
  sources: [{ name: 'Presidencia de la República', published: '2016-11-28' }],
});
