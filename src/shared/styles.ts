import { css } from 'lit';

/** The dark theme's defaults, applied by `prefers-color-scheme` or by `theme="dark"`. */
const dark = css`
  --_bg: var(--cifra-color-background, #161b22);
  --_text: var(--cifra-color-text, #e6edf3);
  --_muted: var(--cifra-color-muted, #9da7b3);
  --_line: var(--cifra-color-line, #58a6ff);
  --_accent: var(--cifra-color-accent, #ff8a80);
  --_grid: var(--cifra-color-grid, #30363d);
  --_error: var(--cifra-color-error, #ff8a80);
  --_focus: var(--cifra-color-focus, #58a6ff);
  color-scheme: dark;
`;

/**
 * The one stylesheet every element shares. Public custom properties (`--cifra-*`),
 * set on the element or any ancestor, are read with a fallback into private `--_*`
 * tokens on `:host`; the dark values apply under `prefers-color-scheme: dark`
 * unless `theme="light"`, or always with `theme="dark"`. Contrast of the defaults:
 * text ≥ 4.5:1 and marks ≥ 3:1 on the background, in both themes.
 */
export const baseStyles = css`
  :host {
    --_bg: var(--cifra-color-background, #ffffff);
    --_text: var(--cifra-color-text, #1f2328);
    --_muted: var(--cifra-color-muted, #57606a);
    --_line: var(--cifra-color-line, #0b5cad);
    --_accent: var(--cifra-color-accent, #b3261e);
    --_grid: var(--cifra-color-grid, #d0d7de);
    --_error: var(--cifra-color-error, #b3261e);
    --_focus: var(--cifra-color-focus, #0b5cad);
    --_font: var(--cifra-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    --_size: var(--cifra-font-size, 1rem);
    display: block;
    box-sizing: border-box;
    color: var(--_text);
    background: var(--_bg);
    font-family: var(--_font);
    font-size: var(--_size);
    line-height: 1.4;
    color-scheme: light;
    contain: layout;
  }
  :host([hidden]) {
    display: none;
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      --_bg: var(--cifra-color-background, #161b22);
      --_text: var(--cifra-color-text, #e6edf3);
      --_muted: var(--cifra-color-muted, #9da7b3);
      --_line: var(--cifra-color-line, #58a6ff);
      --_accent: var(--cifra-color-accent, #ff8a80);
      --_grid: var(--cifra-color-grid, #30363d);
      --_error: var(--cifra-color-error, #ff8a80);
      --_focus: var(--cifra-color-focus, #58a6ff);
      color-scheme: dark;
    }
  }
  :host([theme='dark']) {
    --_bg: var(--cifra-color-background, #161b22);
    --_text: var(--cifra-color-text, #e6edf3);
    --_muted: var(--cifra-color-muted, #9da7b3);
    --_line: var(--cifra-color-line, #58a6ff);
    --_accent: var(--cifra-color-accent, #ff8a80);
    --_grid: var(--cifra-color-grid, #30363d);
    --_error: var(--cifra-color-error, #ff8a80);
    --_focus: var(--cifra-color-focus, #58a6ff);
    color-scheme: dark;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  .frame {
    position: relative;
    width: 100%;
    overflow: auto;
    padding: 0.75em;
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
  @media (forced-colors: active) {
    :host {
      --_bg: Canvas;
      --_text: CanvasText;
      --_muted: CanvasText;
      --_line: CanvasText;
      --_accent: Highlight;
      --_grid: GrayText;
      --_error: Mark;
      --_focus: Highlight;
    }
    .error {
      border-left-color: CanvasText;
    }
  }
`;
