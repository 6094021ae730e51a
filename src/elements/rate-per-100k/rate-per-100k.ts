import { html, css } from 'lit';
import type { LocaleInfo } from '../../core/format.js';
import type { ValidIndicator } from '../../core/schema.js';
import { CifraElement } from '../../shared/cifra-element.js';

/**
 * A rate as a big number with its meaning: "17.0 homicidios por cada 100 mil habitantes".
 *
 * @summary A rate per 100,000 inhabitants, with its unit, place and period.
 * @fires cifra-ready - The document was validated and is shown. `detail: { data }`.
 * @fires cifra-error - The document could not be shown. `detail: { code, message, problems? }`.
 * @csspart frame - The box that keeps the reserved size in every state.
 * @csspart error - The visible error message.
 * @cssprop --cifra-color-text - Text colour.
 * @cssprop --cifra-color-background - Background colour.
 * @cssprop --cifra-font-family - Font family.
 */
export class RatePer100k extends CifraElement {
  static override styles = [
    ...CifraElement.styles,
    css`
      .frame {
        min-height: 6.5em;
      }
    `,
  ];

  static override properties = {
    ...CifraElement.properties,
    series: { type: String },
    period: { type: String },
  };

  /** Id or geo code of the series to show (default: the first). */
  declare series: string | null;
  /** Period to show (default: the latest non-null observation). */
  declare period: string | null;

  protected override renderReady(doc: ValidIndicator, _info: LocaleInfo): unknown {
    return html`<p class="title" part="title">${this.text(doc, doc.title)}</p>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'rate-per-100k': RatePer100k;
  }
}
