/** @jsxImportSource preact */
// A Preact component using cifra's elements: type-checked by test/core/jsx-types.test.ts.
import type {} from '../../src/jsx/preact.js';

export function Badge({ code }: { code: string }) {
  return (
    <section>
      <ranking-badge src="/datos/estados-2008.json" series={code} strip order="descending" lang="en"
        oncifra-error={(e) => console.log(e.detail.message)} />
      <crime-rate-trend src="/datos/homicidios.json" series="MX" reference={12.5} decimals={2} />
      <rate-per-100k count={2567} population="3359934" per={100000} timeout={5000} />
      {/* @ts-expect-error rank is a number or a numeric string, not an object */}
      <ranking-badge rank={{}} />
      {/* @ts-expect-error order is descending or ascending */}
      <ranking-badge order="sideways" />
    </section>
  );
}
