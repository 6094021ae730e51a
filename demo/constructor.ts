// The embed builder: a document (a demo file or pasted JSON), an element and its
// options → a live preview (the real element) and the HTML to paste into a page.
import '../src/cifra.js';
import { parsePeriod, seriesKey, textIn, validateIndicator, type ValidIndicator } from '../src/core/index.js';
import { currentLang, initControls, onLangChange, t } from './controls.js';

/** jsDelivr, pinned to the version the README's snippet names (its integrity hashes are in the README and in `cifra snippet`). */
const CDN = 'https://cdn.jsdelivr.net/npm/cifra@0.1.0/dist/';
type Tag = 'crime-rate-trend' | 'rate-per-100k' | 'ranking-badge';
const TAGS: readonly Tag[] = ['crime-rate-trend', 'rate-per-100k', 'ranking-badge'];

const $ = <T extends HTMLElement>(selector: string): T => {
  const el = document.querySelector<T>(selector);
  if (!el) throw new Error(`constructor: ${selector} is missing`);
  return el;
};

const form = $<HTMLFormElement>('#builder');
const docSelect = $<HTMLSelectElement>('#doc');
const jsonField = $<HTMLElement>('#json-field');
const jsonInput = $<HTMLTextAreaElement>('#json');
const urlField = $<HTMLElement>('#url-field');
const urlInput = $<HTMLInputElement>('#url');
const urlHint = $<HTMLElement>('#url-hint');
const seriesSelect = $<HTMLSelectElement>('#series');
const series2Select = $<HTMLSelectElement>('#series2');
const langSelect = $<HTMLSelectElement>('#el-lang');
const themeSelect = $<HTMLSelectElement>('#el-theme');
const fromSelect = $<HTMLSelectElement>('#from');
const toSelect = $<HTMLSelectElement>('#to');
const aspectSelect = $<HTMLSelectElement>('#aspect');
const showPoints = $<HTMLInputElement>('#show-points');
const periodSelect = $<HTMLSelectElement>('#period');
const compareSelect = $<HTMLSelectElement>('#compare');
const orderSelect = $<HTMLSelectElement>('#order');
const stripBox = $<HTMLInputElement>('#strip');
const preview = $<HTMLElement>('#preview');
const previewStatus = $<HTMLElement>('#preview-status');
const snippetOut = $<HTMLTextAreaElement>('#snippet');
const copyButton = $<HTMLButtonElement>('#copy');
const copyStatus = $<HTMLElement>('#copy-status');
const snippetWarning = $<HTMLElement>('#snippet-warning');

/** The document as the builder holds it: what the element gets, what the snippet inlines, and what the selects list. */
interface Current {
  /** Given to the preview's `data`: the demo file's object, or the pasted text as is (so a parse error is the element's). */
  readonly data: unknown;
  /** The JSON written into the snippet (not yet escaped). */
  readonly inline: string;
  /** The validated document, when it is valid: it fills the series and period selects. */
  readonly valid: ValidIndicator | null;
}

const demoDocs = new Map<string, Promise<unknown>>();
let current: Current | null = null;
let loadFailed = false;
let lastEvent: { type: 'ready' } | { type: 'error'; code: string; message: string } | null = null;

function loadDemo(url: string): Promise<unknown> {
  let promise = demoDocs.get(url);
  if (!promise) {
    promise = fetch(url).then((r) => {
      if (!r.ok) throw new Error(`HTTP ${r.status}`);
      return r.json() as Promise<unknown>;
    });
    demoDocs.set(url, promise);
  }
  return promise;
}

function fromObject(json: unknown): Current {
  const result = validateIndicator(json);
  return { data: json, inline: JSON.stringify(json), valid: result.ok ? result.value : null };
}

function fromText(text: string): Current {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { data: text, inline: text.trim(), valid: null };
  }
  const result = validateIndicator(parsed);
  return { data: text, inline: JSON.stringify(parsed), valid: result.ok ? result.value : null };
}

function radio(name: string): string {
  return form.querySelector<HTMLInputElement>(`input[name="${name}"]:checked`)?.value ?? '';
}

function tag(): Tag {
  const value = radio('tag');
  return TAGS.find((tg) => tg === value) ?? 'crime-rate-trend';
}

function isCustom(): boolean {
  return docSelect.value === 'custom';
}

/** Fills a select with a first "default" option and the given choices, keeping the chosen value when it is still there. */
function fill(select: HTMLSelectElement, first: string, choices: readonly { value: string; label: string }[]): void {
  const keep = select.value;
  const listed = choices.some((c) => c.value === keep);
  // While the pasted JSON is being edited (not valid yet), a choice it cannot list is kept, not lost.
  const kept = !listed && keep !== '' && !current?.valid ? [{ value: keep, label: keep }] : [];
  select.replaceChildren(new Option(first, ''), ...[...choices, ...kept].map((c) => new Option(c.label, c.value)));
  select.value = listed || kept.length ? keep : '';
}

function seriesChoices(doc: ValidIndicator | null): { value: string; label: string }[] {
  if (!doc) return [];
  const lang = currentLang();
  return doc.series.map((s, i) => {
    const key = seriesKey(s, i);
    const name = textIn(s.label ?? s.geo?.name, lang, doc.lang) || key;
    return { value: key, label: name === key ? key : `${name} (${key})` };
  });
}

function periodChoices(doc: ValidIndicator | null): { value: string; label: string }[] {
  if (!doc) return [];
  const periods = new Set(doc.series.flatMap((s) => s.observations.map((o) => o.period)));
  return [...periods]
    .map((text) => ({ text, p: parsePeriod(text) }))
    .sort((a, b) => (a.p?.start ?? 0) - (b.p?.start ?? 0) || (a.p?.end ?? 0) - (b.p?.end ?? 0))
    .map(({ text }) => ({ value: text, label: text }));
}

/** The selects that list the document's series and periods, in the page's language. */
function fillChoices(): void {
  const doc = current?.valid ?? null;
  const series = seriesChoices(doc);
  const periods = periodChoices(doc);
  fill(seriesSelect, tag() === 'crime-rate-trend' ? t('todas (predeterminado)', 'all (default)') : t('la primera (predeterminado)', 'the first (default)'), series);
  fill(series2Select, t('ninguna', 'none'), series);
  fill(compareSelect, t('ninguna', 'none'), series);
  fill(fromSelect, t('el primero (predeterminado)', 'the first (default)'), periods);
  fill(toSelect, t('el último (predeterminado)', 'the last (default)'), periods);
  fill(periodSelect, t('el más reciente con dato (predeterminado)', 'the latest with a value (default)'), periods);
}

/** The element's attributes, in the order the snippet writes them (`true` = a boolean attribute). */
function attributes(): [string, string | true][] {
  const el = tag();
  const attrs: [string, string | true][] = [['lang', langSelect.value]];
  if (themeSelect.value !== 'auto') attrs.push(['theme', themeSelect.value]);
  const first = seriesSelect.value;
  const second = el === 'crime-rate-trend' && first && series2Select.value && series2Select.value !== first ? series2Select.value : '';
  if (first) attrs.push(['series', second ? `${first},${second}` : first]);
  if (el === 'crime-rate-trend') {
    if (fromSelect.value) attrs.push(['from', fromSelect.value]);
    if (toSelect.value) attrs.push(['to', toSelect.value]);
    if (aspectSelect.value) attrs.push(['aspect', aspectSelect.value]);
    if (showPoints.checked) attrs.push(['show-points', true]);
  } else if (el === 'rate-per-100k') {
    if (periodSelect.value) attrs.push(['period', periodSelect.value]);
    if (compareSelect.value) attrs.push(['compare', compareSelect.value]);
  } else {
    if (orderSelect.value === 'ascending') attrs.push(['order', 'ascending']);
    if (stripBox.checked) attrs.push(['strip', true]);
  }
  return attrs;
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function srcValue(): string {
  return urlInput.value.trim() || t('URL-DEL-DOCUMENTO.json', 'DOCUMENT-URL.json');
}

function snippet(): string {
  const el = tag();
  const attrs = attributes();
  const bySrc = radio('delivery') === 'src';
  if (bySrc) attrs.splice(1, 0, ['src', srcValue()]);
  const open = `<${el} ${attrs.map(([name, value]) => (value === true ? name : `${name}="${escapeAttribute(value)}"`)).join(' ')}>`;
  // "<" as \u003c: no text in the document can close the script element (or open a comment).
  const body = bySrc ? '' : `\n  <script type="application/json">${(current?.inline ?? '').replace(/</g, '\\u003c')}</script>\n`;
  // The element's own bundle (a page with only badges loads only the badge) and the reserve rules.
  return `<link rel="stylesheet" href="${CDN}cifra.css">\n<script type="module" src="${CDN}${el}.js"></script>\n${open}${body}</${el}>\n`;
}

/** The preview: the real element, with the snippet's attributes and the document given as `data`. */
function updatePreview(): void {
  const el = tag();
  let widget = preview.firstElementChild as (HTMLElement & { data?: unknown }) | null;
  if (!widget || widget.localName !== el) {
    widget = document.createElement(el) as HTMLElement & { data?: unknown };
    widget.setAttribute('data-fixed-theme', '');
    lastEvent = null;
    preview.replaceChildren(widget);
  }
  const attrs = attributes();
  const wanted = new Map(attrs);
  for (const name of ['lang', 'theme', 'series', 'from', 'to', 'aspect', 'show-points', 'period', 'compare', 'order', 'strip']) {
    const value = wanted.get(name);
    if (value === undefined) widget.removeAttribute(name);
    else widget.setAttribute(name, value === true ? '' : value);
  }
  if (!wanted.has('theme')) widget.setAttribute('theme', 'auto');
  if (current && widget.data !== current.data) widget.data = current.data;
}

function describeStatus(): void {
  snippetWarning.hidden = lastEvent?.type !== 'error' && !loadFailed;
  if (loadFailed) {
    previewStatus.textContent = t('No se pudo cargar el documento de la demostración.', 'The demo document could not be loaded.');
  } else if (!lastEvent) {
    previewStatus.textContent = t('Cargando…', 'Loading…');
  } else if (lastEvent.type === 'ready') {
    previewStatus.textContent = t('Listo: el elemento muestra el documento (status="ready").', 'Ready: the element shows the document (status="ready").');
  } else {
    previewStatus.textContent = t(`El elemento muestra un error (${lastEvent.code}): ${lastEvent.message}`, `The element shows an error (${lastEvent.code}): ${lastEvent.message}`);
  }
}

function describeUrl(): void {
  const custom = isCustom();
  const empty = urlInput.value.trim() === '';
  let text = custom
    ? t('Publique su documento en su sitio y escriba aquí su URL. La vista previa usa el JSON de arriba.', 'Publish your document on your site and type its URL here. The preview uses the JSON above.')
    : t('Es la URL de la demostración en este servidor: al publicar, copie el archivo a su sitio y escriba aquí su URL.', 'This is the demo\'s URL on this server: when you publish, copy the file to your site and type its URL here.');
  if (empty) text = `${t('Falta la URL: el código lleva un marcador que debe reemplazar.', 'The URL is missing: the code holds a placeholder you must replace.')} ${text}`;
  urlHint.textContent = text;
  urlInput.setAttribute('aria-invalid', empty ? 'true' : 'false');
}

function showFor(): void {
  const el = tag();
  for (const node of form.querySelectorAll<HTMLElement>('[data-for]')) node.hidden = node.dataset['for'] !== el;
  const bySrc = radio('delivery') === 'src';
  urlField.hidden = !bySrc;
  jsonField.hidden = !isCustom();
  series2Select.disabled = seriesSelect.value === '';
}

/** Everything that follows from the form: visibility, preview, snippet and hints. */
function render(): void {
  showFor();
  updatePreview();
  snippetOut.value = snippet();
  describeUrl();
  describeStatus();
}

let docRequest = 0;

/** The chosen document changed: load a demo file, or read the pasted text. */
async function changeDocument(): Promise<void> {
  const request = ++docRequest;
  loadFailed = false;
  if (isCustom()) {
    if (jsonInput.value.trim() === '' && current) {
      // Start from the document shown so far, pretty-printed, rather than an empty box.
      try {
        jsonInput.value = JSON.stringify(JSON.parse(current.inline), null, 2);
      } catch {
        jsonInput.value = current.inline;
      }
    }
    if (urlInput.dataset['demo'] === urlInput.value) urlInput.value = '';
    current = fromText(jsonInput.value);
  } else {
    const url = docSelect.value;
    const absolute = new URL(url, location.href).href;
    if (urlInput.value.trim() === '' || urlInput.dataset['demo'] === urlInput.value) {
      urlInput.value = absolute;
      urlInput.dataset['demo'] = absolute;
    }
    try {
      const json = await loadDemo(url);
      if (request !== docRequest) return;
      current = fromObject(json);
    } catch {
      if (request !== docRequest) return;
      loadFailed = true;
      current = null;
    }
  }
  fillChoices();
  render();
}

preview.addEventListener('cifra-ready', () => {
  lastEvent = { type: 'ready' };
  describeStatus();
});
preview.addEventListener('cifra-error', (event) => {
  const detail = (event as CustomEvent<{ code: string; message: string }>).detail;
  lastEvent = { type: 'error', code: detail.code, message: detail.message };
  describeStatus();
});

docSelect.addEventListener('change', () => void changeDocument());
jsonInput.addEventListener('input', () => {
  current = fromText(jsonInput.value);
  fillChoices();
  render();
});
form.addEventListener('change', (event) => {
  const target = event.target as HTMLElement;
  if (target === docSelect || target === jsonInput) return;
  if (target instanceof HTMLInputElement && target.name === 'tag') fillChoices();
  render();
});
urlInput.addEventListener('input', render);
form.addEventListener('submit', (event) => event.preventDefault());

let clearCopyStatus: number | undefined;
copyButton.addEventListener('click', async () => {
  const text = snippetOut.value;
  let copied = false;
  try {
    if (navigator.clipboard && window.isSecureContext) {
      await navigator.clipboard.writeText(text);
      copied = true;
    }
  } catch {
    copied = false;
  }
  if (!copied) {
    // Fallback: select the text and use the old copy command; the selection stays for Ctrl+C.
    snippetOut.focus();
    snippetOut.select();
    try {
      copied = document.execCommand('copy');
    } catch {
      copied = false;
    }
  }
  copyStatus.textContent = copied
    ? t('Copiado al portapapeles.', 'Copied to the clipboard.')
    : t('No se pudo copiar: el código quedó seleccionado, cópielo con Ctrl+C (⌘C en Mac).', 'Could not copy: the code is selected, copy it with Ctrl+C (⌘C on a Mac).');
  window.clearTimeout(clearCopyStatus);
  clearCopyStatus = window.setTimeout(() => {
    copyStatus.textContent = '';
  }, 6000);
});

onLangChange(() => {
  fillChoices();
  if (current) render();
});
initControls();
langSelect.value = currentLang();

// A first example that shows something: Chihuahua against the country.
void changeDocument().then(() => {
  if (current?.valid && !isCustom()) {
    seriesSelect.value = 'MX';
    series2Select.value = '08';
    render();
  }
});
