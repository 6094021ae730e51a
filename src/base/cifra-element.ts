import { LitElement, html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { resolveLocale, type LocaleInfo } from '../core/format.js';
import { msg, msgCount } from '../core/messages.js';
import type { Problem } from '../core/schema.js';
import { localizeProblem } from '../core/validate.js';
import { documentDecimals, type ValidIndicator } from '../core/schema.js';
import { textIn } from '../core/text.js';
import { speak, spokenPath } from '../core/speech.js';
import { said } from './said.js';
import { DEFAULT_TIMEOUT, loadUrl, parseDocument, resolveSrc, type ErrorCode, type LoadFailure, type LoadOutcome } from '../data/loader.js';
import { numberAttr, numberProblem } from './attributes.js';
import { watchLang } from '../page/lang.js';
import { baseStyles } from './styles.js';

/** `loading` until a document is shown (`ready`) or refused (`error`). */
export type CifraStatus = 'loading' | 'ready' | 'error';

/** The `detail` of `cifra-error`. */
export interface CifraErrorDetail {
  readonly code: ErrorCode;
  /** The reason in the element's language, as shown inside the element. */
  readonly message: string;
  /** For `E_SCHEMA`: each problem with its JSON path. */
  readonly problems?: readonly { readonly path: string; readonly message: string }[];
}

/** The `detail` of `cifra-ready`. */
export interface CifraReadyDetail {
  /** The document shown (for shorthand attributes, the one built from them: see `CifraElement.document`). */
  readonly data: ValidIndicator;
}

/** A document built from shorthand attributes (`rank`, `count`, …), for the validator. */
export interface Shorthand {
  /** The document. What the attributes leave out but the schema requires is filled with stand-ins named in `absent`. */
  readonly doc: unknown;
  /** The attribute each JSON path came from, so that problems name the attribute. */
  readonly paths: Readonly<Record<string, string>>;
  /**
   * Stand-ins that are never shown: no `source` (the shown document's `sources` is empty,
   * so no source line), no title, no period (the observation's period is a placeholder).
   */
  readonly absent?: { readonly source?: boolean; readonly title?: boolean; readonly period?: boolean };
}

type State =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly doc: ValidIndicator }
  | { readonly status: 'error'; readonly failure: LoadFailure };

const LOADING: State = { status: 'loading' };
/** How long an announcement stays in the status region before it is cleared. */
const STATUS_CLEAR_MS = 5000;
/** Problems listed inside the element; the rest are counted. */
const SHOWN_PROBLEMS = 8;

/**
 * What the three elements share: the document from `.data`, `src` or an inline
 * `<script type="application/json">` child (the most recent wins), the `status`
 * states and events, language and theme, and the visible, localized error.
 *
 * Subclasses render a ready document with `renderReady()`.
 *
 * @attribute status - `loading`, `ready` or `error`; set by the element (read-only).
 * @attribute lang - The language; else the nearest ancestor's, else the document's, else `en`.
 * @fires cifra-ready - The document was validated and is shown. `detail: { data }`.
 * @fires cifra-error - The document could not be shown. `detail: { code, message, problems? }`.
 */
export abstract class CifraElement extends LitElement {
  static override styles = [baseStyles];

  static override properties = {
    data: { attribute: false },
    src: { type: String },
    theme: { type: String, reflect: true },
    // Numeric properties keep what they are given (a number, or an attribute's text) and are
    // read by `numberAttr`; anything else is a visible error (see `numericKeys`).
    decimals: {},
    timeout: {},
    _state: { state: true },
  };

  /** The indicator document: an object, or a JSON string. Setting it replaces any `src`. */
  declare data: unknown;
  /** URL of the document (http or https, relative or absolute). Setting it replaces `.data`. */
  declare src: string | null;
  /** `light`, `dark` or `auto` (default): `auto` follows `prefers-color-scheme`. */
  declare theme: 'light' | 'dark' | 'auto' | null;
  /** Decimals shown (a whole number 0–4, or a string that writes one), overriding the document's `decimals`. */
  declare decimals: number | string | null;
  /** How long to wait for `src`, in milliseconds (default 10 000); a number or a numeric string. */
  declare timeout: number | string | null;
  declare protected _state: State;

  private _abort?: AbortController;
  private _generation = 0;
  private _inlineRead = false;
  /** The source whose load was cut short by disconnection, resumed on reconnection. */
  private _resume?: () => void;
  private _announced?: State;
  /** A loading state was shown (a `src` on its way): its end is announced. */
  private _loadingShown = false;
  private _statusTimer?: ReturnType<typeof setTimeout>;
  private _unwatchLang?: () => void;

  /** Which source was set most recently: it is the one shown. */
  private _latest?: 'data' | 'src' | '_inline' | 'shorthand';
  private _inline?: string;
  /** The last document that passed the validator, kept to re-run `check` when attributes change. */
  private _valid?: ValidIndicator;
  /** Why the numeric properties cannot be read (`rank={{}}`, `decimals="abc"`), or null. */
  private _numbers: LoadFailure | null = null;
  /** A document built from shorthand attributes, with what it leaves out (never shown). */
  private _absent?: { readonly doc: ValidIndicator; readonly title: boolean; readonly period: boolean };

  constructor() {
    super();
    this._state = LOADING;
  }

  /** `loading`, `ready` or `error`; reflected as the `status` attribute. `ready` once the document is shown (a chart: drawn). */
  get status(): CifraStatus {
    const status = this._state.status;
    return status === 'ready' && !this.drawn ? 'loading' : status;
  }

  /**
   * The validated document being shown, or `null`. Built from shorthand attributes, it has
   * no `sources` when `source` is absent, and without `period` its one observation carries
   * the stand-in period "0001", which is never shown.
   */
  get document(): ValidIndicator | null {
    return this._state.status === 'ready' ? this._state.doc : null;
  }

  /** The language in force: the element's `lang`, else the nearest ancestor's, else the document's, else `en`. */
  protected get localeInfo(): LocaleInfo {
    return resolveLocale(this._langTag());
  }

  /**
   * A shadow root declared in the HTML (`cifra render`'s static output) holds a rendering
   * made without JavaScript: clear it, so the live rendering replaces it instead of
   * adding a second chart after it.
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    this.shadowRoot?.replaceChildren();
    return super.createRenderRoot();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this._unwatchLang = watchLang(this);
    if (!this.hasAttribute('status')) this.setAttribute('status', this._state.status);
    if (!this._inlineRead) this._readInline();
    const resume = this._resume;
    this._resume = undefined;
    resume?.();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this._statusTimer);
    this._unwatchLang?.();
    this._unwatchLang = undefined;
    if (this._abort && this._state.status === 'loading') {
      const src = this.src;
      this._resume = () => this._loadSrc(src);
    }
    this._abort?.abort();
    this._abort = undefined;
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang' && old !== value) this.requestUpdate();
  }

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override requestUpdate(...args: Parameters<LitElement['requestUpdate']>): void {
    const name = args[0];
    if (name === 'data' || name === 'src' || name === '_inline') this._latest = name;
    super.requestUpdate(...args);
  }

  /** Properties that build a document from attributes (`count`, `rank`, …); see `shorthand()`. */
  protected static shorthandKeys: readonly string[] = [];

  /**
   * Numeric properties, each with the attribute it is written as. Each accepts a number or
   * a string that writes one (React and Preact set properties, HTML sets attributes);
   * anything else is a visible `E_SCHEMA` error naming the attribute, never an exception.
   */
  protected static numericKeys: Readonly<Record<string, string>> = { decimals: 'decimals', timeout: 'timeout' };

  /**
   * A document built from shorthand attributes, with the attribute each JSON path came
   * from (so problems name the attribute), or `null` when no shorthand attribute is set.
   */
  protected shorthand(): Shorthand | null {
    return null;
  }

  protected override willUpdate(changed: PropertyValues): void {
    this._refresh(changed);
    // A valid document the element cannot draw (or could not, before this change) is prepared
    // here, before render: a failure is an E_RENDER error, never an exception from render().
    const state = this._state;
    const doc = state.status === 'ready' ? state.doc : state.status === 'error' && state.failure.code === 'E_RENDER' ? this._valid : undefined;
    if (doc) {
      const failure = this.prepare(doc, changed);
      // The same failure again keeps the same state: one error, one event.
      if (failure) {
        if (state.status !== 'error' || state.failure !== failure) this._state = { status: 'error', failure };
      } else if (state.status === 'error') this._state = { status: 'ready', doc };
    }
  }

  /**
   * Computes, before render, what a subclass derives from a ready document (a chart's model
   * and layout). Returns why it cannot be drawn, or `null`.
   */
  protected prepare(_doc: ValidIndicator, _changed: PropertyValues): LoadFailure | null {
    return null;
  }

  /** The state for the latest source and attributes. */
  private _refresh(changed: PropertyValues): void {
    const ctor = this.constructor as typeof CifraElement;
    const keys = ctor.shorthandKeys;
    const numbersChanged = Object.keys(ctor.numericKeys).some((k) => changed.has(k));
    // Numbers that were unreadable and now are: load the latest source again, since it was
    // put aside (or built from the bad numbers) while the error was shown.
    const reload = numbersChanged && this._numbers !== null;
    if (numbersChanged) this._numbers = this._numberFailure();
    if (this._numbers) {
      if ((this._latest === undefined || this._latest === 'shorthand') && this.shorthand()) this._latest = 'shorthand';
      this._cancel();
      this._valid = undefined;
      this._state = { status: 'error', failure: this._numbers };
      return;
    }
    if ((this._latest === undefined || this._latest === 'shorthand') && (reload || keys.some((k) => changed.has(k)))) {
      const built = this.shorthand();
      if (built) {
        this._latest = 'shorthand';
        this._loadData(built.doc, built.paths, built.absent);
        return;
      }
    }
    if (reload || changed.has('data') || changed.has('src') || changed.has('_inline')) {
      if (this._latest === 'src') this._loadSrc(this.src);
      else if (this._latest === '_inline') this._loadData(this._inline);
      else this._loadData(this.data);
    } else if (this._valid && (this.constructor as typeof CifraElement).checkKeys.some((k) => changed.has(k))) {
      this._state = this._checked(this._valid);
    }
  }

  /** False while a ready document is not drawn yet (a chart waiting for its size): `ready` waits for it. */
  protected get drawn(): boolean {
    return true;
  }

  protected override updated(_changed: PropertyValues): void {
    const state = this._state;
    if (state === this._announced || (state.status === 'ready' && !this.drawn)) {
      if (state.status === 'loading' && this.isConnected) this._loadingShown = true;
      return;
    }
    const previous = this._announced;
    this._announced = state;
    this._say(state, previous);
    this.setAttribute('status', this.status);
    if (state.status === 'ready') {
      this.dispatchEvent(new CustomEvent<CifraReadyDetail>('cifra-ready', { bubbles: true, composed: true, detail: { data: state.doc } }));
    } else if (state.status === 'error') {
      this.dispatchEvent(new CustomEvent<CifraErrorDetail>('cifra-error', { bubbles: true, composed: true, detail: this._errorDetail(state.failure) }));
    }
  }

  /**
   * Loading, ready and error said politely (DESIGN §3, §5): the end of a load the reader could
   * see ("Datos cargados: Homicidios dolosos."), every error in words, a new load after a
   * document. The region is cleared a few seconds later, so a stale message never stays in the
   * reading order; a document given at once (property, inline script) is not announced.
   */
  private _say(state: State, previous: State | undefined): void {
    const region = this.renderRoot.querySelector<HTMLElement>('.status');
    if (!region) return;
    const info = this.localeInfo;
    let text = '';
    if (state.status === 'ready' && this._loadingShown) text = msg(info.lang, 'loaded', { title: this.text(state.doc, state.doc.title) });
    else if (state.status === 'error') text = `${msg(info.lang, 'errorTitle')}: ${this._message(state.failure, info)}`;
    else if (state.status === 'loading' && previous && previous.status !== 'loading') text = msg(info.lang, 'loading');
    this._loadingShown = state.status === 'loading';
    // A removed element says nothing: no one hears it, and a pending clear would keep it alive.
    if (!text || !this.isConnected) return;
    region.textContent = speak(text, info);
    clearTimeout(this._statusTimer);
    this._statusTimer = setTimeout(() => {
      region.textContent = '';
    }, STATUS_CLEAR_MS);
  }

  protected override render(): TemplateResult {
    const state = this._state;
    const info = this.localeInfo;
    let body: unknown;
    if (state.status === 'ready') {
      try {
        body = this.renderReady(state.doc, info);
      } catch (error) {
        // A safety net only: what cannot be drawn is found by prepare(). An unforeseen failure
        // must still not blank the box or escape into the page.
        console.error('cifra:', error);
        const detail = error instanceof Error ? error.message : String(error);
        const failure: LoadFailure = { code: 'E_RENDER', params: { detail } };
        body = this._renderError(failure, info);
        // The failure becomes the state after this render, so status, attribute and event say `error` too.
        queueMicrotask(() => {
          if (this._state === state) this._state = { status: 'error', failure };
        });
      }
    } else if (state.status === 'error') {
      body = this._renderError(state.failure, info);
    } else {
      body = html`<p class="loading">${msg(info.lang, 'loading')}</p>`;
    }
    // The status region exists in every state, so its changes are announced; its text is set by
    // `_say`, never by a binding. Every text carries the element's language, even on a page without one.
    return html`${this.renderFrame(body, state.status)}<p class="sr-only status" role="status" lang=${info.locale}></p>`;
  }

  /** The box that keeps the element's reserved size in every state. */
  protected renderFrame(body: unknown, status: CifraStatus): TemplateResult {
    return html`<div class="frame" part="frame" data-status=${status} lang=${this.localeInfo.locale}>${body}</div>`;
  }

  /** Renders a validated document in the element's language. */
  protected abstract renderReady(doc: ValidIndicator, info: LocaleInfo): unknown;

  /** Decimals shown: the `decimals` attribute (a whole number 0–4; anything else is an error), else the document's (or its unit's default). */
  protected decimalsFor(doc: ValidIndicator): number {
    const d = numberAttr(this.decimals);
    return d !== undefined && Number.isInteger(d) && d >= 0 && d <= 4 ? d : documentDecimals(doc);
  }

  /**
   * Whether a document built from shorthand attributes left this out: its title (no
   * `subject`) or its period (no `period`) is then a stand-in for the validator, not shown.
   */
  protected omits(doc: ValidIndicator, what: 'title' | 'period'): boolean {
    return this._absent?.doc === doc && this._absent[what];
  }

  /** Each numeric property that is neither absent, a number nor a numeric string, and `decimals` or `timeout` out of range. */
  private _numberFailure(): LoadFailure | null {
    const ctor = this.constructor as typeof CifraElement;
    const values = this as unknown as Record<string, unknown>;
    const problems: Problem[] = [];
    for (const [key, attribute] of Object.entries(ctor.numericKeys)) {
      const problem = numberProblem(attribute, values[key]);
      if (problem) problems.push(problem);
    }
    const decimals = numberAttr(this.decimals);
    if (decimals !== undefined && !Number.isNaN(decimals) && !(Number.isInteger(decimals) && decimals >= 0 && decimals <= 4)) {
      problems.push({ path: 'decimals', code: 'decimalsRange', message: msg('en', 'decimalsRange') });
    }
    const timeout = numberAttr(this.timeout);
    if (timeout !== undefined && timeout <= 0) problems.push({ path: 'timeout', code: 'positive', message: msg('en', 'positive') });
    return problems.length ? { code: 'E_SCHEMA', params: { count: problems.length }, problems } : null;
  }

  /** A document's text in the element's language. */
  protected text(doc: ValidIndicator, value: Parameters<typeof textIn>[0]): string {
    return textIn(value, this.localeInfo.locale, doc.lang);
  }

  /**
   * Shows a document from `.data`, an inline script or shorthand attributes (`paths`
   * renames problem paths; `absent` names the stand-ins of a shorthand document).
   */
  private _loadData(value: unknown, paths?: Readonly<Record<string, string>>, absent?: Shorthand['absent']): void {
    this._cancel();
    this._absent = undefined;
    let outcome = value === undefined || value === null ? null : parseDocument(value);
    if (outcome && !outcome.ok && paths && outcome.failure.problems) {
      const problems = outcome.failure.problems.map((p) => ({ ...p, path: paths[p.path] ?? p.path }));
      outcome = { ok: false, failure: { ...outcome.failure, problems } };
    }
    if (outcome?.ok && absent) {
      // The schema requires a source; shorthand attributes do not. The stand-in is dropped, so
      // neither the element nor `cifra-ready`'s `detail.data` names a source nobody gave.
      const doc: ValidIndicator = absent.source ? { ...outcome.doc, sources: [] } : outcome.doc;
      this._absent = { doc, title: absent.title === true, period: absent.period === true };
      outcome = { ok: true, doc };
    }
    this._setOutcome(outcome);
  }

  private _loadSrc(src: string | null): void {
    this._cancel();
    if (src === null || src === undefined) return;
    const url = resolveSrc(String(src), this.ownerDocument.baseURI);
    if (url === null) {
      this._setOutcome({ ok: false, failure: { code: 'E_URL', params: { url: String(src).slice(0, 200) } } });
      return;
    }
    this._state = LOADING;
    const controller = new AbortController();
    this._abort = controller;
    const generation = this._generation;
    void loadUrl(url, controller.signal, numberAttr(this.timeout) ?? DEFAULT_TIMEOUT).then((outcome) => {
      if (outcome && generation === this._generation) {
        this._abort = undefined;
        this._setOutcome(outcome);
      }
    });
  }

  private _readInline(): void {
    const script = this.querySelector(':scope > script[type="application/json"]');
    if (script) {
      this._inlineRead = true;
      this._inline = script.textContent ?? '';
      this.requestUpdate('_inline');
    } else if (this.ownerDocument.readyState === 'loading') {
      // Upgraded while the parser is still adding children: look again once it is done.
      this.ownerDocument.addEventListener('DOMContentLoaded', () => {
        if (!this._inlineRead && this.isConnected) this._readInline();
      }, { once: true });
    }
  }

  private _cancel(): void {
    this._generation++;
    this._resume = undefined;
    this._abort?.abort();
    this._abort = undefined;
  }

  private _setOutcome(outcome: LoadOutcome | null): void {
    this._valid = outcome?.ok ? outcome.doc : undefined;
    if (outcome === null) this._state = LOADING;
    else if (outcome.ok) this._state = this._checked(outcome.doc);
    else this._state = { status: 'error', failure: outcome.failure };
  }

  /** A valid document, unless the element's own attributes cannot be honoured with it (see `check`). */
  private _checked(doc: ValidIndicator): State {
    const failure = this.check(doc);
    return failure ? { status: 'error', failure } : { status: 'ready', doc };
  }

  /**
   * Whether this element can show this valid document with its attributes; a failure is
   * shown like any other error. Attributes listed in `checkKeys` re-run the check.
   */
  protected check(_doc: ValidIndicator): LoadFailure | null {
    return null;
  }

  /** Properties whose change re-runs `check` on the current document. */
  protected static checkKeys: readonly string[] = [];

  private _langTag(): string | null {
    // The nearest `lang`, crossing shadow boundaries up to the page.
    let node: Element | null = this;
    while (node) {
      const lang = node.getAttribute('lang');
      if (lang !== null) return lang;
      node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host ?? null);
    }
    return this._state.status === 'ready' ? this._state.doc.lang ?? null : null;
  }

  private _message(failure: LoadFailure, info: LocaleInfo): string {
    const p = failure.params;
    if (failure.code === 'E_FETCH') {
      const detail = p['detail'] === 'httpStatus' || p['detail'] === 'tooLarge' ? msg(info.lang, p['detail'], p) : msg(info.lang, 'network');
      return msg(info.lang, 'E_FETCH', { detail });
    }
    if (failure.code === 'E_PARSE') return p['line'] === undefined ? msg(info.lang, 'E_PARSE') : msg(info.lang, 'parseAt', p);
    if (failure.code === 'E_SCHEMA') return `${msg(info.lang, 'E_SCHEMA')} ${msgCount(info.lang, 'problems', failure.problems?.length ?? 0)}.`;
    return msg(info.lang, failure.code, p);
  }

  private _errorDetail(failure: LoadFailure): CifraErrorDetail {
    const info = this.localeInfo;
    const detail: CifraErrorDetail = { code: failure.code, message: this._message(failure, info) };
    if (!failure.problems) return detail;
    return { ...detail, problems: failure.problems.map((p) => ({ path: p.path, message: localizeProblem(p, info.lang) })) };
  }

  /**
   * The editor's fallback content (children other than the inline data script, e.g. a
   * sentence with the figure in words): it stays in the error state, above a compact error.
   */
  private _hasFallback(): boolean {
    for (const node of this.childNodes) {
      if (node.nodeType === Node.ELEMENT_NODE && (node as Element).localName !== 'script') return true;
      if (node.nodeType === Node.TEXT_NODE && node.textContent?.trim()) return true;
    }
    return false;
  }

  private _renderError(failure: LoadFailure, info: LocaleInfo): TemplateResult {
    const problems = failure.problems ?? [];
    const more = problems.length - SHOWN_PROBLEMS;
    if (!isServer && this._hasFallback()) {
      // The reader still gets the editor's sentence; the error is one small line under it.
      return html`<div class="fallback"><slot></slot></div><p class="error compact" part="error" data-code=${failure.code}>${msg(info.lang, 'errorTitle')}: ${said(this._message(failure, info), info)} <code>${failure.code}</code></p>`;
    }
    return html`<div class="error" part="error" data-code=${failure.code}>
      <p class="error-title">${msg(info.lang, 'errorTitle')}</p>
      <p>${said(this._message(failure, info), info)} <code>${failure.code}</code></p>
      ${problems.length
        ? html`<ul>
            ${problems.slice(0, SHOWN_PROBLEMS).map((p) => {
              // The publisher reads the JSON path; a screen reader says it in words ("serie 1, observación 3").
              const shown = localizeProblem(p, info.lang);
              const reason = shown.slice(p.path.length + 2);
              return html`<li><code aria-hidden="true">${shown}</code><span class="sr-only">${spokenPath(p.path, info.lang)}: ${speak(reason, info)}</span></li>`;
            })}
            ${more > 0 ? html`<li>${msg(info.lang, 'more', { count: more })}</li>` : nothing}
          </ul>`
        : nothing}
    </div>`;
  }
}

declare global {
  interface HTMLElementEventMap {
    'cifra-ready': CustomEvent<CifraReadyDetail>;
    'cifra-error': CustomEvent<CifraErrorDetail>;
  }
  // Both events bubble and are composed: a page may listen on the document or the window.
  interface DocumentEventMap {
    'cifra-ready': CustomEvent<CifraReadyDetail>;
    'cifra-error': CustomEvent<CifraErrorDetail>;
  }
  interface WindowEventMap {
    'cifra-ready': CustomEvent<CifraReadyDetail>;
    'cifra-error': CustomEvent<CifraErrorDetail>;
  }
}
