/**
 * The data table: every plotted value in a real table (caption, column headers, a
 * header cell per row), paged by 100 rows. Its rows are built only when it is open.
 * A row for every period of the span (gaps say "sin datos"), intervals, coverage and
 * status in words; periods and numbers with their spoken twins (base/said.ts).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { tableRows, type ChartModel, type ChartPoint } from '../../core/chart.js';
import { qualifiersText } from '../../core/comparable.js';
import { formatNumber, type LocaleInfo } from '../../core/format.js';
import { msg } from '../../core/messages/trend.js';
import { formatPeriod, periodKey, type Period } from '../../core/period.js';
import { said } from '../../base/said.js';
import type { ValidIndicator } from '../../core/schema.js';
import { formatValue, qualify } from '../../core/summary.js';

/** Rows of the data table shown at once; longer tables page. */
export const PAGE = 100;

export interface TableView {
  readonly doc: ValidIndicator;
  readonly model: ChartModel;
  readonly info: LocaleInfo;
  readonly decimals: number;
  readonly title: string;
  readonly unit: string;
  readonly open: boolean;
  readonly page: number;
  readonly onPage: (page: number) => void;
}

function cell(p: ChartPoint | undefined, v: TableView): TemplateResult {
  const { doc, info, decimals } = v;
  if (!p || p.y === null) return html`<td class="muted">${msg(info.lang, 'noData')}</td>`;
  const o = p.observation;
  const show = (x: number) => formatValue(x, doc.unit, info, decimals)!;
  const interval = typeof o.lower === 'number' && typeof o.upper === 'number' ? ` (${msg(info.lang, 'interval', { lower: show(o.lower), upper: show(o.upper) })})` : '';
  // Coverage and status in words, as everywhere the figure is used (DESIGN §2a).
  return html`<td>${said(`${qualify(show(p.y), o.qualifier, info)}${interval}${qualifiersText(o, info)}`, info)}</td>`;
}

const rowsOf = new WeakMap<ChartModel, Period[]>();

/** Every period of the span, computed once per model. */
function rowsFor(model: ChartModel): Period[] {
  let rows = rowsOf.get(model);
  if (!rows) {
    rows = tableRows(model);
    rowsOf.set(model, rows);
  }
  return rows;
}

/** The table in its scroll box: a named, focusable region so a keyboard can scroll a wide table. */
export function renderTable(v: TableView): TemplateResult {
  const { model, info } = v;
  const all = v.open ? rowsFor(model) : model.rows;
  const total = all.length;
  const pages = Math.max(1, Math.ceil(total / PAGE));
  const page = Math.min(v.page, pages - 1);
  if (!v.open) return html`<div class="data" id="data" lang=${info.locale} hidden></div>`;
  const rows = all.slice(page * PAGE, page * PAGE + PAGE);
  // One lookup per series: period → point.
  const lookup = model.series.map((s) => new Map(s.points.map((p) => [periodKey(p.period), p])));
  const n = (x: number) => formatNumber(x, info.locale, 0)!;
  return html`<div class="data" id="data" role="region" tabindex="0" aria-label=${v.title} lang=${info.locale}>
    <table part="table">
      <caption>${said(v.title, info)}${v.unit ? html` (${said(v.unit, info)})` : nothing}</caption>
      <thead><tr><th scope="col">${msg(info.lang, 'periodHeader')}</th>${model.series.map((s) => html`<th scope="col">${s.label}</th>`)}</tr></thead>
      <tbody>${rows.map((r) => html`<tr><th scope="row">${said(formatPeriod(r, info), info)}</th>${lookup.map((m) => cell(m.get(periodKey(r)), v))}</tr>`)}</tbody>
    </table>
    ${pages > 1 ? html`<div class="pager">
      <button type="button" ?disabled=${page === 0} @click=${() => v.onPage(page - 1)}>${msg(info.lang, 'previous')}</button>
      <span aria-live="polite">${said(msg(info.lang, 'rows', { from: n(page * PAGE + 1), to: n(Math.min(total, page * PAGE + PAGE)), total: n(total) }), info)}</span>
      <button type="button" ?disabled=${page >= pages - 1} @click=${() => v.onPage(page + 1)}>${msg(info.lang, 'next')}</button>
    </div>` : nothing}
  </div>`;
}
