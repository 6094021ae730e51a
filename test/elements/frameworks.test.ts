// A real React 19 and Preact render in Chromium. Both set a custom element's known
// properties as properties (`rank={1}` is `el.rank = 1`, a number) and unknown names
// (`out-of`) as attributes, and both add `oncifra-*` props as event listeners. What the
// reader sees must be the same as from HTML; a bad value is a visible error and a
// cifra-error, never an exception in the page. (React's CommonJS packages reach the
// browser through the commonjs-packages plugin of web-test-runner.config.mjs.)
import { expect, waitUntil } from '@open-wc/testing';
import { createElement, version as reactVersion } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { h, render as preactRender } from 'preact';
import type { CifraElement, CifraErrorDetail, CifraReadyDetail } from '../../src/base/cifra-element.js';
import { visibleText } from './helpers.js';

const pageErrors: unknown[] = [];
window.addEventListener('error', (e) => pageErrors.push(e.error ?? e.message));
window.addEventListener('unhandledrejection', (e) => pageErrors.push(e.reason));

const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const part = (el: Element, selector: string) => el.shadowRoot!.querySelector(selector);
/** Each problem as shown (the path in its `<code>`, without its spoken twin). */
const visibleProblems = (el: Element) => [...el.shadowRoot!.querySelectorAll('[part="error"] li')].map((li) => visibleText(li));

/** The rank as shown, without the medal (its spoken form is checked by the transcript tests). */
function rankText(el: Element): string {
  const copy = part(el, '[part~="rank"]')?.cloneNode(true) as Element | undefined;
  if (!copy) return '';
  for (const medal of copy.querySelectorAll('.medal')) medal.remove();
  return visibleText(copy);
}

type Props = Record<string, unknown>;
type Events = { ready: CifraReadyDetail[]; error: CifraErrorDetail[] };

interface Framework {
  readonly name: string;
  /** Renders `<tag {...props}>` with `oncifra-ready` and `oncifra-error` props into `container`. */
  mount(container: HTMLElement, tag: string, props: Props, events: Events): void;
  unmount(container: HTMLElement): void;
}

const roots = new Map<HTMLElement, Root>();

const FRAMEWORKS: readonly Framework[] = [
  {
    name: `React ${reactVersion}`,
    mount(container, tag, props, events) {
      const root = createRoot(container);
      roots.set(container, root);
      root.render(createElement(tag, {
        ...props,
        'oncifra-ready': (e: CustomEvent<CifraReadyDetail>) => events.ready.push(e.detail),
        'oncifra-error': (e: CustomEvent<CifraErrorDetail>) => events.error.push(e.detail),
      }));
    },
    unmount(container) {
      roots.get(container)?.unmount();
      roots.delete(container);
    },
  },
  {
    name: 'Preact',
    mount(container, tag, props, events) {
      preactRender(h(tag, {
        ...props,
        'oncifra-ready': (e: CustomEvent<CifraReadyDetail>) => events.ready.push(e.detail),
        'oncifra-error': (e: CustomEvent<CifraErrorDetail>) => events.error.push(e.detail),
      }), container);
    },
    unmount(container) {
      preactRender(null, container);
    },
  },
];

const containers: HTMLElement[] = [];

/** Renders one element with the framework and waits until it is ready or in error. */
async function rendered<E extends CifraElement>(fw: Framework, tag: string, props: Props): Promise<{ el: E; events: Events }> {
  const container = document.createElement('div');
  container.style.width = '480px';
  document.body.append(container);
  containers.push(container);
  const events: Events = { ready: [], error: [] };
  fw.mount(container, tag, props, events);
  await waitUntil(() => container.querySelector(tag), `${fw.name} rendered no <${tag}>`);
  const el = container.querySelector(tag) as E;
  await waitUntil(() => el.status !== 'loading', `<${tag}> stayed loading: ${norm(el.shadowRoot?.textContent)}`, { timeout: 8000 });
  await el.updateComplete;
  return { el, events };
}

afterEach(() => {
  for (const fw of FRAMEWORKS) for (const c of containers) fw.unmount(c);
  for (const c of containers.splice(0)) c.remove();
  expect(pageErrors.splice(0), 'errors that reached the page').to.deep.equal([]);
});

it('React is version 19 (the version that sets custom element properties)', () => {
  expect(reactVersion).to.match(/^19\./);
});

for (const fw of FRAMEWORKS) {
  describe(`${fw.name} renders the elements with numbers as properties`, () => {
    it('<ranking-badge rank={1} out-of={32} …>: "1.º lugar nacional", ready, cifra-ready through oncifra-ready', async () => {
      const { el, events } = await rendered<CifraElement & { rank: unknown; outOf: unknown }>(fw, 'ranking-badge', {
        rank: 1, 'out-of': 32, subject: 'Sistema 9-1-1', place: 'Aguascalientes', among: 'nacional', source: 'SESNSP', period: '2025', lang: 'es',
      });
      expect(el.status).to.equal('ready');
      expect(el.getAttribute('status')).to.equal('ready');
      expect(el.rank, 'rank was set as a property, as a number').to.equal(1);
      expect(rankText(el)).to.equal('1.º lugar nacional');
      expect(visibleText(part(el, '[part~="summary"]'))).to.equal('Aguascalientes · Sistema 9-1-1 · 2025');
      expect(visibleText(part(el, '[part~="source"]'))).to.equal('Fuente: SESNSP');
      expect(events.ready).to.have.length(1);
      expect(events.error).to.deep.equal([]);
    });

    it('<ranking-badge rank={3} out-of={2469}> with nothing else: "3rd of 2469", no source line', async () => {
      const { el } = await rendered(fw, 'ranking-badge', { rank: 3, 'out-of': 2469, lang: 'en' });
      expect(el.status).to.equal('ready');
      expect(rankText(el)).to.match(/^3rd of 2,?469$/);
      expect(part(el, '[part~="source"]')).to.equal(null);
    });

    it('<rate-per-100k count={2567} population={3359934}>: 76.4, ready', async () => {
      const { el, events } = await rendered<CifraElement & { count: unknown }>(fw, 'rate-per-100k', { count: 2567, population: 3359934, lang: 'en' });
      expect(el.status).to.equal('ready');
      expect(el.count).to.equal(2567);
      expect(visibleText(part(el, '[part~="value"]'))).to.equal(new Intl.NumberFormat('en', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format((2567 / 3359934) * 100000));
      expect(visibleText(part(el, '[part~="summary"]'))).to.equal('76.4 per 100,000 inhabitants.');
      expect(events.ready).to.have.length(1);
    });

    it('decimals={2} and per={1000} as numbers: "0.76 per 1,000 inhabitants"', async () => {
      const { el } = await rendered<CifraElement & { decimals: unknown }>(fw, 'rate-per-100k', { count: 2567, population: 3359934, per: 1000, decimals: 2, lang: 'en' });
      expect(el.status).to.equal('ready');
      expect(el.decimals).to.equal(2);
      expect(visibleText(part(el, '[part~="summary"]'))).to.equal('0.76 per 1,000 inhabitants.');
    });

    it('<crime-rate-trend data={doc} reference={20} decimals={2}>: drawn, with the reference line', async () => {
      const doc = {
        schema: 1, title: 'Homicidios', unit: { type: 'rate', per: 100000 },
        series: [{ geo: { level: 'country', code: 'MX', name: 'México' }, observations: [{ period: '2012', value: 22.9 }, { period: '2016', value: 17 }] }],
        sources: [{ name: 'INEGI' }],
      };
      const { el } = await rendered(fw, 'crime-rate-trend', { data: doc, reference: 20, decimals: 2, lang: 'es' });
      await waitUntil(() => el.getAttribute('status') === 'ready', 'the chart is drawn');
      expect(part(el, 'svg .reference line')).to.exist;
      expect(visibleText(part(el, '[part~="summary"]'))).to.include('22.90');
    });

    it('rank={{}}: status "error", a visible "rank: debe ser un número", cifra-error E_SCHEMA, no page error', async () => {
      const { el, events } = await rendered(fw, 'ranking-badge', { rank: {}, 'out-of': 32, lang: 'es' });
      expect(el.status).to.equal('error');
      expect(el.getAttribute('status')).to.equal('error');
      expect(visibleProblems(el)).to.include('rank: debe ser un número');
      expect(events.error).to.have.length(1);
      expect(events.error[0]!.code).to.equal('E_SCHEMA');
      expect(events.error[0]!.problems?.map((p) => p.path)).to.deep.equal(['rank']);
      expect(events.ready).to.deep.equal([]);
    });

    it('count={NaN}: "count: must be a finite number"', async () => {
      const { el, events } = await rendered(fw, 'rate-per-100k', { count: NaN, population: 3359934, lang: 'en' });
      expect(el.status).to.equal('error');
      expect(visibleProblems(el)).to.include('count: must be a finite number');
      expect(events.error[0]?.code).to.equal('E_SCHEMA');
    });
  });
}
