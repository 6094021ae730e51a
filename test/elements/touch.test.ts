// A phone reader's chart: a tap pins the tooltip of the nearest point, away from the
// finger; a tap on the same point, or outside the chart, closes it; Escape too. Real taps
// on an emulated touch screen (the `touch-tap` command in web-test-runner.config.mjs).
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { CrimeRateTrend } from '../../src/elements/crime-rate-trend/crime-rate-trend.js';
import { mount, settled, sleep, unmountAll } from './helpers.js';

afterEach(unmountAll);

const doc = {
  schema: 1,
  title: 'Homicidios',
  unit: { type: 'rate', per: 100000 },
  series: [{ observations: [{ period: '2010', value: 10 }, { period: '2011', value: 20 }, { period: '2012', value: 15 }, { period: '2013', value: 25 }] }],
  sources: [{ name: 'INEGI' }],
};

async function chart(): Promise<CrimeRateTrend> {
  const m = mount<CrimeRateTrend>('crime-rate-trend', (el) => {
    el.data = doc;
  }, 'es');
  m.container.style.width = '360px';
  await settled(m.el);
  await sleep(50);
  return m.el;
}

/** Page coordinates of point `i` of the first line (its vertices, in the SVG's pixels). */
function pointAt(el: CrimeRateTrend, i: number): { x: number; y: number } {
  const svg = el.shadowRoot!.querySelector('.plot svg')!.getBoundingClientRect();
  const d = el.shadowRoot!.querySelector('path.line')!.getAttribute('d')!;
  const [x, y] = [...d.matchAll(/[ML]([\d.]+),([\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])])[i]!;
  return { x: svg.left + x!, y: svg.top + y! };
}

async function tap(p: { x: number; y: number }): Promise<void> {
  await executeServerCommand('touch-tap', { x: Math.round(p.x), y: Math.round(p.y) });
  await sleep(60);
}

const tooltip = (el: CrimeRateTrend) => el.shadowRoot!.querySelector<HTMLElement>('.tooltip');

describe('<crime-rate-trend> on a touch screen', () => {
  it('a tap pins the nearest point\'s tooltip, above the finger, and it stays after the finger lifts', async () => {
    const el = await chart();
    const p = pointAt(el, 1);
    await tap(p);
    const tip = tooltip(el);
    expect(tip, 'a tooltip').to.exist;
    expect(tip!.textContent).to.include('2011');
    expect(tip!.textContent).to.include('20.0');
    // Clear of a fingertip: its bottom at least 40 px above the point, or its top 40 px below.
    const box = tip!.getBoundingClientRect();
    expect(box.bottom <= p.y - 40 || box.top >= p.y + 40, `tooltip ${box.top}–${box.bottom}, point at ${p.y}`).to.equal(true);
    await sleep(300);
    expect(tooltip(el), 'still pinned').to.exist;
  });

  it('a tap on another point moves the pin; a tap on the same point closes it', async () => {
    const el = await chart();
    await tap(pointAt(el, 1));
    await tap(pointAt(el, 3));
    expect(tooltip(el)!.textContent).to.include('2013');
    await tap(pointAt(el, 3));
    expect(tooltip(el)).to.equal(null);
  });

  it('a tap outside the chart closes it', async () => {
    const el = await chart();
    await tap(pointAt(el, 2));
    expect(tooltip(el)).to.exist;
    const outside = document.createElement('p');
    outside.textContent = 'Texto del artículo';
    document.body.prepend(outside);
    const r = outside.getBoundingClientRect();
    await tap({ x: r.left + 5, y: r.top + 5 });
    outside.remove();
    expect(tooltip(el)).to.equal(null);
  });

  it('Escape closes a pinned tooltip', async () => {
    const el = await chart();
    await tap(pointAt(el, 0));
    expect(tooltip(el)).to.exist;
    el.shadowRoot!.querySelector<HTMLElement>('.plot')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    await el.updateComplete;
    expect(tooltip(el)).to.equal(null);
  });
});
