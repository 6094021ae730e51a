// The PNG download ("images a newsroom can share"): the chart drawn on a canvas from its
// layout, with its title, headline and source around it, at 2× device pixels, saved through
// a blob URL like the CSV. The download is intercepted (no navigation) and the PNG decoded.
import { expect } from '@open-wc/testing';
import type { CrimeRateTrend } from '../../src/elements/crime-rate-trend/crime-rate-trend.js';
import { PNG_GAP, PNG_PAD, PNG_SCALE } from '../../src/elements/crime-rate-trend/png.js';
import { mount, settled, unmountAll, type Mounted } from './helpers.js';

const TITLE = 'Homicidios dolosos';

/** Two series, a preliminary point, a band, a reference line and an annotation: every mark the plot draws. */
const doc = {
  schema: 1,
  id: 'homicidios',
  lang: 'es',
  title: { es: TITLE, en: 'Intentional homicides' },
  subtitle: 'Tasa por cada 100 mil habitantes',
  unit: { type: 'rate', per: 100000, of: { es: 'habitantes', en: 'inhabitants' } },
  series: [
    { id: 'MX', geo: { level: 'country', code: 'MX', name: 'México' }, observations: [
      { period: '2010', value: 22.0 }, { period: '2012', value: 22.9 }, { period: '2014', value: 16.9, status: 'preliminary' },
      { period: '2016', value: 20.4, lower: 19.9, upper: 20.9 },
    ] },
    { id: 'CH', geo: { level: 'country', code: 'CH', name: 'Chile' }, observations: [
      { period: '2010', value: 5.1 }, { period: '2012', value: 6.8 }, { period: '2016', value: 5.9 },
    ] },
  ],
  reference: { label: 'Promedio', value: 18 },
  annotations: [{ period: '2012', label: 'Nueva administración' }],
  sources: [{ name: 'INEGI' }],
};

afterEach(unmountAll);

async function chart(setup: (el: CrimeRateTrend) => void = () => {}): Promise<Mounted<CrimeRateTrend>> {
  const m = mount<CrimeRateTrend>('crime-rate-trend', (el) => {
    el.data = doc as never;
    setup(el);
  });
  m.container.style.width = '800px';
  await settled(m.el);
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  await m.el.updateComplete;
  expect(m.el.status).to.equal('ready');
  return m;
}

function pngButton(root: ShadowRoot): HTMLButtonElement {
  const button = [...root.querySelectorAll<HTMLButtonElement>('.actions button')].find((b) => b.textContent!.includes('PNG'));
  if (!button) throw new Error('no PNG download button');
  return button;
}

interface Captured {
  blob: Blob;
  name: string;
  texts: string[];
}

/** Clicks the PNG button with the blob URL, the link's click and fillText watched; resolves once the link was clicked. */
async function capturePng(root: ShadowRoot): Promise<Captured> {
  const createObjectURL = URL.createObjectURL;
  const click = HTMLAnchorElement.prototype.click;
  const fillText = CanvasRenderingContext2D.prototype.fillText;
  const blobs: Blob[] = [];
  const texts: string[] = [];
  let name = '';
  URL.createObjectURL = (obj: Blob | MediaSource) => {
    if (obj instanceof Blob) blobs.push(obj);
    return createObjectURL.call(URL, obj);
  };
  CanvasRenderingContext2D.prototype.fillText = function (this: CanvasRenderingContext2D, text: string, x: number, y: number, w?: number) {
    texts.push(text);
    return w === undefined ? fillText.call(this, text, x, y) : fillText.call(this, text, x, y, w);
  };
  const clicked = new Promise<void>((resolve) => {
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      if (!this.hasAttribute('download')) return click.call(this);
      name = this.download;
      resolve();
    };
  });
  try {
    pngButton(root).click();
    await Promise.race([clicked, new Promise((_, reject) => setTimeout(() => reject(new Error('no download was started')), 5000))]);
  } finally {
    URL.createObjectURL = createObjectURL;
    HTMLAnchorElement.prototype.click = click;
    CanvasRenderingContext2D.prototype.fillText = fillText;
  }
  expect(blobs, 'one Blob made into a URL').to.have.length(1);
  return { blob: blobs[0]!, name, texts };
}

/** The decoded image's pixels. */
async function pixels(blob: Blob): Promise<{ width: number; height: number; data: Uint8ClampedArray }> {
  const bitmap = await createImageBitmap(blob);
  const canvas = document.createElement('canvas');
  canvas.width = bitmap.width;
  canvas.height = bitmap.height;
  const ctx = canvas.getContext('2d')!;
  ctx.drawImage(bitmap, 0, 0);
  return { width: bitmap.width, height: bitmap.height, data: ctx.getImageData(0, 0, bitmap.width, bitmap.height).data };
}

const px = (root: ShadowRoot, selector: string, prop: 'fontSize' = 'fontSize') => parseFloat(getComputedStyle(root.querySelector(selector)!)[prop]);

describe('<crime-rate-trend> PNG download', () => {
  it('a third download button, labelled in the element\'s language', async () => {
    const es = await chart();
    const buttons = [...es.el.shadowRoot!.querySelectorAll('.actions button')].map((b) => b.getAttribute('aria-label') ?? b.textContent);
    expect(buttons.slice(-3)).to.deep.equal(['Descargar CSV', 'Descargar SVG', 'Descargar PNG']);
    expect(pngButton(es.el.shadowRoot!).textContent!.trim()).to.equal('⤓ PNG');
    const en = await chart((el) => el.setAttribute('lang', 'en'));
    expect(pngButton(en.el.shadowRoot!).getAttribute('aria-label')).to.equal('Download PNG');
  });

  it('no PNG button on small multiples (layout="grid"), which have no one plot to draw', async () => {
    const { el } = await chart((e) => e.setAttribute('layout', 'grid'));
    const labels = [...el.shadowRoot!.querySelectorAll('.actions button')].map((b) => b.getAttribute('aria-label'));
    expect(labels).to.include('Descargar CSV');
    expect(labels).not.to.include('Descargar PNG');
  });

  it('a PNG of the plot and its text rows at 2× device pixels, not blank, with the title drawn', async () => {
    const { el } = await chart();
    const root = el.shadowRoot!;
    const svg = root.querySelector<SVGSVGElement>('.plot svg[role="img"]')!;
    const plot = { width: Number(svg.getAttribute('width')), height: Number(svg.getAttribute('height')) };
    const got = await capturePng(root);
    expect(got.blob.type).to.equal('image/png');
    expect(got.name).to.equal('homicidios.png');
    const head = new Uint8Array(await got.blob.slice(0, 8).arrayBuffer());
    expect([...head], 'the PNG signature').to.deep.equal([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

    // The size chosen: the plot, a pad around everything, one line each of title (line height
    // 1.25), headline (1.5) and source (1.4) in their rendered sizes, and a gap on each side of the plot.
    const rows = px(root, '.title') * 1.25 + px(root, '.head .dek') * 1.5 + px(root, '.foot p') * 1.4;
    const image = await pixels(got.blob);
    expect(image.width).to.equal(Math.ceil((plot.width + 2 * PNG_PAD) * PNG_SCALE));
    expect(image.height).to.equal(Math.ceil((plot.height + 2 * PNG_PAD + 2 * PNG_GAP + rows) * PNG_SCALE));

    // Not blank: an opaque background, many colours (series, grid, text), and a fair share of ink.
    const colours = new Set<number>();
    const [r0, g0, b0] = image.data;
    let ink = 0;
    let transparent = 0;
    for (let i = 0; i < image.data.length; i += 4) {
      const [r, g, b, a] = [image.data[i]!, image.data[i + 1]!, image.data[i + 2]!, image.data[i + 3]!];
      colours.add((r << 16) | (g << 8) | b);
      if (a < 255) transparent++;
      if (Math.abs(r - r0!) + Math.abs(g - g0!) + Math.abs(b - b0!) > 30) ink++;
    }
    expect(transparent, 'no see-through pixel').to.equal(0);
    expect(colours.size, 'distinct colours').to.be.greaterThan(20);
    expect(ink / (image.width * image.height), 'share of pixels off the background').to.be.greaterThan(0.01);
    // The two series' colours, as the SVG computed them, appear in the image.
    for (const key of ['MX', 'CH']) {
      const line = [...svg.querySelectorAll<SVGGElement>('g.series')].find((g) => g.dataset['key'] === key)!.querySelector('.line')!;
      const [r, g, b] = getComputedStyle(line).stroke.match(/\d+/g)!.map(Number);
      let found = false;
      for (let i = 0; i < image.data.length && !found; i += 4) found = image.data[i] === r && image.data[i + 1] === g && image.data[i + 2] === b;
      expect(found, `${key}'s line colour rgb(${r}, ${g}, ${b}) in the image`).to.equal(true);
    }

    // The text: the title, the headline as shown, the source, the ticks, the reference and annotation labels.
    expect(got.texts).to.include(TITLE);
    expect(got.texts.some((t) => t.startsWith('Fuente: INEGI')), `the source line in ${JSON.stringify(got.texts)}`).to.equal(true);
    expect(got.texts).to.include('Nueva administración');
    expect(got.texts.some((t) => t.startsWith('Promedio: 18')), 'the reference label').to.equal(true);
    expect(got.texts).to.include('2012');
  });

  it('the editor\'s heading is the image\'s title, and a dark theme gives a dark, opaque background', async () => {
    const { el } = await chart((e) => {
      e.setAttribute('heading', 'La tasa bajó');
      e.setAttribute('theme', 'dark');
    });
    const got = await capturePng(el.shadowRoot!);
    expect(got.texts).to.include('La tasa bajó');
    const image = await pixels(got.blob);
    const [r, g, b, a] = image.data;
    expect(a).to.equal(255);
    expect(r! + g! + b!, `a dark corner, rgb(${r}, ${g}, ${b})`).to.be.lessThan(3 * 64);
  });

  it('a long title wraps inside the image\'s width instead of running off it', async () => {
    const long = 'Homicidios dolosos por cada cien mil habitantes en las entidades federativas de México, de 2010 a 2016, con cifras preliminares';
    const { el } = await chart((e) => e.setAttribute('heading', long));
    const root = el.shadowRoot!;
    const svg = root.querySelector<SVGSVGElement>('.plot svg[role="img"]')!;
    const measure = document.createElement('canvas').getContext('2d')!;
    const title = getComputedStyle(root.querySelector('.title')!);
    measure.font = `${title.fontWeight} ${title.fontSize} ${title.fontFamily}`;
    const got = await capturePng(root);
    // The title's lines are the first text drawn.
    const lines: string[] = [];
    for (const t of got.texts) {
      if (lines.join(' ').length >= long.length) break;
      lines.push(t);
    }
    expect(lines.join(' ')).to.equal(long);
    expect(lines.length).to.be.greaterThan(1);
    for (const line of lines) expect(measure.measureText(line).width).to.be.at.most(Number(svg.getAttribute('width')));
  });
});
