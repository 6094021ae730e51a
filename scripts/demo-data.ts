// Regenerates demo/data/*.json from the real files in test/fixtures/data with `cifra import`
// (INEGI deaths and CONAPO population, compiled by Diego Valle-Jones, MIT).
// Run: npx tsx scripts/demo-data.ts
import { run } from '../src/cli/main.js';

const data = (file: string) => new URL(`../test/fixtures/data/${file}`, import.meta.url).pathname;
const out = (file: string) => new URL(`../demo/data/${file}`, import.meta.url).pathname;
const homicides = data('Homicide-MX-Drug-War__states-homicide-inegi-1990-2008.latin1.csv');
const population = data('Homicide-MX-Drug-War__conapo-states-1990-2008.latin1.csv');
const common = [
  '--population', population,
  '--title', 'Homicidios dolosos', '--title-en', 'Intentional homicides',
  '--source', 'INEGI, defunciones por homicidio; CONAPO, proyecciones de población',
  '--publisher', 'Diego Valle-Jones, Homicide-MX-Drug-War (MIT)',
  '--source-url', 'https://github.com/diegovalle/Homicide-MX-Drug-War',
  '--decimals', '1',
];

const jobs: string[][] = [
  ['--national-only', '--id', 'homicidios-nacional', '-o', out('national-homicide-1990-2008.json'),
    '--subtitle', 'Tasa por cada 100 mil habitantes, México, 1990–2008', '--subtitle-en', 'Rate per 100,000 inhabitants, Mexico, 1990–2008',
    '--annotate', '2006:Inicia la guerra contra el narcotráfico|Drug war begins'],
  ['--national', '--id', 'homicidios-estados', '-o', out('states-homicide-1990-2008.json'),
    '--subtitle', 'Tasa por cada 100 mil habitantes, por entidad, 1990–2008', '--subtitle-en', 'Rate per 100,000 inhabitants, by state, 1990–2008'],
  ['--period', '2008', '--national', '--id', 'homicidios-estados-2008', '-o', out('states-homicide-2008.json')],
];

const io = { stdout: (t: string) => process.stdout.write(t), stderr: (t: string) => { if (!t.startsWith('warning:')) process.stderr.write(t); } };
for (const args of jobs) {
  const status = run(['import', homicides, ...common, ...args], io);
  if (status !== 0) process.exit(status);
}
// demo/data/presidencia-2016.json is written by hand: it is the figure quoted in 2016 (DESIGN §2), not a table.
