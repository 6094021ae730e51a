/**
 * What the trend chart says in words, computed once with its model: its name, the
 * headline change, one sentence per series (DESIGN §2a: comparable periods, partial
 * figures said with their coverage, the path's extremes), the reference line and
 * annotations, and each point as the keyboard announces it. Pure, tested in Node.
 */
import type { ChartModel } from './chart.js';
import { chartSpan } from './chart.js';
import { periodWithQualifiers } from './comparable.js';
import type { LocaleInfo } from './format.js';
import { msg } from './messages/trend.js';
import { formatPeriod, periodOf } from './period.js';
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
}

export interface TrendTextOptions {
  readonly info: LocaleInfo;
  readonly decimals: number;
  readonly from?: string | null;
  readonly to?: string | null;
  /** The reference's label when the element's own `reference` replaced the document's. */
  readonly referenceLabel?: string | null;
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
  const firstIndex = Math.max(0, model.series.findIndex((s) => s.valid >= 2));
  const head = heads[firstIndex] ?? null;
  const change = head?.comparable ? changeText(head, info) : null;
  const sentences = model.series.flatMap((_, i) => seriesSentences(doc, model, i, heads[i] ?? null, o));
  const description = doc.description === undefined ? '' : t(doc.description);
  return {
    name: [t(doc.title), model.series.map((s) => s.label).join(', '), chartSpan(model, info)].filter(Boolean).join(', '),
    headline: head && change
      ? {
        label: model.series.length > 1 ? model.series[firstIndex]!.label : '',
        change,
        start: periodWithQualifiers(head.from.observation, head.from.period, info),
        end: periodWithQualifiers(head.to.observation, head.to.period, info),
      }
      : null,
    summary: [description, ...sentences].filter(Boolean).join(' '),
    marks: describeMarks(doc, model, o),
  };
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
export function describePoint(doc: ValidIndicator, model: ChartModel, focus: { readonly s: number; readonly i: number }, o: Pick<TrendTextOptions, 'info' | 'decimals'>): string {
  const s = model.series[focus.s];
  const p = s?.points[focus.i];
  if (!s || !p) return '';
  const { info, decimals } = o;
  const obs = p.observation;
  const value = p.y === null ? msg(info.lang, 'noData') : `${qualify(formatValue(p.y, doc.unit, info, decimals)!, obs.qualifier, info)} ${unitPhrase(doc.unit, info, doc.lang)}`.trim();
  const note = obs.note === undefined ? '' : `. ${text(doc, info)(obs.note)}`;
  const place = model.series.length > 1 ? `${s.label}, ` : '';
  return `${place}${periodWithQualifiers(obs, p.period, info, 'long')}: ${value}${note}`;
}
