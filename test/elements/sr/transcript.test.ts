// What a screen reader says (DESIGN §5: "a virtual screen reader transcript in the test suite
// is the evidence"): each element read by @guidepup/virtual-screen-reader, through the shadow-root
// wrapper in ./virtual.ts, in Spanish and English, loading, ready and error. The assertions are
// key phrases and the absence of what voices misread: "punto o" for "1.º", "$ punto" for JSON
// paths, a grouping comma inside a Spanish number, the minus sign, English engine messages.
// The national chart's full transcript (browse mode from start to end, then point exploration)
// must equal docs/transcript-es.md.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { CifraElement } from '../../../src/base/cifra-element.js';
import { key, mount, settled, sleep, unmountAll, type Tag } from '../helpers.js';
import { startReader, type Session } from './virtual.js';

let session: Session | null = null;

afterEach(async () => {
  await session?.stop();
  session = null;
  unmountAll();
});

const demoCache = new Map<string, unknown>();
async function demo(name: string): Promise<unknown> {
  if (!demoCache.has(name)) demoCache.set(name, await (await fetch(`/demo/data/${name}`)).json());
  return structuredClone(demoCache.get(name));
}

type Lang = 'es' | 'en';

/** Ready, and the chart drawn. */
async function ready(el: CifraElement): Promise<void> {
  await settled(el);
  for (let i = 0; i < 3; i++) await new Promise((r) => requestAnimationFrame(r));
  await el.updateComplete;
}

/** Mounts `tag` ready, reads it in browse mode, and returns the phrases. */
async function readReady(tag: Tag, lang: Lang, setup: (el: CifraElement) => void | Promise<void>): Promise<string[]> {
  let pending: Promise<void> | void = undefined;
  const m = mount(tag, (el) => {
    el.setAttribute('lang', lang);
    pending = setup(el);
  });
  await pending;
  await ready(m.el);
  session = await startReader(m.container);
  return session.read();
}

/** Nothing a voice misreads, in any phrase. */
function assertSpeakable(said: readonly string[], lang: Lang): void {
  const text = said.join('\n');
  expect(text, 'an ordinal indicator ("uno punto o")').not.to.match(/\d\.?º/);
  expect(text, 'a JSON path read aloud ("$ punto series")').not.to.match(/\$|\[\d+\]/);
  expect(text, 'a minus sign (read "minus" by a Spanish voice, or not at all)').not.to.include('\u2212');
  if (lang === 'es') {
    expect(text, 'a grouping comma in a number ("dos coma quinientos")').not.to.match(/\d,\d{3}/);
    expect(text, 'a short month ("ene 2014")').not.to.match(/\b(?:ene|feb|mar|abr|may|jun|jul|ago|sept?|oct|nov|dic) \d{4}/);
  }
}

const count = (said: readonly string[], fragment: string) => said.filter((p) => p.includes(fragment)).length;

/**
 * The phrases as one text: the library says each text node on its own ("2567", "de", "3359934"),
 * where a screen reader reads the line; a sentence is checked in the joined text.
 */
const joined = (said: readonly string[]) => said.filter((p) => !/^(?:end of |paragraph$|strong$|group$|code$|status$)/.test(p)).join(' ').replace(/\s+/g, ' ');

describe('virtual screen reader: <crime-rate-trend>', () => {
  for (const lang of ['es', 'en'] as const) {
    it(`national chart, ready (${lang}): type, axes, every point in the reading order, each text once`, async () => {
      const doc = await demo('national-homicide-1990-2008.json');
      const said = await readReady('crime-rate-trend', lang, (el) => { el.data = doc; });
      assertSpeakable(said, lang);
      const E = lang === 'es'
        ? { image: 'image, Gráfica de líneas: Homicidios dolosos, Nacional, 1990 a 2008', axes: 'Una serie de 19 puntos. Eje X: años, de 1990 a 2008. Eje Y: tasa por cada 100 mil habitantes, de 8.3 a 17.3.', change: 'menos 7 por ciento', help: 'Las flechas izquierda y derecha', summary: 'bajó de 13.7 a 12.8' }
        : { image: 'image, Line chart: Intentional homicides, National, 1990 to 2008', axes: 'One series of 19 points. X axis: years, from 1990 to 2008. Y axis: rate per 100,000 inhabitants, from 8.3 to 17.3.', change: 'minus 7 percent', help: 'Left and right arrows', summary: 'fell from 13.7 to 12.8' };
      expect(said).to.include(E.image);
      expect(said).to.include(E.axes);
      expect(said).to.include(E.change);
      for (const point of ['1990: 13.7', '1994: 17.3', '2008: 12.8']) expect(said, point).to.include(point);
      expect(said.filter((p) => p.startsWith('listitem')).length, 'a list item per point').to.equal(19);
      // Once per visit: the summary, the instructions (only as the plot's description, before its first focus).
      expect(count(said, E.summary), 'the summary, once').to.equal(1);
      expect(said.filter((p) => p.includes(E.help) && !p.startsWith('end of')).length, 'the instructions, once').to.equal(1);
    });
  }

  it('33 series: the name counts them and the summary gives highest and lowest, not 33 sentences', async () => {
    const doc = await demo('states-homicide-1990-2008.json');
    const said = await readReady('crime-rate-trend', 'es', (el) => { el.data = doc; });
    assertSpeakable(said, 'es');
    expect(said).to.include('image, Gráfica de líneas: Homicidios dolosos, 33 series, 1990 a 2008');
    expect(said.some((p) => /^En 2008, el valor más alto es el de Chihuahua \(76\.4\) y el más bajo el de Yucatán \(2\.6\)\./.test(p)), 'highest and lowest').to.equal(true);
    const sentences = said.filter((p) => /^[^:]+: (?:subió|bajó|se mantuvo) /.test(p));
    expect(sentences.length, 'each series\' sentence heads its list').to.be.within(25, 33);
    expect(new Set(sentences).size, 'each once').to.equal(sentences.length);
  });

  it('the table says every period, gaps and intervals in words', async () => {
    const doc = {
      schema: 1, lang: 'es', title: 'Sinaloa', unit: { type: 'rate', per: 100000 },
      series: [{ label: 'Sinaloa', observations: [{ period: '2014-12', value: 2567.25 }, { period: '2015-01', value: null }, { period: '2015-04', value: 3.2, lower: 2.1, upper: 4.5, status: 'preliminary' }] }],
      sources: [{ name: 'SESNSP' }],
    };
    const m = mount('crime-rate-trend', (el) => { el.setAttribute('lang', 'es'); el.data = doc; });
    await ready(m.el);
    m.el.shadowRoot!.querySelector<HTMLButtonElement>('button[aria-controls="data"]')!.click();
    await m.el.updateComplete;
    session = await startReader(m.container);
    const said = await session.read();
    assertSpeakable(said, 'es');
    const table = said.slice(said.findIndex((p) => p.startsWith('table')));
    for (const row of ['diciembre de 2014', 'enero de 2015', 'febrero de 2015', 'marzo de 2015', 'abril de 2015']) expect(table.join(' | '), row).to.include(row);
    expect(table.join(' | ')).to.include('2567.3');
    expect(table.join(' | ')).to.include('3.2');
    expect(table.join(' | ')).to.include('intervalo: 2.1 a 4.5');
    expect(table.join(' | ')).to.include('(preliminar)');
    expect(table.filter((p) => p === 'cell, sin datos').length, 'three months without data').to.equal(3);
  });
});

describe('virtual screen reader: <rate-per-100k> and <ranking-badge>', () => {
  it('rate (es): "2567 de 3359934 habitantes", never "dos coma…"', async () => {
    const said = await readReady('rate-per-100k', 'es', (el) => {
      for (const [k, v] of Object.entries({ count: '2567', population: '3359934', label: 'homicidios', place: 'Jalisco', period: '2015-01/2015-03', source: 'INEGI' })) el.setAttribute(k, v);
    });
    assertSpeakable(said, 'es');
    expect(joined(said)).to.include('2567 de 3359934 habitantes');
    expect(joined(said)).to.include('2567 entre 3359934 por 100000 igual a 76.4');
  });

  it('rate (en) reads its comparison and change in words', async () => {
    const doc = await demo('states-homicide-1990-2008.json');
    const said = await readReady('rate-per-100k', 'en', (el) => { el.setAttribute('series', '08'); el.setAttribute('compare', 'MX'); el.data = doc; });
    assertSpeakable(said, 'en');
    // The change as a reader says it: the verb, then the amount without a sign ("up 395 percent from 2007").
    expect(joined(said)).to.match(/\b(up|down) \d+ percent from \d{4}\b/);
    expect(joined(said)).not.to.match(/\b(plus|minus) \d+ percent/);
    expect(joined(said)).to.include('per 100,000 inhabitants');
  });

  const badge = { rank: '11', 'out-of': '32', subject: 'Homicidios 2024', place: 'Jalisco', period: '2024', source: 'SESNSP' };
  it('badge (es): "lugar 11 de 32 entidades", the period once', async () => {
    const said = await readReady('ranking-badge', 'es', (el) => { for (const [k, v] of Object.entries({ ...badge, among: 'entidades' })) el.setAttribute(k, v); });
    assertSpeakable(said, 'es');
    expect(joined(said)).to.include('lugar 11 de 32 entidades');
    expect(joined(said)).not.to.match(/2024, 2024|2024 · 2024/);
  });

  it('badge (en): "11th of 32 states"; without out-of, "among"', async () => {
    const said = await readReady('ranking-badge', 'en', (el) => { for (const [k, v] of Object.entries({ ...badge, among: 'states' })) el.setAttribute(k, v); });
    expect(joined(said)).to.include('11th of 32 states');
    await session!.stop();
    session = null;
    unmountAll();
    const alone = await readReady('ranking-badge', 'es', (el) => { el.setAttribute('rank', '11'); el.setAttribute('among', 'entidades'); });
    expect(joined(alone)).to.include('lugar 11 entre las entidades');
  });

  it('computed badge (es): its order in words, "el lugar 1 es el valor más alto"', async () => {
    const doc = await demo('states-homicide-2008.json');
    const said = await readReady('ranking-badge', 'es', (el) => { el.setAttribute('series', '14'); el.setAttribute('strip', ''); el.data = doc; });
    assertSpeakable(said, 'es');
    expect(joined(said)).to.include('el lugar 1 es el valor más alto');
  });
});

describe('virtual screen reader: loading, ready and error are announced', () => {
  const TAGS: readonly Tag[] = ['crime-rate-trend', 'rate-per-100k', 'ranking-badge'];
  for (const tag of TAGS) {
    for (const lang of ['es', 'en'] as const) {
      it(`<${tag}> (${lang}): loading is read, then its end is said politely`, async () => {
        const m = mount(tag, (el) => { el.setAttribute('lang', lang); el.setAttribute('src', `/_test/doc.json?delay=400&k=${key()}&title=Robo`); });
        await m.el.updateComplete;
        session = await startReader(m.container);
        const loading = await session.read();
        expect(loading.join(' | ')).to.include(lang === 'es' ? 'Cargando datos' : 'Loading data');
        const from = (await session.log()).length;
        await ready(m.el);
        const said = await session.since(from);
        const end = said.filter((p) => p.startsWith(lang === 'es' ? 'polite: Datos cargados: ' : 'polite: Data loaded: '));
        expect(end, `the end of loading, said once: ${JSON.stringify(said)}`).to.have.length(1);
      });

      it(`<${tag}> (${lang}): a parse error is said in the element's language, never in the engine's English`, async () => {
        const m = mount(tag, (el) => { el.setAttribute('lang', lang); el.data = '{"schema": 1,\n "title": }'; });
        session = await startReader(m.container);
        await settled(m.el);
        const log = await session.log();
        // Chromium's message no longer gives a position for this error; where an engine gives one
        // ("at position 12", "line 1 column 13") the element says "línea 2, columna 11".
        const expected = lang === 'es'
          ? /^polite: No se puede mostrar esta estadística: Los datos no son JSON válido(?:: el error está en la línea \d+, columna \d+)?\.$/
          : /^polite: This statistic cannot be shown: The data is not valid JSON(?:: the error is at line \d+, column \d+)?\.$/;
        expect(log.filter((p) => expected.test(p)), JSON.stringify(log)).to.have.length(1);
        const said = await session.read();
        expect(said.join(' | ')).not.to.match(/Unexpected|Expected|position|JSON\.parse/);
      });
    }

    it(`<${tag}> (es): schema problems are said with their paths in words; the visible <code> keeps the path`, async () => {
      const bad = { schema: 1, title: 'x', unit: { type: 'rate', per: 100000 }, series: [{ observations: [{ period: '2012', value: 1 }, { period: '2013', value: 'mucho' }] }], sources: [{ name: 's' }] };
      const m = mount(tag, (el) => { el.setAttribute('lang', 'es'); el.data = bad; });
      await settled(m.el);
      session = await startReader(m.container);
      const said = await session.read();
      assertSpeakable(said, 'es');
      expect(joined(said)).to.include('serie 1, observación 2, value : debe ser un número');
      expect(m.el.shadowRoot!.querySelector('.error code[aria-hidden="true"]')!.textContent).to.include('$.series[0].observations[1].value');
    });
  }

  it('every text carries the element\'s language, on a page without one', async () => {
    const html = document.documentElement;
    const pageLang = html.getAttribute('lang');
    html.removeAttribute('lang');
    try {
      const m = mount('rate-per-100k', (el) => { el.setAttribute('lang', 'es'); el.setAttribute('count', '2567'); el.setAttribute('population', '3359934'); });
      await settled(m.el);
      const root = m.el.shadowRoot!;
      for (const node of root.children) {
        if (node.localName === 'style') continue;
        expect(node.getAttribute('lang'), `<${node.localName} class="${node.className}">`).to.equal('es-MX');
      }
    } finally {
      if (pageLang !== null) html.setAttribute('lang', pageLang);
    }
  });
});

// ---------------------------------------------------------------------------------
// docs/transcript-es.md: the national chart, browse mode from start to end, then point exploration.

async function nationalTranscript(): Promise<{ browse: string[]; explore: [string, string[]][] }> {
  const doc = await demo('national-homicide-1990-2008.json');
  const page = document.createElement('div');
  page.style.width = '640px';
  const before = document.createElement('button');
  before.textContent = 'antes';
  const el = document.createElement('crime-rate-trend');
  el.setAttribute('lang', 'es');
  el.data = doc;
  page.append(before, el);
  document.body.append(page);
  try {
    await ready(el);
    session = await startReader(page);
    const browse = (await session.read()).filter((p) => p !== 'button, antes' && p !== 'antes' && p !== 'end of button, antes');
    const explore: [string, string[]][] = [];
    before.focus();
    await sleep(50);
    const step = async (label: string, ...keys: string[]) => {
      const from = (await session!.log()).length;
      for (const k of keys) {
        if (k === 'Shift+Tab') {
          await sendKeys({ down: 'Shift' });
          await sendKeys({ press: 'Tab' });
          await sendKeys({ up: 'Shift' });
        } else await sendKeys({ press: k });
        await el.updateComplete;
      }
      await sleep(50);
      explore.push([label, (await session!.since(from)).filter((p) => !p.startsWith('button, antes'))]);
    };
    await step('Tab', 'Tab');
    await step('→', 'ArrowRight');
    await step('→', 'ArrowRight');
    await step('Fin', 'End');
    await step('→', 'ArrowRight');
    await step('Av Pág', 'Home', 'PageDown');
    await step('↑', 'ArrowUp');
    await step('Tab', 'Tab');
    await step('Mayús+Tab', 'Shift+Tab');
    return { browse, explore };
  } finally {
    page.remove();
  }
}

function transcriptMarkdown(t: { browse: string[]; explore: [string, string[]][] }): string {
  const browse = t.browse.map((p, i) => `${String(i + 1).padStart(3, ' ')}. ${p}`).join('\n');
  const explore = t.explore.map(([k, said]) => `${k.padEnd(9, ' ')} → ${said.length ? said.join(' ‖ ') : '(silencio)'}`).join('\n');
  return `### Modo exploración, de principio a fin\n\n\`\`\`text\n${browse}\n\`\`\`\n\n### Exploración de puntos con el teclado\n\n\`\`\`text\n${explore}\n\`\`\``;
}

describe('docs/transcript-es.md', () => {
  it('is the transcript of the national chart, as the virtual screen reader reads it now', async () => {
    const t = await nationalTranscript();
    const generated = transcriptMarkdown(t);
    const doc = await (await fetch('/docs/transcript-es.md')).text();
    const m = /<!-- transcript:start -->\n([\s\S]*?)\n<!-- transcript:end -->/.exec(doc);
    if (!m || m[1] !== generated) console.log(`docs/transcript-es.md is out of date; the transcript now is:\n<!-- transcript:start -->\n${generated}\n<!-- transcript:end -->`);
    expect(m?.[1], 'docs/transcript-es.md (the new transcript is printed above)').to.equal(generated);
    // What the transcript shows, asserted on its own too.
    const explore = t.explore.map(([, s]) => s.join(' ')).join('\n');
    expect(explore).to.include('application, Homicidios dolosos: explorar con las flechas');
    expect(explore).to.include('polite: 1990: 13.7 por cada 100 mil habitantes');
    expect(explore).to.include('polite: Último punto.');
    expect(explore).to.include('polite: No hay línea arriba.');
    const refocus = t.explore.at(-1)![1].join(' ');
    expect(refocus, 'back on the plot, its instructions are not read again').not.to.include('Las flechas');
  });
});
