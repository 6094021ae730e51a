import { msg } from '../core/messages.js';
import type { Problem } from '../core/schema.js';

/**
 * A number written as an attribute ("2567", " 12.5 ", "-3", "1e5") or set as a property.
 * No hexadecimal, no "Infinity", no thousands separators: "1,234" is not a number.
 */
const NUMERIC = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i;

/**
 * A numeric attribute or property as a number: absent (`null`, `undefined`) → `undefined`;
 * a finite number, or a string that writes one → that number; anything else (an empty
 * string, "abc", `NaN`, `Infinity`, `true`, an object) → `NaN`. Never throws.
 */
export function numberAttr(value: unknown): number | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'number') return Number.isFinite(value) ? value : NaN;
  if (typeof value !== 'string') return NaN;
  const text = value.trim();
  if (!NUMERIC.test(text)) return NaN;
  const n = Number(text);
  return Number.isFinite(n) ? n : NaN;
}

/**
 * Why a numeric attribute or property cannot be read, as a problem on the attribute's
 * name ("rank: must be a number"), or `null` when it is absent or a number.
 */
export function numberProblem(attribute: string, value: unknown): Problem | null {
  if (!Number.isNaN(numberAttr(value))) return null;
  // A number that is not finite, or a string that writes one too large ("1e999"): "must be a finite number".
  const written = typeof value === 'number' || (typeof value === 'string' && NUMERIC.test(value.trim()));
  return written
    ? { path: attribute, code: 'finite', message: msg('en', 'finite') }
    : { path: attribute, code: 'type', params: { expected: 'expected.number' }, message: msg('en', 'type', { expected: msg('en', 'expected.number') }) };
}

/**
 * Present, trimmed attribute text, or undefined. A number or boolean set as a property
 * (`period={2024}` in JSX) is read as its text; an object is not text and is ignored.
 */
export function textAttr(value: unknown): string | undefined {
  const t = typeof value === 'string' ? value.trim() : typeof value === 'number' || typeof value === 'boolean' ? String(value) : undefined;
  return t ? t : undefined;
}

/** The `geo` of a shorthand document from a `place` attribute: a named region (the level is unknown from a name alone). */
export function placeGeo(place: unknown): { geo?: { level: string; code?: string; name: string } } {
  const name = textAttr(place);
  if (!name) return {};
  return { geo: { level: 'region', name } };
}

/**
 * The period of a shorthand document written without `period`: the schema requires one,
 * the attributes do not. A stand-in that is never shown (`CifraElement.omits`).
 */
export const NO_PERIOD = '0001';

/** The source of a shorthand document written without `source`; dropped once validated, never shown. */
export const NO_SOURCE = { name: 'none' } as const;
