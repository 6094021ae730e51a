import { html, css, nothing, type TemplateResult } from 'lit';
import { formatNumber, type LocaleInfo } from '../../core/format.js';
import { msg } from '../../core/messages/rate.js';
import type { Qualifier, ValidIndicator } from '../../core/schema.js';
import { compare, describeVersus, pick, versusPrevious, type Comparison } from '../../core/stat.js';
import { formatValue, qualify, unitPhrase } from '../../core/summary.js';
import { periodWithQualifiers } from '../../core/comparable.js';
import { seriesLabel, selectSeries } from '../../core/chart.js';
import { textIn } from '../../core/text.js';
import { CifraElement, type CifraStatus, type Shorthand } from '../../base/cifra-element.js';
import { said } from '../../base/said.js';
import type { LoadFailure } from '../../data/loader.js';
import { seriesProblem } from '../../base/compact.js';
import { NO_PERIOD, NO_SOURCE, numberAttr, placeGeo, textAttr } from '../../base/attributes.js';
import { compactStyles, renderSources } from '../../base/compact.js';

const OBS = '$.series[0].observations[0]';

/**
 * A rate as a big number with its meaning, read as one sentence:
 * "17.0 homicidios por cada 100 mil habitantes en México en 2015."
 *
 * @tagname rate-per-100k
 * @summary A rate per 100,000 inhabitants, with its unit, place, period, change and source.
 * @fires cifra-ready - The document was validated and is shown. `detail: { data }`.
 * @fires cifra-error - The document could not be shown. `detail: { code, message, problems? }`.
 * @csspart frame - The box that keeps the reserved size in every state.
 * @csspart title - The title.
 * @csspart value - The number.
 * @csspart summary - The sentence the number belongs to.
 * @csspart source - The source line.
 * @csspart error - The visible error message.
 * @cssprop --cifra-color-text - Text colour.
 * @cssprop --cifra-color-background - Background colour.
 * @cssprop --cifra-color-muted - Secondary text.
 * @cssprop --cifra-font-family - Font family.
 */
export class RatePer100k extends CifraElement {
  static override styles = [
    ...CifraElement.styles,
    compactStyles,
    css`
      :host([variant='inline']) {
        display: inline;
      }
      .frame.inline {
        display: inline;
        position: relative;
        overflow: visible;
        min-height: 0;
      }
      .figure strong {
        font-variant-numeric: tabular-nums;
      }
      /* Inside a line of text: no taller than the line (an inline target is exempt from the 24 px
         minimum, WCAG 2.5.8), so the sentence's line box, and the page, do not move. */
      .more {
        display: inline-block;
        width: 1.2em;
        height: 1em;
        margin: 0 0.1em;
        padding: 0;
        font: inherit;
        line-height: 1;
        vertical-align: -0.1em;
        color: var(--_muted);
        background: none;
        border: 0;
        cursor: pointer;
      }
      .more svg {
        display: block;
        width: 1em;
        height: 1em;
      }
      .pop {
        position: absolute;
        left: 0;
        top: 100%;
        z-index: 2;
        display: block;
        width: max-content;
        max-width: min(22rem, 90vw);
        padding: 0.5em 0.75em;
        background: linear-gradient(var(--_bg), var(--_bg)), Canvas;
        border: 1px solid var(--_grid);
        border-radius: 4px;
        box-shadow: 0 2px 6px rgb(0 0 0 / 0.15);
        font-size: 0.875em;
      }
      .inline-error {
        color: var(--_muted);
      }
      .frame.inline .error {
        display: none;
      }
      /* The card's reserved height (dist/cifra.css reserves the same): the figure, its meaning
         and place, the inputs and the source fit in it; a change and a comparison may add lines. */
      .frame {
        min-height: 11em;
      }
      .q {
        font-size: 0.45em;
        font-weight: 600;
      }
      .value {
        display: block;
        font-size: 2.5em;
        font-weight: 700;
        line-height: 1.1;
        font-variant-numeric: tabular-nums;
      }
    `,
  ];

  static override properties = {
    ...CifraElement.properties,
    series: { type: String },
    period: { type: String },
    compare: { type: String },
    // Numbers or numeric strings (see CifraElement.numericKeys).
    count: {},
    population: {},
    per: {},
    label: { type: String },
    place: { type: String },
    reference: {},
    referenceLabel: { type: String, attribute: 'reference-label' },
    source: { type: String },
    variant: { type: String, reflect: true },
    _open: { state: true },
  };

  protected static override checkKeys = ['series', 'compare'];

  protected override check(doc: ValidIndicator): LoadFailure | null {
    return seriesProblem(doc, { series: this.series, compare: this.compare });
  }

  protected static override shorthandKeys = ['count', 'population', 'per', 'label', 'place', 'period', 'reference', 'referenceLabel', 'source'];

  protected static override numericKeys = { ...CifraElement.numericKeys, count: 'count', population: 'population', per: 'per', reference: 'reference' };

  /** Id or geo code of the series to show (default: the first). */
  declare series: string | null;
  /** Period to show (default: the latest observation with a value). */
  declare period: string | null;
  /** Id or geo code of another series to compare with, at the same period. */
  declare compare: string | null;
  /** Shorthand: the count (e.g. homicides), a number or a numeric string. With `population`, builds the document. */
  declare count: number | string | null;
  /** Shorthand: the population the rate is per, a number or a numeric string. */
  declare population: number | string | null;
  /** Shorthand: 1000, 10000, 100000 (default) or 1000000, as a number or a numeric string. */
  declare per: number | string | null;
  /** What is counted, shown before the unit ("homicidios"); also the title of a shorthand document. */
  declare label: string | null;
  /** Shorthand: where the figure is from ("Aguascalientes"). */
  declare place: string | null;
  /** A reference value to compare with (overrides the document's `reference`), a number or a numeric string. */
  declare reference: number | string | null;
  /** The reference's name ("la tasa nacional"). */
  declare referenceLabel: string | null;
  /** Shorthand: the source's name. */
  declare source: string | null;
  /** `card` (default, a block) or `inline`: the figure and its unit inside a sentence, the rest one keypress or tap away. */
  declare variant: string | null;
  /** Inline: the details are open. */
  declare private _open: boolean;

  /** Only `count` and `population` are required: a missing label, place, period or source is simply not shown. */
  protected override shorthand(): Shorthand | null {
    if (this.count == null && this.population == null) return null;
    const reference = numberAttr(this.reference);
    const period = textAttr(this.period);
    const source = textAttr(this.source);
    // Generic words in both languages, so that a later change of `lang` shows them in the new one.
    const both = (key: 'rateTitle' | 'reference') => ({ es: msg('es', key), en: msg('en', key) });
    return {
      doc: {
        schema: 1,
        title: textAttr(this.label) ?? both('rateTitle'),
        unit: { type: 'rate', per: numberAttr(this.per) ?? 100000 },
        series: [{ ...placeGeo(this.place), observations: [{ period: period ?? NO_PERIOD, count: numberAttr(this.count), population: numberAttr(this.population) }] }],
        ...(reference === undefined ? {} : { reference: { label: textAttr(this.referenceLabel) ?? both('reference'), value: reference } }),
        sources: [source === undefined ? NO_SOURCE : { name: source }],
      },
      absent: { period: period === undefined, source: source === undefined },
      paths: {
        [`${OBS}.count`]: 'count',
        // Value is missing when an input is: name the attribute that is absent.
        [`${OBS}.value`]: this.count == null ? 'count' : 'population',
        [`${OBS}.population`]: 'population',
        [`${OBS}.period`]: 'period',
        '$.unit.per': 'per',
        '$.sources[0].name': 'source',
        '$.reference.value': 'reference',
        '$.title': 'label',
      },
    };
  }

  /** The comparison: another series (`compare`), else the `reference` attribute, else the document's. */
  private _comparison(doc: ValidIndicator, info: LocaleInfo, value: number, periodText: string, coverage: string | undefined, decimals: number): Comparison | null {
    if (this.compare) {
      const other = selectSeries(doc, this.compare)[0];
      const at = other && other.series !== selectSeries(doc, this.series)[0]?.series ? pick(doc, this.compare, periodText) : null;
      // Another place's figure is compared only when it covers the same months (DESIGN §2a).
      if (other && at && at.observation.coverage === coverage) return compare(value, at.observation.value, seriesLabel(other.series, other.index, info, doc.lang), decimals);
    }
    const attr = numberAttr(this.reference);
    if (attr !== undefined && Number.isFinite(attr)) return compare(value, attr, textAttr(this.referenceLabel) ?? msg(info.lang, 'reference'), decimals);
    if (doc.reference) return compare(value, doc.reference.value, textAttr(this.referenceLabel) ?? this.text(doc, doc.reference.label), decimals);
    return null;
  }

  /** Inline, the element is a phrase of the sentence around it: no block, no reserved card height. */
  protected override renderFrame(body: unknown, status: CifraStatus): TemplateResult {
    if (this.variant !== 'inline') return super.renderFrame(body, status);
    return html`<span class="frame inline" part="frame" data-status=${status}>${status === 'ready' ? body : status === 'loading' ? html`<span class="muted">…</span>` : html`<span class="inline-error">(${msg(this.localeInfo.lang, 'errorTitle')})</span>${body}`}</span>`;
  }

  protected override renderReady(doc: ValidIndicator, info: LocaleInfo): unknown {
    if (this.variant === 'inline') return this._renderInline(doc, info);
    return this._renderCard(doc, info);
  }

  /**
   * "76.4 por cada 100 mil habitantes", then a small button that opens the rest (place and
   * period, change, comparison, inputs, source) under the line; Escape or the button closes it.
   */
  private _renderInline(doc: ValidIndicator, info: LocaleInfo): unknown {
    const decimals = this.decimalsFor(doc);
    const picked = pick(doc, this.series, this.period);
    if (!picked) return html`<span>${msg(info.lang, 'noData')}</span>`;
    const o = picked.observation;
    const value = formatValue(o.value, doc.unit, info, decimals) ?? msg(info.lang, 'noData');
    const meaning = [textAttr(this.label), unitPhrase(doc.unit, info, doc.lang)].filter(Boolean).join(' ');
    return html`<span class="figure" part="value"><strong>${qualify(value, o.qualifier, info)}</strong>${meaning ? ` ${meaning}` : ''}</span><button type="button" class="more" aria-expanded=${this._open ? 'true' : 'false'} aria-controls="pop" aria-label=${msg(info.lang, 'howCalculated')} @click=${this._toggle} @keydown=${this._closeOnEscape}><svg width="14" height="14" viewBox="0 0 16 16" aria-hidden="true"><circle cx="8" cy="8" r="7" fill="none" stroke="currentColor" stroke-width="1.5"></circle><rect x="7.25" y="7" width="1.5" height="5" fill="currentColor"></rect><circle cx="8" cy="4.6" r="1" fill="currentColor"></circle></svg></button>${this._open
      ? html`<span class="pop" id="pop" role="group" aria-label=${this.text(doc, doc.title)} @keydown=${this._closeOnEscape}>${this._renderCard(doc, info)}</span>`
      : nothing}`;
  }

  private _toggle = (): void => {
    this._open = !this._open;
  };

  private _closeOnEscape = (event: KeyboardEvent): void => {
    if (event.key === 'Escape' && this._open) {
      this._open = false;
      this.renderRoot.querySelector<HTMLButtonElement>('button.more')?.focus();
      event.preventDefault();
    }
  };

  private _renderCard(doc: ValidIndicator, info: LocaleInfo): unknown {
    const decimals = this.decimalsFor(doc);
    const picked = pick(doc, this.series, this.period);
    const title = this.text(doc, doc.title);
    if (!picked) {
      return html`<p class="title" part="title">${title}</p><p>${msg(info.lang, 'noData')}${this.period ? ` (${this.period})` : ''}</p>${renderSources(doc, info)}`;
    }
    const o = picked.observation;
    const show = (v: number) => formatValue(v, doc.unit, info, decimals) ?? msg(info.lang, 'noData');
    const label = textAttr(this.label);
    const meaning = [label, unitPhrase(doc.unit, info, doc.lang)].filter(Boolean).join(' ');
    const place = picked.series.geo ? textIn(picked.series.geo.name, info.locale, doc.lang) : '';
    const when = this.omits(doc, 'period') ? '' : periodWithQualifiers(o, picked.period, info, 'long');
    // The country's own series reads "a nivel nacional", never "en Nacional".
    const national = picked.series.geo?.level === 'country' && /^(nacional|national)$/i.test(place);
    const where = national ? msg(info.lang, 'nationally') : place && msg(info.lang, 'inPlace', { place });
    const context = [where, when && msg(info.lang, 'inPeriod', { period: when })].filter(Boolean).join(' ');
    const versus = versusPrevious(picked, decimals);
    const comparison = this._comparison(doc, info, o.value, o.period, o.coverage, decimals);
    const hasInputs = typeof o.count === 'number' && typeof o.population === 'number' && doc.unit.type === 'rate';
    return html`
      ${label ? nothing : html`<p class="title" part="title">${title}</p>`}
      <p class="statement" part="summary">
        <span class="value" part="value">${this._qualified(show(o.value), o.qualifier, info)}</span>
        ${meaning ? html`<span class="meaning">${meaning}${context ? '' : '.'}</span>` : nothing}
        ${context ? html`<span class="context">${said(`${context}.`, info)}</span>` : nothing}
      </p>
      ${versus ? html`<p class="change"><span class="arrow" aria-hidden="true">${versus.direction === 'up' ? '▲' : versus.direction === 'down' ? '▼' : '▶'}</span>
        ${said(describeVersus(versus, info, qualify(show(versus.before.observation.value), versus.before.observation.qualifier, info)), info)}</p>` : nothing}
      ${comparison ? html`<p class="compare">${said(this._compareText(comparison, info, show), info)}</p>` : nothing}
      ${hasInputs ? html`<details>
        <summary>${msg(info.lang, 'howCalculated')}</summary>
        <p>${said(msg(info.lang, 'inputs', {
          count: formatNumber(o.count!, info.locale, 0)!,
          population: formatNumber(o.population!, info.locale, Number.isInteger(o.population) ? 0 : 1)!,
          of: doc.unit.type === 'rate' && doc.unit.of !== undefined ? this.text(doc, doc.unit.of) : msg(info.lang, 'inhabitants'),
        }), info)}</p>
        <p class="formula">${said(`${formatNumber(o.count!, info.locale, 0)} ÷ ${formatNumber(o.population!, info.locale, Number.isInteger(o.population) ? 0 : 1)} × ${formatNumber(doc.unit.type === 'rate' ? doc.unit.per : 1, info.locale, 0)} = ${show(o.value)}`, info)}</p>
      </details>` : nothing}
      ${renderSources(doc, info)}
    `;
  }

  /** "casi 23.0": the qualifier's words in text size around the big number. */
  private _qualified(value: string, qualifier: Qualifier | undefined, info: LocaleInfo): unknown {
    if (!qualifier) return value;
    const [before = '', after = ''] = qualify('\u0000', qualifier, info).split('\u0000');
    return html`${before ? html`<span class="q">${before}</span>` : nothing}${value}${after ? html`<span class="q">${after}</span>` : nothing}`;
  }

  private _compareText(c: Comparison, info: LocaleInfo, show: (v: number) => string): string {
    const value = show(c.value);
    if (c.relation === 'above' && c.ratio !== null && c.ratio >= 1.1) {
      const ratio = formatNumber(c.ratio, info.locale, 1)!;
      // "el doble de la cifra de…" reads better than "2.0 veces", and says the same at this precision.
      if (ratio === formatNumber(2, info.locale, 1)) return msg(info.lang, 'twice', { label: c.label, value });
      if (ratio === formatNumber(3, info.locale, 1)) return msg(info.lang, 'thrice', { label: c.label, value });
      return msg(info.lang, 'ref.above', { ratio, label: c.label, value });
    }
    return msg(info.lang, c.relation === 'above' ? 'ref.over' : c.relation === 'below' ? 'ref.below' : 'ref.same', { label: c.label, value });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'rate-per-100k': RatePer100k;
  }
}
