import { html, css } from 'lit';
import type { LocaleInfo } from '../../core/format.js';
import type { ValidIndicator } from '../../core/schema.js';
import { CifraElement } from '../../shared/cifra-element.js';

/**
 * A compact, text-first ranking: "1.º lugar nacional · Sistema 9-1-1 · SESNSP 2025".
 *
 * @summary A place's rank among others, with what it ranks among and who says so.
 * @fires cifra-ready - The document was validated and is shown. `detail: { data }`.
 * @fires cifra-error - The document could not be shown. `detail: { code, message, problems? }`.
 * @csspart frame - The box that keeps the reserved size in every state.
 * @csspart error - The visible error message.
 * @cssprop --cifra-color-text - Text colour.
 * @cssprop --cifra-color-background - Background colour.
 * @cssprop --cifra-font-family - Font family.
 */
export class RankingBadge extends CifraElement {
  static override styles = [
    ...CifraElement.styles,
    css`
      .frame {
        min-height: 4em;
      }
    `,
  ];

  static override properties = {
    ...CifraElement.properties,
    series: { type: String },
    order: { type: String },
    strip: { type: Boolean },
  };

  /** Id or geo code of the place to rank among the document's series. */
  declare series: string | null;
  /** `descending` (1 = highest, default) or `ascending` (1 = lowest). */
  declare order: 'descending' | 'ascending' | null;
  /** Show a strip of one cell per place, this place marked. */
  declare strip: boolean;

  protected override renderReady(doc: ValidIndicator, _info: LocaleInfo): unknown {
    return html`<p class="title" part="title">${this.text(doc, doc.title)}</p>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ranking-badge': RankingBadge;
  }
}
