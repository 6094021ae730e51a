import { css } from 'lit';

/**
 * The theme tokens, the one place each public custom property is read: `--cifra-*`
 * (light) and `--cifra-dark-*` (dark), set on the element or any ancestor, with their
 * defaults, into private `--_*` tokens on `:host` (Material Web's pattern). The styles
 * below and the elements' own read only the private tokens. `light-dark()` picks a side
 * from the element's used `color-scheme` (see `themeStyles`), so a brand colour set for
 * light pages never reaches a dark one. The default background is transparent (the
 * page's own, unless a theme is forced: `--_canvas`) and the font is the page's. Defaults
 * keep text ≥ 4.5:1 and marks ≥ 3:1 on a white page and on a dark one (#121212), checked
 * by test/core/contrast.test.ts.
 */
export const tokenStyles = css`
  :host {
    --_text: light-dark(var(--cifra-color-text, #1f2328), var(--cifra-dark-color-text, #e6edf3));
    --_bg: light-dark(var(--cifra-color-background, var(--_canvas, transparent)), var(--cifra-dark-color-background, var(--_canvas, transparent)));
    --_muted: light-dark(var(--cifra-color-muted, #57606a), var(--cifra-dark-color-muted, #9da7b3));
    --_line: light-dark(var(--cifra-color-line, #0b5cad), var(--cifra-dark-color-line, #58a6ff));
    --_series-2: light-dark(var(--cifra-color-series-2, #b3261e), var(--cifra-dark-color-series-2, #ff8a80));
    --_series-3: light-dark(var(--cifra-color-series-3, #1a7f37), var(--cifra-dark-color-series-3, #56d364));
    --_series-4: light-dark(var(--cifra-color-series-4, #8250df), var(--cifra-dark-color-series-4, #d2a8ff));
    --_series-5: light-dark(var(--cifra-color-series-5, #9a6700), var(--cifra-dark-color-series-5, #e3b341));
    --_accent: light-dark(var(--cifra-color-accent, #b3261e), var(--cifra-dark-color-accent, #ff8a80));
    --_grid: light-dark(var(--cifra-color-grid, #d0d7de), var(--cifra-dark-color-grid, #30363d));
    --_error: light-dark(var(--cifra-color-error, #b3261e), var(--cifra-dark-color-error, #ff8a80));
    --_focus: light-dark(var(--cifra-color-focus, #0b5cad), var(--cifra-dark-color-focus, #58a6ff));
    --_font: var(--cifra-font-family, inherit);
    --_size: var(--cifra-font-size, 1em);
  }
`;

/**
 * Which side of `light-dark()` applies. `theme="auto"` (the default) inherits the page's
 * `color-scheme`, not the reader's operating system: a page that never declares dark
 * support (`:root { color-scheme: light dark }`) stays light. `theme="light"|"dark"`
 * forces one, and then paints that scheme's canvas colour (white, #121212), because the
 * page behind a forced theme may be of the other scheme.
 */
export const themeStyles = css`
  :host {
    color-scheme: inherit;
  }
  :host([theme='light']) {
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  :host([theme='light']),
  :host([theme='dark']) {
    --_canvas: Canvas;
  }
`;

/**
 * Forced colours (Windows High Contrast and the like), in their own sheet: the private
 * tokens are mapped to system colours, so every mark that reads a token follows.
 */
export const forcedColorStyles = css`
  @media (forced-colors: active) {
    :host {
      --_bg: Canvas;
      --_text: CanvasText;
      --_muted: CanvasText;
      --_line: CanvasText;
      --_series-2: CanvasText;
      --_series-3: CanvasText;
      --_series-4: CanvasText;
      --_series-5: CanvasText;
      --_accent: Highlight;
      --_grid: GrayText;
      --_error: CanvasText;
      --_focus: Highlight;
    }
  }
`;

/**
 * The one stylesheet every element shares: the tokens, the theme, forced colours (after
 * the tokens, so they win), then the rules common to the three elements.
 */
export const baseStyles = css`
  ${tokenStyles}
  ${themeStyles}
  ${forcedColorStyles}
  :host {
    display: block;
    box-sizing: border-box;
    color: var(--_text);
    background: var(--_bg);
    font-family: var(--_font);
    font-size: var(--_size);
    line-height: 1.4;
    contain: layout;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  /* No inset: the element's text lines up with the article's column. */
  .frame {
    position: relative;
    width: 100%;
    overflow: auto;
  }
  .title {
    margin: 0 0 0.25em;
    font-size: 1.125em;
    font-weight: 700;
  }
  .muted {
    color: var(--_muted);
  }
  .loading {
    margin: 0;
    color: var(--_muted);
    font-size: 0.875em;
  }
  .error {
    border-left: 4px solid var(--_error);
    padding: 0.5em 0.75em;
    font-size: 0.875em;
  }
  .error.compact {
    margin: 0.25em 0 0;
    padding: 0.15em 0.5em;
    border-left-width: 3px;
    font-size: 0.75em;
    color: var(--_muted);
  }
  .error-title {
    margin: 0 0 0.25em;
    font-weight: 700;
  }
  .error p,
  .error ul {
    margin: 0 0 0.25em;
  }
  .error ul {
    padding-left: 1.25em;
  }
  .error code {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    overflow-wrap: anywhere;
  }
  a {
    color: inherit;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation: none !important;
      transition: none !important;
    }
  }
  /*
   * Text for screen readers only: the spoken twin of a shown token ("menos 26 por ciento" for
   * "−26 %"), the status region, the chart's point lists. Not selectable, so copying the shown
   * text copies it once.
   */
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
    user-select: none;
  }
`;
