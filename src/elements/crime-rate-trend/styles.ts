import { css } from 'lit';

/**
 * The chart's own styles. The plot keeps its aspect ratio (taller in narrow containers
 * unless `aspect` is set); the text around it has fixed rows, so the box is known in
 * every state. Colours come from the shared tokens (`tokenStyles`): the first
 * series reads `--_line`, the others `--_series-2` … `--_series-5`; they reach ≥ 3:1 on the
 * page in both themes and are never the only cue (dashes, markers and end labels).
 */
export const trendStyles = css`
  :host {
    container-type: inline-size;
  }
  /*
   * Rows of fixed height around a plot that keeps its aspect, in every state (loading and
   * error keep the rows): the box is known before the data arrives, and dist/cifra.css
   * reserves the same. Text rows, in em of the element's font size: title 2.8125, headline
   * 1.5, summary 2.45, footer 2.1 + 0.25 + 1.5, gaps 3 × 0.5 = 12.1125em.
   */
  .frame {
    display: flex;
    flex-direction: column;
    gap: 0.5em;
    overflow: visible;
  }
  .head {
    display: flex;
    flex-direction: column;
  }
  .head p,
  .summary,
  .foot p {
    margin: 0;
  }
  /*
   * Reserved rows: two lines of title (set on the line above the figure), one of headline,
   * two of summary. Longer text grows the box rather than being cut (WCAG 1.4.4, 1.4.12):
   * the reserve covers the usual chart, and nothing is ever clipped.
   */
  .title {
    display: flex;
    align-items: flex-end;
    min-height: 2.5em;
    margin: 0;
    font-size: 1.125em;
    line-height: 1.25;
    font-weight: 700;
    /* Its text is a flex item: without this, a long unbroken title is as wide as its longest word. */
    overflow-wrap: anywhere;
  }
  .dek {
    min-height: 1.5em;
    line-height: 1.5;
  }
  .dek strong {
    font-size: 1.125em;
    line-height: 1;
  }
  .summary {
    min-height: 2.8em;
    font-size: 0.875em;
    line-height: 1.4;
  }
  .plot,
  .plot-box {
    position: relative;
    width: 100%;
    aspect-ratio: var(--_aspect, 16 / 9);
    border-radius: 2px;
    touch-action: pan-y;
  }
  @container (max-width: 600px) {
    .plot,
    .plot-box {
      aspect-ratio: var(--_aspect, 4 / 3);
    }
  }
  @container (max-width: 420px) {
    .plot,
    .plot-box {
      aspect-ratio: var(--_aspect, 1 / 1);
    }
  }
  /*
   * layout="grid": small multiples in a CSS grid, --_cols columns (set by the element from
   * the columns attribute or the width), 12 px apart (PANEL_GAP in grid.ts). Its height
   * follows the rows, so it keeps no aspect; each panel's label sits on the line above its
   * plot, the plots of a row aligned at the bottom whatever their labels' lines.
   */
  .plot.panels {
    display: grid;
    grid-template-columns: repeat(var(--_cols, 2), minmax(0, 1fr));
    gap: 12px;
    aspect-ratio: auto;
    min-height: 8em;
    touch-action: auto;
  }
  .panel {
    position: relative;
    display: flex;
    flex-direction: column;
    justify-content: flex-end;
    min-width: 0;
  }
  .panel-label {
    margin: 0 0 2px;
    font-size: 0.8125em;
    line-height: 1.25;
    overflow-wrap: anywhere;
  }
  .panel-label strong {
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .plot .panel svg {
    position: static;
    display: block;
    width: 100%;
    height: auto;
  }
  .panel svg text {
    font-size: 11px;
  }
  .panel .line {
    stroke-width: 2;
  }
  .panel .context .line {
    stroke-width: 1.25;
  }
  .panel.focused .baseline {
    stroke: var(--_focus);
    stroke-width: 2;
  }
  .panel-tip {
    position: absolute;
    left: 0;
    top: 0;
    max-width: 100%;
    z-index: 1;
    padding: 0.1em 0.4em;
    background: linear-gradient(var(--_bg), var(--_bg)), Canvas;
    color: var(--_text);
    border: 1px solid var(--_muted);
    border-radius: 3px;
    font-size: 0.75em;
    font-variant-numeric: tabular-nums;
    pointer-events: none;
  }
  .grid-key {
    margin: 0;
    font-size: 0.75em;
    color: var(--_muted);
  }
  .grid-key svg {
    vertical-align: middle;
  }
  .grid-key .line {
    stroke-width: 1.5;
  }
  /* Loading and error: a quiet placeholder where the plot will be. */
  /* Content taller than the aspect box (a long error at 200 % text) grows it, never scrolls or clips. */
  .placeholder {
    display: flex;
    flex-direction: column;
    justify-content: center;
    border-bottom: 1px solid var(--_grid);
  }
  .plot svg {
    position: absolute;
    inset: 0;
    overflow: visible;
  }
  /* Rendered on the server (no measured size): the viewBox scales it to the plot's width. */
  .plot svg.static {
    position: static;
    width: 100%;
    height: auto;
  }
  .plot:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  svg text {
    fill: var(--_muted);
    font-size: 12px;
    font-family: var(--_font);
  }
  .grid {
    stroke: var(--_grid);
    stroke-width: 1;
  }
  .baseline,
  .tick-mark {
    stroke: var(--_muted);
    stroke-width: 1;
  }
  .line {
    fill: none;
    stroke: var(--_c);
    stroke-width: 2.5;
    stroke-linejoin: round;
    stroke-linecap: round;
  }
  .band {
    fill: var(--_c);
    fill-opacity: 0.18;
    stroke: none;
  }
  .marker {
    fill: var(--_c);
    stroke: var(--_bg);
    stroke-width: 1.5;
  }
  /* Opaque inside, whatever the page: the line must not show through a preliminary point. */
  .marker.hollow {
    fill: Canvas;
    stroke: var(--_c);
    stroke-width: 2;
  }
  /* --_c: the colour of the series a mark belongs to. */
  .s0 { --_c: var(--_line); }
  .s1 { --_c: var(--_series-2); }
  .s2 { --_c: var(--_series-3); }
  .s3 { --_c: var(--_series-4); }
  .s4 { --_c: var(--_series-5); }
  /* Context series (not highlighted, or the national reference among states): neutral grey, thinner. */
  .context {
    --_c: var(--_muted);
  }
  .context .line {
    stroke-width: 1.5;
  }
  /* Dashes say one thing only: the segment reaches a preliminary, estimated or partial figure. */
  .line.provisional {
    stroke-dasharray: 4 3;
  }
  .end-label {
    fill: var(--_c);
    font-weight: 700;
  }
  .end-label .end-name {
    font-weight: 400;
  }
  /* The reference line and annotations in neutral ink, never in a series' or an alarm colour. */
  .reference line,
  .annotation line {
    stroke: var(--_text);
    stroke-opacity: 0.55;
    stroke-width: 1;
  }
  .reference text,
  .annotation text {
    fill: var(--_text);
  }
  .key {
    white-space: nowrap;
  }
  .key svg {
    vertical-align: middle;
  }
  .key .line {
    --_c: var(--_text);
    stroke-width: 2;
  }
  .focus line {
    stroke: var(--_muted);
    stroke-width: 1;
  }
  .focus circle {
    fill: none;
    stroke: var(--_focus);
    stroke-width: 3;
  }
  .tooltip {
    position: absolute;
    left: var(--tx, 0);
    top: var(--ty, 0);
    width: max-content;
    /* Never wider than the plot, whatever the text size, so it never overflows the element. */
    max-width: min(16rem, 100%);
    overflow-wrap: anywhere;
    padding: 0.35em 0.6em;
    /* Opaque over the marks: the element's background if one is set, else the scheme's canvas. */
    background: linear-gradient(var(--_bg), var(--_bg)), Canvas;
    color: var(--_text);
    border: 1px solid var(--_muted);
    border-radius: 4px;
    font-size: 0.875em;
    pointer-events: none;
    z-index: 1;
    box-shadow: 0 2px 6px rgb(0 0 0 / 0.2);
  }
  /* Named here when end labels do not fit: over the top of the plot, above the lines' margin. */
  .legend {
    position: absolute;
    top: 0;
    left: 0;
    right: 0;
    z-index: 1;
    display: flex;
    flex-wrap: wrap;
    gap: 0.15em 0.9em;
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: 0.75em;
    pointer-events: none;
  }
  .legend svg {
    vertical-align: middle;
    margin-right: 0.3em;
  }
  .nowrap {
    white-space: nowrap;
  }
  .foot {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
  }
  .foot p {
    min-height: 2.8em;
    font-size: 0.75em;
    line-height: 1.4;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    min-height: 1.5em;
  }
  button {
    font: inherit;
    font-size: 0.75em;
    line-height: 1;
    color: var(--_text);
    background: transparent;
    border: 1px solid var(--_grid);
    border-radius: 3px;
    padding: 0 0.6em;
    height: 2em;
    min-width: 24px;
    cursor: pointer;
  }
  /* A phone's column: the five buttons stay on one row. */
  @container (max-width: 420px) {
    .actions {
      gap: 0.25em;
    }
    .actions button {
      padding: 0 0.35em;
    }
  }
  .actions button:hover {
    border-color: var(--_muted);
  }
  button[disabled] {
    cursor: default;
    opacity: 0.6;
  }
  .data {
    padding: 0.5em 0 0;
    overflow-x: auto;
  }
  table {
    border-collapse: collapse;
    font-size: 0.875em;
    font-variant-numeric: tabular-nums;
  }
  caption {
    text-align: left;
    font-weight: 600;
    padding: 0.25em 0;
  }
  th,
  td {
    padding: 0.2em 0.75em 0.2em 0;
    border-bottom: 1px solid var(--_grid);
    text-align: right;
  }
  th[scope='row'],
  thead th:first-child {
    text-align: left;
  }
  .pager {
    display: flex;
    gap: 0.75em;
    align-items: center;
    margin-top: 0.5em;
    font-size: 0.875em;
  }
  /* The keyboard instructions, shown over the bottom of the plot while it has keyboard focus (else .sr-only). */
  .help {
    position: absolute;
    left: 0;
    right: 0;
    bottom: 0;
    z-index: 1;
    margin: 0;
    padding: 0.25em 0.5em;
    font-size: 0.75em;
    color: var(--_text);
    background: linear-gradient(var(--_bg), var(--_bg)), Canvas;
    border-top: 1px solid var(--_grid);
  }
  @media print {
    .actions,
    .tooltip,
    .focus {
      display: none;
    }
    .frame {
      break-inside: avoid;
    }
  }
  /* Forced colours: the tokens are mapped in forcedColorStyles; only the band needs its own. */
  @media (forced-colors: active) {
    .band {
      fill: GrayText;
    }
  }
`;
