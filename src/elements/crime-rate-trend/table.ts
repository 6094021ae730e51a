/**
 * The data table: every plotted value in a real table (caption, column headers, a
 * header cell per row), paged by 100 rows. Its rows are built only when it is open.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { ChartModel, ChartPoint } from '../../core/chart.js';
import { qualifiersText } from '../../core/comparable.js';
import { formatNumber, type LocaleInfo } from '../../core/format.js';
import { msg } from '../../core/messages/trend.js';
import { formatPeriod, periodKey } from '../../core/period.js';
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
  // Coverage and status in words, as everywhere the figure is used (DESIGN §2a).
  return html`<td>${qualify(formatValue(p.y, doc.unit, info, decimals)!, o.qualifier, info)}${qualifiersText(o, info)}</td>`;
}

/** The table in its scroll box: a named, focusable region so a keyboard can scroll a wide table. */
export function renderTable(v: TableView): TemplateResult {
  const { model, info } = v;
  const total = model.rows.length;
  const pages = Math.max(1, Math.ceil(total / PAGE));
  const page = Math.min(v.page, pages - 1);
  if (!v.open) return html`<div class="data" id="data" hidden></div>`;
  const rows = model.rows.slice(page * PAGE, page * PAGE + PAGE);
  // One lookup per series: period → point.
  const lookup = model.series.map((s) => new Map(s.points.map((p) => [periodKey(p.period), p])));
  const n = (x: number) => formatNumber(x, info.locale, 0)!;
  return html`<div class="data" id="data" role="region" tabindex="0" aria-label=${v.title}>
    <table part="table">
      <caption>${v.title}${v.unit ? html` (${v.unit})` : nothing}</caption>
      <thead><tr><th scope="col">${msg(info.lang, 'periodHeader')}</th>${model.series.map((s) => html`<th scope="col">${s.label}</th>`)}</tr></thead>
      <tbody>${rows.map((r) => html`<tr><th scope="row">${formatPeriod(r, info)}</th>${lookup.map((m) => cell(m.get(periodKey(r)), v))}</tr>`)}</tbody>
    </table>
    ${pages > 1 ? html`<div class="pager">
      <button type="button" ?disabled=${page === 0} @click=${() => v.onPage(page - 1)}>${msg(info.lang, 'previous')}</button>
      <span aria-live="polite">${msg(info.lang, 'rows', { from: n(page * PAGE + 1), to: n(Math.min(total, page * PAGE + PAGE)), total: n(total) })}</span>
      <button type="button" ?disabled=${page >= pages - 1} @click=${() => v.onPage(page + 1)}>${msg(info.lang, 'next')}</button>
    </div>` : nothing}
  </div>`;
}
