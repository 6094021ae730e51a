import { html, isServer, svg, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { scaleIdentity } from 'd3-scale';
import { area, line } from 'd3-shape';
import { chartModel, chartSpan, linearMap, type ChartModel, type ChartPoint, type ChartSeries } from '../../core/chart.js';
import { toCsv } from '../../core/csv.js';
import { downsampleIndices } from '../../core/downsample.js';
import { formatChange, formatNumber, formatTick, type LocaleInfo } from '../../core/format.js';
import { msg } from '../../core/messages.js';
import { formatPeriod, parsePeriod, periodKey, timeTicks } from '../../core/period.js';
import type { ValidIndicator } from '../../core/schema.js';
import { capitalize, changeText, describeChange, describePartial, formatValue, headline, partialTail, qualify, unitPhrase } from '../../core/summary.js';
import { periodWithQualifiers } from '../../core/comparable.js';
import { CifraElement, type CifraStatus } from '../../shared/cifra-element.js';
import { numberAttr } from '../../shared/attributes.js';
import { seriesProblem } from '../../shared/compact.js';
import type { LoadFailure } from '../../data/loader.js';
import { observeSize } from '../../shared/resize.js';
import { trendStyles } from './styles.js';

/** The size a chart is drawn at on the server (`cifra render`); its viewBox then scales it to the page. */
const SERVER_SIZE = { width: 720, height: 340 };
/** Rows of the data table shown at once; longer tables page. */
const PAGE = 100;
/** Dash patterns and marker shapes tell series apart without colour. */
const DASHES = ['', '6 4', '2 3', '10 3 2 3', '1 5'];
const MARKERS = ['circle', 'square', 'triangle', 'diamond', 'cross'] as const;

interface Focus {
  readonly s: number;
  readonly i: number;
}

interface Layout {
  readonly model: ChartModel;
  readonly x: (v: number) => number;
  readonly y: (v: number) => number;
  readonly width: number;
  readonly height: number;
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
  /** First period of the headline change (default: the first valid point). */
  declare from: string | null;
  /** Last period of the headline change (default: the last valid point). */
  declare to: string | null;
  /** A reference value drawn as a horizontal line, overriding the document's: a number or a numeric string. */
  declare reference: number | string | null;
  /** Width-to-height ratio of the whole chart: "16/9", "4:3" or "1.5". Default 16/9, taller on narrow screens. */
  declare aspect: string | null;
  /** Draw a marker at every point. */
  declare showPoints: boolean;

  declare private _size: { width: number; height: number } | null;
  declare private _focus: Focus | null;
  declare private _tip: boolean;
  declare private _table: boolean;
  declare private _page: number;
  /** The plot has keyboard focus: its instructions are shown. */
  declare private _focused: boolean;

  private _unobserve?: () => void;
  private _resizeFrame = 0;
  private _model?: { doc: ValidIndicator; key: string; model: ChartModel };
  private _layout?: Layout;

  constructor() {
    super();
    this.showPoints = false;
    this._size = null;
    this._focus = null;
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
    super.willUpdate(changed);
    if (changed.has('data') || changed.has('src') || changed.has('series')) {
      this._focus = null;
      this._page = 0;
    }
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

  /** The chart model for the current document and options, computed once per change. */
  private _chart(doc: ValidIndicator, info: LocaleInfo): ChartModel {
    const reference = numberAttr(this.reference) ?? null;
    const key = `${this.series}|${reference}|${info.locale}`;
    if (this._model?.doc !== doc || this._model.key !== key) {
      this._model = { doc, key, model: chartModel(doc, { series: this.series, reference, info }) };
    }
    return this._model.model;
  }

  protected override renderReady(doc: ValidIndicator, info: LocaleInfo): unknown {
    const model = this._chart(doc, info);
    const decimals = this.decimalsFor(doc);
    const t = (text: Parameters<typeof this.text>[1]) => this.text(doc, text);
    const places = model.series.map((s) => s.label).join(', ');
    const name = [t(doc.title), places, chartSpan(model, info)].filter(Boolean).join(', ');
    const first = model.series.find((s) => s.valid >= 2) ?? model.series[0];
    const heads = model.series.map((s) => headline(s.source.observations, this.from, this.to));
    const head = first ? heads[model.series.indexOf(first)] ?? null : null;
    const change = head?.comparable ? changeText({ change: head.change, approximate: head.approximate }, info) : null;
    const sentences = model.series.flatMap((s, i) => {
      const h = heads[i] ?? null;
      // A partial last figure the default headline left out is still said, with its coverage,
      // and compared only with the same months earlier (DESIGN §2a).
      const tail = this.to ? null : partialTail(s.source.observations, h);
      const tailHead = tail ? headline(s.source.observations, null, tail.period.text) : null;
      const clauses = [
        h ? describeChange(h, doc.unit, info, decimals, doc.lang) : '',
        tail ? (tailHead ? describeChange(tailHead, doc.unit, info, decimals, doc.lang) : describePartial(tail, doc.unit, info, decimals, doc.lang)) : '',
      ].filter(Boolean);
      return clauses.map((clause) => (model.series.length > 1 || s.source.geo ? `${s.label}: ${clause}.` : `${capitalize(clause, info.locale)}.`));
    });
    const description = doc.description === undefined ? '' : t(doc.description);
    return html`
      <div class="head">
        <p class="title" part="title">${t(doc.title)}</p>
        ${doc.subtitle === undefined ? nothing : html`<p class="subtitle muted">${t(doc.subtitle)}</p>`}
        ${head && change
          ? html`<p class="headline" part="headline">${model.series.length > 1 ? `${first!.label}: ` : ''}<strong>${change}</strong> ${msg(info.lang, 'headline', { change: '', start: periodWithQualifiers(head.from.observation, head.from.period, info), end: periodWithQualifiers(head.to.observation, head.to.period, info) }).trim()}</p>`
          : nothing}
      </div>
      <p class="summary" part="summary" id="summary">${keepTogether([description, ...sentences].filter(Boolean).join(' '))}</p>
      ${model.series.length > 1 && this._size && !this._endLabelsFit(model, this._size.width) ? this._renderLegend(model) : nothing}
      <p class="sr-only" id="marks">${this._describeMarks(doc, model, info, decimals)}</p>
      <div class="plot" part="chart" tabindex="0" role="group" aria-label=${msg(info.lang, 'chart')} aria-describedby="summary marks help"
        @keydown=${this._onKey} @pointermove=${this._onPointer} @pointerleave=${this._onLeave} @focus=${this._onFocus} @blur=${this._onBlur}>
        ${this._size || isServer ? this._renderSvg(doc, model, info, decimals, name) : nothing}
        ${this._renderTooltip(doc, info, decimals)}
      </div>
      <p class=${this._focused ? 'help' : 'sr-only'} id="help">${msg(info.lang, 'chartHelp')}</p>
      <p class="sr-only" aria-live="polite" id="live">${this._focus ? this._describePoint(doc, info, decimals, this._focus) : ''}</p>
      ${this._renderFooter(doc, info)}
    `;
  }

  private _renderSvg(doc: ValidIndicator, model: ChartModel, info: LocaleInfo, decimals: number, name: string): TemplateResult {
    const { width, height } = this._size ?? SERVER_SIZE;
    const labels = this._endLabelsFit(model, width) ? model.series.map((s) => s.label) : [];
    const yTickCount = Math.max(2, Math.floor(height / 45));
    // d3-scale gives the nice domain and ticks; scaleIdentity does it without pulling in
    // d3-interpolate and d3-color (≈6 KB gzip), and the pixel mapping is a straight line.
    const yNice = scaleIdentity().domain([...model.yDomain]).nice(yTickCount);
    const yTicks = yNice.ticks(yTickCount);
    const step = yTicks.length > 1 ? Math.abs(yTicks[1]! - yTicks[0]!) : 1;
    const tickDecimals = Math.min(4, Math.max(0, Math.ceil(-Math.log10(step) - 1e-9)));
    const yText = (v: number) => formatTick(v, info.locale, tickDecimals, doc.unit.type === 'percent');
    const yLabels = yTicks.map(yText);
    const charWidth = 7;
    const annotations = (doc.annotations ?? []).map((a) => ({ period: parsePeriod(a.period)!, label: this.text(doc, a.label) }));
    const margin = {
      top: 8 + (annotations.length ? 18 : 0),
      right: 8 + (labels.length ? Math.min(width * 0.3, Math.max(...labels.map((l) => l.length)) * charWidth + 8) : 4),
      bottom: 24,
      // Never more than 45 % of the width for labels (and no -Infinity when there are no ticks).
      left: Math.min(width * 0.45, 6 + Math.max(0, ...yLabels.map((l) => l.length)) * charWidth),
    };
    const plotWidth = Math.max(10, width - margin.left - margin.right);
    const bottom = Math.max(margin.top + 10, height - margin.bottom);
    const [yFrom, yTo] = yNice.domain() as [number, number];
    // A span beyond what a double holds would flatten every point onto the axis: refuse, never draw it wrong.
    if (!Number.isFinite(yTo - yFrom)) throw new RangeError('the values span more than a number can hold');
    const x = linearMap(model.xDomain, [margin.left, margin.left + plotWidth]);
    const y = linearMap([yFrom, yTo], [bottom, margin.top]);
    this._layout = { model, x, y, width, height };
    const xTicks = timeTicks(model.xDomain[0], model.xDomain[1], Math.max(2, Math.floor(plotWidth / (model.granularity === 'year' ? 56 : 72))), model.granularity, info);

    const lineGen = line<ChartPoint>().defined((p) => p.y !== null).x((p) => x(p.x)).y((p) => y(p.y!));
    const bandGen = area<ChartPoint>()
      .defined((p) => typeof p.observation.lower === 'number' && typeof p.observation.upper === 'number')
      .x((p) => x(p.x)).y0((p) => y(p.observation.lower!)).y1((p) => y(p.observation.upper!));
    const reference = model.reference;
    const refLabel = doc.reference && this.reference == null ? this.text(doc, doc.reference.label) : msg(info.lang, 'reference');
    const endLabels = this._endLabels(model, labels, x, y, width - margin.right + 6);
    const focus = this._focus ? model.series[this._focus.s]?.points[this._focus.i] : undefined;

    return html`<svg role="img" aria-label=${name} viewBox="0 0 ${width} ${height}" width=${width} height=${height} class=${this._size ? '' : 'static'}>
      <g class="axis" part="axis" aria-hidden="true">
        ${yTicks.map((v, i) => svg`<line class="grid" x1=${margin.left} x2=${margin.left + plotWidth} y1=${y(v)} y2=${y(v)}></line>
          <text class="tick" x=${margin.left - 6} y=${y(v)} dy="0.32em" text-anchor="end">${yLabels[i]}</text>`)}
        ${xTicks.map((tk) => svg`<line class="tick-mark" x1=${x(tk.value)} x2=${x(tk.value)} y1=${bottom} y2=${bottom + 4}></line>
          <text class="tick" x=${x(tk.value)} y=${bottom + 16} text-anchor="middle">${tk.label}</text>`)}
        <line class="baseline" x1=${margin.left} x2=${margin.left + plotWidth} y1=${bottom} y2=${bottom}></line>
      </g>
      ${annotations.map((a) => svg`<g class="annotation" aria-hidden="true">
        <line x1=${x(a.period.mid)} x2=${x(a.period.mid)} y1=${margin.top - 4} y2=${bottom}></line>
        <text x=${x(a.period.mid)} y=${margin.top - 8} text-anchor=${x(a.period.mid) > width * 0.6 ? 'end' : 'start'} dx=${x(a.period.mid) > width * 0.6 ? -4 : 4}>${a.label}</text>
      </g>`)}
      ${reference === null ? nothing : svg`<g class="reference" aria-hidden="true">
        <line x1=${margin.left} x2=${margin.left + plotWidth} y1=${y(reference)} y2=${y(reference)}></line>
        <text x=${margin.left + 4} y=${y(reference) - 5}>${refLabel}: ${formatValue(reference, doc.unit, info, decimals)}</text>
      </g>`}
      ${model.series.map((s, si) => {
        const drawn = this._reduced(s, plotWidth);
        const band = s.points.some((p) => typeof p.observation.lower === 'number') ? bandGen(s.points) : null;
        return svg`<g class="series s${si % 5}" data-key=${s.key}>
          ${band ? svg`<path class="band" d=${band}></path>` : nothing}
          <path class="line" part="line" d=${lineGen(drawn) ?? ''} stroke-dasharray=${DASHES[si % DASHES.length] || nothing}></path>
          ${this._markedPoints(s).map((p) => this._marker(si, x(p.x), y(p.y!), p.observation.status !== undefined && p.observation.status !== 'final'))}
        </g>`;
      })}
      ${endLabels.map((l) => svg`<text class="end-label s${l.si % 5}" x=${l.x} y=${l.y} dy="0.32em" aria-hidden="true">${l.text}</text>`)}
      ${focus && focus.y !== null ? svg`<g class="focus" aria-hidden="true">
        <line x1=${x(focus.x)} x2=${x(focus.x)} y1=${margin.top} y2=${bottom}></line>
        <circle cx=${x(focus.x)} cy=${y(focus.y)} r="6"></circle>
      </g>` : nothing}
    </svg>`;
  }

  /** The reference line and the annotations in words: drawn in the SVG, they must be readable as text too. */
  private _describeMarks(doc: ValidIndicator, model: ChartModel, info: LocaleInfo, decimals: number): string {
    const parts: string[] = [];
    if (model.reference !== null) {
      const label = doc.reference && this.reference == null ? this.text(doc, doc.reference.label) : msg(info.lang, 'reference');
      parts.push(msg(info.lang, 'refLine', { label, value: formatValue(model.reference, doc.unit, info, decimals) ?? '' }));
    }
    const annotations = (doc.annotations ?? []).map((a) => `${formatPeriod(parsePeriod(a.period)!, info, 'long')}: ${this.text(doc, a.label)}`);
    if (annotations.length) parts.push(msg(info.lang, 'marked', { list: annotations.join('; ') }));
    return parts.join(' ');
  }

  /** Several series are named at their lines' ends when the longest name fits in 30 % of the width; else a legend names them. */
  private _endLabelsFit(model: ChartModel, width: number): boolean {
    return model.series.length > 1 && Math.max(...model.series.map((s) => s.label.length)) * 7 + 8 <= width * 0.3;
  }

  /** The legend used when end labels do not fit: each series' dash pattern and marker, and its name. */
  private _renderLegend(model: ChartModel): unknown {
    return html`<ul class="legend" aria-hidden="true">${model.series.map((s, si) => html`<li>
      <svg width="28" height="12" viewBox="0 0 28 12" class="s${si % 5}"><line class="line" x1="1" x2="27" y1="6" y2="6" stroke-dasharray=${DASHES[si % DASHES.length] || nothing}></line></svg>${s.label}</li>`)}</ul>`;
  }

  /** Points to draw: every point, or about one per pixel for long series (gaps kept). */
  private _reduced(s: ChartSeries, plotWidth: number): readonly ChartPoint[] {
    if (s.points.length <= plotWidth) return s.points;
    return downsampleIndices(s.points, plotWidth).map((i) => s.points[i]!);
  }

  /**
   * Points that get a marker where a line cannot show them: isolated points, preliminary
   * ones, or all with show-points. Only those go into the template (a 50,000-entry array
   * of nothing would still cost Lit a part per entry).
   */
  private _markedPoints(s: ChartSeries): ChartPoint[] {
    const points = s.points;
    const all = this.showPoints && points.length <= 500;
    const out: ChartPoint[] = [];
    for (let i = 0; i < points.length; i++) {
      const p = points[i]!;
      if (p.y === null) continue;
      const status = p.observation.status;
      if (all || status === 'preliminary' || status === 'estimated' || ((points[i - 1]?.y ?? null) === null && (points[i + 1]?.y ?? null) === null)) out.push(p);
    }
    return out;
  }

  private _marker(si: number, cx: number, cy: number, hollow: boolean): TemplateResult {
    const shape = MARKERS[si % MARKERS.length];
    const cls = hollow ? 'marker hollow' : 'marker';
    if (shape === 'square') return svg`<rect class=${cls} x=${cx - 3.5} y=${cy - 3.5} width="7" height="7"></rect>`;
    if (shape === 'triangle') return svg`<path class=${cls} d="M${cx},${cy - 4.5}L${cx + 4.5},${cy + 3.5}L${cx - 4.5},${cy + 3.5}Z"></path>`;
    if (shape === 'diamond') return svg`<path class=${cls} d="M${cx},${cy - 5}L${cx + 5},${cy}L${cx},${cy + 5}L${cx - 5},${cy}Z"></path>`;
    if (shape === 'cross') return svg`<path class=${cls} d="M${cx - 4},${cy - 4}L${cx + 4},${cy + 4}M${cx - 4},${cy + 4}L${cx + 4},${cy - 4}"></path>`;
    return svg`<circle class=${cls} cx=${cx} cy=${cy} r="3.5"></circle>`;
  }

  /** Direct labels at each line's last point, pushed apart so they never overlap. */
  private _endLabels(model: ChartModel, labels: string[], x: (v: number) => number, y: (v: number) => number, left: number): { si: number; x: number; y: number; text: string }[] {
    if (labels.length === 0) return [];
    const items = model.series.flatMap((s, si) => {
      let last: ChartPoint | undefined;
      for (let i = s.points.length - 1; i >= 0 && !last; i--) if (s.points[i]!.y !== null) last = s.points[i];
      return last ? [{ si, x: Math.min(left, x(last.x) + 6), y: y(last.y!), text: labels[si]! }] : [];
    }).sort((a, b) => a.y - b.y);
    for (let i = 1; i < items.length; i++) items[i]!.y = Math.max(items[i]!.y, items[i - 1]!.y + 14);
    // Pushed past the bottom: pull the stack back up, keeping 14 px between labels.
    const lowest = (this._size?.height ?? Infinity) - 8;
    for (let i = items.length - 1; i >= 0; i--) items[i]!.y = Math.min(items[i]!.y, i === items.length - 1 ? lowest : items[i + 1]!.y - 14);
    return items;
  }

  private _describePoint(doc: ValidIndicator, info: LocaleInfo, decimals: number, focus: Focus): string {
    const model = this._model?.model;
    const s = model?.series[focus.s];
    const p = s?.points[focus.i];
    if (!model || !s || !p) return '';
    const o = p.observation;
    const value = p.y === null ? msg(info.lang, 'noData') : `${qualify(formatValue(p.y, doc.unit, info, decimals)!, o.qualifier, info)} ${unitPhrase(doc.unit, info, doc.lang)}`.trim();
    const status = o.status === 'preliminary' || o.status === 'estimated' ? ` (${msg(info.lang, o.status)})` : '';
    const note = o.note === undefined ? '' : `. ${this.text(doc, o.note)}`;
    const place = model.series.length > 1 ? `${s.label}, ` : '';
    return `${place}${formatPeriod(p.period, info, 'long')}: ${value}${status}${note}`;
  }

  private _renderTooltip(doc: ValidIndicator, info: LocaleInfo, decimals: number): unknown {
    if (!this._tip || !this._focus) return nothing;
    return html`<div class="tooltip" aria-hidden="true">${this._describePoint(doc, info, decimals, this._focus)}</div>`;
  }

  /** Puts the tooltip above its point (below when there is no room), kept inside the plot. */
  private _placeTooltip(): void {
    const tip = this.renderRoot.querySelector<HTMLElement>('.tooltip');
    const layout = this._layout;
    const p = this._focus && layout?.model.series[this._focus.s]?.points[this._focus.i];
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
    const sources = doc.sources;
    const updated = doc.updated ? new Intl.DateTimeFormat(info.locale, { dateStyle: 'long', timeZone: 'UTC' }).format(Date.parse(doc.updated)) : null;
    return html`<div class="foot" part="source">
      <p class="muted">${msg(info.lang, sources.length > 1 ? 'sources' : 'source')}:
        ${sources.map((s, i) => html`${i ? '; ' : ''}${s.url
          ? html`<a href=${s.url} rel="noopener noreferrer">${s.name}</a>`
          : s.name}${s.publisher ? html` (${s.publisher})` : nothing}`)}${updated ? html` · ${msg(info.lang, 'updated', { date: updated })}` : nothing}
      </p>
      ${doc.notes?.length ? html`<ul class="notes muted" aria-label=${msg(info.lang, 'notes')}>${doc.notes.map((n) => html`<li>${this.text(doc, n)}</li>`)}</ul>` : nothing}
      ${isServer ? nothing : html`<div class="actions">
        <button type="button" aria-expanded=${this._table ? 'true' : 'false'} aria-controls="data" @click=${this._toggleTable}>${msg(info.lang, this._table ? 'hideData' : 'showData')}</button>
        <button type="button" aria-label=${msg(info.lang, 'downloadCsv')} @click=${this._downloadCsv}>⤓ CSV</button>
        <button type="button" aria-label=${msg(info.lang, 'downloadSvg')} @click=${this._downloadSvg}>⤓ SVG</button>
      </div>`}
    </div>`;
  }

  private _renderTable(): unknown {
    const doc = this.document;
    if (!doc) return nothing;
    const info = this.localeInfo;
    const model = this._chart(doc, info);
    const decimals = this.decimalsFor(doc);
    const total = model.rows.length;
    const pages = Math.max(1, Math.ceil(total / PAGE));
    const page = Math.min(this._page, pages - 1);
    const open = this._table || isServer;
    const rows = open ? model.rows.slice(page * PAGE, page * PAGE + PAGE) : [];
    // One lookup per series: period → point.
    const lookup = open ? model.series.map((s) => new Map(s.points.map((p) => [periodKey(p.period), p]))) : [];
    const unit = unitPhrase(doc.unit, info, doc.lang);
    // A table wider than the element scrolls: the scroll box is a named, focusable region so a keyboard can scroll it.
    return html`<div class="data" id="data" ?hidden=${!open} role=${open ? 'region' : nothing} tabindex=${open ? '0' : nothing} aria-label=${open ? this.text(doc, doc.title) : nothing}>
      ${open ? html`<table part="table">
        <caption>${this.text(doc, doc.title)}${unit ? html` (${unit})` : nothing}</caption>
        <thead><tr><th scope="col">${msg(info.lang, 'periodHeader')}</th>${model.series.map((s) => html`<th scope="col">${s.label}</th>`)}</tr></thead>
        <tbody>${rows.map((r) => html`<tr><th scope="row">${formatPeriod(r, info)}</th>${lookup.map((m) => {
          const p = m.get(periodKey(r));
          if (!p || p.y === null) return html`<td class="muted">${msg(info.lang, 'noData')}</td>`;
          const o = p.observation;
          const status = o.status === 'preliminary' || o.status === 'estimated' ? ` (${msg(info.lang, o.status)})` : '';
          return html`<td>${qualify(formatValue(p.y, doc.unit, info, decimals)!, o.qualifier, info)}${status}</td>`;
        })}</tr>`)}</tbody>
      </table>
      ${pages > 1 ? html`<div class="pager">
        <button type="button" ?disabled=${page === 0} @click=${() => { this._page = page - 1; }}>${msg(info.lang, 'previous')}</button>
        <span aria-live="polite">${msg(info.lang, 'rows', { from: formatNumber(page * PAGE + 1, info.locale, 0)!, to: formatNumber(Math.min(total, page * PAGE + PAGE), info.locale, 0)!, total: formatNumber(total, info.locale, 0)! })}</span>
        <button type="button" ?disabled=${page >= pages - 1} @click=${() => { this._page = page + 1; }}>${msg(info.lang, 'next')}</button>
      </div>` : nothing}` : nothing}
    </div>`;
  }

  private _toggleTable = (): void => {
    this._table = !this._table;
  };

  private _onKey = (event: KeyboardEvent): void => {
    const model = this._model?.model;
    if (!model || model.series.length === 0) return;
    const current = this._focus;
    let s = current?.s ?? 0;
    const points = () => model.series[s]!.points;
    let i = current?.i ?? -1;
    switch (event.key) {
      case 'ArrowRight':
        i = current ? Math.min(points().length - 1, i + 1) : 0;
        break;
      case 'ArrowLeft':
        i = current ? Math.max(0, i - 1) : points().length - 1;
        break;
      case 'PageDown':
      case 'PageUp': {
        // A tenth of the series per press: the middle of 50,000 points is five presses away.
        const step = Math.max(1, Math.round(points().length / 10));
        i = current ? i + (event.key === 'PageDown' ? step : -step) : 0;
        i = Math.max(0, Math.min(points().length - 1, i));
        break;
      }
      case 'Home':
        i = 0;
        break;
      case 'End':
        i = points().length - 1;
        break;
      case 'ArrowUp':
      case 'ArrowDown': {
        const next = this._verticalNeighbour(model, current, event.key === 'ArrowUp');
        if (!next) {
          event.preventDefault();
          return;
        }
        ({ s, i } = next);
        break;
      }
      case 'Escape':
        if (this._tip) {
          this._tip = false;
          event.preventDefault();
        }
        return;
      default:
        return;
    }
    event.preventDefault();
    this._focus = { s, i };
    this._tip = true;
  };

  /**
   * ↑/↓ move to the line drawn just above or below at the same time, as a sighted
   * reader would see it (lines without a value there are skipped; equal values keep
   * the list order). Without a focused point, ↓ starts at the first series.
   */
  private _verticalNeighbour(model: ChartModel, current: Focus | null, up: boolean): Focus | null {
    if (!current) return model.series.length ? { s: 0, i: 0 } : null;
    const here = model.series[current.s]!.points[current.i];
    if (!here) return null;
    const y = this._layout?.y ?? ((v: number) => -v);
    const column = model.series
      .map((series, s) => {
        const i = nearestIndex(series.points, here.x);
        const p = series.points[i];
        return p && p.y !== null && Math.abs(p.x - here.x) < 1e-9 ? { s, i, screen: y(p.y) } : null;
      })
      .filter((c): c is { s: number; i: number; screen: number } => c !== null)
      .sort((a, b) => a.screen - b.screen || a.s - b.s);
    const at = column.findIndex((c) => c.s === current.s);
    if (at < 0) {
      // The focused point has no value: fall back to the list order.
      const s = Math.max(0, Math.min(model.series.length - 1, current.s + (up ? -1 : 1)));
      return s === current.s ? null : { s, i: nearestIndex(model.series[s]!.points, here.x) };
    }
    const target = column[at + (up ? -1 : 1)];
    return target ? { s: target.s, i: target.i } : null;
  }

  private _onPointer = (event: PointerEvent): void => {
    const layout = this._layout;
    const svgEl = this.renderRoot.querySelector('.plot svg');
    if (!layout || !svgEl) return;
    const box = svgEl.getBoundingClientRect();
    const px = event.clientX - box.left;
    const py = event.clientY - box.top;
    let best: Focus | null = null;
    let bestDistance = Infinity;
    layout.model.series.forEach((s, si) => {
      const t = (px - layout.x(0)) / (layout.x(1) - layout.x(0));
      const i = nearestIndex(s.points, t, true);
      const p = s.points[i];
      if (!p || p.y === null) return;
      const d = (layout.x(p.x) - px) ** 2 + (layout.y(p.y) - py) ** 2;
      if (d < bestDistance) {
        bestDistance = d;
        best = { s: si, i };
      }
    });
    if (best) {
      this._focus = best;
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

  private _download(text: string, type: string, extension: string): void {
    const doc = this.document;
    const url = URL.createObjectURL(new Blob([text], { type }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `${doc?.id ?? 'cifra'}.${extension}`;
    a.rel = 'noopener';
    this.renderRoot.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  private _downloadCsv = (): void => {
    const doc = this.document;
    if (doc) this._download(`\uFEFF${toCsv(doc, this.localeInfo, this.series)}`, 'text/csv;charset=utf-8', 'csv');
  };

  private _downloadSvg = (): void => {
    const source = this.renderRoot.querySelector('.plot svg');
    if (!source) return;
    const copy = source.cloneNode(true) as SVGSVGElement;
    copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
    // Carry the computed colours, since the stylesheet stays behind.
    const originals = source.querySelectorAll('*');
    copy.querySelectorAll('*').forEach((node, k) => {
      const cs = getComputedStyle(originals[k]!);
      for (const prop of ['fill', 'stroke', 'stroke-width', 'stroke-dasharray', 'font-size', 'font-family', 'opacity']) {
        node.setAttribute(prop, cs.getPropertyValue(prop));
      }
    });
    this._download(new XMLSerializer().serializeToString(copy), 'image/svg+xml', 'svg');
  };
}

/** Text with each signed change ("−26 %") kept on one line. */
function keepTogether(text: string): unknown[] {
  return text.split(/([\u2212+]?[<>]?[\d.,]+ %)/).map((part, i) => (i % 2 ? html`<span class="nowrap">${part}</span>` : part));
}

/** Index of the point whose x is nearest `x` (points sorted by x); optionally only points with a value. */
function nearestIndex(points: readonly ChartPoint[], x: number, validOnly = false): number {
  let lo = 0;
  let hi = points.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (points[mid]!.x < x) lo = mid + 1;
    else hi = mid;
  }
  let best = lo;
  if (lo > 0 && Math.abs(points[lo - 1]!.x - x) <= Math.abs(points[lo]!.x - x)) best = lo - 1;
  if (!validOnly || points[best]?.y !== null) return best;
  for (let d = 1; d < points.length; d++) {
    if (points[best - d]?.y != null) return best - d;
    if (points[best + d]?.y != null) return best + d;
  }
  return best;
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
