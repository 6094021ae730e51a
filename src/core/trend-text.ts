/**
 * What the trend chart says in words, computed once with its model: its name, the
 * headline change, one sentence per series (DESIGN §2a: comparable periods, partial
 * figures said with their coverage, the path's extremes), the reference line and
 * annotations, and each point as the keyboard announces it. Pure, tested in Node.
 */
import type { ChartModel } from './chart.js';
import { chartSpan, coveredSpan, mostSharedPeriod } from './chart.js';
import { periodWithQualifiers } from './comparable.js';
import type { LocaleInfo } from './format.js';
import { msg } from './messages/trend.js';
import { formatPeriod, periodKey, periodOf } from './period.js';
import { speak } from './speech.js';
import type { Text, ValidIndicator } from './schema.js';
import { capitalize, changeText, describeChange, describePartial, formatValue, headline, partialTail, qualify, unitPhrase, type Headline } from './summary.js';
import { textIn } from './text.js';

export interface TrendHeadline {
  /** The series it speaks of, when the chart has several ("Chihuahua: "). */
  readonly label: string;
  /** "−26 %", "alrededor de −26 %". */
  readonly change: string;
  /** "2012", "2016 (ene–mar, preliminar)". */
  readonly start: string;
  readonly end: string;
}

export interface TrendText {
  /** The chart's accessible name: title, places, span. */
  readonly name: string;
  readonly headline: TrendHeadline | null;
  /** The author's description (read first), then one sentence or two per series. */
  readonly summary: string;
  /** The reference line and annotations in words. */
  readonly marks: string;
  /**
   * The same, written for speech (core/speech.ts), and what only a screen reader hears: the
   * chart's type, axes and counts, and every point in the reading order (DESIGN §5).
   */
  readonly said: SaidText;
}

/** What a screen reader is given: spoken forms, never shown. */
export interface SaidText {
  /** The SVG's name: "Gráfica de líneas: Homicidios dolosos, Nacional, 1990 a 2008". */
  readonly name: string;
  /** "Una serie de 19 puntos. Eje X: años, de 1990 a 2008. Eje Y: tasa por cada 100 mil habitantes, de 8.3 a 17.3." */
  readonly description: string;
  /** The plot's name as a keyboard stop: "Homicidios dolosos: explorar con las flechas". */
  readonly explore: string;
  /** The reference line and annotations. */
  readonly marks: string;
  /**
   * One list per series, in the reading order: its heading and its points. Points are listed
   * only up to `MAX_LISTED_POINTS` in all (a 50,000-point series is read in the table, not
   * in a list nobody can finish); `listed` says whether they are.
   */
  readonly series: readonly SaidSeries[];
  readonly listed: boolean;
}

export interface SaidSeries {
  /** "Nacional: 19 puntos." (with many series, the series' own change sentence too). */
  readonly heading: string;
  /** "1990: 13.7", "1995: sin datos", "2016 (enero a marzo, preliminar): 8.1". */
  readonly points: readonly string[];
}

export interface TrendTextOptions {
  readonly info: LocaleInfo;
  readonly decimals: number;
  readonly from?: string | null;
  readonly to?: string | null;
  /** The reference's label when the element's own `reference` replaced the document's. */
  readonly referenceLabel?: string | null;
  /** Which series the headline speaks of first (a highlighted one); default: the first with two values. */
  readonly lead?: readonly boolean[];
}

const text = (doc: ValidIndicator, info: LocaleInfo) => (value: Text | undefined): string => textIn(value, info.locale, doc.lang);

/** The sentences of a series: its change, then its partial last figure when the change left it out. */
function seriesSentences(doc: ValidIndicator, model: ChartModel, index: number, h: Headline | null, o: TrendTextOptions): string[] {
  const s = model.series[index]!;
  const { info, decimals } = o;
  const tail = o.to ? null : partialTail(s.source.observations, h);
  const tailHead = tail ? headline(s.source.observations, null, tail.period.text) : null;
  const clauses = [
    h ? describeChange(h, doc.unit, info, decimals, doc.lang) : '',
    tail ? (tailHead ? describeChange(tailHead, doc.unit, info, decimals, doc.lang) : describePartial(tail, doc.unit, info, decimals, doc.lang)) : '',
  ].filter(Boolean);
  return clauses.map((clause) => (model.series.length > 1 || s.source.geo ? `${s.label}: ${clause}.` : `${capitalize(clause, info.locale)}.`));
}

/** Everything the chart says in words, for a model and the element's options. */
export function trendText(doc: ValidIndicator, model: ChartModel, o: TrendTextOptions): TrendText {
  const { info } = o;
  const t = text(doc, info);
  const heads = model.series.map((s) => headline(s.source.observations, o.from, o.to));
  const led = model.series.findIndex((s, i) => s.valid >= 2 && (o.lead?.[i] ?? true));
  const firstIndex = led >= 0 ? led : Math.max(0, model.series.findIndex((s) => s.valid >= 2));
  const head = heads[firstIndex] ?? null;
  const change = head?.comparable ? changeText(head, info) : null;
  const sentences = model.series.flatMap((_, i) => seriesSentences(doc, model, i, heads[i] ?? null, o));
  const description = doc.description === undefined ? '' : t(doc.description);
  // Many series are summarised (highest, lowest, how many rose and fell), never listed in the
  // name or said one sentence each: their sentences head their lists instead.
  const many = model.series.length > MANY_SERIES;
  const places = many ? msg(info.lang, 'manySeries', { count: model.series.length }) : model.series.map((s) => s.label).join(', ');
  const name = [t(doc.title), places, chartSpan(model, info)].filter(Boolean).join(', ');
  const summary = [description, ...(many ? manySummary(doc, model, heads, o) : sentences)].filter(Boolean).join(' ');
  const marks = describeMarks(doc, model, o);
  const bySeries = model.series.map((_, i) => seriesSentences(doc, model, i, heads[i] ?? null, o).join(' '));
  const listed = model.series.reduce((n, s) => n + s.points.length, 0) <= MAX_LISTED_POINTS;
  return {
    name,
    headline: head && change
      ? {
        label: model.series.length > 1 ? model.series[firstIndex]!.label : '',
        change,
        start: periodWithQualifiers(head.from.observation, head.from.period, info),
        end: periodWithQualifiers(head.to.observation, head.to.period, info),
      }
      : null,
    summary,
    marks,
    said: {
      name: speak(`${msg(info.lang, 'chartType')}: ${name}`, info),
      description: speak(describeChart(doc, model, o), info),
      explore: speak(msg(info.lang, 'explore', { title: t(doc.title) }), info),
      marks: speak(marks, info),
      series: model.series.map((s, i) => ({
        heading: speak(many ? `${bySeries[i] || `${s.label}.`} ${msg(info.lang, 'seriesPoints', { label: s.label, count: s.points.length }).replace(`${s.label}: `, '')}` : msg(info.lang, 'seriesPoints', { label: s.label, count: s.points.length }), info),
        points: listed ? s.points.map((_, j) => speak(describePoint(doc, model, { s: i, i: j }, { info, decimals: o.decimals }, 'item'), info)) : [],
      })),
      listed,
    },
  };
}

/** More series than this are summarised, not listed one by one. */
export const MANY_SERIES = 5;

/** More points than this (all series together) are not listed for screen readers: the table holds them. */
export const MAX_LISTED_POINTS = 1000;

/**
 * The chart described for a screen reader: how many series and points, then both axes with
 * their unit and the range of the data ("Eje X: años, de 1990 a 2008. Eje Y: tasa por cada
 * 100 mil habitantes, de 8.3 a 17.3."). Shown form; `trendText` gives it spoken.
 */
export function describeChart(doc: ValidIndicator, model: ChartModel, o: Pick<TrendTextOptions, 'info' | 'decimals'>): string {
  const { info, decimals } = o;
  const points = model.series.reduce((n, s) => n + s.points.length, 0);
  const counts = model.series.length === 1
    ? msg(info.lang, 'counts.one', { points })
    : msg(info.lang, 'counts.other', { series: model.series.length, points });
  const parts = [counts];
  const span = coveredSpan(model);
  if (span) parts.push(msg(info.lang, 'axis.x', { unit: msg(info.lang, `xUnit.${model.granularity}`), from: formatPeriod(span.first, info, 'long'), to: formatPeriod(span.last, info, 'long') }));
  let min = Infinity;
  let max = -Infinity;
  for (const s of model.series) {
    for (const p of s.points) {
      if (p.y === null) continue;
      min = Math.min(min, p.y);
      max = Math.max(max, p.y);
    }
  }
  if (Number.isFinite(min)) {
    const unit = doc.unit.type === 'rate' ? msg(info.lang, 'yUnit.rate', { phrase: unitPhrase(doc.unit, info, doc.lang) })
      : doc.unit.type === 'count' && doc.unit.of !== undefined ? unitPhrase(doc.unit, info, doc.lang)
        : msg(info.lang, `yUnit.${doc.unit.type}`);
    parts.push(msg(info.lang, 'axis.y', { unit, min: formatValue(min, doc.unit, info, decimals)!, max: formatValue(max, doc.unit, info, decimals)! }));
  }
  return parts.join(' ');
}

/**
 * Many series in two sentences: the highest and lowest at the latest period most series
 * share, and how many rose and fell over their headline change.
 */
function manySummary(doc: ValidIndicator, model: ChartModel, heads: readonly (Headline | null)[], o: TrendTextOptions): string[] {
  const { info, decimals } = o;
  const out: string[] = [];
  const best = mostSharedPeriod(model.series);
  if (best && best.n >= 2) {
    const at = model.series.flatMap((s) => s.points.filter((p) => p.y !== null && p.observation.coverage === undefined && periodKey(p.period) === periodKey(best.period)).map((p) => ({ label: s.label, y: p.y! })));
    const high = at.reduce((a, b) => (b.y > a.y ? b : a));
    const low = at.reduce((a, b) => (b.y < a.y ? b : a));
    const show = (v: number) => formatValue(v, doc.unit, info, decimals)!;
    out.push(msg(info.lang, 'manyExtremes', { period: formatPeriod(best.period, info, 'long'), high: high.label, highValue: show(high.y), low: low.label, lowValue: show(low.y) }));
  }
  const moved = heads.filter((h): h is Headline => !!h && h.comparable);
  if (moved.length) {
    const up = moved.filter((h) => h.to.observation.value > h.from.observation.value).length;
    const down = moved.filter((h) => h.to.observation.value < h.from.observation.value).length;
    out.push(msg(info.lang, 'manyMoves', { count: model.series.length, up, down }));
  }
  return out;
}

/** The reference line and the annotations in words: drawn in the SVG, they must be readable as text too. */
export function describeMarks(doc: ValidIndicator, model: ChartModel, o: TrendTextOptions): string {
  const { info, decimals } = o;
  const t = text(doc, info);
  const parts: string[] = [];
  if (model.reference !== null) {
    const label = o.referenceLabel ?? (doc.reference ? t(doc.reference.label) : msg(info.lang, 'reference'));
    parts.push(msg(info.lang, 'refLine', { label, value: formatValue(model.reference, doc.unit, info, decimals) ?? '' }));
  }
  const annotations = (doc.annotations ?? []).map((a) => `${formatPeriod(periodOf(a), info, 'long')}: ${t(a.label)}`);
  if (annotations.length) parts.push(msg(info.lang, 'marked', { list: annotations.join('; ') }));
  return parts.join(' ');
}

/** A point as the keyboard announces it and the tooltip shows it: "Chihuahua, 2010: 101.9 por cada 100 mil habitantes (preliminar). Nota". */
export function describePoint(doc: ValidIndicator, model: ChartModel, focus: { readonly s: number; readonly i: number }, o: Pick<TrendTextOptions, 'info' | 'decimals'>, form: 'announce' | 'item' = 'announce'): string {
  const s = model.series[focus.s];
  const p = s?.points[focus.i];
  if (!s || !p) return '';
  const { info, decimals } = o;
  const obs = p.observation;
  // A list item is under its series' heading, which says the unit: "1990: 13.7".
  const unit = form === 'item' ? '' : unitPhrase(doc.unit, info, doc.lang);
  const show = (v: number) => formatValue(v, doc.unit, info, decimals)!;
  const interval = typeof obs.lower === 'number' && typeof obs.upper === 'number' ? ` (${msg(info.lang, 'interval', { lower: show(obs.lower), upper: show(obs.upper) })})` : '';
  const value = p.y === null ? msg(info.lang, 'noData') : `${qualify(show(p.y), obs.qualifier, info)} ${unit}`.trim() + interval;
  const note = obs.note === undefined ? '' : `. ${text(doc, info)(obs.note)}`;
  const place = model.series.length > 1 && form === 'announce' ? `${s.label}, ` : '';
  return `${place}${periodWithQualifiers(obs, p.period, info, 'long')}: ${value}${note}`;
}
