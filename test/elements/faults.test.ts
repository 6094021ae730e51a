// A hostile network and a busy page (DESIGN §3, §4): fifty elements on one src make one
// request; a failing src fails every element that asked for it and no other; a body over
// 5 MB is refused however it is sent; a removed element stays quiet; an answer that starts
// but does not finish in time is a timeout. The server side is test/server/routes.mjs.
import { expect, waitUntil } from '@open-wc/testing';
import type { CifraElement } from '../../src/base/cifra-element.js';
import { clearRequestCache, requestCacheSize } from '../../src/data/loader.js';
import { errorDetail, key, mount, requestCount, settled, shadowText, sleep, spyFetch, TAGS, unmountAll, validDoc, type Mounted, type Tag } from './helpers.js';

const pageErrors: unknown[] = [];
window.addEventListener('error', (e) => pageErrors.push(e.error ?? e.message));
window.addEventListener('unhandledrejection', (e) => pageErrors.push(e.reason));

beforeEach(() => {
  pageErrors.length = 0;
});

afterEach(() => {
  unmountAll();
  clearRequestCache();
});

/** `it`, then: nothing reached the page's error handlers. */
function it(name: string, fn: () => Promise<void>, timeout?: number): void {
  const test = globalThis.it(name, async () => {
    await fn();
    await sleep(0);
    expect(pageErrors.splice(0).map(String), 'errors that reached the page').to.deep.equal([]);
  });
  if (timeout) test.timeout(timeout);
}

/** Tag of the i-th element of a mixed page. */
const tagAt = (i: number): Tag => TAGS[i % TAGS.length]!;

async function allSettled(ms: readonly Mounted[], timeout = 10000): Promise<void> {
  await Promise.all(ms.map((m) => settled(m.el, timeout)));
}

function eventTypes(m: Mounted): string[] {
  return m.events.map((e) => e.type);
}

interface StreamState {
  sent: number;
  finished: boolean;
  closed: boolean;
}

async function streamState(k: string): Promise<StreamState | null> {
  return (await fetch(`/_test/stream-state?k=${k}`)).json() as Promise<StreamState | null>;
}

describe('fifty elements, one src', () => {
  it('fifty elements (all three tags) sharing one src make one fetch() and one request, and all are ready', async () => {
    const k = key();
    const src = `/_test/doc.json?k=${k}&delay=200&title=Compartido`;
    const spy = spyFetch(k);
    try {
      const ms = Array.from({ length: 50 }, (_, i) => mount(tagAt(i), (el) => el.setAttribute('src', src)));
      await allSettled(ms);
      expect(ms.map((m) => m.el.status)).to.deep.equal(Array(50).fill('ready'));
      for (const m of ms) {
        expect(eventTypes(m)).to.deep.equal(['cifra-ready']);
        expect(shadowText(m.el)).to.include('Compartido');
      }
      expect(spy.calls(), 'fetch() calls').to.equal(1);
      expect(await requestCount(k), 'requests the server saw').to.equal(1);
    } finally {
      spy.restore();
    }
  });

  it('fifty elements sharing a src that answers 404 all show E_FETCH with the status, after one request', async () => {
    const k = key();
    const src = `/_test/status?code=404&k=${k}&delay=200`;
    const spy = spyFetch(k);
    try {
      const ms = Array.from({ length: 50 }, (_, i) => mount(tagAt(i), (el) => el.setAttribute('src', src), i % 2 ? 'es' : 'en'));
      await allSettled(ms);
      ms.forEach((m, i) => {
        expect(m.el.status).to.equal('error');
        expect(eventTypes(m)).to.deep.equal(['cifra-error']);
        const detail = errorDetail(m);
        expect(detail.code).to.equal('E_FETCH');
        expect(detail.message).to.include(i % 2 ? 'estado HTTP 404' : 'HTTP status 404');
      });
      expect(spy.calls(), 'fetch() calls').to.equal(1);
      expect(await requestCount(k), 'requests the server saw').to.equal(1);
    } finally {
      spy.restore();
    }
  });

  it('a failure is not cached: an element asking after it failed tries again (and can succeed)', async () => {
    const k = key();
    const bad = mount('rate-per-100k', (el) => el.setAttribute('src', `/_test/status?code=503&k=${k}`));
    await settled(bad.el);
    expect(errorDetail(bad).code).to.equal('E_FETCH');
    const again = mount('rate-per-100k', (el) => el.setAttribute('src', `/_test/status?code=503&k=${k}`));
    await settled(again.el);
    expect(await requestCount(k), 'a second request').to.equal(2);
  });
});

describe('one failing element never affects another', () => {
  it('25 good and 25 bad (404, HTML, never answering, bad schema, javascript:) interleaved: each gets its own outcome', async () => {
    const k = key();
    const good = `/_test/doc.json?k=${k}&delay=150&title=Bueno`;
    const bad: { code: string; src: string; timeout?: string }[] = [
      { code: 'E_FETCH', src: `/_test/status?code=404&k=${k}-404` },
      { code: 'E_FETCH', src: `/_test/status?code=500&k=${k}-500` },
      { code: 'E_PARSE', src: `/_test/html?k=${k}-html` },
      { code: 'E_TIMEOUT', src: `/_test/never?k=${k}-never`, timeout: '300' },
      { code: 'E_SCHEMA', src: `/_test/bad-schema.json?k=${k}-schema` },
      { code: 'E_URL', src: 'javascript:alert(1)' },
      { code: 'E_PARSE', src: `/_test/empty?k=${k}-empty` },
    ];
    const urls: string[] = [];
    const original = window.fetch;
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      urls.push(String(input instanceof Request ? input.url : input).replace(location.origin, ''));
      return original.call(window, input, init);
    };
    try {
      const ms = Array.from({ length: 50 }, (_, i) => {
        const isGood = i % 2 === 0;
        const b = bad[(i >> 1) % bad.length]!;
        return {
          expected: isGood ? 'ready' : b.code,
          m: mount(tagAt(i), (el) => {
            if (!isGood && b.timeout) el.setAttribute('timeout', b.timeout);
            el.setAttribute('src', isGood ? good : b.src);
          }),
        };
      });
      await allSettled(ms.map((x) => x.m));
      await sleep(500);
      for (const { expected, m } of ms) {
        expect(eventTypes(m), `${m.el.localName} expecting ${expected}`).to.have.length(1);
        if (expected === 'ready') {
          expect(m.el.status).to.equal('ready');
          expect(shadowText(m.el)).to.include('Bueno');
        } else {
          expect(m.el.status).to.equal('error');
          expect(errorDetail(m).code).to.equal(expected);
        }
      }
      expect(await requestCount(k), 'the good src was requested once').to.equal(1);
      // One fetch for the good src and one per failing http(s) src, shared by every element on it.
      const expected = [good, ...bad.filter((b) => b.src.startsWith('/')).map((b) => b.src)];
      expect(urls.filter((u) => u.includes(k) && !u.startsWith('/_test/count')).sort(), 'fetch() calls').to.deep.equal(expected.sort());
    } finally {
      window.fetch = original;
    }
  });

  it('on one shared request, an element with a short timeout times out and the others still get the answer', async () => {
    const k = key();
    const src = `/_test/doc.json?k=${k}&delay=700&title=Paciente`;
    const impatient = mount('rate-per-100k', (el) => { el.setAttribute('timeout', '200'); el.setAttribute('src', src); });
    const patient = [mount('crime-rate-trend', (el) => el.setAttribute('src', src)), mount('ranking-badge', (el) => el.setAttribute('src', src))];
    await settled(impatient.el);
    expect(errorDetail(impatient).code).to.equal('E_TIMEOUT');
    await allSettled(patient);
    for (const m of patient) {
      expect(m.el.status).to.equal('ready');
      expect(shadowText(m.el)).to.include('Paciente');
    }
    expect(await requestCount(k)).to.equal(1);
    expect(eventTypes(impatient), 'the timed-out element stays in error').to.deep.equal(['cifra-error']);
  });

  it('an element changing its src mid-flight does not cancel the request the others share', async () => {
    const k = key();
    const src = `/_test/doc.json?k=${k}&delay=400&title=Primero`;
    const ms = TAGS.map((tag) => mount(tag, (el) => el.setAttribute('src', src)));
    await ms[0]!.el.updateComplete;
    ms[0]!.el.setAttribute('src', `/_test/doc.json?k=${k}-b&title=Segundo`);
    await allSettled(ms);
    await sleep(600);
    expect(shadowText(ms[0]!.el)).to.include('Segundo');
    for (const m of ms.slice(1)) expect(shadowText(m.el)).to.include('Primero');
    for (const m of ms) expect(eventTypes(m)).to.deep.equal(['cifra-ready']);
    expect(await requestCount(k)).to.equal(1);
  });
});

describe('bodies over 5 MB', () => {
  it('the streamed route really has no Content-Length', async () => {
    const k = key();
    const controller = new AbortController();
    const r = await fetch(`/_test/big-stream.json?k=${k}`, { signal: controller.signal });
    expect(r.headers.get('content-length')).to.equal(null);
    controller.abort();
  });

  for (const tag of TAGS) {
    it(`<${tag}>: 6 MB streamed without Content-Length is refused with E_FETCH`, async () => {
      const k = key();
      const m = mount(tag, (el) => el.setAttribute('src', `/_test/big-stream.json?k=${k}`), 'en');
      await settled(m.el, 15000);
      expect(m.el.status).to.equal('error');
      const detail = errorDetail(m);
      expect(detail.code).to.equal('E_FETCH');
      expect(detail.message).to.include('larger than 5 MB');
    }, 20000);
  }

  it('a 64 MB stream is cut off soon after 5 MB: the client stops reading', async () => {
    const k = key();
    const m = mount('rate-per-100k', (el) => el.setAttribute('src', `/_test/big-stream.json?k=${k}&mb=64`));
    await settled(m.el, 15000);
    expect(errorDetail(m).code).to.equal('E_FETCH');
    await sleep(300);
    const state = await streamState(k);
    expect(state, 'the server streamed').to.not.equal(null);
    expect(state!.finished, 'the server did not get to send it all').to.equal(false);
    expect(state!.closed, 'the connection was closed').to.equal(true);
    expect(state!.sent, 'bytes produced before the client went away').to.be.below(32 * 1024 * 1024);
  }, 20000);

  it('a gzip bomb (under 300 KB on the wire, 64 MB decoded) is refused with E_FETCH', async () => {
    const k = key();
    const probe = await fetch(`/_test/bomb.json?k=${k}-probe`);
    expect(Number(probe.headers.get('content-length')), 'small on the wire').to.be.below(5 * 1024 * 1024);
    await probe.body?.cancel();
    const m = mount('ranking-badge', (el) => el.setAttribute('src', `/_test/bomb.json?k=${k}`), 'es');
    await settled(m.el, 15000);
    const detail = errorDetail(m);
    expect(detail.code).to.equal('E_FETCH');
    expect(detail.message).to.include('más de 5 MB');
  }, 20000);

  it('an oversized body shared by fifty elements fails all fifty and is read once', async () => {
    const k = key();
    const spy = spyFetch(k);
    try {
      const ms = Array.from({ length: 50 }, (_, i) => mount(tagAt(i), (el) => el.setAttribute('src', `/_test/big-stream.json?k=${k}`)));
      await allSettled(ms, 15000);
      for (const m of ms) expect(errorDetail(m).code).to.equal('E_FETCH');
      expect(spy.calls()).to.equal(1);
      expect(await requestCount(k)).to.equal(1);
    } finally {
      spy.restore();
    }
  }, 20000);
});

describe('removed mid-request', () => {
  for (const tag of TAGS) {
    it(`<${tag}> removed while waiting: the answer arrives, nothing happens; re-inserted: it renders`, async () => {
      const k = key();
      const m = mount(tag, (el) => el.setAttribute('src', `/_test/doc.json?k=${k}&delay=500&title=Regreso`));
      await m.el.updateComplete;
      expect(requestCacheSize(), 'a request in flight').to.equal(1);
      // Removed once the server holds the request (it counts it, then waits 500 ms to answer).
      await waitUntil(async () => (await requestCount(k)) === 1, 'the server got the request', { timeout: 3000 });
      m.el.remove();
      expect(requestCacheSize(), 'the request is dropped when nobody waits').to.equal(0);
      await sleep(800);
      expect(m.el.status).to.equal('loading');
      expect(m.el.getAttribute('status')).to.equal('loading');
      expect(m.events, 'no event while detached').to.deep.equal([]);
      m.container.append(m.el);
      await settled(m.el);
      expect(m.el.status).to.equal('ready');
      expect(shadowText(m.el)).to.include('Regreso');
      expect(eventTypes(m)).to.deep.equal(['cifra-ready']);
      expect(await requestCount(k), 'asked again on re-insertion').to.equal(2);
    });
  }

  it('removed while a failing request is pending: no error while detached; re-inserted: the error', async () => {
    const k = key();
    const m = mount('rate-per-100k', (el) => el.setAttribute('src', `/_test/status?code=500&k=${k}&delay=300`));
    await m.el.updateComplete;
    m.el.remove();
    await sleep(600);
    expect(m.events).to.deep.equal([]);
    expect(m.el.status).to.equal('loading');
    m.container.append(m.el);
    await settled(m.el);
    expect(errorDetail(m).code).to.equal('E_FETCH');
  });

  it('moved to another place in the page mid-request: renders once', async () => {
    const k = key();
    const m = mount('crime-rate-trend', (el) => el.setAttribute('src', `/_test/doc.json?k=${k}&delay=300&title=Movido`));
    await m.el.updateComplete;
    const other = document.createElement('div');
    other.style.width = '480px';
    document.body.append(other);
    try {
      other.append(m.el);
      await settled(m.el);
      await sleep(400);
      expect(shadowText(m.el)).to.include('Movido');
      expect(m.el.getAttribute('status')).to.equal('ready');
    } finally {
      other.remove();
    }
  });

  it('removed while a body is streaming: the stream is closed, no event', async () => {
    const k = key();
    const m = mount('ranking-badge', (el) => el.setAttribute('src', `/_test/slow-chunks.json?k=${k}&over=3000`));
    await sleep(400);
    m.el.remove();
    await sleep(400);
    const state = await streamState(k);
    expect(state!.closed, 'the server saw the client leave').to.equal(true);
    expect(m.events).to.deep.equal([]);
  });
});

describe('slow answers', () => {
  it('an answer that starts at once but trickles in over longer than the timeout is E_TIMEOUT', async () => {
    const k = key();
    const m = mount('crime-rate-trend', (el) => { el.setAttribute('timeout', '500'); el.setAttribute('src', `/_test/slow-chunks.json?k=${k}&over=1500`); }, 'en');
    await settled(m.el);
    expect(m.el.status).to.equal('error');
    const detail = errorDetail(m);
    expect(detail.code).to.equal('E_TIMEOUT');
    expect(detail.message).to.include('0.5 seconds');
    // The whole document would have arrived by now: it is not shown late.
    await sleep(1500);
    expect(m.el.status).to.equal('error');
    expect(eventTypes(m)).to.deep.equal(['cifra-error']);
    const state = await streamState(k);
    expect(state!.finished, 'the stream was abandoned, not read to the end').to.equal(false);
  });

  it('the same trickle within the timeout is ready', async () => {
    const k = key();
    const m = mount('crime-rate-trend', (el) => { el.setAttribute('timeout', '3000'); el.setAttribute('src', `/_test/slow-chunks.json?k=${k}&over=600&title=Despacio`); });
    await settled(m.el);
    expect(m.el.status).to.equal('ready');
    expect(shadowText(m.el)).to.include('Despacio');
  });

  it('a timeout attribute that is not a positive number is a visible error naming it, never "never" (and nothing is requested)', async () => {
    const k = key();
    const cases = [['0', 'must be greater than zero'], ['-5', 'must be greater than zero'], ['abc', 'must be a number'], ['Infinity', 'must be a number']] as const;
    const ms = cases.map(([t]) => mount('rate-per-100k', (el) => { el.setAttribute('timeout', t); el.setAttribute('src', `/_test/doc.json?k=${k}&delay=100`); }, 'en'));
    await allSettled(ms);
    ms.forEach((m, i) => {
      expect(m.el.status).to.equal('error');
      expect(errorDetail(m).code).to.equal('E_SCHEMA');
      expect(shadowText(m.el)).to.include(`timeout: ${cases[i]![1]}`);
    });
    await sleep(200);
    expect(await requestCount(k), 'requests the server saw').to.equal(0);
  });
});

describe('odd but valid answers', () => {
  it('a document saved with a UTF-8 byte order mark is read', async () => {
    const m = mount('rate-per-100k', (el) => el.setAttribute('src', `/_test/bom.json?k=${key()}&title=Con BOM`));
    await settled(m.el);
    expect(m.el.status).to.equal('ready');
    expect(shadowText(m.el)).to.include('Con BOM');
  });

  it('a document nested 100,000 levels deep in an x- field is shown; nested in a known field it is a schema error', async () => {
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    const doc = JSON.stringify(validDoc('Profundo'));
    const ok = mount('ranking-badge', (el) => { el.data = `${doc.slice(0, -1)},"x-deep":${deep}}`; });
    const bad = mount('ranking-badge', (el) => { el.data = `${doc.slice(0, -1).replace('"title":', '"x-t":')},"title":${deep}}`; });
    await settled(ok.el);
    await settled(bad.el);
    expect(ok.el.status).to.equal('ready');
    expect(bad.el.status).to.equal('error');
    expect(['E_SCHEMA', 'E_PARSE']).to.include(errorDetail(bad).code);
  });
});

describe('layout feedback reaches no error handler', () => {
  // A chart with two places whose names do not fit at the line ends draws a legend once it is
  // measured; the legend shrinks the plot, which is observed again in the same frame.
  for (const width of [340, 480]) {
    it(`a ${width}px chart of a state and the country reports no ResizeObserver loop error to the page`, async () => {
      const doc = {
        ...validDoc(),
        series: [
          { geo: { level: 'state', code: '05', name: 'Coahuila de Zaragoza' }, observations: [{ period: '2012', value: 10 }, { period: '2016', value: 12 }] },
          { geo: { level: 'country', code: 'MX', name: 'México' }, observations: [{ period: '2012', value: 22.9 }, { period: '2016', value: 17 }] },
        ],
      };
      const seen: string[] = [];
      const listener = (e: ErrorEvent): void => { seen.push(e.message); };
      window.addEventListener('error', listener);
      // Mocha fails a test on any window error; this test reports it as a value instead.
      const onerror = window.onerror;
      window.onerror = () => true;
      try {
        const m = mount('crime-rate-trend', (el) => { el.data = doc; });
        m.container.style.width = `${width}px`;
        await settled(m.el);
        await sleep(300);
        expect(m.el.shadowRoot!.querySelector('.legend'), 'a legend').to.exist;
      } finally {
        window.onerror = onerror;
        window.removeEventListener('error', listener);
      }
      pageErrors.length = 0;
      expect(seen, 'error events on window').to.deep.equal([]);
    });
  }
});
