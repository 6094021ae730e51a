import { html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { chartModel, type ChartModel } from '../../core/chart.js';
import { formatDate, type LocaleInfo } from '../../core/format.js';
import { chartLayout, isLayout, type ChartLayout, type Size } from '../../core/layout.js';
import { msg } from '../../core/messages/trend.js';
import { hitTest, keyFocus, type Edge, type Focus } from '../../core/navigation.js';
import { periodOf } from '../../core/period.js';
import type { ValidIndicator } from '../../core/schema.js';
import { formatValue, unitPhrase } from '../../core/summary.js';
import { describePoint, trendText, type TrendText } from '../../core/trend-text.js';
import { CifraElement, type CifraStatus } from '../../base/cifra-element.js';
import { numberAttr } from '../../base/attributes.js';
import { seriesProblem, sourceList } from '../../base/compact.js';
import type { LoadFailure } from '../../data/loader.js';
import { observeSize } from '../../page/resize.js';
import { downloadCsv, downloadSvg } from './downloads.js';
import { renderLegend, renderPlot } from './plot.js';
import { trendStyles } from './styles.js';
import { renderTable } from './table.js';

/** The size a chart is drawn at on the server (`cifra render`); its viewBox then scales it to the page. */
const SERVER_SIZE: Size = { width: 720, height: 340 };

/** What the element shows for a document, derived in willUpdate() and only read by render(). */
interface View {
  readonly doc: ValidIndicator;
  /** The options the model and text were computed with. */
  readonly key: string;
  readonly model: ChartModel;
  readonly text: TrendText;
  readonly decimals: number;
  /** `null` until the plot has a size (server rendering draws at a default size). */
  readonly layout: ChartLayout | null;
  readonly size: Size | null;
  readonly showPoints: boolean;
}

/**
 * A line chart of one or more series over time, with its headline change and summary
 * in words, keyboard and pointer exploration, and every value in a real table.
 *
 * @tagname crime-rate-trend
 * @summary Accessible trend chart of an indicator document.
 * @fires cifra-ready - The document was validated and the chart is drawn. `detail: { data }`.
 * @fires cifra-error - The document could not be shown. `detail: { code, message, problems? }`.
 * @csspart frame - The box that keeps the reserved size in every state.
 * @csspart title - The title.
 * @csspart headline - The headline change ("−26 % from 2012 to 2016").
 * @csspart summary - The summary in words.
 * @csspart chart - The focusable plot area holding the SVG.
 * @csspart line - Each series' line.
 * @csspart axis - The axes' labels and grid.
 * @csspart source - The source, date and notes.
 * @csspart table - The data table.
 * @csspart error - The visible error message.
 * @cssprop --cifra-color-text - Text colour.
 * @cssprop --cifra-color-background - Background colour.
 * @cssprop --cifra-color-muted - Secondary text (axes, source).
 * @cssprop --cifra-color-line - The first series' line.
 * @cssprop --cifra-color-series-2 - The second series' line (up to --cifra-color-series-5).
 * @cssprop --cifra-color-grid - Grid lines.
 * @cssprop --cifra-color-accent - Reference line and annotations.
 * @cssprop --cifra-color-focus - Focus ring.
 * @cssprop --cifra-font-family - Font family.
 */
export class CrimeRateTrend extends CifraElement {
  static override styles = [...CifraElement.styles, trendStyles];

  static override properties = {
    ...CifraElement.properties,
    series: { type: String },
    from: { type: String },
    to: { type: String },
    // A number or a numeric string (see CifraElement.numericKeys).
    reference: {},
    aspect: { type: String },
    showPoints: { type: Boolean, attribute: 'show-points' },
    _size: { state: true },
    _focus: { state: true },
    _edge: { state: true },
    _tip: { state: true },
    _table: { state: true },
    _page: { state: true },
    _focused: { state: true },
  };

  protected static override numericKeys = { ...CifraElement.numericKeys, reference: 'reference' };

  protected static override checkKeys = ['series'];

  /**
   * A `series` key that matches no series is an error naming it, never a chart of every series.
   * (DESIGN §1's `highlight` is not an attribute yet; when it is, it is checked here too.)
   */
  protected override check(doc: ValidIndicator): LoadFailure | null {
    return seriesProblem(doc, { series: this.series });
  }

  /** Comma-separated series ids or geo codes to show (default: all); a key that matches none is an error. */
  declare series: string | null;
  /** First period of the headline change (default: the first complete point comparable with the last). */
  declare from: string | null;
  /** Last period of the headline change (default: the last complete point). */
  declare to: string | null;
  /** A reference value drawn as a horizontal line, overriding the document's: a number or a numeric string. */
  declare reference: number | string | null;
  /** Width-to-height ratio of the whole chart: "16/9", "4:3" or "1.5". Default 16/9, taller on narrow screens. */
  declare aspect: string | null;
  /** Draw a marker at every point. */
  declare showPoints: boolean;

  declare private _size: Size | null;
  declare private _focus: Focus | null;
  /** A key that moved past the first or last point or line: said instead of silence. */
  declare private _edge: Edge | null;
  declare private _tip: boolean;
  declare private _table: boolean;
  declare private _page: number;
  /** The plot has keyboard focus: its instructions are shown. */
  declare private _focused: boolean;

  private _unobserve?: () => void;
  private _resizeFrame = 0;
  private _view?: View;
  private _failed?: { readonly doc: ValidIndicator; readonly key: string; readonly failure: LoadFailure };

  constructor() {
    super();
    this.showPoints = false;
    this._size = null;
    this._focus = null;
    this._edge = null;
    this._tip = false;
    this._table = false;
    this._page = 0;
    this._focused = false;
  }

  protected override get drawn(): boolean {
    return this._size !== null;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Back in the page after a removal: render again, so the plot is observed and measured anew.
    if (this.hasUpdated) {
      this._size = null;
      this.requestUpdate();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    cancelAnimationFrame(this._resizeFrame);
    this._unobserve?.();
    this._unobserve = undefined;
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('data') || changed.has('src') || changed.has('series')) {
      this._focus = null;
      this._edge = null;
      this._page = 0;
    }
    super.willUpdate(changed);
  }

  /**
   * The model, the words and the layout, each computed again only when what it depends on
   * changed. A document no scale can hold is an `E_RENDER` failure here, before render.
   */
  protected override prepare(doc: ValidIndicator): LoadFailure | null {
    const info = this.localeInfo;
    const reference = numberAttr(this.reference) ?? null;
    const decimals = this.decimalsFor(doc);
    const key = `${this.series}|${reference}|${info.locale}|${decimals}|${this.from}|${this.to}`;
    // A failure stands until the document or the options change: the error box has no plot to
    // measure, and a chart without a size must not pass for drawable.
    if (this._failed?.doc === doc && this._failed.key === key) return this._failed.failure;
    const old = this._view;
    const same = old?.doc === doc && old.key === key;
    const model = same ? old.model : chartModel(doc, { series: this.series, reference, info });
    const text = same ? old.text : trendText(doc, model, { info, decimals, from: this.from, to: this.to, referenceLabel: reference === null ? null : msg(info.lang, 'reference') });
    const size = this._size ?? (isServer ? SERVER_SIZE : null);
    let layout = same && old.size === size && old.showPoints === this.showPoints ? old.layout : null;
    if (!layout && size) {
      const annotations = (doc.annotations ?? []).map((a) => ({ period: periodOf(a), label: this.text(doc, a.label) }));
      const l = chartLayout(model, size, { info, unit: doc.unit.type, annotations, showPoints: this.showPoints });
      if (!isLayout(l)) {
        this._view = undefined;
        this._failed = { doc, key, failure: { code: 'E_RENDER', params: { detail: msg(info.lang, 'spanTooWide') } } };
        return this._failed.failure;
      }
      layout = l;
    }
    this._view = { doc, key, model, text, decimals, layout, size, showPoints: this.showPoints };
    return null;
  }

  protected override updated(changed: PropertyValues): void {
    const frame = this.renderRoot.querySelector<HTMLElement>('.frame');
    // Through the CSSOM, never a style="" attribute: a strict CSP (style-src-attr) blocks those.
    const ratio = parseAspect(this.aspect);
    if (ratio === null) frame?.style.removeProperty('--_aspect');
    else frame?.style.setProperty('--_aspect', String(ratio));
    const plot = this.renderRoot.querySelector<HTMLElement>('.plot');
    if (plot && !this._unobserve) {
      const resize = (width: number, height: number): void => {
        if (!this._size || Math.abs(this._size.width - width) >= 1 || Math.abs(this._size.height - height) >= 1) this._size = { width, height };
      };
      // A new size changes the layout (a legend may appear and shrink the plot): applied in the
      // next frame, so the observer never sees a change in its own frame ("ResizeObserver loop").
      this._unobserve = observeSize(plot, (width, height) => {
        cancelAnimationFrame(this._resizeFrame);
        this._resizeFrame = requestAnimationFrame(() => resize(width, height));
      });
      // A hidden page (a background tab) skips rendering, so ResizeObserver would not report
      // until it is shown: measure now, so the chart is drawn and `ready` fires there too.
      if (this.ownerDocument.visibilityState === 'hidden' && !this._size) {
        const box = plot.getBoundingClientRect();
        resize(box.width, box.height);
      }
    } else if (!plot && this._unobserve) {
      this._unobserve();
      this._unobserve = undefined;
      this._size = null;
    }
    this._placeTooltip();
    super.updated(changed);
  }

  protected override renderFrame(body: unknown, status: CifraStatus): TemplateResult {
    const table = status === 'ready' ? this._renderTable() : nothing;
    // Without JavaScript (server rendering) the table sits in a native disclosure that needs no script.
    const data = isServer && status === 'ready'
      ? html`<details class="data"><summary>${msg(this.localeInfo.lang, 'showData')}</summary>${table}</details>`
      : table;
    return html`<div class="frame" part="frame" data-status=${status}>${body}</div>${data}`;
  }

  protected override renderReady(doc: ValidIndicator, info: LocaleInfo): unknown {
    const view = this._view;
    if (!view) return nothing;
    const { model, text, layout } = view;
    const head = text.headline;
    const focus = this._focus ? model.series[this._focus.s]?.points[this._focus.i] : undefined;
    return html`
      <div class="head">
        <p class="title" part="title">${this.text(doc, doc.title)}</p>
        ${doc.subtitle === undefined ? nothing : html`<p class="subtitle muted">${this.text(doc, doc.subtitle)}</p>`}
        ${head
          ? html`<p class="headline" part="headline">${head.label ? `${head.label}: ` : ''}<strong>${head.change}</strong> ${msg(info.lang, 'headline', { change: '', start: head.start, end: head.end }).trim()}</p>`
          : nothing}
      </div>
      <p class="summary" part="summary" id="summary">${keepTogether(text.summary)}</p>
      ${layout?.legend && this._size ? renderLegend(model, layout) : nothing}
      <p class="sr-only" id="marks">${text.marks}</p>
      <div class="plot" part="chart" tabindex="0" role="group" aria-label=${msg(info.lang, 'chart')} aria-describedby="summary marks help"
        @keydown=${this._onKey} @pointermove=${this._onPointer} @pointerleave=${this._onLeave} @focus=${this._onFocus} @blur=${this._onBlur}>
        ${layout ? renderPlot(layout, focus, { name: text.name, reference: this._referenceText(doc, info, view), live: this._size !== null }) : nothing}
        ${this._tip && this._focus ? html`<div class="tooltip" aria-hidden="true">${describePoint(doc, model, this._focus, { info, decimals: view.decimals })}</div>` : nothing}
      </div>
      <p class=${this._focused ? 'help' : 'sr-only'} id="help">${msg(info.lang, 'chartHelp')}</p>
      <p class="sr-only" aria-live="polite" id="live">${this._edge ? msg(info.lang, `edge.${this._edge}`) : this._focus ? describePoint(doc, model, this._focus, { info, decimals: view.decimals }) : ''}</p>
      ${this._renderFooter(doc, info)}
    `;
  }

  /** "Nacional: 17.0" beside the reference line. */
  private _referenceText(doc: ValidIndicator, info: LocaleInfo, view: View): string {
    const value = view.model.reference;
    if (value === null) return '';
    const label = doc.reference && this.reference == null ? this.text(doc, doc.reference.label) : msg(info.lang, 'reference');
    return `${label}: ${formatValue(value, doc.unit, info, view.decimals)}`;
  }

  /** Puts the tooltip above its point (below when there is no room), kept inside the plot. */
  private _placeTooltip(): void {
    const tip = this.renderRoot.querySelector<HTMLElement>('.tooltip');
    const layout = this._view?.layout;
    const p = this._focus && this._view?.model.series[this._focus.s]?.points[this._focus.i];
    if (!tip || !layout || !p) return;
    const px = layout.x(p.x);
    const py = p.y === null ? layout.height / 2 : layout.y(p.y);
    const w = tip.offsetWidth;
    const h = tip.offsetHeight;
    const left = Math.max(0, Math.min(layout.width - w, px - w / 2));
    const top = Math.max(0, py - h - 12 >= 0 ? py - h - 12 : Math.min(layout.height - h, py + 12));
    tip.style.setProperty('--tx', `${left}px`);
    tip.style.setProperty('--ty', `${top}px`);
  }

  private _renderFooter(doc: ValidIndicator, info: LocaleInfo): TemplateResult {
    return html`<div class="foot" part="source">
      <p class="muted">${doc.sources.length ? sourceList(doc, info) : nothing}${doc.updated ? html` · ${msg(info.lang, 'updated', { date: formatDate(doc.updated, info.locale) })}` : nothing}</p>
      ${doc.notes?.length ? html`<ul class="notes muted" aria-label=${msg(info.lang, 'notes')}>${doc.notes.map((n) => html`<li>${this.text(doc, n)}</li>`)}</ul>` : nothing}
      ${isServer ? nothing : html`<div class="actions">
        <button type="button" aria-expanded=${this._table ? 'true' : 'false'} aria-controls="data" @click=${this._toggleTable}>${msg(info.lang, this._table ? 'hideData' : 'showData')}</button>
        <button type="button" aria-label=${msg(info.lang, 'downloadCsv')} @click=${this._downloadCsv}>⤓ CSV</button>
        <button type="button" aria-label=${msg(info.lang, 'downloadSvg')} @click=${this._downloadSvg}>⤓ SVG</button>
      </div>`}
    </div>`;
  }

  private _renderTable(): unknown {
    const view = this._view;
    if (!view) return nothing;
    const { doc, model, decimals } = view;
    const info = this.localeInfo;
    return renderTable({
      doc, model, info, decimals,
      title: this.text(doc, doc.title),
      unit: unitPhrase(doc.unit, info, doc.lang),
      open: this._table || isServer,
      page: this._page,
      onPage: (page) => {
        this._page = page;
      },
    });
  }

  private _toggleTable = (): void => {
    this._table = !this._table;
  };

  private _onKey = (event: KeyboardEvent): void => {
    const view = this._view;
    if (!view) return;
    const result = keyFocus(view.model, this._focus, event.key, view.layout?.y ?? ((v: number) => -v));
    if (!result) return;
    if ('dismiss' in result) {
      if (this._tip) {
        this._tip = false;
        event.preventDefault();
      }
      return;
    }
    event.preventDefault();
    if ('edge' in result) {
      this._edge = result.edge;
      return;
    }
    this._edge = null;
    this._focus = result.focus;
    this._tip = true;
  };

  private _onPointer = (event: PointerEvent): void => {
    const view = this._view;
    const layout = view?.layout;
    const svgEl = this.renderRoot.querySelector('.plot svg');
    if (!view || !layout || !svgEl) return;
    const box = svgEl.getBoundingClientRect();
    const hit = hitTest(view.model, layout.x, layout.y, event.clientX - box.left, event.clientY - box.top);
    if (hit) {
      this._edge = null;
      this._focus = hit;
      this._tip = true;
    }
  };

  private _onLeave = (): void => {
    if (this.shadowRoot?.activeElement !== this.renderRoot.querySelector('.plot')) this._tip = false;
  };

  private _onFocus = (): void => {
    // Shown to keyboard users only: a pointer click that focuses the plot does not open the instructions.
    this._focused = this.renderRoot.querySelector('.plot')?.matches(':focus-visible') ?? false;
  };

  private _onBlur = (): void => {
    this._tip = false;
    this._focused = false;
  };

  private _downloadCsv = (): void => {
    const doc = this.document;
    if (doc) downloadCsv(this.renderRoot, doc, this.localeInfo, this.series);
  };

  private _downloadSvg = (): void => {
    const doc = this.document;
    const source = this.renderRoot.querySelector<SVGSVGElement>('.plot svg');
    if (doc && source) downloadSvg(this.renderRoot, doc, source);
  };
}

/** Text with each signed change ("−26 %", "+<0.0001 %") kept on one line. */
function keepTogether(text: string): unknown[] {
  return text.split(/([\u2212+]?[<>]?[\d.,]+ %)/).map((part, i) => (i % 2 ? html`<span class="nowrap">${part}</span>` : part));
}

/** "16/9", "16:9", "1.5" → a positive ratio, or null. */
export function parseAspect(value: string | null | undefined): number | null {
  if (!value) return null;
  const m = /^\s*(\d+(?:\.\d+)?)\s*(?:[/:]\s*(\d+(?:\.\d+)?))?\s*$/.exec(value);
  if (!m) return null;
  const ratio = Number(m[1]) / (m[2] === undefined ? 1 : Number(m[2]));
  return Number.isFinite(ratio) && ratio > 0 ? ratio : null;
}

declare global {
  interface HTMLElementTagNameMap {
    'crime-rate-trend': CrimeRateTrend;
  }
}
