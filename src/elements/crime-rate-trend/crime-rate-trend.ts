import { html, css, type PropertyValues } from 'lit';
import type { LocaleInfo } from '../../core/format.js';
import type { ValidIndicator } from '../../core/schema.js';
import { CifraElement } from '../../shared/cifra-element.js';

const DEFAULT_ASPECT = 16 / 9;

/**
 * A line chart of one or more series over time, with its summary in words and
 * the data as a table.
 *
 * @summary Accessible trend chart of an indicator document.
 * @fires cifra-ready - The document was validated and is shown. `detail: { data }`.
 * @fires cifra-error - The document could not be shown. `detail: { code, message, problems? }`.
 * @csspart frame - The box that keeps the reserved size in every state.
 * @csspart error - The visible error message.
 * @cssprop --cifra-color-text - Text colour.
 * @cssprop --cifra-color-background - Background colour.
 * @cssprop --cifra-color-line - Colour of the first series' line.
 * @cssprop --cifra-font-family - Font family.
 */
export class CrimeRateTrend extends CifraElement {
  static override styles = [
    ...CifraElement.styles,
    css`
      .frame {
        aspect-ratio: var(--_aspect, 16 / 9);
      }
    `,
  ];

  static override properties = {
    ...CifraElement.properties,
    series: { type: String },
    from: { type: String },
    to: { type: String },
    reference: { type: Number },
    aspect: { type: String },
    showPoints: { type: Boolean, attribute: 'show-points' },
  };

  /** Comma-separated series ids or geo codes to show (default: all). */
  declare series: string | null;
  /** First period of the headline change (default: the first valid point). */
  declare from: string | null;
  /** Last period of the headline change (default: the last valid point). */
  declare to: string | null;
  /** A reference value drawn as a horizontal line, overriding the document's. */
  declare reference: number | null;
  /** Width-to-height ratio, "16/9" (default), "4/3" or a number. */
  declare aspect: string | null;
  /** Draw a marker at every point. */
  declare showPoints: boolean;

  private _aspect = DEFAULT_ASPECT;

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('aspect')) this._aspect = parseAspect(this.aspect) ?? DEFAULT_ASPECT;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // Through the CSSOM, never a style="" attribute: a strict CSP (style-src-attr) blocks those.
    this.renderRoot.querySelector<HTMLElement>('.frame')?.style.setProperty('--_aspect', String(this._aspect));
  }

  protected override renderReady(doc: ValidIndicator, _info: LocaleInfo): unknown {
    return html`<p class="title" part="title">${this.text(doc, doc.title)}</p>`;
  }
}

/** "16/9", "16:9", "1.5" → a positive ratio, or null. */
export function parseAspect(value: string | null | undefined): number | null {
  if (!value) return null;
  const m = /^\s*(\d+(?:\.\d+)?)\s*(?:[/:]\s*(\d+(?:\.\d+)?))?\s*$/.exec(value);
  if (!m) return null;
  const ratio = Number(m[1]) / (m[2] === undefined ? 1 : Number(m[2]));
  return Number.isFinite(ratio) && ratio > 0 ? ratio : null;
}

declare global {
  interface HTMLElementTagNameMap {
    'crime-rate-trend': CrimeRateTrend;
  }
}
