import { css } from 'lit';

/**
 * The chart's own styles. The frame keeps the aspect ratio (taller in narrow
 * containers unless `aspect` is set) so the box is reserved in every state; the
 * plot flexes inside it. Colours come from the shared tokens (`tokenStyles`): the first
 * series reads `--_line`, the others `--_series-2` … `--_series-5`; they reach ≥ 3:1 on the
 * page in both themes and are never the only cue (dashes, markers and end labels).
 */
export const trendStyles = css`
  :host {
    container-type: inline-size;
  }
  .frame {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
    aspect-ratio: var(--_aspect, 16 / 9);
    overflow: visible;
  }
  @container (max-width: 600px) {
    .frame {
      aspect-ratio: var(--_aspect, 1 / 1);
    }
  }
  .head p,
  .summary,
  .foot p {
    margin: 0;
  }
  .subtitle,
  .foot,
  .headline {
    font-size: 0.875em;
  }
  .summary {
    font-size: 0.9375em;
  }
  .plot {
    position: relative;
    flex: 1 1 auto;
    min-height: 10rem;
    border-radius: 2px;
    touch-action: pan-y;
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
  .end-label {
    fill: var(--_c);
    font-weight: 600;
  }
  .reference line,
  .annotation line {
    stroke: var(--_accent);
    stroke-width: 1.5;
    stroke-dasharray: 4 3;
  }
  .reference text,
  .annotation text {
    fill: var(--_text);
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
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.15em 0.9em;
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: 0.8125em;
  }
  .legend svg {
    vertical-align: middle;
    margin-right: 0.3em;
  }
  .nowrap {
    white-space: nowrap;
  }
  .notes {
    margin: 0.25em 0 0;
    padding-left: 1.25em;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin-top: 0.35em;
  }
  button {
    font: inherit;
    font-size: 0.8125rem;
    color: var(--_text);
    background: var(--_bg);
    border: 1px solid var(--_muted);
    border-radius: 4px;
    padding: 0.25em 0.7em;
    cursor: pointer;
    min-height: 24px;
  }
  button[disabled] {
    cursor: default;
    opacity: 0.6;
  }
  .data {
    padding: 0 0.75em 0.75em;
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
  /* The keyboard instructions, shown while the plot has keyboard focus (else .sr-only). */
  .help {
    margin: 0;
    font-size: 0.8125em;
    color: var(--_muted);
  }
  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  @container (max-width: 420px) {
    .frame {
      aspect-ratio: var(--_aspect, 2 / 3);
      padding: 0.5em;
    }
    .summary,
    .head {
      font-size: 0.875em;
    }
    .foot {
      font-size: 0.8125em;
    }
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
