/**
 * Registers a tag once. Loading cifra twice (from a CDN and from npm, or two
 * versions) must not throw into the host page: the first definition stays.
 */
export function define(tag: string, element: CustomElementConstructor): void {
  if (typeof customElements !== 'undefined' && !customElements.get(tag)) customElements.define(tag, element);
}
