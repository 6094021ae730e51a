import { html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { chartModel, chartSpan, seriesKeys, type ChartModel } from '../../core/chart.js';
import { formatDate, type LocaleInfo } from '../../core/format.js';
import { chartLayout, isLayout, seriesRoles, type ChartLayout, type Size } from '../../core/layout.js';
import { msg } from '../../core/messages/trend.js';
import { gridKeyFocus, hitTest, keyFocus, type Edge, type Focus, type GridEdge, type PanelFocus } from '../../core/navigation.js';
import { chartGrid } from '../../core/grid.js';
import { periodOf } from '../../core/period.js';
import type { ValidIndicator } from '../../core/schema.js';
import { capitalize, formatValue, unitPhrase } from '../../core/summary.js';
import { describePoint, trendText, type TrendText } from '../../core/trend-text.js';
import { speak } from '../../core/speech.js';
import { said } from '../../base/said.js';
import { CifraElement, type CifraStatus } from '../../base/cifra-element.js';
import { numberAttr, textAttr } from '../../base/attributes.js';
import { seriesProblem, sourceList } from '../../base/compact.js';
import type { LoadFailure } from '../../data/loader.js';
import { observeSize } from '../../page/resize.js';
import { downloadCsv, downloadPng, downloadSvg } from './downloads.js';
import { shownText } from './png.js';
import { renderKey, renderLegend, renderPlot } from './plot.js';
import { trendStyles } from './styles.js';
import { renderTable } from './table.js';
import { panelSize, renderPanels, type GridView, type PanelView } from './grid.js';

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
  /** `layout="grid"`: the small multiples, once the grid has a width; else null. */
  readonly grid: GridView | null;
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
    heading: { type: String },
    highlight: { type: String },
    showPoints: { type: Boolean, attribute: 'show-points' },
    layout: { type: String },
    // A number or a numeric string; anything else is "as many as fit".
    columns: {},
    yScale: { type: String, attribute: 'y-scale' },
    sort: { type: String },
    compare: { type: String },
    _gridFocus: { state: true },
    _size: { state: true },
    _focus: { state: true },
    _edge: { state: true },
    _tip: { state: true },
    _table: { state: true },
    _summaryOpen: { state: true },
    _page: { state: true },
    _focused: { state: true },
    _inside: { state: true },
    _helped: { state: true },
  };

  protected static override numericKeys = { ...CifraElement.numericKeys, reference: 'reference' };

  protected static override checkKeys = ['series', 'highlight', 'compare'];

  /**
   * A `series` or `highlight` key that matches no series is an error naming it, never a chart of
   * every series or a silent grey.
   */
  protected override check(doc: ValidIndicator): LoadFailure | null {
    return seriesProblem(doc, { series: this.series, highlight: this.highlight, compare: this.compare });
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
  /** Comma-separated ids or geo codes of the series drawn in the accent colours; the others are context, in grey. */
  declare highlight: string | null;
  /** The editor's own visible title ("La tasa casi se triplicó entre 2007 y 2011"); the document's title stays in the accessible name and the table caption. */
  declare heading: string | null;
  /** `single` (default): one chart; `grid`: small multiples, one small panel per series (DESIGN §1a). */
  declare layout: 'single' | 'grid' | null;
  /** With `layout="grid"`: the number of columns (a whole number ≥ 1); default as many ~160 px columns as fit, 2 under 420 px. */
  declare columns: number | string | null;
  /** With `layout="grid"`: `shared` (default), one y scale for every panel, or `free`, each panel its own. */
  declare yScale: 'shared' | 'free' | null;
  /** With `layout="grid"`: the panels' order, `name`, `latest` or `change` (highest first); default the document's. */
  declare sort: 'name' | 'latest' | 'change' | null;
  /** With `layout="grid"`: the id or geo code of a series drawn in grey in every panel (e.g. `MX`); it is no panel. A key that matches none is an error. */
  declare compare: string | null;

  declare private _size: Size | null;
  declare private _focus: Focus | null;
  /** A key that moved past the first or last point or line: said instead of silence. */
  declare private _edge: Edge | null;
  declare private _tip: boolean;
  declare private _table: boolean;
  /** The sentences per series, folded under the subtitle on screen (screen readers read them anyway), are shown. */
  declare private _summaryOpen: boolean;
  declare private _page: number;
  /** The plot has keyboard focus: its instructions are shown. */
  declare private _focused: boolean;
  /** The plot has focus: the live region speaks (and is emptied when focus leaves). */
  declare private _inside: boolean;
  /** The plot was focused once: its instructions are not described again on this visit. */
  declare private _helped: boolean;
  /** The grid's focused panel and point. */
  declare private _gridFocus: PanelFocus | null;
  /** A grid key that moved past an edge: said instead of silence. */
  private _gridEdge: GridEdge | null = null;

  private _unobserve?: () => void;
  private _resizeFrame = 0;
  private _view?: View;
  /** A tap pinned the tooltip: it stays until a tap on the same point or outside, or Escape. */
  private _pinned = false;
  private _failed?: { readonly doc: ValidIndicator; readonly key: string; readonly failure: LoadFailure };

  constructor() {
    super();
    this.showPoints = false;
    this._size = null;
    this._focus = null;
    this._edge = null;
    this._tip = false;
    this._table = false;
    this._summaryOpen = false;
    this._page = 0;
    this._focused = false;
    this._inside = false;
    this._helped = false;
    this._gridFocus = null;
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
    this._unpin();
    cancelAnimationFrame(this._resizeFrame);
    this._unobserve?.();
    this._unobserve = undefined;
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('data') || changed.has('src') || changed.has('series') || changed.has('layout') || changed.has('sort') || changed.has('compare')) {
      this._gridFocus = null;
      this._gridEdge = null;
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
    const grid = this.layout === 'grid';
    const key = `${this.series}|${reference}|${info.locale}|${decimals}|${this.from}|${this.to}|${this.highlight}|${grid ? `grid|${this.compare}` : ''}`;
    // A failure stands until the document or the options change: the error box has no plot to
    // measure, and a chart without a size must not pass for drawable.
    if (this._failed?.doc === doc && this._failed.key === key) return this._failed.failure;
    const old = this._view;
    const same = old?.doc === doc && old.key === key;
    // A grid's compare series is drawn in every panel even when `series` leaves it out.
    const wanted = grid && this.series && this.compare ? `${this.series},${this.compare}` : this.series;
    const model = same ? old.model : chartModel(doc, { series: wanted, reference, info });
    const highlight = seriesKeys(this.highlight);
    // The headline speaks of the highlighted series (or, without highlight, not of the national reference among states).
    const lead = seriesRoles(model, highlight).map((r) => r.accent);
    const text = same ? old.text : trendText(doc, model, { info, decimals, from: this.from, to: this.to, referenceLabel: reference === null ? null : msg(info.lang, 'reference'), lead });
    const size = this._size ?? (isServer ? SERVER_SIZE : null);
    if (grid) {
      const gridView = size ? this._gridView(doc, model, size.width, same ? old.grid : null) : null;
      if (gridView && 'code' in gridView) {
        this._view = undefined;
        this._failed = { doc, key, failure: gridView };
        return gridView;
      }
      this._view = { doc, key, model, text, decimals, layout: null, size, showPoints: this.showPoints, grid: gridView };
      return null;
    }
    let layout = same && old.size === size && old.showPoints === this.showPoints ? old.layout : null;
    if (!layout && size) {
      const annotations = (doc.annotations ?? []).map((a) => ({ period: periodOf(a), label: this.text(doc, a.label) }));
      const format = (v: number) => formatValue(v, doc.unit, info, decimals) ?? '';
      const l = chartLayout(model, size, { info, unit: doc.unit.type, annotations, showPoints: this.showPoints, highlight, format });
      if (!isLayout(l)) {
        this._view = undefined;
        this._failed = { doc, key, failure: { code: 'E_RENDER', params: { detail: msg(info.lang, 'spanTooWide') } } };
        return this._failed.failure;
      }
      layout = l;
    }
    this._view = { doc, key, model, text, decimals, layout, size, showPoints: this.showPoints, grid: null };
    return null;
  }

  /**
   * The small multiples at a width (DESIGN §1a): the grid (core/grid.ts: panels in order, y
   * domains, columns, labels, summary), then each panel's compact layout of the compare
   * series (grey) and its own (highlighted). Reused while the width and options stay.
   */
  private _gridView(doc: ValidIndicator, model: ChartModel, width: number, old: GridView | null): GridView | LoadFailure {
    const info = this.localeInfo;
    const decimals = this.decimalsFor(doc);
    const options = `${this.sort}|${this.yScale}|${this.columns}|${this.showPoints}`;
    if (old && old.width === width && old.options === options) return old;
    const grid = chartGrid(doc, model, { info, decimals, sort: this.sort, yScale: this.yScale, columns: this.columns, width, compare: this.compare, from: this.from, to: this.to });
    const size = panelSize(width, grid.columns);
    const format = (v: number) => formatValue(v, doc.unit, info, decimals) ?? '';
    const panels: PanelView[] = [];
    for (const [n, panel] of grid.panels.entries()) {
      const series = grid.compare ? [grid.compare, panel.series] : [panel.series];
      const panelModel: ChartModel = { ...model, series, yDomain: panel.yDomain };
      const yLabels = grid.yScale === 'free' || n % grid.columns === 0;
      const l = chartLayout(panelModel, size, { info, unit: doc.unit.type, annotations: [], showPoints: this.showPoints, highlight: [panel.key], format, compact: true, yLabels });
      if (!isLayout(l)) return { code: 'E_RENDER', params: { detail: msg(info.lang, 'spanTooWide') } };
      panels.push({ panel, model: panelModel, s: series.length - 1, layout: l, yLabels });
    }
    return { grid, panels, width, panelSize: size, options };
  }

  protected override updated(changed: PropertyValues): void {
    const frame = this.renderRoot.querySelector<HTMLElement>('.frame');
    // Through the CSSOM, never a style="" attribute: a strict CSP (style-src-attr) blocks those.
    const ratio = parseAspect(this.aspect);
    if (ratio === null) frame?.style.removeProperty('--_aspect');
    else frame?.style.setProperty('--_aspect', String(ratio));
    const columns = this._view?.grid?.grid.columns;
    if (columns) this.renderRoot.querySelector<HTMLElement>('.panels')?.style.setProperty('--_cols', String(columns));
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
    // Loading and error keep the rows of a drawn chart, so the box never changes height:
    // the message sits where the plot will be.
    const rows = status === 'ready'
      ? body
      : html`<div class="head"><p class="title"></p><p class="dek"></p></div><p class="summary"></p><div class="plot-box placeholder">${body}</div><div class="foot"><p></p><div class="actions"></div></div>`;
    return html`<div class="frame" part="frame" data-status=${status} lang=${this.localeInfo.locale}>${rows}</div>${data}`;
  }

  protected override renderReady(doc: ValidIndicator, info: LocaleInfo): unknown {
    const view = this._view;
    if (!view) return nothing;
    if (this.layout === 'grid') return this._renderGrid(doc, info, view);
    const { model, text, layout } = view;
    const head = text.headline;
    const focus = this._focus ? model.series[this._focus.s]?.points[this._focus.i] : undefined;
    const heading = textAttr(this.heading);
    // The line under the figure: the document's subtitle, else what is measured and when
    // ("Tasa por cada 100 mil habitantes, 1990–2008"), so the row never sits empty.
    const subtitle = doc.subtitle !== undefined ? this.text(doc, doc.subtitle)
      : capitalize([unitPhrase(doc.unit, info, doc.lang), chartSpan(model, info)].filter(Boolean).join(', '), info.locale);
    // Above the plot: the editor's heading or the document's title, then one line, the headline
    // figure (else the subtitle). The sentences per series are folded on screen under "Resumen"
    // (screen readers read them in place), so the rows keep their reserved height.
    return html`
      <div class="head">
        <p class="title" part="title"><span>${heading ?? this.text(doc, doc.title)}</span></p>
        ${head
          ? html`<p class="dek headline" part="headline">${head.label ? `${head.label}: ` : ''}<strong>${said(head.change, info)}</strong> ${said(msg(info.lang, 'headline', { change: '', start: head.start, end: head.end }).trim(), info)}</p>`
          : html`<p class="dek subtitle muted">${said(subtitle, info)}</p>`}
      </div>
      <p class="summary">${head && subtitle ? html`<span class="subtitle">${said(subtitle, info)} </span>` : nothing}<span part="summary" id="summary" class=${this._summaryOpen ? '' : 'sr-only'}>${said(text.summary, info)}</span></p>
      <div class="plot" part="chart" tabindex="0" role="application" aria-label=${text.said.explore} aria-describedby=${this._helped ? nothing : 'help'}
        @keydown=${this._onKey} @pointermove=${this._onPointer} @pointerleave=${this._onLeave} @pointerup=${this._onTap} @focus=${this._onFocus} @blur=${this._onBlur}>
        ${layout?.legend && this._size ? renderLegend(model, layout) : nothing}
        ${layout ? renderPlot(layout, focus, { name: text.said.name, reference: this._referenceText(doc, info, view), live: this._size !== null }) : nothing}
        ${this._tip && this._focus ? html`<div class="tooltip" aria-hidden="true">${describePoint(doc, model, this._focus, { info, decimals: view.decimals })}</div>` : nothing}
        <p class="help" id="help" ?hidden=${!this._focused}>${msg(info.lang, 'chartHelp')}</p>
      </div>
      ${this._renderSaid(text)}
      <p class="sr-only" aria-live="polite" id="live">${!this._inside ? '' : this._edge ? msg(info.lang, `edge.${this._edge}`) : this._focus ? speak(describePoint(doc, model, this._focus, { info, decimals: view.decimals }), info) : ''}</p>
      ${this._renderFooter(doc, info)}
    `;
  }

  /**
   * Small multiples (DESIGN §1a): the title and subtitle, the grid's one summary, the key to
   * the grey compare line, the panels as one focusable group (one tab stop: ←/→ points, ↑/↓
   * panels, Page Up/Down rows), a polite announcement of panel and point, and the footer.
   */
  private _renderGrid(doc: ValidIndicator, info: LocaleInfo, view: View): TemplateResult {
    const gv = view.grid;
    const heading = textAttr(this.heading);
    const subtitle = doc.subtitle === undefined ? '' : this.text(doc, doc.subtitle);
    const count = gv?.panels.length ?? view.model.series.length - (this.compare ? 1 : 0);
    const focus = this._gridFocus;
    const pv = focus && gv ? gv.panels[focus.p] : undefined;
    const point = pv && focus ? describePoint(doc, { ...pv.model, series: [pv.model.series[pv.s]!] }, { s: 0, i: focus.i }, { info, decimals: view.decimals }, 'item') : '';
    const live = !this._inside ? ''
      : this._gridEdge ? msg(info.lang, `edge.${this._gridEdge}`)
        : pv && focus ? speak(msg(info.lang, 'grid.point', {
          place: pv.panel.label.place, n: focus.p + 1, count: gv!.panels.length,
          point: describePoint(doc, { ...pv.model, series: [pv.model.series[pv.s]!] }, { s: 0, i: focus.i }, { info, decimals: view.decimals }),
        }), info) : '';
    const compare = gv?.grid.compare;
    return html`
      <div class="head">
        <p class="title" part="title"><span>${heading ?? this.text(doc, doc.title)}</span></p>
        <p class="dek subtitle muted">${said(subtitle, info)}</p>
      </div>
      <p class="summary"><span part="summary" id="summary">${gv ? said(gv.grid.summary, info) : ''}</span></p>
      ${compare ? html`<p class="grid-key"><svg width="22" height="8" viewBox="0 0 22 8" aria-hidden="true" class="context"><line class="line" x1="1" x2="21" y1="4" y2="4"></line></svg> ${msg(info.lang, 'grid.compare', { label: compare.label })}</p>` : nothing}
      <div class="plot panels" part="chart" tabindex="0" role="application"
        aria-label=${speak(msg(info.lang, 'grid.explore', { title: this.text(doc, doc.title), count }), info)} aria-describedby=${this._helped ? nothing : 'help'}
        @keydown=${this._onGridKey} @pointermove=${this._onGridPointer} @pointerleave=${this._onGridLeave} @focus=${this._onFocus} @blur=${this._onGridBlur}>
        ${gv ? renderPanels(gv, { focus, tip: this._tip || this._inside ? point : '' }) : nothing}
        <p class="help" id="help" ?hidden=${!this._focused}>${msg(info.lang, 'grid.help')}</p>
      </div>
      <p class="sr-only" aria-live="polite" id="live">${live}</p>
      ${this._renderFooter(doc, info)}
    `;
  }

  private _onGridKey = (event: KeyboardEvent): void => {
    const gv = this._view?.grid;
    if (!gv) return;
    const result = gridKeyFocus(gv.panels.map((p) => p.model.series[p.s]!), gv.grid.columns, this._gridFocus, event.key);
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
      this._gridEdge = result.edge;
      this.requestUpdate();
      return;
    }
    this._gridEdge = null;
    this._gridFocus = result.focus;
    this._tip = true;
  };

  /** A mouse or pen over a panel shows its nearest point. */
  private _onGridPointer = (event: PointerEvent): void => {
    if (event.pointerType === 'touch') return;
    const gv = this._view?.grid;
    const panel = event.composedPath().find((n): n is HTMLElement => n instanceof HTMLElement && n.classList.contains('panel'));
    const svgEl = panel?.querySelector('svg');
    const pv = panel && gv ? gv.panels[Number(panel.dataset['p'])] : undefined;
    if (!pv || !svgEl) return;
    const box = svgEl.getBoundingClientRect();
    const scale = box.width > 0 ? pv.layout.width / box.width : 1;
    const hit = hitTest({ ...pv.model, series: [pv.model.series[pv.s]!] }, pv.layout.x, pv.layout.y, (event.clientX - box.left) * scale, (event.clientY - box.top) * scale);
    if (hit) {
      this._gridEdge = null;
      this._gridFocus = { p: Number(panel!.dataset['p']), i: hit.i };
      this._tip = true;
    }
  };

  private _onGridLeave = (): void => {
    if (this._inside) return;
    this._gridFocus = null;
    this._tip = false;
  };

  private _onGridBlur = (): void => {
    this._onBlur();
    this._gridFocus = null;
    this._gridEdge = null;
  };

  /**
   * What a screen reader reads after the image, in its default reading mode and by swiping on
   * a touch screen (DESIGN §5): the chart's counts and axes, one list of points per series, the
   * reference line and annotations. Visually hidden; the keyboard's arrow exploration is for
   * sighted keyboard users and for screen readers that pass keys to the plot (role=application).
   */
  private _renderSaid(text: TrendText): TemplateResult {
    const s = text.said;
    const items = (points: readonly string[]) => html`<ul>${points.map((p) => html`<li>${p}</li>`)}</ul>`;
    const lists = !s.listed
      ? html`${s.series.length > 1 ? html`<ul>${s.series.map((x) => html`<li>${x.heading}</li>`)}</ul>` : html`<p>${s.series[0]?.heading}</p>`}<p>${speak(msg(this.localeInfo.lang, 'pointsInTable'), this.localeInfo)}</p>`
      : s.series.length === 1
        ? html`<p>${s.series[0]!.heading}</p>${items(s.series[0]!.points)}`
        : html`<ul>${s.series.map((x) => html`<li>${x.heading}${items(x.points)}</li>`)}</ul>`;
    return html`<div class="sr-only" id="points">
      <p>${s.description}</p>
      ${lists}
      ${s.marks ? html`<p id="marks">${s.marks}</p>` : nothing}
    </div>`;
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
    // A pinned tooltip clears the finger that tapped (about 44 px) instead of sitting under it.
    const gap = this._pinned ? 44 : 12;
    const top = Math.max(0, py - h - gap >= 0 ? py - h - gap : Math.min(layout.height - h, py + gap));
    tip.style.setProperty('--tx', `${left}px`);
    tip.style.setProperty('--ty', `${top}px`);
  }

  private _renderFooter(doc: ValidIndicator, info: LocaleInfo): TemplateResult {
    return html`<div class="foot" part="source">
      <p class="muted">${doc.sources.length ? sourceList(doc, info) : nothing}${doc.updated ? html` · ${msg(info.lang, 'updated', { date: formatDate(doc.updated, info.locale) })}` : nothing}${doc.notes?.length
        ? html`<span class="notes"> · ${msg(info.lang, 'notes')}: ${doc.notes.map((n) => this.text(doc, n)).join(' ')}</span>`
        : nothing}${this._view?.layout?.hasProvisional || this._view?.grid?.panels.some((p) => p.layout.hasProvisional) ? renderKey(msg(info.lang, 'provisionalKey')) : nothing}</p>
      ${isServer ? nothing : html`<div class="actions">
        <button type="button" aria-expanded=${this._table ? 'true' : 'false'} aria-controls="data" @click=${this._toggleTable}>${msg(info.lang, this._table ? 'hideData' : 'showData')}</button>
        ${this._view?.text.headline && doc.subtitle !== undefined && !this._view.grid && this.layout !== 'grid'
          ? html`<button type="button" aria-expanded=${this._summaryOpen ? 'true' : 'false'} aria-controls="summary" @click=${this._toggleSummary}>${msg(info.lang, 'summaryButton')}</button>`
          : nothing}
        <button type="button" aria-label=${msg(info.lang, 'downloadCsv')} @click=${this._downloadCsv}>⤓ CSV</button>
        <button type="button" aria-label=${msg(info.lang, 'downloadSvg')} @click=${this._downloadSvg}>⤓ SVG</button>
        ${this.layout === 'grid' ? nothing : html`<button type="button" aria-label=${msg(info.lang, 'downloadPng')} @click=${this._downloadPng}>⤓ PNG</button>`}
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

  private _toggleSummary = (): void => {
    this._summaryOpen = !this._summaryOpen;
  };

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
        this._unpin();
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

  /** The point nearest a pointer event, in the plot's pixels. */
  private _hit(event: PointerEvent): Focus | null {
    const view = this._view;
    const layout = view?.layout;
    const svgEl = this.renderRoot.querySelector('.plot svg');
    if (!view || !layout || !svgEl) return null;
    const box = svgEl.getBoundingClientRect();
    return hitTest(view.model, layout.x, layout.y, event.clientX - box.left, event.clientY - box.top);
  }

  /** A mouse or pen hovering shows the nearest point; a finger does not (it pins on tap, see _onTap). */
  private _onPointer = (event: PointerEvent): void => {
    if (event.pointerType === 'touch' || this._pinned) return;
    const hit = this._hit(event);
    if (hit) {
      this._edge = null;
      this._focus = hit;
      this._tip = true;
    }
  };

  /**
   * A tap pins the tooltip of the nearest point (placed away from the finger); a tap on
   * the same point, or anywhere outside the chart, closes it; Escape too.
   */
  private _onTap = (event: PointerEvent): void => {
    if (event.pointerType !== 'touch') return;
    const hit = this._hit(event);
    if (!hit || (this._pinned && this._focus?.s === hit.s && this._focus.i === hit.i)) {
      this._unpin();
      return;
    }
    this._edge = null;
    this._focus = hit;
    this._tip = true;
    if (!this._pinned) {
      this._pinned = true;
      document.addEventListener('pointerdown', this._onOutside, true);
    }
  };

  private _onOutside = (event: PointerEvent): void => {
    if (!event.composedPath().includes(this)) this._unpin();
  };

  private _unpin(): void {
    this._pinned = false;
    this._tip = false;
    document.removeEventListener('pointerdown', this._onOutside, true);
  }

  private _onLeave = (event: PointerEvent): void => {
    if (event.pointerType === 'touch' || this._pinned) return;
    if (this.shadowRoot?.activeElement !== this.renderRoot.querySelector('.plot')) this._tip = false;
  };

  private _onFocus = (): void => {
    this._inside = true;
    // Shown to keyboard users only: a pointer click that focuses the plot does not open the instructions.
    this._focused = this.renderRoot.querySelector('.plot')?.matches(':focus-visible') ?? false;
  };

  private _onBlur = (): void => {
    // Leaving the plot empties the live region (no stale "2008: 12.6…" in the reading order);
    // coming back starts again from the first point.
    this._inside = false;
    this._helped = true;
    this._edge = null;
    this._focus = null;
    if (this._pinned) this._unpin();
    this._tip = false;
    this._focused = false;
  };

  private _downloadCsv = (): void => {
    const doc = this.document;
    if (doc) downloadCsv(this.renderRoot, doc, this.localeInfo, this.series);
  };

  private _downloadSvg = (): void => {
    const doc = this.document;
    // The chart's own <svg role="img">, not a legend swatch drawn before it inside the plot.
    const root = this.renderRoot;
    const source = root.querySelector<SVGSVGElement>('.plot svg[role="img"]');
    const [title, headline, foot] = ['.title', '.head .dek', '.foot p'].map((s) => root.querySelector(s));
    if (!doc || !source || !title || !headline || !foot) return;
    // A publishable file: the title, the headline and the source around the plot, as shown.
    downloadSvg(root, doc, source, [{ text: shownText(title), from: title, bold: true }, { text: shownText(headline), from: headline }], [{ text: shownText(foot), from: foot }]);
  };

  /** The chart drawn on a canvas from its layout, with the title, headline and source shown around it. */
  private _downloadPng = (): void => {
    const view = this._view;
    const root = this.renderRoot;
    const svg = root.querySelector<SVGSVGElement>('.plot svg[role="img"]');
    if (!view?.layout || !svg) return;
    const [title, headline, source] = ['.title', '.head .dek', '.foot p'].map((s) => root.querySelector(s));
    const text = {
      title: shownText(title!),
      headline: shownText(headline!),
      source: shownText(source!),
      legend: view.model.series.map((s) => s.label),
      reference: this._referenceText(view.doc, this.localeInfo, view),
    };
    downloadPng(root, view.doc, view.layout, text, { host: this, svg, title: title!, headline: headline!, source: source! });
  };
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
