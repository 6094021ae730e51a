// node --import tsx scripts/cards.ts: the gallery of social cards of the demo documents.
//
// Writes demo/cards/*.png (1200×630, Spanish and English, as `cifra render --png --card`
// draws them) and demo/cards.html, the page that shows them with their alternative text and
// the command that makes each. The PNGs are committed (each is well under 150 KB), so
// `npm start` serves them on a fresh clone with nothing to generate; run this again after
// changing the image code (src/cli/image.ts) or the documents. Without the optional
// rasterizer (@resvg/resvg-js, a devDependency) it says so and changes nothing.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { chartImage, type ImageOptions } from '../src/cli/image.js';
import { MissingRasterizer, svgToPng } from '../src/cli/png.js';
import { validateIndicator } from '../src/core/validate.js';

const root = new URL('..', import.meta.url);
const LIMIT = 150 * 1024;

interface Card {
  readonly name: string;
  readonly file: string;
  readonly options: Omit<ImageOptions, 'lang' | 'card'>;
  readonly caption: { readonly es: string; readonly en: string };
}

const CARDS: readonly Card[] = [
  {
    name: 'chihuahua',
    file: 'states-homicide-1990-2008.json',
    options: { series: 'MX,08' },
    caption: { es: 'Una entidad frente al país: la línea nacional en gris.', en: 'A state against the country: the national line in grey.' },
  },
  {
    name: 'tres-estados',
    file: 'states-homicide-1990-2008.json',
    options: { series: 'MX,08,25,12' },
    caption: { es: 'Varias entidades: cada línea termina con su nombre y su último valor.', en: 'Several states: each line ends with its name and last value.' },
  },
  {
    name: 'nacional',
    file: 'national-homicide-1990-2008.json',
    options: {},
    caption: { es: 'Una serie: el cambio de 1990 a 2008 como cifra principal.', en: 'One series: the change from 1990 to 2008 as the headline figure.' },
  },
  {
    name: 'presidencia',
    file: 'presidencia-2016.json',
    options: {},
    caption: { es: 'Cifras aproximadas: «alrededor de» queda sobre la cifra.', en: 'Approximate figures: “about” stays above the number.' },
  },
];

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function command(card: Card, lang: string): string {
  const series = card.options.series ? ` --series ${card.options.series}` : '';
  return `npx cifra render ${card.file}${series} --lang ${lang} --png --card -o ${card.name}-${lang}.png`;
}

const figures: string[] = [];
const sizes: string[] = [];
try {
  mkdirSync(new URL('demo/cards/', root), { recursive: true });
  for (const card of CARDS) {
    const result = validateIndicator(JSON.parse(readFileSync(new URL(`demo/data/${card.file}`, root), 'utf8')));
    if (!result.ok) throw new Error(`demo/data/${card.file} does not pass the validator`);
    for (const lang of ['es', 'en'] as const) {
      const image = chartImage(result.value, { ...card.options, lang, card: true });
      for (const w of image.warnings) console.warn(`${card.name}-${lang}: warning: ${w}`);
      const png = await svgToPng(image.svg);
      if (png.png.length > LIMIT) throw new Error(`${card.name}-${lang}.png is ${png.png.length} bytes, over the ${LIMIT} the repository keeps`);
      const file = `${card.name}-${lang}.png`;
      writeFileSync(new URL(`demo/cards/${file}`, root), png.png);
      sizes.push(`demo/cards/${file}: ${png.width}×${png.height}, ${(png.png.length / 1024).toFixed(0)} KB`);
      figures.push(`      <figure class="card" data-lang="${lang}"${lang === 'en' ? ' hidden' : ''}>
        <a href="./cards/${file}"><img src="./cards/${file}" width="${png.width}" height="${png.height}" loading="lazy" alt="${escapeHtml(image.alt)}"></a>
        <figcaption>${escapeHtml(card.caption[lang])}<br><code>${escapeHtml(command(card, lang))}</code></figcaption>
      </figure>`);
    }
  }
} catch (error) {
  if (error instanceof MissingRasterizer) {
    console.log(`scripts/cards.ts: skipped, the cards need the optional rasterizer (npm install @resvg/resvg-js); the committed ones in demo/cards/ stand.`);
    process.exit(0);
  }
  throw error;
}

writeFileSync(new URL('demo/cards.html', root), `<!doctype html>
<!-- Written by scripts/cards.ts (node --import tsx scripts/cards.ts): edit the script, not this page. -->
<html lang="es">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title data-es="Tarjetas para compartir — cifra, demostración" data-en="Cards to share — cifra demo">Tarjetas para compartir — cifra, demostración</title>
  <link rel="icon" href="./favicon.svg" type="image/svg+xml">
  <link rel="stylesheet" href="./demo.css">
  <link rel="stylesheet" href="./cards.css">
  <script type="module" src="./cards.ts"></script>
</head>
<body class="page-cards">
  <a class="skip-link" href="#main" data-es="Saltar al contenido" data-en="Skip to content">Saltar al contenido</a>
  <header class="masthead">
    <p class="brand"><a href="./" data-keep-params>cifra</a></p>
    <nav class="pages" aria-label="Páginas de la demostración" data-es-label="Páginas de la demostración" data-en-label="Demo pages">
      <ul>
        <li><a href="./" data-keep-params data-es="Resumen" data-en="Overview">Resumen</a></li>
        <li><a href="./articulo.html" data-keep-params data-es="Artículo" data-en="Article">Artículo</a></li>
        <li><a href="./gobierno.html" data-keep-params data-es="Sitio de gobierno" data-en="Government site">Sitio de gobierno</a></li>
        <li><a href="./constructor.html" data-keep-params data-es="Constructor" data-en="Embed builder">Constructor</a></li>
        <li><a href="./cards.html" data-keep-params aria-current="page" data-es="Tarjetas" data-en="Cards">Tarjetas</a></li>
      </ul>
    </nav>
    <nav aria-label="Opciones de la demostración / Demo options" class="controls">
      <label>Idioma / Language
        <select id="lang">
          <option value="es" selected>Español</option>
          <option value="en">English</option>
        </select>
      </label>
      <label>Tema / Theme
        <select id="theme">
          <option value="auto" selected>auto</option>
          <option value="light">light</option>
          <option value="dark">dark</option>
        </select>
      </label>
    </nav>
  </header>
  <main id="main" class="cards-main">
    <h1 data-es="Tarjetas para compartir" data-en="Cards to share">Tarjetas para compartir</h1>
    <p class="lede" data-lang="es">Imágenes de 1200×630 para redes sociales y mensajería, hechas por <code>cifra render --png --card</code> sin navegador: título, la cifra principal, la gráfica y la fuente, con texto de al menos 24 px. La descripción de cada imagen (su texto alternativo) sale de las mismas frases que dice el elemento.</p>
    <p class="lede" data-lang="en" hidden>1200×630 images for social networks and messaging, made by <code>cifra render --png --card</code> without a browser: the title, the headline figure, the chart and the source, with no text under 24 px. Each image's description (its alternative text) comes from the same sentences the element says.</p>
    <div class="cards">
${figures.join('\n')}
    </div>
    <p class="note" data-lang="es">Requiere el paquete opcional <code>@resvg/resvg-js</code> (<code>npm install @resvg/resvg-js</code>). Letra: Public Sans, licencia SIL Open Font License 1.1, incluida en cifra.</p>
    <p class="note" data-lang="en" hidden>Needs the optional package <code>@resvg/resvg-js</code> (<code>npm install @resvg/resvg-js</code>). Font: Public Sans, SIL Open Font License 1.1, shipped with cifra.</p>
  </main>
</body>
</html>
`);
console.log(sizes.join('\n'));
console.log('demo/cards.html');
