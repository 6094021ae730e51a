import { waitUntil } from '@open-wc/testing';
import type { CifraElement, CifraErrorDetail } from '../../src/base/cifra-element.js';
import '../../src/cifra.js';

export type Tag = 'crime-rate-trend' | 'rate-per-100k' | 'ranking-badge';
export const TAGS: readonly Tag[] = ['crime-rate-trend', 'rate-per-100k', 'ranking-badge'];

/** A unique key so that each test's requests are counted (and cached) on their own. */
export function key(): string {
  return Math.random().toString(36).slice(2);
}

/**
 * Counts the page's own fetch() calls whose URL contains `fragment`. The server's count
 * alone cannot prove sharing: Chromium's HTTP cache may coalesce identical requests.
 */
export function spyFetch(fragment: string): { calls: () => number; restore: () => void } {
  const original = window.fetch;
  let calls = 0;
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    if (String(input instanceof Request ? input.url : input).includes(fragment)) calls++;
    return original.call(window, input, init);
  };
  return { calls: () => calls, restore: () => { window.fetch = original; } };
}

export async function requestCount(k: string): Promise<number> {
  const r = await fetch(`/_test/count?k=${k}`);
  return Number(await r.text());
}

export interface Mounted<E extends CifraElement = CifraElement> {
  el: E;
  events: { type: string; detail: unknown }[];
  container: HTMLElement;
}

const containers: HTMLElement[] = [];

/**
 * Creates an element, records its cifra-* events from before it is connected,
 * lets `setup` set attributes, properties or children, then connects it.
 */
export function mount<E extends CifraElement = CifraElement>(tag: Tag, setup: (el: E) => void = () => {}, parentLang?: string): Mounted<E> {
  const container = document.createElement('div');
  if (parentLang) container.lang = parentLang;
  container.style.width = '480px';
  const el = document.createElement(tag) as unknown as E;
  const events: Mounted<E>['events'] = [];
  for (const type of ['cifra-ready', 'cifra-error']) {
    container.addEventListener(type, (e) => events.push({ type, detail: (e as CustomEvent).detail }));
  }
  setup(el);
  container.append(el);
  document.body.append(container);
  containers.push(container);
  return { el, events, container };
}

export function unmountAll(): void {
  for (const c of containers.splice(0)) c.remove();
}

export async function settled(el: CifraElement, timeout = 8000): Promise<void> {
  await waitUntil(() => el.status !== 'loading', `${el.localName} stayed loading`, { timeout });
  await el.updateComplete;
}

/**
 * The text a sighted reader sees in the shadow root: without the spoken twins of shown tokens
 * (a visually hidden span right after an `aria-hidden` one: "lugar 11" after "11.º lugar",
 * base/said.ts) and without the status region's announcement.
 */
export function shadowText(el: Element): string {
  return el.shadowRoot ? shownText(el.shadowRoot) : '';
}

/** The shown text of a node (see shadowText). */
export function shownText(node: Node): string {
  const parts: string[] = [];
  const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const parent = n.parentElement;
    if (parent?.closest('.status')) continue;
    const twin = parent?.closest('.sr-only');
    if (twin && twin.previousElementSibling?.getAttribute('aria-hidden') === 'true') continue;
    parts.push(n.textContent ?? '');
  }
  return parts.join('').replace(/\s+/g, ' ').trim();
}

export function errorDetail(m: Mounted): CifraErrorDetail {
  const e = m.events.find((x) => x.type === 'cifra-error');
  if (!e) throw new Error(`no cifra-error event; events: ${JSON.stringify(m.events.map((x) => x.type))}`);
  return e.detail as CifraErrorDetail;
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export { validDoc } from '../fixtures/docs.mjs';

/**
 * What a sighted user sees of a node's content: its text without the visually hidden `.sr-only`
 * nodes inside it (the spoken twins of shown tokens, a folded summary), whitespace normalised.
 * The node's own class is not looked at: a folded `#summary` gives its sentences as they show
 * once unfolded.
 */
export function visibleText(node: Node | null | undefined): string {
  if (!node) return '';
  const clone = node.cloneNode(true) as Element | DocumentFragment;
  for (const hidden of clone.querySelectorAll('.sr-only')) hidden.remove();
  return (clone.textContent ?? '').replace(/\s+/g, ' ').trim();
}
