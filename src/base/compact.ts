import { css, html, nothing, type TemplateResult } from 'lit';
import type { LocaleInfo } from '../core/format.js';
import { msg } from '../core/messages.js';
import type { ValidIndicator } from '../core/schema.js';
import { seriesKey, unknownSeries } from '../core/chart.js';
import type { LoadFailure } from '../data/loader.js';

/** Styles shared by the two compact elements. */
export const compactStyles = css`
  p {
    margin: 0 0 0.25em;
  }
  .statement {
    margin: 0.1em 0 0.35em;
  }
  .meaning,
  .context {
    display: block;
  }
  .context,
  .change,
  .compare,
  details,
  .source {
    font-size: 0.875em;
  }
  .arrow {
    display: inline-block;
    min-width: 1em;
  }
  summary {
    cursor: pointer;
    width: fit-content;
  }
  details p {
    margin: 0.25em 0 0 1em;
  }
  .formula {
    font-variant-numeric: tabular-nums;
  }
  .source {
    margin-top: 0.35em;
    color: var(--_muted);
  }
`;

/**
 * "Fuente: INEGI (publisher)": names as text, links only for http(s) URLs. Nothing when the
 * document names no source (shorthand attributes without `source`): never a bare "Fuente:".
 */
export function renderSources(doc: ValidIndicator, info: LocaleInfo): TemplateResult | typeof nothing {
  if (doc.sources.length === 0) return nothing;
  return html`<p class="source" part="source">${sourceList(doc, info)}</p>`;
}

/** "Fuente: INEGI (publisher); CONAPO": each source's name as text, a link only for an http(s) URL. Shared by all three elements. */
export function sourceList(doc: ValidIndicator, info: LocaleInfo): TemplateResult {
  return html`${msg(info.lang, doc.sources.length > 1 ? 'sources' : 'source')}:
    ${doc.sources.map((s, i) => html`${i ? '; ' : ''}${s.url ? html`<a href=${s.url} rel="noopener noreferrer">${s.name}</a>` : s.name}${s.publisher ? html` (${s.publisher})` : nothing}`)}`;
}

/**
 * A `series` (or `compare`) key that matches no series is an error naming the attribute and
 * the key, never a silent fall-back to another place or to every series. Used by all three
 * elements, through their `check`.
 */
export function seriesProblem(doc: ValidIndicator, attributes: Readonly<Record<string, string | null | undefined>>): LoadFailure | null {
  const missing = Object.entries(attributes).flatMap(([name, value]) => unknownSeries(doc, value).map((key) => ({ name, key })));
  if (missing.length === 0) return null;
  const keys = doc.series.map((s, i) => seriesKey(s, i)).join(', ');
  const problems = missing.map(({ name, key }) => ({ path: name, code: 'noSeries', params: { key, keys }, message: msg('en', 'noSeries', { key, keys }) }));
  return { code: 'E_SCHEMA', params: { count: problems.length }, problems };
}
