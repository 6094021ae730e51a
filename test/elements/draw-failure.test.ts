import { expect } from '@open-wc/testing';
import { errorDetail, mount, settled, shadowText, unmountAll } from './helpers.js';

afterEach(unmountAll);

describe('valid values that cannot be drawn', () => {
  it('a chart whose values span −MAX…+MAX is E_RENDER (the document passed the schema): a localized error, status and event say error, nothing thrown', async () => {
    const logged: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => logged.push(args);
    const m = mount('crime-rate-trend', (el) => {
      el.data = { schema: 1, title: 't', unit: { type: 'rate', per: 100000 }, series: [{ observations: [{ period: '2000', value: -Number.MAX_VALUE }, { period: '2001', value: Number.MAX_VALUE }] }], sources: [{ name: 'x' }] };
    }, 'es');
    await settled(m.el);
    await m.el.updateComplete;
    await m.el.updateComplete;
    expect(m.el.status).to.equal('error');
    expect(m.el.getAttribute('status')).to.equal('error');
    console.error = original;
    expect(errorDetail(m).code).to.equal('E_RENDER');
    expect(errorDetail(m).problems, 'no JSON path: the document is valid').to.equal(undefined);
    expect(shadowText(m.el)).to.include('Los datos son válidos, pero no se pueden dibujar: los valores abarcan más de lo que un número puede representar.');
    expect(logged, 'found before render, not caught from a throw').to.deep.equal([]);
    expect(m.el.shadowRoot!.querySelectorAll('[part="error"]')).to.have.length(1);
    expect(m.el.shadowRoot!.querySelector('svg')).to.equal(null);
  });
});

describe('after a document that cannot be drawn', () => {
  it('one cifra-error only, and the next drawable document is drawn and ready', async () => {
    const bad = { schema: 1, title: 't', unit: { type: 'rate', per: 100000 }, series: [{ observations: [{ period: '2000', value: -Number.MAX_VALUE }, { period: '2001', value: Number.MAX_VALUE }] }], sources: [{ name: 'x' }] };
    const good = { ...bad, series: [{ observations: [{ period: '2000', value: 12 }, { period: '2001', value: 14 }] }] };
    const m = mount('crime-rate-trend', (el) => {
      el.data = bad;
    }, 'en');
    await settled(m.el);
    await new Promise((r) => setTimeout(r, 100));
    expect(m.events.map((e) => e.type)).to.deep.equal(['cifra-error']);
    m.el.data = good;
    await m.el.updateComplete;
    await settled(m.el);
    expect(m.el.status).to.equal('ready');
    expect(m.el.shadowRoot!.querySelector('[part="chart"] svg')).to.exist;
  });
});
