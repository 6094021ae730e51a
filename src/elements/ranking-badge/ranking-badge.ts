import { html, css, nothing } from 'lit';
import type { LocaleInfo } from '../../core/format.js';
import { msg } from '../../core/messages/rank.js';
import { periodWithQualifiers } from '../../core/comparable.js';
import type { RankOrder } from '../../core/rank.js';
import { placeRank, rankPhrase, type PlaceRank } from '../../core/ranking.js';
import type { ValidIndicator } from '../../core/schema.js';
import { formatValue, unitPhrase } from '../../core/summary.js';
import { seriesKey } from '../../core/chart.js';
import { textIn } from '../../core/text.js';
import { CifraElement, type Shorthand } from '../../base/cifra-element.js';
import { said } from '../../base/said.js';
import type { LoadFailure } from '../../data/loader.js';
import { seriesProblem } from '../../base/compact.js';
import { NO_PERIOD, NO_SOURCE, numberAttr, placeGeo, textAttr } from '../../base/attributes.js';
import { compactStyles, renderSources } from '../../base/compact.js';

/** Longer rankings are not drawn as a strip: a cell would be too thin to see. */
const MAX_STRIP = 64;

/**
 * A compact, text-first ranking: "1.º lugar nacional · Sistema 9-1-1 · 2025",
 * stated by a `rank` document or the shorthand attributes, or computed among the
 * places of a cross-section document (`series="01"`), ties ranked 1, 1, 3.
 *
 * @tagname ranking-badge
 * @summary A place's rank, with what it ranks among, the period and who says so.
 * @fires cifra-ready - The document was validated and is shown. `detail: { data }`.
 * @fires cifra-error - The document could not be shown. `detail: { code, message, problems? }`.
 * @csspart frame - The box that keeps the reserved size in every state.
 * @csspart rank - The rank in words ("3.º lugar (empate) de 32").
 * @csspart summary - What is ranked: place, subject and period.
 * @csspart strip - The position strip (attribute `strip`).
 * @csspart source - The source line.
 * @csspart error - The visible error message.
 * @cssprop --cifra-color-text - Text colour.
 * @cssprop --cifra-color-background - Background colour.
 * @cssprop --cifra-color-accent - The marked cell of the strip.
 * @cssprop --cifra-font-family - Font family.
 */
export class RankingBadge extends CifraElement {
  static override styles = [
    ...CifraElement.styles,
    compactStyles,
    css`
      .frame {
        min-height: 6.5em;
      }
      .rank {
        display: flex;
        align-items: center;
        gap: 0.5em;
        font-size: 1.375em;
        font-weight: 700;
        margin: 0 0 0.15em;
      }
      .medal {
        display: inline-grid;
        place-items: center;
        flex: none;
        width: 1.9em;
        height: 1.9em;
        border-radius: 50%;
        border: 3px solid var(--_text);
        font-size: 0.8em;
        color: #1f2328;
      }
      /* Three styles that differ in shape of the ring too, not only in colour. */
      .medal.m1 {
        background: #f2c94c;
        border-style: double;
        border-width: 5px;
      }
      .medal.m2 {
        background: #d0d7de;
        border-style: double;
        border-width: 4px;
      }
      .medal.m3 {
        background: #e0a574;
        border-style: solid;
      }
      /* A computed rank may be of something bad (the highest homicide rate): no metals, same ring shapes. */
      .medal.neutral {
        background: var(--_bg);
        color: var(--_text);
      }
      .order {
        font-size: 0.8125em;
        color: var(--_muted);
      }
      .strip {
        display: flex;
        align-items: flex-end;
        gap: 1px;
        height: 2.25em;
        margin: 0.35em 0 0.15em;
      }
      .cell {
        flex: 1 1 0;
        min-width: 2px;
        height: 40%;
        background: var(--_grid);
      }
      .cell.tie {
        height: 60%;
        background: var(--_muted);
      }
      .cell.me {
        position: relative;
        height: 100%;
        min-width: 0.75em;
        background: var(--_accent);
        outline: 2px solid var(--_text);
      }
      .strip-label {
        font-size: 0.8125em;
        display: flex;
        justify-content: space-between;
        color: var(--_muted);
      }
      /* The strip's cells read --_grid, --_muted, --_accent and --_text, mapped to system colours in forcedColorStyles. */
      @media (forced-colors: active) {
        .medal {
          forced-color-adjust: none;
          background: Canvas;
          color: CanvasText;
          border-color: CanvasText;
        }
      }
    `,
  ];

  static override properties = {
    ...CifraElement.properties,
    series: { type: String },
    order: { type: String },
    strip: { type: Boolean },
    medal: { type: Boolean },
    period: { type: String },
    // Numbers or numeric strings (see CifraElement.numericKeys).
    rank: {},
    outOf: { attribute: 'out-of' },
    subject: { type: String },
    place: { type: String },
    among: { type: String },
    source: { type: String },
  };

  protected static override checkKeys = ['series'];

  protected override check(doc: ValidIndicator): LoadFailure | null {
    return seriesProblem(doc, { series: this.series });
  }

  protected static override shorthandKeys = ['rank', 'outOf', 'subject', 'place', 'among', 'source', 'period'];

  protected static override numericKeys = { ...CifraElement.numericKeys, rank: 'rank', outOf: 'out-of' };

  /** Id or geo code of the place (default: the first series). */
  declare series: string | null;
  /** `descending` (1 = highest value, default) or `ascending` (1 = lowest), for computed ranks. */
  declare order: string | null;
  /** Show a strip of one cell per place, this place marked. */
  declare strip: boolean;
  /** Medals for places 1–3 (opt-in: a first place in homicides is not an achievement). */
  declare medal: boolean;
  /** Period to rank (default: the place's latest). */
  declare period: string | null;
  /** Shorthand: the rank, a whole number from 1 (a number or a numeric string). */
  declare rank: number | string | null;
  /** Shorthand: how many places are ranked (a number or a numeric string). */
  declare outOf: number | string | null;
  /** Shorthand: what is ranked ("Sistema 9-1-1"). */
  declare subject: string | null;
  /** Shorthand: the place ranked ("Aguascalientes"). */
  declare place: string | null;
  /** The scope in words ("nacional" / "nationally"); overrides the document's `unit.among`. */
  declare among: string | null;
  /** Shorthand: the source's name ("SESNSP"). */
  declare source: string | null;

  constructor() {
    super();
    this.strip = false;
    this.medal = false;
  }

  /** Only `rank` is required: a missing subject, period or source is simply not shown. */
  protected override shorthand(): Shorthand | null {
    if (this.rank == null) return null;
    const among = textAttr(this.among);
    const outOf = numberAttr(this.outOf);
    const subject = textAttr(this.subject);
    const period = textAttr(this.period);
    const source = textAttr(this.source);
    return {
      doc: {
        schema: 1,
        title: subject ?? { es: msg('es', 'rankTitle'), en: msg('en', 'rankTitle') },
        unit: { type: 'rank', ...(outOf === undefined ? {} : { outOf }), ...(among ? { among } : {}) },
        series: [{ ...placeGeo(this.place), observations: [{ period: period ?? NO_PERIOD, value: numberAttr(this.rank) }] }],
        sources: [source === undefined ? NO_SOURCE : { name: source }],
      },
      absent: { title: subject === undefined, period: period === undefined, source: source === undefined },
      paths: {
        '$.series[0].observations[0].value': 'rank',
        '$.series[0].observations[0].period': 'period',
        '$.unit.outOf': 'out-of',
        '$.unit.among': 'among',
        '$.title': 'subject',
        '$.sources[0].name': 'source',
      },
    };
  }

  private _order(): RankOrder {
    return this.order === 'ascending' ? 'ascending' : 'descending';
  }

  protected override renderReady(doc: ValidIndicator, info: LocaleInfo): unknown {
    const decimals = this.decimalsFor(doc);
    const r = placeRank(doc, this.series, { order: this._order(), period: this.period, decimals });
    const title = this.omits(doc, 'title') ? '' : this.text(doc, doc.title);
    if (!r) return html`<p class="rank" part="rank">${msg(info.lang, 'noData')}</p>${title ? html`<p>${title}</p>` : nothing}${renderSources(doc, info)}`;
    const among = textAttr(this.among) ?? (doc.unit.type === 'rank' && doc.unit.among !== undefined ? this.text(doc, doc.unit.among) : undefined);
    const place = r.picked.series.geo ? textIn(r.picked.series.geo.name, info.locale, doc.lang) : '';
    const period = this.omits(doc, 'period') ? '' : periodWithQualifiers(r.picked.observation, r.picked.period, info);
    const computed = doc.unit.type !== 'rank';
    // A title that already names the period ("Homicidios 2024") does not get it twice.
    const subject = [place, title, period && !title.includes(period) ? period : ''].filter(Boolean).join(' · ');
    const value = computed && r.value !== null ? [formatValue(r.value, doc.unit, info, decimals), unitPhrase(doc.unit, info, doc.lang)].filter(Boolean).join(' ') : '';
    return html`
      <p class="rank" part="rank">
        ${this.medal && r.rank <= 3 ? html`<span class="medal m${r.rank}${computed ? ' neutral' : ''}" aria-hidden="true">${r.rank}</span>` : nothing}
        <span>${said(rankPhrase(r, info, among), info)}</span>
      </p>
      ${subject || value ? html`<p class="subject" part="summary">${said(`${subject}${subject && value ? ': ' : ''}${value}`, info)}</p>` : nothing}
      ${computed ? html`<p class="order">${said(msg(info.lang, `order.${this._order()}`), info)}</p>` : nothing}
      ${this.strip ? this._renderStrip(r, info) : nothing}
      ${renderSources(doc, info)}
    `;
  }

  /** One cell per place in rank order; this place taller, outlined and labelled; tied places half-height. */
  private _renderStrip(r: PlaceRank, info: LocaleInfo): unknown {
    const outOf = r.outOf ?? 0;
    if (outOf < 2 || outOf > MAX_STRIP) return nothing;
    const me = seriesKey(r.picked.series, r.picked.index);
    const cells = r.all.length === outOf
      ? r.all.map((c) => ({ me: c.key === me, tie: c.key !== me && r.tied && c.rank === r.rank }))
      : Array.from({ length: outOf }, (_, i) => ({ me: i + 1 === r.rank, tie: false }));
    const label = msg(info.lang, 'position', { rank: r.rank, outOf });
    return html`<div class="strip" part="strip" role="img" aria-label=${label}>
        ${cells.map((c) => html`<span class="cell${c.me ? ' me' : c.tie ? ' tie' : ''}"></span>`)}
      </div>
      <p class="strip-label" aria-hidden="true"><span>1</span><span>${label}</span><span>${outOf}</span></p>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ranking-badge': RankingBadge;
  }
}
