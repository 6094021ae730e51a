// Theming as a page author sees it (DESIGN §7): `theme="auto"` follows the page's own
// `color-scheme`, never the reader's operating system alone; `theme="light"|"dark"` force
// one; a brand colour set with `--cifra-*` stays on light pages (`--cifra-dark-*` for dark
// ones); the default background is transparent and the font is the page's. Then the
// colours as applied, measured on a white page and on a dark one (#121212), and forced
// colours reaching the lines through the tokens. The reader's preference and forced
// colours go through the `emulate-media-features` server command
// (web-test-runner.config.mjs, CDP Emulation.setEmulatedMedia).
import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { CifraElement } from '../../src/base/cifra-element.js';
import { mount, settled, unmountAll, type Mounted, type Tag, TAGS } from './helpers.js';

type Rgba = [number, number, number, number];

const LIGHT_TEXT = 'rgb(31, 35, 40)'; // #1f2328
const DARK_TEXT = 'rgb(230, 237, 243)'; // #e6edf3
const LIGHT_LINE = 'rgb(11, 92, 173)'; // #0b5cad
const DARK_LINE = 'rgb(88, 166, 255)'; // #58a6ff
const TRANSPARENT = 'rgba(0, 0, 0, 0)';
const BRAND = 'rgb(122, 31, 92)'; // #7a1f5c, a newsroom's colour for light pages
const BRAND_DARK = 'rgb(255, 204, 238)'; // #ffccee

const DOC = {
  schema: 1,
  lang: 'es',
  title: 'Homicidios dolosos',
  unit: { type: 'rate', per: 100000, of: 'habitantes' },
  reference: { label: 'Nacional', value: 15 },
  annotations: [{ period: '2012', label: 'Cambio de gobierno' }],
  series: [
    { id: 'a', label: 'Aguascalientes', observations: [2010, 2011, 2012, 2013, 2014].map((y, i) => ({ period: String(y), value: 10 + i })) },
    { id: 'b', label: 'Baja California', observations: [2010, 2011, 2012, 2013, 2014].map((y, i) => ({ period: String(y), value: 20 - i })) },
  ],
  sources: [{ name: 'INEGI', url: 'https://www.inegi.org.mx/' }],
};
const RANK = { rank: '3', 'out-of': '32', subject: 'Homicidios', place: 'Jalisco', source: 'SESNSP', period: '2024' };
const RATE = { count: '1200', population: '8000000', label: 'homicidios', place: 'Jalisco', period: '2024', source: 'INEGI' };

let mediaEmulated = false;
async function emulate(features: { name: string; value: string }[]): Promise<void> {
  await executeServerCommand('emulate-media-features', { features });
  mediaEmulated = features.length > 0;
}

/** The page's own declarations, as a news site would write them on :root. */
function page(style: { colorScheme?: string; background?: string; props?: Record<string, string> }): void {
  const root = document.documentElement;
  if (style.colorScheme) root.style.colorScheme = style.colorScheme;
  if (style.background) root.style.background = style.background;
  for (const [k, v] of Object.entries(style.props ?? {})) root.style.setProperty(k, v);
}

afterEach(async () => {
  unmountAll();
  document.documentElement.removeAttribute('style');
  if (mediaEmulated) await emulate([]);
});

async function show(tag: Tag, attrs: Record<string, string> = {}): Promise<Mounted> {
  const m = mount(tag, (el) => {
    for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
    if (tag === 'crime-rate-trend') {
      (el as CifraElement & { data: unknown }).data = structuredClone(DOC);
      el.setAttribute('show-points', '');
    } else for (const [k, v] of Object.entries(tag === 'ranking-badge' ? { ...RANK, strip: '' } : RATE)) el.setAttribute(k, v);
  });
  m.container.style.width = '720px';
  await settled(m.el);
  await waitUntil(() => m.el.getAttribute('status') === 'ready', `${tag} ready`, { timeout: 8000 });
  return m;
}

const root = (el: Element) => el.shadowRoot!;
const line = (el: Element) => root(el).querySelector<SVGPathElement>('path.line')!;
const text = (el: Element) => getComputedStyle(el).color;

function parseColor(value: string): Rgba {
  const m = /rgba?\(([^)]+)\)/.exec(value);
  if (!m) throw new Error(`cannot parse colour "${value}"`);
  const p = m[1]!.split(/[\s,/]+/).filter(Boolean).map(Number);
  return [p[0]!, p[1]!, p[2]!, p[3] ?? 1];
}
function luminance([r, g, b]: Rgba): number {
  const lin = (c: number) => ((c /= 255) <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}
function contrast(a: Rgba, b: Rgba): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
/** The resolved value of a system colour, read from a probe that forced colours leave alone. */
function systemColor(name: string): string {
  const probe = document.createElement('span');
  probe.style.color = name;
  probe.style.setProperty('forced-color-adjust', 'none');
  document.body.append(probe);
  const value = getComputedStyle(probe).color;
  probe.remove();
  return value;
}

describe('theme="auto" follows the page, not the operating system', () => {
  for (const tag of TAGS) {
    it(`<${tag}> on a page that declares no color-scheme stays light when the reader's system prefers dark`, async () => {
      await emulate([{ name: 'prefers-color-scheme', value: 'dark' }]);
      expect(matchMedia('(prefers-color-scheme: dark)').matches, 'dark emulated').to.equal(true);
      const m = await show(tag);
      expect(text(m.el)).to.equal(LIGHT_TEXT);
      expect(getComputedStyle(m.el).backgroundColor, 'no dark slab').to.equal(TRANSPARENT);
      if (tag === 'crime-rate-trend') expect(getComputedStyle(line(m.el)).stroke).to.equal(LIGHT_LINE);
    });
  }

  it('a page with :root { color-scheme: light dark } follows the reader: dark when the system prefers dark', async () => {
    page({ colorScheme: 'light dark' });
    await emulate([{ name: 'prefers-color-scheme', value: 'dark' }]);
    const m = await show('crime-rate-trend');
    expect(text(m.el)).to.equal(DARK_TEXT);
    expect(getComputedStyle(line(m.el)).stroke).to.equal(DARK_LINE);
    expect(getComputedStyle(m.el).backgroundColor, 'the page shows through').to.equal(TRANSPARENT);
  });

  it('a page with :root { color-scheme: light dark } follows the reader: light when the system prefers light', async () => {
    page({ colorScheme: 'light dark' });
    await emulate([{ name: 'prefers-color-scheme', value: 'light' }]);
    const m = await show('crime-rate-trend');
    expect(text(m.el)).to.equal(LIGHT_TEXT);
    expect(getComputedStyle(line(m.el)).stroke).to.equal(LIGHT_LINE);
  });

  it('a dark-only page (:root { color-scheme: dark }) gets the dark palette whatever the system prefers', async () => {
    page({ colorScheme: 'dark' });
    await emulate([{ name: 'prefers-color-scheme', value: 'light' }]);
    const m = await show('rate-per-100k');
    expect(text(m.el)).to.equal(DARK_TEXT);
  });

  it('a section of the page that declares its own scheme is followed too', async () => {
    const m = await show('ranking-badge');
    expect(text(m.el)).to.equal(LIGHT_TEXT);
    m.container.style.colorScheme = 'dark';
    expect(text(m.el)).to.equal(DARK_TEXT);
  });
});

describe('theme="light" and theme="dark" force one', () => {
  for (const tag of TAGS) {
    it(`<${tag}> theme="dark" is dark on a light page, on the dark canvas colour so that it stays readable`, async () => {
      const m = await show(tag, { theme: 'dark' });
      expect(text(m.el)).to.equal(DARK_TEXT);
      expect(getComputedStyle(m.el).colorScheme).to.equal('dark');
      expect(getComputedStyle(m.el).backgroundColor).to.equal('rgb(18, 18, 18)');
    });
  }

  it('theme="light" is light on a dark page, whatever the system prefers', async () => {
    page({ colorScheme: 'dark', background: '#121212' });
    await emulate([{ name: 'prefers-color-scheme', value: 'dark' }]);
    const m = await show('crime-rate-trend', { theme: 'light' });
    expect(text(m.el)).to.equal(LIGHT_TEXT);
    expect(getComputedStyle(line(m.el)).stroke).to.equal(LIGHT_LINE);
    expect(getComputedStyle(m.el).backgroundColor).to.equal('rgb(255, 255, 255)');
  });

  it('theme="dark" paints dark series lines and a dark tooltip surface', async () => {
    const m = await show('crime-rate-trend', { theme: 'dark' });
    expect(getComputedStyle(line(m.el)).stroke).to.equal(DARK_LINE);
  });

  it('a brand background still wins over the forced canvas (--cifra-dark-color-background)', async () => {
    page({ props: { '--cifra-dark-color-background': 'transparent' } });
    const m = await show('rate-per-100k', { theme: 'dark' });
    expect(getComputedStyle(m.el).backgroundColor).to.equal(TRANSPARENT);
  });
});

describe('a brand colour set on the page', () => {
  it('--cifra-color-text applies on a light page and not on a dark one', async () => {
    page({ colorScheme: 'light dark', props: { '--cifra-color-text': BRAND } });
    await emulate([{ name: 'prefers-color-scheme', value: 'light' }]);
    const m = await show('rate-per-100k');
    expect(text(m.el), 'light').to.equal(BRAND);
    await emulate([{ name: 'prefers-color-scheme', value: 'dark' }]);
    expect(text(m.el), 'dark: the default dark text, not the brand colour on a dark page').to.equal(DARK_TEXT);
  });

  it('--cifra-dark-color-text applies on a dark page only', async () => {
    page({ colorScheme: 'light dark', props: { '--cifra-color-text': BRAND, '--cifra-dark-color-text': BRAND_DARK } });
    await emulate([{ name: 'prefers-color-scheme', value: 'dark' }]);
    const m = await show('ranking-badge');
    expect(text(m.el), 'dark').to.equal(BRAND_DARK);
    m.el.setAttribute('theme', 'light');
    expect(text(m.el), 'forced light').to.equal(BRAND);
  });

  it('--cifra-color-line and --cifra-dark-color-line colour the first series in their own theme', async () => {
    page({ props: { '--cifra-color-line': BRAND, '--cifra-dark-color-line': BRAND_DARK } });
    const m = await show('crime-rate-trend');
    expect(getComputedStyle(line(m.el)).stroke).to.equal(BRAND);
    m.el.setAttribute('theme', 'dark');
    expect(getComputedStyle(line(m.el)).stroke).to.equal(BRAND_DARK);
  });
});

describe('background and font are the page\'s', () => {
  for (const tag of TAGS) {
    it(`<${tag}> draws on a transparent background by default`, async () => {
      const m = await show(tag);
      expect(getComputedStyle(m.el).backgroundColor).to.equal(TRANSPARENT);
    });
  }

  it('the font is inherited from the page unless --cifra-font-family is set', async () => {
    const m = await show('crime-rate-trend');
    m.container.style.fontFamily = 'Georgia, serif';
    m.container.style.fontSize = '20px';
    expect(getComputedStyle(m.el).fontFamily).to.equal('Georgia, serif');
    expect(getComputedStyle(m.el).fontSize).to.equal('20px');
    expect(getComputedStyle(root(m.el).querySelector('svg text')!).fontFamily, 'chart text').to.equal('Georgia, serif');
    m.container.style.setProperty('--cifra-font-family', 'Arial, sans-serif');
    expect(getComputedStyle(m.el).fontFamily).to.equal('Arial, sans-serif');
  });

  it('the tooltip stays opaque over the marks, on the canvas colour of the scheme', async () => {
    const m = await show('crime-rate-trend');
    const plot = root(m.el).querySelector<HTMLElement>('.plot')!;
    plot.focus();
    plot.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, composed: true }));
    await (m.el as CifraElement).updateComplete;
    const tip = await waitUntil(() => root(m.el).querySelector<HTMLElement>('.tooltip'), 'a tooltip', { timeout: 2000 }).then(() => root(m.el).querySelector<HTMLElement>('.tooltip')!);
    expect(getComputedStyle(tip).backgroundColor).to.equal('rgb(255, 255, 255)');
  });
});

describe('the colours as applied reach their contrast on the page', () => {
  const pages = [
    ['light', { colorScheme: 'light', background: '#ffffff' }, [255, 255, 255, 1]],
    ['dark', { colorScheme: 'dark', background: '#121212' }, [18, 18, 18, 1]],
  ] as const;
  for (const [name, style, bg] of pages) {
    it(`${name} page (${style.background}): text ≥ 4.5:1; lines, reference, marked cell and focus ring ≥ 3:1`, async () => {
      page(style);
      const failures: string[] = [];
      const check = (what: string, colour: string, min: number) => {
        const ratio = contrast(parseColor(colour), bg as Rgba);
        if (ratio < min) failures.push(`${what} ${colour}: ${ratio.toFixed(2)}:1`);
      };
      const chart = await show('crime-rate-trend');
      const r = root(chart.el);
      expect(getComputedStyle(chart.el).backgroundColor).to.equal(TRANSPARENT);
      check('text', text(chart.el), 4.5);
      check('axis text', getComputedStyle(r.querySelector('svg text')!).fill, 4.5);
      check('source', getComputedStyle(r.querySelector('.foot') ?? r.querySelector('[part="source"]')!).color, 4.5);
      const lines = [...r.querySelectorAll<SVGPathElement>('path.line')];
      expect(lines).to.have.length(2);
      for (const l of lines) check(`line ${l.getAttribute('class')}`, getComputedStyle(l).stroke, 3);
      check('reference', getComputedStyle(r.querySelector('.reference line')!).stroke, 3);
      const plot = r.querySelector<HTMLElement>('.plot')!;
      plot.focus();
      expect(getComputedStyle(plot).outlineStyle, 'the focus ring is drawn').to.equal('solid');
      check('focus ring', getComputedStyle(plot).outlineColor, 3);
      const badge = await show('ranking-badge');
      check('badge text', text(badge.el), 4.5);
      const me = getComputedStyle(root(badge.el).querySelector('.cell.me')!);
      check('marked cell', me.backgroundColor, 3);
      const rate = await show('rate-per-100k');
      check('rate text', text(rate.el), 4.5);
      check('rate source', getComputedStyle(root(rate.el).querySelector('.source')!).color, 4.5);
      expect(failures, failures.join('\n')).to.deep.equal([]);
    });
  }
});

describe('forced colours reach the marks through the tokens', () => {
  beforeEach(async () => {
    await emulate([{ name: 'forced-colors', value: 'active' }]);
    expect(matchMedia('(forced-colors: active)').matches, 'forced-colors emulated').to.equal(true);
  });

  it('each series line reads --_line / --_series-n, which forced colours set to CanvasText, over a page brand colour', async () => {
    page({ props: { '--cifra-color-line': BRAND, '--cifra-color-series-2': BRAND } });
    const canvasText = systemColor('CanvasText');
    const m = await show('crime-rate-trend');
    const lines = [...root(m.el).querySelectorAll<SVGPathElement>('path.line')];
    expect(lines).to.have.length(2);
    for (const l of lines) expect(getComputedStyle(l).stroke, l.getAttribute('class') ?? '').to.equal(canvasText);
    const host = getComputedStyle(m.el);
    expect(host.getPropertyValue('--_line').trim()).to.equal('CanvasText');
    expect(host.getPropertyValue('--_series-2').trim()).to.equal('CanvasText');
  });

  it('the grid, the reference line and the focus ring read --_grid, --_text and --_focus (GrayText, CanvasText, Highlight)', async () => {
    const m = await show('crime-rate-trend');
    const r = root(m.el);
    expect(getComputedStyle(r.querySelector('.grid')!).stroke).to.equal(systemColor('GrayText'));
    // The reference is context in neutral ink, not an accent: Highlight is kept for focus and the highlighted series.
    expect(getComputedStyle(r.querySelector('.reference line')!).stroke).to.equal(systemColor('CanvasText'));
    expect(systemColor('CanvasText')).not.to.equal(systemColor('Highlight'));
    const plot = r.querySelector<HTMLElement>('.plot')!;
    plot.focus();
    expect(getComputedStyle(plot).outlineColor).to.equal(systemColor('Highlight'));
  });

  it('without forced colours the same line follows the page brand colour (the token is what changes)', async () => {
    await emulate([]);
    page({ props: { '--cifra-color-line': BRAND } });
    const m = await show('crime-rate-trend');
    expect(getComputedStyle(line(m.el)).stroke).to.equal(BRAND);
  });
});
