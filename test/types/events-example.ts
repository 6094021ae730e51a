// Plain TypeScript, no framework: the tags are typed through HTMLElementTagNameMap and
// the events through HTMLElementEventMap (and DocumentEventMap), so a page's own code
// needs no casts. Type-checked by test/core/jsx-types.test.ts (tsc -p test/types).
import type {} from '../../src/cifra.js';
import type { CifraErrorDetail, ErrorCode, RankingBadge, ValidIndicator } from '../../src/cifra.js';

export function watch(root: ParentNode): void {
  const badge = root.querySelector('ranking-badge');
  if (!badge) return;
  const typed: RankingBadge = badge;
  typed.rank = 1;
  typed.rank = '1';
  typed.outOf = 32;
  typed.decimals = 2;
  typed.timeout = '5000';

  badge.addEventListener('cifra-ready', (e) => {
    const data: ValidIndicator = e.detail.data;
    console.log(data.title);
  });
  badge.addEventListener('cifra-error', (e) => {
    const code: ErrorCode = e.detail.code;
    const detail: CifraErrorDetail = e.detail;
    console.log(code, detail.message, e.detail.problems?.map((p) => p.path));
  });

  const chart = document.createElement('crime-rate-trend');
  chart.reference = '12.5';
  chart.addEventListener('cifra-error', (e) => console.log(e.detail.message));
  // The events bubble and are composed: one listener on the document hears every element.
  document.addEventListener('cifra-error', (e) => console.log(e.detail.code));
  window.addEventListener('cifra-ready', (e) => console.log(e.detail.data.series.length));

  const rate = root.querySelector('rate-per-100k');
  rate?.addEventListener('cifra-ready', (e) => {
    // @ts-expect-error a ready event has no error code
    console.log(e.detail.code);
  });
  rate?.addEventListener('cifra-error', (e) => {
    // @ts-expect-error the code is one of the E_* codes, not a number
    const wrong: number = e.detail.code;
    console.log(wrong);
  });
  // @ts-expect-error rank is a number or a numeric string, not an object
  typed.rank = { value: 1 };
  // @ts-expect-error decimals is a number or a numeric string
  typed.decimals = true;
}
