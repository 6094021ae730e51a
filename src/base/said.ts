/**
 * Shown text with its spoken twin (core/speech.ts): each token a voice would misread
 * ("−26 %", "2,567", "ene 2014", "11.º") is rendered as shown, hidden from assistive
 * technology, beside a visually hidden span with the words said ("menos 26 por ciento").
 * Text that reads right stays one plain text node.
 */
import { html } from 'lit';
import type { LocaleInfo } from '../core/format.js';
import { segments } from '../core/speech.js';

export function said(text: string, info: LocaleInfo): unknown {
  const parts = segments(text, info);
  if (parts.length <= 1 && typeof parts[0] !== 'object') return text;
  return parts.map((p) => (typeof p === 'string' ? p : html`<span class="nowrap" aria-hidden="true">${p.shown}</span><span class="sr-only">${p.said}</span>`));
}
