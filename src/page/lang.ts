/**
 * One MutationObserver for the whole page tells every connected element when a `lang`
 * attribute changes on it or an ancestor, so switching a page or a section between
 * Spanish and English re-renders its widgets. It disconnects when no element is left.
 */
const elements = new Set<{ requestUpdate(): void }>();
let observer: MutationObserver | undefined;

export function watchLang(element: Element & { requestUpdate(): void }): () => void {
  elements.add(element);
  if (!observer && typeof MutationObserver === 'function') {
    observer = new MutationObserver(() => {
      for (const e of elements) e.requestUpdate();
    });
    observer.observe(element.ownerDocument.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }
  return () => {
    elements.delete(element);
    if (elements.size === 0) {
      observer?.disconnect();
      observer = undefined;
    }
  };
}

/** How many elements are watched (for leak tests). */
export function watchedLangCount(): number {
  return elements.size;
}
