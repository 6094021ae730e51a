/**
 * A virtual screen reader that reads inside open shadow roots.
 *
 * @guidepup/virtual-screen-reader builds its accessibility tree from `node.childNodes` and
 * watches live regions with one MutationObserver on its container. Both stop at a shadow
 * root: a cifra element reads as an empty generic, and its live and status regions say
 * nothing. This wrapper fixes both, for the length of a session only:
 *
 * 1. **The composed tree.** While a session runs, `Node.prototype.childNodes` returns, for a
 *    shadow host, the children of its open shadow root, and for a `<slot>`, its assigned
 *    nodes (else its fallback children): the flat tree a browser renders and exposes.
 *    Everything else reads as before. (The library asks `childNodes` for the tree, and
 *    dom-accessibility-api for names from content; idrefs already resolve through
 *    `getRootNode()`, so `aria-labelledby` inside a shadow root works.) The getter is
 *    restored by `stop()`; Lit does not read `childNodes` when it renders.
 * 2. **Live regions in shadow roots.** One MutationObserver per shadow root (found again
 *    after each mutation) announces changes the way the library does for the light DOM:
 *    `polite: …` / `assertive: …`, the whole region when it is atomic (`role="status"`),
 *    else the text added. Announcements are pushed onto the library's own spoken-phrase
 *    log (the array `spokenPhraseLog()` returns), so the log keeps the order a listener
 *    hears.
 *
 * Everything else (reading order, roles, names, descriptions, "end of list") is the
 * library's. `read()` walks from the first node to the last, as browse mode does with
 * the down arrow from the top of the page.
 */
import type { Virtual } from '@guidepup/virtual-screen-reader';
// @ts-expect-error: the self-contained browser build declares no types; they are the main entry's.
import { virtual as browserVirtual } from '@guidepup/virtual-screen-reader/browser.js';

const virtual = browserVirtual as Virtual;

const childNodes = Object.getOwnPropertyDescriptor(Node.prototype, 'childNodes')!;
const ownChildren = (node: Node): Node[] => Array.from(childNodes.get!.call(node) as NodeListOf<ChildNode>);

/** The children of `node` in the flat tree. */
function composedChildren(node: Node): Node[] {
  if (node instanceof Element && node.shadowRoot) return ownChildren(node.shadowRoot);
  if (node instanceof HTMLSlotElement) {
    const assigned = node.assignedNodes();
    return assigned.length ? assigned : ownChildren(node);
  }
  return ownChildren(node);
}

/** Every open shadow root under `root`, nested ones included. */
function shadowRoots(root: Node): ShadowRoot[] {
  const found: ShadowRoot[] = [];
  const visit = (node: Node): void => {
    if (node instanceof Element && node.shadowRoot) {
      found.push(node.shadowRoot);
      ownChildren(node.shadowRoot).forEach(visit);
    }
    ownChildren(node).forEach(visit);
  };
  visit(root);
  return found;
}

const LIVE_ROLES: Readonly<Record<string, { live: string; atomic: boolean }>> = {
  status: { live: 'polite', atomic: true },
  alert: { live: 'assertive', atomic: true },
  log: { live: 'polite', atomic: false },
};

/** The live region holding `node` inside its shadow root, with its politeness and atomicity. */
function liveRegion(node: Node): { region: Element; live: string; atomic: boolean } | null {
  for (let el: Element | null = node instanceof Element ? node : node.parentElement; el; el = el.parentElement) {
    const live = el.getAttribute('aria-live');
    const byRole = LIVE_ROLES[el.getAttribute('role') ?? ''];
    if (live || byRole) {
      if (live === 'off') return null;
      const atomic = el.hasAttribute('aria-atomic') ? el.getAttribute('aria-atomic') === 'true' : byRole?.atomic ?? false;
      return { region: el, live: live ?? byRole!.live, atomic };
    }
  }
  return null;
}

const squash = (text: string | null): string => (text ?? '').replace(/\s+/g, ' ').trim();

/** What a screen reader says for a batch of mutations in shadow roots, as the library says it for the light DOM. */
function announcements(mutations: MutationRecord[]): string[] {
  const said: string[] = [];
  const atomicDone = new Set<Element>();
  for (const m of mutations) {
    const where = liveRegion(m.target);
    if (!where) continue;
    if (where.atomic) {
      if (atomicDone.has(where.region)) continue;
      atomicDone.add(where.region);
      const text = squash(where.region.textContent);
      if (text) said.push(`${where.live}: ${text}`);
      continue;
    }
    const added = m.type === 'characterData' ? [squash(m.target.textContent)] : Array.from(m.addedNodes).map((n) => squash(n.textContent));
    const text = added.filter(Boolean).join(', ');
    if (text) said.push(`${where.live}: ${text}`);
  }
  // One change seen as two records (a text node replaced, then filled) is said once.
  return said.filter((s, i) => s !== said[i - 1]);
}

const IMPLICIT_ROLES: Readonly<Record<string, string>> = { button: 'button', a: 'link', summary: 'button', table: 'table', input: 'textbox' };

/**
 * What a screen reader says when focus lands on an element: its role, its name (aria-label,
 * else its text), and its description (aria-describedby, hidden targets included). The
 * library's own phrase for focus is used in the light DOM; this covers shadow roots.
 */
function focusPhrase(el: Element): string {
  const root = el.getRootNode() as ShadowRoot;
  const role = el.getAttribute('role') ?? IMPLICIT_ROLES[el.localName] ?? '';
  const name = squash(el.getAttribute('aria-label') ?? el.textContent);
  const description = (el.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean).map((id) => squash(root.getElementById(id)?.textContent ?? '')).filter(Boolean).join(' ');
  return [role, name, description].filter(Boolean).join(', ');
}

export interface Session {
  /** Everything said so far: the virtual cursor's phrases and live announcements, in order. */
  log(): Promise<string[]>;
  /** Browse mode from the first node to the last (down arrow from the top): the phrases said. */
  read(limit?: number): Promise<string[]>;
  /** Waits for pending announcements, then returns the phrases said since `from`. */
  since(from: number): Promise<string[]>;
  stop(): Promise<void>;
  readonly virtual: typeof virtual;
}

let running = false;

/** Starts a virtual screen reader on `container`, reading into open shadow roots. One session at a time. */
export async function startReader(container: Element): Promise<Session> {
  if (running) throw new Error('a virtual screen reader session is already running');
  running = true;
  Object.defineProperty(Node.prototype, 'childNodes', {
    configurable: true,
    get(this: Node) {
      return composedChildren(this);
    },
  });
  // Shadow roots are watched before the library starts (its start yields, and an element's first
  // render may happen then); what is announced meanwhile joins the log once it exists.
  let log: string[] = [];
  const early: string[] = [];
  let started = false;
  const observers = new Map<ShadowRoot, MutationObserver>();
  let lastFocus: Element | null = null;
  const onFocus = (event: Event): void => {
    const target = event.composedPath()[0];
    if (!(target instanceof Element) || target === lastFocus || !observers.size) return;
    lastFocus = target;
    (started ? log : early).push(focusPhrase(target));
  };
  const observe = (): void => {
    for (const root of shadowRoots(container)) {
      if (observers.has(root)) continue;
      const observer = new MutationObserver((mutations) => {
        (started ? log : early).push(...announcements(mutations));
        observe();
      });
      observer.observe(root, { childList: true, subtree: true, characterData: true });
      observers.set(root, observer);
      root.addEventListener('focusin', (event) => onFocus(event));
    }
  };
  // Focus moving inside a shadow root reaches the container retargeted to the host, which the
  // library finds nowhere in its tree: each shadow root says its real target, as a screen reader
  // does on focus (listened to in observe()).
  observe();
  await virtual.start({ container });
  log = await virtual.spokenPhraseLog();
  log.push(...early);
  started = true;
  const settle = async (): Promise<void> => {
    // Let Lit render and the observers deliver.
    for (let i = 0; i < 3; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
    await new Promise((resolve) => setTimeout(resolve, 0));
  };
  return {
    virtual,
    async log() {
      await settle();
      return [...log];
    },
    async read(limit = 2000) {
      // The cursor starts on the first node; next() past the last wraps to it again.
      const firstNode = virtual.activeNode;
      const firstPhrase = await virtual.lastSpokenPhrase();
      const said: string[] = [firstPhrase];
      for (let i = 0; i < limit; i++) {
        await virtual.next();
        const phrase = await virtual.lastSpokenPhrase();
        if (virtual.activeNode === firstNode && phrase === firstPhrase) break;
        said.push(phrase);
      }
      return said.filter(Boolean);
    },
    async since(from: number) {
      await settle();
      return log.slice(from);
    },
    async stop() {
      for (const o of observers.values()) o.disconnect();
      await virtual.stop();
      Object.defineProperty(Node.prototype, 'childNodes', childNodes);
      running = false;
    },
  };
}
