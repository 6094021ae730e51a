/**
 * The trend chart as one standalone SVG string, for `cifra render --png` (and `--svg`):
 * title, subtitle, the headline figure, the plot (axes, lines, end labels or a legend,
 * the reference line and annotations) and the source line, from the pure core
 * (`chartModel`, `chartLayout`, `trendText`) with no DOM and no Lit. Text is measured in
 * the font the PNG is drawn in (Public Sans, src/cli/fonts/) and wrapped or reduced to
 * fit, so nothing is clipped; on a 1200 px card no text is smaller than 24 px.
 *
 * The plot is laid out by `chartLayout` at its own scale (12 px text) and drawn scaled
 * up by `k`, so ticks and labels get the sizes the image needs; labels that would run
 * past the plot's box are measured first and the plot is laid out again narrower.
 */
import { chartModel, chartSpan, unknownSeries, type ChartModel } from '../core/chart.js';
import { formatDate, resolveLocale, type LocaleInfo } from '../core/format.js';
import { chartLayout, isLayout, provisional, seriesRoles, type ChartLayout, type MarkerShape, type SeriesLayout } from '../core/layout.js';
import { msg } from '../core/messages/trend.js';
import { periodOf } from '../core/period.js';
import { documentDecimals, type Text, type ValidIndicator } from '../core/schema.js';
import { formatValue, unitPhrase } from '../core/summary.js';
import { textIn } from '../core/text.js';
import { trendText, type TrendText } from '../core/trend-text.js';
import { FONT_FAMILY } from './font-metrics.js';
import { fit, textWidth, type Fitted, type Weight } from './text-measure.js';

/** The size of a social card (Open Graph, X, LinkedIn, WhatsApp previews). */
export const CARD = { width: 1200, height: 630 } as const;
/** The size of a chart image when none is given. */
export const DEFAULT_SIZE = { width: 960, height: 540 } as const;
/** Limits of a chart image's size, in pixels. */
export const MIN_SIZE = { width: 320, height: 240 } as const;
export const MAX_SIZE = { width: 4000, height: 4000 } as const;

export interface ImageOptions {
  readonly lang?: string;
  /** The element's `series` attribute ("MX,08"); default every series. */
  readonly series?: string | null;
  readonly from?: string | null;
  readonly to?: string | null;
  /** A reference value drawn as a line, overriding the document's. */
  readonly reference?: number | null;
  /** The element's `highlight` attribute ("08"): these series in colour, the others in grey. */
  readonly highlight?: string | null;
  /** 1200×630, the social card; else `width` × `height`. */
  readonly card?: boolean;
  readonly width?: number;
  readonly height?: number;
  readonly theme?: 'light' | 'dark';
  readonly showPoints?: boolean;
}

export interface ChartImage {
  readonly svg: string;
  readonly width: number;
  readonly height: number;
  /** The title as shown (in the image's language). */
  readonly title: string;
  /** What the image shows, in words: its alternative text (name, headline and summary). */
  readonly alt: string;
  /** Things the image could not show well, for the command line to print (English). */
  readonly warnings: readonly string[];
}

/** Why an image cannot be made (an unknown series, a size out of range, values no scale holds). */
export class ImageError extends Error {
  override name = 'ImageError';
}

/** The palette of the elements' default theme (README, "Theming"), on the scheme's canvas colour. */
const THEMES = {
  light: { bg: '#ffffff', text: '#1f2328', muted: '#57606a', grid: '#d0d7de', series: ['#0b5cad', '#b3261e', '#1a7f37', '#8250df', '#9a6700'] },
  dark: { bg: '#121212', text: '#e6edf3', muted: '#9da7b3', grid: '#30363d', series: ['#58a6ff', '#ff8a80', '#56d364', '#d2a8ff', '#e3b341'] },
} as const;
type Palette = (typeof THEMES)[keyof typeof THEMES];

/** The plot's own text size, the one `chartLayout`'s margins are computed for. */
const PLOT_TEXT = 12;
/** More series than this get no legend: their names would fill the image. */
const MAX_LEGEND = 8;

/** Text as XML character data or an attribute value: markup in a title is shown, never parsed. */
export function escapeXml(value: string): string {
  return value
    // Characters XML 1.0 forbids (controls, lone surrogates, U+FFFE/U+FFFF) would make the whole SVG unreadable.
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** A number for an SVG attribute: two decimals at most. */
const n = (v: number): string => String(Math.round(v * 100) / 100);

/** Spaces the font lacks (narrow no-break space) become ones it has, so they are measured and drawn alike. */
const plain = (s: string): string => s.replace(/[\u202f\u2009\u200a]/g, '\u00a0').replace(/\s+/g, (m) => (m === '\u00a0' ? m : ' ')).trim();

interface Block {
  readonly fitted: Fitted;
  readonly lineHeight: number;
  readonly height: number;
}

function block(text: string, o: { sizes: readonly number[]; width: number; maxLines: number; weight?: Weight; lineHeight: number }): Block {
  const fitted = text ? fit(plain(text), o) : { size: o.sizes[0]!, lines: [], truncated: false };
  const lineHeight = fitted.size * o.lineHeight;
  return { fitted, lineHeight, height: fitted.lines.length * lineHeight };
}

/** The lines of a block as <text> elements, the first baseline at `top` + one ascent. */
function drawBlock(b: Block, x: number, top: number, fill: string, weight: Weight, anchor: 'start' | 'end' = 'start'): string {
  const ascent = b.fitted.size * 0.95;
  const half = (b.lineHeight - b.fitted.size) / 2;
  return b.fitted.lines
    .map((line, i) => `<text x="${n(x)}" y="${n(top + half + ascent + i * b.lineHeight)}" font-size="${n(b.fitted.size)}"${weight === 'bold' ? ' font-weight="700"' : ''} fill="${fill}"${anchor === 'end' ? ' text-anchor="end"' : ''}>${escapeXml(line)}</text>`)
    .join('\n');
}

function marker(shape: MarkerShape, cx: number, cy: number, hollow: boolean, color: string, bg: string): string {
  const style = hollow ? `fill="${bg}" stroke="${color}" stroke-width="2"` : `fill="${color}" stroke="${bg}" stroke-width="1.5"`;
  if (shape === 'square') return `<rect x="${n(cx - 3.5)}" y="${n(cy - 3.5)}" width="7" height="7" ${style}/>`;
  if (shape === 'triangle') return `<path d="M${n(cx)},${n(cy - 4.5)}L${n(cx + 4.5)},${n(cy + 3.5)}L${n(cx - 4.5)},${n(cy + 3.5)}Z" ${style}/>`;
  if (shape === 'diamond') return `<path d="M${n(cx)},${n(cy - 5)}L${n(cx + 5)},${n(cy)}L${n(cx)},${n(cy + 5)}L${n(cx - 5)},${n(cy)}Z" ${style}/>`;
  if (shape === 'cross') return `<path d="M${n(cx - 4)},${n(cy - 4)}L${n(cx + 4)},${n(cy + 4)}M${n(cx - 4)},${n(cy + 4)}L${n(cx + 4)},${n(cy - 4)}" fill="none" stroke="${color}" stroke-width="2"/>`;
  return `<circle cx="${n(cx)}" cy="${n(cy)}" r="3.5" ${style}/>`;
}

interface PlotText {
  readonly reference: string;
  /** False when the values at the lines' ends do not fit above one another (many series): left out. */
  readonly endLabels: boolean;
}

/** Whether the end labels, pushed apart, all lie inside the plot's height. */
function endLabelsInside(l: ChartLayout): boolean {
  return l.endLabels.every((e) => e.y - PLOT_TEXT * 0.7 >= 0 && e.y + PLOT_TEXT * 0.5 <= l.height);
}

/** How far the plot's labels run past its box (layout units), measured in the image's font. */
function overflow(l: ChartLayout, t: PlotText): { left: number; right: number } {
  const w = (s: string, weight: Weight = 'regular') => textWidth(s, PLOT_TEXT, weight);
  let left = 0;
  let right = 0;
  for (const tk of l.yTicks) left = Math.max(left, w(tk.label) - (l.margin.left - 6));
  for (const tk of l.xTicks) {
    left = Math.max(left, w(tk.label) / 2 - tk.at);
    right = Math.max(right, tk.at + w(tk.label) / 2 - l.width);
  }
  for (const e of t.endLabels ? l.endLabels : []) right = Math.max(right, e.x + (e.name ? w(`${e.name} `) : 0) + w(e.value, 'bold') - l.width);
  for (const a of l.annotations) {
    if (a.end) left = Math.max(left, w(a.label) + 4 - a.x);
    else right = Math.max(right, a.x + 4 + w(a.label) - l.width);
  }
  if (l.reference && t.reference) right = Math.max(right, l.margin.left + 4 + w(t.reference) - l.width);
  return { left: Math.ceil(Math.max(0, left)), right: Math.ceil(Math.max(0, right)) };
}

/** A series' colour: its accent slot, or grey for context (the national line among states). */
function seriesColor(s: SeriesLayout, p: Palette): string {
  return s.role.accent ? p.series[s.role.slot % p.series.length]! : p.muted;
}

/** The plot in layout units (12 px text), to be scaled by the caller. */
function drawPlot(l: ChartLayout, t: PlotText, p: Palette, bg: string): string {
  const { margin, bottom } = l;
  const right = margin.left + l.plotWidth;
  const out: string[] = [];
  const text = (x: number, y: number, s: string, attrs: string) => `<text x="${n(x)}" y="${n(y)}" font-size="${PLOT_TEXT}" ${attrs}>${escapeXml(s)}</text>`;
  for (const tk of l.yTicks) {
    out.push(`<line x1="${n(margin.left)}" x2="${n(right)}" y1="${n(tk.at)}" y2="${n(tk.at)}" stroke="${p.grid}" stroke-width="1"/>`);
    out.push(text(margin.left - 6, tk.at + PLOT_TEXT * 0.35, tk.label, `text-anchor="end" fill="${p.muted}"`));
  }
  for (const tk of l.xTicks) {
    out.push(`<line x1="${n(tk.at)}" x2="${n(tk.at)}" y1="${n(bottom)}" y2="${n(bottom + 4)}" stroke="${p.muted}" stroke-width="1"/>`);
    out.push(text(tk.at, bottom + 16, tk.label, `text-anchor="middle" fill="${p.muted}"`));
  }
  out.push(`<line x1="${n(margin.left)}" x2="${n(right)}" y1="${n(bottom)}" y2="${n(bottom)}" stroke="${p.muted}" stroke-width="1"/>`);
  for (const a of l.annotations) {
    out.push(`<line x1="${n(a.x)}" x2="${n(a.x)}" y1="${n(margin.top - 4)}" y2="${n(bottom)}" stroke="${p.text}" stroke-opacity="0.55" stroke-width="1"/>`);
    out.push(text(a.x + (a.end ? -4 : 4), margin.top - 8, a.label, `${a.end ? 'text-anchor="end" ' : ''}fill="${p.text}"`));
  }
  if (l.reference) {
    out.push(`<line x1="${n(margin.left)}" x2="${n(right)}" y1="${n(l.reference.y)}" y2="${n(l.reference.y)}" stroke="${p.text}" stroke-opacity="0.55" stroke-width="1"/>`);
    if (t.reference) out.push(text(margin.left + 4, l.reference.y - 5, t.reference, `fill="${p.text}"`));
  }
  // Context lines (grey) first, so the series in colour are drawn over them.
  for (const s of [...l.series.filter((x) => !x.role.accent), ...l.series.filter((x) => x.role.accent)]) {
    const color = seriesColor(s, p);
    const width = s.role.accent ? 2.5 : 1.5;
    const stroke = `fill="none" stroke="${color}" stroke-width="${width}" stroke-linejoin="round" stroke-linecap="round"`;
    if (s.band) out.push(`<path d="${s.band}" fill="${color}" fill-opacity="0.18"/>`);
    if (s.line) out.push(`<path d="${s.line}" ${stroke}/>`);
    // Dashes say one thing only: the segment reaches a preliminary, estimated or partial figure.
    if (s.provisional) out.push(`<path d="${s.provisional}" ${stroke} stroke-dasharray="4 3"/>`);
    for (const m of s.markers) out.push(marker(s.shape, m.x, m.y, m.hollow, color, bg));
  }
  for (const e of t.endLabels ? l.endLabels : []) {
    const name = e.name ? `<tspan font-weight="400">${escapeXml(e.name)} </tspan>` : '';
    out.push(`<text x="${n(e.x)}" y="${n(e.y + PLOT_TEXT * 0.32)}" font-size="${PLOT_TEXT}" font-weight="700" fill="${seriesColor(l.series[e.index]!, p)}">${name}${escapeXml(e.value)}</text>`);
  }
  return out.join('\n');
}

/** The sources line, as the elements write it: "Fuente: INEGI (publisher); …", and the date of the data. */
function sourcesLine(doc: ValidIndicator, info: LocaleInfo): string {
  if (!doc.sources.length) return '';
  const list = doc.sources.map((s) => `${s.name}${s.publisher ? ` (${s.publisher})` : ''}`).join('; ');
  const updated = doc.updated ? ` · ${msg(info.lang, 'updated', { date: formatDate(doc.updated, info.locale) })}` : '';
  return `${msg(info.lang, doc.sources.length > 1 ? 'sources' : 'source')}: ${list}${updated}`;
}

interface Figure {
  /** The series it speaks of, when several are drawn. */
  readonly label: string;
  /** Words before the number ("alrededor de"), set small above it. */
  readonly prefix: string;
  /** "−26 %", "17.0". */
  readonly value: string;
  /** "de 2012 a 2016", "por cada 100 mil habitantes, 2016". */
  readonly context: string;
}

/** The figure: the headline change, or else the last value of the first series. */
function figure(doc: ValidIndicator, model: ChartModel, words: TrendText, info: LocaleInfo, decimals: number): Figure | null {
  const h = words.headline;
  if (h) {
    // An approximate change is "alrededor de −26 %": the number is the figure, its qualifier goes above it.
    const m = /^(.*?)\s*([\u2212+]?[<>]?\d[\d.,\u00a0]*\s?%)$/.exec(h.change);
    return { label: h.label, prefix: m ? m[1]! : '', value: m ? m[2]! : h.change, context: msg(info.lang, 'headline', { change: '', start: h.start, end: h.end }).trim() };
  }
  const s = model.series.find((x) => x.valid > 0);
  if (!s) return null;
  const last = [...s.points].reverse().find((p) => p.y !== null)!;
  const value = formatValue(last.y, doc.unit, info, decimals);
  if (value === null) return null;
  return { label: model.series.length > 1 ? s.label : '', prefix: '', value, context: [unitPhrase(doc.unit, info, doc.lang), last.period.text].filter(Boolean).join(', ') };
}

/** The chart of a document as a standalone SVG: a social card (1200×630) or an image of a given size. */
export function chartImage(doc: ValidIndicator, o: ImageOptions = {}): ChartImage {
  const info = resolveLocale(o.lang ?? 'es');
  const width = o.card ? CARD.width : Math.round(o.width ?? DEFAULT_SIZE.width);
  const height = o.card ? CARD.height : Math.round(o.height ?? DEFAULT_SIZE.height);
  if (!(width >= MIN_SIZE.width && width <= MAX_SIZE.width && height >= MIN_SIZE.height && height <= MAX_SIZE.height)) {
    throw new ImageError(`the image must be ${MIN_SIZE.width}–${MAX_SIZE.width} px wide and ${MIN_SIZE.height}–${MAX_SIZE.height} px high, not ${width}×${height}`);
  }
  const missing = unknownSeries(doc, o.series);
  if (missing.length) throw new ImageError(`--series: no series “${missing.join('”, “')}” in the document (it has ${doc.series.map((s, i) => s.id ?? s.geo?.code ?? String(i + 1)).join(', ')})`);
  const palette = THEMES[o.theme === 'dark' ? 'dark' : 'light'];
  const t = (value: Text | undefined): string => textIn(value, info.locale, doc.lang);
  const decimals = documentDecimals(doc);
  const reference = o.reference ?? null;
  const model = chartModel(doc, { series: o.series ?? null, reference, info });
  const highlight = (o.highlight ?? '').split(',').map((key) => key.trim()).filter(Boolean);
  // The headline speaks of a series in colour (without highlight, not of the national reference among states).
  const lead = seriesRoles(model, highlight).map((r) => r.accent);
  const words = trendText(doc, model, { info, decimals, from: o.from ?? null, to: o.to ?? null, referenceLabel: reference === null ? null : msg(info.lang, 'reference'), lead });
  const warnings: string[] = [];

  // The type scale: every size a multiple of `u`, the smallest text; 24 px on a 1200 px card.
  const u = Math.max(12, Math.min(28, Math.round(width / 50)));
  const pad = 2 * u;
  const inner = width - 2 * pad;
  const title = t(doc.title);
  const titleBlock = block(title, { sizes: [2 * u, 1.75 * u, 1.5 * u], width: inner, maxLines: 2, weight: 'bold', lineHeight: 1.15 });
  const subtitleBlock = block(doc.subtitle === undefined ? '' : t(doc.subtitle), { sizes: [1.2 * u, u], width: inner, maxLines: 2, lineHeight: 1.25 });
  // Dashed segments reach a preliminary, estimated or partial figure: the source line says so, as the element's key does.
  const dashed = model.series.some((x) => x.points.some((p) => p.y !== null && provisional(p)));
  const sourceText = [sourcesLine(doc, info), dashed ? `\u2013\u2009\u2013 ${msg(info.lang, 'provisionalKey')}` : ''].filter(Boolean).join(' · ');
  const sourceBlock = block(sourceText, { sizes: [u], width: inner, maxLines: width < 720 ? 3 : 2, lineHeight: 1.3 });
  if (titleBlock.fitted.truncated) warnings.push('the title is cut with “…”: it does not fit in two lines');
  if (sourceBlock.fitted.truncated) warnings.push(`the sources line is cut with “…”: it does not fit in ${width < 720 ? 'three' : 'two'} lines`);

  let y = pad * 0.8;
  const parts: string[] = [];
  parts.push(drawBlock(titleBlock, pad, y, palette.text, 'bold'));
  y += titleBlock.height;
  if (subtitleBlock.height) {
    parts.push(drawBlock(subtitleBlock, pad, y, palette.muted, 'regular'));
    y += subtitleBlock.height;
  }
  y += u * 0.75;
  const sourceTop = height - pad * 0.6 - sourceBlock.height;
  const plotBottom = sourceTop - u * 0.6;

  // The figure: a column at the left of the plot when the image is wide, else a row above it.
  const fig = figure(doc, model, words, info, decimals);
  let plotLeft = pad;
  if (fig) {
    const wide = width >= 720;
    const bigSizes = [3.5 * u, 3 * u, 2.5 * u, 2 * u];
    if (wide) {
      const longest = (text: string, weight: Weight) => Math.max(0, ...text.split(/\s+/).map((word) => textWidth(word, u, weight)));
      // Wide enough for the number and every word; for the periods on one line too when that costs the plot little.
      const oneLine = textWidth(plain(fig.context), 1.1 * u);
      const column = Math.min(inner * 0.3, Math.max(8 * u, textWidth(fig.value, bigSizes[0]!, 'bold'), longest(fig.label, 'bold'), longest(fig.context, 'regular'), oneLine <= inner * 0.25 ? oneLine : 0));
      const label = block(fig.label, { sizes: [1.1 * u, u], width: column, maxLines: 2, weight: 'bold', lineHeight: 1.2 });
      const prefix = block(fig.prefix, { sizes: [1.1 * u, u], width: column, maxLines: 2, lineHeight: 1.2 });
      const big = block(fig.value, { sizes: bigSizes, width: column, maxLines: 1, weight: 'bold', lineHeight: 1.1 });
      const context = block(fig.context, { sizes: [1.1 * u, u], width: column, maxLines: 4, lineHeight: 1.25 });
      let fy = y + u * 0.5;
      parts.push(drawBlock(label, pad, fy, palette.text, 'bold'));
      fy += label.height;
      parts.push(drawBlock(prefix, pad, fy, palette.text, 'regular'));
      fy += prefix.height;
      parts.push(drawBlock(big, pad, fy, palette.text, 'bold'));
      fy += big.height;
      parts.push(drawBlock(context, pad, fy, palette.muted, 'regular'));
      plotLeft = pad + column + u;
    } else {
      // One row: the qualifier ("alrededor de"), the number, then the place and the periods.
      const prefix = block(fig.prefix, { sizes: [u], width: inner * 0.3, maxLines: 2, lineHeight: 1.2 });
      const prefixWidth = fig.prefix ? Math.max(...prefix.fitted.lines.map((line) => textWidth(line, u))) + u * 0.4 : 0;
      const big = block(fig.value, { sizes: bigSizes.slice(1), width: inner * 0.45, maxLines: 1, weight: 'bold', lineHeight: 1.1 });
      const used = prefixWidth + textWidth(big.fitted.lines[0] ?? '', big.fitted.size, 'bold') + u * 0.5;
      const context = block([fig.label, fig.context].filter(Boolean).join(', '), { sizes: [u], width: inner - used, maxLines: 2, lineHeight: 1.2 });
      const rowHeight = Math.max(big.height, context.height, prefix.height);
      parts.push(drawBlock(prefix, pad, y + (rowHeight - prefix.height) / 2, palette.text, 'regular'));
      parts.push(drawBlock(big, pad + prefixWidth, y + (rowHeight - big.height) / 2, palette.text, 'bold'));
      parts.push(drawBlock(context, pad + used, y + (rowHeight - context.height) / 2, palette.muted, 'regular'));
      y += rowHeight + u * 0.5;
    }
  }

  // A legend when the lines' ends cannot name the series.
  const k = u / PLOT_TEXT;
  const plotWidth = width - pad - plotLeft;
  const annotations = (doc.annotations ?? []).map((a) => ({ period: periodOf(a), label: t(a.label) }));
  const format = (v: number): string => formatValue(v, doc.unit, info, decimals) ?? '';
  const layoutOptions = { info, unit: doc.unit.type, annotations, showPoints: o.showPoints === true, highlight, format };
  const layoutAt = (w: number, h: number) => chartLayout(model, { width: w / k, height: h / k }, layoutOptions);
  const probe = layoutAt(plotWidth, Math.max(1, plotBottom - y));
  if (isLayout(probe) && probe.legend) {
    if (model.series.length > MAX_LEGEND) {
      warnings.push(`${model.series.length} series in one image, too many to name: choose a few with --series (for example --series ${model.series.slice(0, 2).map((s) => s.key).join(',')})`);
    } else {
      const swatch = 2.2 * u;
      let lx = plotLeft;
      let ly = y;
      const rowHeight = u * 1.4;
      const items: string[] = [];
      model.series.forEach((s, i) => {
        const label = plain(s.label);
        const w = swatch + u * 0.4 + textWidth(label, u) + u;
        if (lx > plotLeft && lx + w > width - pad) {
          lx = plotLeft;
          ly += rowHeight;
        }
        const sl = probe.series[i]!;
        const color = seriesColor(sl, palette);
        const mid = ly + rowHeight / 2;
        items.push(`<g transform="translate(${n(lx)} ${n(mid)}) scale(${n(k)})"><line x1="0" x2="${n(swatch / k)}" y1="0" y2="0" stroke="${color}" stroke-width="${sl.role.accent ? 2.5 : 1.5}" stroke-linecap="round"/>${marker(sl.shape, swatch / k / 2, 0, false, color, palette.bg)}</g>`);
        items.push(`<text x="${n(lx + swatch + u * 0.4)}" y="${n(mid + u * 0.35)}" font-size="${n(u)}" fill="${palette.text}">${escapeXml(label)}</text>`);
        lx += w;
      });
      parts.push(items.join('\n'));
      y = ly + rowHeight + u * 0.4;
    }
  }

  const plotHeight = plotBottom - y;
  if (plotHeight < 5 * u) throw new ImageError(`the image is too small for its text and a plot: ${width}×${height} leaves ${Math.round(plotHeight)} px for the plot; make it larger (--width, --height)`);
  const referenceText = (): string => {
    if (model.reference === null) return '';
    const label = doc.reference && reference === null ? t(doc.reference.label) : msg(info.lang, 'reference');
    return `${label}: ${formatValue(model.reference, doc.unit, info, decimals)}`;
  };
  // Lay out, measure what runs past the box, and lay out again inside it (twice is enough: ticks settle).
  let shift = 0;
  let layout = layoutAt(plotWidth, plotHeight);
  let plotText: PlotText = { reference: referenceText(), endLabels: true };
  for (let pass = 0; pass < 3 && isLayout(layout); pass++) {
    plotText = { ...plotText, endLabels: endLabelsInside(layout) };
    const over = overflow(layout, plotText);
    if (over.left === 0 && over.right === 0) break;
    shift += over.left;
    layout = chartLayout(model, { width: layout.width - over.left - over.right, height: layout.height }, layoutOptions);
  }
  if (!isLayout(layout)) throw new ImageError(`the data is valid but cannot be drawn: ${layout.failure}`);
  plotText = { ...plotText, endLabels: endLabelsInside(layout) };
  if (!plotText.endLabels) warnings.push(`the values at the ends of ${model.series.length} lines do not fit above one another and are left out: choose fewer series with --series`);
  parts.push(`<g transform="translate(${n(plotLeft + shift * k)} ${n(y)}) scale(${n(k)})">\n${drawPlot(layout, plotText, palette, palette.bg)}\n</g>`);
  parts.push(drawBlock(sourceBlock, pad, sourceTop, palette.muted, 'regular'));

  const span = chartSpan(model, info);
  const alt = [words.name ? `${words.name}.` : '', fig ? `${fig.label ? `${fig.label}: ` : ''}${[fig.prefix, fig.value, fig.context].filter(Boolean).join(' ')}.` : '', words.summary, words.marks, sourcesLine(doc, info)].filter(Boolean).join(' ');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${FONT_FAMILY}, sans-serif" role="img" aria-label="${escapeXml(words.name || title)}" lang="${escapeXml(info.locale)}">
<title>${escapeXml([title, span].filter(Boolean).join(', '))}</title>
<desc>${escapeXml(alt)}</desc>
<rect width="${width}" height="${height}" fill="${palette.bg}"/>
${parts.filter(Boolean).join('\n')}
</svg>
`;
  return { svg, width, height, title, alt, warnings };
}
