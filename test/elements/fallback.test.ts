// DESIGN §3: an error inside an element that had fallback content keeps that content
// visible, with the error below it in a compact form (and the event, as always).
import { expect } from '@open-wc/testing';
import type { CifraElement } from '../../src/base/cifra-element.js';
import { errorDetail, key, mount, settled, unmountAll } from './helpers.js';

afterEach(unmountAll);

for (const tag of ['crime-rate-trend', 'rate-per-100k', 'ranking-badge'] as const) {
  describe(`<${tag}> with fallback content`, () => {
    it('an E_FETCH error keeps the editor\'s sentence visible, with a compact localized error under it', async () => {
      const m = mount<CifraElement>(tag, (el) => {
        const p = document.createElement('p');
        p.textContent = 'La tasa de homicidios bajó de 22.9 a 17.0 entre 2012 y 2016.';
        el.append(p);
        el.setAttribute('src', `/_test/status?code=404&k=${key()}`);
      }, 'es');
      await settled(m.el);
      expect(m.el.status).to.equal('error');
      expect(errorDetail(m).code).to.equal('E_FETCH');
      const slot = m.el.shadowRoot!.querySelector('slot')!;
      expect(slot, 'a slot shows the light-DOM fallback').to.exist;
      const shown = slot.assignedElements()[0] as HTMLElement;
      expect(shown.textContent).to.include('bajó de 22.9 a 17.0');
      expect(shown.getBoundingClientRect().height, 'the sentence is rendered').to.be.greaterThan(0);
      const error = m.el.shadowRoot!.querySelector('[part="error"]')!;
      expect(error.classList.contains('compact')).to.equal(true);
      expect(error.getAttribute('data-code')).to.equal('E_FETCH');
      expect(error.textContent).to.include('No se puede mostrar esta estadística');
      expect(shown.getBoundingClientRect().bottom, 'the error sits under the sentence').to.be.at.most(error.getBoundingClientRect().top + 1);
      await expect(m.el).to.be.accessible();
    });
  });
}

it('without fallback content, the full error box stays (title, reason, code)', async () => {
  const m = mount<CifraElement>('rate-per-100k', (el) => el.setAttribute('src', `/_test/status?code=404&k=${key()}`), 'es');
  await settled(m.el);
  const error = m.el.shadowRoot!.querySelector('[part="error"]')!;
  expect(error.classList.contains('compact')).to.equal(false);
  expect(error.querySelector('.error-title')).to.exist;
});
