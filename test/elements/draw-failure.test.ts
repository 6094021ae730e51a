import { expect } from '@open-wc/testing';
import { errorDetail, mount, settled, shadowText, unmountAll } from './helpers.js';

afterEach(unmountAll);

describe('valid values that cannot be drawn', () => {
  it('a chart whose values span −MAX…+MAX shows a localized error, with status and event saying error', async () => {
    const m = mount('crime-rate-trend', (el) => {
      el.data = { schema: 1, title: 't', unit: { type: 'rate', per: 100000 }, series: [{ observations: [{ period: '2000', value: -Number.MAX_VALUE }, { period: '2001', value: Number.MAX_VALUE }] }], sources: [{ name: 'x' }] };
    }, 'es');
    await settled(m.el);
    await m.el.updateComplete;
    await m.el.updateComplete;
    expect(m.el.status).to.equal('error');
    expect(m.el.getAttribute('status')).to.equal('error');
    expect(errorDetail(m).code).to.equal('E_SCHEMA');
    expect(shadowText(m.el)).to.include('es válido, pero estos valores no se pueden dibujar');
    expect(m.el.shadowRoot!.querySelectorAll('[part="error"]')).to.have.length(1);
    expect(m.el.shadowRoot!.querySelector('svg')).to.equal(null);
  });
});
