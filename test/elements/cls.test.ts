// No layout shift (DESIGN §1, the README's reserve rule): an article page with dist's
// cifra.css linked and the elements in it (a two-series chart, a rate card, an inline rate
// inside a sentence and two badges), not yet defined, does not move when the
// elements upgrade, load and draw. Measured with the browser's own layout-shift entries.
// This file does not import cifra until the page is laid out, so the upgrade happens here.
import { expect } from '@open-wc/testing';
import type { CifraElement } from '../../src/base/cifra-element.js';

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

const national = {
  schema: 1,
  title: { es: 'Homicidios dolosos', en: 'Intentional homicides' },
  subtitle: { es: 'Tasa por cada 100 mil habitantes', en: 'Rate per 100,000 inhabitants' },
  unit: { type: 'rate', per: 100000 },
  series: [
    { geo: { level: 'country', code: 'MX', name: 'Nacional' }, observations: [{ period: '2006', value: 9.9 }, { period: '2007', value: 8.3 }, { period: '2008', value: 12.8 }] },
    { geo: { level: 'state', code: '08', name: 'Chihuahua' }, observations: [{ period: '2006', value: 19.3 }, { period: '2007', value: 15.5 }, { period: '2008', value: 76.4 }] },
  ],
  sources: [{ name: 'INEGI' }],
};
const json = (d: unknown) => `<script type="application/json">${JSON.stringify(d)}</script>`;

async function article(width: number): Promise<HTMLElement> {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = '/src/cifra.css';
  document.head.append(link);
  await new Promise((r) => { link.onload = r; });
  const main = document.createElement('main');
  main.lang = 'es';
  main.style.cssText = `width:${width}px;font:16px/1.5 Georgia,serif`;
  main.innerHTML = `
    <h1>La violencia en Chihuahua</h1>
    <p>Un párrafo del artículo antes de la gráfica, con el texto que el lector ya está leyendo.</p>
    <crime-rate-trend>${json(national)}</crime-rate-trend>
    <p>En 2008 la tasa de Chihuahua fue de <rate-per-100k variant="inline" count="2567" population="3359934"></rate-per-100k>, la más alta del país.</p>
    <rate-per-100k count="2567" population="3359934" place="Chihuahua" period="2008" source="INEGI"></rate-per-100k>
    <p>Dos clasificaciones:</p>
    <ranking-badge rank="1" out-of="32" among="entidades" period="2008"></ranking-badge>
    <ranking-badge rank="11" out-of="32" among="entidades" period="2008"></ranking-badge>
    <p>El párrafo final, que no debe moverse.</p>`;
  document.body.append(main);
  await sleep(100);
  return main;
}

// One width per page: the upgrade happens once (a second test would find the elements defined).
for (const width of [640]) {
  describe(`an article at ${width}px`, () => {
    it('does not move when the elements upgrade, load and draw (CLS 0)', async function () {
      this.timeout(15000);
      const main = await article(width);
      const last = main.lastElementChild!;
      const before = last.getBoundingClientRect().top;
      const heights = () => [...main.children].map((c) => `${c.localName} ${c.getBoundingClientRect().height.toFixed(1)}`).join(', ');
      const h0 = heights();
      const shifts: number[] = [];
      const observer = new PerformanceObserver((list) => {
        for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!e.hadRecentInput) shifts.push(e.value);
      });
      observer.observe({ type: 'layout-shift', buffered: false });
      await import('../../src/cifra.js');
      const elements = [...main.querySelectorAll<CifraElement>('crime-rate-trend, rate-per-100k, ranking-badge')];
      const deadline = Date.now() + 8000;
      while (elements.some((e) => e.getAttribute('status') !== 'ready') && Date.now() < deadline) await sleep(50);
      expect(elements.map((e) => e.getAttribute('status'))).to.deep.equal(elements.map(() => 'ready'));
      await sleep(300);
      observer.disconnect();
      const after = last.getBoundingClientRect().top;
      expect(after - before, `the last paragraph stays where it was (heights before: ${h0}; after: ${heights()})`).to.be.closeTo(0, 0.5);
      expect(shifts.reduce((a, b) => a + b, 0), 'cumulative layout shift').to.equal(0);
      main.remove();
    });
  });
}
