/**
 * One ResizeObserver for every chart on the page: 200 charts cost one observer, not 200.
 * `observeSize` returns the function that stops observing; elements call it when they
 * are removed, so nothing outlives them.
 */
type Callback = (width: number, height: number) => void;

const callbacks = new Map<Element, Callback>();
let observer: ResizeObserver | undefined;

export function observeSize(target: Element, callback: Callback): () => void {
  if (typeof ResizeObserver !== 'function') {
    const r = target.getBoundingClientRect();
    callback(r.width, r.height);
    return () => {};
  }
  observer ??= new ResizeObserver((entries) => {
    for (const entry of entries) {
      const box = entry.contentRect;
      callbacks.get(entry.target)?.(box.width, box.height);
    }
  });
  callbacks.set(target, callback);
  observer.observe(target);
  return () => {
    if (callbacks.delete(target)) observer?.unobserve(target);
  };
}

/** How many elements are observed now (for leak tests). */
export function observedCount(): number {
  return callbacks.size;
}
