import { expect, waitUntil } from '@open-wc/testing';
import { errorDetail, mount, settled, shadowText, unmountAll } from './helpers.js';

afterEach(unmountAll);

const states2008 = async () => (await fetch('/demo/data/states-homicide-2008.json')).json();

describe('a series key that matches nothing is an error, never another place', () => {
  it('<ranking-badge series="99"> shows an E_SCHEMA error naming the key and the keys that exist', async () => {
    const doc = await states2008();
    const m = mount('ranking-badge', (el) => { el.setAttribute('series', '99'); el.data = doc; }, 'es');
    await settled(m.el);
    expect(m.el.status).to.equal('error');
    expect(errorDetail(m).code).to.equal('E_SCHEMA');
    const text = shadowText(m.el);
    expect(text).to.include('series: ninguna serie tiene el id o clave «99»');
    expect(text).to.include('01, 02');
    expect(text).not.to.include('Durango');
  });

  it('<rate-per-100k compare="XX"> names the compare attribute', async () => {
    const doc = await states2008();
    const m = mount('rate-per-100k', (el) => { el.setAttribute('series', '08'); el.setAttribute('compare', 'XX'); el.data = doc; }, 'en');
    await settled(m.el);
    expect(m.el.status).to.equal('error');
    expect(shadowText(m.el)).to.include('compare: no series has the id or code “XX”');
  });

  it('fixing the attribute shows the figure again, and breaking it again shows the error', async () => {
    const doc = await states2008();
    const m = mount('ranking-badge', (el) => { el.setAttribute('series', '99'); el.data = doc; }, 'es');
    await settled(m.el);
    m.el.setAttribute('series', '08');
    await m.el.updateComplete;
    await m.el.updateComplete;
    expect(m.el.status).to.equal('ready');
    expect(shadowText(m.el)).to.include('Chihuahua');
    expect(shadowText(m.el)).to.include('1.º lugar');
    m.el.setAttribute('series', '77');
    await m.el.updateComplete;
    await m.el.updateComplete;
    expect(m.el.status).to.equal('error');
    expect(m.events.map((e) => e.type)).to.deep.equal(['cifra-error', 'cifra-ready', 'cifra-error']);
  });

  it('a shorthand rate without population names population, not count', async () => {
    const m = mount('rate-per-100k', (el) => { el.setAttribute('count', '10'); el.setAttribute('period', '2020'); el.setAttribute('source', 'INEGI'); }, 'en');
    await settled(m.el);
    expect(m.el.status).to.equal('error');
    const items = [...m.el.shadowRoot!.querySelectorAll('[part="error"] li')].map((li) => li.textContent!.trim());
    expect(items.some((t) => t.startsWith('population:'))).to.equal(true);
    expect(items.some((t) => t.startsWith('count:'))).to.equal(false);
  });
});

describe('<crime-rate-trend>: a series key that matches nothing is an error, never every series', () => {
  const states = async () => (await fetch('/demo/data/states-homicide-1990-2008.json')).json();

  for (const [lang, expected] of [['es', 'series: ninguna serie tiene el id o clave «99»'], ['en', 'series: no series has the id or code “99”']] as const) {
    it(`series="99" shows an E_SCHEMA error naming the key, and no line (${lang})`, async () => {
      const doc = await states();
      const m = mount('crime-rate-trend', (el) => { el.setAttribute('series', '99'); el.data = doc; }, lang);
      await settled(m.el);
      expect(m.el.status).to.equal('error');
      expect(m.el.getAttribute('status')).to.equal('error');
      const detail = errorDetail(m);
      expect(detail.code).to.equal('E_SCHEMA');
      expect(detail.problems?.map((p) => p.path)).to.deep.equal(['series']);
      expect(shadowText(m.el)).to.include(expected);
      expect(m.el.shadowRoot!.querySelector('svg .series, [part~="line"]'), 'nothing drawn').to.equal(null);
    });
  }

  it('one unknown key among known ones ("MX,99") is still an error naming only "99"', async () => {
    const doc = await states();
    const m = mount('crime-rate-trend', (el) => { el.setAttribute('series', 'MX, 99'); el.data = doc; }, 'en');
    await settled(m.el);
    expect(m.el.status).to.equal('error');
    const problems = errorDetail(m).problems ?? [];
    expect(problems).to.have.length(1);
    expect(problems[0]!.message).to.include('“99”').and.not.include('“MX”');
  });

  it('fixing the key draws the chart; breaking it again shows the error', async () => {
    const doc = await states();
    const m = mount('crime-rate-trend', (el) => { el.setAttribute('series', '99'); el.data = doc; }, 'es');
    await settled(m.el);
    expect(m.el.status).to.equal('error');
    m.el.setAttribute('series', 'MX,08');
    await waitUntil(() => m.el.status === 'ready', 'the chart is drawn');
    expect(m.el.shadowRoot!.querySelectorAll('svg .series')).to.have.length(2);
    m.el.setAttribute('series', '77');
    await waitUntil(() => m.el.status === 'error', 'the error is shown again');
    expect(shadowText(m.el)).to.include('«77»');
    expect(m.events.map((e) => e.type)).to.deep.equal(['cifra-error', 'cifra-ready', 'cifra-error']);
  });

  it('no series attribute still draws every series', async () => {
    const doc = await states();
    const m = mount('crime-rate-trend', (el) => { el.data = doc; }, 'es');
    await waitUntil(() => m.el.status === 'ready', 'the chart is drawn');
    expect(m.el.shadowRoot!.querySelectorAll('svg .series')).to.have.length(33);
  });
});
