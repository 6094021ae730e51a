// 1,000 connect/disconnect cycles of the three elements leave nothing behind: no observed
// element, no lang watcher, no listener on window or document, and no detached element
// kept alive (checked with WeakRefs after a forced garbage collection).
import { expect } from '@open-wc/testing';
import { observedCount } from '../../src/page/resize.js';
import { watchedLangCount } from '../../src/page/lang.js';
import { clearRequestCache } from '../../src/data/loader.js';
import { TAGS, validDoc } from './helpers.js';
import type { CifraElement } from '../../src/base/cifra-element.js';

declare global {
  interface Window {
    gc?: () => void;
  }
}

const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/** Counts listeners added to and removed from window and document while `run` runs. */
async function countListeners(run: () => Promise<void>): Promise<number> {
  const proto = EventTarget.prototype;
  const add = proto.addEventListener;
  const remove = proto.removeEventListener;
  let net = 0;
  const watched = (target: unknown) => target === window || target === document;
  proto.addEventListener = function (this: EventTarget, ...args: Parameters<EventTarget['addEventListener']>) {
    const options = args[2];
    const once = typeof options === 'object' && options !== null && options.once === true;
    if (watched(this) && !once) net++;
    return add.apply(this, args);
  };
  proto.removeEventListener = function (this: EventTarget, ...args: Parameters<EventTarget['removeEventListener']>) {
    if (watched(this)) net--;
    return remove.apply(this, args);
  };
  try {
    await run();
  } finally {
    proto.addEventListener = add;
    proto.removeEventListener = remove;
  }
  return Math.max(0, net);
}

describe('no leaks across 1,000 connect/disconnect cycles', () => {
  it('leaves no observers, lang watchers, window/document listeners or detached elements', async function () {
    this.timeout(120000);
    expect(window.gc, 'Chromium runs with --js-flags=--expose-gc').to.be.a('function');
    const container = document.createElement('div');
    container.style.width = '480px';
    document.body.append(container);
    const doc = validDoc();
    const baseObserved = observedCount();
    const baseLang = watchedLangCount();
    const refs: WeakRef<Element>[] = [];

    const listeners = await countListeners(async () => {
      for (let i = 0; i < 1000; i++) {
        const el = document.createElement(TAGS[i % 3]!) as unknown as CifraElement;
        if (i % 5 === 0) el.setAttribute('src', `/_test/doc.json?k=leak${i % 2}`);
        else el.data = doc;
        container.append(el);
        await el.updateComplete;
        if (i % 50 === 0) await frame(); // let some charts be measured and drawn
        el.remove();
        if (i % 7 === 0) refs.push(new WeakRef(el));
      }
      await frame();
    });

    expect(observedCount(), 'elements still observed for size').to.equal(baseObserved);
    expect(watchedLangCount(), 'elements still watched for lang').to.equal(baseLang);
    expect(listeners, 'listeners left on window or document').to.equal(0);

    container.remove();
    clearRequestCache();
    for (let round = 0; round < 5; round++) {
      window.gc!();
      await frame();
    }
    const alive = refs.filter((r) => r.deref() !== undefined).length;
    expect(alive, `removed elements still alive after GC, of ${refs.length} tracked`).to.equal(0);
  });

  it('an element that fails after it is removed is not kept alive by its status announcement', async () => {
    /** The error is rendered, and would be announced, after the element has left the page. */
    async function failAfterRemoval(tag: (typeof TAGS)[number]): Promise<WeakRef<Element>> {
      const el = document.createElement(tag) as unknown as CifraElement;
      el.data = validDoc();
      document.body.append(el);
      await el.updateComplete;
      el.data = '{';
      el.remove();
      await el.updateComplete;
      return new WeakRef(el);
    }
    const refs: WeakRef<Element>[] = [];
    for (const tag of TAGS) refs.push(await failAfterRemoval(tag));
    await frame();
    for (let round = 0; round < 5; round++) {
      window.gc!();
      await frame();
    }
    expect(refs.map((r) => r.deref()?.localName).filter(Boolean), 'removed elements alive after GC').to.deep.equal([]);
  });
});
