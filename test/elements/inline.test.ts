// <rate-per-100k variant="inline">: the figure and its unit flow inside a sentence of the
// article; the rest (place, period, inputs, source) is one keypress or tap away.
import { expect } from '@open-wc/testing';
import type { RatePer100k } from '../../src/elements/rate-per-100k/rate-per-100k.js';
import { settled, unmountAll } from './helpers.js';

afterEach(unmountAll);

async function sentence(attrs: string, lang = 'es'): Promise<{ p: HTMLParagraphElement; el: RatePer100k }> {
  const p = document.createElement('p');
  p.lang = lang;
  p.style.cssText = 'width: 1000px; font: 16px/1.5 Georgia, serif';
  p.innerHTML = `La tasa de Chihuahua fue de <rate-per-100k variant="inline" ${attrs}></rate-per-100k> en 2008, la más alta del país.`;
  document.body.append(p);
  const el = p.querySelector<RatePer100k>('rate-per-100k')!;
  await settled(el);
  return { p, el };
}

describe('<rate-per-100k variant="inline">', () => {
  afterEach(() => document.querySelectorAll('p[lang]').forEach((p) => p.remove()));

  it('reads as part of the sentence: the figure and its unit on the line, no block, no title', async () => {
    const { p, el } = await sentence('count="2567" population="3359934" place="Chihuahua" period="2008" source="INEGI"');
    expect(el.status).to.equal('ready');
    expect(getComputedStyle(el).display).to.equal('inline');
    const figure = el.shadowRoot!.querySelector('[part="value"]')!;
    expect(figure.textContent!.replace(/\s+/g, ' ').trim()).to.equal('76.4 por cada 100 mil habitantes');
    // The sentence stays one line where it fits (24 px at 16/1.5; the 24 px target of the button may add a few).
    expect(p.getBoundingClientRect().height).to.be.below(36);
    expect(el.shadowRoot!.querySelector('[part="title"]')?.checkVisibility() ?? false).to.equal(false);
  });

  it('the details open with the keyboard and close with Escape, inputs and source inside', async () => {
    const { el } = await sentence('count="2567" population="3359934" place="Chihuahua" period="2008" source="INEGI"');
    const button = el.shadowRoot!.querySelector<HTMLButtonElement>('button.more')!;
    expect(button.getAttribute('aria-label')).to.equal('¿Cómo se calcula?');
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    button.click();
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    const pop = el.shadowRoot!.querySelector('.pop')!.textContent!.replace(/\s+/g, ' ');
    expect(pop).to.include('Chihuahua');
    expect(pop).to.include('INEGI');
    await expect(el).to.be.accessible();
    button.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.pop')).to.equal(null);
    expect(el.shadowRoot!.activeElement, 'focus back on the button').to.equal(button);
  });

  it('an error stays inline and says so, with cifra-error', async () => {
    const { el } = await sentence('count="abc" population="3359934"');
    expect(el.status).to.equal('error');
    expect(getComputedStyle(el).display).to.equal('inline');
    expect(el.shadowRoot!.textContent).to.include('No se puede mostrar esta estadística');
  });
});
