/// <reference types="node" />
/**
 * The `cifra` command line (Node only; never in the browser bundle).
 *   cifra import …   a SESNSP, INEGI or CONAPO table → an indicator document
 *   cifra snippet …  a document → the HTML to paste into a page
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { localizeProblem, validateIndicator } from '../core/validate.js';
import { textIn } from '../core/text.js';
import { stateCell } from './table.js';
import type { Indicator, RatePer, Text } from '../core/schema.js';
import { buildDocument } from './build.js';
import { ImportError, readTable, sumBreakdowns, tableValues, type Encoding } from './table.js';

export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Bytes to standard output (a PNG); absent where they must not go (a terminal). */
  binary?(bytes: Uint8Array): void;
}

const USAGE = `cifra: indicator documents for <crime-rate-trend>, <rate-per-100k> and <ranking-badge>

Usage:
  cifra import <crime.csv> [options]     build a document from a table
  cifra snippet <document.json> [options] print the HTML that embeds it
  cifra render <document.json> [options]  print static HTML that shows it without JavaScript,
                                          or write it as an image (--png, --svg)
  cifra --help                           this text
  cifra --version                        the version of cifra

Run "cifra import --help", "cifra snippet --help" or "cifra render --help" for their options.
`;

const IMPORT_HELP = `cifra import <crime.csv> [options]

Reads a table of counts and writes an indicator document (JSON). The layout is
detected: the SESNSP state-level "fuero común" file (Año, Clave_Ent, Entidad,
Bien jurídico afectado, Tipo de delito, Subtipo de delito, Modalidad, Enero …
Diciembre), a wide table (one row per state, one column per year or month), or a
long table (state, period and value columns). UTF-8 and Latin-1 are detected;
state codes may be unpadded ("1" → "01") or names ("Coahuila de Zaragoza"); blank
and NA cells are missing; lines before the header and footer rows are skipped with
a warning that names the line. The output is checked by the same validator the
elements use; problems are reported with file, line and column, and the exit
status is 1.

Options:
  --population <file>     population table (CONAPO, wide or long, yearly or monthly):
                          with it the document holds rates, computed from counts.
                          A table broken down by sex, age or any other column
                          (CONAPO's RENGLON, AÑO, ENTIDAD, CVE_GEO, EDAD, SEXO,
                          POBLACION) is summed per state and year, and a note names
                          the columns summed; two rows that no column tells apart
                          are an error naming both lines
                            --population conapo-states.csv
  --per <n>               rate per 1000, 10000, 100000 (default) or 1000000
                            --per 100000
  --crime <text>          SESNSP "Tipo de delito" to keep (accents and case ignored).
                          A selection with more than one crime type, or more than
                          one subtype and neither --crime nor --subtype, is an error
                          that lists them: counts are never added up silently
                            --crime "Homicidio"
  --subtype <text>        SESNSP "Subtipo de delito" to keep
                            --subtype "Homicidio doloso"
  --modality <text>       SESNSP "Modalidad" to keep (default: all, summed)
                            --modality "Con arma de fuego"
  --legal-good <text>     SESNSP "Bien jurídico afectado" to keep
                            --legal-good "La vida y la Integridad corporal"
  --sum                   add up the crime types or subtypes the selection holds;
                          the default title and a note name what was added up
                            --crime Homicidio --sum
  --state <codes>         states to keep, INEGI codes or names, comma-separated
                            --state 01,08,"Nuevo León"
  --monthly               keep months (default: sum months to years; a year with
                          months still to come, such as the current one, gets
                          "coverage" ("2016-01/2016-03"), status "preliminary" and
                          a note, so it is never compared with whole years)
  --months <m-n>          sum the same months of every year, for comparisons such
                          as "March to July 2025 against March to July 2024": periods
                          "2024-03/2024-07"; a year with only some of those months
                          gets coverage, a year with none of them is left out, each
                          with a warning
                            --months 3-7
  --from <year>           keep only the years from this one on
  --to <year>             keep only the years up to this one. When the population
                          table lacks a year the crimes have, the error names the
                          --from or --to that keeps the years it covers
                            --from 2015 --to 2024
  --national              add the national series (id and geo code "MX", level
                          "country", label Nacional/National): summed counts over
                          summed population, over the months every state has; when
                          a state lacks a month the national figure gets coverage
  --national-only         only the national series
  --period <period>       one period for every state (a cross-section for rankings)
                            --period 2008
  --title <text>          title in Spanish (default: the SESNSP subtype or type
                          selected, else the file name)
                            --title "Homicidios dolosos"
  --title-en <text>       title in English
                            --title-en "Intentional homicides"
  --subtitle <text>       subtitle in Spanish
                            --subtitle "Tasa por cada 100 mil habitantes"
  --subtitle-en <text>    subtitle in English
  --of <text>             what a count is of ("víctimas"); for rates, "habitantes"
  --of-en <text>          the same in English ("victims", "inhabitants")
  --source <name>         the source's name (default: SESNSP for its layout)
                            --source "SESNSP, incidencia delictiva del fuero común"
  --source-url <url>      the source's http(s) address
  --publisher <text>      who published or compiled the source
                            --publisher "Secretariado Ejecutivo del SNSP"
  --lang <tag>            language of plain strings (default: es)
  --decimals <n>          decimals shown, 0–4
  --id <id>               the document's id (also names its CSV download)
  --annotate <p:text>     an annotation at a period, Spanish|English; repeatable
                            --annotate "2006:Inicia la guerra contra el narcotráfico|Drug war begins"
  --encoding <enc>        utf-8 or latin1 (default: detected)
  --population-encoding <enc>   the same, for the population table
  --state-column <name>, --period-column <name>, --value-column <name>
                          choose the columns of a long table by their header
                            --value-column Total
  --population-value-column <name>   the same, for the population table
  --population-column <name>   population from a column of the crime table itself
                            --value-column INEGI --population-column Población
  -o, --out <file>        write here (default: standard output)
  -h, --help              this text

Examples:
  cifra import IDEFC_NM_dic25.csv --subtype "Homicidio doloso" \\
    --population conapo.csv --national --title "Homicidios dolosos" -o homicidios.json
  cifra import states-homicide.csv --population conapo-states.csv --national-only \\
    --title "Homicidios" --source INEGI -o nacional.json
  cifra import IDEFC_NM_dic25.csv --subtype "Homicidio doloso" --months 3-7 \\
    --population conapo.csv --from 2015 --national -o marzo-julio.json
  cifra import states-homicide.csv --population conapo-states.csv --period 2008 \\
    --title "Homicidios, 2008" --source INEGI -o ranking-2008.json
`;

const SNIPPET_HELP = `cifra snippet <document.json> [options]

Prints the HTML that shows a document in a page: the script tag and the element,
with the document inline (no extra request) or by URL.

Options:
  --element <tag>   crime-rate-trend (default), rate-per-100k or ranking-badge
  --src <url>       refer to the document by URL instead of inlining it
  --series <keys>   the element's series attribute ("08" or "MX,08")
  --lang <tag>      the element's lang attribute (default: es)
  --cdn <url>       the script to load instead of the element's own bundle on jsDelivr,
                    pinned to this version with its integrity hash (self-hosting: your copy
                    of dist/<element>.js; link your copy of dist/cifra.css too)

Example:
  cifra snippet homicidios.json --element ranking-badge --series 08 > embed.html
`;

const RENDER_HELP = `cifra render <document.json> [options]

Prints the element with its shadow root declared in the HTML (declarative shadow
DOM): the chart, number or badge shows in browsers with JavaScript off, and pages
that do load cifra.js render it live in its place. The document stays inline.

Options:
  --element <tag>   crime-rate-trend (default), rate-per-100k or ranking-badge
  --lang <tag>      language (default: es)
  --theme <theme>   light, dark or auto
  --series, --from, --to, --period, --order, --compare, --highlight <value>
                    the element's attributes of the same name
  --strip, --show-points   boolean attributes
  --page            print a whole HTML page, not just the element

Images of <crime-rate-trend> (title, subtitle, the headline figure, the chart and
the source, in the Public Sans font shipped with cifra):
  --png             a PNG image; needs the optional package @resvg/resvg-js
                    (npm install @resvg/resvg-js), no browser
  --card            with --png or --svg: a 1200×630 social card (Open Graph, X,
                    WhatsApp previews)
  --svg             the same image as a standalone SVG (needs nothing more)
  --width <px>, --height <px>
                    the image's size without --card (default 960×540)
  --scale <n>       PNG pixels per image pixel, 1–4 (default 1; 2 for print)
  -o, --out <file>  write here (a PNG goes to standard output only when it is
                    not a terminal); the image's alternative text is printed
                    on standard error

Examples:
  cifra render homicidios.json --series MX,08 --lang es --page > homicidios.html
  cifra render homicidios.json --series MX,08 --png --card -o homicidios.png
  cifra render homicidios.json --series 08 --lang en --png --width 800 --height 500 -o chihuahua.png
`;

const ELEMENTS = ['crime-rate-trend', 'rate-per-100k', 'ranking-badge'];

/** Every command, `render` included (it loads the server renderer): what `bin/cifra.js` runs. Never rejects. */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  if (argv[0] !== 'render') return run(argv, io);
  try {
    return await renderCommand(argv.slice(1), io);
  } catch (error) {
    return fail('render', error, io);
  }
}

/** Runs `import` and `snippet` (synchronous); returns the exit status. Never throws. */
export function run(argv: readonly string[], io: Io): number {
  const [command, ...rest] = argv;
  try {
    if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
      io.stdout(USAGE);
      return command === undefined ? 2 : 0;
    }
    if (command === '--version' || command === '-v') {
      io.stdout(`${version()}\n`);
      return 0;
    }
    if (command === 'import') return importCommand(rest, io);
    if (command === 'snippet') return snippetCommand(rest, io);
    if (command === 'render') {
      io.stderr('cifra render: call main(), not run(): rendering is asynchronous\n');
      return 2;
    }
    io.stderr(`cifra: unknown command “${command}”\n\n${USAGE}`);
    return 2;
  } catch (error) {
    return fail(command ?? '', error, io);
  }
}

declare const __CIFRA_VERSION__: string | undefined;
/** `sha384-…` of each dist file, written into dist/cli.js by the build (unknown when run from the sources). */
declare const __CIFRA_INTEGRITY__: Readonly<Record<string, string>> | undefined;

/**
 * The tags that load one element from a CDN: the reserve rules (dist/cifra.css) and the
 * element's own bundle, pinned to this version, with Subresource Integrity when the
 * build knows the files' hashes. `--cdn` names another script URL (self-hosting): it is
 * used as given, and the page links its own copy of cifra.css.
 */
function cdnTags(tag: string, cdn: string | undefined): string {
  if (cdn) return `<script type="module" src="${escapeHtml(cdn)}"></script>\n`;
  const base = `https://cdn.jsdelivr.net/npm/cifra@${version()}/dist/`;
  const hashes = typeof __CIFRA_INTEGRITY__ === 'object' ? __CIFRA_INTEGRITY__ : {};
  const sri = (file: string) => (hashes[file] ? ` integrity="${hashes[file]}" crossorigin="anonymous"` : '');
  return `<link rel="stylesheet" href="${base}cifra.css"${sri('cifra.css')}>\n<script type="module" src="${base}${tag}.js"${sri(`${tag}.js`)}></script>\n`;
}

/** cifra's version: written into dist/cli.js by the build; read from package.json when run from the sources. */
function version(): string {
  if (typeof __CIFRA_VERSION__ === 'string') return __CIFRA_VERSION__;
  return (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
}

function fail(command: string, error: unknown, io: Io): number {
  if (error instanceof ImportError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
    io.stderr(`cifra ${command}: ${(error as Error).message}\n`);
    return error instanceof ImportError ? 1 : 2;
  }
  io.stderr(`cifra ${command}: unexpected error: ${(error as Error).stack ?? error}\n`);
  return 1;
}

/** A document as its author wrote it, after checking that it passes the validator. */
function readDocument(path: string): Indicator {
  let doc: unknown;
  try {
    doc = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new ImportError(`${path}: ${(error as Error).message}`);
  }
  const result = validateIndicator(doc);
  if (!result.ok) throw new ImportError(`${path}: ${result.errors.map((p) => localizeProblem(p, 'en')).join('; ')}`);
  return doc as Indicator;
}

async function renderCommand(argv: readonly string[], io: Io): Promise<number> {
  const { values: o, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: {
      help: { type: 'boolean', short: 'h' },
      element: { type: 'string' },
      lang: { type: 'string' },
      theme: { type: 'string' },
      series: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      period: { type: 'string' },
      order: { type: 'string' },
      compare: { type: 'string' },
      highlight: { type: 'string' },
      strip: { type: 'boolean' },
      'show-points': { type: 'boolean' },
      page: { type: 'boolean' },
      png: { type: 'boolean' },
      svg: { type: 'boolean' },
      card: { type: 'boolean' },
      width: { type: 'string' },
      height: { type: 'string' },
      scale: { type: 'string' },
      out: { type: 'string', short: 'o' },
    },
  });
  if (o.help) {
    io.stdout(RENDER_HELP);
    return 0;
  }
  const tag = o.element ?? 'crime-rate-trend';
  if (!ELEMENTS.includes(tag)) throw new ImportError(`--element must be one of ${ELEMENTS.join(', ')}`);
  if (positionals.length !== 1) throw new ImportError('give one document (JSON); see cifra render --help');
  if (o.png || o.svg || o.card || o.width || o.height || o.scale || o.out) return imageCommand(positionals[0]!, o, tag, io);
  const doc = readDocument(positionals[0]!);
  const attributes: Record<string, string | true> = {};
  for (const name of ['series', 'from', 'to', 'period', 'order', 'compare', 'highlight'] as const) if (o[name]) attributes[name] = o[name]!;
  if (o.strip) attributes['strip'] = true;
  if (o['show-points']) attributes['show-points'] = true;
  const { renderElement, page } = await import('./render.js');
  const lang = o.lang ?? 'es';
  const element = await renderElement(doc, { tag: tag as 'crime-rate-trend', lang, ...(o.theme ? { theme: o.theme } : {}), attributes });
  const title = textIn(doc.title, lang, doc.lang);
  io.stdout(o.page ? page(element, lang, title) : `${element}\n`);
  return 0;
}

/** `cifra render --png | --svg [--card]`: the chart as an image, from the pure core (src/cli/image.ts). */
async function imageCommand(
  file: string,
  o: { png?: boolean; svg?: boolean; card?: boolean; width?: string; height?: string; scale?: string; out?: string; page?: boolean; lang?: string; theme?: string; series?: string; from?: string; to?: string; highlight?: string; 'show-points'?: boolean },
  tag: string,
  io: Io,
): Promise<number> {
  if (!o.png && !o.svg) throw new ImportError('--card, --width, --height, --scale and --out go with --png or --svg');
  if (o.png && o.svg) throw new ImportError('--png or --svg, not both');
  if (o.page) throw new ImportError('--page writes HTML: it does not go with --png or --svg');
  if (tag !== 'crime-rate-trend') throw new ImportError(`--png and --svg draw <crime-rate-trend>, not <${tag}>`);
  if (o.card && (o.width || o.height)) throw new ImportError('--card is 1200×630: leave out --width and --height');
  const pixels = (name: string, value: string | undefined): number | undefined => {
    if (value === undefined) return undefined;
    if (!/^\d{1,4}$/.test(value.trim())) throw new ImportError(`${name} takes a whole number of pixels, not “${value}”`);
    return Number(value);
  };
  const scale = o.scale === undefined ? 1 : Number(o.scale);
  if (!(scale >= 1 && scale <= 4)) throw new ImportError(`--scale takes a number from 1 to 4, not “${o.scale}”`);
  if (o.scale !== undefined && !o.png) throw new ImportError('--scale goes with --png');
  const checked = validateIndicator(readDocument(file));
  if (!checked.ok) throw new ImportError(`${file}: does not pass the validator`);
  const { chartImage, ImageError } = await import('./image.js');
  let image;
  try {
    image = chartImage(checked.value, {
      lang: o.lang ?? 'es',
      series: o.series ?? null,
      from: o.from ?? null,
      to: o.to ?? null,
      highlight: o.highlight ?? null,
      card: o.card === true,
      ...(o.width ? { width: pixels('--width', o.width)! } : {}),
      ...(o.height ? { height: pixels('--height', o.height)! } : {}),
      theme: o.theme === 'dark' ? 'dark' : 'light',
      showPoints: o['show-points'] === true,
    });
  } catch (error) {
    if (error instanceof ImageError) throw new ImportError(error.message);
    throw error;
  }
  for (const w of image.warnings) io.stderr(`warning: ${w}\n`);
  if (o.svg) {
    if (o.out) {
      writeFileSync(o.out, image.svg);
      io.stderr(`wrote ${o.out}: ${image.width}×${image.height} SVG\nalt: ${image.alt}\n`);
    } else {
      io.stdout(image.svg);
    }
    return 0;
  }
  if (!o.out && !io.binary) throw new ImportError('--png writes binary data: give a file with -o (for example -o card.png), or redirect standard output to a file');
  const { svgToPng, MissingRasterizer } = await import('./png.js');
  let png;
  try {
    png = await svgToPng(image.svg, scale);
  } catch (error) {
    if (error instanceof MissingRasterizer) {
      io.stderr(`cifra render: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
  if (o.out) {
    writeFileSync(o.out, png.png);
    io.stderr(`wrote ${o.out}: ${png.width}×${png.height} PNG, ${Math.ceil(png.png.length / 1024)} KB\nalt: ${image.alt}\n`);
  } else {
    io.binary!(png.png);
  }
  return 0;
}

function text(es: string | undefined, en: string | undefined): Text | undefined {
  if (es === undefined) return en;
  return en === undefined ? es : { es, en };
}

function encodingOption(value: string | undefined): Encoding | undefined {
  if (value === undefined) return undefined;
  const v = value.toLowerCase().replace(/[^a-z0-9]/g, '');
  if (v === 'utf8') return 'utf-8';
  if (v === 'latin1' || v === 'iso88591' || v === 'windows1252' || v === 'cp1252') return 'latin1';
  throw new ImportError(`--encoding must be utf-8 or latin1, not “${value}”`);
}

/** "3-7" → [3, 7]; "1-12" is the whole year, the default (undefined). */
function monthsOption(value: string | undefined): [number, number] | undefined {
  if (value === undefined) return undefined;
  const m = /^\s*(\d{1,2})\s*(?:-\s*(\d{1,2})\s*)?$/.exec(value);
  const first = m ? Number(m[1]) : NaN;
  const last = m ? Number(m[2] ?? m[1]) : NaN;
  if (!(first >= 1 && last <= 12 && first <= last)) throw new ImportError(`--months takes FIRST-LAST, months 1–12 of one year with FIRST ≤ LAST ("3-7" is March to July), not “${value}”`);
  return first === 1 && last === 12 ? undefined : [first, last];
}

function yearOption(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{4}$/.test(value.trim())) throw new ImportError(`${name} takes a year ("2015"), not “${value}”`);
  return Number(value);
}

function importCommand(argv: readonly string[], io: Io): number {
  const { values: o, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: {
      help: { type: 'boolean', short: 'h' },
      population: { type: 'string' },
      per: { type: 'string' },
      crime: { type: 'string' },
      subtype: { type: 'string' },
      modality: { type: 'string' },
      'legal-good': { type: 'string' },
      state: { type: 'string' },
      monthly: { type: 'boolean' },
      months: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      sum: { type: 'boolean' },
      national: { type: 'boolean' },
      'national-only': { type: 'boolean' },
      period: { type: 'string' },
      title: { type: 'string' },
      'title-en': { type: 'string' },
      subtitle: { type: 'string' },
      'subtitle-en': { type: 'string' },
      of: { type: 'string' },
      'of-en': { type: 'string' },
      source: { type: 'string' },
      'source-url': { type: 'string' },
      publisher: { type: 'string' },
      lang: { type: 'string' },
      decimals: { type: 'string' },
      id: { type: 'string' },
      annotate: { type: 'string', multiple: true },
      encoding: { type: 'string' },
      'population-encoding': { type: 'string' },
      'state-column': { type: 'string' },
      'period-column': { type: 'string' },
      'value-column': { type: 'string' },
      'population-value-column': { type: 'string' },
      'population-column': { type: 'string' },
      out: { type: 'string', short: 'o' },
    },
  });
  if (o.help) {
    io.stdout(IMPORT_HELP);
    return 0;
  }
  if (positionals.length !== 1) throw new ImportError(`give one crime table (got ${positionals.length}); see cifra import --help`);
  const warnings: string[] = [];
  const report = { warn: (m: string) => warnings.push(`warning: ${m}`), note: (m: string) => warnings.push(`note: ${m}`) };
  const columns = { state: o['state-column'], period: o['period-column'], value: o['value-column'] };

  const crimeTable = readTable(positionals[0]!, encodingOption(o.encoding));
  if (crimeTable.encoding === 'latin1') report.warn(`${crimeTable.file}: read as Latin-1`);
  const crime = tableValues(crimeTable, report, columns);
  let population = null;
  if (o.population) {
    const popTable = readTable(o.population, encodingOption(o['population-encoding']));
    if (popTable.encoding === 'latin1') report.warn(`${popTable.file}: read as Latin-1`);
    population = sumBreakdowns(tableValues(popTable, report, { value: o['population-value-column'], role: 'population' }).values, popTable.file, report);
  } else if (o['population-column']) {
    population = tableValues(crimeTable, { warn: () => {} }, { ...columns, value: o['population-column'], role: 'population' }).values;
  }

  const per = o.per === undefined ? 100000 : Number(o.per);
  if (![1000, 10000, 100000, 1000000].includes(per)) throw new ImportError(`--per must be 1000, 10000, 100000 or 1000000, not “${o.per}”`);
  const states = o.state?.split(',').map((s) => s.trim()).filter(Boolean).map((s) => {
    const code = stateCell(s);
    if (!code || code === '00') throw new ImportError(`--state: “${s}” is not a state code or name`);
    return code;
  });
  const decimals = o.decimals === undefined ? undefined : Number(o.decimals);
  const months = monthsOption(o.months);
  if (months && o.monthly) throw new ImportError('--months and --monthly do not go together: --monthly keeps every month, --months sums some of them');
  const from = yearOption('--from', o.from);
  const to = yearOption('--to', o.to);
  if (from !== undefined && to !== undefined && from > to) throw new ImportError(`--from ${from} is after --to ${to}`);
  const title = text(o.title, o['title-en']);
  const doc = buildDocument(crime.values, population, {
    filters: { crime: o.crime, subtype: o.subtype, modality: o.modality, legalGood: o['legal-good'], ...(states ? { states } : {}) },
    monthly: o.monthly === true,
    ...(months ? { months } : {}),
    ...(from === undefined ? {} : { from }),
    ...(to === undefined ? {} : { to }),
    sum: o.sum === true,
    ...(o.population ? { populationFile: o.population } : {}),
    per: per as RatePer,
    national: o.national === true,
    nationalOnly: o['national-only'] === true,
    ...(o.period ? { crossSection: o.period } : {}),
    ...(title === undefined ? {} : { title }),
    fallbackTitle: crimeTable.file,
    ...(o.subtitle ? { subtitle: text(o.subtitle, o['subtitle-en'])! } : {}),
    ...(o.of ? { of: text(o.of, o['of-en'])! } : {}),
    source: {
      name: o.source ?? (crime.layout === 'sesnsp' ? 'SESNSP' : crimeTable.file),
      ...(o['source-url'] ? { url: o['source-url'] } : {}),
      ...(o.publisher ? { publisher: o.publisher } : {}),
    },
    lang: o.lang ?? 'es',
    ...(decimals === undefined ? {} : { decimals }),
    ...(o.id ? { id: o.id } : {}),
  }, report, crime.layout === 'sesnsp');

  const annotations = (o.annotate ?? []).map((a) => {
    const m = /^([^:]+):(.+)$/.exec(a);
    if (!m) throw new ImportError(`--annotate takes PERIOD:TEXT, not “${a}”`);
    const [es, en] = m[2]!.split('|');
    return { period: m[1]!.trim(), label: text(es!.trim(), en?.trim())! };
  });
  if (annotations.length) Object.assign(doc, { annotations });

  for (const w of warnings) io.stderr(`${w}\n`);
  const result = validateIndicator(doc);
  if (!result.ok) {
    io.stderr(`cifra import: the document does not pass the validator:\n${result.errors.map((p) => `  ${localizeProblem(p, 'en')}`).join('\n')}\n`);
    return 1;
  }
  const json = `${JSON.stringify(doc, null, 1)}\n`;
  if (o.out) {
    writeFileSync(o.out, json);
    io.stderr(`wrote ${o.out}: ${doc.series.length} series, ${doc.series.reduce((n, s) => n + s.observations.length, 0)} observations\n`);
  } else {
    io.stdout(json);
  }
  return 0;
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function snippetCommand(argv: readonly string[], io: Io): number {
  const { values: o, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: {
      help: { type: 'boolean', short: 'h' },
      element: { type: 'string' },
      src: { type: 'string' },
      series: { type: 'string' },
      lang: { type: 'string' },
      cdn: { type: 'string' },
    },
  });
  if (o.help) {
    io.stdout(SNIPPET_HELP);
    return 0;
  }
  const tag = o.element ?? 'crime-rate-trend';
  if (!ELEMENTS.includes(tag)) throw new ImportError(`--element must be one of ${ELEMENTS.join(', ')}`);
  if (positionals.length !== 1) throw new ImportError('give one document (JSON); see cifra snippet --help');
  const doc = readDocument(positionals[0]!);
  const attrs = [`lang="${escapeHtml(o.lang ?? 'es')}"`];
  if (o.series) attrs.push(`series="${escapeHtml(o.series)}"`);
  if (o.src) attrs.push(`src="${escapeHtml(o.src)}"`);
  // Inline JSON: "<" is escaped so no text in the document can close the script element.
  const inline = o.src ? '' : `\n  <script type="application/json">${JSON.stringify(doc).replace(/</g, '\\u003c')}</script>\n`;
  io.stdout(`${cdnTags(tag, o.cdn)}<${tag} ${attrs.join(' ')}>${inline}</${tag}>\n`);
  return 0;
}

