// cifra: the CDN bundle as a newsroom loads it. A chart is drawn when the element fires
// `cifra-ready` (it does so once the SVG is rendered at its measured size).
import '/dist/cifra.js';
import { indicator } from '/data.js';

/** Resolves with the element at its next `cifra-ready`; rejects at `cifra-error`. */
function ready(el) {
  return new Promise((resolve, reject) => {
    const stop = new AbortController();
    el.addEventListener('cifra-ready', () => { stop.abort(); resolve(el); }, { signal: stop.signal });
    el.addEventListener('cifra-error', (e) => { stop.abort(); reject(new Error(`cifra-error ${e.detail.code}: ${e.detail.message}`)); }, { signal: stop.signal });
  });
}

export async function draw(container, points) {
  const el = document.createElement('crime-rate-trend');
  el.setAttribute('lang', 'en');
  el.data = indicator(points);
  const drawn = ready(el);
  container.append(el);
  return drawn;
}

export async function update(el, points) {
  const drawn = ready(el);
  el.data = indicator(points);
  return drawn;
}

/** S6: the element is in the article's markup with `src` (as the README's embed snippet); wait for it. */
export async function load(container, url) {
  let el = container.querySelector('crime-rate-trend');
  if (!el) {
    el = document.createElement('crime-rate-trend');
    el.setAttribute('src', url);
    container.append(el);
  }
  if (el.getAttribute('status') === 'ready') return el;
  return ready(el);
}
