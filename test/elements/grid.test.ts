// <crime-rate-trend layout="grid"> (DESIGN §1a) as its users observe it, on the real
// 32-state document (demo/data/states-homicide-1990-2008.json, as `cifra import --national`
// writes it): one panel per state, the national series in grey in every panel, the order,
// the columns, the one summary, one tab stop and the keys, the unknown compare key, axe.
// Expected values are computed here from the file's counts and populations.
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { CrimeRateTrend } from '../../src/elements/crime-rate-trend/crime-rate-trend.js';
import { mount, settled, unmountAll, type Mounted } from './helpers.js';

type Trend = CrimeRateTrend;
interface RawSeries { id: string; geo: { name: string }; observations: { period: string; count: number; population: number }[] }
interface Raw { series: RawSeries[] }

afterEach(() => unmountAll());

let raw: Raw | undefined;
async function file(): Promise<Raw> {
  raw ??= (await (await fetch('/demo/data/states-homicide-1990-2008.json')).json()) as Raw;
  return structuredClone(raw);
}

const rate = (o: { count: number; population: number }) => (o.count / o.population) * 1e5;
const one = (v: number, locale = 'es-MX') => new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(v);

async function grid(attrs: Record<string, string> = {}, width = 960): Promise<Mounted<Trend>> {
  const data = await file();
  const m = mount<Trend>('crime-rate-trend', (el) => {
    el.setAttribute('layout', 'grid');
    el.setAttribute('lang', 'es');
    for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
    el.data = data;
  });
  m.container.style.width = `${width}px`;
  await settled(m.el);
  if (m.el.status === 'ready') await waitUntil(() => panels(m.el).length > 0, 'the panels are drawn', { timeout: 5000 });
  await m.el.updateComplete;
  return m;
}

const root = (el: Trend) => el.shadowRoot!;
const panels = (el: Trend) => [...root(el).querySelectorAll<HTMLElement>('.panel')];
const group = (el: Trend) => root(el).querySelector<HTMLElement>('.panels')!;
const live = (el: Trend) => (root(el).querySelector('#live')?.textContent ?? '').replace(/\s+/g, ' ').trim();
/** The summary as shown (a number's spoken twin, visually hidden, left out). */
function shownSummary(el: Trend): string {
  const s = root(el).querySelector<HTMLElement>('#summary')!.cloneNode(true) as HTMLElement;
  for (const x of s.querySelectorAll('.sr-only')) x.remove();
  return (s.textContent ?? '').replace(/\s+/g, ' ').trim();
}
async function press(el: Trend, ...keys: string[]): Promise<void> {
  for (const k of keys) {
    await sendKeys({ press: k });
    await el.updateComplete;
  }
}

describe('<crime-rate-trend layout="grid"> on the 32 states', () => {
  it('draws 32 panels; compare="MX" is in every panel, in grey, and no panel of its own', async () => {
    const m = await grid({ compare: 'MX' });
    const ps = panels(m.el);
    expect(ps).to.have.length(32);
    expect(ps.map((p) => p.dataset['key'])).not.to.include('MX');
    for (const p of ps) {
      const mx = p.querySelector('.series[data-key="MX"]');
      expect(mx, `MX in ${p.dataset['key']}`).to.exist;
      expect(mx!.classList.contains('context'), 'MX is grey context').to.equal(true);
      const own = p.querySelector(`.series[data-key="${p.dataset['key']}"]`)!;
      expect(own.classList.contains('context')).to.equal(false);
      // Grey: the compare line takes the muted ink, the panel's line the accent.
      expect(getComputedStyle(mx!.querySelector('.line')!).stroke).to.not.equal(getComputedStyle(own.querySelector('.line')!).stroke);
    }
    const states = (await file()).series.filter((s) => s.id !== 'MX');
    expect(ps.map((p) => p.dataset['key']), 'document order').to.deep.equal(states.map((s) => s.id));
    // Each panel says its place and last value.
    const label = ps[0]!.querySelector('.panel-label')!.textContent!.replace(/\s+/g, ' ').trim();
    const last = states[0]!.observations[states[0]!.observations.length - 1]!;
    expect(label).to.equal(`${states[0]!.geo.name} ${one(rate(last))}`);
    await expect(m.el).to.be.accessible();
  });

  it('sort="latest": the highest 2008 rate first, as computed from the file', async () => {
    const m = await grid({ compare: 'MX', sort: 'latest' });
    const expected = (await file()).series.filter((s) => s.id !== 'MX')
      .map((s, i) => ({ id: s.id, i, last: rate(s.observations[s.observations.length - 1]!) }))
      .sort((a, b) => b.last - a.last || a.i - b.i).map((s) => s.id);
    expect(panels(m.el).map((p) => p.dataset['key'])).to.deep.equal(expected);
  });

  for (const [width, columns] of [[360, 2], [800, 5]] as const) {
    it(`${columns} columns at ${width} px`, async () => {
      const m = await grid({ compare: 'MX' }, width);
      const tracks = getComputedStyle(group(m.el)).gridTemplateColumns.split(' ').filter(Boolean);
      const w = group(m.el).clientWidth;
      expect(w < 420 ? 2 : Math.floor(w / 160)).to.equal(columns);
      expect(tracks).to.have.length(columns);
      const tops = new Set(panels(m.el).slice(0, columns).map((p) => Math.round(p.getBoundingClientRect().top)));
      expect(tops.size, 'the first row').to.equal(1);
      // Nothing overflows the element.
      for (const p of panels(m.el)) expect(p.getBoundingClientRect().right).to.be.at.most(m.el.getBoundingClientRect().right + 0.5);
    });
  }

  it('columns="4" is obeyed', async () => {
    const m = await grid({ compare: 'MX', columns: '4' });
    expect(getComputedStyle(group(m.el)).gridTemplateColumns.split(' ')).to.have.length(4);
  });

  it('one summary for the grid: highest, lowest, how many rose and fell (es and en)', async () => {
    const states = (await file()).series.filter((s) => s.id !== 'MX');
    const at2008 = states.map((s) => ({ name: s.geo.name, v: rate(s.observations.find((o) => o.period === '2008')!) }));
    const high = at2008.reduce((a, b) => (b.v > a.v ? b : a));
    const low = at2008.reduce((a, b) => (b.v < a.v ? b : a));
    let up = 0, down = 0, same = 0;
    for (const s of states) {
      const a = rate(s.observations.find((o) => o.period === '1990')!);
      const b = rate(s.observations.find((o) => o.period === '2008')!);
      if (one(a) === one(b)) same++;
      else if (b > a) up++;
      else down++;
    }
    const m = await grid({ compare: 'MX' });
    const es = `En 2008, ${high.name} tiene la tasa más alta (${one(high.v)}) y ${low.name} la más baja (${one(low.v)}); de 1990 a 2008 subió en ${up} de 32 entidades, bajó en ${down}${same ? ` y no cambió en ${same}` : ''}.`;
    expect(shownSummary(m.el)).to.equal(same ? es : es.replace(`, bajó en ${down}`, ` y bajó en ${down}`));
    m.el.setAttribute('lang', 'en');
    await m.el.updateComplete;
    await waitUntil(() => shownSummary(m.el).startsWith('In '), 'the English summary');
    const en = `In 2008, ${high.name} has the highest rate (${one(high.v, 'en')}) and ${low.name} the lowest (${one(low.v, 'en')}); from 1990 to 2008 it rose in ${up} of 32 states, fell in ${down}${same ? ` and held steady in ${same}` : ''}.`;
    expect(shownSummary(m.el)).to.equal(same ? en : en.replace(`, fell in ${down}`, ` and fell in ${down}`));
    // One table: every series, MX included.
    expect(root(m.el).querySelectorAll('table')).to.have.length.at.most(1);
  });

  it('one tab stop; ←/→ move between points, ↑/↓ between panels, Page Up/Down by rows, edges said', async () => {
    const m = await grid({ compare: 'MX', columns: '4' });
    const g = group(m.el);
    expect(g.getAttribute('tabindex')).to.equal('0');
    expect(g.querySelectorAll('[tabindex], a[href], button, input')).to.have.length(0);
    expect(root(m.el).querySelectorAll('[tabindex="0"]')).to.have.length(1);
    const before = document.createElement('button');
    before.textContent = 'antes';
    m.container.prepend(before);
    before.focus();
    await press(m.el, 'Tab');
    expect(root(m.el).activeElement).to.equal(g);
    expect(g.getAttribute('aria-label')).to.match(/32/);

    const states = (await file()).series.filter((s) => s.id !== 'MX');
    const say = (n: number, year: string) => {
      const s = states[n]!;
      return `${s.geo.name} (${n + 1} de 32). ${year}: ${one(rate(s.observations.find((o) => o.period === year)!))} por cada 100 mil habitantes`;
    };
    await press(m.el, 'ArrowRight');
    expect(live(m.el)).to.equal(say(0, '1990'));
    expect(root(m.el).querySelector('#live')!.getAttribute('aria-live')).to.equal('polite');
    await press(m.el, 'ArrowRight');
    expect(live(m.el)).to.equal(say(0, '1991'));
    await press(m.el, 'ArrowDown');
    expect(live(m.el)).to.equal(say(1, '1991'));
    expect(panels(m.el)[1]!.querySelector('.focus')).to.exist;
    await press(m.el, 'PageDown');
    expect(live(m.el)).to.equal(say(5, '1991'));
    await press(m.el, 'ArrowUp', 'PageUp');
    expect(live(m.el)).to.equal(say(0, '1991'));
    await press(m.el, 'ArrowUp');
    expect(live(m.el)).to.equal('Primera gráfica.');
    await press(m.el, 'PageUp');
    expect(live(m.el)).to.equal('No hay gráfica arriba.');
    await press(m.el, 'Home', 'ArrowLeft');
    expect(live(m.el)).to.equal('Primer punto.');
    await press(m.el, 'End');
    expect(live(m.el)).to.equal(say(0, '2008'));
    await press(m.el, 'ArrowRight');
    expect(live(m.el)).to.equal('Último punto.');
    await expect(m.el).to.be.accessible();
    await press(m.el, 'Tab');
    expect(g.contains(root(m.el).activeElement)).to.equal(false);
    expect(root(m.el).activeElement).to.not.equal(g);
  });

  it('an unknown compare key is a visible E_SCHEMA error naming it', async () => {
    const m = await grid({ compare: 'ZZ' });
    expect(m.el.status).to.equal('error');
    const e = m.events.find((x) => x.type === 'cifra-error')!.detail as { code: string; message: string };
    expect(e.code).to.equal('E_SCHEMA');
    expect(root(m.el).textContent).to.contain('ZZ');
    expect(root(m.el).textContent).to.contain('compare');
    await expect(m.el).to.be.accessible();
  });
});
