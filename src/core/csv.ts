/**
 * The CSV download: one row per observation, long format, so it opens cleanly in any
 * spreadsheet, and every row carries its unit and source. Text cells that a
 * spreadsheet would run as a formula (=, +, -, @, tab, CR) are prefixed with an
 * apostrophe; numbers are written plainly, with a dot. A partial figure carries its
 * `coverage` (the last column, so earlier columns keep their places), so a spreadsheet
 * never takes it for a whole period.
 */
import type { LocaleInfo } from './format.js';
import type { ValidIndicator } from './schema.js';
import { seriesLabel, selectSeries } from './chart.js';
import { unitPhrase } from './summary.js';
import { textIn } from './text.js';

function cell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  let text = value;
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const HEADER = ['period', 'series', 'code', 'value', 'lower', 'upper', 'count', 'population', 'status', 'qualifier', 'unit', 'source', 'note', 'coverage'];

/** The document's observations as CSV text (RFC 4180, CRLF line ends), in the element's language. */
export function toCsv(doc: ValidIndicator, info: LocaleInfo, seriesAttr?: string | null): string {
  const t = (text: Parameters<typeof textIn>[0]) => textIn(text, info.locale, doc.lang);
  const unit = [doc.unit.type, unitPhrase(doc.unit, info, doc.lang)].filter(Boolean).join(': ');
  const source = doc.sources.map((s) => [s.name, s.publisher, s.url].filter(Boolean).join(', ')).join('; ');
  const notes = (doc.notes ?? []).map(t).join(' ');
  const lines = [HEADER.join(',')];
  for (const { series, index } of selectSeries(doc, seriesAttr)) {
    const label = seriesLabel(series, index, info, doc.lang);
    for (const o of series.observations) {
      const note = [o.note === undefined ? '' : t(o.note), notes].filter(Boolean).join(' ');
      lines.push([o.period, label, series.geo?.code ?? series.id, o.value, o.lower, o.upper, o.count, o.population, o.status, o.qualifier, unit, source, note, o.coverage].map(cell).join(','));
    }
  }
  return lines.join('\r\n') + '\r\n';
}
