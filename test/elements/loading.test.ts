import { expect } from '@open-wc/testing';
import type { CrimeRateTrend } from '../../src/elements/crime-rate-trend/crime-rate-trend.js';
import { clearRequestCache } from '../../src/data/loader.js';
import { errorDetail, key, mount, requestCount, settled, shadowText, sleep, spyFetch, TAGS, unmountAll, validDoc } from './helpers.js';

const pageErrors: unknown[] = [];
window.addEventListener('error', (e) => pageErrors.push(e.error ?? e.message));
window.addEventListener('unhandledrejection', (e) => pageErrors.push(e.reason));

afterEach(() => {
  unmountAll();
  clearRequestCache();
  expect(pageErrors, 'errors that reached the page').to.deep.equal([]);
});

/** The fixed height of a chart's text rows (title, headline, summary, footer, gaps): 12.1125em. */
const textRows = (el: Element) => 12.1125 * parseFloat(getComputedStyle(el).fontSize);

describe('loading: the three ways in', () => {
  for (const tag of TAGS) {
    it(`<${tag}> shows a document set as an object on .data`, async () => {
      const m = mount(tag, (el) => { el.data = validDoc('Título por propiedad'); });
      await settled(m.el);
      expect(m.el.status).to.equal('ready');
      expect(m.el.getAttribute('status')).to.equal('ready');
      expect(shadowText(m.el)).to.include('Título por propiedad');
      expect(m.events.map((e) => e.type)).to.deep.equal(['cifra-ready']);
    });
  }

  it('accepts a JSON string on .data', async () => {
    const m = mount('crime-rate-trend', (el) => { el.data = JSON.stringify(validDoc('Desde texto')); });
    await settled(m.el);
    expect(shadowText(m.el)).to.include('Desde texto');
  });

  it('reads an inline <script type="application/json"> child on connect', async () => {
    const m = mount('rate-per-100k', (el) => {
      const s = document.createElement('script');
      s.type = 'application/json';
      s.textContent = JSON.stringify(validDoc('Incrustado en línea'));
      el.append(s);
    });
    await settled(m.el);
    expect(m.el.status).to.equal('ready');
    expect(shadowText(m.el)).to.include('Incrustado en línea');
  });

  it('loads src over HTTP and fires cifra-ready once', async () => {
    const k = key();
    const m = mount('ranking-badge', (el) => el.setAttribute('src', `/_test/doc.json?k=${k}&title=Remoto`));
    expect(m.el.status).to.equal('loading');
    await settled(m.el);
    expect(shadowText(m.el)).to.include('Remoto');
    expect(m.events.map((e) => e.type)).to.deep.equal(['cifra-ready']);
    expect(await requestCount(k)).to.equal(1);
  });

  it('shows "loading" text (not a blank box) while a request is pending', async () => {
    const k = key();
    const m = mount('crime-rate-trend', (el) => el.setAttribute('src', `/_test/doc.json?k=${k}&delay=400`), 'es');
    await m.el.updateComplete;
    expect(m.el.getAttribute('status')).to.equal('loading');
    expect(shadowText(m.el)).to.include('Cargando');
  });
});

describe('loading: the most recent source wins', () => {
  it('an inline script read on connect replaces a src given in markup', async () => {
    const k = key();
    const m = mount('crime-rate-trend', (el) => {
      el.setAttribute('src', `/_test/doc.json?k=${k}&title=Remoto`);
      const s = document.createElement('script');
      s.type = 'application/json';
      s.textContent = JSON.stringify(validDoc('En línea'));
      el.append(s);
    });
    await settled(m.el);
    await sleep(100);
    expect(shadowText(m.el)).to.include('En línea');
    expect(shadowText(m.el)).not.to.include('Remoto');
  });

  it('.data set after src wins, and the src response is ignored when it arrives', async () => {
    const k = key();
    const m = mount('crime-rate-trend', (el) => el.setAttribute('src', `/_test/doc.json?k=${k}&delay=300&title=Tarde`));
    await m.el.updateComplete;
    m.el.data = validDoc('Propiedad');
    await settled(m.el);
    await sleep(500);
    expect(shadowText(m.el)).to.include('Propiedad');
    expect(shadowText(m.el)).not.to.include('Tarde');
    expect(m.events.map((e) => e.type)).to.deep.equal(['cifra-ready']);
  });

  it('src set after .data wins', async () => {
    const k = key();
    const m = mount('crime-rate-trend', (el) => { el.data = validDoc('Propiedad'); });
    await settled(m.el);
    m.el.src = `/_test/doc.json?k=${k}&title=Nuevo`;
    await m.el.updateComplete;
    await settled(m.el);
    await sleep(50);
    await m.el.updateComplete;
    expect(shadowText(m.el)).to.include('Nuevo');
  });

  it('a src changed mid-flight shows the last one set, even when the first answers later', async () => {
    const k = key();
    const m = mount('crime-rate-trend', (el) => el.setAttribute('src', `/_test/doc.json?k=${k}&delay=600&title=Primero`));
    await m.el.updateComplete;
    m.el.setAttribute('src', `/_test/doc.json?k=${k}b&title=Segundo`);
    await settled(m.el);
    expect(shadowText(m.el)).to.include('Segundo');
    await sleep(900);
    expect(shadowText(m.el)).to.include('Segundo');
    expect(shadowText(m.el)).not.to.include('Primero');
    expect(m.events.map((e) => e.type)).to.deep.equal(['cifra-ready']);
  });
});

describe('loading: one request per URL', () => {
  it('two elements with the same src make one request', async () => {
    const k = key();
    const src = `/_test/doc.json?k=${k}&delay=100`;
    const spy = spyFetch(k);
    try {
      const a = mount('crime-rate-trend', (el) => el.setAttribute('src', src));
      const b = mount('rate-per-100k', (el) => el.setAttribute('src', src));
      await settled(a.el);
      await settled(b.el);
      expect(a.el.status).to.equal('ready');
      expect(b.el.status).to.equal('ready');
      expect(spy.calls(), 'fetch() calls').to.equal(1);
      expect(await requestCount(k), 'requests the server saw').to.equal(1);
    } finally {
      spy.restore();
    }
  });

  it('an element added after the response arrived reuses it', async () => {
    const k = key();
    const src = `/_test/doc.json?k=${k}`;
    const spy = spyFetch(k);
    try {
      const a = mount('crime-rate-trend', (el) => el.setAttribute('src', src));
      await settled(a.el);
      const b = mount('ranking-badge', (el) => el.setAttribute('src', src));
      await settled(b.el);
      expect(b.el.status).to.equal('ready');
      expect(spy.calls(), 'fetch() calls').to.equal(1);
    } finally {
      spy.restore();
    }
  });

  it('one element leaving does not cancel the request another still waits for', async () => {
    const k = key();
    const src = `/_test/doc.json?k=${k}&delay=300`;
    const a = mount('crime-rate-trend', (el) => el.setAttribute('src', src));
    const b = mount('rate-per-100k', (el) => el.setAttribute('src', src));
    await a.el.updateComplete;
    a.container.remove();
    await settled(b.el);
    expect(b.el.status).to.equal('ready');
    expect(await requestCount(k)).to.equal(1);
  });
});

describe('loading: removal and reinsertion', () => {
  it('removing an element mid-request leaves it quiet, and reinserting it renders again', async () => {
    const k = key();
    const m = mount('crime-rate-trend', (el) => el.setAttribute('src', `/_test/doc.json?k=${k}&delay=300&title=Vuelta`));
    await m.el.updateComplete;
    m.el.remove();
    await sleep(500);
    expect(m.el.status).to.equal('loading');
    expect(m.events).to.deep.equal([]);
    m.container.append(m.el);
    await settled(m.el);
    expect(shadowText(m.el)).to.include('Vuelta');
  });
});

describe('errors: each code, visible and localized, with an event', () => {
  const cases: { name: string; code: string; setup: (el: HTMLElement & { data: unknown }, k: string) => void; en: string; es: string }[] = [
    { name: 'a .data string that is not JSON', code: 'E_PARSE', setup: (el) => { el.data = '{"schema": 1,'; }, en: 'not valid JSON', es: 'no son JSON válido' },
    { name: 'an inline script that is not JSON', code: 'E_PARSE', setup: (el) => { const s = document.createElement('script'); s.type = 'application/json'; s.textContent = '<p>hola</p>'; el.append(s); }, en: 'not valid JSON', es: 'no son JSON válido' },
    { name: 'a 200 response with HTML', code: 'E_PARSE', setup: (el, k) => el.setAttribute('src', `/_test/html?k=${k}`), en: 'not valid JSON', es: 'no son JSON válido' },
    { name: 'a document that breaks the schema', code: 'E_SCHEMA', setup: (el) => { el.data = { schema: 1, title: 'x', unit: { type: 'rate', per: 7 }, series: [], sources: [] }; }, en: '$.unit.per', es: '$.unit.per' },
    { name: 'a fetched document that breaks the schema', code: 'E_SCHEMA', setup: (el, k) => el.setAttribute('src', `/_test/bad-schema.json?k=${k}`), en: 'does not follow the indicator schema', es: 'no siguen el esquema' },
    { name: 'HTTP 404', code: 'E_FETCH', setup: (el, k) => el.setAttribute('src', `/_test/status?code=404&k=${k}`), en: 'HTTP status 404', es: 'estado HTTP 404' },
    { name: 'HTTP 500', code: 'E_FETCH', setup: (el, k) => el.setAttribute('src', `/_test/status?code=500&k=${k}`), en: 'HTTP status 500', es: 'estado HTTP 500' },
    { name: 'a body over 5 MB', code: 'E_FETCH', setup: (el, k) => el.setAttribute('src', `/_test/big.json?k=${k}`), en: 'larger than 5 MB', es: 'más de 5 MB' },
    {
      name: 'a cross-origin response without CORS headers',
      code: 'E_FETCH',
      setup: (el, k) => el.setAttribute('src', `${location.protocol}//${location.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1'}:${location.port}/_test/cors.json?k=${k}`),
      en: 'CORS',
      es: 'CORS',
    },
    { name: 'a server that never answers', code: 'E_TIMEOUT', setup: (el, k) => { el.setAttribute('timeout', '300'); el.setAttribute('src', `/_test/never?k=${k}`); }, en: 'within 0.3 seconds', es: 'en 0.3 segundos' },
    { name: 'a javascript: URL', code: 'E_URL', setup: (el) => el.setAttribute('src', 'javascript:alert(1)'), en: 'not an http or https URL', es: 'no es una URL http o https' },
    { name: 'a data: URL', code: 'E_URL', setup: (el) => el.setAttribute('src', 'data:application/json,{}'), en: 'Nothing was requested', es: 'No se hizo ninguna solicitud' },
  ];

  for (const c of cases) {
    for (const lang of ['en', 'es'] as const) {
      it(`${c.code} for ${c.name} (${lang})`, async () => {
        const k = key();
        const m = mount('crime-rate-trend', (el) => c.setup(el as never, k), lang);
        await settled(m.el);
        expect(m.el.status).to.equal('error');
        expect(m.el.getAttribute('status')).to.equal('error');
        const detail = errorDetail(m);
        expect(detail.code).to.equal(c.code);
        const box = m.el.shadowRoot!.querySelector('[part="error"]')!;
        expect(box, 'a visible error box').to.exist;
        expect(box.getAttribute('data-code')).to.equal(c.code);
        const text = box.textContent!.replace(/\s+/g, ' ');
        expect(text).to.include(lang === 'es' ? c.es : c.en);
        expect(text).to.include(c.code);
        expect(detail.message, 'the event carries the message shown').to.satisfy((s: string) => text.includes(s));
        expect(m.events.map((e) => e.type)).to.deep.equal(['cifra-error']);
      });
    }
  }

  it('a javascript: src makes no request at all', async () => {
    const before = performance.getEntriesByType('resource').length;
    const m = mount('rate-per-100k', (el) => el.setAttribute('src', 'javascript:void(0)'));
    await settled(m.el);
    expect(performance.getEntriesByType('resource').length).to.equal(before);
  });

  it('lists schema problems with their paths, and counts the rest past eight', async () => {
    const observations = Array.from({ length: 12 }, (_, i) => ({ period: `20${10 + i}-13`, value: 1 }));
    const m = mount('crime-rate-trend', (el) => { el.data = { ...validDoc(), series: [{ observations }] }; }, 'es');
    await settled(m.el);
    const items = [...m.el.shadowRoot!.querySelectorAll('[part="error"] li')].map((li) => li.textContent!.trim());
    expect(items).to.have.length(9);
    expect(items[0]).to.match(/^\$\.series\[0\]\.observations\[0\]\.period: no es un periodo/);
    expect(items[8]).to.equal('…y 4 más');
    expect(errorDetail(m).problems).to.have.length(12);
  });

  it('shows a title that looks like markup as text', async () => {
    const m = mount('ranking-badge', (el) => { el.data = validDoc('<img src=x onerror="window.__pwned=1">'); });
    await settled(m.el);
    expect(m.el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(shadowText(m.el)).to.include('<img src=x onerror="window.__pwned=1">');
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('switches the error language when an ancestor lang changes', async () => {
    const m = mount('rate-per-100k', (el) => { el.data = 'not json'; }, 'en');
    await settled(m.el);
    expect(shadowText(m.el)).to.include('not valid JSON');
    m.container.lang = 'es';
    await sleep(0);
    await m.el.updateComplete;
    expect(shadowText(m.el)).to.include('no son JSON válido');
  });

  // DESIGN §1: `aspect` sizes the plot (16/9, 4/3 under 600px, 1/1 under 420px); the text rows
  // around it have a fixed height in every state, 12.1125em (crime-rate-trend/styles.ts, and
  // dist/cifra.css reserves the same).
  for (const [width, ratio] of [[800, 16 / 9], [480, 4 / 3], [340, 1]] as const) {
    it(`keeps the reserved box at ${width}px: a chart in error is as tall as one loading (plot ratio ${ratio.toFixed(2)} + text rows)`, async () => {
      const k = key();
      const loading = mount('crime-rate-trend', (el) => el.setAttribute('src', `/_test/never?k=${k}`));
      const failed = mount('crime-rate-trend', (el) => { el.data = '{'; });
      loading.container.style.width = `${width}px`;
      failed.container.style.width = `${width}px`;
      await loading.el.updateComplete;
      await settled(failed.el);
      const h1 = loading.el.getBoundingClientRect().height;
      const h2 = failed.el.getBoundingClientRect().height;
      expect(Math.abs(h1 - h2)).to.be.lessThan(1);
      expect(h1).to.be.closeTo(width / ratio + textRows(loading.el), 1);
    });
  }

  it('a malformed lang falls back to English without an error', async () => {
    const m = mount('crime-rate-trend', (el) => { el.setAttribute('lang', 'e!!'); el.data = '{'; });
    await settled(m.el);
    expect(shadowText(m.el)).to.include('not valid JSON');
  });

  it('plain "es" means Spanish, from the element itself', async () => {
    const m = mount('crime-rate-trend', (el) => { el.setAttribute('lang', 'es'); el.data = '{'; }, 'en');
    await settled(m.el);
    expect(shadowText(m.el)).to.include('no son JSON válido');
  });
});

describe('accessibility in every state', () => {
  for (const theme of ['light', 'dark'] as const) {
    it(`loading, ready and error are axe-clean (${theme})`, async () => {
      const k = key();
      const loading = mount('crime-rate-trend', (el) => { el.setAttribute('theme', theme); el.setAttribute('src', `/_test/never?k=${k}`); });
      const ready = mount('ranking-badge', (el) => { el.setAttribute('theme', theme); el.data = validDoc(); });
      const error = mount('rate-per-100k', (el) => { el.setAttribute('theme', theme); el.data = { schema: 2 }; }, 'es');
      await loading.el.updateComplete;
      await settled(ready.el);
      await settled(error.el);
      await expect(loading.el).to.be.accessible();
      await expect(ready.el).to.be.accessible();
      await expect(error.el).to.be.accessible();
    });
  }
});

describe('the host page is never broken', () => {
  it('a document with hostile getters becomes an error, not an exception', async () => {
    const hostile = new Proxy({}, { ownKeys() { throw new Error('boom'); }, getPrototypeOf() { return Object.prototype; } });
    const m = mount('crime-rate-trend', (el) => { el.data = hostile; });
    await settled(m.el);
    expect(m.el.status).to.equal('error');
    expect(errorDetail(m).code).to.equal('E_SCHEMA');
  });

  it('defining the tags twice does not throw', async () => {
    const mod = await import('../../src/elements/crime-rate-trend/define.js');
    const { define } = await import('../../src/base/define.js');
    expect(() => define('crime-rate-trend', class extends (mod.CrimeRateTrend as unknown as typeof HTMLElement) {})).not.to.throw();
  });

  it('parses the aspect attribute and reserves that box', async () => {
    const m = mount<CrimeRateTrend>('crime-rate-trend', (el) => { el.setAttribute('aspect', '2/1'); el.setAttribute('src', `/_test/never?k=${key()}`); });
    await m.el.updateComplete;
    // 2/1, not the 4/3 a 480px chart has without the attribute.
    expect(m.el.getBoundingClientRect().height).to.be.closeTo(480 / 2 + textRows(m.el), 1);
  });
});
