// A React 19 component using cifra's elements: type-checked by test/core/jsx-types.test.ts.
import type {} from '../../src/jsx/react.js';
import type { Indicator } from '../../src/core/schema.js';

const doc: Indicator = {
  schema: 1,
  title: { es: 'Homicidios dolosos', en: 'Intentional homicides' },
  unit: { type: 'rate', per: 100000 },
  series: [{ id: 'MX', observations: [{ period: '2016', value: 17 }] }],
  sources: [{ name: 'INEGI' }],
};

export function Article({ state }: { state: string }) {
  return (
    <article>
      <crime-rate-trend src="/datos/homicidios.json" series={`MX,${state}`} from="2000" aspect="4/3" show-points lang="es"
        oncifra-ready={(e) => console.log(e.detail.data.title)} />
      <rate-per-100k data={doc} compare="MX" theme="dark" oncifra-error={(e) => console.log(e.detail.code)} />
      <rate-per-100k count={13628} population="106682518" per={100000} period="2008" place="México" source="INEGI" />
      <ranking-badge rank={1} out-of={32} subject="Sistema 9-1-1" among="nacional" source="SESNSP" order="ascending" strip />
      <ranking-badge rank="1" out-of="2469" decimals={2} timeout={5000} />
      <crime-rate-trend data={doc} reference={12.5} decimals="2" timeout="5000" />
      {/* @ts-expect-error rank is a number or a numeric string, not an object */}
      <ranking-badge rank={{}} />
      {/* @ts-expect-error decimals is a number or a numeric string */}
      <rate-per-100k count={1} population={2} decimals={true} />
      {/* @ts-expect-error theme is light, dark or auto */}
      <crime-rate-trend theme="blue" />
      {/* @ts-expect-error data must be an indicator document */}
      <rate-per-100k data={{ schema: 2 }} />
      {/* @ts-expect-error per is one of 1000, 10000, 100000, 1000000 */}
      <rate-per-100k per={7} />
      {/* @ts-expect-error not an attribute of ranking-badge */}
      <ranking-badge bogus="x" />
    </article>
  );
}
