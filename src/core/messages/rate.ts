/**
 * `<rate-per-100k>`'s strings: its context, the change against the previous period
 * (`core/stat.ts`), the comparison with a reference and the formula.
 * How the catalogues are split, and where a new key goes: `core/messages.ts`.
 */
import { withCommon, type Strings } from '../messages.js';

const en = {
  rateTitle: 'Rate',
  inPlace: 'in {place}',
  inPeriod: 'in {period}',
  'vs.up': 'up from {period} ({value})',
  'vs.down': 'down from {period} ({value})',
  'vs.upBy': 'up {change} from {period} ({value})',
  'vs.downBy': 'down {change} from {period} ({value})',
  twice: 'twice the figure for {label} ({value})',
  thrice: 'three times the figure for {label} ({value})',
  nationally: 'nationwide',
  'vs.same': 'unchanged from {period} ({value})',
  'ref.above': '{ratio} times the figure for {label} ({value})',
  'ref.over': 'above the figure for {label} ({value})',
  'ref.below': 'below the figure for {label} ({value})',
  'ref.same': 'the same as the figure for {label} ({value})',
  howCalculated: 'How is this calculated?',
  inputs: '{count} of {population} {of}',
};

export type RateKey = keyof typeof en;

const es: Strings<RateKey> = {
  rateTitle: 'Tasa',
  inPlace: 'en {place}',
  inPeriod: 'en {period}',
  'vs.up': 'subió respecto a {period} ({value})',
  'vs.down': 'bajó respecto a {period} ({value})',
  'vs.upBy': 'subió {change} respecto a {period} ({value})',
  'vs.downBy': 'bajó {change} respecto a {period} ({value})',
  twice: 'el doble de la cifra de {label} ({value})',
  thrice: 'el triple de la cifra de {label} ({value})',
  nationally: 'a nivel nacional',
  'vs.same': 'sin cambio respecto a {period} ({value})',
  'ref.above': '{ratio} veces la cifra de {label} ({value})',
  'ref.over': 'por encima de la cifra de {label} ({value})',
  'ref.below': 'por debajo de la cifra de {label} ({value})',
  'ref.same': 'igual a la cifra de {label} ({value})',
  howCalculated: '¿Cómo se calcula?',
  inputs: '{count} de {population} {of}',
};

/** A message of this catalogue or the common one, in a language, with its parameters filled in. */
export const msg = /* @__PURE__ */ withCommon<RateKey>({ en, es });
